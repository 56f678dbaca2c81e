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
const MAX_FAILURES: usize = 5;
const FAILURE_WINDOW: Duration = Duration::from_secs(300);

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
    pub name: String,
    /// RFC 3339
    pub expires_at: String,
}

/// Failed sign-ins per user name, to slow down password guessing.
#[derive(Debug, Default)]
pub struct LoginThrottle {
    failures: Mutex<HashMap<String, Vec<Instant>>>,
}

impl LoginThrottle {
    fn blocked(&self, user: &str) -> bool {
        let mut f = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        let list = f.entry(user.to_owned()).or_default();
        list.retain(|t| t.elapsed() < FAILURE_WINDOW);
        list.len() >= MAX_FAILURES
    }

    fn failed(&self, user: &str) {
        let mut f = self.failures.lock().unwrap_or_else(|p| p.into_inner());
        if f.len() > 10_000 {
            f.retain(|_, v| v.iter().any(|t| t.elapsed() < FAILURE_WINDOW));
        }
        f.entry(user.to_owned()).or_default().push(Instant::now());
    }

    fn succeeded(&self, user: &str) {
        self.failures.lock().unwrap_or_else(|p| p.into_inner()).remove(user);
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
        (status = 429, body = crate::error::ErrorBody)))]
pub async fn login(State(app): State<AppState>, Json(req): Json<LoginRequest>) -> ApiResult<axum::Json<LoginAnswer>> {
    let username = req.username.trim().to_owned();
    if username.is_empty() || username.len() > 100 || req.password.len() > 1024 {
        return Err(ApiError::bad_request("give a user name and a password"));
    }
    if app.logins.blocked(&username) {
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_attempts", "too many failed sign-ins; wait a few minutes"));
    }
    let readers = app.engine.readers.clone();
    let name = username.clone();
    let user = tokio::task::spawn_blocking(move || readers.with(|c| store::users::find(c, &name))).await.map_err(ApiError::internal)??;
    let password = req.password;
    let stored = user.as_ref().map(|u| u.password_hash.clone()).unwrap_or_else(|| decoy_hash().to_owned());
    let ok = tokio::task::spawn_blocking(move || verify_password(&password, &stored)).await.map_err(ApiError::internal)?;
    let Some(user) = user.filter(|_| ok) else {
        app.logins.failed(&username);
        tracing::warn!(user = ?username, "failed sign-in");
        return Err(ApiError::unauthorized("wrong user name or password"));
    };
    app.logins.succeeded(&username);
    let role = Role::parse(&user.role).ok_or_else(|| ApiError::internal("stored user has an unknown role"))?;
    let token = new_token();
    let now = app.engine.clock.now();
    let expires = now + jiff::SignedDuration::from_secs(SESSION.as_secs() as i64);
    let (h, r, office, uname) = (hash(&token), role.as_str(), user.office.clone(), user.username.clone());
    app.engine
        .write(move |tx| store::tokens::insert_expiring(tx, &h, r, office.as_deref(), Some(&uname), now.as_microsecond(), Some(expires.as_microsecond())))
        .await?;
    tracing::info!(user = ?user.username, "signed in");
    Ok(axum::Json(LoginAnswer { token, role: role.as_str().into(), office: user.office, name: user.username, expires_at: expires.to_string() }))
}
