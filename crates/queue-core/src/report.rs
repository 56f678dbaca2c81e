//! The counters' figures over a period, from the event log: arrivals,
//! served, no-shows, cancellations, transfers, waits and service times
//! (median and 90th percentile), the share called within the target wait,
//! and how long counters were paused — per day, week, month, hour of the
//! day, queue, service, section or counter. Pure: the caller feeds the
//! logged changes in order.

use crate::clock::tokyo;
use crate::office::ChangeKind;
use jiff::Timestamp;
use std::collections::{BTreeMap, HashMap};

/// How the figures are grouped.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum By {
    Day,
    /// ISO weeks, keyed by their Monday.
    Week,
    Month,
    /// Hour of the day (Tokyo), over the whole period: the day's profile.
    Hour,
    Queue,
    Service,
    Section,
    Counter,
}

impl By {
    pub fn parse(s: &str) -> Option<By> {
        Some(match s {
            "day" => By::Day,
            "week" => By::Week,
            "month" => By::Month,
            "hour" => By::Hour,
            "queue" => By::Queue,
            "service" => By::Service,
            "section" => By::Section,
            "counter" => By::Counter,
            _ => return None,
        })
    }
}

/// One logged change, as the report reads it.
#[derive(Debug, Clone)]
pub struct Record {
    pub kind: ChangeKind,
    pub ticket: Option<String>,
    /// The queue the ticket is in after the change.
    pub queue: Option<String>,
    pub counter: Option<String>,
    /// The ticket's service, where it has one.
    pub service: Option<String>,
    pub at: Timestamp,
    /// `state:reason` of a counter's change.
    pub note: Option<String>,
}

/// The figures of one group.
#[derive(Debug, Clone, Default, PartialEq, serde::Serialize)]
pub struct Bucket {
    pub key: String,
    pub arrivals: u64,
    pub served: u64,
    pub no_show: u64,
    pub cancelled: u64,
    pub transferred: u64,
    /// Still open when the day ended.
    pub unserved: u64,
    pub wait_p50_seconds: Option<u64>,
    pub wait_p90_seconds: Option<u64>,
    pub service_p50_seconds: Option<u64>,
    pub service_p90_seconds: Option<u64>,
    /// Of those called, the share called within the target wait (0–1).
    pub within_target_share: Option<f64>,
    /// Seconds counters were paused or closed during the day (counters
    /// only; for the other groupings the sum over counters).
    pub paused_seconds: u64,
}

#[derive(Default)]
struct Gather {
    bucket: Bucket,
    waits: Vec<u32>,
    services: Vec<u32>,
    within: u64,
}

/// A ticket's current visit to a line and a counter.
#[derive(Default, Clone)]
struct Visit {
    /// Handed on to wait for a document: already counted as served.
    prepared: bool,
    queued: Option<Timestamp>,
    called: Option<Timestamp>,
    started: Option<Timestamp>,
    service: Option<String>,
}

/// Groups the figures of `records` (in log order).
pub struct Report<'a> {
    by: By,
    target_wait_seconds: u64,
    section_of: &'a dyn Fn(&str) -> Option<String>,
    groups: BTreeMap<String, Gather>,
    visits: HashMap<String, Visit>,
    paused_since: HashMap<String, Timestamp>,
}

fn seconds(from: Timestamp, to: Timestamp) -> u32 {
    u32::try_from((to.as_second() - from.as_second()).max(0)).unwrap_or(u32::MAX)
}

fn percentile(sorted: &[u32], p: f64) -> Option<u64> {
    if sorted.is_empty() {
        return None;
    }
    let rank = ((sorted.len() as f64) * p).ceil() as usize;
    Some(u64::from(sorted[rank.clamp(1, sorted.len()) - 1]))
}

impl<'a> Report<'a> {
    pub fn new(by: By, target_wait_seconds: u64, section_of: &'a dyn Fn(&str) -> Option<String>) -> Report<'a> {
        Report { by, target_wait_seconds, section_of, groups: BTreeMap::new(), visits: HashMap::new(), paused_since: HashMap::new() }
    }

    fn key(&self, at: Timestamp, queue: Option<&str>, service: Option<&str>, counter: Option<&str>) -> Option<String> {
        let local = at.to_zoned(tokyo());
        Some(match self.by {
            By::Day => local.date().to_string(),
            By::Week => {
                let d = local.date();
                let back = i64::from(d.weekday().to_monday_zero_offset());
                d.checked_sub(jiff::Span::new().days(back)).ok()?.to_string()
            }
            By::Month => local.strftime("%Y-%m").to_string(),
            By::Hour => local.strftime("%H").to_string(),
            By::Queue => queue?.to_owned(),
            By::Service => service?.to_owned(),
            By::Section => (self.section_of)(queue?)?,
            By::Counter => counter?.to_owned(),
        })
    }

    fn group(&mut self, key: Option<String>) -> Option<&mut Gather> {
        let key = key?;
        Some(self.groups.entry(key.clone()).or_insert_with(|| Gather { bucket: Bucket { key, ..Default::default() }, ..Default::default() }))
    }

    /// Takes the next logged change.
    pub fn add(&mut self, r: &Record) {
        use ChangeKind as K;
        let ticket = r.ticket.clone().unwrap_or_default();
        let visit = self.visits.get(&ticket).cloned().unwrap_or_default();
        let service = r.service.clone().or(visit.service.clone());
        let key = self.key(r.at, r.queue.as_deref(), service.as_deref(), r.counter.as_deref());
        match r.kind {
            K::Issued => {
                if let Some(g) = self.group(self.key(r.at, r.queue.as_deref(), service.as_deref(), None)) {
                    g.bucket.arrivals += 1;
                }
                self.visits.insert(ticket, Visit { queued: Some(r.at), service, ..Default::default() });
            }
            K::Advanced | K::Transferred => {
                if r.kind == K::Advanced {
                    self.finish(&ticket, &visit, r, key.clone());
                } else if let Some(g) = self.group(key) {
                    g.bucket.transferred += 1;
                }
                self.visits.insert(ticket, Visit { queued: Some(r.at), service, ..Default::default() });
            }
            K::Called => {
                if visit.called.is_none()
                    && let Some(queued) = visit.queued
                {
                    let waited = seconds(queued, r.at);
                    let within = u64::from(waited) <= self.target_wait_seconds;
                    if let Some(g) = self.group(key) {
                        g.waits.push(waited);
                        g.within += u64::from(within);
                    }
                }
                self.visits.entry(ticket).or_default().called.get_or_insert(r.at);
            }
            K::Started => {
                self.visits.entry(ticket).or_default().started = Some(r.at);
            }
            K::Finished => {
                if !visit.prepared {
                    self.finish(&ticket, &visit, r, key);
                }
                self.visits.remove(&ticket);
            }
            K::NoShow => {
                if let Some(g) = self.group(key) {
                    g.bucket.no_show += 1;
                }
                self.visits.remove(&ticket);
            }
            K::Cancelled => {
                if let Some(g) = self.group(key) {
                    g.bucket.cancelled += 1;
                }
                self.visits.remove(&ticket);
            }
            K::Unserved => {
                if let Some(g) = self.group(key) {
                    g.bucket.unserved += 1;
                }
                self.visits.remove(&ticket);
            }
            // The counter's part is done: served; the pickup later is not
            // counted again.
            K::Preparing => {
                self.finish(&ticket, &visit, r, key);
                self.visits.insert(ticket, Visit { prepared: true, ..Default::default() });
            }
            // Came back after a no-show: not a no-show after all; waits again.
            K::Returned => {
                if let Some(g) = self.group(key) {
                    g.bucket.no_show = g.bucket.no_show.saturating_sub(1);
                }
                self.visits.insert(ticket, Visit { queued: Some(r.at), service, ..Default::default() });
            }
            K::Recalled | K::Ready => {}
            K::CounterState => {
                let Some(counter) = r.counter.clone() else { return };
                let paused = r.note.as_deref().is_some_and(|n| !n.starts_with("open"));
                match (paused, self.paused_since.get(&counter).copied()) {
                    (true, None) => {
                        self.paused_since.insert(counter, r.at);
                    }
                    (false, Some(since)) => {
                        self.paused_since.remove(&counter);
                        self.add_pause(&counter, since, r.at);
                    }
                    _ => {}
                }
            }
            K::DayStarted => {
                // A new day: lines start empty; pauses end with the day.
                for (counter, since) in std::mem::take(&mut self.paused_since) {
                    self.add_pause(&counter, since, r.at);
                }
                self.visits.clear();
            }
            K::JourneyChanged | K::PrinterAttention | K::BoardContent | K::Reception => {}
        }
    }

    fn finish(&mut self, _ticket: &str, visit: &Visit, r: &Record, key: Option<String>) {
        let began = visit.started.or(visit.called);
        if let Some(g) = self.group(key) {
            g.bucket.served += 1;
            if let Some(b) = began {
                g.services.push(seconds(b, r.at));
            }
        }
    }

    fn add_pause(&mut self, counter: &str, since: Timestamp, until: Timestamp) {
        let key = match self.by {
            By::Counter => Some(counter.to_owned()),
            By::Queue | By::Service | By::Section => None,
            _ => self.key(since, None, None, Some(counter)),
        };
        if let Some(g) = self.group(key) {
            g.bucket.paused_seconds += u64::from(seconds(since, until));
        }
    }

    /// The groups, in key order.
    pub fn finish_all(mut self, until: Timestamp) -> Vec<Bucket> {
        for (counter, since) in std::mem::take(&mut self.paused_since) {
            self.add_pause(&counter, since, until);
        }
        self.groups
            .into_values()
            .map(|mut g| {
                g.waits.sort_unstable();
                g.services.sort_unstable();
                g.bucket.wait_p50_seconds = percentile(&g.waits, 0.5);
                g.bucket.wait_p90_seconds = percentile(&g.waits, 0.9);
                g.bucket.service_p50_seconds = percentile(&g.services, 0.5);
                g.bucket.service_p90_seconds = percentile(&g.services, 0.9);
                g.bucket.within_target_share = (!g.waits.is_empty()).then(|| (g.within as f64 / g.waits.len() as f64 * 1000.0).round() / 1000.0);
                g.bucket
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> Timestamp {
        jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", s).expect("time").to_zoned(tokyo()).expect("zoned").timestamp()
    }

    fn rec(kind: ChangeKind, ticket: &str, queue: &str, counter: Option<&str>, when: &str) -> Record {
        Record { kind, ticket: Some(ticket.into()), queue: Some(queue.into()), counter: counter.map(Into::into), service: Some(format!("svc-{queue}")), at: at(when), note: None }
    }

    fn day() -> Vec<Record> {
        use ChangeKind as K;
        let mut v = vec![
            rec(K::Issued, "t1", "A", None, "2026-12-07 09:00"),
            rec(K::Issued, "t2", "A", None, "2026-12-07 09:05"),
            rec(K::Issued, "t3", "B", None, "2026-12-07 09:10"),
            rec(K::Called, "t1", "A", Some("1"), "2026-12-07 09:10"),
            rec(K::Started, "t1", "A", Some("1"), "2026-12-07 09:11"),
            rec(K::Finished, "t1", "A", Some("1"), "2026-12-07 09:21"),
            rec(K::Called, "t2", "A", Some("1"), "2026-12-07 09:45"),
            rec(K::NoShow, "t2", "A", Some("1"), "2026-12-07 09:50"),
            rec(K::Called, "t3", "B", Some("2"), "2026-12-07 10:40"),
            rec(K::Recalled, "t3", "B", Some("2"), "2026-12-07 10:42"),
            rec(K::Finished, "t3", "B", Some("2"), "2026-12-07 10:52"),
        ];
        v.push(Record { kind: K::CounterState, ticket: None, queue: None, counter: Some("1".into()), service: None, at: at("2026-12-07 12:00"), note: Some("paused:break".into()) });
        v.push(Record { kind: K::CounterState, ticket: None, queue: None, counter: Some("1".into()), service: None, at: at("2026-12-07 12:45"), note: Some("open:".into()) });
        v
    }

    fn run(by: By) -> Vec<Bucket> {
        let section = |q: &str| Some(if q == "A" { "shimin".to_owned() } else { "hoken".to_owned() });
        let mut r = Report::new(by, 30 * 60, &section);
        for x in day() {
            r.add(&x);
        }
        r.finish_all(at("2026-12-07 17:15"))
    }

    #[test]
    fn a_day_counts_arrivals_outcomes_waits_service_and_pauses() {
        let d = run(By::Day);
        assert_eq!(d.len(), 1);
        let b = &d[0];
        assert_eq!((b.key.as_str(), b.arrivals, b.served, b.no_show, b.cancelled), ("2026-12-07", 3, 2, 1, 0));
        // Waits 10, 40 and 90 minutes (the recall does not count again).
        assert_eq!((b.wait_p50_seconds, b.wait_p90_seconds), (Some(2400), Some(5400)));
        // Service from start (or call) to finish: 10 and 12 minutes.
        assert_eq!((b.service_p50_seconds, b.service_p90_seconds), (Some(600), Some(720)));
        assert_eq!(b.within_target_share, Some(0.333));
        assert_eq!(b.paused_seconds, 45 * 60);
    }

    #[test]
    fn by_queue_section_counter_and_hour() {
        let q = run(By::Queue);
        assert_eq!(q.iter().map(|b| (b.key.as_str(), b.arrivals, b.served)).collect::<Vec<_>>(), [("A", 2, 1), ("B", 1, 1)]);
        let s = run(By::Section);
        assert_eq!(s.iter().map(|b| b.key.as_str()).collect::<Vec<_>>(), ["hoken", "shimin"]);
        let c = run(By::Counter);
        let c1 = c.iter().find(|b| b.key == "1").expect("counter 1");
        assert_eq!((c1.served, c1.no_show, c1.paused_seconds), (1, 1, 2700));
        let h = run(By::Hour);
        assert_eq!(h.iter().map(|b| (b.key.as_str(), b.arrivals)).collect::<Vec<_>>(), [("09", 3), ("10", 0), ("12", 0)]);
        assert_eq!(By::parse("week"), Some(By::Week));
        assert_eq!(run(By::Week)[0].key, "2026-12-07", "a Monday keys its week");
        assert_eq!(run(By::Month)[0].key, "2026-12");
    }
}
