//! What a manager watches during the day: per queue the line, the longest
//! wait, the estimate of a new ticket, the served this hour and a traffic
//! light; per counter its state and for how long; and the alerts that call
//! for action (a wait past the threshold, a counter idle while people
//! wait, a line that will not be served before reception closes). Pure:
//! the caller gives the time.

use crate::OfficeState;
use crate::office::CounterState;
use crate::ticket::Status;
use jiff::Timestamp;

/// A queue's figures now.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct QueueOps {
    pub id: String,
    pub waiting: usize,
    /// How long the head of the line has waited.
    pub longest_wait_seconds: u64,
    /// What a ticket taken now would wait (median).
    pub estimated_wait_seconds: u64,
    pub served_this_hour: u64,
    /// `green`, `amber` or `red`, by the longer of the longest wait and the
    /// estimate against the thresholds.
    pub light: &'static str,
}

/// A counter's state now.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct CounterOps {
    pub id: String,
    /// `serving` (someone called or at it), `idle` (open, nobody), `paused`, `closed`.
    pub state: &'static str,
    pub reason: String,
    /// How long it has been in that state, where known.
    pub for_seconds: Option<u64>,
    /// The number at it, if any.
    pub number: Option<String>,
}

/// Something a manager should act on.
#[derive(Debug, Clone, PartialEq, serde::Serialize)]
pub struct Alert {
    /// `wait_high`, `counter_idle` or `past_closing`.
    pub kind: &'static str,
    pub queue: Option<String>,
    pub counter: Option<String>,
    /// The figure behind it, in seconds (the wait, the idle time, how far
    /// past the end of reception the line runs).
    pub seconds: u64,
}

/// The thresholds, from the configuration.
#[derive(Debug, Clone, Copy)]
pub struct Thresholds {
    pub amber_seconds: u64,
    pub red_seconds: u64,
    pub idle_seconds: u64,
}

fn since(from: Timestamp, now: Timestamp) -> u64 {
    u64::try_from((now.as_second() - from.as_second()).max(0)).unwrap_or(0)
}

/// The queues, counters and alerts of `state` at `now`. `reception_ends`
/// says when each queue stops taking tickets today, where it does.
pub fn of(state: &OfficeState, now: Timestamp, t: Thresholds, reception_ends: &dyn Fn(&str) -> Option<Timestamp>) -> (Vec<QueueOps>, Vec<CounterOps>, Vec<Alert>) {
    let hour_start = now.as_second() - now.as_second().rem_euclid(3600);
    let mut alerts = Vec::new();
    let queues: Vec<QueueOps> = state
        .config()
        .queues
        .iter()
        .map(|q| {
            let waiting = state.waiting_count(&q.id);
            let longest = state.line(&q.id).map(|t| since(t.queued_at.min(t.issued_at), now)).max().unwrap_or(0);
            let estimate = state.wait_estimate(&q.id, waiting as u32 + 1).p50;
            let served = state
                .tickets()
                .iter()
                .filter(|x| x.status == Status::Done && x.finished_at.is_some_and(|f| f.as_second() >= hour_start))
                .filter(|x| x.counter.as_ref().and_then(|c| state.config().counter(c.as_str())).is_some_and(|c| c.queues.iter().any(|cq| cq.get_ref() == &q.id)))
                .count() as u64;
            let worst = longest.max(if waiting > 0 { estimate } else { 0 });
            let light = if worst >= t.red_seconds {
                "red"
            } else if worst >= t.amber_seconds {
                "amber"
            } else {
                "green"
            };
            if worst >= t.red_seconds {
                alerts.push(Alert { kind: "wait_high", queue: Some(q.id.to_string()), counter: None, seconds: worst });
            }
            // The last of those waiting now would be called after reception
            // ends by this much: time to close the queue early.
            if let Some(end) = reception_ends(q.id.as_str())
                && waiting > 0
            {
                let last_called = now.as_second() + state.wait_estimate(&q.id, waiting as u32).p50 as i64;
                if last_called > end.as_second() {
                    alerts.push(Alert { kind: "past_closing", queue: Some(q.id.to_string()), counter: None, seconds: (last_called - end.as_second()) as u64 });
                }
            }
            QueueOps { id: q.id.to_string(), waiting, longest_wait_seconds: longest, estimated_wait_seconds: estimate, served_this_hour: served, light }
        })
        .collect();
    let counters = state
        .config()
        .counters
        .iter()
        .map(|c| {
            let status = state.counter_status(&c.id);
            let at = state.current_at(&c.id);
            // When it last finished with someone, or was last set open.
            let last_done = state
                .tickets()
                .iter()
                .filter(|x| x.counter.as_ref() == Some(&c.id) && x.status.is_final())
                .filter_map(|x| x.finished_at.or(x.called_at))
                .max();
            let (name, for_seconds) = match (status.state, at) {
                (CounterState::Paused, _) => ("paused", Some(since(status.since, now))),
                (CounterState::Closed, _) => ("closed", Some(since(status.since, now))),
                (CounterState::Open, Some(t)) => ("serving", t.called_at.map(|c| since(c, now))),
                (CounterState::Open, None) => ("idle", last_done.map(|d| since(d, now))),
            };
            if name == "idle"
                && for_seconds.is_some_and(|s| s >= t.idle_seconds)
                && c.queues.iter().any(|q| state.waiting_count(q.get_ref()) > 0)
            {
                alerts.push(Alert { kind: "counter_idle", queue: None, counter: Some(c.id.to_string()), seconds: for_seconds.unwrap_or(0) });
            }
            CounterOps { id: c.id.to_string(), state: name, reason: status.reason, for_seconds, number: at.map(|t| t.number.to_string()) }
        })
        .collect();
    (queues, counters, alerts)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::WardConfig;
    use crate::config::tests::SMALL;
    use crate::office::IssueTarget;
    use crate::{Lang, TicketId};
    use std::sync::Arc;

    #[test]
    fn an_idle_counter_with_people_waiting_and_a_long_wait_raise_alerts() {
        let config = WardConfig::parse(SMALL).expect("config");
        let office = Arc::new(config.offices[0].clone());
        let t0: Timestamp = "2026-04-01T01:00:00Z".parse().expect("time");
        let at = |m: i64| t0 + jiff::SignedDuration::from_mins(m);
        let mut state = OfficeState::new(office, jiff::civil::date(2026, 4, 1), 0);
        for i in 0..8 {
            state.issue(IssueTarget::Queue("A".into()), Lang::ja(), TicketId::parse(&format!("t{i}")).expect("id"), format!("tok{i}"), at(0)).expect("issue");
        }
        let called = state.call_next("1", at(1)).expect("call").expect("someone").ticket.expect("ticket");
        state.finish(called.id.as_str(), at(3)).expect("finish");
        let t = Thresholds { amber_seconds: 15 * 60, red_seconds: 30 * 60, idle_seconds: 5 * 60 };
        let (queues, counters, alerts) = of(&state, at(40), t, &|_| None);
        let a = queues.iter().find(|q| q.id == "A").expect("A");
        assert_eq!((a.waiting, a.longest_wait_seconds, a.light), (7, 40 * 60, "red"));
        let c1 = counters.iter().find(|c| c.id == "1").expect("counter 1");
        assert_eq!((c1.state, c1.for_seconds), ("idle", Some(37 * 60)));
        assert!(alerts.iter().any(|x| x.kind == "counter_idle" && x.counter.as_deref() == Some("1")), "{alerts:?}");
        assert!(alerts.iter().any(|x| x.kind == "wait_high" && x.queue.as_deref() == Some("A")), "{alerts:?}");
        // Reception ending in five minutes with seven still waiting: past closing.
        let (_, _, alerts) = of(&state, at(40), t, &|q| (q == "A").then(|| at(45)));
        assert!(alerts.iter().any(|x| x.kind == "past_closing"), "{alerts:?}");
    }
}
