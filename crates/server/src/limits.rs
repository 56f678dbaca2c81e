//! Who a request comes from, and how much of the server it may have.
//!
//! **The client's address.** A request's address is the socket's peer,
//! unless that peer is one of the configured trusted proxies
//! (`--trusted-proxy`): then `Forwarded` (RFC 7239) or `X-Forwarded-For` is
//! read from the right, skipping hops that are themselves trusted, and the
//! first untrusted hop is the client. From anyone else those headers are
//! ignored, so a forged `X-Forwarded-For` buys nothing. Every handler reads
//! the result as the [`ClientAddr`] request extension.
//!
//! **Limits that fit the people.** A waiting room is one Wi-Fi: hundreds of
//! phones behind one NAT address, or one proxy address. So the routes anyone
//! can reach are limited in two ways (token buckets):
//! - a resident's own ticket routes (`/t/{token}`, `/api/v1/public/tickets/{token}`,
//!   `/ws/ticket/{token}`) per **ticket token** — a phone reloading, two tabs
//!   and a reconnect fit easily — and per address prefix only at a level an
//!   office NAT with a thousand phones never reaches;
//! - everything else without a valid token (unknown or expired ticket tokens,
//!   sign-in, costly public reads) per address prefix, tightly.
//!
//! Address prefixes are /24 for IPv4 and /64 for IPv6: one machine usually
//! holds many addresses of its prefix, so keying on the whole address would
//! let it multiply its allowance.

use crate::error::ApiError;
use crate::state::AppState;
use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderMap, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use ipnet::IpNet;
use std::collections::HashMap;
use std::hash::Hash;
use std::net::{IpAddr, Ipv4Addr, Ipv6Addr, SocketAddr};
use std::sync::Mutex;
use std::time::Instant;

/// The client's address as decided by [`client_addr`]: the peer, or the
/// first untrusted hop behind trusted proxies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ClientAddr(pub IpAddr);

/// The addresses whose forwarding headers are believed.
#[derive(Debug, Clone, Default)]
pub struct TrustedProxies(Vec<IpNet>);

impl TrustedProxies {
    /// Parses addresses and CIDR ranges (`10.0.0.5`, `10.0.0.0/24`, `::1`).
    pub fn parse<S: AsRef<str>>(items: &[S]) -> Result<TrustedProxies, String> {
        let nets = items
            .iter()
            .map(|s| s.as_ref().trim())
            .filter(|s| !s.is_empty())
            .map(|s| {
                s.parse::<IpNet>()
                    .or_else(|_| s.parse::<IpAddr>().map(IpNet::from))
                    .map_err(|_| format!("trusted proxy {s:?} is neither an address nor a CIDR range such as 10.0.0.0/24"))
            })
            .collect::<Result<_, _>>()?;
        Ok(TrustedProxies(nets))
    }

    pub fn contains(&self, ip: IpAddr) -> bool {
        let ip = canonical(ip);
        self.0.iter().any(|n| n.contains(&ip))
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The client behind `peer`, reading the forwarding headers only when
    /// `peer` is trusted.
    pub fn client(&self, peer: IpAddr, headers: &HeaderMap) -> IpAddr {
        let peer = canonical(peer);
        if !self.contains(peer) {
            return peer;
        }
        // Rightmost first: each proxy appends the address it heard from, so
        // only the hops our own proxies added can be believed, and the first
        // one that is not ours is the client. An obfuscated or unparsable hop
        // (`unknown`) ends the walk: what lies left of it is the client's own
        // say-so, and the last proxy we reached stands for it.
        let mut client = peer;
        for hop in forwarded_hops(headers).iter().rev() {
            let Some(ip) = hop else { break };
            client = *ip;
            if !self.contains(*ip) {
                break;
            }
        }
        client
    }
}

/// The hops of `Forwarded: for=…` (preferred) or `X-Forwarded-For`, left to
/// right; `None` for a hop that is not an address (`unknown`, `_hidden`).
fn forwarded_hops(headers: &HeaderMap) -> Vec<Option<IpAddr>> {
    let forwarded: Vec<&str> = headers.get_all("forwarded").iter().filter_map(|v| v.to_str().ok()).collect();
    if !forwarded.is_empty() {
        return forwarded
            .iter()
            .flat_map(|v| v.split(','))
            .filter_map(|element| {
                element.split(';').find_map(|pair| {
                    let (k, v) = pair.split_once('=')?;
                    k.trim().eq_ignore_ascii_case("for").then(|| parse_node(v.trim().trim_matches('"')))
                })
            })
            .collect();
    }
    headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(','))
        .map(|s| parse_node(s.trim()))
        .collect()
}

/// `192.0.2.1`, `192.0.2.1:4711`, `[2001:db8::1]:4711`, `2001:db8::1`.
fn parse_node(s: &str) -> Option<IpAddr> {
    if let Ok(ip) = s.parse::<IpAddr>() {
        return Some(canonical(ip));
    }
    if let Ok(sa) = s.parse::<SocketAddr>() {
        return Some(canonical(sa.ip()));
    }
    let inner = s.strip_prefix('[')?.split(']').next()?;
    inner.parse::<Ipv6Addr>().ok().map(|ip| canonical(IpAddr::V6(ip)))
}

/// IPv4-mapped IPv6 addresses (`::ffff:192.0.2.1`, what a dual-stack socket
/// reports) as the IPv4 address they are.
fn canonical(ip: IpAddr) -> IpAddr {
    match ip {
        IpAddr::V6(v6) => v6.to_ipv4_mapped().map_or(ip, IpAddr::V4),
        v4 => v4,
    }
}

/// The /24 (IPv4) or /64 (IPv6) an address belongs to.
pub fn prefix(ip: IpAddr) -> IpAddr {
    match canonical(ip) {
        IpAddr::V4(v4) => {
            let [a, b, c, _] = v4.octets();
            IpAddr::V4(Ipv4Addr::new(a, b, c, 0))
        }
        IpAddr::V6(v6) => {
            let s = v6.segments();
            IpAddr::V6(Ipv6Addr::new(s[0], s[1], s[2], s[3], 0, 0, 0, 0))
        }
    }
}

/// A token bucket's size and refill.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    pub burst: f64,
    pub per_second: f64,
}

/// Token buckets by key, forgetting keys whose bucket has refilled.
#[derive(Debug)]
pub struct Buckets<K> {
    rate: Rate,
    buckets: Mutex<HashMap<K, (f64, Instant)>>,
}

impl<K: Hash + Eq + Clone> Buckets<K> {
    pub fn new(rate: Rate) -> Self {
        Buckets { rate, buckets: Mutex::new(HashMap::new()) }
    }

    /// Takes one token for `key`; false when its bucket is empty.
    pub fn allow(&self, key: &K) -> bool {
        self.allow_at(key, Instant::now())
    }

    pub fn allow_at(&self, key: &K, now: Instant) -> bool {
        let Rate { burst, per_second } = self.rate;
        let mut buckets = self.buckets.lock().unwrap_or_else(|p| p.into_inner());
        if buckets.len() > 50_000 {
            buckets.retain(|_, (tokens, at)| *tokens + now.saturating_duration_since(*at).as_secs_f64() * per_second < burst);
        }
        let (tokens, at) = match buckets.get_mut(key) {
            Some(b) => b,
            None => buckets.entry(key.clone()).or_insert((burst, now)),
        };
        *tokens = (*tokens + now.saturating_duration_since(*at).as_secs_f64() * per_second).min(burst);
        *at = now;
        if *tokens >= 1.0 {
            *tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// A resident's own ticket: a page load, a few reloads, a reconnect after
/// the phone slept, two tabs. Hundreds a minute is not a person.
pub const PER_TICKET: Rate = Rate { burst: 30.0, per_second: 0.5 };
/// All residents' ticket routes from one address prefix: the office's Wi-Fi
/// NAT with a thousand phones opening their page in the same minute stays
/// far below it.
pub const TICKETS_PER_PREFIX: Rate = Rate { burst: 5_000.0, per_second: 500.0 };
/// Requests without a valid token from one prefix: unknown or expired
/// ticket tokens, sign-ins, public forecasts and status. A guessing script
/// is slowed to a trickle; a few people looking at the calendar are not.
pub const ANONYMOUS_PER_PREFIX: Rate = Rate { burst: 60.0, per_second: 10.0 };
/// Tickets a kiosk may issue: a person at a touch screen takes a few
/// seconds a ticket; a script takes thousands.
pub const PER_KIOSK: Rate = Rate { burst: 20.0, per_second: 0.5 };

/// Every bucket of the server.
#[derive(Debug)]
pub struct RateLimiter {
    pub per_ticket: Buckets<String>,
    pub tickets_per_prefix: Buckets<IpAddr>,
    pub anonymous: Buckets<IpAddr>,
    /// `None` when kiosks are not limited (`--kiosk-rate off`).
    pub per_kiosk: Option<Buckets<i64>>,
}

impl RateLimiter {
    pub fn new(kiosk: Option<Rate>) -> Self {
        RateLimiter {
            per_ticket: Buckets::new(PER_TICKET),
            tickets_per_prefix: Buckets::new(TICKETS_PER_PREFIX),
            anonymous: Buckets::new(ANONYMOUS_PER_PREFIX),
            per_kiosk: kiosk.map(Buckets::new),
        }
    }

    /// Whether kiosk token `id` may issue one more ticket now.
    pub fn kiosk_may_issue(&self, id: i64) -> bool {
        self.per_kiosk.as_ref().is_none_or(|b| b.allow(&id))
    }
}

impl Default for RateLimiter {
    fn default() -> Self {
        RateLimiter::new(Some(PER_KIOSK))
    }
}

impl Rate {
    /// `BURST/PER_MINUTE` (`20/30`: twenty at once, then thirty a minute),
    /// or `off`.
    pub fn parse_option(s: &str) -> Result<Option<Rate>, String> {
        if s.trim().eq_ignore_ascii_case("off") {
            return Ok(None);
        }
        let bad = || format!("{s:?} is not BURST/PER_MINUTE (such as 20/30) or off");
        let (burst, per_minute) = s.split_once('/').ok_or_else(bad)?;
        let burst: f64 = burst.trim().parse().map_err(|_| bad())?;
        let per_minute: f64 = per_minute.trim().parse().map_err(|_| bad())?;
        if !(1.0..=1e6).contains(&burst) || !(0.0..=1e6).contains(&per_minute) || !per_minute.is_finite() {
            return Err(bad());
        }
        Ok(Some(Rate { burst, per_second: per_minute / 60.0 }))
    }
}

/// What kind of public request a path is.
#[derive(Debug, PartialEq, Eq)]
enum Public<'a> {
    /// A resident's ticket, by its token.
    Ticket(&'a str),
    /// Token-less and limited per prefix.
    Anonymous,
    /// Pages, assets, device and staff routes (those carry their own token).
    Unlimited,
}

/// Whether requests to `path` (a concrete path or the OpenAPI document's
/// template of one) fall under a public limit and may be answered 429.
pub fn publicly_limited(path: &str) -> bool {
    classify(path) != Public::Unlimited
}

fn classify(path: &str) -> Public<'_> {
    for p in ["/t/", "/api/v1/public/tickets/", "/ws/ticket/"] {
        if let Some(token) = path.strip_prefix(p) {
            return Public::Ticket(token);
        }
    }
    let costly = path.starts_with("/api/v1/public/")
        || path == "/api/v1/login"
        || path.starts_with("/api/v1/invitations/")
        || (path.starts_with("/api/v1/offices/") && (path.ends_with("/forecast") || path.ends_with("/life-events")))
        || path.starts_with("/calendar/");
    if costly { Public::Anonymous } else { Public::Unlimited }
}

fn too_many() -> Response {
    let mut r = ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "too many requests from this address; wait a moment").into_response();
    r.headers_mut().insert(axum::http::header::RETRY_AFTER, axum::http::HeaderValue::from_static("2"));
    r
}

/// Decides the client's address (the [`ClientAddr`] extension) and applies
/// the public limits.
pub async fn limit_public(State(app): State<AppState>, mut request: Request, next: Next) -> Response {
    let peer = request.extensions().get::<ConnectInfo<SocketAddr>>().map(|c| c.0.ip());
    let client = peer.map(|p| app.trusted_proxies.client(p, request.headers()));
    if let Some(ip) = client {
        request.extensions_mut().insert(ClientAddr(ip));
        let allowed = match classify(request.uri().path()) {
            Public::Unlimited => true,
            Public::Ticket(token) => {
                // Only a ticket of today counts as a resident's: anything
                // else (a guess, a mistyped or an old link) is anonymous and
                // limited tightly, and answered without touching the writer.
                let live = valid_ticket_token(token) && {
                    let today = app.engine.today();
                    app.engine.ward().find_token(token, today).is_some()
                };
                if live {
                    app.limiter.tickets_per_prefix.allow(&prefix(ip)) && app.limiter.per_ticket.allow(&token.to_owned())
                } else {
                    app.limiter.anonymous.allow(&prefix(ip))
                }
            }
            Public::Anonymous => app.limiter.anonymous.allow(&prefix(ip)),
        };
        if !allowed {
            rate_limited();
            return too_many();
        }
    }
    next.run(request).await
}

/// Whether a string can be a ticket token at all (they are 32 URL-safe
/// base64 characters; old ones are never longer than 128).
pub fn valid_ticket_token(token: &str) -> bool {
    (16..=128).contains(&token.len()) && token.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ip(s: &str) -> IpAddr {
        s.parse().expect("ip")
    }

    #[test]
    fn a_burst_passes_and_a_flood_is_slowed() {
        let l = Buckets::new(ANONYMOUS_PER_PREFIX);
        let t0 = Instant::now();
        let passed = (0..200).filter(|_| l.allow_at(&ip("192.0.2.1"), t0)).count();
        assert_eq!(passed, 60);
        assert!(l.allow_at(&ip("198.51.100.2"), t0), "other prefixes are not affected");
        assert!(l.allow_at(&ip("192.0.2.1"), t0 + std::time::Duration::from_millis(100)), "refills at 10/s");
    }

    #[test]
    fn prefixes_are_slash_24_and_slash_64() {
        assert_eq!(prefix(ip("192.0.2.77")), ip("192.0.2.0"));
        assert_eq!(prefix(ip("::ffff:192.0.2.77")), ip("192.0.2.0"));
        assert_eq!(prefix(ip("2001:db8:1:2:aaaa:bbbb:cccc:dddd")), ip("2001:db8:1:2::"));
    }

    fn headers(pairs: &[(&str, &str)]) -> HeaderMap {
        let mut h = HeaderMap::new();
        for (k, v) in pairs {
            h.append(axum::http::HeaderName::from_bytes(k.as_bytes()).expect("name"), v.parse().expect("value"));
        }
        h
    }

    #[test]
    fn forwarding_headers_are_believed_only_from_trusted_proxies() {
        let trusted = TrustedProxies::parse(&["10.0.0.0/24", "::1"]).expect("parse");
        let forged = headers(&[("x-forwarded-for", "203.0.113.9")]);
        assert_eq!(trusted.client(ip("198.51.100.7"), &forged), ip("198.51.100.7"), "untrusted peer: headers ignored");
        assert_eq!(trusted.client(ip("10.0.0.5"), &forged), ip("203.0.113.9"));
        // The client put a fake hop on the left; our proxy appended the real one.
        let chain = headers(&[("x-forwarded-for", "1.2.3.4, 203.0.113.9, 10.0.0.6")]);
        assert_eq!(trusted.client(ip("10.0.0.5"), &chain), ip("203.0.113.9"));
        let fwd = headers(&[("forwarded", "for=1.2.3.4, for=\"[2001:db8::7]:4711\";proto=https")]);
        assert_eq!(trusted.client(ip("::1"), &fwd), ip("2001:db8::7"));
        assert_eq!(trusted.client(ip("10.0.0.5"), &headers(&[("forwarded", "for=unknown")])), ip("10.0.0.5"));
        assert_eq!(trusted.client(ip("10.0.0.5"), &HeaderMap::new()), ip("10.0.0.5"));
        assert!(TrustedProxies::parse(&["10.0.0.0/33"]).is_err());
        assert!(TrustedProxies::parse(&["proxy.local"]).is_err());
    }

    #[test]
    fn paths_are_classified() {
        assert_eq!(classify("/t/abc"), Public::Ticket("abc"));
        assert_eq!(classify("/ws/ticket/abc"), Public::Ticket("abc"));
        assert_eq!(classify("/api/v1/public/tickets/abc"), Public::Ticket("abc"));
        assert_eq!(classify("/api/v1/login"), Public::Anonymous);
        assert_eq!(classify("/api/v1/offices/orio/forecast"), Public::Anonymous);
        assert_eq!(classify("/calendar/orio/print.pdf"), Public::Anonymous);
        assert_eq!(classify("/api/v1/invitations/K7QM-2XPD-9TRA/accept"), Public::Anonymous, "codes cannot be guessed at speed");
        assert_eq!(classify("/api/v1/invitations"), Public::Unlimited, "handing out takes a token");
        assert_eq!(classify("/api/v1/offices/orio/tickets"), Public::Unlimited);
        assert_eq!(classify("/ui/shared/ws.js"), Public::Unlimited);
    }
}

/// Open websockets by key, so that one address or one token cannot hold
/// the server's sockets: a slot is taken before the upgrade and given back
/// when the session ends (its guard is dropped).
#[derive(Debug, Default)]
pub struct SocketCounts {
    open: Mutex<HashMap<SocketKey, usize>>,
}

/// What sockets are counted by.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum SocketKey {
    /// A resident's ticket token.
    Ticket(String),
    /// A device or staff token (its id).
    Token(i64),
    /// The client's address.
    Addr(IpAddr),
}

/// A resident's ticket: two tabs and a reconnect racing the old socket's
/// close, with room to spare.
pub const SOCKETS_PER_TICKET: usize = 4;
/// One device or sign-in token: a board, a desk, or an admin token someone
/// opened on a few screens.
pub const SOCKETS_PER_TOKEN: usize = 50;
/// One address: the office Wi-Fi's NAT with a thousand phones, each with a
/// socket and a spare, stays below it.
pub const SOCKETS_PER_ADDR: usize = 4_000;

/// A taken socket slot; dropping it gives the slot back.
#[derive(Debug)]
pub struct SocketSlot {
    counts: std::sync::Arc<SocketCounts>,
    keys: Vec<SocketKey>,
}

impl SocketCounts {
    /// Takes a slot under every key, or none when any is at its limit.
    pub fn take(self: &std::sync::Arc<Self>, keys: Vec<(SocketKey, usize)>) -> Option<SocketSlot> {
        let mut open = self.open.lock().unwrap_or_else(|p| p.into_inner());
        if keys.iter().any(|(k, max)| open.get(k).copied().unwrap_or(0) >= *max) {
            return None;
        }
        for (k, _) in &keys {
            *open.entry(k.clone()).or_default() += 1;
        }
        Some(SocketSlot { counts: self.clone(), keys: keys.into_iter().map(|(k, _)| k).collect() })
    }

    pub fn open(&self, key: &SocketKey) -> usize {
        self.open.lock().unwrap_or_else(|p| p.into_inner()).get(key).copied().unwrap_or(0)
    }
}

impl Drop for SocketSlot {
    fn drop(&mut self) {
        let mut open = self.counts.open.lock().unwrap_or_else(|p| p.into_inner());
        for k in &self.keys {
            if let Some(n) = open.get_mut(k) {
                *n = n.saturating_sub(1);
                if *n == 0 {
                    open.remove(k);
                }
            }
        }
    }
}

static RATE_LIMITED: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);

/// Counts a request refused with 429 (for `/metrics`).
pub fn rate_limited() {
    RATE_LIMITED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
}

pub fn rate_limited_total() -> u64 {
    RATE_LIMITED.load(std::sync::atomic::Ordering::Relaxed)
}

#[cfg(test)]
mod socket_tests {
    use super::*;

    #[test]
    fn slots_are_counted_under_every_key_and_given_back() {
        let counts = std::sync::Arc::new(SocketCounts::default());
        let t = || vec![(SocketKey::Ticket("abc".into()), 2), (SocketKey::Addr("192.0.2.1".parse().expect("ip")), 3)];
        let a = counts.take(t()).expect("first");
        let _b = counts.take(t()).expect("second");
        assert!(counts.take(t()).is_none(), "the ticket's limit");
        drop(a);
        let _c = counts.take(t()).expect("a slot came back");
        let other = counts.take(vec![(SocketKey::Ticket("def".into()), 2), (SocketKey::Addr("192.0.2.1".parse().expect("ip")), 3)]);
        assert!(other.is_some(), "third socket of the address");
        assert!(counts.take(vec![(SocketKey::Addr("192.0.2.1".parse().expect("ip")), 3)]).is_none(), "the address's limit");
    }
}
