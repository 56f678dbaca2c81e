//! Ticket rows.

use crate::{StoreError, from_micros, micros};
use queue_core::ticket::{JourneyStep, Status, Ticket, TicketNumber};
use queue_core::{CounterId, Lang, OfficeId, QueueId, ServiceId, TicketId};
use rusqlite::{Connection, OptionalExtension, Row, params};

const COLUMNS: &str = "id, office, day, prefix, n, queue, service, status, counter, lang, token, issued_at, queued_at, front, called_at, started_at, finished_at, recalls, journey, priority";

/// Writes a ticket's whole row (insert or replace): a change rewrites the
/// ticket as it now is.
pub fn save(conn: &Connection, t: &Ticket) -> Result<(), StoreError> {
    let journey = t.journey.as_ref().map(serde_json::to_string).transpose().map_err(|e| StoreError::Malformed(e.to_string()))?;
    let mut stmt = conn.prepare_cached(&format!(
        "INSERT INTO tickets ({COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
         ON CONFLICT(id) DO UPDATE SET queue = excluded.queue, service = excluded.service, status = excluded.status,
           counter = excluded.counter, lang = excluded.lang, queued_at = excluded.queued_at, front = excluded.front,
           called_at = excluded.called_at, started_at = excluded.started_at, finished_at = excluded.finished_at,
           recalls = excluded.recalls, journey = excluded.journey"
    ))?;
    stmt.execute(params![
        t.id.as_str(),
        t.office.as_str(),
        t.day.to_string(),
        t.number.prefix.as_str(),
        t.number.n,
        t.queue.as_str(),
        t.service.as_ref().map(|s| s.as_str()),
        t.status.as_str(),
        t.counter.as_ref().map(|c| c.as_str()),
        t.lang.as_str(),
        t.token,
        micros(t.issued_at),
        micros(t.queued_at),
        t.front,
        t.called_at.map(micros),
        t.started_at.map(micros),
        t.finished_at.map(micros),
        t.recalls,
        journey,
        t.priority,
    ])?;
    Ok(())
}

/// The tickets of one office and business day.
pub fn load_day(conn: &Connection, office: &OfficeId, day: jiff::civil::Date) -> Result<Vec<Ticket>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM tickets WHERE office = ?1 AND day = ?2 ORDER BY issued_at, prefix, n"))?;
    let rows = stmt.query_map(params![office.as_str(), day.to_string()], raw)?;
    rows.map(|r| r.map_err(StoreError::from).and_then(parse)).collect()
}

pub fn by_id(conn: &Connection, id: &str) -> Result<Option<Ticket>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM tickets WHERE id = ?1"))?;
    stmt.query_row([id], raw).optional()?.map(parse).transpose()
}

/// A ticket by its resident's token, whether kept in clear (today's) or
/// only as its hash (a past day's, see [`hash_past_tokens`]).
pub fn by_token(conn: &Connection, token: &str) -> Result<Option<Ticket>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM tickets WHERE token = ?1 OR token = ?2 LIMIT 1"))?;
    stmt.query_row([token, &hashed_token(token)], raw).optional()?.map(parse).transpose()
}

/// How a past day's resident token is kept: only its SHA-256, so a copy of
/// the database cannot open anyone's phone page, while the resident's own
/// link still finds its ticket (to say that its day is over).
const HASHED: &str = "h:";

fn hashed_token(token: &str) -> String {
    use sha2::{Digest, Sha256};
    let digest = Sha256::digest(token.as_bytes());
    let mut out = String::with_capacity(HASHED.len() + 64);
    out.push_str(HASHED);
    for b in digest {
        out.push_str(&format!("{b:02x}"));
    }
    out
}

/// Replaces the clear tokens of tickets of days before `today` with their
/// hashes: the server needs a token in clear only while its ticket's day
/// runs (status links, QR codes, reprints). Returns how many it hashed.
pub fn hash_past_tokens(conn: &Connection, today: jiff::civil::Date) -> Result<usize, StoreError> {
    let mut select = conn.prepare_cached("SELECT id, token FROM tickets WHERE day < ?1 AND token IS NOT NULL AND substr(token, 1, 2) != 'h:'")?;
    let rows: Vec<(String, String)> = select.query_map([today.to_string()], |r| Ok((r.get(0)?, r.get(1)?)))?.collect::<Result<_, _>>()?;
    let mut update = conn.prepare_cached("UPDATE tickets SET token = ?2 WHERE id = ?1")?;
    for (id, token) in &rows {
        update.execute([id, &hashed_token(token)])?;
    }
    Ok(rows.len())
}

/// A row as read, before it is checked.
struct RawTicket {
    id: String,
    office: String,
    day: String,
    prefix: String,
    n: u32,
    queue: String,
    service: Option<String>,
    status: String,
    counter: Option<String>,
    lang: String,
    token: Option<String>,
    issued_at: i64,
    queued_at: i64,
    front: bool,
    called_at: Option<i64>,
    started_at: Option<i64>,
    finished_at: Option<i64>,
    recalls: u32,
    journey: Option<String>,
    priority: bool,
}

fn raw(r: &Row<'_>) -> rusqlite::Result<RawTicket> {
    Ok(RawTicket {
        id: r.get(0)?,
        office: r.get(1)?,
        day: r.get(2)?,
        prefix: r.get(3)?,
        n: r.get(4)?,
        queue: r.get(5)?,
        service: r.get(6)?,
        status: r.get(7)?,
        counter: r.get(8)?,
        lang: r.get(9)?,
        token: r.get(10)?,
        issued_at: r.get(11)?,
        queued_at: r.get(12)?,
        front: r.get(13)?,
        called_at: r.get(14)?,
        started_at: r.get(15)?,
        finished_at: r.get(16)?,
        recalls: r.get(17)?,
        journey: r.get(18)?,
        priority: r.get(19)?,
    })
}

fn parse(r: RawTicket) -> Result<Ticket, StoreError> {
    let bad = |what: &str| StoreError::Malformed(format!("ticket {}: bad {what}", r.id));
    let opt_ts = |v: Option<i64>| v.map(from_micros).transpose();
    Ok(Ticket {
        id: TicketId::parse(&r.id).map_err(|_| bad("id"))?,
        office: OfficeId::parse(&r.office).map_err(|_| bad("office"))?,
        day: r.day.parse().map_err(|_| bad("day"))?,
        number: TicketNumber { prefix: QueueId::parse(&r.prefix).map_err(|_| bad("prefix"))?, n: r.n },
        queue: QueueId::parse(&r.queue).map_err(|_| bad("queue"))?,
        service: r.service.as_deref().map(ServiceId::parse).transpose().map_err(|_| bad("service"))?,
        status: Status::parse(&r.status).ok_or_else(|| bad("status"))?,
        counter: r.counter.as_deref().map(CounterId::parse).transpose().map_err(|_| bad("counter"))?,
        lang: Lang::configured(&r.lang),
        // A hashed token is no token the server can hand out.
        token: r.token.clone().filter(|t| !t.starts_with(HASHED)).unwrap_or_default(),
        issued_at: from_micros(r.issued_at)?,
        queued_at: from_micros(r.queued_at)?,
        front: r.front,
        called_at: opt_ts(r.called_at)?,
        started_at: opt_ts(r.started_at)?,
        finished_at: opt_ts(r.finished_at)?,
        recalls: r.recalls,
        journey: r
            .journey
            .as_deref()
            .map(serde_json::from_str::<Vec<JourneyStep>>)
            .transpose()
            .map_err(|_| bad("journey"))?,
        priority: r.priority,
    })
}

/// Closes the tickets of days before `today` that were still open when the
/// server stopped and a new day began meanwhile (nobody was there to roll
/// the day over): they become `unserved`, as at a day's end. Returns how
/// many.
pub fn close_open_before(conn: &Connection, today: jiff::civil::Date) -> Result<usize, StoreError> {
    Ok(conn.execute("UPDATE tickets SET status = 'unserved' WHERE day < ?1 AND status IN ('waiting', 'called', 'serving')", [today.to_string()])?)
}

/// Removes the phone token and language choice of tickets of days before
/// `before`; returns how many tickets were purged.
pub fn purge_personal(conn: &Connection, before: jiff::civil::Date) -> Result<usize, StoreError> {
    Ok(conn.execute("UPDATE tickets SET token = NULL, lang = '' WHERE day < ?1 AND (token IS NOT NULL OR lang != '')", [before.to_string()])?)
}

/// The latest business day any ticket belongs to.
pub fn latest_day(conn: &Connection) -> Result<Option<jiff::civil::Date>, StoreError> {
    let day: Option<String> = conn.query_row("SELECT MAX(day) FROM tickets", [], |r| r.get(0))?;
    day.map(|d| d.parse().map_err(|e| StoreError::Malformed(format!("ticket day {d:?}: {e}")))).transpose()
}
