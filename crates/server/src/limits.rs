//! Per-address rate limits on the routes anyone can reach without a token:
//! a resident's phone polling its ticket is a few requests a minute; a
//! script guessing tokens is thousands. A token bucket per IP address lets
//! the first through and slows the second to a trickle (429 `rate_limited`).

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::StatusCode;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use std::collections::HashMap;
use std::net::{IpAddr, SocketAddr};
use std::sync::Mutex;
use std::time::Instant;

/// Requests an address may make in a burst.
const BURST: f64 = 60.0;
/// Sustained requests per second per address.
const PER_SECOND: f64 = 10.0;

#[derive(Debug, Default)]
pub struct RateLimiter {
    buckets: Mutex<HashMap<IpAddr, (f64, Instant)>>,
}

impl RateLimiter {
    /// Takes one token for `ip`; false when its bucket is empty.
    pub fn allow(&self, ip: IpAddr) -> bool {
        let now = Instant::now();
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 50_000 {
            buckets.retain(|_, (tokens, at)| *tokens + now.duration_since(*at).as_secs_f64() * PER_SECOND < BURST);
        }
        let (tokens, at) = buckets.entry(ip).or_insert((BURST, now));
        *tokens = (*tokens + now.duration_since(*at).as_secs_f64() * PER_SECOND).min(BURST);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Whether a path is public and token-less, so limited per address.
fn is_public(path: &str) -> bool {
    path.starts_with("/api/v1/public/") || path.starts_with("/t/") || path.starts_with("/ws/ticket/") || path == "/api/v1/login"
}

pub async fn limit_public(State(app): State<AppState>, request: Request, next: Next) -> Response {
    if is_public(request.uri().path()) {
        let ip = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
        if let Some(ip) = ip
            && !app.limiter.allow(ip)
        {
            return ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests from this address; wait a moment").into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_burst_passes_and_a_flood_is_slowed() {
        let l = RateLimiter::default();
        let ip: IpAddr = "192.0.2.1".parse().expect("ip");
        let passed = (0..200).filter(|_| l.allow(ip)).count();
        assert!((60..=62).contains(&passed), "{passed}");
        let other: IpAddr = "192.0.2.2".parse().expect("ip");
        assert!(l.allow(other), "other addresses are not affected");
    }
}
