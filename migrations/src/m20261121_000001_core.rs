//! The core schema: people and organisation, configuration, tickets and everything that happens
//! to them, the audit chain, the outbox, and the bookkeeping that makes writes idempotent.

use crate::ddl::{drop_tables, exec_all, exec_one};
use sea_orm_migration::prelude::*;
use sea_orm_migration::sea_orm::DatabaseBackend;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// Tables in creation order; `down` drops them in reverse.
const TABLES: &[&str] = &[
    "business_calendars",
    "calendar_days",
    "departments",
    "users",
    "refresh_tokens",
    "password_resets",
    "categories",
    "routing_rules",
    "sla_policies",
    "open311_keys",
    "reference_counters",
    "tickets",
    "ticket_events",
    "ticket_messages",
    "extension_requests",
    "ratings",
    "supervision_orders",
    "attachments",
    "outbox",
    "idempotency_keys",
    "identity_views",
    "escalation_firings",
];

const UP: &str = r#"
CREATE TABLE business_calendars (
    id {uuid} PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    time_zone TEXT NOT NULL,
    weekly {json} NOT NULL,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);

CREATE TABLE calendar_days (
    id {uuid} PRIMARY KEY,
    calendar_id {uuid} NOT NULL REFERENCES business_calendars(id) ON DELETE CASCADE,
    day TEXT NOT NULL,
    day_kind TEXT NOT NULL CHECK (day_kind IN ('holiday', 'makeup')),
    name TEXT NOT NULL DEFAULT '',
    UNIQUE (calendar_id, day)
);

CREATE TABLE departments (
    id {uuid} PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    parent_id {uuid} REFERENCES departments(id),
    calendar_id {uuid} REFERENCES business_calendars(id),
    active {bool} NOT NULL DEFAULT TRUE,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE INDEX departments_parent_id_idx ON departments (parent_id);
CREATE INDEX departments_calendar_id_idx ON departments (calendar_id);

CREATE TABLE users (
    id {uuid} PRIMARY KEY,
    email TEXT UNIQUE,
    password_hash TEXT,
    display_name TEXT NOT NULL,
    phone TEXT,
    role TEXT NOT NULL CHECK (role IN ('resident', 'agent', 'staff', 'supervisor', 'admin')),
    department_id {uuid} REFERENCES departments(id),
    is_department_head {bool} NOT NULL DEFAULT FALSE,
    locale TEXT NOT NULL DEFAULT 'zh-CN',
    active {bool} NOT NULL DEFAULT TRUE,
    failed_logins INTEGER NOT NULL DEFAULT 0,
    locked_until {ts},
    password_changed_at {ts},
    deleted_at {ts},
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL,
    CHECK ((role = 'staff') = (department_id IS NOT NULL))
);
CREATE INDEX users_department_id_idx ON users (department_id);

CREATE TABLE refresh_tokens (
    id {uuid} PRIMARY KEY,
    user_id {uuid} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    family_id {uuid} NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at {ts} NOT NULL,
    rotated_at {ts},
    revoked_at {ts},
    created_at {ts} NOT NULL
);
CREATE INDEX refresh_tokens_user_id_idx ON refresh_tokens (user_id);
CREATE INDEX refresh_tokens_family_id_idx ON refresh_tokens (family_id);

CREATE TABLE password_resets (
    id {uuid} PRIMARY KEY,
    user_id {uuid} NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    token_hash TEXT NOT NULL UNIQUE,
    expires_at {ts} NOT NULL,
    used_at {ts},
    created_at {ts} NOT NULL
);
CREATE INDEX password_resets_user_id_idx ON password_resets (user_id);

CREATE TABLE categories (
    id {uuid} PRIMARY KEY,
    code TEXT NOT NULL UNIQUE,
    name_zh TEXT NOT NULL,
    name_en TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    group_name TEXT NOT NULL DEFAULT '',
    keywords TEXT NOT NULL DEFAULT '',
    default_kind TEXT NOT NULL DEFAULT 'complaint',
    active {bool} NOT NULL DEFAULT TRUE,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);

CREATE TABLE routing_rules (
    id {uuid} PRIMARY KEY,
    category_id {uuid} NOT NULL REFERENCES categories(id) ON DELETE CASCADE,
    district TEXT NOT NULL DEFAULT '',
    department_id {uuid} NOT NULL REFERENCES departments(id),
    created_at {ts} NOT NULL,
    UNIQUE (category_id, district)
);
CREATE INDEX routing_rules_department_id_idx ON routing_rules (department_id);

CREATE TABLE sla_policies (
    id {uuid} PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    is_default {bool} NOT NULL DEFAULT FALSE,
    calendar_id {uuid} NOT NULL REFERENCES business_calendars(id),
    policy {json} NOT NULL,
    escalation {json} NOT NULL,
    created_at {ts} NOT NULL,
    updated_at {ts} NOT NULL
);
CREATE INDEX sla_policies_calendar_id_idx ON sla_policies (calendar_id);

CREATE TABLE open311_keys (
    id {uuid} PRIMARY KEY,
    name TEXT NOT NULL,
    key_prefix TEXT NOT NULL,
    key_hash TEXT NOT NULL UNIQUE,
    rate_limit_per_minute INTEGER NOT NULL DEFAULT 60,
    created_by {uuid} REFERENCES users(id),
    revoked_at {ts},
    created_at {ts} NOT NULL
);
CREATE INDEX open311_keys_created_by_idx ON open311_keys (created_by);

CREATE TABLE reference_counters (
    year INTEGER PRIMARY KEY,
    last_value INTEGER NOT NULL
);

CREATE TABLE tickets (
    id {uuid} PRIMARY KEY,
    reference TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    priority TEXT NOT NULL,
    channel TEXT NOT NULL,
    state TEXT NOT NULL,
    category_id {uuid} REFERENCES categories(id),
    department_id {uuid} REFERENCES departments(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    address TEXT NOT NULL DEFAULT '',
    district TEXT NOT NULL DEFAULT '',
    latitude DOUBLE PRECISION,
    longitude DOUBLE PRECISION,
    occurred_at {ts},
    resident_id {uuid} REFERENCES users(id),
    filed_by_id {uuid} REFERENCES users(id),
    contact_name TEXT,
    contact_email TEXT,
    contact_phone TEXT,
    confidential {bool} NOT NULL DEFAULT FALSE,
    anonymous {bool} NOT NULL DEFAULT FALSE,
    tracking_code_hash TEXT,
    locale TEXT NOT NULL DEFAULT 'zh-CN',
    open311_key_id {uuid} REFERENCES open311_keys(id),
    filed_at {ts} NOT NULL,
    dispatched_at {ts},
    accepted_at {ts},
    first_response_at {ts},
    replied_at {ts},
    closed_at {ts},
    dispatch_due {ts},
    accept_due {ts},
    reply_due {ts},
    reply_paused_at {ts},
    reply_remaining_secs BIGINT,
    deadline_version INTEGER NOT NULL DEFAULT 0,
    extension_count INTEGER NOT NULL DEFAULT 0,
    redo_count INTEGER NOT NULL DEFAULT 0,
    return_count INTEGER NOT NULL DEFAULT 0,
    department_count INTEGER NOT NULL DEFAULT 0,
    merged_into_id {uuid} REFERENCES tickets(id),
    next_check_at {ts},
    version INTEGER NOT NULL DEFAULT 1,
    updated_at {ts} NOT NULL
);
CREATE INDEX tickets_category_id_idx ON tickets (category_id);
CREATE INDEX tickets_filed_by_id_idx ON tickets (filed_by_id);
CREATE INDEX tickets_open311_key_id_idx ON tickets (open311_key_id);
CREATE INDEX tickets_merged_into_id_idx ON tickets (merged_into_id);
CREATE INDEX tickets_resident_idx ON tickets (resident_id, filed_at);
CREATE INDEX tickets_department_queue_idx ON tickets (department_id, reply_due)
    WHERE state IN ('dispatched', 'accepted', 'awaiting_resident', 'replied');
CREATE INDEX tickets_department_id_idx ON tickets (department_id, filed_at);
CREATE INDEX tickets_inbox_idx ON tickets (state, filed_at) WHERE state IN ('submitted', 'returned');
CREATE INDEX tickets_next_check_idx ON tickets (next_check_at) WHERE next_check_at IS NOT NULL;
CREATE INDEX tickets_filed_at_idx ON tickets (filed_at);

CREATE TABLE ticket_events (
    id {uuid} PRIMARY KEY,
    seq BIGINT NOT NULL UNIQUE,
    ticket_id {uuid} REFERENCES tickets(id),
    actor_id {uuid} REFERENCES users(id),
    actor_role TEXT,
    kind TEXT NOT NULL,
    payload {json} NOT NULL,
    occurred_at {ts} NOT NULL,
    prev_hash TEXT NOT NULL,
    hash TEXT NOT NULL UNIQUE
);
CREATE INDEX ticket_events_ticket_idx ON ticket_events (ticket_id, seq);
CREATE INDEX ticket_events_actor_id_idx ON ticket_events (actor_id);

CREATE TABLE ticket_messages (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    event_id {uuid} NOT NULL REFERENCES ticket_events(id),
    author_id {uuid} REFERENCES users(id),
    author_role TEXT,
    message_kind TEXT NOT NULL CHECK (message_kind IN ('reply', 'question', 'answer', 'note')),
    body TEXT NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX ticket_messages_ticket_idx ON ticket_messages (ticket_id, created_at);
CREATE INDEX ticket_messages_event_id_idx ON ticket_messages (event_id);
CREATE INDEX ticket_messages_author_id_idx ON ticket_messages (author_id);

CREATE TABLE extension_requests (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    requested_by {uuid} NOT NULL REFERENCES users(id),
    reason TEXT NOT NULL,
    requested_due {ts} NOT NULL,
    decision TEXT NOT NULL DEFAULT 'pending' CHECK (decision IN ('pending', 'approved', 'rejected')),
    decided_by {uuid} REFERENCES users(id),
    decided_at {ts},
    decision_note TEXT,
    created_at {ts} NOT NULL
);
CREATE INDEX extension_requests_ticket_id_idx ON extension_requests (ticket_id);
CREATE INDEX extension_requests_requested_by_idx ON extension_requests (requested_by);
CREATE INDEX extension_requests_decided_by_idx ON extension_requests (decided_by);
CREATE INDEX extension_requests_pending_idx ON extension_requests (created_at) WHERE decision = 'pending';

CREATE TABLE ratings (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    rated_by {uuid} REFERENCES users(id),
    solved {bool} NOT NULL,
    satisfaction TEXT NOT NULL,
    comment TEXT,
    redo_round INTEGER NOT NULL,
    created_at {ts} NOT NULL
);
CREATE INDEX ratings_ticket_id_idx ON ratings (ticket_id);
CREATE INDEX ratings_rated_by_idx ON ratings (rated_by);

CREATE TABLE supervision_orders (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    department_id {uuid} REFERENCES departments(id),
    issued_by {uuid} REFERENCES users(id),
    reason TEXT NOT NULL,
    due_at {ts},
    response TEXT,
    responded_by {uuid} REFERENCES users(id),
    responded_at {ts},
    automatic {bool} NOT NULL DEFAULT FALSE,
    created_at {ts} NOT NULL
);
CREATE INDEX supervision_orders_ticket_id_idx ON supervision_orders (ticket_id);
CREATE INDEX supervision_orders_department_idx ON supervision_orders (department_id, created_at);
CREATE INDEX supervision_orders_issued_by_idx ON supervision_orders (issued_by);
CREATE INDEX supervision_orders_responded_by_idx ON supervision_orders (responded_by);

CREATE TABLE attachments (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    message_id {uuid} REFERENCES ticket_messages(id),
    uploaded_by {uuid} REFERENCES users(id),
    sha256 TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size_bytes BIGINT NOT NULL,
    file_name TEXT NOT NULL,
    public {bool} NOT NULL DEFAULT FALSE,
    created_at {ts} NOT NULL
);
CREATE INDEX attachments_ticket_id_idx ON attachments (ticket_id);
CREATE INDEX attachments_message_id_idx ON attachments (message_id);
CREATE INDEX attachments_uploaded_by_idx ON attachments (uploaded_by);

CREATE TABLE outbox (
    id {uuid} PRIMARY KEY,
    message_kind TEXT NOT NULL,
    ticket_id {uuid} REFERENCES tickets(id),
    recipient_id {uuid} REFERENCES users(id),
    recipient_email TEXT NOT NULL,
    locale TEXT NOT NULL,
    payload {json} NOT NULL,
    message_id TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'sent', 'dead')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at {ts} NOT NULL,
    last_error TEXT,
    created_at {ts} NOT NULL,
    sent_at {ts}
);
CREATE INDEX outbox_ticket_id_idx ON outbox (ticket_id);
CREATE INDEX outbox_recipient_id_idx ON outbox (recipient_id);
CREATE INDEX outbox_due_idx ON outbox (next_attempt_at) WHERE status = 'pending';

CREATE TABLE idempotency_keys (
    id {uuid} PRIMARY KEY,
    scope TEXT NOT NULL,
    idem_key TEXT NOT NULL,
    request_hash TEXT NOT NULL,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    created_at {ts} NOT NULL,
    UNIQUE (scope, idem_key)
);
CREATE INDEX idempotency_keys_ticket_id_idx ON idempotency_keys (ticket_id);

CREATE TABLE identity_views (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    viewer_id {uuid} NOT NULL REFERENCES users(id),
    viewer_role TEXT NOT NULL,
    viewed_at {ts} NOT NULL
);
CREATE INDEX identity_views_ticket_id_idx ON identity_views (ticket_id);
CREATE INDEX identity_views_viewer_id_idx ON identity_views (viewer_id, viewed_at);

CREATE TABLE escalation_firings (
    id {uuid} PRIMARY KEY,
    ticket_id {uuid} NOT NULL REFERENCES tickets(id),
    rule TEXT NOT NULL,
    deadline_version INTEGER NOT NULL,
    fired_at {ts} NOT NULL,
    UNIQUE (ticket_id, rule, deadline_version)
)
"#;

/// On PostgreSQL the audit chain is append-only at the database itself: even a superuser's
/// ad-hoc UPDATE needs the trigger disabled first, which is itself visible.
const PG_APPEND_ONLY: &str = r#"
CREATE FUNCTION minsheng_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'ticket_events is append-only';
END;
$$
"#;

const PG_APPEND_ONLY_TRIGGER: &str = "CREATE TRIGGER ticket_events_append_only \
     BEFORE UPDATE OR DELETE ON ticket_events \
     FOR EACH ROW EXECUTE FUNCTION minsheng_events_append_only()";

#[sea_orm_migration::async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        exec_all(manager, UP).await?;
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            exec_one(manager, PG_APPEND_ONLY).await?;
            exec_one(manager, PG_APPEND_ONLY_TRIGGER).await?;
        }
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        if manager.get_database_backend() == DatabaseBackend::Postgres {
            exec_one(
                manager,
                "DROP TRIGGER IF EXISTS ticket_events_append_only ON ticket_events",
            )
            .await?;
            exec_one(
                manager,
                "DROP FUNCTION IF EXISTS minsheng_events_append_only()",
            )
            .await?;
        }
        drop_tables(manager, TABLES).await
    }
}
