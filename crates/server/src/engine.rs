//! The engine: the live state of every office, changed only on the writer
//! thread, persisted before anyone is told, then announced on the hub.
//!
//! What happens when a kiosk issues a ticket:
//! 1. the handler calls [`Engine::command`] with a closure that issues;
//! 2. the closure runs as a job on the writer thread: it locks the ward
//!    state, rolls the office over to a new day if Tokyo's date changed,
//!    applies the command, builds the answer and the event JSON, unlocks,
//!    and writes the ticket row and the event row into the group's
//!    transaction;
//! 3. the group commits (one fsync for every job in it);
//! 4. only then the event is published to the office's websocket clients
//!    and the handler gets its answer, which it returns as 201.
//!
//! If a commit fails, nobody is told anything happened: callers get 503,
//! the office state is rebuilt from the database, and clients resync.

use axum::extract::ws::Utf8Bytes;
use crate::hub::{EventJson, Feed, Hub};
use crate::views::{Audience, Positions, TicketView, queues_live};
use queue_core::clock::business_day;
use queue_core::office::{Change, DomainError, OfficeState};
use queue_core::ticket::Ticket;
use queue_core::{Clock, Lang, OfficeId, WardConfig};
use serde_json::json;
use std::collections::BTreeMap;
use std::sync::{Arc, Mutex, MutexGuard};
use platform::board::OfficeContent;
use platform::storage::clone_error;
use store::{Completion, Job, Readers, StoreError, Writer, events, tickets};
use tokio::sync::oneshot;

/// Every office's live state for its current business day.
#[derive(Debug)]
pub struct Ward {
    pub offices: BTreeMap<String, OfficeState>,
    /// What each office's boards show besides calls (notices, alerts),
    /// changed on the writer thread with the office's `seq` like its state.
    pub content: BTreeMap<String, OfficeContent>,
}

impl Ward {
    pub fn office(&self, id: &str) -> Option<&OfficeState> {
        self.offices.get(id)
    }

    /// An office's board content (empty when it has none).
    pub fn content(&self, office: &str) -> &OfficeContent {
        static NONE: std::sync::OnceLock<OfficeContent> = std::sync::OnceLock::new();
        self.content.get(office).unwrap_or_else(|| NONE.get_or_init(OfficeContent::default))
    }

    /// Finds a ticket of business day `today` by id, in whichever office
    /// holds it. A ticket of a day that has just ended is not found even
    /// before the office's state has rolled over.
    pub fn find_ticket(&self, id: &str, today: jiff::civil::Date) -> Option<(&OfficeState, &Ticket)> {
        self.offices.values().filter(|o| o.day() == today).find_map(|o| o.ticket(id).map(|t| (o, t)))
    }

    pub fn find_token(&self, token: &str, today: jiff::civil::Date) -> Option<(&OfficeState, &Ticket)> {
        self.offices.values().filter(|o| o.day() == today).find_map(|o| o.ticket_by_token(token).map(|t| (o, t)))
    }
}

/// Why a command did not go through.
#[derive(Debug)]
pub enum CommandError {
    Domain(DomainError),
    Store(StoreError),
    UnknownOffice,
}

impl From<CommandError> for crate::error::ApiError {
    fn from(e: CommandError) -> Self {
        match e {
            CommandError::Domain(d) => d.into(),
            CommandError::Store(s) => s.into(),
            CommandError::UnknownOffice => crate::error::ApiError::unknown_office("?"),
        }
    }
}

#[derive(Clone)]
pub struct Engine {
    pub config: Arc<WardConfig>,
    /// The ward's calendar: open days and hours, for reception.
    pub calendar: Arc<queue_core::calendar::WardCalendar>,
    state: Arc<Mutex<Ward>>,
    writer: Writer,
    pub readers: Arc<Readers>,
    pub hub: Arc<Hub>,
    pub clock: Arc<dyn Clock>,
    pub base_url: Arc<str>,
    /// Per office, the `seq` of its last committed change. When the live
    /// state's `seq` equals it, the state holds nothing a crash could take
    /// back, and a snapshot can be taken off the writer thread.
    committed_seq: Arc<BTreeMap<String, std::sync::atomic::AtomicU64>>,
    /// The latest business day the server has been in. The day never goes
    /// back: a clock stepped forward past midnight and back again (a bad
    /// NTP answer, a hand-set clock) must not strand the tickets of the day
    /// already begun, nor make numbers restart twice.
    day: Arc<Mutex<jiff::civil::Date>>,
}

impl std::fmt::Debug for Engine {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Engine")
    }
}

/// What a command changed: the ticket it acted on, as its holder sees it.
pub type Outcome = Option<TicketView>;

impl Engine {
    /// Loads today's state of every office from the database.
    pub fn start(config: Arc<WardConfig>, db: &store::Db, clock: Arc<dyn Clock>, base_url: String) -> Result<Engine, StoreError> {
        let readers = Arc::new(db.readers(4)?);
        // After a restart the day is never before the last one stored.
        let stored = readers.with(tickets::latest_day)?;
        let today = business_day(clock.now()).max(stored.unwrap_or(jiff::civil::Date::MIN));
        // Tickets left open by a day that ended while the server was down
        // close with their day, as a running server closes them at midnight.
        // (Before the writer starts: the only write outside it, like the
        // schema's.)
        let closed = tickets::close_open_before(&db.connect(false)?, today)?;
        if closed > 0 {
            tracing::info!(tickets = closed, "tickets of past days still open are closed as unserved");
        }
        let mut offices = BTreeMap::new();
        readers.with(|conn| {
            for office in &config.offices {
                let state = load_office(conn, office, today)?;
                offices.insert(office.id.to_string(), state);
            }
            Ok(())
        })?;
        let content = readers.with(|c| platform::board::load(c, clock.now()))?;
        let hub = Arc::new(Hub::new(config.offices.iter().map(|o| o.id.as_str())));
        let committed_seq = Arc::new(offices.iter().map(|(id, o)| (id.clone(), std::sync::atomic::AtomicU64::new(o.seq()))).collect());
        Ok(Engine {
            committed_seq,
            day: Arc::new(Mutex::new(today)),
            calendar: Arc::new(queue_core::calendar::WardCalendar::new(&config)),
            config,
            state: Arc::new(Mutex::new(Ward { offices, content })),
            writer: db.writer()?,
            readers,
            hub,
            clock,
            base_url: base_url.into(),
        })
    }

    /// The ward state, for reads. Hold it briefly: the writer waits for it.
    pub fn ward(&self) -> MutexGuard<'_, Ward> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Runs a command against one office on the writer thread, and answers
    /// once its change is durable. `apply` returns the change it made, or
    /// `None` when there was nothing to do (call-next with nobody waiting).
    pub async fn command<F>(&self, office: &str, actor: Option<String>, apply: F) -> Result<Outcome, CommandError>
    where
        F: FnOnce(&mut OfficeState, jiff::Timestamp) -> Result<Option<Change>, DomainError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<Outcome, CommandError>>();
        let engine = self.clone();
        let office = office.to_owned();
        let job: Job = Box::new(move |tx| engine.run_job(tx, &office, actor.as_deref(), apply, reply));
        self.writer.submit(job).map_err(CommandError::Store)?;
        // A dropped reply means the writer could not even begin: nothing was written.
        answer.await.unwrap_or(Err(CommandError::Store(StoreError::WriterGone)))
    }

    fn run_job<F>(
        &self,
        tx: &store::rusqlite::Transaction<'_>,
        office: &str,
        actor: Option<&str>,
        apply: F,
        reply: oneshot::Sender<Result<Outcome, CommandError>>,
    ) -> Result<Completion, (StoreError, Completion)>
    where
        F: FnOnce(&mut OfficeState, jiff::Timestamp) -> Result<Option<Change>, DomainError>,
    {
        // Microseconds: what the store keeps, so answers match what a restart reads back.
        let now = jiff::Timestamp::from_microsecond(self.clock.now().as_microsecond()).unwrap_or_else(|_| self.clock.now());
        let mut changes: Vec<(Change, EventJson)> = Vec::new();
        let outcome = {
            let mut ward = self.ward();
            let Some(state) = ward.offices.get_mut(office) else {
                let _ = reply.send(Err(CommandError::UnknownOffice));
                return Ok(Box::new(|_| {}));
            };
            for c in state.roll_over(self.day_at(now), now) {
                let json = event_json(&self.config, &self.calendar, state, &c);
                changes.push((c, json));
            }
            match apply(state, now) {
                Ok(Some(c)) => {
                    let view = c.ticket.as_ref().map(|t| TicketView::live(state, t, Audience::Holder, &self.base_url));
                    let json = event_json(&self.config, &self.calendar, state, &c);
                    changes.push((c, json));
                    Ok(view)
                }
                Ok(None) => Ok(None),
                Err(e) => Err(CommandError::Domain(e)),
            }
        };
        let written = changes.iter().try_for_each(|(c, _)| {
            if let Some(t) = &c.ticket {
                tickets::save(tx, t)?;
            }
            events::append(tx, c, actor)
        });
        let engine = self.clone();
        let office = office.to_owned();
        let completion: Completion = Box::new(move |committed| match committed {
            Ok(()) => {
                for (c, json) in changes {
                    engine.note_committed(&office, c.seq);
                    engine.hub.publish(&office, c.seq, json);
                }
                let _ = reply.send(outcome);
            }
            Err(e) => {
                let _ = reply.send(Err(CommandError::Store(clone_error(e))));
                if !changes.is_empty() {
                    engine.reload(&office);
                }
            }
        });
        match written {
            Ok(()) => Ok(completion),
            Err(e) => Err((e, completion)),
        }
    }

    /// Runs a write that is not a ticket change (a sign-in token, say) on the
    /// writer thread, and answers once it is committed.
    pub async fn write<T, F>(&self, f: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&store::rusqlite::Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
    {
        self.storage().write(f).await
    }

    /// The writer and readers, as the platform and the modules share them.
    pub fn storage(&self) -> platform::Storage {
        platform::Storage::new(self.writer.clone(), self.readers.clone())
    }

    /// Runs `f` on the ward state as committed: on the writer thread, after
    /// the commit of every change applied so far and before the next group
    /// applies anything. Snapshots are taken this way, so a board is never
    /// shown a change (or a `seq`) that a crash could still take back.
    /// `None` when the writer is gone or the commit failed.
    pub async fn committed<T, F>(&self, f: F) -> Option<T>
    where
        T: Send + 'static,
        F: FnOnce(&Ward) -> T + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<T>();
        let engine = self.clone();
        let job: Job = Box::new(move |_tx| {
            Ok(Box::new(move |committed: Result<(), &StoreError>| {
                if committed.is_ok() {
                    let ward = engine.ward();
                    let _ = reply.send(f(&ward));
                }
            }))
        });
        self.writer.submit(job).ok()?;
        answer.await.ok()
    }

    fn note_committed(&self, office: &str, seq: u64) {
        if let Some(c) = self.committed_seq.get(office) {
            c.store(seq, std::sync::atomic::Ordering::Release);
        }
    }

    /// Changes what the boards of `offices` show besides calls, durably and
    /// in each office's sequence: on the writer thread, `write` stores the
    /// change, then each office gets a `board.content` change in its event
    /// log carrying `event` (the boards' description of it), and `update`
    /// applies it to the office's live content. Boards hear of it after the
    /// commit, on the office feed, like any change.
    pub async fn board_change<T, W, U>(&self, offices: Vec<String>, actor: String, event: serde_json::Value, write: W, update: U) -> Result<T, CommandError>
    where
        T: Send + 'static,
        W: FnOnce(&store::rusqlite::Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
        U: Fn(&mut OfficeContent) + Send + 'static,
    {
        self.board_change_each(offices, actor, move |_| event.clone(), write, move |_, c| update(c)).await
    }

    /// [`Engine::board_change`] where each office's boards are told
    /// something of their own (a CAP Update ends an alert at one office
    /// and raises its successor at another, in one commit).
    pub async fn board_change_each<T, W, E, U>(&self, offices: Vec<String>, actor: String, event: E, write: W, update: U) -> Result<T, CommandError>
    where
        T: Send + 'static,
        W: FnOnce(&store::rusqlite::Transaction<'_>) -> Result<T, StoreError> + Send + 'static,
        E: Fn(&str) -> serde_json::Value + Send + 'static,
        U: Fn(&str, &mut OfficeContent) + Send + 'static,
    {
        let (reply, answer) = oneshot::channel::<Result<T, CommandError>>();
        let engine = self.clone();
        let job: Job = Box::new(move |tx| {
            let value = match write(tx) {
                Ok(v) => v,
                Err(e) => {
                    let msg = clone_error(&e);
                    return Err((e, Box::new(move |_| {
                        let _ = reply.send(Err(CommandError::Store(msg)));
                    })));
                }
            };
            let now = jiff::Timestamp::from_microsecond(engine.clock.now().as_microsecond()).unwrap_or_else(|_| engine.clock.now());
            let mut changes: Vec<(String, Change, EventJson)> = Vec::new();
            {
                let mut ward = engine.ward();
                for office in &offices {
                    let Some(state) = ward.offices.get_mut(office) else { continue };
                    let c = state.board_content(event(office).to_string(), now);
                    let json = event_json(&engine.config, &engine.calendar, state, &c);
                    changes.push((office.clone(), c, json));
                    let content = ward.content.entry(office.clone()).or_default();
                    update(office, content);
                    content.prune(now);
                }
            }
            let written = changes.iter().try_for_each(|(_, c, _)| events::append(tx, c, Some(&actor)));
            let after = engine.clone();
            let touched: Vec<String> = changes.iter().map(|(o, _, _)| o.clone()).collect();
            let completion: Completion = Box::new(move |committed| match committed {
                Ok(()) => {
                    for (office, c, json) in changes {
                        after.note_committed(&office, c.seq);
                        after.hub.publish(&office, c.seq, json);
                    }
                    let _ = reply.send(Ok(value));
                }
                Err(e) => {
                    let _ = reply.send(Err(CommandError::Store(clone_error(e))));
                    for office in &touched {
                        after.reload(office);
                    }
                }
            });
            match written {
                Ok(()) => Ok(completion),
                Err(e) => Err((e, completion)),
            }
        });
        self.writer.submit(job).map_err(CommandError::Store)?;
        answer.await.unwrap_or(Err(CommandError::Store(StoreError::WriterGone)))
    }

    /// Runs `f` on an office's state when it holds only committed changes,
    /// under the state's lock and on the caller's thread; `None` when the
    /// writer has applied a change it has not committed yet (then ask
    /// [`Engine::committed`], which waits for the commit on the writer).
    pub fn if_committed<T>(&self, office: &str, f: impl FnOnce(&Ward, &OfficeState) -> T) -> Option<T> {
        let ward = self.ward();
        let state = ward.office(office)?;
        let committed = self.committed_seq.get(office)?.load(std::sync::atomic::Ordering::Acquire);
        (state.seq() == committed).then(|| f(&ward, state))
    }

    /// Rebuilds an office's state from the database after a lost write, on
    /// the writer thread, and tells its clients to resync.
    fn reload(&self, office: &str) {
        let engine = self.clone();
        let office = office.to_owned();
        let job: Job = Box::new(move |tx| {
            let today = engine.today();
            if let Some(cfg) = engine.config.office(&office) {
                let content = platform::board::load(tx, engine.clock.now()).map(|mut all| all.remove(&office).unwrap_or_default());
                match (load_office(tx, cfg, today), content) {
                    (Ok(state), Ok(content)) => {
                        engine.note_committed(&office, state.seq());
                        let mut ward = engine.ward();
                        ward.offices.insert(office.clone(), state);
                        ward.content.insert(office.clone(), content);
                    }
                    (Err(e), _) | (_, Err(e)) => tracing::error!(office = %office, error = %e, "cannot reload office state"),
                }
            }
            Ok(Box::new(move |_| engine.hub.resync(&office)))
        });
        if self.writer.submit(job).is_err() {
            tracing::error!("writer gone; cannot reload");
        }
    }

    /// Rolls every office over to a new day when Tokyo's date has changed,
    /// so boards clear at midnight even when nobody acts.
    pub async fn tick(&self) {
        let today = self.today();
        let offices: Vec<String> = self.ward().offices.iter().filter(|(_, o)| o.day() < today).map(|(id, _)| id.clone()).collect();
        for office in offices {
            let _ = self.command(&office, Some("system".into()), |_, _| Ok(None)).await;
        }
    }

    /// The writer's commit-time histogram.
    pub fn commit_stats(&self) -> Arc<store::stats::Histogram> {
        self.writer.stats()
    }

    /// Removes personal details (phone tokens, language choices) of tickets
    /// older than the configured retention, and keeps the phone tokens of
    /// past days only as hashes, through the writer.
    pub async fn purge_personal(&self) -> Result<usize, StoreError> {
        let days = i64::from(self.config.retention.personal_days);
        let before = self.today().saturating_sub(jiff::Span::new().days(days));
        let today = self.today();
        let (n, hashed) = self
            .write(move |tx| Ok((store::tickets::purge_personal(tx, before)?, store::tickets::hash_past_tokens(tx, today)?)))
            .await?;
        if n > 0 {
            tracing::info!(tickets = n, before = %before, "purged personal details");
        }
        if hashed > 0 {
            tracing::info!(tickets = hashed, "kept only the hashes of past days' phone tokens");
        }
        Ok(n)
    }

    /// Commits what is queued and stops the writer.
    pub fn shutdown(&self) {
        self.writer.stop();
    }

    /// Reads a ticket that is not in today's live state.
    pub async fn archived_ticket(&self, id: String) -> Result<Option<Ticket>, StoreError> {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || readers.with(|c| tickets::by_id(c, &id)))
            .await
            .unwrap_or(Err(StoreError::WriterGone))
    }

    pub async fn archived_token(&self, token: String) -> Result<Option<Ticket>, StoreError> {
        let readers = self.readers.clone();
        tokio::task::spawn_blocking(move || readers.with(|c| tickets::by_token(c, &token)))
            .await
            .unwrap_or(Err(StoreError::WriterGone))
    }

    /// Today's business day in Tokyo.
    pub fn today(&self) -> jiff::civil::Date {
        self.day_at(self.clock.now())
    }

    /// The business day at `now`, never earlier than one already begun.
    fn day_at(&self, now: jiff::Timestamp) -> jiff::civil::Date {
        let by_clock = business_day(now);
        let mut day = self.day.lock().unwrap_or_else(|p| p.into_inner());
        if by_clock > *day {
            *day = by_clock;
        } else if by_clock < *day {
            static WARNED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
            if !WARNED.swap(true, std::sync::atomic::Ordering::Relaxed) {
                tracing::warn!(clock_day = %by_clock, business_day = %*day, "the clock is behind a business day already begun (stepped back?); staying on that day");
            }
        }
        *day
    }

    /// The configured language a request means.
    pub fn lang(&self, requested: Option<&str>) -> Lang {
        self.config.lang(requested)
    }
}

fn load_office(conn: &store::rusqlite::Connection, office: &queue_core::config::Office, today: jiff::civil::Date) -> Result<OfficeState, StoreError> {
    let id = OfficeId::parse(office.id.as_str()).map_err(|e| StoreError::Malformed(e.to_string()))?;
    let seq = events::last_seq(conn, id.as_str())?;
    let tickets = tickets::load_day(conn, &id, today)?;
    let mut state = OfficeState::restore(Arc::new(office.clone()), today, seq, tickets);
    // Today's paused counters and early-closed queues.
    let start = today.to_zoned(queue_core::clock::tokyo()).map_err(|e| StoreError::Malformed(e.to_string()))?.timestamp().as_microsecond();
    for c in events::controls_since(conn, id.as_str(), start)? {
        let at = jiff::Timestamp::from_microsecond(c.at_micros).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
        state.restore_control(c.kind, c.queue.as_deref(), c.counter.as_deref(), &c.note, at);
    }
    Ok(state)
}


/// Notices on the boards, for the platform and the modules: stored and sent
/// to each office's boards in its sequence by [`Engine::board_change`].
impl platform::board::Boards for Engine {
    fn publish(&self, notice: platform::board::Notice, actor: String) -> platform::board::BoardFuture<'_> {
        Box::pin(async move {
            let now = self.clock.now().as_microsecond();
            let event = json!({ "type": "notice.published", "notice": notice });
            let (stored, live, by) = (notice.clone(), notice.clone(), actor.clone());
            self.board_change(notice.offices.clone(), actor, event, move |tx| platform::board::insert_notice(tx, &stored, &by, now), move |c| c.add_notice(live.clone()))
                .await
                .map_err(platform::ApiError::from)
        })
    }

    fn withdraw(&self, id: String, actor: String) -> platform::board::WithdrawFuture<'_> {
        Box::pin(async move {
            let lookup = id.clone();
            let Some(notice) = self.storage().read(move |c| platform::board::find_notice(c, &lookup)).await.map_err(platform::ApiError::from)? else {
                return Ok(false);
            };
            let now = self.clock.now().as_microsecond();
            let event = json!({ "type": "notice.withdrawn", "notice_id": id });
            let (by, gone, target) = (actor.clone(), id.clone(), id.clone());
            let withdrawn = self
                .board_change(notice.offices, actor, event, move |tx| platform::board::withdraw_notice(tx, &target, &by, now), move |c| c.remove_notice(&gone))
                .await
                .map_err(platform::ApiError::from)?;
            // Withdrawn meanwhile by somebody else: the event said so again, harmlessly.
            Ok(withdrawn.is_some())
        })
    }
}

/// The websocket event for a change, serialised once for every staff client
/// and once for every board.
pub fn event_json(config: &WardConfig, cal: &queue_core::calendar::WardCalendar, state: &OfficeState, change: &Change) -> EventJson {
    let ja = Lang::ja();
    let mut v = json!({
        "type": change.kind.event_type(),
        "seq": change.seq,
        "office": change.office.as_str(),
        "at": change.at.to_string(),
        "ticket": null,
        "counter": change.counter.as_ref().map(|c| c.as_str()),
        "queues": queues_live(config, cal, state, &ja, change.at, |_| None),
    });
    if let Some(from) = &change.from_queue {
        v["from_queue"] = json!(from.as_str());
    }
    if change.kind == queue_core::ChangeKind::PrinterAttention {
        let note = change.note.as_deref().unwrap_or_default();
        let (printer, reason) = note.split_once(": ").unwrap_or((note, ""));
        v["printer"] = json!(printer);
        v["reason"] = json!(reason);
    }
    if let (queue_core::ChangeKind::CounterState | queue_core::ChangeKind::Reception, Some(note)) = (change.kind, change.note.as_deref()) {
        // `open:`, `paused:break`, `closed:…`: what desks and boards show.
        let (head, reason) = note.split_once(':').unwrap_or((note, ""));
        if change.kind == queue_core::ChangeKind::CounterState {
            v["state"] = json!(head);
        } else {
            v["queue"] = json!(change.from_queue.as_ref().map(|q| q.as_str()));
            v["open"] = json!(head == "open");
        }
        v["reason"] = json!(reason);
    }
    if change.kind == queue_core::ChangeKind::DayStarted {
        v["date"] = json!(state.day().to_string());
    }
    if change.kind == queue_core::ChangeKind::BoardContent {
        // The boards' own description of the change: its type
        // (`notice.published`, `alert.issued`, …) and what it carries.
        if let Some(serde_json::Value::Object(fields)) = change.note.as_deref().and_then(|n| serde_json::from_str(n).ok()) {
            for (k, val) in fields {
                v[k] = val;
            }
        }
    }
    // The same event with the ticket as each feed may see it; the rest
    // (queue figures above all) is worked out once.
    let mut for_feed = |feed: Feed| {
        v["ticket"] = json!(change.ticket.as_ref().map(|t| TicketView::live(state, t, audience(feed), "")));
        Utf8Bytes::from(v.to_string())
    };
    let staff = for_feed(Feed::Staff);
    EventJson { staff, board: for_feed(Feed::Board) }
}

fn audience(feed: Feed) -> Audience {
    match feed {
        Feed::Staff => Audience::Public,
        Feed::Board => Audience::Board,
    }
}

/// How many waiting tickets of each queue a staff snapshot lists: a desk
/// shows the head of its lines, and a snapshot of 20,000 waiting would be
/// megabytes for every desk that connects. The queue's `waiting` count is
/// always the whole line.
pub const SNAPSHOT_LINE: usize = 200;
/// The same for boards and kiosks: the next few numbers of each line, for
/// screens that show who is up next.
pub const BOARD_LINE: usize = 20;

/// The live state of an office, as the first websocket message. Staff get
/// the tickets being served and the head of every line ([`SNAPSHOT_LINE`]);
/// boards and kiosks get the calls, the queue lengths and the next few of
/// each line ([`BOARD_LINE`]), without anything of the persons (language,
/// service, journey).
///
/// It is taken in two steps so that the ward's lock (which the writer
/// needs for every change) is held only for the copy: [`Snapshot::take`]
/// copies what the snapshot carries — bounded by the heads of the lines,
/// whatever the office's size — in one walk of its tickets; turning that
/// into JSON happens after the lock is released ([`Snapshot::to_json`]).
#[derive(Debug, serde::Serialize)]
pub struct Snapshot {
    r#type: &'static str,
    pub seq: u64,
    office: String,
    date: String,
    queues: Vec<crate::views::QueueLive>,
    counters: Vec<SnapshotCounter>,
    tickets: Vec<TicketView>,
    /// True when some lines were longer than the snapshot lists.
    lines_truncated: bool,
    recent_calls: Vec<TicketView>,
    /// What the boards show between calls, and over everything.
    notices: Vec<platform::board::Notice>,
    alerts: Vec<platform::board::Alert>,
}

#[derive(Debug, serde::Serialize)]
struct SnapshotCounter {
    id: String,
    name: String,
    queues: Vec<String>,
    current: Option<TicketView>,
    /// `open`, `paused` or `closed`.
    state: &'static str,
    /// Why it is paused or closed (`break`, `phone`, `paperwork`, `other` or free text).
    #[serde(skip_serializing_if = "String::is_empty")]
    reason: String,
}

impl Snapshot {
    /// Copies what `feed`'s snapshot carries out of `state`: O(tickets) to
    /// find the heads, O(what it carries) to copy.
    pub fn take(config: &WardConfig, cal: &queue_core::calendar::WardCalendar, state: &OfficeState, content: &OfficeContent, now: jiff::Timestamp, feed: Feed) -> Snapshot {
        let ja = Lang::ja();
        let who = audience(feed);
        let head = match feed {
            Feed::Staff => SNAPSHOT_LINE,
            Feed::Board => BOARD_LINE,
        };
        let positions = Positions::head(state, head as u32);
        let mut truncated = false;
        let tickets: Vec<TicketView> = state
            .tickets()
            .iter()
            .filter(|t| !t.status.is_final())
            .filter(|t| {
                if t.status != queue_core::Status::Waiting {
                    return true;
                }
                let in_head = positions.get(t).is_some();
                truncated |= !in_head;
                in_head
            })
            .map(|t| TicketView::placed(t, positions.get(t), who, ""))
            .collect();
        let recent_calls = state.recent_calls().map(|t| TicketView::placed(t, positions.get(t), who, "")).collect();
        let counters = state
            .config()
            .counters
            .iter()
            .map(|c| SnapshotCounter {
                id: c.id.to_string(),
                name: c.name.get(&ja).to_owned(),
                queues: c.queues.iter().map(|q| q.get_ref().to_string()).collect(),
                current: state.current_at(&c.id).map(|t| TicketView::placed(t, positions.get(t), who, "")),
                state: state.counter_status(&c.id).state.as_str(),
                reason: state.counter_status(&c.id).reason,
            })
            .collect();
        let (notices, alerts) = content.live(now);
        Snapshot {
            r#type: "snapshot",
            seq: state.seq(),
            office: state.id().to_string(),
            date: state.day().to_string(),
            queues: queues_live(config, cal, state, &ja, now, |_| None),
            counters,
            tickets,
            lines_truncated: truncated,
            recent_calls,
            notices: notices.into_iter().cloned().collect(),
            alerts: alerts.into_iter().cloned().collect(),
        }
    }

    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a snapshot is plain data")
    }
}

/// [`Snapshot::take`] and [`Snapshot::to_json`] in one, for callers that
/// hold no lock anyone waits for.
pub fn snapshot_json(config: &WardConfig, cal: &queue_core::calendar::WardCalendar, state: &OfficeState, content: &OfficeContent, now: jiff::Timestamp, feed: Feed) -> String {
    Snapshot::take(config, cal, state, content, now, feed).to_json()
}
