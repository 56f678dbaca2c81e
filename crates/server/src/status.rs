//! The public congestion status (混雑状況): every office's queues now —
//! waiting, the estimated wait of a new ticket, the numbers being called,
//! whether reception is open, and a lamp. Built once per change (at most
//! once a second, and every minute as reception hours pass) and shared by
//! every reader: `GET /api/v1/public/status`, its live stream, the
//! `/status/` page and the script-free snippet the city's site embeds.

use crate::engine::Engine;
use crate::views::ReceptionView;
use queue_core::{Lang, OfficeState};
use serde::Serialize;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;
use utoipa::ToSchema;

/// Numbers listed as being called, per queue, at most.
const CALLING_MAX: usize = 5;
/// Changes closer together than this make one new status.
const SETTLE: Duration = Duration::from_secs(1);
/// Rebuilt at least this often: reception opens and closes with the clock.
const REFRESH: Duration = Duration::from_secs(60);

#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct OfficeStatus {
    pub office: String,
    pub name: String,
    pub queues: Vec<QueueStatus>,
}

#[derive(Debug, Clone, Serialize, ToSchema, PartialEq)]
pub struct QueueStatus {
    pub id: String,
    pub name: String,
    pub waiting: usize,
    /// What a ticket taken now would wait (median), in seconds.
    pub estimated_wait_seconds: u64,
    /// The numbers called to a counter and not yet there, newest first.
    pub now_calling: Vec<String>,
    /// `open` or `closed`.
    pub reception: &'static str,
    /// When reception opens next, while closed (RFC 3339, Tokyo time).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub opens: Option<String>,
    /// `low`, `medium` or `high`, by the estimated wait against the
    /// configuration's `[status]` thresholds (15 and 30 minutes by default).
    pub level: &'static str,
}

/// The level of a wait: below `medium` minutes low, from `high` high.
pub fn level(wait_seconds: u64, medium_minutes: u32, high_minutes: u32) -> &'static str {
    let minutes = wait_seconds / 60;
    if minutes >= u64::from(high_minutes) {
        "high"
    } else if minutes >= u64::from(medium_minutes) {
        "medium"
    } else {
        "low"
    }
}

fn queues_of(engine: &Engine, state: &OfficeState, lang: &Lang, now: jiff::Timestamp) -> Vec<QueueStatus> {
    let cfg = &engine.config.status;
    state
        .config()
        .queues
        .iter()
        .map(|q| {
            let waiting = state.waiting_count(&q.id);
            let estimate = state.wait_estimate(&q.id, waiting as u32 + 1);
            let reception: ReceptionView = queue_core::reception::of_queue(&engine.config, &engine.calendar, state, q, None, now).into();
            let now_calling = state
                .recent_calls()
                .filter(|t| t.queue == q.id && t.status == queue_core::Status::Called)
                .take(CALLING_MAX)
                .map(|t| t.number.to_string())
                .collect();
            QueueStatus {
                id: q.id.to_string(),
                name: q.name.get(lang).to_owned(),
                waiting,
                estimated_wait_seconds: estimate.p50,
                now_calling,
                reception: if reception.open { "open" } else { "closed" },
                opens: reception.opens,
                level: level(estimate.p50, cfg.medium_minutes, cfg.high_minutes),
            }
        })
        .collect()
}

/// Every office's status now, names in `lang` (the catalogs' office names
/// where they have them).
pub fn build(engine: &Engine, catalogs: &crate::i18n::Catalogs, lang: &Lang) -> Vec<OfficeStatus> {
    let now = engine.clock.now();
    let ward = engine.ward();
    engine
        .config
        .offices
        .iter()
        .filter_map(|o| {
            let state = ward.office(o.id.as_str())?;
            Some(OfficeStatus { office: o.id.to_string(), name: crate::localize::office(catalogs, lang, o), queues: queues_of(engine, state, lang, now) })
        })
        .collect()
}

/// The status in Japanese as JSON, rebuilt as offices change; readers take
/// the latest from the watch.
pub type StatusWatch = watch::Receiver<Arc<str>>;

/// Starts the task that keeps the shared status: rebuilt after changes
/// (settled for a second, so a burst of issues is one rebuild) and every
/// minute; ends when the server stops.
pub fn spawn(engine: Engine, catalogs: Arc<crate::i18n::Catalogs>, mut stopping: watch::Receiver<bool>) -> StatusWatch {
    let render = {
        let (engine, catalogs) = (engine.clone(), catalogs.clone());
        move || -> Arc<str> { serde_json::to_string(&build(&engine, &catalogs, &Lang::ja())).unwrap_or_else(|_| "[]".into()).into() }
    };
    let (tx, rx) = watch::channel(render());
    let changed = Arc::new(tokio::sync::Notify::new());
    for office in &engine.config.offices {
        let Some(mut events) = engine.hub.subscribe_internal(office.id.as_str()) else { continue };
        let changed = changed.clone();
        let mut stop = stopping.clone();
        tokio::spawn(async move {
            loop {
                tokio::select! {
                    got = events.recv() => match got {
                        Ok(_) | Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => changed.notify_one(),
                        Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                    },
                    _ = crate::ws::stopped(&mut stop) => break,
                }
            }
        });
    }
    tokio::spawn(async move {
        loop {
            tokio::select! {
                _ = changed.notified() => tokio::time::sleep(SETTLE).await,
                _ = tokio::time::sleep(REFRESH) => {}
                _ = crate::ws::stopped(&mut stopping) => break,
            }
            let next = render();
            tx.send_if_modified(|now| {
                let differs = **now != *next;
                if differs {
                    *now = next.clone();
                }
                differs
            });
        }
    });
    rx
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_lamp_follows_the_thresholds() {
        use super::level;
        assert_eq!([0, 14 * 60 + 59, 15 * 60, 29 * 60, 30 * 60, 7200].map(|s| level(s, 15, 30)), ["low", "low", "medium", "medium", "high", "high"]);
        assert_eq!(level(10 * 60, 5, 10), "high");
    }
}
