//! How good are the wait estimates? Replays an office's event log through
//! the real [`OfficeState`], records the estimate a resident was shown each
//! time a ticket joined a line (issued, transferred, or moved on to the next
//! step of a journey), and compares it with the wait that followed until the
//! ticket was called.
//!
//! The event log is the one the server keeps (`events` table): it names the
//! ticket each call took, so the replay does not depend on call-next picking
//! the same ticket again. Because the replay drives the same code as the live
//! server, the estimates it records are the ones the kiosk, the phone page
//! and the printed ticket showed (the tests check this on simulated days).
//!
//! [`simulate_day`] makes such a log without an office: residents arrive
//! through the day, counters call, serve (for service times that differ from
//! the configured ones, so the estimator has to learn), take a lunch break,
//! and some residents do not answer their call.

use crate::clock::business_day;
use crate::config::Office;
use crate::forecast::synth::Rng;
use crate::ids::{CounterId, QueueId, TicketId};
use crate::lang::Lang;
use crate::office::{Change, ChangeKind, IssueTarget, OfficeState, WaitEstimate};
use jiff::Timestamp;
use jiff::civil::{Date, Time};
use std::cmp::Reverse;
use std::collections::{BTreeMap, BinaryHeap, HashMap};
use std::sync::Arc;

/// One line of the event log, as far as the replay needs it.
#[derive(Debug, Clone, PartialEq)]
pub struct LogEvent {
    pub kind: ChangeKind,
    pub ticket: Option<String>,
    /// The queue the ticket is in after the change.
    pub queue: Option<String>,
    pub counter: Option<String>,
    pub at: Timestamp,
}

impl LogEvent {
    /// The log line a live change writes.
    pub fn of(change: &Change) -> LogEvent {
        LogEvent {
            kind: change.kind,
            ticket: change.ticket.as_ref().map(|t| t.id.to_string()),
            queue: change.ticket.as_ref().map(|t| t.queue.to_string()),
            counter: change.counter.as_ref().map(CounterId::to_string),
            at: change.at,
        }
    }
}

/// How a ticket came to stand in the line it was estimated for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Entry {
    Issued,
    /// Transferred, or moved on to its journey's next step.
    Moved,
}

/// One estimate and what happened.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitSample {
    pub ticket: String,
    pub queue: QueueId,
    pub entry: Entry,
    pub at: Timestamp,
    /// 1 for the next to be called.
    pub position: u32,
    pub estimate: WaitEstimate,
    /// Seconds from joining the line to the call; `None` when the ticket
    /// left the line uncalled (cancelled, or still waiting at the day's end).
    pub waited: Option<u64>,
}

/// What a replay found.
#[derive(Debug, Clone, Default)]
pub struct Replay {
    pub samples: Vec<WaitSample>,
    /// Log lines that did not apply to the replayed state (a log that starts
    /// in the middle of a day, or a ticket of a queue no longer configured).
    pub skipped: usize,
}

/// Replays one office's event log, in `seq` order.
pub fn replay(office: Arc<Office>, events: &[LogEvent]) -> Replay {
    let mut out = Replay::default();
    let Some(first) = events.first() else { return out };
    let mut state = OfficeState::new(office.clone(), business_day(first.at), 0);
    // The sample each waiting ticket will close when it is called.
    let mut open: HashMap<String, usize> = HashMap::new();
    for e in events {
        // A new day starts with the server's day-started line, or (in a log
        // without one) with the first ticket issued on a later day. Calls
        // after midnight still belong to the day that issued the ticket.
        let day = business_day(e.at);
        if e.kind == ChangeKind::DayStarted || (e.kind == ChangeKind::Issued && day > state.day()) {
            state = OfficeState::new(office.clone(), day.max(state.day()), 0);
            open.clear();
        }
        if apply(&mut state, e, &mut open, &mut out.samples).is_none() {
            out.skipped += 1;
        }
    }
    out
}

/// Applies one log line; `None` when it does not fit the state.
fn apply(state: &mut OfficeState, e: &LogEvent, open: &mut HashMap<String, usize>, samples: &mut Vec<WaitSample>) -> Option<()> {
    use ChangeKind as K;
    let ticket = e.ticket.as_deref();
    match e.kind {
        // A counter's pauses and a queue's early closing change who is
        // called next and what is estimated, but the log already names each
        // call as it happened; the backtest does not replay the estimates'
        // counter count from them (yet).
        K::DayStarted | K::Unserved | K::Returned | K::Preparing | K::Ready | K::JourneyChanged | K::PrinterAttention | K::BoardContent | K::CounterState | K::Reception => {}
        K::Issued => {
            let id = ticket?;
            let queue = e.queue.clone()?;
            state.issue(IssueTarget::Queue(queue), Lang::ja(), TicketId::parse(id).ok()?, id.to_owned(), e.at).ok()?;
            open_sample(state, id, Entry::Issued, e.at, open, samples);
        }
        K::Called => {
            let id = ticket?;
            state.call_ticket(e.counter.as_deref()?, id, e.at).ok()?;
            if let Some(i) = open.remove(id) {
                let s = &mut samples[i];
                s.waited = Some(seconds_between(s.at, e.at));
            }
        }
        K::Recalled => drop(state.recall(ticket?, e.at).ok()?),
        K::Started => drop(state.start(ticket?, e.at).ok()?),
        K::Finished => drop(state.finish(ticket?, e.at).ok()?),
        K::NoShow => drop(state.no_show(ticket?, e.at).ok()?),
        K::Cancelled => {
            let id = ticket?;
            state.cancel(id, e.at).ok()?;
            open.remove(id);
        }
        K::Advanced | K::Transferred => {
            // The log keeps the queue it went to, not the journey: replayed as
            // a transfer, which also keeps its place by original issue time
            // (unless the queue puts transfers first).
            let id = ticket?;
            state.transfer(id, IssueTarget::Queue(e.queue.clone()?), e.at).ok()?;
            open.remove(id);
            open_sample(state, id, Entry::Moved, e.at, open, samples);
        }
    }
    Some(())
}

fn open_sample(state: &OfficeState, id: &str, entry: Entry, at: Timestamp, open: &mut HashMap<String, usize>, samples: &mut Vec<WaitSample>) {
    let Some(t) = state.ticket(id) else { return };
    let Some(position) = state.position(t) else { return };
    open.insert(id.to_owned(), samples.len());
    samples.push(WaitSample {
        ticket: id.to_owned(),
        queue: t.queue.clone(),
        entry,
        at,
        position,
        estimate: state.wait_estimate(&t.queue, position),
        waited: None,
    });
}

fn seconds_between(from: Timestamp, to: Timestamp) -> u64 {
    u64::try_from((to.as_millisecond() - from.as_millisecond()) / 1000).unwrap_or(0)
}

/// The error of the estimates in a band of positions (or overall).
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorSummary {
    pub label: String,
    /// Estimates whose ticket was called.
    pub n: usize,
    pub mean_wait_s: f64,
    /// Mean of |p50 − actual|.
    pub mean_abs_error_s: f64,
    pub median_abs_error_s: f64,
    /// Mean of (p50 − actual): negative when the estimates are too short.
    pub bias_s: f64,
    /// Share of actual waits at or under the p90 (0.9 is right).
    pub within_p90: f64,
    /// Share of actual waits at or under the p50 (0.5 is right).
    pub within_p50: f64,
}

impl ErrorSummary {
    /// The header of [`table_row`](Self::table_row)'s Markdown table.
    pub const TABLE_HEADER: &str = "| sample | estimates called | mean wait | mean abs error | median abs error | bias | actual ≤ p50 | actual ≤ p90 |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |";

    /// One Markdown table row, in minutes and percent.
    pub fn table_row(&self, name: &str) -> String {
        format!(
            "| {name} | {} | {:.1} min | {:.1} min | {:.1} min | {:+.1} min | {:.0}% | {:.0}% |",
            self.n,
            self.mean_wait_s / 60.0,
            self.mean_abs_error_s / 60.0,
            self.median_abs_error_s / 60.0,
            self.bias_s / 60.0,
            self.within_p50 * 100.0,
            self.within_p90 * 100.0
        )
    }
}

/// The backtest of a set of samples: overall and by position in line.
#[derive(Debug, Clone, PartialEq)]
pub struct WaitReport {
    pub overall: ErrorSummary,
    pub by_position: Vec<ErrorSummary>,
    /// Estimates whose ticket left the line uncalled.
    pub uncalled: usize,
}

/// Position bands of the report: the next in line, the few behind, the long tail.
const BANDS: [(u32, u32, &str); 4] = [(1, 1, "1 (next)"), (2, 5, "2–5"), (6, 15, "6–15"), (16, u32::MAX, "16+")];

pub fn report(samples: &[WaitSample]) -> WaitReport {
    let called: Vec<&WaitSample> = samples.iter().filter(|s| s.waited.is_some()).collect();
    let by_position = BANDS
        .iter()
        .map(|&(lo, hi, label)| summarize(label, called.iter().copied().filter(|s| (lo..=hi).contains(&s.position))))
        .collect();
    WaitReport { overall: summarize("all", called.iter().copied()), by_position, uncalled: samples.len() - called.len() }
}

fn summarize<'a>(label: &str, samples: impl Iterator<Item = &'a WaitSample>) -> ErrorSummary {
    let mut errors = Vec::new();
    let (mut waited, mut signed, mut in90, mut in50) = (0.0, 0.0, 0usize, 0usize);
    for s in samples {
        let actual = s.waited.unwrap_or(0) as f64;
        let p50 = s.estimate.p50 as f64;
        waited += actual;
        signed += p50 - actual;
        errors.push((p50 - actual).abs());
        in90 += usize::from(actual <= s.estimate.p90 as f64);
        in50 += usize::from(actual <= p50);
    }
    let n = errors.len();
    let per = |x: f64| if n == 0 { 0.0 } else { x / n as f64 };
    errors.sort_by(f64::total_cmp);
    ErrorSummary {
        label: label.to_owned(),
        n,
        mean_wait_s: per(waited),
        mean_abs_error_s: per(errors.iter().sum()),
        median_abs_error_s: errors.get(n / 2).copied().unwrap_or(0.0),
        bias_s: per(signed),
        within_p90: per(in90 as f64),
        within_p50: per(in50 as f64),
    }
}

/// How a simulated day runs.
#[derive(Debug, Clone)]
pub struct Simulation {
    pub seed: u64,
    /// Coefficient of variation of service times (gamma distributed).
    pub service_cv: f64,
    /// The true mean service time of each queue is the configured one times
    /// a factor drawn uniformly from this range, once per queue and day.
    pub service_factor: (f64, f64),
    /// Share of called residents who do not come (recalled once, then no-show).
    pub no_show: f64,
    /// Seconds from the call until service starts (walking to the counter).
    pub walk_seconds: f64,
    /// Minutes of each counter's lunch break, starting between 11:30 and 13:00.
    pub lunch_minutes: i64,
    /// Share of the waiting residents who give up and cancel (each draws a
    /// patience; those who run out cancel before they are called).
    pub abandon: f64,
}

impl Default for Simulation {
    fn default() -> Self {
        Simulation { seed: 1, service_cv: 0.8, service_factor: (0.7, 1.4), no_show: 0.03, walk_seconds: 40.0, lunch_minutes: 45, abandon: 0.02 }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
enum Happening {
    Arrive(QueueId),
    CounterReady(CounterId),
    Start(CounterId, String),
    Finish(CounterId, String),
    NoAnswer(CounterId, String, u8),
    GiveUp(String),
}

/// A simulated day: its event log, and the estimate each ticket was shown
/// when it was issued (what the kiosk said), by ticket id.
#[derive(Debug, Clone, Default)]
pub struct SimulatedDay {
    pub log: Vec<LogEvent>,
    pub shown: HashMap<String, WaitEstimate>,
}

/// Runs one day of an office with residents arriving at `arrivals` (any
/// order) and every configured counter staffed. Deterministic for a seed.
pub fn simulate_day(office: Arc<Office>, day: Date, arrivals: &[(Timestamp, QueueId)], sim: &Simulation) -> SimulatedDay {
    let mut rng = Rng::new(sim.seed ^ u64::try_from(day.to_zoned(crate::clock::tokyo()).map_or(0, |z| z.timestamp().as_second())).unwrap_or(0));
    let mut state = OfficeState::new(office.clone(), day, 0);
    let mut log = Vec::new();
    let mut shown = HashMap::new();
    let mut agenda: BinaryHeap<Reverse<(i64, u64, Happening)>> = BinaryHeap::new();
    let mut order = 0u64;
    let mut push = |agenda: &mut BinaryHeap<Reverse<(i64, u64, Happening)>>, at_ms: i64, h: Happening| {
        order += 1;
        agenda.push(Reverse((at_ms, order, h)));
    };
    let factor: BTreeMap<QueueId, f64> = office
        .queues
        .iter()
        .map(|q| (q.id.clone(), sim.service_factor.0 + (sim.service_factor.1 - sim.service_factor.0) * rng.uniform()))
        .collect();
    for (at, q) in arrivals {
        push(&mut agenda, at.as_millisecond(), Happening::Arrive(q.clone()));
    }
    // Counters open with the first arrival; each takes one lunch break.
    let start = arrivals.iter().map(|(at, _)| at.as_millisecond()).min().unwrap_or(0);
    let noon = day.at(11, 30, 0, 0).to_zoned(crate::clock::tokyo()).map_or(start, |z| z.timestamp().as_millisecond());
    let mut lunch: HashMap<CounterId, (i64, i64)> = HashMap::new();
    let mut idle: Vec<CounterId> = Vec::new();
    for c in &office.counters {
        let from = noon + (rng.uniform() * 90.0 * 60_000.0) as i64;
        lunch.insert(c.id.clone(), (from, from + sim.lunch_minutes * 60_000));
        push(&mut agenda, start, Happening::CounterReady(c.id.clone()));
    }
    let mut next_id = 0u32;
    let k = 1.0 / (sim.service_cv * sim.service_cv);
    while let Some(Reverse((now_ms, _, h))) = agenda.pop() {
        let now = Timestamp::from_millisecond(now_ms).unwrap_or(Timestamp::UNIX_EPOCH);
        let mut record = |c: Change| log.push(LogEvent::of(&c));
        match h {
            Happening::Arrive(q) => {
                next_id += 1;
                let id = format!("sim{next_id:05}");
                let Ok(ticket) = TicketId::parse(&id) else { continue };
                let Ok(c) = state.issue(IssueTarget::Queue(q.to_string()), Lang::ja(), ticket, id.clone(), now) else { continue };
                record(c);
                if let Some(t) = state.ticket(&id)
                    && let Some(p) = state.position(t)
                {
                    shown.insert(id.clone(), state.wait_estimate(&t.queue, p));
                }
                if rng.uniform() < sim.abandon {
                    // Patience of 10 to 70 minutes.
                    push(&mut agenda, now_ms + ((10.0 + 60.0 * rng.uniform()) * 60_000.0) as i64, Happening::GiveUp(id));
                }
                for c in std::mem::take(&mut idle) {
                    push(&mut agenda, now_ms, Happening::CounterReady(c));
                }
            }
            Happening::CounterReady(c) => {
                let (from, to) = lunch[&c];
                if (from..to).contains(&now_ms) {
                    push(&mut agenda, to, Happening::CounterReady(c));
                    continue;
                }
                match state.call_next(c.as_str(), now) {
                    Ok(Some(change)) => {
                        let id = change.ticket.as_ref().map(|t| t.id.to_string()).unwrap_or_default();
                        record(change);
                        if rng.uniform() < sim.no_show {
                            push(&mut agenda, now_ms + 60_000, Happening::NoAnswer(c, id, 1));
                        } else {
                            push(&mut agenda, now_ms + (sim.walk_seconds * 1000.0) as i64, Happening::Start(c, id));
                        }
                    }
                    _ => idle.push(c),
                }
            }
            Happening::Start(c, id) => {
                if let Ok(change) = state.start(&id, now) {
                    let queue = change.ticket.as_ref().map(|t| t.queue.clone());
                    record(change);
                    let mean = queue.as_ref().and_then(|q| office.queue(q.as_str())).map_or(600.0, |q| q.service_minutes * 60.0)
                        * queue.as_ref().and_then(|q| factor.get(q)).copied().unwrap_or(1.0);
                    let seconds = (rng.gamma(k) * mean / k).max(20.0);
                    push(&mut agenda, now_ms + (seconds * 1000.0) as i64, Happening::Finish(c, id));
                }
            }
            Happening::Finish(c, id) => {
                if let Ok(change) = state.finish(&id, now) {
                    record(change);
                }
                push(&mut agenda, now_ms, Happening::CounterReady(c));
            }
            Happening::NoAnswer(c, id, tries) => {
                if tries < 2 {
                    if let Ok(change) = state.recall(&id, now) {
                        record(change);
                    }
                    push(&mut agenda, now_ms + 60_000, Happening::NoAnswer(c, id, tries + 1));
                } else {
                    if let Ok(change) = state.no_show(&id, now) {
                        record(change);
                    }
                    push(&mut agenda, now_ms, Happening::CounterReady(c));
                }
            }
            Happening::GiveUp(id) => {
                if state.ticket(&id).is_some_and(|t| t.status == crate::ticket::Status::Waiting)
                    && let Ok(change) = state.cancel(&id, now)
                {
                    record(change);
                }
            }
        }
    }
    SimulatedDay { log, shown }
}

/// Arrival instants for `counts` residents per (queue, hour), spread evenly
/// at random within each hour, never after `close`.
pub fn spread_arrivals(day: Date, counts: &[(QueueId, u8, u32)], close: Time, seed: u64) -> Vec<(Timestamp, QueueId)> {
    let mut rng = Rng::new(seed);
    let mut out = Vec::new();
    let at_ms = |t: jiff::civil::DateTime| t.to_zoned(crate::clock::tokyo()).map(|z| z.timestamp().as_millisecond());
    let Ok(close) = at_ms(day.to_datetime(close)) else { return out };
    for (queue, hour, n) in counts {
        let Ok(top) = at_ms(day.at(i8::try_from(*hour).unwrap_or(0), 0, 0, 0)) else { continue };
        let span = (close - top).clamp(0, 3_600_000) as f64;
        for _ in 0..*n {
            let at = top + (rng.uniform() * span) as i64;
            if let Ok(at) = Timestamp::from_millisecond(at) {
                out.push((at, queue.clone()));
            }
        }
    }
    out.sort();
    out
}

/// A plausible day of one office: the synthetic generator's arrivals per
/// queue (calendar effects, the moving season, Mondays), split into hours
/// by the built-in profile and spread within them.
pub fn synthetic_arrivals(cal: &crate::WardCalendar, config: &crate::WardConfig, office: &str, day: Date, seed: u64) -> Vec<(Timestamp, QueueId)> {
    let Some((open, close)) = cal.opening_hours(office, day) else { return Vec::new() };
    let mut rng = Rng::new(seed);
    let mut counts = Vec::new();
    for d in crate::forecast::synth::generate(cal, config, day, day, seed).iter().filter(|d| d.office.as_str() == office) {
        for (hour, n) in crate::forecast::synth::split_hours(d, open, close, &mut rng) {
            counts.push((d.queue.clone(), hour, n));
        }
    }
    spread_arrivals(day, &counts, close, seed.wrapping_add(1))
}

#[cfg(test)]
mod tests;
