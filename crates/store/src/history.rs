//! Past daily arrivals per office and queue, imported from CSV.

use crate::StoreError;
use rusqlite::{Connection, params};

/// One day's arrivals at one queue.
#[derive(Debug, Clone, PartialEq)]
pub struct DailyArrivals {
    pub date: jiff::civil::Date,
    pub office: String,
    pub queue: String,
    pub arrivals: u32,
}

/// Stores rows in one transaction: all or nothing. A row for a day already
/// stored replaces it, so importing the same file twice changes nothing.
pub fn import(conn: &mut Connection, rows: &[DailyArrivals]) -> Result<usize, StoreError> {
    let tx = conn.transaction_with_behavior(rusqlite::TransactionBehavior::Immediate)?;
    let n = import_into(&tx, rows)?;
    tx.commit()?;
    Ok(n)
}

/// Stores rows inside a caller's transaction (the caller commits), and bumps
/// the history's [`version`] in the same transaction: readers see the rows
/// and the new version together, or neither.
pub fn import_into(tx: &rusqlite::Transaction<'_>, rows: &[DailyArrivals]) -> Result<usize, StoreError> {
    let mut stmt = tx.prepare_cached("INSERT OR REPLACE INTO history (date, office, queue, arrivals) VALUES (?1, ?2, ?3, ?4)")?;
    for r in rows {
        stmt.execute(params![r.date.to_string(), r.office, r.queue, r.arrivals])?;
    }
    tx.execute("UPDATE history_version SET version = version + 1 WHERE id = 1", [])?;
    Ok(rows.len())
}

/// The history's change marker: a number that grows with every import, in
/// whichever process it ran. One row read, however long the history is
/// (counting the history on every forecast request cost a full scan).
/// SQLite's `PRAGMA data_version` would not do: it changes with every
/// commit of any table by another connection, and means nothing across
/// connections.
pub fn version(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT version FROM history_version WHERE id = 1", [], |r| r.get(0))?)
}

/// All stored history of an office, by date.
pub fn for_office(conn: &Connection, office: &str) -> Result<Vec<DailyArrivals>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT date, office, queue, arrivals FROM history WHERE office = ?1 ORDER BY date, queue")?;
    let rows = stmt.query_map([office], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?;
    rows.map(|r| {
        let (date, office, queue, arrivals) = r?;
        let date = date.parse().map_err(|_| StoreError::Malformed(format!("history date {date:?}")))?;
        Ok(DailyArrivals { date, office, queue, arrivals })
    })
    .collect()
}

/// Daily arrivals the server counted itself (tickets issued per day and
/// issuing queue) for an office, before `before` (a day still running is
/// not a whole day yet).
pub fn counted(conn: &Connection, office: &str, before: jiff::civil::Date) -> Result<Vec<DailyArrivals>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT day, prefix, COUNT(*) FROM tickets WHERE office = ?1 AND day < ?2 GROUP BY day, prefix ORDER BY day, prefix",
    )?;
    let rows = stmt.query_map(params![office, before.to_string()], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?)))?;
    rows.map(|r| {
        let (date, queue, arrivals) = r?;
        let date = date.parse().map_err(|_| StoreError::Malformed(format!("ticket day {date:?}")))?;
        Ok(DailyArrivals { date, office: office.to_owned(), queue, arrivals })
    })
    .collect()
}

/// Tickets issued per (day, hour of the Tokyo clock) at an office, for
/// learning the hour-of-day profile: `(date, hour, count)`.
pub fn counted_hours(conn: &Connection, office: &str) -> Result<Vec<(jiff::civil::Date, u8, u32)>, StoreError> {
    // issued_at is in microseconds UTC; Tokyo is UTC+9 with no daylight saving.
    let mut stmt = conn.prepare_cached(
        "SELECT day, ((issued_at / 1000000 + 32400) % 86400) / 3600 AS hour, COUNT(*) FROM tickets WHERE office = ?1 GROUP BY day, hour",
    )?;
    let rows = stmt.query_map([office], |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?, r.get::<_, u32>(2)?)))?;
    rows.map(|r| {
        let (date, hour, count) = r?;
        let date = date.parse().map_err(|_| StoreError::Malformed(format!("ticket day {date:?}")))?;
        Ok((date, u8::try_from(hour).unwrap_or(0), count))
    })
    .collect()
}

/// How many imported history rows there are (a full scan: for reports, not
/// for every request; see [`version`]).
pub fn row_count(conn: &Connection) -> Result<i64, StoreError> {
    Ok(conn.query_row("SELECT COUNT(*) FROM history", [], |r| r.get(0))?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_import_bumps_the_version_that_another_connection_reads() {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = crate::Db::open(dir.path()).expect("open");
        let mut writer = db.connect(false).expect("conn");
        let reader = db.connect(true).expect("conn");
        assert_eq!(version(&reader).expect("version"), 0);
        let rows = vec![DailyArrivals { date: jiff::civil::date(2025, 4, 1), office: "main".into(), queue: "A".into(), arrivals: 120 }];
        import(&mut writer, &rows).expect("import");
        assert_eq!(version(&reader).expect("version"), 1);
        // A failed import leaves rows and version as they were.
        let tx = writer.transaction().expect("tx");
        import_into(&tx, &rows).expect("import");
        drop(tx);
        assert_eq!(version(&reader).expect("version"), 1);
        import(&mut writer, &rows).expect("import again");
        assert_eq!(version(&reader).expect("version"), 2);
    }
}
