//! The paper ticket: PDF, ESC/POS, and printing on an office's printer.

use crate::auth::{Principal, Role};
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, Path, Query};
use crate::state::AppState;
use crate::views::status_url;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use print::{Labels, TicketPrint};
use queue_core::config::{PrinterText, WardConfig};
use queue_core::ticket::Ticket;
use queue_core::{Lang, office::OfficeState};
use serde::{Deserialize, Serialize};
use std::time::Duration;
use utoipa::{IntoParams, ToSchema};

/// How long a printer may take before the kiosk is told to show the ticket on screen.
const PRINTER_TIMEOUT: Duration = Duration::from_secs(4);

/// Everything a paper ticket says, in the ticket's language and Japanese.
pub fn ticket_print(app: &AppState, state: Option<&OfficeState>, t: &Ticket) -> TicketPrint {
    let config: &WardConfig = &app.engine.config;
    let ja = Lang::ja();
    let lang = &t.lang;
    let japanese = lang.as_str() == "ja";
    let local = |ja_text: &str, local_text: &str| (!japanese && local_text != ja_text).then(|| local_text.to_owned());
    let office = config.office(t.office.as_str());
    let queue = office.and_then(|o| o.queue(t.queue.as_str()));
    let section = queue.and_then(|q| config.section(q.section.get_ref().as_str()));
    let service = t.service.as_ref().and_then(|s| config.service(s.as_str()));
    let text = |key: &str, args: &[(&str, &str)]| app.catalogs.text(lang.as_str(), key, args).unwrap_or_default();
    let (position, wait) = match state {
        Some(s) => {
            let p = s.position(t);
            (p, p.map(|p| s.estimate_for_position(&t.queue, p).div_ceil(60)))
        }
        None => (None, None),
    };
    let where_local = match (office, queue) {
        (Some(o), Some(q)) => {
            let counters: Vec<String> = o.counters_for(&q.id).map(|c| crate::localize::plain(&crate::localize::counter(&app.catalogs, lang, &c.name))).collect();
            let floor = crate::localize::plain(&crate::localize::floor(&app.catalogs, lang, &q.floor));
            Some(text("print-where", &[("floor", &floor), ("counters", &counters.join(" · "))])).filter(|s| !s.trim_matches([',', ' ', '、']).is_empty())
        }
        _ => None,
    };
    let issued = t.issued_at.to_zoned(queue_core::clock::tokyo());
    TicketPrint {
        number: t.number.to_string(),
        office_ja: office.map(|o| o.name.get(&ja).to_owned()).unwrap_or_default(),
        office_local: office.and_then(|o| local(o.name.get(&ja), &crate::localize::plain(&crate::localize::office(&app.catalogs, lang, o)))),
        section_ja: section.map(|s| s.name.get(&ja).to_owned()).unwrap_or_default(),
        section_local: section.and_then(|s| local(s.name.get(&ja), &crate::localize::plain(&crate::localize::name(&app.catalogs, lang, &format!("sec-{}", s.id), &s.name)))),
        service_ja: service.map(|s| s.name.get(&ja).to_owned()),
        service_local: service.and_then(|s| local(s.name.get(&ja), &crate::localize::plain(&crate::localize::name(&app.catalogs, lang, &format!("svc-{}", s.id), &s.name)))),
        where_local,
        issued_at: issued.strftime("%Y-%m-%d %H:%M").to_string(),
        position,
        estimated_wait_minutes: wait,
        bring_local: bring(app, lang, t),
        bring_ja: bring(app, &ja, t),
        status_url: status_url(&app.engine.base_url, &t.token),
        labels: Labels {
            number: text("print-number", &[]),
            position: text("print-position", &[]).replace("{$n}", "{n}"),
            wait: text("print-wait", &[]).replace("{$minutes}", "{minutes}"),
            bring: text("print-bring", &[]),
            scan: text("print-scan", &[]),
        },
    }
}

/// The first few things to bring for the ticket's service, for paper.
fn bring(app: &AppState, lang: &Lang, t: &Ticket) -> Vec<String> {
    const ON_PAPER: usize = 3;
    let key = |s: &str| format!("svc-{s}.bring");
    let Some(service) = t.service.as_ref() else { return Vec::new() };
    let used = if app.catalogs.exact(lang.as_str(), &key(service.as_str())).is_some() { lang.as_str() } else { "ja" };
    app.catalogs
        .exact(used, &key(service.as_str()))
        .map(|text| text.lines().map(|l| crate::localize::plain(l.trim())).filter(|l| !l.is_empty()).take(ON_PAPER).collect())
        .unwrap_or_default()
}

/// How long after issuing a ticket its kiosk may still print it (or show
/// its QR code): long enough for a printer that jammed, short enough that a
/// kiosk token cannot collect the phone links of the day's residents.
pub const KIOSK_PRINT_WINDOW: Duration = Duration::from_secs(10 * 60);

/// The tickets kiosks issued in the last [`KIOSK_PRINT_WINDOW`]: ticket id →
/// the issuing token's id and when. Kept in memory only (a restart ends the
/// window early, which costs at most a reprint at a desk), and pruned as it
/// grows, so it holds minutes of issuing.
#[derive(Debug, Default)]
pub struct KioskPrints {
    issued: std::sync::Mutex<std::collections::HashMap<String, (i64, jiff::Timestamp)>>,
}

impl KioskPrints {
    /// Notes that `principal` issued ticket `id` at `now` (kiosks only:
    /// nobody else is limited to their own tickets).
    pub fn record(&self, principal: &Principal, id: &str, now: jiff::Timestamp) {
        if principal.role != Role::Kiosk {
            return;
        }
        let mut issued = self.issued.lock().unwrap_or_else(|p| p.into_inner());
        issued.retain(|_, (_, at)| within_window(*at, now));
        issued.insert(id.to_owned(), (principal.token_id, now));
    }

    /// Refuses (403 `not_your_ticket`) a kiosk that did not issue ticket
    /// `id`, or issued it too long ago; anyone else passes.
    pub fn check(&self, principal: &Principal, id: &str, now: jiff::Timestamp) -> ApiResult<()> {
        if principal.role != Role::Kiosk {
            return Ok(());
        }
        let issued = self.issued.lock().unwrap_or_else(|p| p.into_inner());
        match issued.get(id) {
            Some((token, at)) if *token == principal.token_id && within_window(*at, now) => Ok(()),
            _ => Err(ApiError::new(
                StatusCode::FORBIDDEN,
                "not_your_ticket",
                format!("a kiosk prints only tickets it issued itself, within {} minutes", KIOSK_PRINT_WINDOW.as_secs() / 60),
            )),
        }
    }
}

fn within_window(at: jiff::Timestamp, now: jiff::Timestamp) -> bool {
    // A clock set back counts as no time passed.
    let elapsed = now.as_millisecond().saturating_sub(at.as_millisecond()).max(0);
    u128::try_from(elapsed).is_ok_and(|ms| ms <= KIOSK_PRINT_WINDOW.as_millis())
}

/// Finds a ticket (live or archived) that `principal` may print, and what to print.
async fn printable(app: &AppState, principal: &Principal, id: String) -> ApiResult<(String, TicketPrint)> {
    principal.require(&[Role::Kiosk, Role::Staff], None)?;
    let today = app.engine.today();
    let live = {
        let ward = app.engine.ward();
        ward.find_ticket(&id, today).map(|(state, t)| (t.office.to_string(), ticket_print(app, Some(state), t)))
    };
    let (office, ticket) = match live {
        Some(found) => found,
        None => {
            let t = app.engine.archived_ticket(id.clone()).await?.ok_or_else(ApiError::ticket_not_found)?;
            (t.office.to_string(), ticket_print(app, None, &t))
        }
    };
    principal.require(&[Role::Kiosk, Role::Staff], Some(&office))?;
    app.kiosk_prints.check(principal, &id, app.engine.clock.now())?;
    if ticket.status_url.ends_with("/t/") {
        // Its phone token was purged: a QR code would lead nowhere.
        return Err(ApiError::new(axum::http::StatusCode::GONE, "token_purged", "this ticket's phone link has been removed"));
    }
    Ok((office, ticket))
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct PdfQuery {
    /// `receipt80` (default from the configuration) or `a6`.
    pub paper: Option<String>,
}

/// The printable ticket as a PDF: the number as text, a QR code of the status URL.
/// A kiosk gets it only for a ticket it issued itself, within
/// [`KIOSK_PRINT_WINDOW`] (403 `not_your_ticket` otherwise).
#[utoipa::path(get, path = "/api/v1/tickets/{id}/ticket.pdf", tag = "tickets", params(("id" = String, Path), PdfQuery), security(("bearer" = [])),
    responses((status = 200, content_type = "application/pdf", description = "the ticket"), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn pdf(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Query(q): Query<PdfQuery>) -> ApiResult<Response> {
    let paper = match q.paper.as_deref() {
        None => match app.engine.config.print.paper {
            queue_core::config::Paper::Receipt80 => print::pdf::Paper::Receipt80,
            queue_core::config::Paper::A6 => print::pdf::Paper::A6,
        },
        Some("receipt80") => print::pdf::Paper::Receipt80,
        Some("a6") => print::pdf::Paper::A6,
        Some(other) => return Err(ApiError::bad_request(format!("paper {other:?} is not receipt80 or a6"))),
    };
    let (_, ticket) = printable(&app, &principal, id).await?;
    let font = app.font.get().await;
    let number = ticket.number.clone();
    let bytes = tokio::task::spawn_blocking(move || print::pdf::render(&ticket, font.as_deref(), paper))
        .await
        .map_err(ApiError::internal)?
        .map_err(ApiError::internal)?;
    Ok((
        [
            (header::CONTENT_TYPE, "application/pdf".to_owned()),
            (header::CONTENT_DISPOSITION, format!("inline; filename=\"ticket-{number}.pdf\"")),
            (header::CACHE_CONTROL, "private, no-store".to_owned()),
        ],
        bytes,
    )
        .into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct EscPosQuery {
    /// Paper width in mm: 58 or 80 (default).
    pub width: Option<u8>,
    /// `shift_jis` (Kanji mode, default), `raster` (text as `GS v 0` images
    /// drawn with the server's CJK font, for printers without Kanji; ASCII
    /// lines only when the server has no font) or `ascii`.
    pub text: Option<String>,
}

/// The same ticket as ESC/POS bytes for a thermal printer (a kiosk's own
/// tickets only, as for the PDF).
#[utoipa::path(get, path = "/api/v1/tickets/{id}/ticket.escpos", tag = "tickets", params(("id" = String, Path), EscPosQuery), security(("bearer" = [])),
    responses((status = 200, content_type = "application/octet-stream", description = "ESC/POS bytes"), (status = 400, body = crate::error::ErrorBody),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn escpos(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Query(q): Query<EscPosQuery>) -> ApiResult<Response> {
    let width = parse_width(q.width.unwrap_or(80))?;
    let mode = parse_text(q.text.as_deref().unwrap_or("shift_jis"))?;
    let (_, ticket) = printable(&app, &principal, id).await?;
    let bytes = render_escpos(&app, ticket, width, mode).await?;
    Ok(([(header::CONTENT_TYPE, "application/octet-stream"), (header::CACHE_CONTROL, "private, no-store")], bytes).into_response())
}

/// ESC/POS for a ticket, off the async threads: raster text takes some
/// milliseconds of drawing. Raster mode with no font on the server falls back
/// to the ASCII lines (the print crate logs it).
async fn render_escpos(app: &AppState, ticket: TicketPrint, width: print::escpos::Width, mode: print::escpos::TextMode) -> ApiResult<Vec<u8>> {
    let font = app.font.get().await;
    let rendered = tokio::task::spawn_blocking(move || print::escpos::render(&ticket, width, mode, font.as_deref())).await.map_err(ApiError::internal)?;
    Ok(rendered.bytes)
}

fn parse_width(w: u8) -> ApiResult<print::escpos::Width> {
    match w {
        58 => Ok(print::escpos::Width::Mm58),
        80 => Ok(print::escpos::Width::Mm80),
        _ => Err(ApiError::bad_request("width must be 58 or 80")),
    }
}

fn parse_text(t: &str) -> ApiResult<print::escpos::TextMode> {
    match t {
        "shift_jis" => Ok(print::escpos::TextMode::ShiftJis),
        "ascii" => Ok(print::escpos::TextMode::Ascii),
        "raster" => Ok(print::escpos::TextMode::Raster),
        _ => Err(ApiError::bad_request("text must be shift_jis, raster or ascii")),
    }
}

#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PrintRequest {
    /// A printer id of the ticket's office.
    pub printer: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct Printed {
    pub printed: bool,
    pub printer: String,
}

/// Prints a ticket on an office printer (issue or reprint; a kiosk its own
/// tickets only, as for the PDF). A printer that is
/// off, out of paper or slow answers 503 `printer_unavailable` within a few
/// seconds, and the office's desks get a `printer.attention` event.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/print", tag = "tickets", params(("id" = String, Path)), request_body = PrintRequest,
    security(("bearer" = [])),
    responses((status = 200, body = Printed), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody), (status = 503, body = crate::error::ErrorBody)))]
pub async fn print(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Json(req): Json<PrintRequest>) -> ApiResult<axum::Json<Printed>> {
    let (office, ticket) = printable(&app, &principal, id).await?;
    let printer = app
        .engine
        .config
        .office(&office)
        .and_then(|o| o.printer(&req.printer))
        .ok_or_else(|| ApiError::new(StatusCode::NOT_FOUND, "unknown_printer", format!("office {office} has no printer {:?}", req.printer)))?;
    let target = match printer.target.get_ref().strip_prefix("tcp://") {
        Some(addr) => print::printer::Target::Tcp(addr.to_owned()),
        None => print::printer::Target::Device(printer.target.get_ref().into()),
    };
    let width = parse_width(*printer.width.get_ref())?;
    let mode = match printer.text {
        PrinterText::ShiftJis => print::escpos::TextMode::ShiftJis,
        PrinterText::Ascii => print::escpos::TextMode::Ascii,
        PrinterText::Raster => print::escpos::TextMode::Raster,
    };
    let number = ticket.number.clone();
    let bytes = render_escpos(&app, ticket, width, mode).await?;
    let sent = tokio::task::spawn_blocking(move || print::printer::send(&target, &bytes, PRINTER_TIMEOUT)).await.map_err(ApiError::internal)?;
    match sent {
        Ok(()) => {
            tracing::info!(office = %office, printer = %req.printer, ticket = %number, "printed");
            Ok(axum::Json(Printed { printed: true, printer: req.printer }))
        }
        Err(e) => {
            let reason = e.to_string();
            tracing::warn!(office = %office, printer = %req.printer, error = %reason, "printer needs attention");
            let (p, r) = (req.printer.clone(), reason.clone());
            let _ = app.engine.command(&office, Some(principal.actor()), move |state, now| Ok(Some(state.printer_attention(&p, &r, now)))).await;
            Err(ApiError::new(StatusCode::SERVICE_UNAVAILABLE, "printer_unavailable", reason))
        }
    }
}
