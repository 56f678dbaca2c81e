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
    forget_in(conn, "platform_audit", "actor", role, name)
}

/// Replaces `role:name` and `role:name#ID` (exactly: no pattern, any
/// character of the name taken as itself, case as written) in `column` of
/// `table` with `role:(deleted account)`. The names are this crate's own
/// constants, never input.
pub(crate) fn forget_in(conn: &Connection, table: &str, column: &str, role: &str, name: &str) -> Result<usize, StoreError> {
    let sql = format!(
        "UPDATE {table} SET {column} = ?1 || ':(deleted account)'
         WHERE {column} = ?1 || ':' || ?2
            OR (substr({column}, 1, length(?1 || ':' || ?2 || '#')) = ?1 || ':' || ?2 || '#'
                AND length({column}) > length(?1 || ':' || ?2 || '#')
                AND substr({column}, length(?1 || ':' || ?2 || '#') + 1) NOT GLOB '*[^0-9]*')"
    );
    Ok(conn.execute(&sql, params![role, name])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn forgetting_a_name_touches_that_name_only() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = store::Db::open_with(dir.path(), &[crate::schema()]).expect("open");
        let conn = db.connect(false).expect("connect");
        for actor in ["member:%#1", "member:m_1#2", "member:mx1#3", "member:M_1#4", "member:m_1#x#5", "member:m_1", "member:sato#6", "staff:m_1#7"] {
            record(&conn, &Entry { at: 1, actor, module: "platform", action: "a", subject: "s", reason: None }).expect("record");
        }
        assert_eq!(forget_actor(&conn, "member", "%").expect("forget"), 1, "a % is a percent sign, not a pattern");
        assert_eq!(forget_actor(&conn, "member", "m_1").expect("forget"), 2, "m_1#2 and m_1, not mx1, M_1 or m_1#x#5");
        let actors: Vec<String> = list(&conn, 0, 100, 0).expect("list").into_iter().map(|e| e.actor).collect();
        assert_eq!(
            actors,
            ["member:(deleted account)", "member:(deleted account)", "member:mx1#3", "member:M_1#4", "member:m_1#x#5", "member:(deleted account)", "member:sato#6", "staff:m_1#7"]
        );
    }
}
