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
