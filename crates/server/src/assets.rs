//! The pages, embedded in the binary: the kiosk, staff desk and phone
//! ticket from `kiosk-ui/`, the waiting-room screen from `display-board/`.
//! No CDN: an office LAN is offline.

use crate::extract::Path;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use include_dir::{Dir, include_dir};

static KIOSK_UI: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../kiosk-ui");
static DISPLAY_BOARD: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../display-board");

fn content_type(path: &str) -> &'static str {
    match path.rsplit('.').next().unwrap_or_default() {
        "html" => "text/html; charset=utf-8",
        "js" | "mjs" => "text/javascript; charset=utf-8",
        "css" => "text/css; charset=utf-8",
        "svg" => "image/svg+xml",
        "png" => "image/png",
        "json" => "application/json",
        "wav" => "audio/wav",
        "woff2" => "font/woff2",
        "ico" => "image/x-icon",
        "txt" | "ftl" => "text/plain; charset=utf-8",
        _ => "application/octet-stream",
    }
}

fn file(dir: &'static Dir<'static>, path: &str) -> Response {
    // include_dir paths never contain "..": anything else simply is not found.
    match dir.get_file(path) {
        Some(f) => {
            let mut r = f.contents().into_response();
            let h = r.headers_mut();
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(content_type(path)));
            let cache = if path.ends_with(".html") { "no-cache" } else { "public, max-age=300" };
            h.insert(header::CACHE_CONTROL, HeaderValue::from_static(cache));
            r
        }
        None => crate::error::ApiError::not_found(format!("no file {path}")).into_response(),
    }
}

pub async fn kiosk() -> Response {
    file(&KIOSK_UI, "kiosk/index.html")
}

pub async fn desk() -> Response {
    file(&KIOSK_UI, "desk/index.html")
}

pub async fn admin() -> Response {
    file(&KIOSK_UI, "admin/index.html")
}

/// The portal of the ward's services: offices, side modules, partners.
pub async fn portal() -> Response {
    file(&KIOSK_UI, "members/portal.html")
}

/// The one sign-in for members, moderators and staff on the modules' pages.
pub async fn signin() -> Response {
    file(&KIOSK_UI, "members/signin.html")
}

/// The moderation queue of every module, for moderators.
/// The managers' live view of the day.
pub async fn ops() -> Response {
    file(&KIOSK_UI, "ops/index.html")
}

/// The public congestion page (混雑状況).
pub async fn status() -> Response {
    file(&KIOSK_UI, "status/index.html")
}

pub async fn moderation() -> Response {
    file(&KIOSK_UI, "members/moderation.html")
}

/// Accepting an invitation (`/m/join/?code=…`). The code is a one-time
/// secret in the address: no cache may keep the page under it.
pub async fn join() -> Response {
    let mut r = file(&KIOSK_UI, "members/join.html");
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

/// The resident's page: the same file for every ticket, but its address is
/// the ticket's secret, so no cache may keep it under that address.
pub async fn phone_ticket(Path(_token): Path<String>) -> Response {
    let mut r = file(&KIOSK_UI, "ticket/index.html");
    r.headers_mut().insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    r
}

pub async fn display() -> Response {
    file(&DISPLAY_BOARD, "index.html")
}

pub async fn ui(Path(path): Path<String>) -> Response {
    file(&KIOSK_UI, &path)
}

pub async fn board(Path(path): Path<String>) -> Response {
    file(&DISPLAY_BOARD, &path)
}

/// A path without a trailing slash goes to the one with it.
pub async fn redirect_slash(uri: axum::http::Uri) -> Response {
    let path = uri.path();
    let query = uri.query().map(|q| format!("?{q}")).unwrap_or_default();
    match HeaderValue::from_str(&format!("{path}/{query}")) {
        Ok(loc) => (StatusCode::PERMANENT_REDIRECT, [(header::LOCATION, loc)]).into_response(),
        Err(_) => StatusCode::BAD_REQUEST.into_response(),
    }
}
