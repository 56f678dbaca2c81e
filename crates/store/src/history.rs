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
    {
        let mut stmt = tx.prepare_cached("INSERT OR REPLACE INTO history (date, office, queue, arrivals) VALUES (?1, ?2, ?3, ?4)")?;
        for r in rows {
            stmt.execute(params![r.date.to_string(), r.office, r.queue, r.arrivals])?;
        }
    }
    tx.commit()?;
    Ok(rows.len())
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
