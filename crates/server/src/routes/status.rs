//! The public congestion status (混雑状況) for residents and the city's web
//! site: as JSON, as a live stream, and as a script-free snippet to embed.

use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::AppState;
use crate::status::OfficeStatus;
use axum::extract::State;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::sse::{Event, KeepAlive, Sse};
use axum::response::{IntoResponse, Response};
use serde::Deserialize;
use utoipa::IntoParams;

#[derive(Debug, Deserialize, IntoParams)]
pub struct StatusQuery {
    /// Names in this language (default Japanese).
    pub lang: Option<String>,
    /// Only this office.
    pub office: Option<String>,
}

fn etag_of(body: &[u8]) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    body.hash(&mut h);
    format!("W/\"{:016x}\"", h.finish())
}

fn matches(headers: &HeaderMap, etag: &str) -> bool {
    headers.get(header::IF_NONE_MATCH).and_then(|v| v.to_str().ok()).is_some_and(|v| v.split(',').any(|t| t.trim() == etag || t.trim() == "*"))
}

/// Answers `body` with an ETag and a short public cache life, or 304.
fn cached(headers: &HeaderMap, kind: &'static str, body: Vec<u8>, max_age: u32) -> Response {
    let etag = etag_of(&body);
    let cache = format!("public, max-age={max_age}");
    let mut r = if matches(headers, &etag) { StatusCode::NOT_MODIFIED.into_response() } else { ([(header::CONTENT_TYPE, kind)], body).into_response() };
    let h = r.headers_mut();
    if let (Ok(e), Ok(c)) = (HeaderValue::from_str(&etag), HeaderValue::from_str(&cache)) {
        h.insert(header::ETAG, e);
        h.insert(header::CACHE_CONTROL, c);
    }
    r
}

fn status_for(app: &AppState, q: &StatusQuery) -> ApiResult<(queue_core::Lang, Vec<OfficeStatus>)> {
    if let Some(o) = &q.office {
        app.engine.config.office(o).ok_or_else(|| ApiError::unknown_office(o))?;
    }
    let lang = app.engine.lang(q.lang.as_deref());
    let mut all = crate::status::build(&app.engine, &app.catalogs, &lang);
    if let Some(o) = &q.office {
        all.retain(|s| &s.office == o);
    }
    Ok((lang, all))
}

/// Every office's queues now: waiting, the estimated wait of a ticket taken
/// now, the numbers being called, whether reception is open (and when it
/// opens), and a lamp (`low` / `medium` / `high`). Cached for 5 s by
/// anyone (`ETag`, `If-None-Match` → 304).
#[utoipa::path(get, path = "/api/v1/public/status", tag = "public", params(StatusQuery),
    responses((status = 200, body = [OfficeStatus]), (status = 304, description = "unchanged since the ETag given"),
        (status = 404, body = crate::error::ErrorBody), (status = 429, body = crate::error::ErrorBody)))]
pub async fn status(State(app): State<AppState>, Query(q): Query<StatusQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let (_, all) = status_for(&app, &q)?;
    let body = serde_json::to_vec(&all).map_err(ApiError::internal)?;
    Ok(cached(&headers, "application/json", body, 5))
}

/// The same, live: Server-Sent Events, an event `status` (every office, in
/// Japanese) at once and after every change (at most one a second), a
/// comment every 25 s to keep proxies from closing it.
#[utoipa::path(get, path = "/api/v1/public/status/stream", tag = "public",
    responses((status = 200, description = "text/event-stream of `status` events", content_type = "text/event-stream"),
        (status = 429, body = crate::error::ErrorBody)))]
pub async fn stream(State(app): State<AppState>, client: Option<axum::Extension<crate::limits::ClientAddr>>) -> ApiResult<Response> {
    // As many open streams from one address as phone pages: a waiting room
    // behind one router is one address.
    let keys = client.map(|axum::Extension(crate::limits::ClientAddr(ip))| vec![(crate::limits::SocketKey::Addr(ip), crate::limits::SOCKETS_PER_ADDR)]).unwrap_or_default();
    let slot = app.feeds.sockets.take(keys).ok_or_else(|| ApiError::new(StatusCode::TOO_MANY_REQUESTS, "too_many_connections", "too many open status streams from this address"))?;
    let (watch, stopping) = (app.status.clone(), app.stopping.clone());
    let events = futures_util::stream::unfold((watch, stopping, true, slot), |(mut watch, mut stopping, first, slot)| async move {
        if !first {
            tokio::select! {
                changed = watch.changed() => changed.ok()?,
                _ = crate::ws::stopped(&mut stopping) => return None,
            }
        }
        let data = watch.borrow_and_update().clone();
        Some((Ok::<Event, std::convert::Infallible>(Event::default().event("status").data(&*data)), (watch, stopping, false, slot)))
    });
    let mut r = Sse::new(events).keep_alive(KeepAlive::new().interval(std::time::Duration::from_secs(25))).into_response();
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(r)
}

fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;")
}

/// A script-free snippet of the status for the city's web site to embed in
/// an `<iframe>`: plain HTML in the language asked for, with the time it
/// shows and a link that loads it again (no timed refresh: a page that
/// reloads itself under a screen reader fails WCAG 2.2.1; the live page is
/// `/status/`). It may be framed by any site: it shows public figures and
/// offers no action.
#[utoipa::path(get, path = "/status/embed", tag = "public", params(StatusQuery),
    responses((status = 200, description = "an HTML page", content_type = "text/html"), (status = 304, description = "unchanged"),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn embed(State(app): State<AppState>, Query(q): Query<StatusQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let (lang, all) = status_for(&app, &q)?;
    let l = lang.as_str();
    // Catalog texts are ours (easy Japanese carries <ruby> readings): as
    // they are. Everything else on the page is escaped.
    let t = |key: &str, args: &[(&str, &str)]| app.catalogs.text(l, key, args).unwrap_or_default();
    let when = |iso: &str| iso.get(5..16).map(|s| s.replace('T', " ")).unwrap_or_default();
    let mut html = format!(
        "<!doctype html><html lang=\"{}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>{}</title><link rel=\"stylesheet\" href=\"/ui/status/embed.css\"></head><body>",
        if l == "ja-x-easy" { "ja" } else { l },
        t("status-title", &[])
    );
    for o in &all {
        html.push_str(&format!("<section><h2>{}</h2><table><thead><tr><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th><th scope=\"col\">{}</th></tr></thead><tbody>",
            escape(&o.name), t("status-col-queue", &[]), t("status-col-waiting", &[]), t("status-col-wait", &[]), t("status-col-calling", &[])));
        for qs in &o.queues {
            let minutes = (qs.estimated_wait_seconds / 60).to_string();
            let wait = if qs.reception == "closed" {
                match &qs.opens {
                    Some(o) => format!("{} · {}", t("status-closed", &[]), t("status-opens", &[("when", &when(o))])),
                    None => t("status-closed", &[]),
                }
            } else {
                format!("<span class=\"lamp lamp-{}\">{}</span> {}", qs.level, t(&format!("status-level-{}", qs.level), &[]), t("status-wait-minutes", &[("minutes", &minutes)]))
            };
            html.push_str(&format!(
                "<tr><th scope=\"row\">{} {}</th><td>{}</td><td>{wait}</td><td>{}</td></tr>",
                escape(&qs.id),
                escape(&qs.name),
                qs.waiting,
                escape(&qs.now_calling.join(", "))
            ));
        }
        html.push_str("</tbody></table></section>");
    }
    let now = app.engine.clock.now().to_zoned(queue_core::clock::tokyo()).strftime("%H:%M").to_string();
    let again = format!("/status/embed?lang={}{}", l, q.office.as_deref().map(|o| format!("&amp;office={}", escape(o))).unwrap_or_default());
    html.push_str(&format!(
        "<p class=\"note\">{} · <a href=\"{again}\">{}</a> · <a href=\"/status/?lang={l}\" target=\"_top\">{}</a></p></body></html>",
        t("status-updated", &[("time", &now)]),
        t("status-reload", &[]),
        t("status-open-live", &[])
    ));
    let mut r = cached(&headers, "text/html; charset=utf-8", html.into_bytes(), 15);
    // Unlike every other page, this one is made to be framed by the city's site.
    r.headers_mut().insert(crate::app::FRAMEABLE, HeaderValue::from_static("1"));
    Ok(r)
}
