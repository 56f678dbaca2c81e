//! A ticket and its lifecycle.
//!
//! ```text
//!   waiting ──call──▶ called ──start──▶ serving ──finish──▶ done
//!      ▲  │             │ ▲ recall        │                 (or waiting again in the
//!      │  │             │ └─┘             │                  next journey step)
//!      │  └──cancel─────┼─────────────────┴──▶ cancelled
//!      │                └──no-show──▶ no_show
//!      └──transfer── (called | serving | waiting)
//! ```

use crate::ids::{CounterId, OfficeId, QueueId, ServiceId, SectionId, TicketId};
use crate::lang::Lang;
use jiff::Timestamp;
use jiff::civil::Date;
use serde::{Deserialize, Serialize};
use std::fmt;

/// Where a ticket is in its life.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Waiting,
    Called,
    Serving,
    Done,
    NoShow,
    Cancelled,
    /// Seen at the counter; waits for a document to be made (交付待ち).
    Preparing,
    /// The document is ready at a counter (お受け取りできます).
    Ready,
    /// Still waiting (or called, or at a counter) when the business day
    /// ended: closed with the day, never carried into the next.
    Unserved,
}

impl Status {
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Waiting => "waiting",
            Status::Called => "called",
            Status::Serving => "serving",
            Status::Done => "done",
            Status::NoShow => "no_show",
            Status::Cancelled => "cancelled",
            Status::Preparing => "preparing",
            Status::Ready => "ready",
            Status::Unserved => "unserved",
        }
    }

    pub fn parse(s: &str) -> Option<Status> {
        Some(match s {
            "waiting" => Status::Waiting,
            "called" => Status::Called,
            "serving" => Status::Serving,
            "done" => Status::Done,
            "no_show" => Status::NoShow,
            "cancelled" => Status::Cancelled,
            "preparing" => Status::Preparing,
            "ready" => Status::Ready,
            "unserved" => Status::Unserved,
            _ => return None,
        })
    }

    /// Done, no-show, cancelled and unserved tickets never move again.
    pub fn is_final(self) -> bool {
        matches!(self, Status::Done | Status::NoShow | Status::Cancelled | Status::Unserved)
    }
}

impl fmt::Display for Status {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// What staff (or the system) do to a ticket.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    Call,
    Recall,
    Start,
    Finish,
    NoShow,
    Cancel,
    Transfer,
    /// A resident marked no-show came back: back in line, at the front.
    Return,
    /// The counter is done; the resident waits for a document.
    Prepare,
    /// The document is ready for pickup.
    MakeReady,
    /// The business day ended.
    CloseDay,
}

impl Action {
    pub fn as_str(self) -> &'static str {
        match self {
            Action::Call => "call",
            Action::Recall => "recall",
            Action::Start => "start",
            Action::Finish => "finish",
            Action::NoShow => "no-show",
            Action::Cancel => "cancel",
            Action::Transfer => "transfer",
            Action::Return => "come back",
            Action::Prepare => "wait for a document",
            Action::MakeReady => "be ready for pickup",
            Action::CloseDay => "close with the day",
        }
    }
}

/// A move the ticket's state does not allow.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a {from} ticket cannot {action}", action = action.as_str())]
pub struct TransitionError {
    pub from: Status,
    pub action: Action,
}

impl Status {
    /// The status after `action`, or why it is not allowed. Finishing a
    /// journey step that has a next step is decided by [`Ticket`], not here.
    pub fn after(self, action: Action) -> Result<Status, TransitionError> {
        use Action as A;
        use Status as S;
        let next = match (self, action) {
            (S::Waiting, A::Call) => S::Called,
            (S::Called, A::Recall) => S::Called,
            (S::Called, A::Start) => S::Serving,
            // A counter that skips "start" may finish a called ticket directly.
            (S::Called | S::Serving | S::Ready, A::Finish) => S::Done,
            (S::Called | S::Serving, A::Prepare) => S::Preparing,
            (S::Preparing, A::MakeReady) => S::Ready,
            (S::Called, A::NoShow) => S::NoShow,
            (S::NoShow, A::Return) => S::Waiting,
            (S::Waiting | S::Called | S::Serving | S::Preparing | S::Ready, A::Cancel) => S::Cancelled,
            (S::Waiting | S::Called | S::Serving, A::Transfer) => S::Waiting,
            (S::Waiting | S::Called | S::Serving | S::Preparing | S::Ready, A::CloseDay) => S::Unserved,
            (from, action) => return Err(TransitionError { from, action }),
        };
        Ok(next)
    }
}

/// The number a resident sees: the prefix of the queue that issued it and a
/// running number for that queue and day, `A-001`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TicketNumber {
    pub prefix: QueueId,
    pub n: u32,
}

impl fmt::Display for TicketNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}-{:03}", self.prefix, self.n)
    }
}

impl Serialize for TicketNumber {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl TicketNumber {
    /// Parses `A-001` (more digits are allowed past 999).
    pub fn parse(s: &str) -> Option<TicketNumber> {
        let (prefix, n) = s.split_once('-')?;
        Some(TicketNumber { prefix: QueueId::parse(prefix).ok()?, n: n.parse().ok()? })
    }
}

/// One step of a life-event journey.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct JourneyStep {
    pub service: Option<ServiceId>,
    /// Further services handled at the same counter visit.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub also: Vec<ServiceId>,
    pub queue: QueueId,
    pub section: SectionId,
    pub status: StepStatus,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepStatus {
    Pending,
    Current,
    Done,
    Skipped,
}

/// A ticket of one office and one business day.
#[derive(Debug, Clone, PartialEq)]
pub struct Ticket {
    pub id: TicketId,
    pub office: OfficeId,
    /// The business day (Tokyo) it was issued on.
    pub day: Date,
    pub number: TicketNumber,
    /// The queue it waits in now (differs from the number's prefix after a transfer).
    pub queue: QueueId,
    pub service: Option<ServiceId>,
    pub status: Status,
    pub counter: Option<CounterId>,
    pub lang: Lang,
    /// The resident's secret for the phone page: never shown on shared screens.
    pub token: String,
    pub issued_at: Timestamp,
    /// When it last entered `waiting` (issue, transfer or next journey step).
    pub queued_at: Timestamp,
    /// Placed ahead of the ordinary order of its queue (transfer "first").
    pub front: bool,
    pub called_at: Option<Timestamp>,
    pub started_at: Option<Timestamp>,
    pub finished_at: Option<Timestamp>,
    pub recalls: u32,
    pub journey: Option<Vec<JourneyStep>>,
    /// Called ahead of the line (with the office's fairness): who it is for
    /// is not kept, only that it is one.
    pub priority: bool,
}

impl Ticket {
    /// The index of the current journey step, if it is on a journey.
    pub fn current_step(&self) -> Option<usize> {
        self.journey.as_ref()?.iter().position(|s| s.status == StepStatus::Current)
    }

    /// The next step after the current one that is still pending.
    pub fn next_step(&self) -> Option<usize> {
        let journey = self.journey.as_ref()?;
        let from = self.current_step().map_or(0, |i| i + 1);
        (from..journey.len()).find(|&i| journey[i].status == StepStatus::Pending)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_zero_padded_and_round_trip() {
        let n = TicketNumber { prefix: QueueId::parse("A").expect("id"), n: 7 };
        assert_eq!(n.to_string(), "A-007");
        assert_eq!(TicketNumber::parse("A-007"), Some(n));
        let big = TicketNumber { prefix: QueueId::parse("KM").expect("id"), n: 1234 };
        assert_eq!(big.to_string(), "KM-1234");
    }

    #[test]
    fn final_states_allow_nothing() {
        for s in [Status::Done, Status::NoShow, Status::Cancelled] {
            for a in [Action::Call, Action::Recall, Action::Start, Action::Finish, Action::NoShow, Action::Cancel, Action::Transfer] {
                assert!(s.after(a).is_err(), "{s} must refuse {a:?}");
            }
        }
    }

    #[test]
    fn the_happy_path() {
        let s = Status::Waiting.after(Action::Call).and_then(|s| s.after(Action::Start)).and_then(|s| s.after(Action::Finish));
        assert_eq!(s, Ok(Status::Done));
        assert!(Status::Waiting.after(Action::Start).is_err());
        assert!(Status::Waiting.after(Action::NoShow).is_err());
        assert!(Status::Serving.after(Action::Recall).is_err());
    }
}
