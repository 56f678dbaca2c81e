//! Accounts beyond the counters: organisations and the invitations that make
//! their members.
//!
//! Ward staff hand an invitation out in person: `POST /api/v1/invitations`
//! gives a one-time code and its URL (the page draws the QR code). The
//! invitee opens the URL, chooses a user name and a password, and
//! `POST /api/v1/invitations/{code}/accept` makes the account — a member
//! acting for the organisation — and signs it in. A code works once and
//! expires; a used or expired one is 410.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::routes::session::{LoginAnswer, Session, hashed_password, parse_username};
use crate::state::AppState;
use axum::extract::State;
use axum::http::StatusCode;
use platform::accounts::{self, Invitation, Organisation};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// Days an invitation works when the request does not say.
const DEFAULT_DAYS: u32 = 14;
/// The longest an invitation may work.
const MAX_DAYS: u32 = 90;

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewInvitation {
    /// The organisation the invitee will act for.
    pub organisation: String,
    /// Days the code works: 1 to 90 (default 14).
    pub expires_days: Option<u32>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationCreated {
    /// `K7QM-2XPD-9TRA`: to read out, type, or print; case and dashes do not matter.
    pub code: String,
    /// The page where the invitee accepts (its QR code goes on the printout).
    pub url: String,
    /// RFC 3339.
    pub expires_at: String,
    pub organisation: Organisation,
    /// The URL as an SVG QR code, to print for the invitee (the code is
    /// kept only as a hash: this is the one time it can be drawn).
    pub qr_svg: String,
}

/// Hands out an invitation to become a member of an organisation. Admins
/// may invite to any organisation; staff to the organisations of their
/// office.
#[utoipa::path(post, path = "/api/v1/invitations", tag = "accounts", request_body = NewInvitation, security(("bearer" = [])),
    responses((status = 201, body = InvitationCreated), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn invite(State(app): State<AppState>, who: Principal, Json(req): Json<NewInvitation>) -> ApiResult<(StatusCode, axum::Json<InvitationCreated>)> {
    who.require(&[Role::Staff], None)?;
    let days = req.expires_days.unwrap_or(DEFAULT_DAYS);
    if !(1..=MAX_DAYS).contains(&days) {
        return Err(ApiError::bad_request(format!("expires_days must be 1 to {MAX_DAYS}")));
    }
    let id = req.organisation;
    let org = app.platform.storage.read(move |c| accounts::find_org(c, &id)).await?.ok_or_else(unknown_organisation)?;
    if who.role != Role::Admin {
        // Staff invite for the organisations their office looks after.
        match (&who.office, &org.office) {
            (Some(mine), Some(theirs)) if mine == theirs => {}
            (None, Some(_)) => {}
            _ => return Err(ApiError::forbidden("staff may invite only to the organisations of their office")),
        }
    }
    let code = accounts::new_invitation_code();
    let now = app.platform.now();
    let expires = now + jiff::SignedDuration::from_hours(24 * i64::from(days));
    let (h, org_id, actor) = (accounts::code_hash(&code), org.id.clone(), who.actor());
    app.platform
        .storage
        .write(move |tx| {
            accounts::insert_invitation(tx, &h, &org_id, &actor, now.as_microsecond(), expires.as_microsecond())?;
            let subject = format!("organisation {org_id}, until {expires}");
            platform::audit::record(tx, &platform::audit::Entry {
                at: now.as_microsecond(),
                actor: &actor,
                module: platform::PLATFORM,
                action: "invitation.create",
                subject: &subject,
                reason: None,
            })
        })
        .await?;
    tracing::info!(organisation = %org.id, by = %who.actor(), "invitation handed out");
    let url = format!("{}/m/join/?code={code}", app.engine.base_url);
    let qr = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).map_err(ApiError::internal)?;
    let qr_svg = qr.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    Ok((StatusCode::CREATED, axum::Json(InvitationCreated { code, url, expires_at: expires.to_string(), organisation: org, qr_svg })))
}

#[derive(Debug, Serialize, ToSchema)]
pub struct InvitationView {
    /// The code in its canonical form.
    pub code: String,
    pub organisation: Organisation,
}

/// What an invitation is for, so that the join page can say whom the
/// invitee is about to act for. 404 for an unknown code, 410 for a used or
/// expired one.
#[utoipa::path(get, path = "/api/v1/invitations/{code}", tag = "accounts", params(("code" = String, Path)),
    responses((status = 200, body = InvitationView), (status = 404, body = crate::error::ErrorBody), (status = 410, body = crate::error::ErrorBody),
        (status = 429, body = crate::error::ErrorBody)))]
pub async fn show(State(app): State<AppState>, Path(code): Path<String>) -> ApiResult<axum::Json<InvitationView>> {
    let (code, org) = open_invitation(&app, &code).await?;
    Ok(axum::Json(InvitationView { code, organisation: org }))
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Acceptance {
    /// 1 to 100 characters; must not be taken.
    pub username: String,
    /// At least 8 characters.
    pub password: String,
    /// How pages name the member (the user name when left out).
    pub display_name: Option<String>,
}

/// Accepts an invitation: makes the member's account and signs it in.
#[utoipa::path(post, path = "/api/v1/invitations/{code}/accept", tag = "accounts", params(("code" = String, Path)), request_body = Acceptance,
    responses((status = 201, body = LoginAnswer), (status = 400, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
        (status = 409, body = crate::error::ErrorBody), (status = 410, body = crate::error::ErrorBody), (status = 429, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody)))]
pub async fn accept(State(app): State<AppState>, Path(code): Path<String>, Json(req): Json<Acceptance>) -> ApiResult<(StatusCode, axum::Json<LoginAnswer>)> {
    let username = parse_username(&req.username).map_err(ApiError::bad_request)?;
    if req.password.chars().count() < 8 || req.password.len() > 1024 {
        return Err(ApiError::bad_request("the password must be 8 to 1,024 characters"));
    }
    let display_name = match req.display_name.as_deref().map(str::trim) {
        None | Some("") => None,
        Some(d) if d.chars().count() > 100 || d.chars().any(char::is_control) => {
            return Err(ApiError::bad_request("display_name must be at most 100 printable characters"));
        }
        Some(d) => Some(d.to_owned()),
    };
    // Checked before the (slow, bounded) password hash, and again inside
    // the write, where nothing can use the code meanwhile.
    let (code, org) = open_invitation(&app, &code).await?;
    let password_hash = hashed_password(&app, req.password).await?;
    let user = store::users::User {
        username: username.clone(),
        password_hash,
        role: Role::Member.as_str().into(),
        office: org.office.clone(),
        organisation: Some(org.id.clone()),
        display_name,
        ..Default::default()
    };
    let at = app.platform.now();
    let now = at.as_microsecond();
    let h = accounts::code_hash(&code);
    let made = user.clone();
    // The account, the code's use and the first session in one commit: a
    // failure leaves the code usable, a success leaves nothing to redo.
    let session = Session::new(&user, at)?;
    let stored = session.clone();
    let outcome = app
        .platform
        .storage
        .write(move |tx| {
            Ok(match accounts::check_invitation(tx, &h, now)? {
                Invitation::Open(_) => {
                    if store::users::insert_new(tx, &made, now)? {
                        // Seen open in this same transaction on the one
                        // writer: nothing can have used it since.
                        if !accounts::use_invitation(tx, &h, &made.username, now)? {
                            return Err(store::StoreError::Malformed("an open invitation could not be marked used".into()));
                        }
                        let subject = format!("organisation {}", made.organisation.as_deref().unwrap_or_default());
                        platform::audit::record(tx, &platform::audit::Entry {
                            at: now,
                            actor: &format!("member:{}", made.username),
                            module: platform::PLATFORM,
                            action: "invitation.accept",
                            subject: &subject,
                            reason: None,
                        })?;
                        stored.store(tx, &made)?;
                        Ok(())
                    } else {
                        Err(ApiError::new(StatusCode::CONFLICT, "username_taken", "that user name is taken; choose another"))
                    }
                }
                other => Err(invitation_error(&other)),
            })
        })
        .await?;
    // A refusal above wrote nothing (it came before any write).
    outcome?;
    tracing::info!(user = ?username, organisation = %org.id, "invitation accepted");
    Ok((StatusCode::CREATED, axum::Json(session.answer(&user))))
}

/// The canonical code and its organisation, or the error a caller gets.
async fn open_invitation(app: &AppState, typed: &str) -> ApiResult<(String, Organisation)> {
    let code = accounts::normalise_code(typed).ok_or_else(not_found)?;
    let h = accounts::code_hash(&code);
    let now = app.platform.now().as_microsecond();
    match app.platform.storage.read(move |c| accounts::check_invitation(c, &h, now)).await? {
        Invitation::Open(org) => Ok((code, org)),
        other => Err(invitation_error(&other)),
    }
}

fn invitation_error(i: &Invitation) -> ApiError {
    match i {
        Invitation::Unknown => not_found(),
        _ => gone(),
    }
}

fn not_found() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "invitation_not_found", "no invitation has that code; check it with the person who gave it")
}

fn gone() -> ApiError {
    ApiError::new(StatusCode::GONE, "invitation_gone", "this invitation was used already or has expired; ask for a new one")
}

fn unknown_organisation() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "unknown_organisation", "no such organisation")
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct Page {
    /// At most this many (1 to 500, default 100).
    pub limit: Option<u32>,
    /// Skip this many first.
    pub offset: Option<u32>,
}

/// Organisations, oldest first (admins, staff and moderators).
#[utoipa::path(get, path = "/api/v1/organisations", tag = "accounts", params(Page), security(("bearer" = [])),
    responses((status = 200, body = [Organisation]), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody)))]
pub async fn organisations(State(app): State<AppState>, who: Principal, Query(q): Query<Page>) -> ApiResult<axum::Json<Vec<Organisation>>> {
    who.require(&[Role::Staff, Role::Moderator], None)?;
    let limit = q.limit.unwrap_or(100);
    if !(1..=500).contains(&limit) {
        return Err(ApiError::bad_request("limit must be 1 to 500"));
    }
    let offset = q.offset.unwrap_or(0);
    Ok(axum::Json(app.platform.storage.read(move |c| accounts::list_orgs(c, limit, offset)).await?))
}
