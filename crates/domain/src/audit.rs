//! The tamper-evident event log (SPEC §9): each entry's hash covers the previous entry's hash and
//! the canonical encoding of the entry itself, so altering, removing or reordering any entry breaks
//! every hash after it.

use chrono::{DateTime, SecondsFormat, Utc};
use serde::Serialize;
use sha2::{Digest, Sha256};
use uuid::Uuid;

/// The hash that stands before the first entry.
pub const GENESIS_HASH: &str = "0000000000000000000000000000000000000000000000000000000000000000";

/// The fields of one log entry that its hash covers.
#[derive(Debug, Clone, Serialize)]
pub struct AuditEntry<'a> {
    /// Position in the chain, from 1.
    pub seq: i64,
    pub id: Uuid,
    pub ticket_id: Option<Uuid>,
    pub actor_id: Option<Uuid>,
    pub actor_role: Option<&'a str>,
    pub kind: &'a str,
    pub payload: &'a serde_json::Value,
    pub occurred_at: DateTime<Utc>,
}

impl AuditEntry<'_> {
    /// A stable byte encoding: fixed field order, timestamps at microsecond precision (what both
    /// databases keep), and JSON objects with sorted keys (serde_json's default map is ordered).
    pub fn canonical(&self) -> String {
        let mut payload = String::new();
        canonical_json(self.payload, &mut payload);
        format!(
            "v1\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}\x1f{}",
            self.seq,
            self.id,
            self.ticket_id.map(|u| u.to_string()).unwrap_or_default(),
            self.actor_id.map(|u| u.to_string()).unwrap_or_default(),
            self.actor_role.unwrap_or_default(),
            self.kind,
            payload,
            self.occurred_at
                .to_rfc3339_opts(SecondsFormat::Micros, true),
        )
    }

    /// The entry's hash, chained to `prev_hash` (lowercase hex SHA-256).
    pub fn hash(&self, prev_hash: &str) -> String {
        let mut h = Sha256::new();
        h.update(prev_hash.as_bytes());
        h.update(b"\n");
        h.update(self.canonical().as_bytes());
        hex::encode(h.finalize())
    }
}

/// Writes `v` as JSON with object keys sorted at every level, whatever map type serde_json was
/// built with and whatever order the database handed the keys back in (PostgreSQL's `jsonb`
/// reorders them).
pub fn canonical_json(v: &serde_json::Value, out: &mut String) {
    use serde_json::Value;
    match v {
        Value::Object(map) => {
            let mut keys: Vec<&String> = map.keys().collect();
            keys.sort();
            out.push('{');
            for (i, k) in keys.into_iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                out.push_str(&Value::String(k.clone()).to_string());
                out.push(':');
                if let Some(child) = map.get(k) {
                    canonical_json(child, out);
                }
            }
            out.push('}');
        }
        Value::Array(items) => {
            out.push('[');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push(',');
                }
                canonical_json(item, out);
            }
            out.push(']');
        }
        scalar => out.push_str(&scalar.to_string()),
    }
}

/// Why a chain failed to verify, naming the first bad entry.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChainBreak {
    #[error("entry {id} (seq {seq}) does not match its hash: it was altered")]
    Altered { seq: i64, id: Uuid },
    #[error(
        "entry {id} (seq {seq}) does not follow the previous entry: an entry before it is missing or was altered"
    )]
    Broken { seq: i64, id: Uuid },
    #[error("entry seq {expected} is missing (found seq {found})")]
    Missing { expected: i64, found: i64 },
}

/// Streams over a chain in `seq` order and reports the first break.
#[derive(Debug)]
pub struct ChainVerifier {
    prev_hash: String,
    next_seq: i64,
    checked: u64,
}

impl Default for ChainVerifier {
    fn default() -> Self {
        Self {
            prev_hash: GENESIS_HASH.to_owned(),
            next_seq: 1,
            checked: 0,
        }
    }
}

impl ChainVerifier {
    /// Checks one stored entry with its stored `prev_hash` and `hash`.
    pub fn check(
        &mut self,
        entry: &AuditEntry<'_>,
        stored_prev_hash: &str,
        stored_hash: &str,
    ) -> Result<(), ChainBreak> {
        if entry.seq != self.next_seq {
            return Err(ChainBreak::Missing {
                expected: self.next_seq,
                found: entry.seq,
            });
        }
        if stored_prev_hash != self.prev_hash {
            return Err(ChainBreak::Broken {
                seq: entry.seq,
                id: entry.id,
            });
        }
        if entry.hash(stored_prev_hash) != stored_hash {
            return Err(ChainBreak::Altered {
                seq: entry.seq,
                id: entry.id,
            });
        }
        self.prev_hash = stored_hash.to_owned();
        self.next_seq += 1;
        self.checked += 1;
        Ok(())
    }

    pub fn checked(&self) -> u64 {
        self.checked
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn entry(seq: i64, payload: &serde_json::Value) -> AuditEntry<'_> {
        AuditEntry {
            seq,
            id: Uuid::from_u128(seq as u128),
            ticket_id: Some(Uuid::from_u128(7)),
            actor_id: None,
            actor_role: Some("resident"),
            kind: "filed",
            payload,
            occurred_at: Utc.with_ymd_and_hms(2026, 3, 2, 1, 0, 0).unwrap(),
        }
    }

    #[test]
    fn a_valid_chain_verifies_and_an_altered_entry_is_named() {
        let p = serde_json::json!({"b": 1, "a": "x"});
        let mut rows = Vec::new();
        let mut prev = GENESIS_HASH.to_owned();
        for seq in 1..=5 {
            let h = entry(seq, &p).hash(&prev);
            rows.push((seq, prev.clone(), h.clone()));
            prev = h;
        }
        let mut v = ChainVerifier::default();
        for (seq, ph, h) in &rows {
            v.check(&entry(*seq, &p), ph, h).unwrap();
        }
        assert_eq!(v.checked(), 5);

        let altered = serde_json::json!({"b": 2, "a": "x"});
        let mut v = ChainVerifier::default();
        for (seq, ph, h) in &rows {
            let payload = if *seq == 3 { &altered } else { &p };
            let r = v.check(&entry(*seq, payload), ph, h);
            if *seq == 3 {
                assert_eq!(
                    r,
                    Err(ChainBreak::Altered {
                        seq: 3,
                        id: Uuid::from_u128(3)
                    })
                );
                break;
            }
            r.unwrap();
        }
    }

    #[test]
    fn a_missing_entry_is_found() {
        let p = serde_json::json!({});
        let h1 = entry(1, &p).hash(GENESIS_HASH);
        let h2 = entry(2, &p).hash(&h1);
        let h3 = entry(3, &p).hash(&h2);
        let mut v = ChainVerifier::default();
        v.check(&entry(1, &p), GENESIS_HASH, &h1).unwrap();
        assert_eq!(
            v.check(&entry(3, &p), &h2, &h3),
            Err(ChainBreak::Missing {
                expected: 2,
                found: 3
            })
        );
    }

    #[test]
    fn canonical_json_sorts_nested_keys() {
        let v: serde_json::Value =
            serde_json::from_str(r#"{"z":[{"b":1,"a":"\u00e9"}],"a":null}"#).unwrap();
        let mut out = String::new();
        canonical_json(&v, &mut out);
        assert_eq!(out, r#"{"a":null,"z":[{"a":"é","b":1}]}"#);
    }

    #[test]
    fn key_order_does_not_change_the_hash() {
        let a: serde_json::Value = serde_json::from_str(r#"{"a":1,"b":2}"#).unwrap();
        let b: serde_json::Value = serde_json::from_str(r#"{"b":2,"a":1}"#).unwrap();
        assert_eq!(
            entry(1, &a).hash(GENESIS_HASH),
            entry(1, &b).hash(GENESIS_HASH)
        );
    }
}
