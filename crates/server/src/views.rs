//! The JSON shapes of the contract, built from the domain state.

use queue_core::office::OfficeState;
use queue_core::ticket::{JourneyStep, Ticket};
use queue_core::{Lang, WardConfig};
use serde::Serialize;
use utoipa::ToSchema;

/// A ticket as the contract describes it. `token` and `status_url` are set
/// only in the answer to the issuing call and in staff reads.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct TicketView {
    pub id: String,
    /// `QUEUE-NNN`, the number the resident sees.
    pub number: String,
    pub office: String,
    /// The queue it waits in now.
    pub queue: String,
    pub service: Option<String>,
    /// waiting | called | serving | preparing | ready | done | no_show | cancelled | unserved (still open when its day ended)
    pub status: String,
    /// 1 means next to be called; null unless waiting.
    pub position: Option<u32>,
    /// The median estimate.
    pub estimated_wait_seconds: Option<u64>,
    /// Nine residents in ten wait less than this.
    pub estimated_wait_p90_seconds: Option<u64>,
    pub counter: Option<String>,
    /// The resident's language; left out of what boards and kiosks see.
    #[serde(skip_serializing_if = "String::is_empty")]
    pub lang: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub token: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub status_url: Option<String>,
    /// RFC 3339
    pub issued_at: String,
    pub called_at: Option<String>,
    pub recalls: u32,
    pub journey: Option<Vec<JourneyStepView>>,
    /// Called ahead of the line (staff and the holder see it; boards not).
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub priority: bool,
}

#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct JourneyStepView {
    pub service: Option<String>,
    /// Further services handled at the same visit.
    pub also: Vec<String>,
    pub queue: String,
    pub section: String,
    /// pending | current | done | skipped
    pub status: String,
}

/// Whether a view may carry the resident's secret.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Audience {
    /// The issuer and staff: token and status URL included.
    Holder,
    /// Staff reading the office feed: no secret.
    Public,
    /// Boards and kiosks: no secret, and nothing of the person either (no
    /// language, service or journey): only what a waiting room sees.
    Board,
}

/// Every waiting ticket's position and estimate, found in one walk of each
/// line: building views for a whole office (a snapshot, every phone after a
/// call) with [`TicketView::live`] would walk a line once per ticket.
#[derive(Debug, Default)]
pub struct Positions<'a>(std::collections::HashMap<&'a str, (u32, queue_core::WaitEstimate)>);

impl<'a> Positions<'a> {
    pub fn of(state: &'a OfficeState) -> Self {
        let estimators: std::collections::HashMap<&queue_core::QueueId, queue_core::office::WaitEstimator> =
            state.config().queues.iter().map(|q| (&q.id, state.wait_estimator(&q.id))).collect();
        Positions(
            state
                .positions()
                .filter_map(|(t, p)| estimators.get(&t.queue).map(|e| (t.id.as_str(), (p, e.at(p)))))
                .collect(),
        )
    }

    /// Only the first `n` of each line: what a snapshot lists. The rest of
    /// a long line is neither walked nor estimated.
    pub fn head(state: &'a OfficeState, n: u32) -> Self {
        let estimators: std::collections::HashMap<&queue_core::QueueId, queue_core::office::WaitEstimator> =
            state.config().queues.iter().map(|q| (&q.id, state.wait_estimator(&q.id))).collect();
        Positions(
            state
                .positions_head(n as usize)
                .filter_map(|(t, p)| estimators.get(&t.queue).map(|e| (t.id.as_str(), (p, e.at(p)))))
                .collect(),
        )
    }

    pub fn get(&self, t: &Ticket) -> Option<(u32, queue_core::WaitEstimate)> {
        self.0.get(t.id.as_str()).copied()
    }
}

impl TicketView {
    /// A ticket of today, with its live position and estimate.
    pub fn live(state: &OfficeState, t: &Ticket, audience: Audience, base_url: &str) -> Self {
        let position = state.position(t);
        let estimate = position.map(|p| state.wait_estimate(&t.queue, p));
        Self::build(t, position, estimate, audience, base_url)
    }

    /// A ticket of today whose position was found with [`Positions`].
    pub fn placed(t: &Ticket, placed: Option<(u32, queue_core::WaitEstimate)>, audience: Audience, base_url: &str) -> Self {
        Self::build(t, placed.map(|p| p.0), placed.map(|p| p.1), audience, base_url)
    }

    /// A ticket of a past day: no position, no estimate.
    pub fn archived(t: &Ticket, audience: Audience, base_url: &str) -> Self {
        Self::build(t, None, None, audience, base_url)
    }

    fn build(t: &Ticket, position: Option<u32>, estimate: Option<queue_core::WaitEstimate>, audience: Audience, base_url: &str) -> Self {
        let holder = audience == Audience::Holder && !t.token.is_empty();
        let board = audience == Audience::Board;
        TicketView {
            id: t.id.to_string(),
            number: t.number.to_string(),
            office: t.office.to_string(),
            queue: t.queue.to_string(),
            service: if board { None } else { t.service.as_ref().map(ToString::to_string) },
            status: t.status.as_str().to_owned(),
            position,
            estimated_wait_seconds: estimate.map(|e| e.p50),
            estimated_wait_p90_seconds: estimate.map(|e| e.p90),
            counter: t.counter.as_ref().map(ToString::to_string),
            lang: if board { String::new() } else { t.lang.to_string() },
            token: holder.then(|| t.token.clone()),
            status_url: holder.then(|| status_url(base_url, &t.token)),
            issued_at: t.issued_at.to_string(),
            called_at: t.called_at.map(|c| c.to_string()),
            recalls: t.recalls,
            journey: if board { None } else { t.journey.as_ref().map(|j| j.iter().map(JourneyStepView::from).collect()) },
            priority: !board && t.priority,
        }
    }
}

impl From<&JourneyStep> for JourneyStepView {
    fn from(s: &JourneyStep) -> Self {
        let status = serde_json::to_value(s.status).ok().and_then(|v| v.as_str().map(str::to_owned)).unwrap_or_default();
        JourneyStepView {
            service: s.service.as_ref().map(ToString::to_string),
            also: s.also.iter().map(ToString::to_string).collect(),
            queue: s.queue.to_string(),
            section: s.section.to_string(),
            status,
        }
    }
}

/// The resident's phone page for a token.
pub fn status_url(base_url: &str, token: &str) -> String {
    format!("{}/t/{token}", base_url.trim_end_matches('/'))
}

/// What anyone holding a ticket's token may see.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct PublicTicketView {
    pub number: String,
    pub status: String,
    pub position: Option<u32>,
    pub estimated_wait_seconds: Option<u64>,
    pub estimated_wait_p90_seconds: Option<u64>,
    pub counter: Option<String>,
    pub office: String,
    pub queue: String,
    pub service: Option<String>,
    pub lang: String,
    /// The business day (YYYY-MM-DD) the ticket belongs to.
    pub day: String,
    /// True once the ticket's day is over: details are no longer shown.
    pub expired: bool,
    pub journey: Option<Vec<JourneyStepView>>,
    /// The position from which the phone says "your turn is near" (the
    /// ward's `phone.near_position`).
    pub near_position: u32,
}

impl PublicTicketView {
    pub fn live(state: &OfficeState, t: &Ticket, near_position: u32) -> Self {
        let position = state.position(t);
        Self::placed(t, position.map(|p| (p, state.wait_estimate(&t.queue, p))), near_position)
    }

    /// A ticket of today whose position was found with [`Positions`].
    pub fn placed(t: &Ticket, placed: Option<(u32, queue_core::WaitEstimate)>, near_position: u32) -> Self {
        let (position, estimate) = (placed.map(|p| p.0), placed.map(|p| p.1));
        PublicTicketView {
            near_position,
            number: t.number.to_string(),
            status: t.status.as_str().to_owned(),
            position,
            estimated_wait_seconds: estimate.map(|e| e.p50),
            estimated_wait_p90_seconds: estimate.map(|e| e.p90),
            counter: t.counter.as_ref().map(ToString::to_string),
            office: t.office.to_string(),
            queue: t.queue.to_string(),
            service: t.service.as_ref().map(ToString::to_string),
            lang: t.lang.to_string(),
            day: t.day.to_string(),
            expired: false,
            journey: t.journey.as_ref().map(|j| j.iter().map(JourneyStepView::from).collect()),
        }
    }

    /// A ticket whose day has closed: its number and day, nothing more.
    pub fn expired(t: &Ticket, near_position: u32) -> Self {
        PublicTicketView {
            near_position,
            number: t.number.to_string(),
            status: t.status.as_str().to_owned(),
            position: None,
            estimated_wait_seconds: None,
            estimated_wait_p90_seconds: None,
            counter: None,
            office: t.office.to_string(),
            queue: t.queue.to_string(),
            service: None,
            lang: t.lang.to_string(),
            day: t.day.to_string(),
            expired: true,
            journey: None,
        }
    }
}

/// A queue's live figures.
#[derive(Debug, Clone, Serialize, ToSchema)]
pub struct QueueLive {
    pub id: String,
    pub name: String,
    /// The section's id.
    pub section: String,
    pub section_name: String,
    pub waiting: usize,
    /// What a ticket issued now would wait, in seconds (median).
    pub estimated_wait_seconds: u64,
    pub estimated_wait_p90_seconds: u64,
    /// Whether it takes tickets now, and until or from when.
    pub reception: ReceptionView,
}

/// Whether a queue or service takes tickets now.
#[derive(Debug, Clone, Serialize, ToSchema, PartialEq, Eq)]
pub struct ReceptionView {
    pub open: bool,
    /// While open: when reception ends (RFC 3339, Tokyo time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub until: Option<String>,
    /// While closed: `closed_day`, `not_yet`, `break`, `over` or `closed_early`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// A manager's reason for closing early.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// While closed: when it opens next (RFC 3339, Tokyo time), if within a month.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens: Option<String>,
}

fn tokyo_time(t: jiff::Timestamp) -> String {
    t.to_zoned(queue_core::clock::tokyo()).strftime("%Y-%m-%dT%H:%M:%S%:z").to_string()
}

impl From<queue_core::reception::Reception> for ReceptionView {
    fn from(r: queue_core::reception::Reception) -> Self {
        use queue_core::reception::{Closed, Reception};
        match r {
            Reception::Open { until } => ReceptionView { open: true, until: Some(tokyo_time(until)), why: None, reason: None, opens: None },
            Reception::Closed { why, opens } => ReceptionView {
                open: false,
                until: None,
                reason: match &why {
                    Closed::Early(reason) => Some(reason.clone()),
                    _ => None,
                },
                why: Some(why.code().to_owned()),
                opens: opens.map(tokyo_time),
            },
        }
    }
}

/// The live figures of every queue of an office, names in `lang`; sections
/// named by `section_name` (the page catalogs have names in every language
/// where the configuration may have only Japanese and English).
pub fn queues_live(
    config: &WardConfig,
    cal: &queue_core::calendar::WardCalendar,
    state: &OfficeState,
    lang: &Lang,
    now: jiff::Timestamp,
    section_name: impl Fn(&str) -> Option<String>,
) -> Vec<QueueLive> {
    state
        .config()
        .queues
        .iter()
        .map(|q| {
            let waiting = state.waiting_count(&q.id);
            let estimate = state.wait_estimate(&q.id, waiting as u32 + 1);
            QueueLive {
                id: q.id.to_string(),
                name: q.name.get(lang).to_owned(),
                section: q.section.get_ref().to_string(),
                section_name: section_name(q.section.get_ref().as_str())
                    .or_else(|| config.section(q.section.get_ref().as_str()).map(|s| s.name.get(lang).to_owned()))
                    .unwrap_or_default(),
                waiting,
                estimated_wait_seconds: estimate.p50,
                estimated_wait_p90_seconds: estimate.p90,
                reception: queue_core::reception::of_queue(config, cal, state, q, None, now).into(),
            }
        })
        .collect()
}
