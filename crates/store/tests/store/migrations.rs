//! The migrations are the only source of the schema: they go up, down and up again, and every
//! foreign key is served by an index.

use crate::support::{City, strings};
use minsheng_domain::Kind;
use minsheng_migrations::{Migrator, MigratorTrait};
use minsheng_store::{Store, tickets};
use sea_orm::{ConnectionTrait, Statement};
use std::collections::{BTreeMap, BTreeSet};

/// The tables issue 3 asks for; later migrations may add more.
const TABLES: &[&str] = &[
    "attachments",
    "business_calendars",
    "calendar_days",
    "categories",
    "departments",
    "escalation_firings",
    "extension_requests",
    "idempotency_keys",
    "identity_views",
    "metric_contributions",
    "metric_reply_times",
    "metric_rollups",
    "metric_watermark",
    "open311_keys",
    "outbox",
    "password_resets",
    "ratings",
    "reference_counters",
    "refresh_tokens",
    "routing_rules",
    "sla_policies",
    "supervision_orders",
    "ticket_events",
    "ticket_messages",
    "tickets",
    "users",
];

async fn tables(store: &Store) -> BTreeSet<String> {
    let sql = if store.is_postgres() {
        "SELECT table_name::text FROM information_schema.tables \
         WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
    };
    strings(store, sql)
        .await
        .into_iter()
        .filter(|t| t != "seaql_migrations")
        .collect()
}

async fn indexes(store: &Store) -> BTreeSet<String> {
    let sql = if store.is_postgres() {
        "SELECT indexname::text FROM pg_indexes WHERE schemaname = current_schema() \
         AND tablename <> 'seaql_migrations'"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name <> 'seaql_migrations'"
    };
    strings(store, sql).await.into_iter().collect()
}

async fn triggers(store: &Store) -> BTreeSet<String> {
    let sql = if store.is_postgres() {
        "SELECT tgname::text FROM pg_trigger WHERE NOT tgisinternal"
    } else {
        "SELECT name FROM sqlite_master WHERE type = 'trigger'"
    };
    strings(store, sql).await.into_iter().collect()
}

async fn up_down_up(store: Store) {
    let expected: BTreeSet<String> = TABLES.iter().map(|t| (*t).to_owned()).collect();
    let first_tables = tables(&store).await;
    let missing: Vec<_> = expected.difference(&first_tables).collect();
    assert!(missing.is_empty(), "tables missing after `up`: {missing:?}");
    let first_indexes = indexes(&store).await;
    let first_triggers = triggers(&store).await;
    if store.is_postgres() {
        assert!(
            first_triggers.contains("ticket_events_append_only"),
            "the append-only trigger is installed: {first_triggers:?}"
        );
    }

    Migrator::down(store.connection(), None).await.unwrap();
    assert_eq!(tables(&store).await, BTreeSet::new(), "every table is gone");
    assert_eq!(
        indexes(&store).await,
        BTreeSet::new(),
        "every index is gone"
    );
    assert_eq!(
        triggers(&store).await,
        BTreeSet::new(),
        "every trigger is gone"
    );

    Migrator::up(store.connection(), None).await.unwrap();
    assert_eq!(tables(&store).await, first_tables, "every table is back");
    assert_eq!(indexes(&store).await, first_indexes, "every index is back");
    assert_eq!(
        triggers(&store).await,
        first_triggers,
        "every trigger is back"
    );

    // And the schema works: a ticket can be filed and is routed.
    let city = City::new(&store).await;
    let filed = tickets::file(
        &store,
        &city.resident,
        city.street_light_ticket(Kind::Help),
        crate::support::sh(2026, 9, 18, 16, 0),
    )
    .await
    .unwrap();
    assert_eq!(filed.ticket.state, "dispatched");
    assert_eq!(filed.ticket.reference, "MS-2026-000001");
}

/// A foreign key is served when some index that is not partial starts with exactly its
/// columns, in any order.
fn unindexed(
    foreign_keys: &[(String, String, Vec<String>)],
    indexes: &BTreeMap<String, Vec<Vec<String>>>,
) -> Vec<String> {
    foreign_keys
        .iter()
        .filter(|(table, _, cols)| {
            let wanted: BTreeSet<&String> = cols.iter().collect();
            !indexes.get(table).is_some_and(|idxs| {
                idxs.iter().any(|idx| {
                    idx.len() >= cols.len()
                        && idx[..cols.len()].iter().collect::<BTreeSet<_>>() == wanted
                })
            })
        })
        .map(|(table, name, cols)| format!("{table}.{name} ({})", cols.join(", ")))
        .collect()
}

async fn foreign_keys_are_indexed(store: Store) {
    let backend = store.backend();
    let rows = |sql: &'static str| {
        let store = store.clone();
        async move {
            store
                .connection()
                .query_all_raw(Statement::from_string(backend, sql))
                .await
                .unwrap_or_else(|e| panic!("{sql}: {e}"))
        }
    };
    // (table, constraint, columns in key order)
    let mut fks: Vec<(String, String, Vec<String>)> = Vec::new();
    // table -> indexes, each as its columns in order
    let mut idx: BTreeMap<String, Vec<Vec<String>>> = BTreeMap::new();
    if store.is_postgres() {
        for r in rows(
            "SELECT c.conrelid::regclass::text, c.conname::text, \
                    array_to_string(array_agg(a.attname::text ORDER BY k.n), ',') \
             FROM pg_constraint c \
             JOIN pg_namespace ns ON ns.oid = c.connamespace \
             CROSS JOIN LATERAL unnest(c.conkey) WITH ORDINALITY AS k(attnum, n) \
             JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = k.attnum \
             WHERE c.contype = 'f' AND ns.nspname = current_schema() \
             GROUP BY c.conrelid, c.conname",
        )
        .await
        {
            let cols: String = r.try_get_by_index(2).unwrap();
            fks.push((
                r.try_get_by_index(0).unwrap(),
                r.try_get_by_index(1).unwrap(),
                cols.split(',').map(str::to_owned).collect(),
            ));
        }
        for r in rows(
            "SELECT i.indrelid::regclass::text, ic.relname::text, \
                    array_to_string(array_agg(a.attname::text ORDER BY k.n), ',') \
             FROM pg_index i \
             JOIN pg_class ic ON ic.oid = i.indexrelid \
             JOIN pg_namespace ns ON ns.oid = ic.relnamespace \
             CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY AS k(attnum, n) \
             JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum \
             WHERE ns.nspname = current_schema() AND i.indpred IS NULL \
             GROUP BY i.indrelid, ic.relname",
        )
        .await
        {
            let cols: String = r.try_get_by_index(2).unwrap();
            idx.entry(r.try_get_by_index(0).unwrap())
                .or_default()
                .push(cols.split(',').map(str::to_owned).collect());
        }
    } else {
        let mut by_key: BTreeMap<(String, i64), Vec<(i64, String)>> = BTreeMap::new();
        for r in rows(
            "SELECT m.name, f.id, f.seq, f.\"from\" \
             FROM sqlite_master m JOIN pragma_foreign_key_list(m.name) f \
             WHERE m.type = 'table'",
        )
        .await
        {
            let table: String = r.try_get_by_index(0).unwrap();
            let id: i64 = r.try_get_by_index(1).unwrap();
            let seq: i64 = r.try_get_by_index(2).unwrap();
            // An expression in an index has no column name.
            let col: String = r
                .try_get_by_index::<Option<String>>(3)
                .unwrap()
                .unwrap_or_else(|| "(expression)".to_owned());
            by_key.entry((table, id)).or_default().push((seq, col));
        }
        for ((table, id), mut cols) in by_key {
            cols.sort();
            fks.push((
                table,
                format!("fk{id}"),
                cols.into_iter().map(|(_, c)| c).collect(),
            ));
        }
        let mut by_index: BTreeMap<(String, String), Vec<(i64, String)>> = BTreeMap::new();
        for r in rows(
            "SELECT m.name, il.name, ii.seqno, ii.name \
             FROM sqlite_master m \
             JOIN pragma_index_list(m.name) il \
             JOIN pragma_index_info(il.name) ii \
             WHERE m.type = 'table' AND il.partial = 0",
        )
        .await
        {
            let table: String = r.try_get_by_index(0).unwrap();
            let index: String = r.try_get_by_index(1).unwrap();
            let seq: i64 = r.try_get_by_index(2).unwrap();
            // An expression in an index has no column name.
            let col: String = r
                .try_get_by_index::<Option<String>>(3)
                .unwrap()
                .unwrap_or_else(|| "(expression)".to_owned());
            by_index.entry((table, index)).or_default().push((seq, col));
        }
        for ((table, _), mut cols) in by_index {
            cols.sort();
            idx.entry(table)
                .or_default()
                .push(cols.into_iter().map(|(_, c)| c).collect());
        }
    }
    assert!(
        fks.len() >= 30,
        "the catalog query found the schema's foreign keys (found {})",
        fks.len()
    );
    let missing = unindexed(&fks, &idx);
    assert!(
        missing.is_empty(),
        "foreign keys without an index that starts with their columns: {missing:#?}"
    );
}

on_both!(up_down_up, foreign_keys_are_indexed);

#[test]
fn the_index_check_notices_a_missing_index() {
    let fks = vec![
        (
            "tickets".to_owned(),
            "a".to_owned(),
            vec!["department_id".to_owned()],
        ),
        (
            "tickets".to_owned(),
            "b".to_owned(),
            vec!["resident_id".to_owned()],
        ),
    ];
    let mut idx = BTreeMap::new();
    idx.insert(
        "tickets".to_owned(),
        vec![
            vec!["department_id".to_owned(), "filed_at".to_owned()],
            vec!["filed_at".to_owned(), "resident_id".to_owned()],
        ],
    );
    assert_eq!(unindexed(&fks, &idx), vec!["tickets.b (resident_id)"]);
}
