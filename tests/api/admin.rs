//! Administration through the API: only admins change configuration, codes stay unique, and a
//! calendar change moves the next deadline computed from it.

use crate::common::{assert_code, assert_no_errors, at, city};
use minsheng_domain::Role;
use serde_json::json;

const SAVE_DEPARTMENT: &str = "mutation($i: DepartmentAdminInput!) {
    saveDepartment(input: $i) { id code nameZh active } }";

both_dbs! {
    async fn only_admins_configure_and_changes_take_effect(app) {
        let (urban, light) = city(&app, "2026-11-02T02:00:00Z").await;
        let admin = app.create_user(Role::Admin, "admin@example.org", None).await;
        let agent = app.create_user(Role::Agent, "agent@example.org", None).await;
        let staff = app.create_user(Role::Staff, "wang@example.org", Some(urban)).await;
        let input = json!({ "i": { "code": "Parks", "nameZh": "市园林绿化局", "nameEn": "Parks bureau" } });

        for token in [&agent.access_token, &staff.access_token] {
            assert_code(&app.gql(Some(token), SAVE_DEPARTMENT, input.clone()).await, "FORBIDDEN");
        }
        assert_code(&app.gql(None, SAVE_DEPARTMENT, input.clone()).await, "UNAUTHENTICATED");

        let body = app.gql(Some(&admin.access_token), SAVE_DEPARTMENT, input.clone()).await;
        assert_no_errors(&body);
        let parks = body["data"]["saveDepartment"].clone();
        assert_eq!(parks["code"], "parks", "codes are normalised to lower case");
        assert_code(&app.gql(Some(&admin.access_token), SAVE_DEPARTMENT, input).await, "CONFLICT");
        let body = app.gql(Some(&admin.access_token), SAVE_DEPARTMENT,
            json!({ "i": { "code": "bad code!", "nameZh": "x", "nameEn": "x" } })).await;
        assert_code(&body, "BAD_USER_INPUT");
        assert_eq!(body["errors"][0]["extensions"]["field"], "code");

        // An update keeps the id and changes what was asked.
        let body = app.gql(Some(&admin.access_token),
            "mutation($id: ID!, $i: DepartmentAdminInput!) { saveDepartment(id: $id, input: $i) { id nameZh active } }",
            json!({ "id": parks["id"], "i": { "code": "parks", "nameZh": "市园林局", "nameEn": "Parks", "active": false } })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["saveDepartment"]["id"], parks["id"]);
        assert_eq!(body["data"]["saveDepartment"]["nameZh"], "市园林局");
        assert_eq!(body["data"]["saveDepartment"]["active"], false);

        // Mark Tue 3 Nov a holiday: a ticket filed on Mon 2 Nov 10:00 is now due to be accepted
        // on Wed 4 Nov 10:00 instead of Tue 3 Nov 10:00.
        let cals = app.gql(Some(&admin.access_token), "{ calendars { id } }", json!({})).await;
        assert_no_errors(&cals);
        let cal = cals["data"]["calendars"][0]["id"].clone();
        let body = app.gql(Some(&admin.access_token),
            "mutation($c: ID!) { setCalendarDay(calendarId: $c, day: \"2026-11-03\", kind: \"holiday\", name: \"测试假日\") }",
            json!({ "c": cal })).await;
        assert_no_errors(&body);
        let resident = app.register("lilei@example.org", "correct horse battery").await;
        let body = app.gql(Some(&resident.access_token),
            "mutation($i: FileTicketInput!) { fileTicket(input: $i) { ticket { acceptDue } } }",
            json!({ "i": { "kind": "COMPLAINT", "categoryId": light, "title": "路灯不亮",
                           "description": "路灯连续三晚不亮。" } })).await;
        assert_no_errors(&body);
        assert_eq!(body["data"]["fileTicket"]["ticket"]["acceptDue"], "2026-11-04T02:00:00+00:00");
        assert_eq!(at("2026-11-02T02:00:00Z"), app.now().await);
    }
}

/// Each instance of a cluster holds the catalogue and the SLA calendars in memory. A change made
/// through one instance reaches the other within about a second: a renamed department on a
/// ticket, and a new holiday in the deadline of the next filing.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn configuration_changed_through_one_instance_reaches_the_other() {
    use crate::common::{DbKind, TestApp};
    use std::time::{Duration, Instant};

    let a = TestApp::spawn(DbKind::Postgres).await;
    let b = a.spawn_peer(|_| {}).await;
    let (urban, light) = city(&a, "2026-11-02T02:00:00Z").await;
    b.set_clock(at("2026-11-02T02:00:00Z")).await;
    let admin = a.create_user(Role::Admin, "admin@example.org", None).await;
    let resident = a
        .register("lilei@example.org", "correct horse battery")
        .await;
    let file = "mutation($i: FileTicketInput!) { fileTicket(input: $i) {
        ticket { id acceptDue department { nameZh } } } }";
    let input = json!({ "i": { "kind": "COMPLAINT", "categoryId": light, "title": "路灯不亮",
                               "description": "路灯连续三晚不亮。" } });

    // Instance b reads the catalogue and the calendar once, so it holds them.
    let body = b
        .gql(Some(&resident.access_token), file, input.clone())
        .await;
    assert_no_errors(&body);
    let ticket = body["data"]["fileTicket"]["ticket"].clone();
    assert_eq!(ticket["acceptDue"], "2026-11-03T02:00:00+00:00");
    let before = ticket["department"]["nameZh"].clone();

    // Through a: rename the department and make Tue 3 Nov a holiday.
    let body = a.gql(Some(&admin.access_token),
        "mutation($id: ID!, $i: DepartmentAdminInput!) { saveDepartment(id: $id, input: $i) { id } }",
        json!({ "id": urban, "i": { "code": "urban-management", "nameZh": "城市管理综合执法局",
                                     "nameEn": "Urban management" } })).await;
    assert_no_errors(&body);
    let cals = a
        .gql(Some(&admin.access_token), "{ calendars { id } }", json!({}))
        .await;
    let body = a.gql(Some(&admin.access_token),
        "mutation($c: ID!) { setCalendarDay(calendarId: $c, day: \"2026-11-03\", kind: \"holiday\", name: \"测试假日\") }",
        json!({ "c": cals["data"]["calendars"][0]["id"] })).await;
    assert_no_errors(&body);

    // a sees both at once.
    let body = a
        .gql(Some(&resident.access_token), file, input.clone())
        .await;
    assert_eq!(
        body["data"]["fileTicket"]["ticket"]["acceptDue"],
        "2026-11-04T02:00:00+00:00"
    );
    assert_eq!(
        body["data"]["fileTicket"]["ticket"]["department"]["nameZh"],
        "城市管理综合执法局"
    );

    // b, within a bounded time.
    let changed = Instant::now();
    let read = "query($id: ID!) { ticket(id: $id) { department { nameZh } } }";
    loop {
        let body = b
            .gql(
                Some(&resident.access_token),
                read,
                json!({ "id": ticket["id"] }),
            )
            .await;
        assert_no_errors(&body);
        let name = &body["data"]["ticket"]["department"]["nameZh"];
        if name == "城市管理综合执法局" {
            break;
        }
        assert_eq!(name, &before, "the old name until the new one");
        assert!(
            changed.elapsed() < Duration::from_secs(5),
            "b still shows the old name"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    tokio::time::sleep(Duration::from_millis(1100)).await;
    let body = b.gql(Some(&resident.access_token), file, input).await;
    assert_no_errors(&body);
    assert_eq!(
        body["data"]["fileTicket"]["ticket"]["acceptDue"],
        "2026-11-04T02:00:00+00:00"
    );
}
