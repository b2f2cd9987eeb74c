//! How fast are similar-ticket suggestions with a million open tickets?
//!
//! Fills a fresh database with N open tickets (random places in a 30 × 30 km city, texts drawn
//! from a complaint vocabulary, 33 categories), indexes them as filing does, then times
//! `similar::suggest` for drafts that repeat an existing matter and for drafts that match
//! nothing. Prints a Markdown table.
//!
//! ```text
//! cargo run --release -p minsheng-store --example similar_scale -- \
//!     postgres://postgres@127.0.0.1:5432/postgres 1000000
//! ```
//!
//! The first argument is a URL with the right to create databases; a database
//! `minsheng_similar_scale` is (re)created there. `sqlite::memory:`-style URLs are not
//! supported; pass `sqlite:///tmp/x.db?mode=rwc` for SQLite.

#![allow(clippy::unwrap_used, clippy::expect_used)] // A measuring tool: failing loudly is right.

use chrono::{TimeZone, Utc};
use minsheng_domain::input::GeoPoint;
use minsheng_domain::similarity::{Matter, index_keys};
use minsheng_store::entity::{category, similarity_key, ticket};
use minsheng_store::similar::{Draft, suggest};
use minsheng_store::{DbConfig, Principal, Store};
use rand::rngs::StdRng;
use rand::{Rng, SeedableRng};
use sea_orm::{ActiveValue::Set, ConnectionTrait, Database, EntityTrait};
use std::time::Instant;
use uuid::Uuid;

const STREETS: &[&str] = &[
    "幸福路",
    "和平路",
    "解放路",
    "文三路",
    "建国路",
    "人民大道",
    "滨江路",
    "学院路",
    "中山路",
    "延安路",
    "庆春路",
    "凤起路",
    "体育场路",
    "天目山路",
    "文一路",
    "莫干山路",
    "湖墅路",
    "环城北路",
    "秋涛路",
    "钱江路",
    "江南大道",
    "滨盛路",
    "之江路",
    "南山路",
    "北山街",
    "曙光路",
    "保俶路",
    "黄姑山路",
    "古墩路",
    "丰潭路",
];

const WORDS: &[&str] = &[
    "路灯",
    "不亮",
    "坏了",
    "损坏",
    "漆黑",
    "井盖",
    "缺失",
    "坑洼",
    "积水",
    "噪音",
    "扰民",
    "施工",
    "垃圾",
    "堆积",
    "清运",
    "恶臭",
    "漏水",
    "停水",
    "水管",
    "破裂",
    "违停",
    "占道",
    "堵塞",
    "绿化",
    "树枝",
    "倒伏",
    "广告",
    "乱贴",
    "油烟",
    "排放",
    "夜间",
    "白天",
    "老人",
    "孩子",
    "危险",
    "摔倒",
    "好几天",
    "无人",
    "处理",
    "维修",
    "投诉",
    "反映",
    "小区",
    "门口",
    "公交站",
    "学校",
    "菜市场",
    "电动车",
    "充电",
    "楼道",
    "消防",
    "通道",
    "宠物",
    "狗叫",
    "装修",
    "电梯",
    "故障",
    "停电",
];

fn text(rng: &mut StdRng, n: usize) -> String {
    (0..n)
        .map(|_| WORDS[rng.random_range(0..WORDS.len())])
        .collect()
}

struct Place {
    street: &'static str,
    number: u32,
    at: (f64, f64),
}

fn place(rng: &mut StdRng) -> Place {
    Place {
        street: STREETS[rng.random_range(0..STREETS.len())],
        number: rng.random_range(1..800),
        at: (
            30.10 + rng.random_range(0.0..0.27),
            120.00 + rng.random_range(0.0..0.31),
        ),
    }
}

/// A filed matter to repeat: category, address, place, title, description.
type Sample = (Uuid, String, (f64, f64), String, String);

fn percentile(sorted: &[f64], p: f64) -> f64 {
    let i = ((sorted.len() as f64 - 1.0) * p).round() as usize;
    sorted[i.min(sorted.len() - 1)]
}

#[tokio::main(flavor = "multi_thread", worker_threads = 2)]
async fn main() {
    let mut args = std::env::args().skip(1);
    let admin_url = args
        .next()
        .unwrap_or_else(|| "postgres://postgres@127.0.0.1:5432/postgres".into());
    let n: usize = args
        .next()
        .map_or(1_000_000, |s| s.parse().expect("a count"));
    let queries: usize = args.next().map_or(300, |s| s.parse().expect("a count"));

    // REUSE=1: measure again on the database a previous run filled.
    let reuse = std::env::var_os("REUSE").is_some();
    let url = if admin_url.starts_with("postgres") && reuse {
        format!(
            "{}/minsheng_similar_scale",
            admin_url.rsplit_once('/').unwrap().0
        )
    } else if admin_url.starts_with("postgres") {
        let admin = Database::connect(&admin_url).await.unwrap();
        admin
            .execute_unprepared("DROP DATABASE IF EXISTS minsheng_similar_scale")
            .await
            .unwrap();
        admin
            .execute_unprepared("CREATE DATABASE minsheng_similar_scale")
            .await
            .unwrap();
        let base = admin_url.rsplit_once('/').unwrap().0;
        format!("{base}/minsheng_similar_scale")
    } else {
        admin_url.clone()
    };
    let store = Store::connect(&DbConfig::new(url)).await.unwrap();
    store.migrate().await.unwrap();
    let now = Utc.with_ymd_and_hms(2026, 11, 2, 2, 0, 0).unwrap();
    if !reuse {
        minsheng_store::seed::seed_reference(&store, now)
            .await
            .unwrap();
    }
    let categories: Vec<Uuid> = category::Entity::find()
        .all(store.connection())
        .await
        .unwrap()
        .into_iter()
        .map(|c| c.id)
        .collect();

    let mut rng = StdRng::seed_from_u64(7);
    let started = Instant::now();
    let batch = if store.connection().get_database_backend() == sea_orm::DatabaseBackend::Sqlite {
        300
    } else {
        1000
    };
    let mut samples: Vec<Sample> = Vec::new();
    let mut done = 0;
    if reuse {
        use sea_orm::QuerySelect;
        let every = (n / queries.max(1)).max(1);
        for t in ticket::Entity::find()
            .limit(n as u64)
            .all(store.connection())
            .await
            .unwrap()
            .into_iter()
            .step_by(every)
            .take(queries)
        {
            samples.push((
                t.category_id.unwrap(),
                t.address.clone(),
                (t.latitude.unwrap(), t.longitude.unwrap()),
                t.title.clone(),
                t.description.clone(),
            ));
        }
        done = n;
    }
    while done < n {
        let mut rows = Vec::with_capacity(batch);
        let mut keys = Vec::with_capacity(batch * 14);
        for i in done..(done + batch).min(n) {
            let p = place(&mut rng);
            let cat = categories[rng.random_range(0..categories.len())];
            let title = format!("{}{}", p.street, text(&mut rng, 3));
            let description = text(&mut rng, 12);
            let t = ticket::Model {
                category_id: Some(cat),
                address: format!("{}{}号", p.street, p.number),
                latitude: Some(p.at.0),
                longitude: Some(p.at.1),
                ..ticket::Model::filed(ticket::Filing {
                    reference: format!("MS-2026-{:07}", i + 1),
                    kind: "complaint",
                    priority: "normal",
                    channel: "web",
                    state: "accepted",
                    title,
                    description,
                    locale: "zh-CN",
                    filed_at: now,
                })
            };
            let m = Matter {
                title: &t.title,
                description: &t.description,
                address: &t.address,
                district: &t.district,
                location: Some(p.at),
            };
            let mut ks = index_keys(&cat.into_bytes(), &m, &m.shingles());
            ks.sort_unstable();
            ks.dedup();
            keys.extend(ks.into_iter().map(|k| similarity_key::ActiveModel {
                sim_key: Set(k),
                ticket_id: Set(t.id),
            }));
            if i % (n / queries.max(1)).max(1) == 0 && samples.len() < queries {
                samples.push((
                    cat,
                    t.address.clone(),
                    p.at,
                    t.title.clone(),
                    t.description.clone(),
                ));
            }
            rows.push(ticket::ActiveModel {
                id: Set(t.id),
                ..ticket::ActiveModel::from(t)
            });
        }
        done += rows.len();
        ticket::Entity::insert_many(rows)
            .exec_without_returning(store.connection())
            .await
            .unwrap();
        for chunk in keys.chunks(10_000) {
            similarity_key::Entity::insert_many(chunk.to_vec())
                .exec_without_returning(store.connection())
                .await
                .unwrap();
        }
        if done % 100_000 == 0 {
            eprintln!("{done} tickets in {:.0} s", started.elapsed().as_secs_f64());
        }
    }
    if store.connection().get_database_backend() == sea_orm::DatabaseBackend::Postgres && !reuse {
        // What autovacuum would have done by now: statistics and the visibility map.
        store
            .connection()
            .execute_unprepared("VACUUM ANALYZE similarity_keys")
            .await
            .unwrap();
        store
            .connection()
            .execute_unprepared("VACUUM ANALYZE tickets")
            .await
            .unwrap();
    }
    let load = started.elapsed().as_secs_f64();

    // Warm up, then time: drafts repeating a sampled matter (a few metres away, words moved
    // round), and drafts about nothing filed.
    let who = Principal::Anonymous;
    let mut repeat_ms = Vec::new();
    let mut found = 0usize;
    let mut fresh_ms = Vec::new();
    for (round, (cat, address, at, title, description)) in samples.iter().enumerate() {
        let repeat = Draft {
            category_id: Some(*cat),
            title: title.clone(),
            description: format!("{}{}", text(&mut rng, 2), description),
            address: address.clone(),
            district: String::new(),
            location: Some(GeoPoint::parse(at.0 + 0.0002, at.1 - 0.0001).unwrap()),
        };
        let t0 = Instant::now();
        let got = suggest(&store, &who, &repeat, 5).await.unwrap();
        let ms = t0.elapsed().as_secs_f64() * 1000.0;
        if round >= 10 {
            repeat_ms.push(ms);
        }
        if got.iter().any(|s| s.ticket.title == *title) {
            found += 1;
        }
        let q = place(&mut rng);
        let fresh = Draft {
            category_id: Some(*cat),
            title: format!("{}{}", q.street, text(&mut rng, 3)),
            description: text(&mut rng, 12),
            address: format!("{}{}号", q.street, q.number),
            district: String::new(),
            location: Some(GeoPoint::parse(q.at.0, q.at.1).unwrap()),
        };
        let t0 = Instant::now();
        suggest(&store, &who, &fresh, 5).await.unwrap();
        if round >= 10 {
            fresh_ms.push(t0.elapsed().as_secs_f64() * 1000.0);
        }
    }
    repeat_ms.sort_by(f64::total_cmp);
    fresh_ms.sort_by(f64::total_cmp);
    let backend = format!("{:?}", store.connection().get_database_backend());
    println!(
        "| database | open tickets | load | drafts | p50 | p95 | p99 | max | original found |"
    );
    println!("|---|---|---|---|---|---|---|---|---|");
    for (name, v) in [
        ("repeating a matter", &repeat_ms),
        ("about nothing filed", &fresh_ms),
    ] {
        println!(
            "| {backend} | {n} | {load:.0} s | {name} ({}) | {:.1} ms | {:.1} ms | {:.1} ms | {:.1} ms | {} |",
            v.len(),
            percentile(v, 0.5),
            percentile(v, 0.95),
            percentile(v, 0.99),
            v.last().copied().unwrap_or(0.0),
            if name.starts_with("repeating") {
                format!("{found}/{}", samples.len())
            } else {
                "—".into()
            }
        );
    }
}
