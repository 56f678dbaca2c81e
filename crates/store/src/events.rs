//! The event log: every change of every office, numbered by `seq`.

use crate::{StoreError, micros};
use queue_core::Change;
use rusqlite::{Connection, OptionalExtension, params};

/// Appends a change. `actor` names who acted (a token's name or id).
pub fn append(conn: &Connection, change: &Change, actor: Option<&str>) -> Result<(), StoreError> {
    let mut stmt = conn.prepare_cached(
        "INSERT INTO events (office, seq, type, ticket, queue, from_queue, counter, actor, at, note) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)",
    )?;
    let ticket = change.ticket.as_ref();
    stmt.execute(params![
        change.office.as_str(),
        change.seq as i64,
        change.kind.event_type(),
        ticket.map(|t| t.id.as_str()),
        ticket.map(|t| t.queue.as_str()),
        change.from_queue.as_ref().map(|q| q.as_str()),
        change.counter.as_ref().map(|c| c.as_str()),
        actor,
        micros(change.at),
        change.note,
    ])?;
    Ok(())
}

/// The last `seq` of an office, 0 when it has none.
pub fn last_seq(conn: &Connection, office: &str) -> Result<u64, StoreError> {
    let seq: Option<i64> = conn.query_row("SELECT MAX(seq) FROM events WHERE office = ?1", [office], |r| r.get(0))?;
    Ok(seq.unwrap_or(0) as u64)
}

/// A counter's state or a queue's reception as the log recorded it.
#[derive(Debug, Clone, PartialEq)]
pub struct Control {
    pub kind: queue_core::ChangeKind,
    pub queue: Option<String>,
    pub counter: Option<String>,
    pub note: String,
    pub at_micros: i64,
}

/// Today's counter states and reception changes of an office (events at or
/// after `since_micros`), oldest first. Read backwards from the newest
/// event and stopped at the first older than `since`, so a long history
/// costs nothing at start.
pub fn controls_since(conn: &Connection, office: &str, since_micros: i64) -> Result<Vec<Control>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT type, from_queue, counter, note, at FROM events WHERE office = ?1 ORDER BY seq DESC")?;
    let mut rows = stmt.query([office])?;
    let mut out = Vec::new();
    while let Some(r) = rows.next()? {
        let at: i64 = r.get(4)?;
        if at < since_micros {
            break;
        }
        let kind: String = r.get(0)?;
        let Some(kind) = queue_core::ChangeKind::parse(&kind).filter(|k| matches!(k, queue_core::ChangeKind::CounterState | queue_core::ChangeKind::Reception)) else { continue };
        out.push(Control { kind, queue: r.get(1)?, counter: r.get(2)?, note: r.get::<_, Option<String>>(3)?.unwrap_or_default(), at_micros: at });
    }
    out.reverse();
    Ok(out)
}

/// The first `seq` of an office logged at or after `micros` (one past the
/// last when none is). The log's times rise with `seq`, so a binary search
/// over the primary key finds it without scanning years of events.
pub fn seq_at_or_after(conn: &Connection, office: &str, micros: i64) -> Result<u64, StoreError> {
    let mut at_of = conn.prepare_cached("SELECT at FROM events WHERE office = ?1 AND seq >= ?2 ORDER BY seq LIMIT 1")?;
    let (mut lo, mut hi) = (0u64, last_seq(conn, office)? + 1);
    while lo < hi {
        let mid = lo + (hi - lo) / 2;
        let at: Option<i64> = at_of.query_row(params![office, mid as i64], |r| r.get(0)).optional()?;
        match at {
            Some(at) if at < micros => lo = mid + 1,
            _ => hi = mid,
        }
    }
    Ok(lo)
}

/// An office's logged changes between two instants, in order, each with
/// its ticket's service, handed to `each` (for statistics).
pub fn for_report(conn: &Connection, office: &str, from_micros: i64, to_micros: i64, mut each: impl FnMut(queue_core::report::Record)) -> Result<(), StoreError> {
    let first = seq_at_or_after(conn, office, from_micros)?;
    let mut stmt = conn.prepare_cached(
        "SELECT e.type, e.ticket, e.queue, e.counter, t.service, e.at, e.note FROM events e LEFT JOIN tickets t ON t.id = e.ticket
         WHERE e.office = ?1 AND e.seq >= ?2 ORDER BY e.seq",
    )?;
    let mut rows = stmt.query(params![office, first as i64])?;
    while let Some(r) = rows.next()? {
        let at: i64 = r.get(5)?;
        if at >= to_micros {
            break;
        }
        let kind: String = r.get(0)?;
        let Some(kind) = queue_core::ChangeKind::parse(&kind) else { continue };
        each(queue_core::report::Record {
            kind,
            ticket: r.get(1)?,
            queue: r.get(2)?,
            counter: r.get(3)?,
            service: r.get(4)?,
            at: jiff::Timestamp::from_microsecond(at).map_err(|e| StoreError::Malformed(e.to_string()))?,
            note: r.get(6)?,
        });
    }
    Ok(())
}

/// One logged event, as read back for audits and statistics.
#[derive(Debug, Clone, PartialEq)]
pub struct LoggedEvent {
    pub seq: u64,
    pub event_type: String,
    pub ticket: Option<String>,
    pub queue: Option<String>,
    pub counter: Option<String>,
    pub actor: Option<String>,
    pub at_micros: i64,
}

/// Every event of an office, oldest first (for offline reports).
pub fn all(conn: &Connection, office: &str) -> Result<Vec<LoggedEvent>, StoreError> {
    let mut out = Vec::new();
    loop {
        let page = since(conn, office, out.last().map_or(0, |e: &LoggedEvent| e.seq), 10_000)?;
        if page.is_empty() {
            return Ok(out);
        }
        out.extend(page);
    }
}

/// An office's events after `seq`, oldest first, at most `limit`.
pub fn since(conn: &Connection, office: &str, seq: u64, limit: usize) -> Result<Vec<LoggedEvent>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT seq, type, ticket, queue, counter, actor, at FROM events WHERE office = ?1 AND seq > ?2 ORDER BY seq LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![office, seq as i64, limit as i64], |r| {
        Ok(LoggedEvent {
            seq: r.get::<_, i64>(0)? as u64,
            event_type: r.get(1)?,
            ticket: r.get(2)?,
            queue: r.get(3)?,
            counter: r.get(4)?,
            actor: r.get(5)?,
            at_micros: r.get(6)?,
        })
    })?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from)
}

/// One line of the audit trail: a change, who made it, and the ticket's number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AuditRow {
    pub seq: u64,
    pub event_type: String,
    pub ticket: Option<String>,
    /// The ticket's display number, `A-001`.
    pub number: Option<String>,
    pub queue: Option<String>,
    pub from_queue: Option<String>,
    pub counter: Option<String>,
    pub actor: Option<String>,
    pub at_micros: i64,
    pub note: Option<String>,
}

/// An office's changes with `from ≤ at < to` (microseconds), oldest first, at
/// most `limit`.
pub fn audit(conn: &Connection, office: &str, from_micros: i64, to_micros: i64, limit: usize) -> Result<Vec<AuditRow>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT e.seq, e.type, e.ticket, t.prefix, t.n, e.queue, e.from_queue, e.counter, e.actor, e.at, e.note
           FROM events e LEFT JOIN tickets t ON t.id = e.ticket
          WHERE e.office = ?1 AND e.at >= ?2 AND e.at < ?3
          ORDER BY e.seq LIMIT ?4",
    )?;
    let rows = stmt.query_map(params![office, from_micros, to_micros, limit as i64], |r| {
        let prefix: Option<String> = r.get(3)?;
        let n: Option<i64> = r.get(4)?;
        Ok(AuditRow {
            seq: r.get::<_, i64>(0)? as u64,
            event_type: r.get(1)?,
            ticket: r.get(2)?,
            number: prefix.zip(n).map(|(p, n)| format!("{p}-{n:03}")),
            queue: r.get(5)?,
            from_queue: r.get(6)?,
            counter: r.get(7)?,
            actor: r.get(8)?,
            at_micros: r.get(9)?,
            note: r.get(10)?,
        })
    })?;
    rows.collect::<Result<_, _>>().map_err(StoreError::from)
}
