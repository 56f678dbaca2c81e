//! Bearer tokens and roles.
//!
//! A token is `mdg_` followed by 256 random bits in base64url. Only its
//! SHA-256 is stored. Each request's token is looked up by hash (a short
//! positive cache spares the database); a token created by the command line
//! while the server runs is honoured at once because a cache miss always
//! asks the database.

use crate::Platform;
use crate::error::ApiError;
use axum::extract::{FromRef, FromRequestParts};
use axum::http::request::Parts;
use base64::Engine as _;
use rand::RngCore;
use sha2::{Digest, Sha256};
use std::collections::HashMap;
use std::sync::Mutex;
use std::time::{Duration, Instant};

/// What a token may do.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Role {
    /// Everything, at every office.
    Admin,
    /// Call and handle tickets at an office (and issue them).
    Staff,
    /// Issue tickets at an office.
    Kiosk,
    /// Read an office's live feed.
    Display,
    /// The moderation queue of every module: approve, hide, reject.
    Moderator,
    /// Acts for one organisation (a shop, facility, company, school,
    /// citizen centre, section or group) on the modules' pages.
    Member,
}

impl Role {
    /// Every role, in the order help texts list them.
    pub const ALL: [Role; 6] = [Role::Admin, Role::Staff, Role::Kiosk, Role::Display, Role::Moderator, Role::Member];

    pub fn parse(s: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Staff => "staff",
            Role::Kiosk => "kiosk",
            Role::Display => "display",
            Role::Moderator => "moderator",
            Role::Member => "member",
        }
    }

    /// "admin, staff, kiosk, display, moderator, member".
    pub fn names() -> String {
        Role::ALL.map(Role::as_str).join(", ")
    }
}

/// Who is calling, from a valid token.
#[derive(Debug, Clone)]
pub struct Principal {
    pub token_id: i64,
    pub role: Role,
    /// The office the token is bound to; `None` means every office.
    pub office: Option<String>,
    pub name: Option<String>,
    /// The organisation a member acts for (members only).
    pub organisation: Option<String>,
    /// The section a staff member works in, where known.
    pub section: Option<String>,
    /// The citizen-centre district a member's organisation serves (a
    /// centre, a school, a neighbourhood group), from the organisation.
    pub district: Option<String>,
}

/// What an action is about, for [`Principal::may`]: modules name the scope
/// of each action, and one rule decides who may act within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope<'a> {
    /// Anything of the ward as a whole.
    Ward,
    /// One office (its queues, boards and devices).
    Office(&'a str),
    /// One organisation's own things (a shop's stamp point, a company's needs).
    Organisation(&'a str),
    /// One citizen-centre district (its helpers' needs, its voices).
    District(&'a str),
}

impl Principal {
    /// Refuses (403) unless the role is one of `roles` and the token may act
    /// at `office`. Admins may do everything.
    pub fn require(&self, roles: &[Role], office: Option<&str>) -> Result<(), ApiError> {
        if self.role == Role::Admin {
            return Ok(());
        }
        if !roles.contains(&self.role) {
            return Err(ApiError::forbidden(format!("a {} token may not do this", self.role.as_str())));
        }
        if let (Some(mine), Some(wanted)) = (&self.office, office)
            && mine != wanted
        {
            return Err(ApiError::forbidden(format!("this token belongs to office {mine}, not {wanted}")));
        }
        Ok(())
    }

    /// Refuses (403) unless the caller acts for `organisation`: a member of
    /// it, or an admin.
    pub fn require_member_of(&self, organisation: &str) -> Result<(), ApiError> {
        match (self.role, self.organisation.as_deref()) {
            (Role::Admin, _) => Ok(()),
            (Role::Member, Some(mine)) if mine == organisation => Ok(()),
            (Role::Member, _) => Err(ApiError::forbidden("this token acts for another organisation")),
            (other, _) => Err(ApiError::forbidden(format!("a {} token does not act for an organisation", other.as_str()))),
        }
    }

    /// Refuses (403) unless the role is one of `roles` and the caller may
    /// act within `scope`. Admins may do everything. Staff and moderators
    /// are the ward: any organisation or district, but only their own
    /// office when their token is bound to one. Members act for their own
    /// organisation, and within their organisation's district. Kiosks and
    /// displays are devices of an office.
    pub fn may(&self, roles: &[Role], scope: Scope<'_>) -> Result<(), ApiError> {
        if self.role == Role::Admin {
            return Ok(());
        }
        if !roles.contains(&self.role) {
            return Err(ApiError::forbidden(format!("a {} token may not do this", self.role.as_str())));
        }
        match (self.role, scope) {
            (_, Scope::Ward) => Ok(()),
            (_, Scope::Office(office)) => self.require(roles, Some(office)),
            (Role::Member, Scope::Organisation(org)) => self.require_member_of(org),
            (Role::Member, Scope::District(district)) => match self.district.as_deref() {
                Some(mine) if mine == district => Ok(()),
                Some(mine) => Err(ApiError::forbidden(format!("this token acts in district {mine}, not {district}"))),
                None => Err(ApiError::forbidden("this token's organisation serves no district")),
            },
            (Role::Staff | Role::Moderator, Scope::Organisation(_) | Scope::District(_)) => Ok(()),
            (other, _) => Err(ApiError::forbidden(format!("a {} token does not act for an organisation or a district", other.as_str()))),
        }
    }

    /// How the event log names who acted.
    pub fn actor(&self) -> String {
        match &self.name {
            Some(n) => format!("{}:{}#{}", self.role.as_str(), n, self.token_id),
            None => format!("{}#{}", self.role.as_str(), self.token_id),
        }
    }
}

/// Makes a new random token.
pub fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rng().fill_bytes(&mut bytes);
    format!("mdg_{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

pub fn hash(token: &str) -> [u8; 32] {
    Sha256::digest(token.as_bytes()).into()
}

/// Recently seen valid tokens, so that every request does not hit SQLite.
///
/// A token revoked through the server (signing out) is dropped from the
/// cache at once; one revoked by `madoguchi token revoke` in another process
/// is noticed by [`watch_revocations`] within a second. Either way every
/// websocket of that token is told on [`TokenCache::revocations`] and
/// closes.
#[derive(Debug)]
pub struct TokenCache {
    entries: Mutex<HashMap<[u8; 32], (Principal, Instant)>>,
    revoked: tokio::sync::broadcast::Sender<i64>,
}

impl Default for TokenCache {
    fn default() -> Self {
        TokenCache { entries: Mutex::default(), revoked: tokio::sync::broadcast::channel(256).0 }
    }
}

const CACHE_TTL: Duration = Duration::from_secs(5);

impl TokenCache {
    fn get(&self, h: &[u8; 32]) -> Option<Principal> {
        let entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        entries.get(h).filter(|(_, at)| at.elapsed() < CACHE_TTL).map(|(p, _)| p.clone())
    }

    /// Token ids revoked from now on, for sessions that must end with them.
    pub fn revocations(&self) -> tokio::sync::broadcast::Receiver<i64> {
        self.revoked.subscribe()
    }

    /// Forgets a revoked token and tells its open sessions.
    pub fn revoke(&self, token_id: i64) {
        self.entries.lock().unwrap_or_else(|p| p.into_inner()).retain(|_, (p, _)| p.token_id != token_id);
        let _ = self.revoked.send(token_id);
    }

    fn put(&self, h: [u8; 32], p: Principal) {
        let mut entries = self.entries.lock().unwrap_or_else(|p| p.into_inner());
        if entries.len() > 10_000 {
            entries.retain(|_, (_, at)| at.elapsed() < CACHE_TTL);
        }
        entries.insert(h, (p, Instant::now()));
    }
}

/// Follows revocations made outside the server (`madoguchi token revoke`
/// writes the database from its own process): once a second, tokens
/// revoked since the last look are dropped from the cache and their
/// websockets closed. Ends when `stopping` turns true.
pub async fn watch_revocations(platform: Platform, mut stopping: tokio::sync::watch::Receiver<bool>) {
    let mut every = tokio::time::interval(Duration::from_secs(1));
    every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
    // The command line stamps revocations with the machine's clock.
    let mut since = jiff::Timestamp::now().as_microsecond() - 1;
    loop {
        tokio::select! {
            _ = every.tick() => {}
            _ = stopping.wait_for(|s| *s) => break,
        }
        let from = since;
        match platform.storage.read(move |c| store::tokens::revoked_since(c, from)).await {
            Ok(revoked) => {
                for (id, at) in revoked {
                    since = since.max(at);
                    platform.tokens.revoke(id);
                }
            }
            Err(e) => tracing::debug!(error = %e, "cannot read revocations"),
        }
    }
}

/// Checks a presented token.
pub async fn authenticate(platform: &Platform, token: &str) -> Result<Principal, ApiError> {
    let h = hash(token);
    if let Some(p) = platform.tokens.get(&h) {
        return Ok(p);
    }
    let now = platform.clock.now().as_microsecond();
    let grant = platform.storage.read(move |c| store::tokens::find(c, &h, now)).await?;
    let Some(g) = grant else { return Err(ApiError::unauthorized("the token is not valid")) };
    let role = Role::parse(&g.role).ok_or_else(|| ApiError::unauthorized("the token has an unknown role"))?;
    // A member acts in the district of the organisation it acts for.
    let district = match g.organisation.clone() {
        Some(org) => platform.storage.read(move |c| crate::accounts::find_org(c, &org)).await?.and_then(|o| o.district),
        None => None,
    };
    let p = Principal { token_id: g.id, role, office: g.office, name: g.name, organisation: g.organisation, section: g.section, district };
    platform.tokens.put(h, p.clone());
    Ok(p)
}

/// The bearer token of a request: the `Authorization` header, or the
/// `access_token` query parameter, which browsers need where they cannot set
/// a header (opening a websocket, a PDF in a frame for printing).
///
/// The query form is taken only for reads (GET, HEAD, websocket upgrades):
/// a token in a URL can end up in a proxy log or a browser's history, and
/// such a URL must never be able to change anything.
pub fn presented_token(parts: &Parts) -> Result<Option<String>, ApiError> {
    if let Some(v) = parts.headers.get(axum::http::header::AUTHORIZATION) {
        let Ok(v) = v.to_str() else { return Ok(None) };
        let Some((scheme, token)) = v.trim().split_once(' ') else { return Ok(None) };
        return Ok(scheme.eq_ignore_ascii_case("bearer").then(|| token.trim().to_owned()));
    }
    let Some(query) = parts.uri.query() else { return Ok(None) };
    let Some(token) = query.split('&').find_map(|kv| kv.strip_prefix("access_token=")) else { return Ok(None) };
    if !matches!(parts.method, axum::http::Method::GET | axum::http::Method::HEAD) {
        return Err(ApiError::unauthorized("?access_token is accepted only for reading (GET) and websockets; send an Authorization: Bearer header"));
    }
    Ok(Some(token.to_owned()))
}

/// Any router whose state holds the [`Platform`] (the server's, a module's)
/// takes a `Principal` argument: a request without a valid token is 401.
impl<S> FromRequestParts<S> for Principal
where
    S: Send + Sync,
    Platform: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, ApiError> {
        let state = Platform::from_ref(state);
        let token = presented_token(parts)?.ok_or_else(|| ApiError::unauthorized("an Authorization: Bearer token is required"))?;
        if token.is_empty() || token.len() > 256 {
            return Err(ApiError::unauthorized("the token is not valid"));
        }
        authenticate(&state, &token).await
    }
}

/// For a public route that shows more to the signed-in: no token, or one
/// that is not valid (expired, revoked), is `None` — a public route never
/// refuses a caller for a bad token, as everywhere on this server.
impl<S> axum::extract::OptionalFromRequestParts<S> for Principal
where
    S: Send + Sync,
    Platform: FromRef<S>,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Option<Self>, ApiError> {
        Ok(<Principal as FromRequestParts<S>>::from_request_parts(parts, state).await.ok())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_distinct() {
        let a = new_token();
        let b = new_token();
        assert_ne!(a, b);
        assert!(a.starts_with("mdg_") && a.len() == 4 + 43, "{a}");
    }

    #[test]
    fn offices_and_roles_are_enforced() {
        let staff = Principal { token_id: 1, role: Role::Staff, office: Some("orio".into()), name: None, organisation: None, section: None, district: None };
        assert!(staff.require(&[Role::Staff], Some("orio")).is_ok());
        assert_eq!(staff.require(&[Role::Staff], Some("kojaku")).map_err(|e| e.code), Err("forbidden"));
        assert_eq!(staff.require(&[Role::Kiosk], Some("orio")).map_err(|e| e.code), Err("forbidden"));
        let admin = Principal { token_id: 2, role: Role::Admin, office: None, name: None, organisation: None, section: None, district: None };
        assert!(admin.require(&[Role::Kiosk], Some("orio")).is_ok());
        // Moderators and members do nothing of the queue's.
        for role in [Role::Moderator, Role::Member] {
            let p = Principal { token_id: 3, role, office: None, name: None, organisation: Some("o1".into()), section: None, district: None };
            assert_eq!(p.require(&[Role::Staff, Role::Kiosk, Role::Display], Some("orio")).map_err(|e| e.code), Err("forbidden"));
        }
    }

    #[test]
    fn members_act_for_their_own_organisation_only() {
        let member = |org: Option<&str>| Principal { token_id: 1, role: Role::Member, office: None, name: None, organisation: org.map(Into::into), section: None, district: None };
        assert!(member(Some("shop-1")).require_member_of("shop-1").is_ok());
        assert_eq!(member(Some("shop-1")).require_member_of("shop-2").map_err(|e| e.code), Err("forbidden"));
        assert_eq!(member(None).require_member_of("shop-1").map_err(|e| e.code), Err("forbidden"));
        let staff = Principal { token_id: 2, role: Role::Staff, office: None, name: None, organisation: Some("shop-1".into()), section: None, district: None };
        assert_eq!(staff.require_member_of("shop-1").map_err(|e| e.code), Err("forbidden"));
        let admin = Principal { token_id: 3, role: Role::Admin, office: None, name: None, organisation: None, section: None, district: None };
        assert!(admin.require_member_of("shop-1").is_ok());
    }

    #[test]
    fn grants_follow_the_scope_of_the_action() {
        let who = |role: Role, office: Option<&str>, org: Option<&str>, district: Option<&str>| Principal {
            token_id: 1,
            role,
            office: office.map(Into::into),
            name: None,
            organisation: org.map(Into::into),
            section: None,
            district: district.map(Into::into),
        };
        let err = |r: Result<(), ApiError>| r.map_err(|e| e.code);
        let centre = who(Role::Member, None, Some("o-kurosaki-centre"), Some("kurosaki"));
        let helpers = [Role::Member, Role::Staff];
        // A centre's member acts within its own district only.
        assert!(centre.may(&helpers, Scope::District("kurosaki")).is_ok());
        assert_eq!(err(centre.may(&helpers, Scope::District("aoyama"))), Err("forbidden"));
        assert!(centre.may(&helpers, Scope::Organisation("o-kurosaki-centre")).is_ok());
        assert_eq!(err(centre.may(&helpers, Scope::Organisation("o-other"))), Err("forbidden"));
        // …and not at all where the action is not a member's.
        assert_eq!(err(centre.may(&[Role::Staff], Scope::District("kurosaki"))), Err("forbidden"));
        // A member whose organisation has no district has no district.
        let shop = who(Role::Member, None, Some("o-shop"), None);
        assert_eq!(err(shop.may(&helpers, Scope::District("kurosaki"))), Err("forbidden"));
        // Ward staff act in any district, but only at their own office.
        let staff = who(Role::Staff, Some("orio"), None, None);
        assert!(staff.may(&helpers, Scope::District("aoyama")).is_ok());
        assert!(staff.may(&helpers, Scope::Office("orio")).is_ok());
        assert_eq!(err(staff.may(&helpers, Scope::Office("yahatanishi"))), Err("forbidden"));
        // Devices never act for organisations or districts.
        let kiosk = who(Role::Kiosk, Some("orio"), None, None);
        assert_eq!(err(kiosk.may(&[Role::Kiosk], Scope::District("aoyama"))), Err("forbidden"));
        assert!(kiosk.may(&[Role::Kiosk], Scope::Ward).is_ok());
        // Admins may everything.
        assert!(who(Role::Admin, None, None, None).may(&[], Scope::District("aoyama")).is_ok());
    }

    #[test]
    fn roles_read_back_as_written() {
        for r in Role::ALL {
            assert_eq!(Role::parse(r.as_str()), Some(r));
        }
        assert_eq!(Role::parse("root"), None);
    }
}
