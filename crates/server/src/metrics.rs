//! `/metrics` in the Prometheus text format, and the request-id and latency
//! middleware that feeds it.
//!
//! Ticket figures are read from the live state (today's counts per office
//! and queue), so they need no bookkeeping of their own; latencies are
//! fixed-bucket histograms updated with atomics.

use crate::state::AppState;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderValue, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::Mutex;
use std::sync::atomic::{AtomicU64, Ordering};
use store::stats::Histogram;
use std::time::Instant;

/// What the server measures about itself.
#[derive(Debug, Default)]
pub struct Metrics {
    http: Mutex<BTreeMap<(String, String), std::sync::Arc<Histogram>>>,
    next_request: AtomicU64,
}

impl Metrics {
    fn route(&self, method: &str, route: &str) -> std::sync::Arc<Histogram> {
        let mut map = self.http.lock().unwrap_or_else(|p| p.into_inner());
        map.entry((method.to_owned(), route.to_owned())).or_default().clone()
    }

    /// A short id for a request: unique within this process, with a random
    /// prefix so ids from two runs do not collide in collected logs.
    pub fn request_id(&self) -> String {
        static RUN: std::sync::OnceLock<String> = std::sync::OnceLock::new();
        let run = RUN.get_or_init(|| {
            use rand::RngCore;
            format!("{:06x}", rand::rng().next_u32() & 0xff_ffff)
        });
        format!("{run}-{}", self.next_request.fetch_add(1, Ordering::Relaxed))
    }
}

/// Websocket clients cut off for sending too fast (process-wide: the
/// connection tasks have no handle on the app state's metrics).
static WS_RATE_LIMITED: AtomicU64 = AtomicU64::new(0);

pub fn ws_rate_limited() {
    WS_RATE_LIMITED.fetch_add(1, Ordering::Relaxed);
}

/// Websocket clients cut off for not reading what they were sent.
static WS_SLOW: AtomicU64 = AtomicU64::new(0);
/// Connections closed at once for being over a connection cap.
static CONNECTIONS_REFUSED: AtomicU64 = AtomicU64::new(0);

pub fn ws_slow_client() {
    WS_SLOW.fetch_add(1, Ordering::Relaxed);
}

pub fn connection_refused() {
    CONNECTIONS_REFUSED.fetch_add(1, Ordering::Relaxed);
}

/// Gives every request an id (`x-request-id`, in its log span and in error
/// bodies) and records its latency under its route pattern.
pub async fn observe(State(app): State<AppState>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let id = request
        .headers()
        .get("x-request-id")
        .and_then(|v| v.to_str().ok())
        .filter(|v| v.len() <= 64 && v.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_'))
        .map(str::to_owned)
        .unwrap_or_else(|| app.metrics.request_id());
    let method = method_label(request.method());
    // The route's pattern, never the path: label values must stay a fixed
    // set, or every invented path would add a histogram to each scrape.
    let route = request.extensions().get::<MatchedPath>().map_or_else(|| "unmatched".to_owned(), |m| m.as_str().to_owned());
    let span = tracing::info_span!("request", request_id = %id, method = %method, route = %route);
    let response = {
        use tracing::Instrument;
        next.run(request).instrument(span.clone()).await
    };
    let elapsed = started.elapsed().as_secs_f64();
    app.metrics.route(method, &route).observe(elapsed);
    let status = response.status();
    if status.is_server_error() {
        span.in_scope(|| tracing::warn!(status = status.as_u16(), "request failed"));
    }
    let mut response = if status.is_client_error() || status.is_server_error() { with_request_id(response, &id).await } else { response };
    if let Ok(v) = HeaderValue::from_str(&id) {
        response.headers_mut().insert("x-request-id", v);
    }
    response
}

/// The method as a label value: the standard ones by name, any other
/// (HTTP lets a client invent methods) as `other`.
fn method_label(method: &axum::http::Method) -> &'static str {
    use axum::http::Method;
    match *method {
        Method::GET => "GET",
        Method::HEAD => "HEAD",
        Method::POST => "POST",
        Method::PUT => "PUT",
        Method::DELETE => "DELETE",
        Method::PATCH => "PATCH",
        Method::OPTIONS => "OPTIONS",
        _ => "other",
    }
}

/// Adds `request_id` to an error body `{"error": {...}}`.
async fn with_request_id(response: Response, id: &str) -> Response {
    let is_json = response.headers().get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("application/json"));
    if !is_json {
        return response;
    }
    let (mut parts, body) = response.into_parts();
    let Ok(bytes) = axum::body::to_bytes(body, 64 * 1024).await else {
        return (parts.status, "").into_response();
    };
    let body = match serde_json::from_slice::<serde_json::Value>(&bytes) {
        Ok(mut v) if v.get("error").is_some_and(|e| e.is_object()) => {
            v["error"]["request_id"] = serde_json::Value::String(id.to_owned());
            parts.headers.remove(header::CONTENT_LENGTH);
            axum::body::Body::from(v.to_string())
        }
        _ => axum::body::Body::from(bytes),
    };
    Response::from_parts(parts, body)
}

/// `GET /metrics`
pub async fn render(State(app): State<AppState>) -> Response {
    let mut out = String::with_capacity(8 * 1024);
    let now = app.engine.clock.now();
    {
        let ward = app.engine.ward();
        let _ = writeln!(out, "# HELP madoguchi_tickets_today Tickets of the current business day by state.\n# TYPE madoguchi_tickets_today gauge");
        let mut waiting = String::new();
        let mut oldest = String::new();
        for (office, state) in &ward.offices {
            for q in &state.config().queues {
                let in_queue = state.tickets().iter().filter(|t| t.number.prefix == q.id);
                let (mut issued, mut called, mut done) = (0, 0, 0);
                for t in in_queue {
                    issued += 1;
                    if t.called_at.is_some() || t.status.is_final() {
                        called += 1;
                    }
                    if t.status == queue_core::Status::Done {
                        done += 1;
                    }
                }
                let l = format!("office=\"{office}\",queue=\"{}\"", q.id);
                let _ = writeln!(out, "madoguchi_tickets_today{{{l},state=\"issued\"}} {issued}");
                let _ = writeln!(out, "madoguchi_tickets_today{{{l},state=\"called\"}} {called}");
                let _ = writeln!(out, "madoguchi_tickets_today{{{l},state=\"done\"}} {done}");
                let _ = writeln!(waiting, "madoguchi_waiting{{{l}}} {}", state.waiting_count(&q.id));
                let oldest_wait = state.line(&q.id).map(|t| (now.as_millisecond() - t.issued_at.as_millisecond()).max(0) as f64 / 1000.0).fold(0.0, f64::max);
                let _ = writeln!(oldest, "madoguchi_oldest_wait_seconds{{{l}}} {oldest_wait}");
            }
        }
        let _ = writeln!(out, "# HELP madoguchi_waiting Tickets waiting now.\n# TYPE madoguchi_waiting gauge\n{waiting}");
        let _ = writeln!(out, "# HELP madoguchi_oldest_wait_seconds How long the longest-waiting ticket has waited.\n# TYPE madoguchi_oldest_wait_seconds gauge\n{oldest}");
    }
    let _ = writeln!(out, "# HELP madoguchi_websocket_clients Connected websocket clients.\n# TYPE madoguchi_websocket_clients gauge");
    let _ = writeln!(out, "madoguchi_websocket_clients {}", app.engine.hub.client_count());
    let _ = writeln!(out, "# HELP madoguchi_websocket_rate_limited_total Websocket clients closed for sending too many messages.\n# TYPE madoguchi_websocket_rate_limited_total counter");
    let _ = writeln!(out, "madoguchi_websocket_rate_limited_total {}", WS_RATE_LIMITED.load(Ordering::Relaxed));
    let _ = writeln!(out, "# HELP madoguchi_websocket_slow_clients_total Websocket clients closed for not reading.\n# TYPE madoguchi_websocket_slow_clients_total counter");
    let _ = writeln!(out, "madoguchi_websocket_slow_clients_total {}", WS_SLOW.load(Ordering::Relaxed));
    let _ = writeln!(out, "# HELP madoguchi_connections_refused_total Connections closed at once for being over a connection cap.\n# TYPE madoguchi_connections_refused_total counter");
    let _ = writeln!(out, "madoguchi_connections_refused_total {}", CONNECTIONS_REFUSED.load(Ordering::Relaxed));
    let (delivered, dead, dropped) = app.webhooks.counts();
    let _ = writeln!(out, "# HELP madoguchi_webhook_deliveries_total Webhook deliveries by outcome (dropped: the queue was full).\n# TYPE madoguchi_webhook_deliveries_total counter");
    let _ = writeln!(out, "madoguchi_webhook_deliveries_total{{outcome=\"delivered\"}} {delivered}");
    let _ = writeln!(out, "madoguchi_webhook_deliveries_total{{outcome=\"dead\"}} {dead}");
    let _ = writeln!(out, "madoguchi_webhook_deliveries_total{{outcome=\"dropped\"}} {dropped}");
    let _ = writeln!(out, "# HELP madoguchi_rate_limited_total Requests refused with 429 by the public limits.\n# TYPE madoguchi_rate_limited_total counter");
    let _ = writeln!(out, "madoguchi_rate_limited_total {}", crate::limits::rate_limited_total());
    let _ = writeln!(out, "# HELP madoguchi_commit_seconds Time to commit one group of writes (one fsync).\n# TYPE madoguchi_commit_seconds histogram");
    let commits = app.engine.commit_stats();
    commits.write_prometheus(&mut out, "madoguchi_commit_seconds", "");
    let _ = writeln!(out, "# HELP madoguchi_commit_group_size_max The most writes that shared one commit.\n# TYPE madoguchi_commit_group_size_max gauge");
    let _ = writeln!(out, "madoguchi_commit_group_size_max {}", commits.max());
    let _ = writeln!(out, "# HELP madoguchi_http_request_seconds HTTP latency by route.\n# TYPE madoguchi_http_request_seconds histogram");
    let routes = app.metrics.http.lock().unwrap_or_else(|p| p.into_inner()).clone();
    for ((method, route), h) in routes {
        h.write_prometheus(&mut out, "madoguchi_http_request_seconds", &format!("method=\"{method}\",route=\"{route}\""));
    }
    ([(header::CONTENT_TYPE, "text/plain; version=0.0.4; charset=utf-8")], out).into_response()
}
