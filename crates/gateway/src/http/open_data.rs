//! `/open-data/`: the public figures as CSV downloads (SPEC §9), and an index page listing them.
//! No login, no personal data; the privacy rules are in `crate::transparency`.
//!
//! In every file a suppressed figure (built from 1–4 tickets) is written `<5`, and a figure with
//! nothing to compute it from (a rate with no tickets behind it) is left empty.

use super::HttpState;
use super::csv::{Cell, Csv, error_response, number};
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::transparency::{self, PublishedTable};
use axum::Router;
use axum::extract::{Query, State};
use axum::response::{Html, IntoResponse, Response};
use axum::routing::get;
use minsheng_domain::disclosure::{self, PublicFigures};
use minsheng_domain::sla::Target;
use serde::Deserialize;
use std::collections::HashMap;

/// Published files may be cached for an hour: a past month changes little.
const CACHE: &str = "public, max-age=3600";

/// The `/open-data/` routes.
pub fn routes() -> Router<HttpState> {
    Router::new()
        .route("/open-data", get(index))
        .route("/open-data/", get(index))
        .route("/open-data/departments.csv", get(departments))
        .route("/open-data/categories.csv", get(categories))
        .route("/open-data/sla-targets.csv", get(sla_targets))
}

#[derive(Debug, Deserialize)]
pub struct MonthParam {
    /// `YYYY-MM`, a month that has ended; default: last month.
    pub month: Option<String>,
}

/// The columns shared by the department and category files, after the subject's own.
const FIGURE_COLUMNS: &[&str] = &[
    "tickets",
    "on_time_accept_rate_pct",
    "on_time_reply_rate_pct",
    "median_reply_working_hours",
    "resolution_rate_pct",
    "satisfaction_rate_pct",
];

fn cell<T: Copy>(
    c: disclosure::Cell<T>,
    min_cell: u64,
    show: impl Fn(T) -> String,
) -> Cell<'static> {
    match c {
        disclosure::Cell::Value(v) => Cell::Plain(show(v)),
        disclosure::Cell::Suppressed => Cell::Plain(format!("<{min_cell}")),
        disclosure::Cell::Empty => Cell::Empty,
    }
}

fn figure_cells(f: &PublicFigures, min_cell: u64) -> Vec<Cell<'static>> {
    let pct = |v: f64| number(v * 100.0, 1);
    vec![
        cell(f.volume, min_cell, |v| v.to_string()),
        cell(f.on_time_accept, min_cell, pct),
        cell(f.on_time_reply, min_cell, pct),
        cell(f.median_reply_hours, min_cell, |v| number(v, 1)),
        cell(f.resolution, min_cell, pct),
        cell(f.satisfaction, min_cell, pct),
    ]
}

fn header(subject: &[&'static str]) -> Vec<&'static str> {
    let mut h = vec!["month"];
    h.extend_from_slice(subject);
    h.extend_from_slice(FIGURE_COLUMNS);
    h
}

async fn department_csv(app: &AppState, month: Option<&str>) -> ApiResult<Response> {
    let now = app.clock.now();
    let m = transparency::published_month(&app.store, month, now).await?;
    let t: PublishedTable<_> = transparency::departments(&app.store, m, now).await?;
    let codes: HashMap<_, _> = t
        .rows
        .iter()
        .map(|r| (r.subject.id, r.subject.code.clone()))
        .collect();
    let mut csv = Csv::new(&header(&[
        "department_code",
        "department_name_zh",
        "department_name_en",
        "parent_department_code",
    ]));
    let month = m.to_string();
    for r in &t.rows {
        let d = &r.subject;
        let parent = d.parent_id.and_then(|p| codes.get(&p)).cloned();
        let mut cells = vec![
            Cell::Plain(month.clone()),
            Cell::Text(&d.code),
            Cell::Text(&d.name_zh),
            Cell::Text(&d.name_en),
        ];
        cells.push(parent.map_or(Cell::Empty, Cell::Plain));
        cells.extend(figure_cells(&r.figures, t.min_cell));
        csv.row(cells);
    }
    Ok(csv.into_response(&format!("minsheng-departments-{month}.csv"), CACHE))
}

/// `GET /open-data/departments.csv?month=YYYY-MM`
pub async fn departments(State(app): State<AppState>, Query(q): Query<MonthParam>) -> Response {
    department_csv(&app, q.month.as_deref())
        .await
        .unwrap_or_else(error_response)
}

async fn category_csv(app: &AppState, month: Option<&str>) -> ApiResult<Response> {
    let now = app.clock.now();
    let m = transparency::published_month(&app.store, month, now).await?;
    let t = transparency::categories(&app.store, m, now).await?;
    let mut csv = Csv::new(&header(&[
        "category_code",
        "category_name_zh",
        "category_name_en",
        "category_group",
    ]));
    let month = m.to_string();
    for r in &t.rows {
        let c = &r.subject;
        let mut cells = vec![
            Cell::Plain(month.clone()),
            Cell::Text(&c.code),
            Cell::Text(&c.name_zh),
            Cell::Text(&c.name_en),
            Cell::Text(&c.group_name),
        ];
        cells.extend(figure_cells(&r.figures, t.min_cell));
        csv.row(cells);
    }
    Ok(csv.into_response(&format!("minsheng-categories-{month}.csv"), CACHE))
}

/// `GET /open-data/categories.csv?month=YYYY-MM`
pub async fn categories(State(app): State<AppState>, Query(q): Query<MonthParam>) -> Response {
    category_csv(&app, q.month.as_deref())
        .await
        .unwrap_or_else(error_response)
}

/// A target as three cells: in words, the basis code, and the amount in that basis's unit.
fn target_cells(t: Target) -> [Cell<'static>; 3] {
    let minutes = |d: chrono::Duration| d.num_minutes().to_string();
    let (basis, value) = match t {
        Target::None => ("none", String::new()),
        Target::WorkingDays(n) => ("working_days", n.to_string()),
        Target::Working(d) => ("working_minutes", minutes(d)),
        Target::Calendar(d) => ("calendar_minutes", minutes(d)),
    };
    [
        Cell::Plain(t.to_string()),
        Cell::Plain(basis.to_owned()),
        if value.is_empty() {
            Cell::Empty
        } else {
            Cell::Plain(value)
        },
    ]
}

async fn sla_csv(app: &AppState) -> ApiResult<Response> {
    let policy = minsheng_store::policy::load_policy(app.store.connection(), None)
        .await
        .map_err(ApiError::from)?
        .policy;
    let mut csv = Csv::new(&[
        "kind",
        "priority",
        "dispatch_within",
        "dispatch_within_basis",
        "dispatch_within_value",
        "accept_within",
        "accept_within_basis",
        "accept_within_value",
        "reply_within",
        "reply_within_basis",
        "reply_within_value",
    ]);
    for e in policy.entries() {
        let mut cells = vec![
            Cell::Plain(e.kind.as_str().to_owned()),
            Cell::Plain(e.priority.as_str().to_owned()),
        ];
        cells.extend(target_cells(e.dispatch_within));
        cells.extend(target_cells(e.accept_within));
        cells.extend(target_cells(e.reply_within));
        csv.row(cells);
    }
    Ok(csv.into_response("minsheng-sla-targets.csv", CACHE))
}

/// `GET /open-data/sla-targets.csv`: the deadlines in force, per kind × priority.
pub async fn sla_targets(State(app): State<AppState>) -> Response {
    sla_csv(&app).await.unwrap_or_else(error_response)
}

/// `GET /open-data/`: what can be downloaded, and how to read it.
pub async fn index() -> Response {
    let columns = FIGURE_COLUMNS.join("</code>, <code>");
    let page = format!(
        r#"<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>民声 开放数据 · Minsheng open data</title>
</head>
<body>
<main>
<h1>民声 开放数据 · Open data</h1>
<p>各部门、各类别办理情况的公开统计，无需登录，可自由下载（CSV，UTF-8）。不含任何个人信息。<br>
How the city's departments handle citizens' requests, per department and per category. No login,
no personal data. CSV files in UTF-8.</p>

<h2>数据集 · Datasets</h2>
<dl>
<dt><a href="/open-data/departments.csv">departments.csv</a> <code>?month=YYYY-MM</code></dt>
<dd>按部门：工单量、按时签收率、按时办结率、办理用时中位数（工作小时）、解决率、满意率。每个部门只统计本部门直接办理的工单（不含下级单位）。<br>
Per department, its own tickets (a district does not include its street offices): volume,
on-time accept and reply rates, median reply time in working hours, resolution and satisfaction
rates.</dd>
<dt><a href="/open-data/categories.csv">categories.csv</a> <code>?month=YYYY-MM</code></dt>
<dd>按诉求类别，指标同上。<br>Per category, the same figures.</dd>
<dt><a href="/open-data/sla-targets.csv">sla-targets.csv</a></dt>
<dd>现行办理时限：每种诉求类型 × 紧急程度的派单、签收、答复时限。<br>
The deadlines in force for each kind × priority: dispatch, accept and reply targets, in words
and as a basis (<code>working_days</code>, <code>working_minutes</code>,
<code>calendar_minutes</code>, <code>none</code>) with an amount.</dd>
</dl>

<h2>如何阅读 · How to read the files</h2>
<ul>
<li>统计周期为已结束的自然月，默认上个月。<br>Each file covers one calendar month that has
ended (<code>?month=2026-10</code>); without it, last month.</li>
<li>指标列：<code>{columns}</code>。比率为百分数（0–100），用时为工作小时。<br>Rates are
percentages (0–100); times are working hours (weekends and public holidays do not count).</li>
<li>工单量按派单时间统计；按时办结率按答复期限所在月份统计；办理用时按答复时间统计；解决率和满意率按评价时间统计。<br>
Volumes and on-time accept rates count the tickets dispatched in the month; on-time reply rates
the tickets whose reply fell due in the month; reply times the replies given in the month;
resolution and satisfaction rates the ratings given in the month.</li>
<li><strong>小数保护：</strong>由 1–4 张工单得出的数字不公布，写作 <code>&lt;5</code>；若一张表中只有一个工单量被隐去，次小的工单量也一并隐去，以免由合计反推。没有可计算数据的格子留空。<br>
<strong>Small counts:</strong> any figure built from 1 to 4 tickets is not published and reads
<code>&lt;5</code>; when only one volume in a file would be hidden, the next smallest is hidden
too, so it cannot be worked out from the total. A cell with nothing to compute it from is
empty.</li>
<li>同样的数据也可通过 GraphQL 查询获得：<code>publicDepartmentStats</code>、<code>publicCategoryStats</code>、<code>slaPolicy</code>。<br>
The same figures are in the GraphQL API: <code>publicDepartmentStats</code>,
<code>publicCategoryStats</code> and <code>slaPolicy</code>.</li>
</ul>
</main>
</body>
</html>
"#
    );
    Html(page).into_response()
}
