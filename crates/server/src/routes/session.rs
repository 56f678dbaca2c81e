//! Staff sign-in with a user name and password, for the desk page.

use crate::auth::{Role, hash, new_token};
use crate::error::{ApiError, ApiResult};
use crate::extract::Json;
use crate::state::AppState;
use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use rand::RngCore;
use argon2::Argon2;
use axum::extract::State;
use axum::http::StatusCode;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};
use utoipa::ToSchema;

/// How long a sign-in lasts: one working day and a margin.
const SESSION: Duration = Duration::from_secs(14 * 3600);
/// Wrong passwords per user name in [`FAILURE_WINDOW`] before it is locked.
const MAX_FAILURES: usize = 5;
/// Wrong passwords from one address prefix in the window before it is
/// locked out (every name): an office's desks share an address, so this
/// is well above what staff mistype in a morning.
const MAX_ADDR_FAILURES: usize = 30;
const FAILURE_WINDOW: Duration = Duration::from_secs(300);
/// Password checks running at once. Each argon2 check takes ~19 MiB and a
/// core for a few dozen milliseconds; unbounded, a guessing storm took
/// gigabytes and starved ticket issuing.
pub const PASSWORD_CHECKS: usize = 2;
/// Sign-ins that may wait for a check; more are answered 503 at once.
const PASSWORD_QUEUE: usize = 16;
/// How long a sign-in waits for a check before it is answered 503.
const PASSWORD_WAIT: Duration = Duration::from_secs(10);

/// User names: 1 to 100 characters (not bytes: a name in kanji is as
/// welcome as one in ASCII), no control characters. One rule for the
/// command line that creates accounts and the sign-in that uses them.
pub fn parse_username(raw: &str) -> Result<String, String> {
    let name = raw.trim();
    if name.is_empty() || name.chars().count() > MAX_USERNAME_CHARS || name.chars().any(char::is_control) {
        return Err(format!("a user name is 1 to {MAX_USERNAME_CHARS} printable characters"));
    }
    Ok(name.to_owned())
}

pub const MAX_USERNAME_CHARS: usize = 100;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct LoginRequest {
    pub username: String,
    pub password: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct LoginAnswer {
    /// A bearer token for this session.
    pub token: String,
    pub role: String,
    pub office: Option<String>,
    /// The organisation a member acts for.
    pub organisation: Option<String>,
    /// The section a staff member works in.
    pub section: Option<String>,
    /// The user name.
    pub name: String,
    /// How pages name the person, where given.
    pub display_name: Option<String>,
    /// RFC 3339
    pub expires_at: String,
}

/// Failed sign-ins per user name and per address prefix, to slow down
/// password guessing. An attempt is reserved *before* its password is
/// checked and counts as a failure until it succeeds, so concurrent guesses
/// cannot all slip past the limit while the first ones are being checked.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    state: Mutex<ThrottleState>,
    waiting: std::sync::atomic::AtomicUsize,
}

#[derive(Debug, Default)]
struct ThrottleState {
    failures: HashMap<ThrottleKey, Vec<Instant>>,
    in_flight: HashMap<ThrottleKey, usize>,
}

#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum ThrottleKey {
    User(String),
    Addr(std::net::IpAddr),
}

impl ThrottleKey {
    fn limit(&self) -> usize {
        match self {
            ThrottleKey::User(_) => MAX_FAILURES,
            ThrottleKey::Addr(_) => MAX_ADDR_FAILURES,
        }
    }
}

/// A reserved sign-in attempt; dropped without [`Attempt::succeeded`] it
/// counts as a failure.
#[derive(Debug)]
struct Attempt<'a> {
    throttle: &'a LoginThrottle,
    keys: Vec<ThrottleKey>,
    succeeded: bool,
}

impl LoginThrottle {
    /// Reserves an attempt for `user` from `addr`, or `None` when either has
    /// used up its failures (failures in flight included).
    fn reserve(&self, user: &str, addr: Option<std::net::IpAddr>) -> Option<Attempt<'_>> {
        let mut keys = vec![ThrottleKey::User(user.to_owned())];
        keys.extend(addr.map(|a| ThrottleKey::Addr(crate::limits::prefix(a))));
        let mut st = self.state.lock().unwrap_or_else(|p| p.into_inner());
        if st.failures.len() > 10_000 {
            st.failures.retain(|_, v| v.iter().any(|t| t.elapsed() < FAILURE_WINDOW));
        }
        for k in &keys {
            let recent = st.failures.get_mut(k).map_or(0, |v| {
                v.retain(|t| t.elapsed() < FAILURE_WINDOW);
                v.len()
            });
            if recent + st.in_flight.get(k).copied().unwrap_or(0) >= k.limit() {
                return None;
            }
        }
        for k in &keys {
            *st.in_flight.entry(k.clone()).or_default() += 1;
        }
        Some(Attempt { throttle: self, keys, succeeded: false })
    }
}

impl Attempt<'_> {
    fn succeeded(mut self) {
        self.succeeded = true;
    }
}

impl Drop for Attempt<'_> {
    fn drop(&mut self) {
        let mut st = self.throttle.state.lock().unwrap_or_else(|p| p.into_inner());
        for k in &self.keys {
            if let Some(n) = st.in_flight.get_mut(k) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    st.in_flight.remove(k);
                }
            }
            if self.succeeded {
                // A right password clears the name's record, not the address's.
                if matches!(k, ThrottleKey::User(_)) {
                    st.failures.remove(k);
                }
            } else {
                st.failures.entry(k.clone()).or_default().push(Instant::now());
            }
        }
    }
}

/// Hashes a password with argon2id and a random salt.
pub fn hash_password(password: &str) -> Result<String, String> {
    let mut bytes = [0u8; 16];
    rand::rng().fill_bytes(&mut bytes);
    let salt = SaltString::encode_b64(&bytes).map_err(|e| e.to_string())?;
    Argon2::default().hash_password(password.as_bytes(), &salt).map(|h| h.to_string()).map_err(|e| e.to_string())
}

fn verify_password(password: &str, stored: &str) -> bool {
    PasswordHash::new(stored).is_ok_and(|h| Argon2::default().verify_password(password.as_bytes(), &h).is_ok())
}

/// A PHC hash of a password nobody has: checked when the user does not
/// exist, so that a wrong name takes as long as a wrong password.
fn decoy_hash() -> &'static str {
    static DECOY: std::sync::OnceLock<String> = std::sync::OnceLock::new();
    DECOY.get_or_init(|| hash_password(&new_token()).unwrap_or_default())
}

/// Signs a staff member in and hands out a session token.
#[utoipa::path(post, path = "/api/v1/login", tag = "session", request_body = LoginRequest,
    responses((status = 200, body = LoginAnswer), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 429, body = crate::error::ErrorBody), (status = 503, body = crate::error::ErrorBody)))]
pub async fn login(
    State(app): State<AppState>,
    client: Option<axum::Extension<crate::limits::ClientAddr>>,
    Json(req): Json<LoginRequest>,
) -> ApiResult<axum::Json<LoginAnswer>> {
    if req.password.len() > 1024 || req.username.trim().is_empty() {
        return Err(ApiError::bad_request("give a user name and a password"));
    }
    // No account can have such a name: answered as any wrong name is.
    let username = parse_username(&req.username).map_err(|_| {
        tracing::warn!(user = ?req.username, "failed sign-in (no account can have that name)");
        ApiError::unauthorized("wrong user name or password")
    })?;
    let addr = client.map(|c| c.0.0);
    let Some(attempt) = app.logins.reserve(&username, addr) else {
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", "too many failed sign-ins; wait a few minutes"));
    };
    let readers = app.engine.readers.clone();
    let name = username.clone();
    let user = tokio::task::spawn_blocking(move || readers.with(|c| store::users::find(c, &name))).await.map_err(ApiError::internal)??;
    let password = req.password;
    let stored = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| decoy_hash().to_owned());
    let ok = checked_password(&app, password, stored).await?;
    let Some(user) = user.filter(|_| ok) else {
        drop(attempt);
        tracing::warn!(user = ?username, "failed sign-in");
        return Err(ApiError::unauthorized("wrong user name or password"));
    };
    attempt.succeeded();
    let answer = open_session(&app, &user).await?;
    tracing::info!(user = ?user.username, "signed in");
    Ok(axum::Json(answer))
}

/// Hands out a session token for an account (after its password was
/// checked): it acts with the account's role, office, organisation and
/// section for [`SESSION`].
pub async fn open_session(app: &AppState, user: &store::users::User) -> ApiResult<LoginAnswer> {
    let session = Session::new(user, app.engine.clock.now())?;
    let (stored, u) = (session.clone(), user.clone());
    app.engine.write(move |tx| stored.store(tx, &u)).await?;
    Ok(session.answer(user))
}

/// A new sign-in session for an account, to store in the same transaction
/// as whatever made it (an accepted invitation makes the account and its
/// first session together).
#[derive(Debug, Clone)]
pub struct Session {
    token: String,
    role: Role,
    now: jiff::Timestamp,
    expires: jiff::Timestamp,
}

impl Session {
    pub fn new(user: &store::users::User, now: jiff::Timestamp) -> ApiResult<Session> {
        let role = Role::parse(&user.role).ok_or_else(|| ApiError::internal("stored user has an unknown role"))?;
        let expires = now + jiff::SignedDuration::from_secs(SESSION.as_secs() as i64);
        Ok(Session { token: new_token(), role, now, expires })
    }

    /// Stores the session's token (only its hash).
    pub fn store(&self, tx: &store::rusqlite::Connection, user: &store::users::User) -> Result<i64, store::StoreError> {
        store::tokens::insert_new(
            tx,
            &store::tokens::NewToken {
                hash: &hash(&self.token),
                role: self.role.as_str(),
                office: user.office.as_deref(),
                organisation: user.organisation.as_deref(),
                section: user.section.as_deref(),
                name: Some(&user.username),
                created_at: self.now.as_microsecond(),
                expires_at: Some(self.expires.as_microsecond()),
            },
        )
    }

    pub fn answer(self, user: &store::users::User) -> LoginAnswer {
        LoginAnswer {
            token: self.token,
            role: self.role.as_str().into(),
            office: user.office.clone(),
            organisation: user.organisation.clone(),
            section: user.section.clone(),
            name: user.username.clone(),
            display_name: user.display_name.clone(),
            expires_at: self.expires.to_string(),
        }
    }
}

/// Hashes a new password with the same bound on work at once as sign-ins.
pub async fn hashed_password(app: &AppState, password: String) -> ApiResult<String> {
    let permit = password_permit(app).await?;
    tokio::task::spawn_blocking(move || {
        let hashed = hash_password(&password);
        drop(permit);
        hashed
    })
    .await
    .map_err(ApiError::internal)?
    .map_err(ApiError::internal)
}

/// A place among the [`PASSWORD_CHECKS`] argon2 computations allowed at
/// once, or 503 `busy` when too many wait already or the wait is too long.
async fn password_permit(app: &AppState) -> ApiResult<tokio::sync::OwnedSemaphorePermit> {
    use std::sync::atomic::Ordering;
    let waiting = app.logins.waiting.fetch_add(1, Ordering::AcqRel);
    let permit = if waiting >= PASSWORD_QUEUE {
        None
    } else {
        tokio::time::timeout(PASSWORD_WAIT, app.password_checks.clone().acquire_owned()).await.ok().and_then(Result::ok)
    };
    app.logins.waiting.fetch_sub(1, Ordering::AcqRel);
    permit.ok_or_else(|| ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "busy", "too many sign-ins at once; try again in a moment"))
}

/// Checks a password with at most [`PASSWORD_CHECKS`] checks running at
/// once; a sign-in that would wait behind too many others, or too long, is
/// answered 503 `busy` so that guessing storms cannot take the server's
/// memory and cores from the counters.
async fn checked_password(app: &AppState, password: String, stored: String) -> ApiResult<bool> {
    let permit = password_permit(app).await?;
    let ok = tokio::task::spawn_blocking(move || {
        let ok = verify_password(&password, &stored);
        drop(permit);
        ok
    })
    .await
    .map_err(ApiError::internal)?;
    Ok(ok)
}

/// Ends the sign-in session of the presented token: it stops working at
/// once, and its websockets close (the desk's "sign out"). Device tokens
/// are not sessions (409 `not_a_session`): they are revoked with
/// `madoguchi token revoke`, so that signing out of a shared device does
/// not unprovision it.
#[utoipa::path(post, path = "/api/v1/logout", tag = "session", security(("bearer" = [])),
    responses((status = 204, description = "signed out"), (status = 401, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody)))]
pub async fn logout(State(app): State<AppState>, principal: crate::auth::Principal) -> ApiResult<StatusCode> {
    let id = principal.token_id;
    let now = app.engine.clock.now().as_microsecond().max(jiff::Timestamp::now().as_microsecond());
    if !app.engine.write(move |tx| store::tokens::revoke_session(tx, id, now)).await? {
        return Err(ApiError::new(StatusCode::CONFLICT, "not_a_session", "this is a device token, not a sign-in; revoke it with `madoguchi token revoke`"));
    }
    app.tokens.revoke(id);
    tracing::info!(token = id, who = %principal.actor(), "signed out");
    Ok(StatusCode::NO_CONTENT)
}
