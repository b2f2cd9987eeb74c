//! Liveness and readiness, as a load balancer sees them.

use reqwest::Method;

both_dbs! {
    async fn health_and_readiness_answer(app) {
        let res = app.request(Method::GET, "/healthz").send().await.unwrap();
        assert_eq!(res.status(), 200);
        let res = app.request(Method::GET, "/readyz").send().await.unwrap();
        assert_eq!(res.status(), 200);
        assert!(res.headers().contains_key("x-request-id"));
    }

    async fn not_ready_without_a_database(app) {
        // Closing the pool the server shares is what losing the database looks like to it.
        app.store.connection().close_by_ref().await.unwrap();
        let res = app.request(Method::GET, "/readyz").send().await.unwrap();
        assert_eq!(res.status(), 503);
        let res = app.request(Method::GET, "/healthz").send().await.unwrap();
        assert_eq!(res.status(), 200, "the process is still alive");
    }

    async fn request_ids_are_fresh_or_kept(app) {
        let a = app.request(Method::GET, "/healthz").send().await.unwrap();
        let b = app.request(Method::GET, "/healthz").send().await.unwrap();
        let id = |r: &reqwest::Response| r.headers()["x-request-id"].to_str().unwrap().to_owned();
        assert_ne!(id(&a), id(&b));
        let c = app
            .request(Method::GET, "/healthz")
            .header("x-request-id", "trace-from-proxy-0001")
            .send()
            .await
            .unwrap();
        assert_eq!(id(&c), "trace-from-proxy-0001");
        let d = app
            .request(Method::GET, "/healthz")
            .header("x-request-id", "bad id with spaces")
            .send()
            .await
            .unwrap();
        assert_ne!(id(&d), "bad id with spaces");
    }
}
