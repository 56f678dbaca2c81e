//! A person's own data (Japan's APPI): what the server keeps about the
//! account they signed in with, to read and take away, and to delete.

use crate::auth::Principal;
use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct MyData {
    /// The account (never its password, of which only a hash is kept).
    #[schema(value_type = Object)]
    pub account: store::users::Record,
    /// What was submitted under this name, with each item's status.
    pub submissions: Vec<platform::moderation::Item>,
    /// Why the server keeps these, and for how long.
    pub purpose: String,
}

const PURPOSE: &str = "The account lets its holder sign in and act for their organisation or section; submissions are kept while they are shown or \
                       needed for the moderators' record. Delete the account with DELETE /api/v1/me: everything about the person goes, the records \
                       made under the name (submissions, decisions, the audit trail) keep no name, and the name itself is never given to anybody else.";

/// The account's own data, as JSON to keep (a signed-in session only; a
/// device token has no account: 404 `no_account`).
#[utoipa::path(get, path = "/api/v1/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 200, body = MyData), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn export(State(app): State<AppState>, who: Principal) -> ApiResult<axum::Json<MyData>> {
    let name = account_of(&app, &who).await?;
    let role = who.role.as_str();
    let (account, submissions) = app
        .platform
        .storage
        .read(move |c| Ok((store::users::record(c, &name)?, platform::moderation::by_name(c, role, &name)?)))
        .await?;
    let account = account.ok_or_else(no_account)?;
    Ok(axum::Json(MyData { account, submissions, purpose: PURPOSE.to_owned() }))
}

/// Deletes the account the caller signed in with: the account goes, its
/// sessions end at once, its submissions and the platform's audit trail
/// lose its name (the entries stay, without it). Audited.
#[utoipa::path(delete, path = "/api/v1/me", tag = "accounts", security(("bearer" = [])),
    responses((status = 204, description = "deleted"), (status = 401, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn delete(State(app): State<AppState>, who: Principal) -> ApiResult<StatusCode> {
    let name = account_of(&app, &who).await?;
    let (role, now) = (who.role.as_str(), app.platform.now().as_microsecond());
    let gone = name.clone();
    let revoked = app
        .platform
        .storage
        .write(move |tx| {
            let revoked = store::users::delete(tx, &gone, now)?;
            platform::moderation::forget_submitter(tx, role, &gone)?;
            platform::accounts::forget_name(tx, role, &gone)?;
            platform::audit::record(tx, &platform::audit::Entry {
                at: now,
                actor: &format!("{role}#{}", revoked.first().copied().unwrap_or_default()),
                module: platform::PLATFORM,
                action: "account.delete",
                subject: "an account deleted at its holder's request",
                reason: None,
            })?;
            Ok(revoked)
        })
        .await?;
    for id in revoked {
        app.tokens.revoke(id);
    }
    tracing::info!(role, "an account was deleted at its holder's request");
    Ok(StatusCode::NO_CONTENT)
}

/// The user name behind a sign-in session; 404 for device tokens.
async fn account_of(app: &AppState, who: &Principal) -> ApiResult<String> {
    let Some(name) = who.name.clone() else { return Err(no_account()) };
    let id = who.token_id;
    let lookup = name.clone();
    let (session, exists) = app.platform.storage.read(move |c| Ok((store::users::is_session(c, id)?, store::users::find(c, &lookup)?.is_some()))).await?;
    if !session || !exists {
        return Err(no_account());
    }
    Ok(name)
}

fn no_account() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "no_account", "this token is a device's, not a person's sign-in: there is no account behind it")
}
