//! Accounts for signing in: staff at the desk, members of organisations on
//! the modules' pages. Passwords are stored only as argon2id hashes (made by
//! the server crate).

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct User {
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub office: Option<String>,
    /// The organisation a member acts for.
    pub organisation: Option<String>,
    /// The section a staff member works in.
    pub section: Option<String>,
    /// The user name of the staff member's supervisor.
    pub supervisor: Option<String>,
    /// How the person is named on pages (the user name when absent).
    pub display_name: Option<String>,
}

const COLUMNS: &str = "username, password_hash, role, office, organisation, section, supervisor, display_name";

fn row(r: &rusqlite::Row<'_>) -> rusqlite::Result<User> {
    Ok(User {
        username: r.get(0)?,
        password_hash: r.get(1)?,
        role: r.get(2)?,
        office: r.get(3)?,
        organisation: r.get(4)?,
        section: r.get(5)?,
        supervisor: r.get(6)?,
        display_name: r.get(7)?,
    })
}

/// Creates or replaces an account (replacing resets the password).
pub fn upsert(conn: &Connection, user: &User, now_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO users (username, password_hash, role, office, organisation, section, supervisor, display_name, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
         ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
           office = excluded.office, organisation = excluded.organisation, section = excluded.section,
           supervisor = excluded.supervisor, display_name = excluded.display_name, disabled_at = NULL",
        params![user.username, user.password_hash, user.role, user.office, user.organisation, user.section, user.supervisor, user.display_name, now_micros],
    )?;
    Ok(())
}

/// Creates an account; `false` when the name is taken (by any account,
/// disabled ones included: a name is never handed to somebody else).
pub fn insert_new(conn: &Connection, user: &User, now_micros: i64) -> Result<bool, StoreError> {
    let n = conn.execute(
        "INSERT INTO users (username, password_hash, role, office, organisation, section, supervisor, display_name, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9) ON CONFLICT(username) DO NOTHING",
        params![user.username, user.password_hash, user.role, user.office, user.organisation, user.section, user.supervisor, user.display_name, now_micros],
    )?;
    Ok(n == 1)
}

/// An enabled account by name.
pub fn find(conn: &Connection, username: &str) -> Result<Option<User>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM users WHERE username = ?1 AND disabled_at IS NULL"))?;
    Ok(stmt.query_row([username], row).optional()?)
}

/// An account's own record, for its holder's export: what is kept about
/// them (never the password hash).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Record {
    pub username: String,
    pub role: String,
    pub office: Option<String>,
    pub organisation: Option<String>,
    pub section: Option<String>,
    pub supervisor: Option<String>,
    pub display_name: Option<String>,
    /// Microseconds since the epoch.
    pub created_at: i64,
}

pub fn record(conn: &Connection, username: &str) -> Result<Option<Record>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT username, role, office, organisation, section, supervisor, display_name, created_at FROM users WHERE username = ?1 AND disabled_at IS NULL",
    )?;
    Ok(stmt
        .query_row([username], |r| {
            Ok(Record {
                username: r.get(0)?,
                role: r.get(1)?,
                office: r.get(2)?,
                organisation: r.get(3)?,
                section: r.get(4)?,
                supervisor: r.get(5)?,
                display_name: r.get(6)?,
                created_at: r.get(7)?,
            })
        })
        .optional()?)
}

/// Deletes an account at its holder's request: everything about the person
/// goes (password hash, display name, office, organisation, section,
/// supervisor); the bare name stays disabled as a tombstone, so that nobody
/// else is ever handed it (and with it what was recorded under it); nobody
/// keeps it as their supervisor; its sign-in sessions end. Returns the ids
/// of the sessions revoked (their sockets are closed by the caller).
pub fn delete(conn: &Connection, username: &str, now_micros: i64) -> Result<Vec<i64>, StoreError> {
    conn.execute(
        "UPDATE users SET password_hash = '', display_name = NULL, office = NULL, organisation = NULL, section = NULL,
           supervisor = NULL, disabled_at = ?2 WHERE username = ?1",
        params![username, now_micros],
    )?;
    conn.execute("UPDATE users SET supervisor = NULL WHERE supervisor = ?1", [username])?;
    let mut stmt = conn.prepare("SELECT id FROM tokens WHERE name = ?1 AND expires_at IS NOT NULL AND revoked_at IS NULL")?;
    let ids: Vec<i64> = stmt.query_map([username], |r| r.get(0))?.collect::<Result<_, _>>()?;
    conn.execute("UPDATE tokens SET revoked_at = ?2 WHERE name = ?1 AND expires_at IS NOT NULL AND revoked_at IS NULL", params![username, now_micros])?;
    Ok(ids)
}

/// Whether token `id` is a sign-in session (not a device token).
pub fn is_session(conn: &Connection, token_id: i64) -> Result<bool, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM tokens WHERE id = ?1 AND expires_at IS NOT NULL", [token_id], |r| r.get::<_, i64>(0))? > 0)
}
