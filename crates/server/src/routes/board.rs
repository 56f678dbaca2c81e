//! What the boards show besides calls: ward notices and emergency alerts
//! (rules in `platform::board`). Each change reaches the boards of its
//! offices on the office feed, durably and in order: `notice.published`,
//! `notice.withdrawn`, `alert.issued`, `alert.cancelled`.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use platform::board::{self, Alert, CapMessage, ContentError, NewAlert, NewNotice, Notice};
use serde::{Deserialize, Serialize};
use serde_json::json;
use utoipa::{IntoParams, ToSchema};

#[derive(Debug, Serialize, ToSchema)]
pub struct Created {
    pub id: String,
}

fn content_error(e: ContentError) -> ApiError {
    let message = e.to_string();
    match e {
        ContentError::Invalid(_) => ApiError::bad_request(message),
        ContentError::UnknownOffice(_) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_office", message),
        ContentError::NotActual(_) => ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "not_for_boards", message),
    }
}

fn office_ids(app: &AppState) -> Vec<&str> {
    app.engine.config.offices.iter().map(|o| o.id.as_str()).collect()
}

/// Staff may speak only to the boards of their own office.
fn may_address(who: &Principal, offices: &[String]) -> ApiResult<()> {
    match (&who.role, &who.office) {
        (Role::Admin, _) | (Role::Staff, None) => Ok(()),
        (Role::Staff, Some(mine)) if offices.iter().all(|o| o == mine) => Ok(()),
        _ => Err(ApiError::forbidden(format!("a notice for {} may be posted by their staff or an admin", offices.join(", ")))),
    }
}

/// Puts a notice on the boards of some offices (admins; staff for their own
/// office). It shows between calls, in rotation, from `from` until `until`
/// (on its weekdays and hours, when given).
#[utoipa::path(post, path = "/api/v1/notices", tag = "boards", request_body = NewNotice, security(("bearer" = [])),
    responses((status = 201, body = Created), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)))]
pub async fn post_notice(State(app): State<AppState>, who: Principal, Json(req): Json<NewNotice>) -> ApiResult<(StatusCode, axum::Json<Created>)> {
    who.require(&[Role::Staff], None)?;
    let notice = board::parse_notice(req, &office_ids(&app), app.platform.now()).map_err(content_error)?;
    may_address(&who, &notice.offices)?;
    let (id, offices) = (notice.id.clone(), notice.offices.clone());
    app.platform.boards.publish(notice, who.actor()).await?;
    tracing::info!(notice = %id, offices = ?offices, by = %who.actor(), "notice published");
    Ok((StatusCode::CREATED, axum::Json(Created { id })))
}

/// Takes a notice off the boards.
#[utoipa::path(delete, path = "/api/v1/notices/{id}", tag = "boards", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204, description = "withdrawn"), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn delete_notice(State(app): State<AppState>, who: Principal, Path(id): Path<String>) -> ApiResult<StatusCode> {
    who.require(&[Role::Staff], None)?;
    let lookup = id.clone();
    let notice = app.platform.storage.read(move |c| board::find_notice(c, &lookup)).await?.ok_or_else(unknown_notice)?;
    may_address(&who, &notice.offices)?;
    if !app.platform.boards.withdraw(id.clone(), who.actor()).await? {
        return Err(unknown_notice());
    }
    tracing::info!(notice = %id, by = %who.actor(), "notice withdrawn");
    Ok(StatusCode::NO_CONTENT)
}

fn unknown_notice() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "unknown_notice", "no such notice on the boards")
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct ContentQuery {
    /// Only what the boards of this office show.
    pub office: Option<String>,
}

/// The notices standing (now or later), highest priority first (staff, admins).
#[utoipa::path(get, path = "/api/v1/notices", tag = "boards", params(ContentQuery), security(("bearer" = [])),
    responses((status = 200, body = [Notice]), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody)))]
pub async fn notices(State(app): State<AppState>, who: Principal, Query(q): Query<ContentQuery>) -> ApiResult<axum::Json<Vec<Notice>>> {
    who.require(&[Role::Staff], q.office.as_deref())?;
    let now = app.platform.now().as_microsecond();
    let mut all = app.platform.storage.read(move |c| board::live_notices(c, now)).await?;
    // Staff of one office see its notices only.
    if let Some(o) = q.office.as_ref().or(if who.role == Role::Admin { None } else { who.office.as_ref() }) {
        all.retain(|n| n.offices.contains(o));
    }
    all.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.from.cmp(&b.from)));
    Ok(axum::Json(all))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AlertQuery {
    /// With a CAP document: the offices whose boards show it, comma
    /// separated (a CAP area is not an office); default every office.
    pub offices: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct AlertAnswer {
    /// The new alert (absent for a CAP Cancel).
    pub id: Option<String>,
    /// Alerts this message ended (a CAP Update or Cancel).
    pub cancelled: Vec<String>,
}

/// Puts an emergency alert over everything on the boards of some offices
/// (admins): an OASIS CAP 1.2 document (`Content-Type: application/cap+xml`
/// or `application/xml`; `?offices=` chooses the offices) or the JSON form.
/// A CAP `Update` replaces the alerts of the messages it references, a
/// `Cancel` ends them. Calls go on being announced during an alert.
#[utoipa::path(post, path = "/api/v1/alerts", tag = "boards", params(AlertQuery),
    request_body(content((NewAlert = "application/json"), (String = "application/cap+xml"), (String = "application/xml"))), security(("bearer" = [])),
    responses((status = 201, body = AlertAnswer), (status = 200, description = "a CAP Cancel (the alerts it ended), or a CAP message delivered again (the alert it made the first time)", body = AlertAnswer),
        (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 415, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody)))]
pub async fn post_alert(
    State(app): State<AppState>,
    who: Principal,
    Query(q): Query<AlertQuery>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> ApiResult<(StatusCode, axum::Json<AlertAnswer>)> {
    who.require(&[], None)?;
    let media = headers.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).and_then(|v| v.split(';').next()).map(|m| m.trim().to_ascii_lowercase());
    let known = office_ids(&app);
    let now = app.platform.now();
    let (alert, replaces, xml) = match media.as_deref() {
        Some("application/json") => {
            let req: NewAlert = serde_json::from_slice(&body).map_err(|e| ApiError::bad_request(format!("the JSON body is not valid: {e}")))?;
            (Some(board::parse_alert(req, &known, now).map_err(content_error)?), Vec::new(), None)
        }
        Some("application/cap+xml" | "application/xml" | "text/xml") => {
            let xml = std::str::from_utf8(&body).map_err(|_| ApiError::bad_request("the CAP document is not UTF-8"))?.to_owned();
            let offices: Vec<String> = match &q.offices {
                Some(list) => list.split(',').map(|o| o.trim().to_owned()).filter(|o| !o.is_empty()).collect(),
                None => known.iter().map(|o| (*o).to_owned()).collect(),
            };
            match board::parse_cap(&xml, offices, &known, now).map_err(content_error)? {
                CapMessage::Issue { alert, replaces } => (Some(alert), replaces, Some(xml)),
                CapMessage::Cancel { references } => (None, references, Some(xml)),
            }
        }
        _ => {
            return Err(ApiError::new(
                StatusCode::UNSUPPORTED_MEDIA_TYPE,
                "unsupported_media_type",
                "send a CAP 1.2 document as application/cap+xml, or the JSON form as application/json",
            ));
        }
    };
    // A message delivered again (feeds retry) is answered with what it made
    // the first time: no second alert, no second alarm.
    if let Some(cap) = alert.as_ref().and_then(|a| a.cap.clone())
        && let Some(id) = app.platform.storage.read(move |c| board::alert_id_of_cap(c, &cap)).await?
    {
        return Ok((StatusCode::OK, axum::Json(AlertAnswer { id: Some(id), cancelled: Vec::new() })));
    }
    // The alerts an Update or Cancel ends, ended in the same commit that
    // raises the new one: no board is ever without the alert in between,
    // nor shows both.
    let at = now.as_microsecond();
    let old: Vec<Alert> = if replaces.is_empty() { Vec::new() } else { app.platform.storage.read(move |c| board::alerts_of_cap(c, &replaces, at)).await? };
    if alert.is_none() && old.is_empty() {
        return Ok((StatusCode::OK, axum::Json(AlertAnswer { id: None, cancelled: Vec::new() })));
    }
    let actor = who.actor();
    let mut offices: Vec<String> = alert.iter().flat_map(|a| a.offices.clone()).chain(old.iter().flat_map(|a| a.offices.clone())).collect();
    offices.sort();
    offices.dedup();
    // What each office's boards are told: the new alert (if it is for
    // them) and which of the old ones it ends there.
    let ends_at = {
        let old = old.clone();
        move |office: &str| -> Vec<String> { old.iter().filter(|a| a.offices.iter().any(|o| o == office)).map(|a| a.id.clone()).collect() }
    };
    let (new_alert, ends_for_event, ends_for_update) = (alert.clone(), ends_at.clone(), ends_at);
    let event = move |office: &str| {
        let ends = ends_for_event(office);
        match new_alert.as_ref().filter(|a| a.offices.iter().any(|o| o == office)) {
            Some(a) => json!({ "type": "alert.issued", "alert": a, "ends": ends }),
            None => json!({ "type": "alert.cancelled", "alert_id": ends.first(), "ends": ends }),
        }
    };
    let live = alert.clone();
    let update = move |office: &str, c: &mut platform::board::OfficeContent| {
        for id in ends_for_update(office) {
            c.remove_alert(&id);
        }
        if let Some(a) = live.as_ref().filter(|a| a.offices.iter().any(|o| o == office)) {
            c.add_alert(a.clone());
        }
    };
    let (stored, by, old_ids) = (alert.clone(), actor.clone(), old.iter().map(|a| a.id.clone()).collect::<Vec<_>>());
    let write = move |tx: &store::rusqlite::Transaction<'_>| -> Result<Vec<String>, store::StoreError> {
        let mut ended = Vec::new();
        for id in &old_ids {
            if board::cancel_alert(tx, id, &by, at)?.is_some() {
                ended.push(id.clone());
            }
        }
        if let Some(a) = &stored {
            board::insert_alert(tx, a, xml.as_deref(), &by, at)?;
        }
        Ok(ended)
    };
    let cancelled = app.engine.board_change_each(offices, actor, event, write, update).await?;
    for id in &cancelled {
        tracing::warn!(alert = %id, by = %who.actor(), "emergency alert ended (CAP)");
    }
    let Some(alert) = alert else {
        return Ok((StatusCode::OK, axum::Json(AlertAnswer { id: None, cancelled })));
    };
    let id = alert.id.clone();
    tracing::warn!(alert = %id, offices = ?alert.offices, severity = alert.severity.as_str(), by = %who.actor(), "emergency alert on the boards");
    Ok((StatusCode::CREATED, axum::Json(AlertAnswer { id: Some(id), cancelled })))
}

async fn end_alert(app: &AppState, who: &Principal, alert: Alert) -> ApiResult<bool> {
    let (actor, now) = (who.actor(), app.platform.now().as_microsecond());
    let event = json!({ "type": "alert.cancelled", "alert_id": alert.id });
    let (by, gone, target) = (actor.clone(), alert.id.clone(), alert.id.clone());
    let ended = app
        .engine
        .board_change(alert.offices.clone(), actor, event, move |tx| board::cancel_alert(tx, &target, &by, now), move |c| c.remove_alert(&gone))
        .await?;
    tracing::warn!(alert = %alert.id, by = %who.actor(), "emergency alert ended");
    Ok(ended.is_some())
}

/// Ends an alert before it expires (admins).
#[utoipa::path(delete, path = "/api/v1/alerts/{id}", tag = "boards", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 204, description = "ended"), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn delete_alert(State(app): State<AppState>, who: Principal, Path(id): Path<String>) -> ApiResult<StatusCode> {
    who.require(&[], None)?;
    let lookup = id.clone();
    let alert = app.platform.storage.read(move |c| board::find_alert(c, &lookup)).await?.ok_or_else(unknown_alert)?;
    if !end_alert(&app, &who, alert).await? {
        return Err(unknown_alert());
    }
    Ok(StatusCode::NO_CONTENT)
}

fn unknown_alert() -> ApiError {
    ApiError::new(StatusCode::NOT_FOUND, "unknown_alert", "no such alert standing")
}

/// The alerts standing (staff, admins).
#[utoipa::path(get, path = "/api/v1/alerts", tag = "boards", security(("bearer" = [])),
    responses((status = 200, body = [Alert]), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody)))]
pub async fn alerts(State(app): State<AppState>, who: Principal) -> ApiResult<axum::Json<Vec<Alert>>> {
    who.require(&[Role::Staff], None)?;
    let now = app.platform.now().as_microsecond();
    Ok(axum::Json(app.platform.storage.read(move |c| board::live_alerts(c, now)).await?))
}
