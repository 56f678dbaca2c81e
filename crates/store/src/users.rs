//! Staff accounts for the desk's sign-in. Passwords are stored only as
//! argon2id hashes (made by the server crate).

use crate::StoreError;
use rusqlite::{Connection, OptionalExtension, params};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct User {
    pub username: String,
    pub password_hash: String,
    pub role: String,
    pub office: Option<String>,
}

/// Creates or replaces an account (replacing resets the password).
pub fn upsert(conn: &Connection, user: &User, now_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO users (username, password_hash, role, office, created_at) VALUES (?1, ?2, ?3, ?4, ?5)
         ON CONFLICT(username) DO UPDATE SET password_hash = excluded.password_hash, role = excluded.role,
           office = excluded.office, disabled_at = NULL",
        params![user.username, user.password_hash, user.role, user.office, now_micros],
    )?;
    Ok(())
}

/// An enabled account by name.
pub fn find(conn: &Connection, username: &str) -> Result<Option<User>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT username, password_hash, role, office FROM users WHERE username = ?1 AND disabled_at IS NULL")?;
    Ok(stmt
        .query_row([username], |r| Ok(User { username: r.get(0)?, password_hash: r.get(1)?, role: r.get(2)?, office: r.get(3)? }))
        .optional()?)
}
