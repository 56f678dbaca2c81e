//! When a queue takes tickets: the office's opening hours on the ward's
//! calendar (closed days, special openings), narrowed by the queue's and
//! the service's own reception hours and breaks, and a manager's early
//! closing for the day. Pure: the caller gives the time.

use crate::calendar::WardCalendar;
use crate::clock::{business_day, tokyo};
use crate::config::{Queue, Service};
use jiff::Timestamp;
use jiff::civil::{Date, Time};

/// How far ahead the next opening is looked for (a long new-year closure
/// and a few holidays fit many times over).
const LOOK_AHEAD_DAYS: i32 = 31;

/// Whether a queue takes tickets now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Reception {
    /// Open until this instant (the end of the current reception span).
    Open { until: Timestamp },
    /// Closed, why, and when it opens next (`None`: not within a month).
    Closed { why: Closed, opens: Option<Timestamp> },
}

/// Why a queue takes no tickets now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Closed {
    /// The office is closed today (a weekend, a holiday, a closure).
    Day,
    /// Reception has not begun yet today.
    NotYet,
    /// A break in the day (lunch).
    Break,
    /// Reception is over for today.
    Over,
    /// A manager closed it early today, with this reason.
    Early(String),
}

impl Closed {
    /// A stable code for APIs and pages: `closed_day`, `not_yet`, `break`,
    /// `over`, `closed_early`.
    pub fn code(&self) -> &'static str {
        match self {
            Closed::Day => "closed_day",
            Closed::NotYet => "not_yet",
            Closed::Break => "break",
            Closed::Over => "over",
            Closed::Early(_) => "closed_early",
        }
    }
}

impl Reception {
    pub fn is_open(&self) -> bool {
        matches!(self, Reception::Open { .. })
    }
}

/// The spans of `date` in which `queue` (for `service`, when the ticket is
/// for one) takes tickets at `office`, in order.
pub fn spans(cal: &WardCalendar, office: &str, queue: &Queue, service: Option<&Service>, date: Date) -> Vec<(Time, Time)> {
    let Some((open, close)) = cal.opening_hours(office, date) else { return Vec::new() };
    let from = [Some(open), queue.reception_from, service.and_then(|s| s.reception_from)].into_iter().flatten().max().unwrap_or(open);
    let until = [Some(close), queue.reception_until, service.and_then(|s| s.reception_until)].into_iter().flatten().min().unwrap_or(close);
    let mut out = vec![(from, until)];
    for b in &queue.reception_breaks {
        out = out
            .into_iter()
            .flat_map(|(a, z)| {
                if b.until <= a || b.from >= z {
                    vec![(a, z)]
                } else {
                    [(a, b.from), (b.until, z)].into_iter().filter(|(x, y)| x < y).collect()
                }
            })
            .collect();
    }
    out.retain(|(a, z)| a < z);
    out
}

fn at(date: Date, time: Time) -> Option<Timestamp> {
    date.to_datetime(time).to_zoned(tokyo()).ok().map(|z| z.timestamp())
}

/// Whether `queue` takes tickets at `now`, and if not, when it does next.
/// `closed_early` is a manager's reason when the queue was closed for the
/// rest of today.
pub fn status(cal: &WardCalendar, office: &str, queue: &Queue, service: Option<&Service>, closed_early: Option<&str>, now: Timestamp) -> Reception {
    let today = business_day(now);
    let today_spans = spans(cal, office, queue, service, today);
    let next_after = |after: Timestamp, from_day: i32| -> Option<Timestamp> {
        (from_day..=LOOK_AHEAD_DAYS).find_map(|d| {
            let date = today.checked_add(jiff::Span::new().days(d)).ok()?;
            spans(cal, office, queue, service, date).into_iter().filter_map(|(a, _)| at(date, a)).find(|t| *t > after)
        })
    };
    if let Some(reason) = closed_early {
        return Reception::Closed { why: Closed::Early(reason.to_owned()), opens: next_after(now, 1) };
    }
    for (a, z) in &today_spans {
        if let (Some(start), Some(end)) = (at(today, *a), at(today, *z))
            && start <= now
            && now < end
        {
            return Reception::Open { until: end };
        }
    }
    let why = if today_spans.is_empty() {
        Closed::Day
    } else if today_spans.first().and_then(|(a, _)| at(today, *a)).is_some_and(|t| now < t) {
        Closed::NotYet
    } else if today_spans.last().and_then(|(_, z)| at(today, *z)).is_some_and(|t| now < t) {
        Closed::Break
    } else {
        Closed::Over
    };
    Reception::Closed { why, opens: next_after(now, 0) }
}

/// Whether `queue` of `state`'s office takes tickets (for `service`) now:
/// [`status`] with the ward's calendar, today's early closing and the
/// configuration's `reception_always`.
pub fn of_queue(config: &crate::WardConfig, cal: &WardCalendar, state: &crate::OfficeState, queue: &Queue, service: Option<&Service>, now: Timestamp) -> Reception {
    let early = state.closed_early(&queue.id);
    if config.hours.reception_always {
        return match early {
            Some(reason) => Reception::Closed { why: Closed::Early(reason.to_owned()), opens: Some(end_of_day(now)) },
            None => Reception::Open { until: end_of_day(now) },
        };
    }
    status(cal, state.config().id.as_str(), queue, service, early, now)
}

fn end_of_day(now: Timestamp) -> Timestamp {
    let today = business_day(now);
    today.tomorrow().ok().and_then(|d| at(d, Time::midnight())).unwrap_or(now)
}

/// Whether `state`'s office takes a ticket for `target` now: its first
/// step's queue and service decide. `Ok` also when the target is unknown
/// (issuing then says what is wrong with it).
pub fn check(config: &crate::WardConfig, cal: &WardCalendar, state: &crate::OfficeState, target: &crate::office::IssueTarget, now: Timestamp) -> Result<(), crate::office::DomainError> {
    use crate::office::IssueTarget;
    let office = state.config();
    let (queue, service) = match target {
        IssueTarget::Service(s) => (office.services.get(s).map(|q| q.get_ref().clone()), Some(s.as_str())),
        IssueTarget::Queue(q) => (office.queue(q).map(|q| q.id.clone()), None),
        IssueTarget::Journey(steps) => match steps.first() {
            Some(step) => (Some(step.queue.clone()), step.service.as_ref().map(|s| s.as_str())),
            None => (None, None),
        },
    };
    let Some(queue) = queue.and_then(|q| office.queue(q.as_str())) else { return Ok(()) };
    let service = service.and_then(|s| config.service(s));
    match of_queue(config, cal, state, queue, service, now) {
        Reception::Open { .. } => Ok(()),
        Reception::Closed { why, opens } => Err(crate::office::DomainError::ReceptionClosed { queue: queue.id.to_string(), why: why.code(), opens }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::WardConfig;
    use crate::config::tests::SMALL;

    fn tokyo_at(s: &str) -> Timestamp {
        jiff::civil::DateTime::strptime("%Y-%m-%d %H:%M", s).expect("time").to_zoned(tokyo()).expect("zoned").timestamp()
    }

    fn fixture(extra_service: &str, extra_queue: &str) -> WardConfig {
        // Reception hours written into the small ward's first service and queue A.
        let text = SMALL.replacen("section = ", &format!("{extra_service}section = "), 1).replacen("service_minutes = ", &format!("{extra_queue}service_minutes = "), 1);
        WardConfig::parse(&text).expect("config")
    }

    fn check(config: &WardConfig, service: bool, closed_early: Option<&str>, now: &str) -> Reception {
        let cal = WardCalendar::new(config);
        let office = &config.offices[0];
        let queue = &office.queues[0];
        let svc = service.then(|| &config.services[0]);
        status(&cal, office.id.as_str(), queue, svc, closed_early, tokyo_at(now))
    }

    #[test]
    fn a_weekday_is_open_in_office_hours_and_says_when_it_opens_next() {
        let config = fixture("", "");
        // 2026-12-07 is a Monday; the small ward opens 08:30–17:15.
        assert_eq!(check(&config, false, None, "2026-12-07 10:00"), Reception::Open { until: tokyo_at("2026-12-07 17:15") });
        assert_eq!(check(&config, false, None, "2026-12-07 08:00"), Reception::Closed { why: Closed::NotYet, opens: Some(tokyo_at("2026-12-07 08:30")) });
        // 23:16 on a weekday (what a newcomer saw the kiosk issue at): over, opens tomorrow.
        assert_eq!(check(&config, false, None, "2026-12-07 23:16"), Reception::Closed { why: Closed::Over, opens: Some(tokyo_at("2026-12-08 08:30")) });
        // Friday evening: next is Monday.
        assert_eq!(check(&config, false, None, "2026-12-11 18:00").clone(), Reception::Closed { why: Closed::Over, opens: Some(tokyo_at("2026-12-14 08:30")) });
        // A Saturday.
        assert_eq!(check(&config, false, None, "2026-12-12 10:00"), Reception::Closed { why: Closed::Day, opens: Some(tokyo_at("2026-12-14 08:30")) });
        // The new-year closure (12-29 to 01-03): 2027-01-04 is a Monday.
        assert_eq!(check(&config, false, None, "2026-12-28 17:30"), Reception::Closed { why: Closed::Over, opens: Some(tokyo_at("2027-01-04 08:30")) });
    }

    #[test]
    fn a_service_may_stop_earlier_and_a_queue_may_close_at_lunch() {
        let config = fixture("reception_until = \"16:30\"\n", "reception_breaks = [{ from = \"12:00\", until = \"13:00\" }]\n");
        assert_eq!(check(&config, true, None, "2026-12-07 16:45"), Reception::Closed { why: Closed::Over, opens: Some(tokyo_at("2026-12-08 08:30")) });
        assert_eq!(check(&config, false, None, "2026-12-07 16:45"), Reception::Open { until: tokyo_at("2026-12-07 17:15") }, "the queue itself is open");
        assert_eq!(check(&config, true, None, "2026-12-07 11:00"), Reception::Open { until: tokyo_at("2026-12-07 12:00") });
        assert_eq!(check(&config, true, None, "2026-12-07 12:30"), Reception::Closed { why: Closed::Break, opens: Some(tokyo_at("2026-12-07 13:00")) });
        assert_eq!(check(&config, true, None, "2026-12-07 13:00"), Reception::Open { until: tokyo_at("2026-12-07 16:30") });
    }

    #[test]
    fn closed_early_stays_closed_today_and_opens_on_the_next_open_day() {
        let config = fixture("", "");
        let r = check(&config, false, Some("待ち時間が閉庁時刻を超えるため"), "2026-12-07 15:00");
        assert_eq!(r, Reception::Closed { why: Closed::Early("待ち時間が閉庁時刻を超えるため".into()), opens: Some(tokyo_at("2026-12-08 08:30")) });
        assert_eq!(Closed::Early(String::new()).code(), "closed_early");
    }

    #[test]
    fn bad_reception_hours_are_refused_with_their_place() {
        let text = SMALL.replacen("service_minutes = ", "reception_from = \"13:00\"\nreception_until = \"12:00\"\nservice_minutes = ", 1);
        let e = WardConfig::parse(&text).expect_err("refused");
        assert!(e.message.contains("reception_from must be before reception_until"), "{e:?}");
        let text = SMALL.replacen("service_minutes = ", "reception_until = \"25:00\"\nservice_minutes = ", 1);
        let e = WardConfig::parse(&text).expect_err("refused");
        assert!(e.line.is_some() && e.message.contains("HH:MM"), "{e:?}");
    }
}
