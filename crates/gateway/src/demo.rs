//! The demo city: what `minsheng seed-demo` loads, and what `minsheng serve` loads into an empty
//! embedded database so that `make run` shows a working product.

use crate::auth::password::Passwords;
use crate::error::ApiError;
use chrono::{DateTime, Utc};
use minsheng_store::seed::{self, SeedReport};
use minsheng_store::{Store, StoreResult};
use secrecy::SecretString;

/// The password of every demo account.
pub const DEMO_PASSWORD: &str = "minsheng-demo";

/// The demo accounts, one per role.
pub const DEMO_LOGINS: [(&str, &str); 5] = [
    ("resident", "resident@example.org"),
    ("agent", "agent@example.org"),
    ("staff", "staff@example.org"),
    ("supervisor", "supervisor@example.org"),
    ("admin", "admin@example.org"),
];

/// Loads the demo city into an empty database. Demo accounts get [`DEMO_PASSWORD`], hashed
/// like every other password.
pub async fn seed_demo_city(
    store: &Store,
    passwords: &Passwords,
    now: DateTime<Utc>,
) -> Result<SeedReport, ApiError> {
    let hash = passwords.hash(SecretString::from(DEMO_PASSWORD)).await?;
    Ok(seed::seed_demo(store, now, &hash).await?)
}

/// Whether the database holds no city yet.
pub async fn database_is_empty(store: &Store) -> StoreResult<bool> {
    seed::is_empty(store).await
}

/// What seeding created, in words for the operator.
pub fn summary(r: &SeedReport) -> String {
    format!(
        "Seeded the demo city: {} departments, {} categories, {} people, {} tickets.",
        r.departments, r.categories, r.users, r.tickets
    )
}

/// The lines printed after seeding: where to go, when known, and how to sign in.
pub fn banner(public_url: Option<&str>) -> String {
    let mut s = match public_url {
        Some(url) => format!("\n  The Minsheng demo city is ready at {url}\n\n"),
        None => "\n".to_owned(),
    };
    s.push_str(&format!("  Demo logins (password: {DEMO_PASSWORD}):\n"));
    for (role, email) in DEMO_LOGINS {
        s.push_str(&format!("    {role:<11} {email}\n"));
    }
    s
}
