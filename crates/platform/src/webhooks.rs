//! Outgoing webhooks: who wants which events, how a delivery is signed, and
//! the log of deliveries. Signage, a LINE bot or a BI system follows the
//! counters and the boards without polling; each POST carries
//! `X-Madoguchi-Signature: sha256=HEX`, the HMAC-SHA256 of the body with
//! the webhook's secret, so the receiver knows it came from here.

use hmac::{Hmac, Mac};
use serde::Serialize;
use sha2::Sha256;
use store::StoreError;
use store::rusqlite::{Connection, OptionalExtension, params};

/// The header that carries the signature.
pub const SIGNATURE_HEADER: &str = "x-madoguchi-signature";
/// Shortest secret accepted.
pub const MIN_SECRET: usize = 16;

/// `sha256=` and the hex HMAC-SHA256 of `body` under `secret`.
pub fn signature(secret: &str, body: &[u8]) -> String {
    // HMAC takes a key of any length.
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(body);
    let bytes = mac.finalize().into_bytes();
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("sha256={hex}")
}

/// Whether `header` is the right signature of `body` (constant time).
pub fn verify(secret: &str, body: &[u8], header: &str) -> bool {
    let Some(hex) = header.strip_prefix("sha256=") else { return false };
    let Some(given) = (0..hex.len()).step_by(2).map(|i| hex.get(i..i + 2).and_then(|h| u8::from_str_radix(h, 16).ok())).collect::<Option<Vec<u8>>>() else {
        return false;
    };
    let mut mac = Hmac::<Sha256>::new_from_slice(secret.as_bytes()).expect("HMAC takes any key length");
    mac.update(body);
    mac.verify_slice(&given).is_ok()
}

/// A webhook as admins see it (never its secret).
#[derive(Debug, Clone, Serialize, utoipa::ToSchema, PartialEq)]
pub struct Webhook {
    pub id: String,
    pub url: String,
    /// Event types it receives (`ticket.called`, `queue.reception`,
    /// `alert.issued`, …), or `["*"]` for all.
    pub events: Vec<String>,
    pub created_by: String,
    /// RFC 3339.
    pub created_at: String,
}

/// A webhook with its secret, for the dispatcher.
#[derive(Debug, Clone)]
pub struct Target {
    pub hook: Webhook,
    pub secret: String,
}

impl Target {
    pub fn wants(&self, event_type: &str) -> bool {
        self.hook.events.iter().any(|e| e == "*" || e == event_type)
    }
}

/// Why a webhook is refused.
pub fn check(url: &str, events: &[String], secret: &str) -> Result<(), String> {
    let rest = url.strip_prefix("http://").ok_or("the url must start with http:// (an https receiver is reached through the office's TLS relay; see docs/operations.md)")?;
    if rest.is_empty() || url.len() > 500 || url.chars().any(char::is_control) || url.contains(char::is_whitespace) {
        return Err("the url is not a valid address".into());
    }
    if events.is_empty() || events.len() > 50 || events.iter().any(|e| e.is_empty() || e.len() > 64 || !e.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_' || c == '*')) {
        return Err("events is a list of event types such as \"ticket.called\", or [\"*\"]".into());
    }
    if secret.chars().count() < MIN_SECRET || secret.len() > 256 {
        return Err(format!("the secret must be {MIN_SECRET} to 256 characters"));
    }
    Ok(())
}

fn rfc3339(micros: i64) -> String {
    jiff::Timestamp::from_microsecond(micros).map(|t| t.to_string()).unwrap_or_default()
}

pub fn insert(conn: &Connection, id: &str, url: &str, events: &[String], secret: &str, by: &str, now_micros: i64) -> Result<(), StoreError> {
    let events = serde_json::to_string(events).map_err(|e| StoreError::Malformed(e.to_string()))?;
    conn.execute(
        "INSERT INTO platform_webhooks (id, url, events, secret, created_by, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![id, url, events, secret, by, now_micros],
    )?;
    Ok(())
}

/// Marks a webhook deleted (its log stays); false when there was none.
pub fn delete(conn: &Connection, id: &str, now_micros: i64) -> Result<bool, StoreError> {
    Ok(conn.execute("UPDATE platform_webhooks SET deleted_at = ?2 WHERE id = ?1 AND deleted_at IS NULL", params![id, now_micros])? == 1)
}

/// Every webhook not deleted, with its secret.
pub fn targets(conn: &Connection) -> Result<Vec<Target>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id, url, events, secret, created_by, created_at FROM platform_webhooks WHERE deleted_at IS NULL ORDER BY created_at, id")?;
    let rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, String>(2)?, r.get::<_, String>(3)?, r.get::<_, String>(4)?, r.get::<_, i64>(5)?))
    })?;
    let mut out = Vec::new();
    for row in rows {
        let (id, url, events, secret, created_by, created_at) = row?;
        let events: Vec<String> = serde_json::from_str(&events).map_err(|e| StoreError::Malformed(e.to_string()))?;
        out.push(Target { hook: Webhook { id, url, events, created_by, created_at: rfc3339(created_at) }, secret });
    }
    Ok(out)
}

/// One delivery, finished: delivered, or dead after its last attempt.
#[derive(Debug, Clone, Serialize, utoipa::ToSchema, PartialEq)]
pub struct Delivery {
    pub id: i64,
    pub webhook: String,
    pub event_type: String,
    /// `delivered` or `dead`.
    pub status: String,
    pub attempts: u32,
    /// The receiver's last HTTP status, if it answered.
    pub last_status: Option<u16>,
    pub last_error: Option<String>,
    pub created_at: String,
    pub finished_at: String,
}

pub struct Finished<'a> {
    pub webhook: &'a str,
    pub event_type: &'a str,
    pub body: &'a str,
    pub delivered: bool,
    pub attempts: u32,
    pub last_status: Option<u16>,
    pub last_error: Option<&'a str>,
    pub created_micros: i64,
    pub finished_micros: i64,
}

pub fn record(conn: &Connection, d: &Finished<'_>) -> Result<i64, StoreError> {
    conn.execute(
        "INSERT INTO platform_webhook_deliveries (webhook, event_type, body, status, attempts, last_status, last_error, created_at, finished_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
        params![d.webhook, d.event_type, d.body, if d.delivered { "delivered" } else { "dead" }, d.attempts, d.last_status, d.last_error, d.created_micros, d.finished_micros],
    )?;
    Ok(conn.last_insert_rowid())
}

/// A webhook's latest deliveries (newest first), of one status or all.
pub fn deliveries(conn: &Connection, webhook: &str, status: Option<&str>, limit: usize) -> Result<Vec<Delivery>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, webhook, event_type, status, attempts, last_status, last_error, created_at, finished_at FROM platform_webhook_deliveries
         WHERE webhook = ?1 AND (?2 IS NULL OR status = ?2) ORDER BY id DESC LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![webhook, status, limit as i64], |r| {
        Ok(Delivery {
            id: r.get(0)?,
            webhook: r.get(1)?,
            event_type: r.get(2)?,
            status: r.get(3)?,
            attempts: r.get(4)?,
            last_status: r.get(5)?,
            last_error: r.get(6)?,
            created_at: rfc3339(r.get(7)?),
            finished_at: rfc3339(r.get(8)?),
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// A dead letter's webhook, type and body, to send again.
pub fn dead_letter(conn: &Connection, id: i64) -> Result<Option<(String, String, String)>, StoreError> {
    Ok(conn
        .query_row("SELECT webhook, event_type, body FROM platform_webhook_deliveries WHERE id = ?1 AND status = 'dead'", [id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .optional()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signature_is_the_hmac_sha256_of_the_body() {
        // RFC 4231 test case 2.
        let sig = signature("Jefe", b"what do ya want for nothing?");
        assert_eq!(sig, "sha256=5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
        assert!(verify("Jefe", b"what do ya want for nothing?", &sig));
        assert!(!verify("Jefe", b"what do ya want for nothing!", &sig));
        assert!(!verify("jefe", b"what do ya want for nothing?", &sig));
        assert!(!verify("Jefe", b"x", "sha1=00"));
        assert!(!verify("Jefe", b"x", "sha256=zz"));
    }

    #[test]
    fn webhooks_are_checked() {
        let ev = |v: &[&str]| v.iter().map(|s| (*s).to_owned()).collect::<Vec<_>>();
        assert!(check("http://signage.local:8080/hook", &ev(&["ticket.called"]), "a-long-enough-secret").is_ok());
        assert!(check("https://x.example/hook", &ev(&["*"]), "a-long-enough-secret").unwrap_err().contains("relay"));
        assert!(check("ftp://x", &ev(&["*"]), "a-long-enough-secret").is_err());
        assert!(check("http://x/a b", &ev(&["*"]), "a-long-enough-secret").is_err());
        assert!(check("http://x/", &ev(&[]), "a-long-enough-secret").is_err());
        assert!(check("http://x/", &ev(&["Ticket Called"]), "a-long-enough-secret").is_err());
        assert!(check("http://x/", &ev(&["*"]), "short").is_err());
        let t = Target { hook: Webhook { id: "w".into(), url: "http://x/".into(), events: ev(&["ticket.called", "queue.reception"]), created_by: "a".into(), created_at: String::new() }, secret: String::new() };
        assert!(t.wants("ticket.called") && t.wants("queue.reception") && !t.wants("ticket.issued"));
    }
}
