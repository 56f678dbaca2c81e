//! Media for the screens: the ticket's QR code and call announcements.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::speech;
use crate::state::AppState;
use crate::views::status_url;
use crate::extract::Path;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use queue_core::ticket::TicketNumber;
use serde::Deserialize;
use utoipa::IntoParams;

/// An SVG QR code of the ticket's status URL, for the kiosk screen. A kiosk
/// gets it only for a ticket it issued itself, in the minutes after
/// (403 `not_your_ticket` otherwise).
#[utoipa::path(get, path = "/api/v1/tickets/{id}/qr.svg", tag = "tickets", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 200, content_type = "image/svg+xml", description = "the QR code"), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn qr_svg(State(app): State<AppState>, principal: Principal, Path(id): Path<String>) -> ApiResult<Response> {
    principal.require(&[Role::Kiosk, Role::Staff], None)?;
    let today = app.engine.today();
    let found = {
        let ward = app.engine.ward();
        ward.find_ticket(&id, today).map(|(_, t)| (t.office.to_string(), t.token.clone()))
    };
    let (office, token) = match found {
        Some(f) => f,
        None => {
            let t = app.engine.archived_ticket(id.clone()).await?.ok_or_else(ApiError::ticket_not_found)?;
            (t.office.to_string(), t.token)
        }
    };
    principal.require(&[Role::Kiosk, Role::Staff], Some(&office))?;
    app.kiosk_prints.check(&principal, &id, app.engine.clock.now())?;
    if token.is_empty() {
        return Err(ApiError::new(StatusCode::GONE, "token_purged", "this ticket's phone link has been removed"));
    }
    let url = status_url(&app.engine.base_url, &token);
    let code = qrcode::QrCode::with_error_correction_level(url.as_bytes(), qrcode::EcLevel::M).map_err(ApiError::internal)?;
    let svg = code.render::<qrcode::render::svg::Color<'_>>().min_dimensions(200, 200).quiet_zone(true).build();
    // It encodes the resident's token: kept by no cache.
    Ok(([(header::CONTENT_TYPE, "image/svg+xml"), (header::CACHE_CONTROL, "private, no-store")], svg).into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct AnnouncementQuery {
    /// The ticket number, `A-012`.
    pub number: String,
    /// A counter id of the office.
    pub counter: String,
    /// `ja` or `en`.
    pub lang: Option<String>,
}

/// How long a board is asked to wait before asking again when the engines are busy.
const BUSY_RETRY_SECONDS: &str = "5";

/// The spoken call, as WAV: 「受付番号、Aの12番の方、3番窓口へお越しください。」
///
/// For the office's boards and desks: only a number issued today at the
/// office is spoken (404 `unknown_ticket` otherwise), and when the speech
/// engines are all busy the answer is 503 `speech_busy` with `Retry-After`.
#[utoipa::path(get, path = "/api/v1/offices/{office}/announcement.wav", tag = "display",
    params(("office" = String, Path), AnnouncementQuery), security(("bearer" = [])),
    responses((status = 200, content_type = "audio/wav", description = "the announcement"), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody), (status = 503, body = crate::error::ErrorBody)))]
pub async fn announcement(State(app): State<AppState>, principal: Principal, Path(office): Path<String>, Query(q): Query<AnnouncementQuery>) -> ApiResult<Response> {
    let o = app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Display, Role::Staff], Some(&office))?;
    let number = TicketNumber::parse(&q.number).ok_or_else(|| ApiError::bad_request("number must look like A-012"))?;
    let counter = o.counter(&q.counter).ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "unknown_counter", format!("office {office} has no counter {:?}", q.counter)))?;
    let lang = q.lang.as_deref().unwrap_or("ja");
    if !speech::has_voice(lang) {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "no_voice", format!("there is no offline voice for {lang:?}")));
    }
    // Only what a board can be asked to say: this keeps the number of
    // different announcements (renders, cache files) to today's tickets.
    let today = app.engine.today();
    let issued = {
        let ward = app.engine.ward();
        ward.office(&office).filter(|s| s.day() == today).is_some_and(|s| s.tickets().iter().any(|t| t.number == number))
    };
    if !issued {
        return Err(ApiError::new(StatusCode::NOT_FOUND, "unknown_ticket", format!("no ticket {number} was issued today at {office}")));
    }
    let ja = queue_core::Lang::ja();
    let text = speech::text(lang, number.prefix.as_str(), number.n, counter.name.get(&ja), counter.id.as_str())
        .ok_or_else(|| ApiError::bad_request("unsupported language"))?;
    match app.speech.announcement(lang, &text).await {
        Ok(wav) => Ok(([(header::CONTENT_TYPE, "audio/wav"), (header::CACHE_CONTROL, "private, max-age=86400")], wav).into_response()),
        Err(speech::SpeechError::Busy) => Ok((
            [(header::RETRY_AFTER, BUSY_RETRY_SECONDS)],
            ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "speech_busy", "the speech engines are busy; try again shortly"),
        )
            .into_response()),
        Err(speech::SpeechError::Unavailable(l)) => {
            Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "speech_unavailable", format!("no speech engine for {l} is installed")))
        }
        Err(e) => {
            tracing::warn!(office = %office, error = %e, "announcement failed");
            Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "speech_unavailable", e.to_string()))
        }
    }
}
