//! Bearer tokens, stored as SHA-256 hashes: a token is 256 random bits, so a
//! fast hash is enough and a stolen database reveals no usable token.

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension, params};

/// A stored token's grant.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Grant {
    pub id: i64,
    pub role: String,
    pub office: Option<String>,
    pub name: Option<String>,
    /// The organisation a member's token acts for.
    pub organisation: Option<String>,
    /// The section a staff token belongs to.
    pub section: Option<String>,
}

/// A token to store: everything but the token itself, of which only the
/// hash is kept.
#[derive(Debug, Clone, Copy, Default)]
pub struct NewToken<'a> {
    pub hash: &'a [u8],
    pub role: &'a str,
    pub office: Option<&'a str>,
    pub organisation: Option<&'a str>,
    pub section: Option<&'a str>,
    pub name: Option<&'a str>,
    pub created_at: i64,
    /// When it stops working (sign-in sessions); `None` for device tokens.
    pub expires_at: Option<i64>,
}

pub fn insert_new(conn: &Connection, t: &NewToken<'_>) -> Result<i64, StoreError> {
    conn.execute(
        "INSERT INTO tokens (hash, role, office, organisation, section, name, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![t.hash, t.role, t.office, t.organisation, t.section, t.name, t.created_at, t.expires_at],
    )?;
    Ok(conn.last_insert_rowid())
}

pub fn insert(conn: &Connection, hash: &[u8], role: &str, office: Option<&str>, name: Option<&str>, now_micros: i64) -> Result<i64, StoreError> {
    insert_expiring(conn, hash, role, office, name, now_micros, None)
}

/// A token that stops working at `expires_micros` (sign-in sessions).
pub fn insert_expiring(
    conn: &Connection,
    hash: &[u8],
    role: &str,
    office: Option<&str>,
    name: Option<&str>,
    now_micros: i64,
    expires_micros: Option<i64>,
) -> Result<i64, StoreError> {
    insert_new(conn, &NewToken { hash, role, office, name, created_at: now_micros, expires_at: expires_micros, ..Default::default() })
}

/// The grant of an unrevoked, unexpired token with this hash.
pub fn find(conn: &Connection, hash: &[u8], now_micros: i64) -> Result<Option<Grant>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, role, office, name, organisation, section FROM tokens
         WHERE hash = ?1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > ?2)",
    )?;
    Ok(stmt
        .query_row(params![hash, now_micros], |r| {
            Ok(Grant { id: r.get(0)?, role: r.get(1)?, office: r.get(2)?, name: r.get(3)?, organisation: r.get(4)?, section: r.get(5)? })
        })
        .optional()?)
}

pub fn count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM tokens WHERE revoked_at IS NULL", [], |r| r.get(0))?)
}

/// A stored token, for listing (never the token itself: only its hash is kept).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Listed {
    pub id: i64,
    pub role: String,
    pub office: Option<String>,
    pub organisation: Option<String>,
    pub section: Option<String>,
    pub name: Option<String>,
    pub created_at: i64,
    pub expires_at: Option<i64>,
    pub revoked_at: Option<i64>,
}

pub fn list(conn: &Connection) -> Result<Vec<Listed>, StoreError> {
    let mut stmt = conn.prepare("SELECT id, role, office, name, created_at, expires_at, revoked_at, organisation, section FROM tokens ORDER BY id")?;
    let rows = stmt.query_map([], |r| {
        Ok(Listed {
            id: r.get(0)?,
            role: r.get(1)?,
            office: r.get(2)?,
            name: r.get(3)?,
            created_at: r.get(4)?,
            expires_at: r.get(5)?,
            revoked_at: r.get(6)?,
            organisation: r.get(7)?,
            section: r.get(8)?,
        })
    })?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from)
}

/// Tokens revoked after `since_micros`, with when: `(id, revoked_at)`.
pub fn revoked_since(conn: &Connection, since_micros: i64) -> Result<Vec<(i64, i64)>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id, revoked_at FROM tokens WHERE revoked_at > ?1 ORDER BY revoked_at")?;
    let rows = stmt.query_map(params![since_micros], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from)
}

/// Revokes a sign-in session's token (one with an expiry, as `login` gives);
/// false for a device token or one already revoked.
pub fn revoke_session(conn: &Connection, id: i64, now_micros: i64) -> Result<bool, StoreError> {
    Ok(conn.execute("UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL AND expires_at IS NOT NULL", params![id, now_micros])? == 1)
}

/// Revokes a token by id; false when there is no such unrevoked token.
pub fn revoke(conn: &Connection, id: i64, now_micros: i64) -> Result<bool, StoreError> {
    Ok(conn.execute("UPDATE tokens SET revoked_at = ?2 WHERE id = ?1 AND revoked_at IS NULL", params![id, now_micros])? == 1)
}
