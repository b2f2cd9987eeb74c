//! Accounts and sign-in state: users, login throttling, refresh-token families and password
//! resets.
//!
//! Every write is one transaction. Instants come from the caller's clock, never from the system
//! clock, so the gateway's injectable clock decides what "now" is. Secrets handed to people
//! (refresh and reset tokens) are 256 random bits; only their SHA-256 is stored.

use crate::chain::db_instant;
use crate::entity::{department, password_reset, refresh_token, user};
use crate::error::{StoreError, StoreResult};
use crate::outbox::{self, NewMessage};
use crate::{Store, WriteTxn};
use chrono::{DateTime, TimeDelta, Utc};
use minsheng_domain::input::{Email, PersonName, Phone};
use minsheng_domain::{Locale, Role};
use rand::RngCore;
use sea_orm::sea_query::{Expr, SimpleExpr};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DbErr, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, SqlErr,
};
use sha2::{Digest, Sha256};
use std::fmt;
use uuid::Uuid;

/// How long a password-reset link stays valid.
pub const PASSWORD_RESET_TTL: TimeDelta = TimeDelta::hours(1);

/// At most this many unused, unexpired reset links exist for one account; further requests are
/// accepted silently and send nothing, so nobody can flood a mailbox through the reset form.
const MAX_OPEN_RESETS: u64 = 3;

/// A person's account as the rest of Minsheng sees it: no password hash, no throttling state.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: Uuid,
    pub email: Option<String>,
    pub display_name: String,
    pub phone: Option<String>,
    pub role: Role,
    pub department_id: Option<Uuid>,
    pub is_department_head: bool,
    pub locale: Locale,
    pub active: bool,
    pub created_at: DateTime<Utc>,
}

impl TryFrom<&user::Model> for Account {
    type Error = StoreError;

    fn try_from(u: &user::Model) -> StoreResult<Self> {
        let role = u
            .role
            .parse()
            .map_err(|e| StoreError::internal(format!("user {}: {e}", u.id)))?;
        let locale = u
            .locale
            .parse()
            .map_err(|e| StoreError::internal(format!("user {}: {e}", u.id)))?;
        Ok(Account {
            id: u.id,
            email: u.email.clone(),
            display_name: u.display_name.clone(),
            phone: u.phone.clone(),
            role,
            department_id: u.department_id,
            is_department_head: u.is_department_head,
            locale,
            active: u.active,
            created_at: u.created_at,
        })
    }
}

/// What signing in needs to know about an account.
#[derive(Clone)]
pub struct LoginRecord {
    pub account: Account,
    /// `None` for accounts that cannot sign in with a password.
    pub password_hash: Option<String>,
    pub failed_logins: i32,
    pub locked_until: Option<DateTime<Utc>>,
}

impl LoginRecord {
    pub fn is_locked(&self, now: DateTime<Utc>) -> bool {
        self.locked_until.is_some_and(|until| until > now)
    }
}

impl fmt::Debug for LoginRecord {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("LoginRecord")
            .field("account", &self.account)
            .field("password_hash", &self.password_hash.as_ref().map(|_| "***"))
            .field("failed_logins", &self.failed_logins)
            .field("locked_until", &self.locked_until)
            .finish()
    }
}

/// A new account, created by an administrator or the command line.
#[derive(Debug, Clone)]
pub struct NewUser {
    pub email: Email,
    pub display_name: PersonName,
    pub phone: Option<Phone>,
    pub role: Role,
    /// Required for staff, refused for everyone else (SPEC §1).
    pub department_id: Option<Uuid>,
    pub is_department_head: bool,
    pub locale: Locale,
    /// A PHC-format hash, or `None` for an account that must set its password by reset link.
    pub password_hash: Option<String>,
}

/// A resident registering themselves.
#[derive(Debug, Clone)]
pub struct NewResident {
    pub email: Email,
    pub display_name: PersonName,
    pub phone: Option<Phone>,
    pub locale: Locale,
    pub password_hash: String,
}

/// Registers a resident. A taken email is a `Conflict`.
pub async fn register_resident(
    store: &Store,
    new: NewResident,
    now: DateTime<Utc>,
) -> StoreResult<Account> {
    create_user(
        store,
        NewUser {
            email: new.email,
            display_name: new.display_name,
            phone: new.phone,
            role: Role::Resident,
            department_id: None,
            is_department_head: false,
            locale: new.locale,
            password_hash: Some(new.password_hash),
        },
        now,
    )
    .await
}

/// Creates an account of any role. Staff must name an existing, active department; nobody else
/// may have one.
pub async fn create_user(store: &Store, new: NewUser, now: DateTime<Utc>) -> StoreResult<Account> {
    match (new.role, new.department_id) {
        (Role::Staff, None) => {
            return Err(StoreError::invalid(
                "departmentId",
                "staff must belong to a department",
            ));
        }
        (role, Some(_)) if role != Role::Staff => {
            return Err(StoreError::invalid(
                "departmentId",
                "only staff belong to a department",
            ));
        }
        _ => {}
    }
    if new.is_department_head && new.role != Role::Staff {
        return Err(StoreError::invalid(
            "isDepartmentHead",
            "only staff can head a department",
        ));
    }
    let txn = store.write().await?;
    if let Some(dept) = new.department_id {
        let exists = department::Entity::find_by_id(dept)
            .filter(department::Column::Active.eq(true))
            .count(txn.conn())
            .await?;
        if exists == 0 {
            return Err(StoreError::invalid("departmentId", "no such department"));
        }
    }
    let taken = user::Entity::find()
        .filter(user::Column::Email.eq(new.email.as_str()))
        .count(txn.conn())
        .await?;
    if taken > 0 {
        return Err(email_taken());
    }
    let now = db_instant(now);
    let model = user::ActiveModel {
        id: Set(Uuid::now_v7()),
        email: Set(Some(new.email.as_str().to_owned())),
        password_hash: Set(new.password_hash),
        display_name: Set(new.display_name.as_str().to_owned()),
        phone: Set(new.phone.map(|p| p.as_str().to_owned())),
        role: Set(new.role.as_str().to_owned()),
        department_id: Set(new.department_id),
        is_department_head: Set(new.is_department_head),
        locale: Set(new.locale.as_str().to_owned()),
        active: Set(true),
        failed_logins: Set(0),
        locked_until: Set(None),
        password_changed_at: Set(Some(now)),
        deleted_at: Set(None),
        created_at: Set(now),
        updated_at: Set(now),
    };
    let row = user::Entity::insert(model)
        .exec_with_returning(txn.conn())
        .await
        .map_err(unique_email)?;
    txn.commit().await?;
    Account::try_from(&row)
}

fn email_taken() -> StoreError {
    StoreError::Conflict("an account with this email already exists".into())
}

/// Two registrations racing for one email: the second loses on the unique index.
fn unique_email(e: DbErr) -> StoreError {
    match e.sql_err() {
        Some(SqlErr::UniqueConstraintViolation(_)) => email_taken(),
        _ => StoreError::Db(e),
    }
}

/// The account with this id, unless it was deleted.
pub async fn find_by_id(store: &Store, id: Uuid) -> StoreResult<Option<Account>> {
    let row = user::Entity::find_by_id(id)
        .filter(user::Column::DeletedAt.is_null())
        .one(store.connection())
        .await?;
    row.as_ref().map(Account::try_from).transpose()
}

/// The account with this email, unless it was deleted.
pub async fn find_by_email(store: &Store, email: &Email) -> StoreResult<Option<Account>> {
    Ok(find_login(store, email).await?.map(|r| r.account))
}

/// What signing in with this email needs: the account, its password hash and throttling state.
pub async fn find_login(store: &Store, email: &Email) -> StoreResult<Option<LoginRecord>> {
    let row = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .filter(user::Column::DeletedAt.is_null())
        .one(store.connection())
        .await?;
    row.map(login_record).transpose()
}

/// Like [`find_login`], by id (changing a password checks the current one).
pub async fn find_login_by_id(store: &Store, id: Uuid) -> StoreResult<Option<LoginRecord>> {
    let row = user::Entity::find_by_id(id)
        .filter(user::Column::DeletedAt.is_null())
        .one(store.connection())
        .await?;
    row.map(login_record).transpose()
}

fn login_record(row: user::Model) -> StoreResult<LoginRecord> {
    Ok(LoginRecord {
        account: Account::try_from(&row)?,
        password_hash: row.password_hash,
        failed_logins: row.failed_logins,
        locked_until: row.locked_until,
    })
}

/// Which accounts an administrator lists, one page at a time in creation order.
#[derive(Debug, Clone, Default)]
pub struct UserFilter {
    pub role: Option<Role>,
    pub department_id: Option<Uuid>,
    /// Start after this account id (ids are time-ordered UUIDv7).
    pub after: Option<Uuid>,
    pub limit: u64,
}

/// Lists accounts that were not deleted, oldest first.
pub async fn list_users(store: &Store, filter: &UserFilter) -> StoreResult<Vec<Account>> {
    let mut q = user::Entity::find()
        .filter(user::Column::DeletedAt.is_null())
        .order_by_asc(user::Column::Id)
        .limit(filter.limit.clamp(1, 1000));
    if let Some(role) = filter.role {
        q = q.filter(user::Column::Role.eq(role.as_str()));
    }
    if let Some(dept) = filter.department_id {
        q = q.filter(user::Column::DepartmentId.eq(dept));
    }
    if let Some(after) = filter.after {
        q = q.filter(user::Column::Id.gt(after));
    }
    q.all(store.connection())
        .await?
        .iter()
        .map(Account::try_from)
        .collect()
}

/// Exponential lockout after repeated failed sign-ins. The counter lives in the database, so it
/// holds across server instances.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LockoutPolicy {
    /// Failures allowed before the first lock.
    pub free_attempts: u32,
    /// The first lock; each further failure doubles it.
    pub base_lock: TimeDelta,
    /// The longest lock.
    pub max_lock: TimeDelta,
}

impl Default for LockoutPolicy {
    fn default() -> Self {
        Self {
            free_attempts: 5,
            base_lock: TimeDelta::minutes(1),
            max_lock: TimeDelta::hours(1),
        }
    }
}

impl LockoutPolicy {
    /// How long an account is locked after its `failures`-th consecutive failure, if at all.
    pub fn lock_for(&self, failures: i32) -> Option<TimeDelta> {
        let failures = u32::try_from(failures).ok()?;
        let over = failures.checked_sub(self.free_attempts)?;
        let factor = 1i32.checked_shl(over.min(30)).unwrap_or(i32::MAX);
        let lock = self
            .base_lock
            .checked_mul(factor)
            .unwrap_or(self.max_lock)
            .min(self.max_lock);
        Some(lock)
    }
}

/// Counts one failed sign-in and locks the account when the policy says so. Returns the end of
/// the lock, if the account is now locked.
pub async fn record_login_failure(
    store: &Store,
    user_id: Uuid,
    policy: &LockoutPolicy,
    now: DateTime<Utc>,
) -> StoreResult<Option<DateTime<Utc>>> {
    let txn = store.write().await?;
    // Incrementing in SQL (not read-modify-write) keeps concurrent failures from being lost.
    user::Entity::update_many()
        .col_expr(
            user::Column::FailedLogins,
            plus_one(user::Column::FailedLogins),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(txn.conn())
        .await?;
    let failures = user::Entity::find_by_id(user_id)
        .select_only()
        .column(user::Column::FailedLogins)
        .into_tuple::<i32>()
        .one(txn.conn())
        .await?
        .ok_or(StoreError::NotFound)?;
    let locked_until = policy.lock_for(failures).map(|d| db_instant(now + d));
    if let Some(until) = locked_until {
        user::Entity::update_many()
            .col_expr(user::Column::LockedUntil, Expr::value(Some(until)))
            .filter(user::Column::Id.eq(user_id))
            .exec(txn.conn())
            .await?;
    }
    txn.commit().await?;
    Ok(locked_until)
}

/// `column + 1`, evaluated by the database.
fn plus_one(column: user::Column) -> SimpleExpr {
    use sea_orm::sea_query::ExprTrait;
    Expr::col(column).add(1)
}

/// Clears the failure counter after a successful sign-in.
pub async fn record_login_success(store: &Store, user_id: Uuid) -> StoreResult<()> {
    let txn = store.write().await?;
    clear_throttle(&txn, user_id).await?;
    txn.commit().await
}

async fn clear_throttle(txn: &WriteTxn, user_id: Uuid) -> StoreResult<()> {
    user::Entity::update_many()
        .col_expr(user::Column::FailedLogins, Expr::value(0))
        .col_expr(
            user::Column::LockedUntil,
            Expr::value(Option::<DateTime<Utc>>::None),
        )
        .filter(user::Column::Id.eq(user_id))
        .exec(txn.conn())
        .await?;
    Ok(())
}

/// A freshly issued refresh token. The plain token is shown to the client once and never stored.
#[derive(Clone)]
pub struct RefreshToken {
    pub token: String,
    pub family_id: Uuid,
    pub expires_at: DateTime<Utc>,
}

impl fmt::Debug for RefreshToken {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("RefreshToken")
            .field("token", &"***")
            .field("family_id", &self.family_id)
            .field("expires_at", &self.expires_at)
            .finish()
    }
}

/// What presenting a refresh token led to.
#[derive(Debug, Clone)]
pub enum Rotation {
    /// The token was current: it is now spent, and `token` replaces it in the same family.
    Rotated {
        account: Account,
        token: RefreshToken,
    },
    /// The token had already been rotated or revoked. Someone holds a copy, so the whole family
    /// has been revoked.
    Reused { user_id: Uuid, family_id: Uuid },
    /// Unknown, expired, or its account can no longer sign in.
    Invalid,
}

/// Starts a new refresh-token family (one per sign-in).
pub async fn issue_refresh_token(
    store: &Store,
    user_id: Uuid,
    ttl: TimeDelta,
    now: DateTime<Utc>,
) -> StoreResult<RefreshToken> {
    let txn = store.write().await?;
    let token = insert_refresh_token(&txn, user_id, Uuid::now_v7(), ttl, now).await?;
    txn.commit().await?;
    Ok(token)
}

async fn insert_refresh_token(
    txn: &WriteTxn,
    user_id: Uuid,
    family_id: Uuid,
    ttl: TimeDelta,
    now: DateTime<Utc>,
) -> StoreResult<RefreshToken> {
    let token = new_secret();
    let now = db_instant(now);
    let expires_at = db_instant(now + ttl);
    refresh_token::Entity::insert(refresh_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user_id),
        family_id: Set(family_id),
        token_hash: Set(secret_hash(&token)),
        expires_at: Set(expires_at),
        rotated_at: Set(None),
        revoked_at: Set(None),
        created_at: Set(now),
    })
    .exec_without_returning(txn.conn())
    .await?;
    Ok(RefreshToken {
        token,
        family_id,
        expires_at,
    })
}

/// Spends `presented` and issues its successor in the same family. Presenting a token that was
/// already spent revokes the whole family (RFC 9700 §4.14.2).
pub async fn rotate_refresh_token(
    store: &Store,
    presented: &str,
    ttl: TimeDelta,
    now: DateTime<Utc>,
) -> StoreResult<Rotation> {
    let txn = store.write().await?;
    let Some(row) = refresh_token::Entity::find()
        .filter(refresh_token::Column::TokenHash.eq(secret_hash(presented)))
        .one(txn.conn())
        .await?
    else {
        return Ok(Rotation::Invalid);
    };
    if row.rotated_at.is_some() || row.revoked_at.is_some() {
        return reuse_detected(txn, &row, now).await;
    }
    if row.expires_at <= now {
        return Ok(Rotation::Invalid);
    }
    let owner = user::Entity::find_by_id(row.user_id)
        .filter(user::Column::DeletedAt.is_null())
        .filter(user::Column::Active.eq(true))
        .one(txn.conn())
        .await?;
    let Some(owner) = owner else {
        return Ok(Rotation::Invalid);
    };
    // Only one of two concurrent presentations of the same token can win this update; the loser
    // is treated as a reuse.
    let spent = refresh_token::Entity::update_many()
        .col_expr(
            refresh_token::Column::RotatedAt,
            Expr::value(Some(db_instant(now))),
        )
        .filter(refresh_token::Column::Id.eq(row.id))
        .filter(refresh_token::Column::RotatedAt.is_null())
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(txn.conn())
        .await?;
    if spent.rows_affected != 1 {
        return reuse_detected(txn, &row, now).await;
    }
    let token = insert_refresh_token(&txn, row.user_id, row.family_id, ttl, now).await?;
    txn.commit().await?;
    Ok(Rotation::Rotated {
        account: Account::try_from(&owner)?,
        token,
    })
}

async fn reuse_detected(
    txn: WriteTxn,
    row: &refresh_token::Model,
    now: DateTime<Utc>,
) -> StoreResult<Rotation> {
    revoke_where(&txn, refresh_token::Column::FamilyId.eq(row.family_id), now).await?;
    txn.commit().await?;
    tracing::warn!(
        user_id = %row.user_id,
        family_id = %row.family_id,
        "a spent refresh token was presented again; its family is revoked"
    );
    Ok(Rotation::Reused {
        user_id: row.user_id,
        family_id: row.family_id,
    })
}

async fn revoke_where(
    txn: &WriteTxn,
    condition: SimpleExpr,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let res = refresh_token::Entity::update_many()
        .col_expr(
            refresh_token::Column::RevokedAt,
            Expr::value(Some(db_instant(now))),
        )
        .filter(condition)
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(txn.conn())
        .await?;
    Ok(res.rows_affected)
}

/// Revokes every refresh token of a user (sign out everywhere). Returns how many were live.
pub async fn revoke_user_tokens(
    store: &Store,
    user_id: Uuid,
    now: DateTime<Utc>,
) -> StoreResult<u64> {
    let txn = store.write().await?;
    let n = revoke_where(&txn, refresh_token::Column::UserId.eq(user_id), now).await?;
    txn.commit().await?;
    Ok(n)
}

/// Signs out the owner of `presented` everywhere: revokes all of that user's refresh tokens.
/// Returns the owner, or `None` for a token that was never issued.
pub async fn revoke_tokens_of_owner(
    store: &Store,
    presented: &str,
    now: DateTime<Utc>,
) -> StoreResult<Option<Uuid>> {
    let txn = store.write().await?;
    let owner = refresh_token::Entity::find()
        .select_only()
        .column(refresh_token::Column::UserId)
        .filter(refresh_token::Column::TokenHash.eq(secret_hash(presented)))
        .into_tuple::<Uuid>()
        .one(txn.conn())
        .await?;
    if let Some(user_id) = owner {
        revoke_where(&txn, refresh_token::Column::UserId.eq(user_id), now).await?;
    }
    txn.commit().await?;
    Ok(owner)
}

/// Sets a new password hash, clears the throttle and revokes every refresh token, so other
/// sessions must sign in again.
pub async fn change_password(
    store: &Store,
    user_id: Uuid,
    new_hash: String,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let txn = store.write().await?;
    set_password(&txn, user_id, new_hash, now).await?;
    txn.commit().await
}

async fn set_password(
    txn: &WriteTxn,
    user_id: Uuid,
    new_hash: String,
    now: DateTime<Utc>,
) -> StoreResult<()> {
    let at = db_instant(now);
    let res = user::Entity::update_many()
        .col_expr(user::Column::PasswordHash, Expr::value(Some(new_hash)))
        .col_expr(user::Column::PasswordChangedAt, Expr::value(Some(at)))
        .col_expr(user::Column::UpdatedAt, Expr::value(at))
        .filter(user::Column::Id.eq(user_id))
        .filter(user::Column::DeletedAt.is_null())
        .exec(txn.conn())
        .await?;
    if res.rows_affected != 1 {
        return Err(StoreError::NotFound);
    }
    clear_throttle(txn, user_id).await?;
    revoke_where(txn, refresh_token::Column::UserId.eq(user_id), now).await?;
    Ok(())
}

/// Creates a single-use reset token for the account with this email and writes the email that
/// carries it to the outbox, in one transaction. Returns `false`, writing nothing, when no
/// active account has this email or too many links are already open; the caller answers the
/// same either way.
pub async fn request_password_reset(
    store: &Store,
    email: &Email,
    now: DateTime<Utc>,
) -> StoreResult<bool> {
    let txn = store.write().await?;
    let Some(owner) = user::Entity::find()
        .filter(user::Column::Email.eq(email.as_str()))
        .filter(user::Column::DeletedAt.is_null())
        .filter(user::Column::Active.eq(true))
        .one(txn.conn())
        .await?
    else {
        return Ok(false);
    };
    let open = password_reset::Entity::find()
        .filter(password_reset::Column::UserId.eq(owner.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::ExpiresAt.gt(db_instant(now)))
        .count(txn.conn())
        .await?;
    if open >= MAX_OPEN_RESETS {
        return Ok(false);
    }
    let account = Account::try_from(&owner)?;
    let token = new_secret();
    let expires_at = db_instant(now + PASSWORD_RESET_TTL);
    password_reset::Entity::insert(password_reset::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(owner.id),
        token_hash: Set(secret_hash(&token)),
        expires_at: Set(expires_at),
        used_at: Set(None),
        created_at: Set(db_instant(now)),
    })
    .exec_without_returning(txn.conn())
    .await?;
    outbox::enqueue(
        txn.conn(),
        NewMessage {
            kind: "password_reset",
            ticket_id: None,
            recipient_id: Some(owner.id),
            recipient_email: email.as_str().to_owned(),
            locale: account.locale,
            payload: serde_json::json!({
                "token": token,
                "display_name": account.display_name,
                "expires_at": expires_at,
            }),
        },
        now,
    )
    .await?;
    txn.commit().await?;
    Ok(true)
}

/// Spends a reset token and sets the new password. Every other open link of the account is
/// spent too, the throttle is cleared and all sessions are revoked. Returns `None` for a token
/// that is unknown, used or expired.
pub async fn reset_password(
    store: &Store,
    token: &str,
    new_hash: String,
    now: DateTime<Utc>,
) -> StoreResult<Option<Account>> {
    let txn = store.write().await?;
    let Some(reset) = password_reset::Entity::find()
        .filter(password_reset::Column::TokenHash.eq(secret_hash(token)))
        .one(txn.conn())
        .await?
    else {
        return Ok(None);
    };
    if reset.used_at.is_some() || reset.expires_at <= now {
        return Ok(None);
    }
    let spent = password_reset::Entity::update_many()
        .col_expr(
            password_reset::Column::UsedAt,
            Expr::value(Some(db_instant(now))),
        )
        .filter(password_reset::Column::UserId.eq(reset.user_id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(txn.conn())
        .await?;
    if spent.rows_affected == 0 {
        // A concurrent reset with a sibling link won.
        return Ok(None);
    }
    let owner = user::Entity::find_by_id(reset.user_id)
        .filter(user::Column::DeletedAt.is_null())
        .filter(user::Column::Active.eq(true))
        .one(txn.conn())
        .await?;
    let Some(owner) = owner else {
        return Ok(None);
    };
    set_password(&txn, owner.id, new_hash, now).await?;
    txn.commit().await?;
    Ok(Some(Account::try_from(&owner)?))
}

/// 256 random bits, hex-encoded. `ThreadRng` is a CSPRNG seeded from the operating system.
fn new_secret() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    hex::encode(bytes)
}

/// The stored form of a refresh or reset token.
pub fn secret_hash(token: &str) -> String {
    hex::encode(Sha256::digest(token.as_bytes()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lockout_doubles_and_is_capped() {
        let p = LockoutPolicy::default();
        assert_eq!(p.lock_for(0), None);
        assert_eq!(p.lock_for(4), None);
        assert_eq!(p.lock_for(5), Some(TimeDelta::minutes(1)));
        assert_eq!(p.lock_for(6), Some(TimeDelta::minutes(2)));
        assert_eq!(p.lock_for(8), Some(TimeDelta::minutes(8)));
        assert_eq!(p.lock_for(11), Some(TimeDelta::hours(1)));
        assert_eq!(p.lock_for(1000), Some(TimeDelta::hours(1)));
        assert_eq!(p.lock_for(-1), None);
    }

    #[test]
    fn secrets_are_256_bits_and_stored_hashed() {
        let a = new_secret();
        let b = new_secret();
        assert_eq!(a.len(), 64);
        assert_ne!(a, b);
        assert_eq!(secret_hash(&a).len(), 64);
        assert_ne!(secret_hash(&a), a);
        assert_eq!(secret_hash(&a), secret_hash(&a));
    }
}
