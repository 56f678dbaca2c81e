//! The platform's audit trail: who did what to which item of which module,
//! and why. (The counters keep theirs in the office's event log.)

use serde::Serialize;
use store::StoreError;
use store::rusqlite::{Connection, params};

/// An entry to record.
#[derive(Debug, Clone, Copy)]
pub struct Entry<'a> {
    pub at: i64,
    /// `role:name#token`.
    pub actor: &'a str,
    /// `platform` or the module's id.
    pub module: &'a str,
    /// Dotted: `moderation.hide`, `invitation.create`, …
    pub action: &'a str,
    /// What it acted on, as a person reads it.
    pub subject: &'a str,
    pub reason: Option<&'a str>,
}

/// Records an entry, in the caller's transaction.
pub fn record(conn: &Connection, e: &Entry<'_>) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO platform_audit (at, actor, module, action, subject, reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![e.at, e.actor, e.module, e.action, e.subject, e.reason],
    )?;
    Ok(())
}

/// A recorded entry.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Recorded {
    pub id: i64,
    /// RFC 3339.
    pub at: String,
    pub actor: String,
    pub module: String,
    pub action: String,
    pub subject: String,
    pub reason: Option<String>,
}

/// Entries from `since` (microseconds), oldest first.
pub fn list(conn: &Connection, since_micros: i64, limit: u32, offset: u32) -> Result<Vec<Recorded>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at, actor, module, action, subject, reason FROM platform_audit WHERE at >= ?1 ORDER BY at, id LIMIT ?2 OFFSET ?3",
    )?;
    let rows = stmt.query_map(params![since_micros, limit, offset], |r| {
        let at: i64 = r.get(1)?;
        Ok(Recorded {
            id: r.get(0)?,
            at: jiff::Timestamp::from_microsecond(at).map(|t| t.to_string()).unwrap_or_default(),
            actor: r.get(2)?,
            module: r.get(3)?,
            action: r.get(4)?,
            subject: r.get(5)?,
            reason: r.get(6)?,
        })
    })?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Takes a deleted account's name out of the trail: the entries stay (what
/// was done, when), their actor becomes `role:(deleted account)`.
pub fn forget_actor(conn: &Connection, role: &str, name: &str) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "UPDATE platform_audit SET actor = ?1 || ':(deleted account)' WHERE actor = ?1 || ':' || ?2 OR actor LIKE ?1 || ':' || ?2 || '#%'",
        params![role, name],
    )?)
}
