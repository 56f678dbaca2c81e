//! The live state of one office for one business day: numbering, waiting
//! lines, call-next, the ticket lifecycle and first wait estimates.
//!
//! Every method that changes something returns a [`Change`] carrying the next
//! `seq` of the office; the caller persists it and then announces it. The
//! state is rebuilt from the persisted tickets after a restart with
//! [`OfficeState::restore`].

use crate::config::{Office, TransferOrder};
use crate::ids::{CounterId, OfficeId, QueueId, ServiceId, TicketId};
use crate::lang::Lang;
use crate::ticket::{Action, JourneyStep, Status, StepStatus, Ticket, TicketNumber, TransitionError};
use jiff::Timestamp;
use jiff::civil::Date;
use std::collections::{BTreeSet, HashMap, VecDeque};
use std::sync::Arc;

/// How many recent calls an office remembers for its displays.
pub const RECENT_CALLS: usize = 10;
/// How many recent service times per queue feed the wait estimate.
const SERVICE_SAMPLES: usize = 15;
/// A counter that called nobody for this long counts as closed.
const ACTIVE_SECONDS: i64 = 30 * 60;
/// For this long after the day's first call, counters that have not called
/// yet still count as open.
const OPENING_SECONDS: i64 = 10 * 60;
/// The relative error of the service-time and open-counter figures behind a
/// wait estimate (how far the line's real pace strays from the one measured
/// over the last few tickets); calibrated by the backtest so that nine
/// waits in ten stay under the p90.
pub const MODEL_CV: f64 = 0.4;
/// The squared coefficient of variation of the gap between two counters
/// coming free: 1 for memoryless service; more in practice, as counters go
/// on breaks and residents do not answer their call (also calibrated by the
/// backtest).
pub const GAP_CV2: f64 = 1.6;

/// What [`OfficeState::wait_estimate`] needs of a queue, for any position.
#[derive(Debug, Clone, Copy)]
pub struct WaitEstimator {
    free: f64,
    service: f64,
    open: f64,
}

impl WaitEstimator {
    pub fn at(&self, position: u32) -> WaitEstimate {
        let turns = f64::from(position) - self.free;
        if turns <= 0.0 {
            return WaitEstimate { p50: 0, p90: 0 };
        }
        let mean = turns * self.service / self.open;
        let spread = (GAP_CV2 / turns + MODEL_CV * MODEL_CV).sqrt();
        let p90 = mean * (1.0 + 1.2816 * spread);
        WaitEstimate { p50: mean.round() as u64, p90: p90.round() as u64 }
    }
}

/// An estimated wait in seconds.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct WaitEstimate {
    pub p50: u64,
    pub p90: u64,
}

/// Why a command was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DomainError {
    #[error("office {office} has no queue {queue:?}")]
    UnknownQueue { office: OfficeId, queue: String },
    #[error("office {office} does not offer service {service:?}")]
    UnknownService { office: OfficeId, service: String },
    #[error("office {office} has no counter {counter:?}")]
    UnknownCounter { office: OfficeId, counter: String },
    #[error("no ticket {0} today")]
    TicketNotFound(String),
    #[error(transparent)]
    Transition(#[from] TransitionError),
    #[error("the journey is empty")]
    EmptyJourney,
    #[error("the ticket is not on a life-event journey")]
    NotOnJourney,
    #[error("the journey has no step {0}")]
    UnknownStep(usize),
    #[error("journey step {0} is already done or skipped")]
    StepNotPending(usize),
    #[error("journey step {0} is no longer the step that was seen: the journey changed meanwhile")]
    StepChanged(usize),
    #[error("a journey has at most {max} steps")]
    JourneyTooLong { max: usize },
    #[error("counter {counter} is {state}: open it before calling")]
    CounterNotOpen { counter: String, state: &'static str },
    #[error("reception for queue {queue} is closed ({why}){}", opens.map(|t| format!("; it opens at {}", t.to_zoned(crate::clock::tokyo()).strftime("%Y-%m-%d %H:%M"))).unwrap_or_default())]
    ReceptionClosed { queue: String, why: &'static str, opens: Option<Timestamp> },
}

/// What a counter is doing, as its desk says.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum CounterState {
    /// Calls and serves (the default at the start of a day).
    #[default]
    Open,
    /// Away for a while — a break, a phone call, paperwork: not called to,
    /// not counted in estimates.
    Paused,
    /// Not staffed.
    Closed,
}

impl CounterState {
    pub fn as_str(self) -> &'static str {
        match self {
            CounterState::Open => "open",
            CounterState::Paused => "paused",
            CounterState::Closed => "closed",
        }
    }

    pub fn parse(s: &str) -> Option<CounterState> {
        [CounterState::Open, CounterState::Paused, CounterState::Closed].into_iter().find(|c| c.as_str() == s)
    }
}

/// A counter's state, why and since when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CounterStatus {
    pub state: CounterState,
    /// `break`, `phone`, `paperwork`, `other`, or free text; empty when open.
    pub reason: String,
    pub since: Timestamp,
}

/// What a desk saw of a journey step it asks to skip. Steps are named by
/// their index, and another desk may add a step before it in the meantime;
/// a step that no longer matches is refused rather than the wrong one skipped.
#[derive(Debug, Clone, Copy, Default)]
pub struct SeenStep<'a> {
    /// The step's queue, if the caller says.
    pub queue: Option<&'a str>,
    /// The step's service, if the caller says.
    pub service: Option<&'a str>,
}

impl SeenStep<'_> {
    fn matches(&self, step: &JourneyStep) -> bool {
        self.queue.is_none_or(|q| q == step.queue.as_str()) && self.service.is_none_or(|s| step.service.as_ref().map(ServiceId::as_str) == Some(s))
    }
}

/// What to issue a ticket for.
#[derive(Debug, Clone)]
pub enum IssueTarget {
    Service(String),
    Queue(String),
    /// A journey already resolved to steps (life events are resolved by the caller).
    Journey(Vec<JourneyStep>),
}

/// The kind of a change, named as the websocket event type.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Issued,
    Called,
    Recalled,
    Started,
    Finished,
    /// A journey step was finished and the ticket waits in the next step's queue.
    Advanced,
    NoShow,
    Cancelled,
    Transferred,
    /// A new business day began: numbers restart and the lines are empty.
    DayStarted,
    /// A ticket still open when its day ended, closed with it.
    Unserved,
    /// A resident marked no-show came back and waits again, first in line.
    Returned,
    /// Seen at a counter; waits for a document (交付待ち).
    Preparing,
    /// Its document is ready at a counter (お受け取りできます).
    Ready,
    /// Steps were added to a ticket's journey, or a later one skipped.
    JourneyChanged,
    /// A ticket printer failed (offline, out of paper, timed out): staff
    /// desks should look at it. The printer and reason are in the note.
    PrinterAttention,
    /// What the office's boards show besides calls changed (a notice, an
    /// emergency alert). The queue does not look inside: the note carries
    /// the boards' own description of the change.
    BoardContent,
    /// A counter was opened, paused or closed; the note is `state:reason`.
    CounterState,
    /// A queue's reception was closed early or opened again today; the note
    /// is `closed:reason` or `open:`.
    Reception,
}

impl ChangeKind {
    pub fn event_type(self) -> &'static str {
        match self {
            ChangeKind::Issued => "ticket.issued",
            ChangeKind::Called => "ticket.called",
            ChangeKind::Recalled => "ticket.recalled",
            ChangeKind::Started => "ticket.started",
            ChangeKind::Finished => "ticket.finished",
            ChangeKind::Advanced => "ticket.advanced",
            ChangeKind::NoShow => "ticket.no_show",
            ChangeKind::Cancelled => "ticket.cancelled",
            ChangeKind::Transferred => "ticket.transferred",
            ChangeKind::DayStarted => "day.started",
            ChangeKind::Unserved => "ticket.unserved",
            ChangeKind::Returned => "ticket.returned",
            ChangeKind::Preparing => "ticket.preparing",
            ChangeKind::Ready => "ticket.ready",
            ChangeKind::PrinterAttention => "printer.attention",
            ChangeKind::JourneyChanged => "ticket.journey_changed",
            ChangeKind::BoardContent => "board.content",
            ChangeKind::CounterState => "counter.state",
            ChangeKind::Reception => "queue.reception",
        }
    }

    pub fn parse(event_type: &str) -> Option<ChangeKind> {
        use ChangeKind::*;
        [Issued, Called, Recalled, Started, Finished, Advanced, NoShow, Cancelled, Transferred, DayStarted, Unserved, Returned, Preparing, Ready, PrinterAttention, JourneyChanged, BoardContent, CounterState, Reception]
            .into_iter()
            .find(|k| k.event_type() == event_type)
    }
}

/// One change of an office's state, numbered by the office's `seq`.
#[derive(Debug, Clone)]
pub struct Change {
    pub office: OfficeId,
    pub seq: u64,
    pub kind: ChangeKind,
    pub at: Timestamp,
    /// The ticket after the change (none for a new day).
    pub ticket: Option<Ticket>,
    /// The counter that acted, when one did.
    pub counter: Option<CounterId>,
    /// The queue the ticket was in before a transfer or journey step.
    pub from_queue: Option<QueueId>,
    /// Free detail for changes without a ticket (a printer's id and trouble).
    pub note: Option<String>,
}

/// Orders a queue's waiting line: tickets put in front first, then by the
/// time that counts for their place, then by issue order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct WaitKey {
    behind: bool,
    since: Timestamp,
    index: usize,
}

/// The live state of an office for one business day.
#[derive(Debug, Clone)]
pub struct OfficeState {
    config: Arc<Office>,
    day: Date,
    seq: u64,
    tickets: Vec<Ticket>,
    by_id: HashMap<TicketId, usize>,
    by_token: HashMap<String, usize>,
    lines: HashMap<QueueId, BTreeSet<WaitKey>>,
    last_number: HashMap<QueueId, u32>,
    service_seconds: HashMap<QueueId, VecDeque<f64>>,
    recent_calls: VecDeque<usize>,
    /// When each counter last called someone.
    last_call: HashMap<CounterId, Timestamp>,
    /// The first call of the day at any counter.
    first_call: Option<Timestamp>,
    /// The ticket each counter has called or is serving now (kept by
    /// `track_counter` on every change, so estimates need not scan the day).
    at_counter: HashMap<CounterId, usize>,
    /// The time of the latest change: "now" for estimates.
    latest: Timestamp,
    /// Counters paused or closed today (absent: open).
    counter_states: HashMap<CounterId, CounterStatus>,
    /// Queues whose reception a manager closed for the rest of today, and why.
    closed_early: HashMap<QueueId, String>,
    /// The priority tickets waiting in each line (also in `lines`).
    priority_lines: HashMap<QueueId, BTreeSet<WaitKey>>,
    /// Regular tickets called from each queue since its last priority one.
    regular_since_priority: HashMap<QueueId, u32>,
}

impl OfficeState {
    /// An empty office at the start of `day`, continuing from `seq`.
    pub fn new(config: Arc<Office>, day: Date, seq: u64) -> Self {
        let lines = config.queues.iter().map(|q| (q.id.clone(), BTreeSet::new())).collect();
        OfficeState {
            config,
            day,
            seq,
            tickets: Vec::new(),
            by_id: HashMap::new(),
            by_token: HashMap::new(),
            lines,
            last_number: HashMap::new(),
            service_seconds: HashMap::new(),
            recent_calls: VecDeque::new(),
            last_call: HashMap::new(),
            first_call: None,
            at_counter: HashMap::new(),
            latest: Timestamp::UNIX_EPOCH,
            counter_states: HashMap::new(),
            closed_early: HashMap::new(),
            priority_lines: HashMap::new(),
            regular_since_priority: HashMap::new(),
        }
    }

    /// Rebuilds the state from the day's persisted tickets and the last `seq`.
    /// Tickets whose queue is no longer configured keep their number but are
    /// not put back in a line.
    pub fn restore(config: Arc<Office>, day: Date, seq: u64, mut tickets: Vec<Ticket>) -> Self {
        let mut state = OfficeState::new(config, day, seq);
        tickets.retain(|t| t.day == day);
        tickets.sort_by(|a, b| a.issued_at.cmp(&b.issued_at).then(a.number.cmp(&b.number)));
        let mut calls: Vec<(Timestamp, usize)> = Vec::new();
        for ticket in tickets {
            let n = state.last_number.entry(ticket.number.prefix.clone()).or_default();
            *n = (*n).max(ticket.number.n);
            let index = state.insert(ticket);
            let t = &state.tickets[index];
            if let Some(at) = t.called_at {
                calls.push((at, index));
                if let Some(c) = &t.counter {
                    let last = state.last_call.entry(c.clone()).or_insert(at);
                    *last = (*last).max(at);
                }
                state.first_call = Some(state.first_call.map_or(at, |f| f.min(at)));
            }
            let seen = [Some(t.issued_at), t.called_at, t.finished_at].into_iter().flatten().max().unwrap_or(t.issued_at);
            state.latest = state.latest.max(seen);
            if t.status == Status::Done {
                state.note_service_time(index);
            }
        }
        calls.sort();
        for (_, index) in calls.into_iter().rev().take(RECENT_CALLS).rev() {
            state.recent_calls.push_back(index);
        }
        state
    }

    pub fn config(&self) -> &Office {
        &self.config
    }

    pub fn id(&self) -> &OfficeId {
        &self.config.id
    }

    pub fn day(&self) -> Date {
        self.day
    }

    pub fn seq(&self) -> u64 {
        self.seq
    }

    pub fn ticket(&self, id: &str) -> Option<&Ticket> {
        self.by_id.get(id).map(|&i| &self.tickets[i])
    }

    pub fn ticket_by_token(&self, token: &str) -> Option<&Ticket> {
        self.by_token.get(token).map(|&i| &self.tickets[i])
    }

    /// Every ticket of the day, in issue order.
    pub fn tickets(&self) -> &[Ticket] {
        &self.tickets
    }

    /// The waiting line of a queue, next to be called first.
    pub fn line(&self, queue: &QueueId) -> impl Iterator<Item = &Ticket> {
        self.lines.get(queue).into_iter().flatten().map(|k| &self.tickets[k.index])
    }

    pub fn waiting_count(&self, queue: &QueueId) -> usize {
        self.lines.get(queue).map_or(0, BTreeSet::len)
    }

    /// The most recent calls, oldest first.
    pub fn recent_calls(&self) -> impl Iterator<Item = &Ticket> {
        self.recent_calls.iter().map(|&i| &self.tickets[i])
    }

    /// The ticket a counter handles now: its latest call that is still called or serving.
    pub fn current_at(&self, counter: &CounterId) -> Option<&Ticket> {
        self.at_counter.get(counter).map(|&i| &self.tickets[i])
    }

    /// 1 for the next to be called in its queue; `None` unless waiting.
    pub fn position(&self, ticket: &Ticket) -> Option<u32> {
        if ticket.status != Status::Waiting {
            return None;
        }
        let index = *self.by_id.get(&ticket.id)?;
        let line = self.lines.get(&ticket.queue)?;
        let key = Self::key_of(&self.tickets[index], index);
        if !line.contains(&key) {
            return None;
        }
        // Walk in from both ends at once: a new ticket is at the back of a
        // long line, the next to be called at the front, and either is found
        // in a step or two instead of a walk down the whole line.
        let (mut front, mut back) = (line.iter(), line.iter().rev());
        for step in 0..line.len() {
            if front.next() == Some(&key) {
                return u32::try_from(step + 1).ok();
            }
            if back.next() == Some(&key) {
                return u32::try_from(line.len() - step).ok();
            }
        }
        None
    }

    /// Typical seconds a counter spends on a ticket of this queue, from its
    /// call to its end: the mean of recent service times without the longest
    /// and the shortest, so one long consultation does not swing it (a
    /// median would, for the skewed times of a counter, run well under the
    /// mean that a line's wait adds up); the configured figure until there
    /// are a few.
    pub fn service_seconds(&self, queue: &QueueId) -> f64 {
        let seed = self.config.queue(queue.as_str()).map_or(600.0, |q| q.service_minutes * 60.0);
        match self.service_seconds.get(queue) {
            Some(samples) if samples.len() >= 5 => {
                let mut s: Vec<f64> = samples.iter().copied().collect();
                s.sort_by(f64::total_cmp);
                let middle = &s[1..s.len() - 1];
                middle.iter().sum::<f64>() / middle.len() as f64
            }
            Some(samples) if samples.len() >= 3 => {
                let mut s: Vec<f64> = samples.iter().copied().collect();
                s.sort_by(f64::total_cmp);
                s[s.len() / 2]
            }
            _ => seed,
        }
    }

    /// How many counters' worth of time a queue gets now.
    ///
    /// Counters that called someone in the last half hour are the open ones
    /// (all configured counters before the first call of the day). A counter
    /// that serves several queues with people waiting splits its time among
    /// them.
    pub fn open_counters(&self, queue: &QueueId) -> f64 {
        let share: f64 = self
            .open_counter_ids(queue)
            .filter_map(|id| self.config.counter(id.as_str()))
            .map(|c| {
                // Oldest first across a counter's queues gives each queue calls
                // in proportion to its line (their heads wait about as long).
                let own = self.waiting_count(queue).max(1) as f64;
                let all: f64 = c.queues.iter().filter(|q| q.get_ref() != queue).map(|q| self.waiting_count(q.get_ref()) as f64).sum();
                own / (own + all)
            })
            .sum();
        share.max(0.5)
    }

    /// The counters open for `queue`: those that called someone in the last
    /// half hour; in the first minutes after the day's first call also those
    /// that have not called yet (counters open one after another in the
    /// morning); every configured one when none of them is open that way.
    fn open_counter_ids<'a>(&'a self, queue: &'a QueueId) -> impl Iterator<Item = &'a CounterId> + 'a {
        let now = self.latest.as_second();
        let opening = self.first_call.is_some_and(|f| now - f.as_second() < OPENING_SECONDS);
        let open = move |c: &&CounterId| match self.last_call.get(*c) {
            Some(at) => now - at.as_second() < ACTIVE_SECONDS,
            None => opening,
        };
        let staffed = move |c: &&CounterId| self.counter_states.get(*c).is_none_or(|s| s.state == CounterState::Open);
        let any_open = self.config.counters_for(queue).map(|c| &c.id).filter(staffed).any(|c| open(&c));
        self.config.counters_for(queue).map(|c| &c.id).filter(staffed).filter(move |c| !any_open || open(c))
    }

    /// Estimated seconds until a ticket at `position` in `queue` is called:
    /// the people ahead of it, times the typical service time, shared out
    /// over the counters open for the queue (the median, p50).
    pub fn estimate_for_position(&self, queue: &QueueId, position: u32) -> u64 {
        self.wait_estimate(queue, position).p50
    }

    /// The median and 90th-percentile wait for `position`.
    ///
    /// The ticket is called when the `position − free`-th counter comes free
    /// (`free`: open counters for the queue with nobody at them, who call the
    /// first in line at once). With `c` counters' worth of time and a typical
    /// service time `S`, counters come free every `S/c` on average, so the
    /// wait is about `turns · S/c`. Its spread has two parts: the sum of
    /// `turns` random gaps (coefficient of variation `1/√turns` for
    /// memoryless service) and the error of `S` and `c` themselves, which
    /// does not average out over a long line ([`MODEL_CV`]); the p90 takes
    /// the normal approximation of both. The backtest in
    /// `docs/forecasting.md` measures how well this holds.
    pub fn wait_estimate(&self, queue: &QueueId, position: u32) -> WaitEstimate {
        self.wait_estimator(queue).at(position)
    }

    /// The estimate's inputs for `queue`, worked out once: estimating every
    /// position of a long line (a board's snapshot, every phone after a
    /// call) then costs a few operations a position.
    pub fn wait_estimator(&self, queue: &QueueId) -> WaitEstimator {
        WaitEstimator { free: self.free_counters(queue), service: self.service_seconds(queue), open: self.open_counters(queue) }
    }

    /// Every waiting ticket's position, line by line, in one walk of each
    /// line (`position` walks one line per ticket).
    pub fn positions(&self) -> impl Iterator<Item = (&Ticket, u32)> {
        self.lines.values().flat_map(move |line| {
            line.iter().zip(1u32..).map(move |(k, p)| (&self.tickets[k.index], p))
        })
    }

    /// The first `n` of every line with their positions: what a snapshot
    /// lists, found without walking the rest of a long line.
    pub fn positions_head(&self, n: usize) -> impl Iterator<Item = (&Ticket, u32)> {
        self.lines.values().flat_map(move |line| {
            line.iter().take(n).zip(1u32..).map(move |(k, p)| (&self.tickets[k.index], p))
        })
    }

    /// Open counters for `queue` that have nobody at them now.
    fn free_counters(&self, queue: &QueueId) -> f64 {
        self.open_counter_ids(queue).filter(|c| !self.at_counter.contains_key(*c)).count() as f64
    }

    pub fn estimated_wait_seconds(&self, ticket: &Ticket) -> Option<u64> {
        self.position(ticket).map(|p| self.estimate_for_position(&ticket.queue, p))
    }

    /// A new business day: every ticket still open is closed with the old
    /// day (`ticket.unserved`, one change each: nothing is carried over
    /// silently), then empty lines, numbers from 1, `seq` continuing
    /// (`day.started`). Nothing when `today` is not after the current day.
    pub fn roll_over(&mut self, today: Date, now: Timestamp) -> Vec<Change> {
        if today <= self.day {
            return Vec::new();
        }
        let open: Vec<usize> = (0..self.tickets.len()).filter(|&i| !self.tickets[i].status.is_final()).collect();
        let mut changes = Vec::with_capacity(open.len() + 1);
        for index in open {
            let t = &mut self.tickets[index];
            let Ok(next) = t.status.after(Action::CloseDay) else { continue };
            t.status = next;
            let counter = t.counter.clone();
            changes.push(self.change_for(ChangeKind::Unserved, now, index, counter, None));
        }
        let seq = self.seq;
        *self = OfficeState::new(self.config.clone(), today, seq);
        changes.push(self.change(ChangeKind::DayStarted, now, None, None, None));
        changes
    }

    /// Issues a ticket with the next number of its queue.
    pub fn issue(&mut self, target: IssueTarget, lang: Lang, id: TicketId, token: String, now: Timestamp) -> Result<Change, DomainError> {
        self.issue_with(target, lang, id, token, false, now)
    }

    /// [`OfficeState::issue`], for a resident who is called ahead of the
    /// line (elderly, disabled, pregnant, a child in arms) when `priority`.
    pub fn issue_with(&mut self, target: IssueTarget, lang: Lang, id: TicketId, token: String, priority: bool, now: Timestamp) -> Result<Change, DomainError> {
        let (queue, service, journey) = match target {
            IssueTarget::Service(service) => {
                let q = self.config.queue_for_service(&service).ok_or_else(|| DomainError::UnknownService {
                    office: self.config.id.clone(),
                    service: service.clone(),
                })?;
                let service = ServiceId::parse(&service).map_err(|_| DomainError::UnknownService { office: self.config.id.clone(), service })?;
                (q.id.clone(), Some(service), None)
            }
            IssueTarget::Queue(queue) => {
                let q = self.config.queue(&queue).ok_or_else(|| DomainError::UnknownQueue { office: self.config.id.clone(), queue })?;
                (q.id.clone(), None, None)
            }
            IssueTarget::Journey(mut steps) => {
                if steps.len() > crate::journey::MAX_STEPS {
                    return Err(DomainError::JourneyTooLong { max: crate::journey::MAX_STEPS });
                }
                let first = steps.first_mut().ok_or(DomainError::EmptyJourney)?;
                first.status = StepStatus::Current;
                for step in &steps {
                    if self.config.queue(step.queue.as_str()).is_none() {
                        return Err(DomainError::UnknownQueue { office: self.config.id.clone(), queue: step.queue.to_string() });
                    }
                }
                (steps[0].queue.clone(), steps[0].service.clone(), Some(steps))
            }
        };
        let n = self.last_number.entry(queue.clone()).or_default();
        *n += 1;
        let number = TicketNumber { prefix: queue.clone(), n: *n };
        let ticket = Ticket {
            id,
            office: self.config.id.clone(),
            day: self.day,
            number,
            queue,
            service,
            status: Status::Waiting,
            counter: None,
            lang,
            token,
            issued_at: now,
            queued_at: now,
            front: false,
            called_at: None,
            started_at: None,
            finished_at: None,
            recalls: 0,
            journey,
            priority,
        };
        let index = self.insert(ticket);
        Ok(self.change_for(ChangeKind::Issued, now, index, None, None))
    }

    /// Calls the ticket that has waited longest (weighted per queue) among
    /// the queues the counter serves; `None` when nobody waits for it.
    pub fn call_next(&mut self, counter: &str, now: Timestamp) -> Result<Option<Change>, DomainError> {
        let counter_cfg = self.config.counter(counter).ok_or_else(|| DomainError::UnknownCounter {
            office: self.config.id.clone(),
            counter: counter.to_owned(),
        })?;
        let state = self.counter_status(&counter_cfg.id).state;
        if state != CounterState::Open {
            return Err(DomainError::CounterNotOpen { counter: counter.to_owned(), state: state.as_str() });
        }
        let mut best: Option<(QueueId, WaitKey, f64)> = None;
        for queue_id in counter_cfg.queues.iter().map(|q| q.get_ref()) {
            let Some(head) = self.next_in(queue_id) else { continue };
            let head = &head;
            let weight = self.config.queue(queue_id.as_str()).map_or(1.0, |q| q.weight);
            let waited = (now.as_millisecond() - head.since.as_millisecond()).max(0) as f64 + 1.0;
            let score = waited * weight;
            let better = match &best {
                None => true,
                Some((_, b, b_score)) => {
                    // Front tickets go first; then the higher weighted wait;
                    // then, on a tie, the one issued earlier.
                    (head.behind, -score, head.index) < (b.behind, -*b_score, b.index)
                }
            };
            if better {
                best = Some((queue_id.clone(), *head, score));
            }
        }
        let Some((queue, key, _)) = best else { return Ok(None) };
        let counter_id = counter_cfg.id.clone();
        self.call_key(counter_id, &queue, key, now).map(Some)
    }

    /// Calls one particular waiting ticket to a counter, whatever its place
    /// in line: replaying the event log (which names the ticket each call
    /// took) needs it, and so would a desk that calls a number by hand.
    pub fn call_ticket(&mut self, counter: &str, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let counter_id = self
            .config
            .counter(counter)
            .ok_or_else(|| DomainError::UnknownCounter { office: self.config.id.clone(), counter: counter.to_owned() })?
            .id
            .clone();
        let index = self.index_of(id)?;
        let queue = self.tickets[index].queue.clone();
        let key = self.lines.get(&queue).and_then(|line| line.iter().find(|k| k.index == index).copied());
        let Some(key) = key else {
            // Not in a line: let the state machine say why (already called, done…).
            return Err(self.tickets[index].status.after(Action::Call).map_or_else(DomainError::from, |_| DomainError::TicketNotFound(id.to_owned())));
        };
        self.call_key(counter_id, &queue, key, now)
    }

    fn call_key(&mut self, counter_id: CounterId, queue: &QueueId, key: WaitKey, now: Timestamp) -> Result<Change, DomainError> {
        self.line_remove(queue, key);
        // The fairness count: regular calls since the queue's last priority one.
        let run = self.regular_since_priority.entry(queue.clone()).or_insert(u32::MAX);
        *run = if self.tickets[key.index].priority { 0 } else { run.saturating_add(1) };
        let t = &mut self.tickets[key.index];
        t.status = t.status.after(Action::Call)?;
        t.counter = Some(counter_id.clone());
        t.called_at = Some(now);
        t.front = false;
        self.last_call.insert(counter_id.clone(), now);
        self.first_call.get_or_insert(now);
        self.recent_calls.push_back(key.index);
        while self.recent_calls.len() > RECENT_CALLS {
            self.recent_calls.pop_front();
        }
        Ok(self.change_for(ChangeKind::Called, now, key.index, Some(counter_id), None))
    }

    /// The counter is done with the resident, who now waits for a document
    /// (交付待ち): the counter is free to call the next, and its time with
    /// this resident counts as service time.
    pub fn prepare(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::Prepare)?;
        let counter = t.counter.clone();
        t.finished_at = Some(now);
        self.note_service_time(index);
        self.tickets[index].finished_at = None;
        Ok(self.change_for(ChangeKind::Preparing, now, index, counter, None))
    }

    /// The document is ready at `counter`: boards list the number under
    /// お受け取りできます and the resident's phone says where to go.
    pub fn make_ready(&mut self, id: &str, counter: &str, now: Timestamp) -> Result<Change, DomainError> {
        let counter_id = self
            .config
            .counter(counter)
            .map(|c| c.id.clone())
            .ok_or_else(|| DomainError::UnknownCounter { office: self.config.id.clone(), counter: counter.to_owned() })?;
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::MakeReady)?;
        t.counter = Some(counter_id.clone());
        t.called_at = Some(now);
        Ok(self.change_for(ChangeKind::Ready, now, index, Some(counter_id), None))
    }

    /// Calls a called ticket again; the display announces it again.
    pub fn recall(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::Recall)?;
        t.recalls += 1;
        t.called_at = Some(now);
        let counter = t.counter.clone();
        self.recent_calls.retain(|&i| i != index);
        self.recent_calls.push_back(index);
        Ok(self.change_for(ChangeKind::Recalled, now, index, counter, None))
    }

    pub fn start(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::Start)?;
        t.started_at = Some(now);
        let counter = t.counter.clone();
        Ok(self.change_for(ChangeKind::Started, now, index, counter, None))
    }

    /// Finishes a ticket, or its current journey step: with a next step the
    /// ticket waits again, same number, in that step's queue, in the order of
    /// its original issue time.
    pub fn finish(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        let was = t.status;
        t.status.after(Action::Finish)?;
        let counter = t.counter.clone();
        t.finished_at = Some(now);
        // A document handed over at pickup took no counter's time since the
        // counter handed it on (that time was counted then).
        if was != Status::Ready {
            self.note_service_time(index);
        }
        let t = &mut self.tickets[index];
        if let (Some(next), from) = (t.next_step(), t.queue.clone())
            && let Some(journey) = t.journey.as_mut()
        {
            if let Some(current) = journey.iter_mut().find(|s| s.status == StepStatus::Current) {
                current.status = StepStatus::Done;
            }
            journey[next].status = StepStatus::Current;
            let step = journey[next].clone();
            t.queue = step.queue;
            t.service = step.service;
            self.requeue(index, now, false);
            return Ok(self.change_for(ChangeKind::Advanced, now, index, counter, Some(from)));
        }
        if let Some(journey) = t.journey.as_mut() {
            for s in journey.iter_mut().filter(|s| s.status == StepStatus::Current) {
                s.status = StepStatus::Done;
            }
        }
        t.status = Status::Done;
        Ok(self.change_for(ChangeKind::Finished, now, index, counter, None))
    }

    /// Skips the current journey step: the ticket waits in the next step's
    /// queue, or is done when it was the last.
    pub fn skip_step(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &self.tickets[index];
        if t.status.is_final() {
            return Err(TransitionError { from: t.status, action: Action::Finish }.into());
        }
        if t.current_step().is_none() {
            return Err(DomainError::NotOnJourney);
        }
        let was_waiting = t.status == Status::Waiting;
        let counter = t.counter.clone();
        if was_waiting {
            self.unqueue(index);
        }
        let t = &mut self.tickets[index];
        let from = t.queue.clone();
        let next = t.next_step();
        let journey = t.journey.as_mut().ok_or(DomainError::NotOnJourney)?;
        if let Some(current) = journey.iter_mut().find(|s| s.status == StepStatus::Current) {
            current.status = StepStatus::Skipped;
        }
        match next {
            Some(n) => {
                journey[n].status = StepStatus::Current;
                let step = journey[n].clone();
                t.queue = step.queue;
                t.service = step.service;
                self.requeue(index, now, false);
                Ok(self.change_for(ChangeKind::Advanced, now, index, counter, Some(from)))
            }
            None => {
                t.status = Status::Done;
                t.finished_at = Some(now);
                Ok(self.change_for(ChangeKind::Finished, now, index, counter, None))
            }
        }
    }

    /// Skips the journey step at index `step`, if it is still the step the
    /// caller `seen`: the current one as [`skip_step`](Self::skip_step) does;
    /// a pending one is only marked skipped, so the resident is never sent
    /// there and stays where they are.
    pub fn skip_step_at(&mut self, id: &str, step: usize, seen: SeenStep<'_>, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        if t.status.is_final() {
            return Err(TransitionError { from: t.status, action: Action::Finish }.into());
        }
        let journey = t.journey.as_mut().ok_or(DomainError::NotOnJourney)?;
        let s = journey.get_mut(step).ok_or(DomainError::UnknownStep(step))?;
        if !seen.matches(s) {
            return Err(DomainError::StepChanged(step));
        }
        match s.status {
            StepStatus::Current => self.skip_step(id, now),
            StepStatus::Pending => {
                s.status = StepStatus::Skipped;
                let counter = t.counter.clone();
                Ok(self.change_for(ChangeKind::JourneyChanged, now, index, counter, None))
            }
            StepStatus::Done | StepStatus::Skipped => Err(DomainError::StepNotPending(step)),
        }
    }

    /// Adds a step for `service` right after the current one (a plain ticket
    /// becomes a journey), so the resident is sent on after this counter.
    pub fn add_step(&mut self, id: &str, service: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let queue = self
            .config
            .queue_for_service(service)
            .ok_or_else(|| DomainError::UnknownService { office: self.config.id.clone(), service: service.to_owned() })?;
        let step = JourneyStep {
            service: Some(ServiceId::parse(service).map_err(|_| DomainError::UnknownService { office: self.config.id.clone(), service: service.to_owned() })?),
            also: Vec::new(),
            queue: queue.id.clone(),
            section: queue.section.get_ref().clone(),
            status: StepStatus::Pending,
        };
        let current_section = self.config.queue(self.tickets[index].queue.as_str()).map(|q| q.section.get_ref().clone());
        let t = &mut self.tickets[index];
        if t.status.is_final() {
            return Err(TransitionError { from: t.status, action: Action::Transfer }.into());
        }
        let journey = t.journey.get_or_insert_with(|| {
            vec![JourneyStep {
                service: t.service.clone(),
                also: Vec::new(),
                queue: t.queue.clone(),
                section: current_section.clone().unwrap_or_else(|| step.section.clone()),
                status: StepStatus::Current,
            }]
        });
        if journey.len() >= crate::journey::MAX_STEPS {
            return Err(DomainError::JourneyTooLong { max: crate::journey::MAX_STEPS });
        }
        let at = journey.iter().position(|s| s.status == StepStatus::Current).map_or(journey.len(), |i| i + 1);
        journey.insert(at, step);
        let counter = t.counter.clone();
        Ok(self.change_for(ChangeKind::JourneyChanged, now, index, counter, None))
    }

    pub fn no_show(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::NoShow)?;
        t.finished_at = Some(now);
        let counter = t.counter.clone();
        Ok(self.change_for(ChangeKind::NoShow, now, index, counter, None))
    }

    /// A resident marked no-show came back (呼び戻し), or the desk undoes a
    /// no-show pressed by mistake: the ticket waits again, first in its
    /// line, its journey as it was.
    pub fn bring_back(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let t = &mut self.tickets[index];
        t.status.after(Action::Return)?;
        let counter = t.counter.clone();
        self.requeue(index, now, true);
        Ok(self.change_for(ChangeKind::Returned, now, index, counter, None))
    }

    /// Today's ticket with this number (`B-012`).
    pub fn ticket_by_number(&self, number: &str) -> Option<&Ticket> {
        let n = crate::ticket::TicketNumber::parse(number)?;
        self.tickets.iter().find(|t| t.number == n)
    }

    pub fn cancel(&mut self, id: &str, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let was_waiting = self.tickets[index].status == Status::Waiting;
        let t = &mut self.tickets[index];
        t.status = t.status.after(Action::Cancel)?;
        t.finished_at = Some(now);
        let counter = t.counter.clone();
        if was_waiting {
            self.unqueue(index);
        }
        Ok(self.change_for(ChangeKind::Cancelled, now, index, counter, None))
    }

    /// Hands a ticket on to another queue (or another service's queue): it
    /// waits again under the same number.
    pub fn transfer(&mut self, id: &str, target: IssueTarget, now: Timestamp) -> Result<Change, DomainError> {
        let index = self.index_of(id)?;
        let (queue, service) = match target {
            IssueTarget::Queue(q) => {
                let queue = self.config.queue(&q).ok_or_else(|| DomainError::UnknownQueue { office: self.config.id.clone(), queue: q })?;
                (queue.id.clone(), None)
            }
            IssueTarget::Service(s) => {
                let queue = self.config.queue_for_service(&s).ok_or_else(|| DomainError::UnknownService { office: self.config.id.clone(), service: s.clone() })?;
                let service = ServiceId::parse(&s).map_err(|_| DomainError::UnknownService { office: self.config.id.clone(), service: s })?;
                (queue.id.clone(), Some(service))
            }
            IssueTarget::Journey(_) => return Err(DomainError::EmptyJourney),
        };
        let status = self.tickets[index].status;
        status.after(Action::Transfer)?;
        let counter = self.tickets[index].counter.clone();
        let from = self.tickets[index].queue.clone();
        if status == Status::Waiting {
            self.unqueue(index);
        }
        let first = self.config.queue(queue.as_str()).is_some_and(|q| q.transfer_order == TransferOrder::First);
        let t = &mut self.tickets[index];
        t.queue = queue;
        if service.is_some() {
            t.service = service;
        }
        self.requeue(index, now, first);
        Ok(self.change_for(ChangeKind::Transferred, now, index, counter, Some(from)))
    }

    /// Records that a printer needs attention.
    pub fn printer_attention(&mut self, printer: &str, reason: &str, now: Timestamp) -> Change {
        let mut c = self.change(ChangeKind::PrinterAttention, now, None, None, None);
        c.note = Some(format!("{printer}: {reason}"));
        c
    }

    /// A counter's state now (open unless its desk said otherwise today).
    pub fn counter_status(&self, counter: &CounterId) -> CounterStatus {
        self.counter_states.get(counter).cloned().unwrap_or(CounterStatus { state: CounterState::Open, reason: String::new(), since: Timestamp::UNIX_EPOCH })
    }

    /// Opens, pauses or closes a counter. A ticket it has called or is
    /// serving stays with it (the desk finishes or hands it back); it is
    /// only not called to again. Setting the state it has is no change.
    pub fn set_counter_state(&mut self, counter: &str, state: CounterState, reason: &str, now: Timestamp) -> Result<Option<Change>, DomainError> {
        let id = self
            .config
            .counter(counter)
            .map(|c| c.id.clone())
            .ok_or_else(|| DomainError::UnknownCounter { office: self.config.id.clone(), counter: counter.to_owned() })?;
        let reason = if state == CounterState::Open { String::new() } else { reason.trim().to_owned() };
        let now_status = self.counter_status(&id);
        if now_status.state == state && now_status.reason == reason {
            return Ok(None);
        }
        if state == CounterState::Open {
            self.counter_states.remove(&id);
        } else {
            self.counter_states.insert(id.clone(), CounterStatus { state, reason: reason.clone(), since: now });
        }
        let mut c = self.change(ChangeKind::CounterState, now, None, Some(id), None);
        c.note = Some(format!("{}:{reason}", state.as_str()));
        Ok(Some(c))
    }

    /// Why a queue's reception was closed early today, if it was.
    pub fn closed_early(&self, queue: &QueueId) -> Option<&str> {
        self.closed_early.get(queue).map(String::as_str)
    }

    /// Closes a queue's reception for the rest of today (`reason` said to
    /// residents and kept), or opens it again (`None`). Those already
    /// waiting are served either way.
    pub fn set_reception(&mut self, queue: &str, closed: Option<&str>, now: Timestamp) -> Result<Option<Change>, DomainError> {
        let id = self
            .config
            .queue(queue)
            .map(|q| q.id.clone())
            .ok_or_else(|| DomainError::UnknownQueue { office: self.config.id.clone(), queue: queue.to_owned() })?;
        let note = match closed {
            Some(reason) => {
                let reason = reason.trim().to_owned();
                if self.closed_early.get(&id) == Some(&reason) {
                    return Ok(None);
                }
                self.closed_early.insert(id.clone(), reason.clone());
                format!("closed:{reason}")
            }
            None => {
                if self.closed_early.remove(&id).is_none() {
                    return Ok(None);
                }
                "open:".to_owned()
            }
        };
        let mut c = self.change(ChangeKind::Reception, now, None, None, Some(id));
        c.note = Some(note);
        Ok(Some(c))
    }

    /// Puts back today's counter states and early closings from the event
    /// log after a restart: `(kind, queue, counter, note, at)` in order.
    pub fn restore_control(&mut self, kind: ChangeKind, queue: Option<&str>, counter: Option<&str>, note: &str, at: Timestamp) {
        let (head, reason) = note.split_once(':').unwrap_or((note, ""));
        match kind {
            ChangeKind::CounterState => {
                let (Some(c), Some(state)) = (counter.and_then(|c| self.config.counter(c)).map(|c| c.id.clone()), CounterState::parse(head)) else { return };
                if state == CounterState::Open {
                    self.counter_states.remove(&c);
                } else {
                    self.counter_states.insert(c, CounterStatus { state, reason: reason.to_owned(), since: at });
                }
            }
            ChangeKind::Reception => {
                let Some(q) = queue.and_then(|q| self.config.queue(q)).map(|q| q.id.clone()) else { return };
                if head == "closed" {
                    self.closed_early.insert(q, reason.to_owned());
                } else {
                    self.closed_early.remove(&q);
                }
            }
            _ => {}
        }
    }

    /// Records that the office's boards have something new to show besides
    /// calls (`note` describes it): a change in the office's sequence like
    /// any other, so that boards hear of it in order and replay it after a
    /// drop.
    pub fn board_content(&mut self, note: String, now: Timestamp) -> Change {
        let mut c = self.change(ChangeKind::BoardContent, now, None, None, None);
        c.note = Some(note);
        c
    }

    fn requeue(&mut self, index: usize, now: Timestamp, front: bool) {
        let t = &mut self.tickets[index];
        t.status = Status::Waiting;
        t.counter = None;
        t.called_at = None;
        t.started_at = None;
        t.finished_at = None;
        t.queued_at = now;
        t.front = front;
        let key = Self::key_of(t, index);
        let queue = t.queue.clone();
        self.line_insert(&queue, key);
    }

    fn unqueue(&mut self, index: usize) {
        let t = &self.tickets[index];
        let key = Self::key_of(t, index);
        let queue = t.queue.clone();
        self.line_remove(&queue, key);
    }

    fn line_insert(&mut self, queue: &QueueId, key: WaitKey) {
        self.lines.entry(queue.clone()).or_default().insert(key);
        if self.tickets.get(key.index).is_some_and(|t| t.priority) {
            self.priority_lines.entry(queue.clone()).or_default().insert(key);
        }
    }

    fn line_remove(&mut self, queue: &QueueId, key: WaitKey) {
        if let Some(line) = self.lines.get_mut(queue) {
            line.remove(&key);
        }
        if let Some(line) = self.priority_lines.get_mut(queue) {
            line.remove(&key);
        }
    }

    /// Whom `queue` calls next: its head; but a priority ticket goes ahead
    /// of regular ones unless the queue's last call was a priority one and
    /// fewer than [`Office::priority_between`] regular calls followed it —
    /// at most one priority call per that many regular ones while both
    /// wait. A ticket put in front (a transfer back) stays first.
    fn next_in(&self, queue: &QueueId) -> Option<WaitKey> {
        let head = *self.lines.get(queue)?.first()?;
        let Some(first_priority) = self.priority_lines.get(queue).and_then(|l| l.first()).copied() else { return Some(head) };
        if !head.behind || head == first_priority {
            return Some(head);
        }
        let run = self.regular_since_priority.get(queue).copied().unwrap_or(u32::MAX);
        Some(if run >= self.config.priority_between { first_priority } else { head })
    }

    fn key_of(t: &Ticket, index: usize) -> WaitKey {
        WaitKey { behind: !t.front, since: if t.front { t.queued_at } else { t.issued_at }, index }
    }

    fn insert(&mut self, ticket: Ticket) -> usize {
        let index = self.tickets.len();
        self.by_id.insert(ticket.id.clone(), index);
        self.by_token.insert(ticket.token.clone(), index);
        let waiting = (ticket.status == Status::Waiting).then(|| (ticket.queue.clone(), Self::key_of(&ticket, index)));
        self.tickets.push(ticket);
        if let Some((queue, key)) = waiting {
            self.line_insert(&queue, key);
        }
        self.track_counter(index);
        index
    }

    /// Keeps `at_counter` in step with ticket `index` after it changed.
    fn track_counter(&mut self, index: usize) {
        self.at_counter.retain(|_, &mut i| i != index);
        let t = &self.tickets[index];
        if let (Status::Called | Status::Serving, Some(c)) = (t.status, &t.counter) {
            self.at_counter.insert(c.clone(), index);
        }
    }

    fn note_service_time(&mut self, index: usize) {
        let t = &self.tickets[index];
        // From the call, not from "start": walking up to the counter takes
        // the counter's time too, and it is the counter's time that sets
        // how fast the line moves.
        let (Some(from), Some(to)) = (t.called_at, t.finished_at) else { return };
        let seconds = (to.as_millisecond() - from.as_millisecond()) as f64 / 1000.0;
        if seconds <= 0.0 {
            return;
        }
        let samples = self.service_seconds.entry(t.queue.clone()).or_default();
        samples.push_back(seconds);
        while samples.len() > SERVICE_SAMPLES {
            samples.pop_front();
        }
    }

    fn index_of(&self, id: &str) -> Result<usize, DomainError> {
        self.by_id.get(id).copied().ok_or_else(|| DomainError::TicketNotFound(id.to_owned()))
    }

    fn change_for(&mut self, kind: ChangeKind, at: Timestamp, index: usize, counter: Option<CounterId>, from_queue: Option<QueueId>) -> Change {
        self.track_counter(index);
        let ticket = self.tickets[index].clone();
        self.change(kind, at, Some(ticket), counter, from_queue)
    }

    fn change(&mut self, kind: ChangeKind, at: Timestamp, ticket: Option<Ticket>, counter: Option<CounterId>, from_queue: Option<QueueId>) -> Change {
        self.seq += 1;
        self.latest = self.latest.max(at);
        Change { office: self.config.id.clone(), seq: self.seq, kind, at, ticket, counter, from_queue, note: None }
    }
}

#[cfg(test)]
mod tests;
