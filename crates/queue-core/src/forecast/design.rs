//! The calendar features of the count model, and the prior (penalty) on each.
//!
//! Every open day becomes one sparse row. The columns, in order:
//!
//! | columns | feature | prior sd (log scale): alone / pooled |
//! | --- | --- | --- |
//! | 1 | intercept | none |
//! | 4 | Tuesday … Friday (Monday is the baseline) | 0.7 / 0.15 |
//! | 1 | a Saturday or Sunday special opening | 0.7 / 0.3 |
//! | 12 | month of year | 0.2 / 0.1, and the same between neighbouring months (cyclic) |
//! | 9 | moving season: cubic B-splines every 6 days from 5 March to 22 April | 1.0, second differences 0.3 |
//! | 10 | first open day after a closure of ≥3 days; of ≥5 days; second open day after ≥5 days; last open day before a closure of ≥3 days; of ≥5 days; first business day of the month; second; last; the day after a one-day (mid-week) holiday; お盆 (13–16 August) | 0.5 / 0.15 |
//! | 3 per window | inside the window; position in it (−½ at the start … +½ at the end); a hump (4·pos·(1 − pos) − ⅔) | 0.7; 0.5; 0.5 |
//! | 1 | linear trend, per year (only with a year of history) | 0.15 |
//!
//! "Alone" priors are centred on zero. "Pooled" priors (see
//! [`super::fit_office`]) are centred on the coefficients fitted to the sum
//! of the office's *other* queues: weekday, month and closure effects are
//! much alike between the counters of one building, and the small queues
//! borrow that shape from the big ones.
//!
//! Days with shorter hours (special openings) get an offset of
//! ln(open minutes / normal minutes).

use super::glm::Prior;
use crate::calendar::{WardCalendar, day_number, weekday_index};
use crate::config::MonthDay;
use jiff::civil::Date;

pub(crate) const INTERCEPT: usize = 0;
const WEEKDAY0: usize = 1;
const WEEKEND: usize = 5;
const MONTH0: usize = 6;
const MOVE0: usize = 18;
/// Moving-season spline centres, in days from 25 March, and their spacing.
const MOVE_CENTRES: [i32; 9] = [-20, -14, -8, -2, 4, 10, 16, 22, 28];
const MOVE_SPACING: f64 = 6.0;
const EVENT0: usize = MOVE0 + MOVE_CENTRES.len();
const EVENTS: usize = 10;
/// Columns per seasonal window.
const PER_WINDOW: usize = 3;
const WINDOW0: usize = EVENT0 + EVENTS;
/// Columns whose effects queues of one office share (partially).
const SHARED: [std::ops::Range<usize>; 2] = [WEEKDAY0..MOVE0, EVENT0..WINDOW0];

const EVENT_NAMES: [&str; EVENTS] = [
    "after a closure of 3+ days",
    "after a closure of 5+ days",
    "second day after 5+ days",
    "before a closure of 3+ days",
    "before a closure of 5+ days",
    "first business day of month",
    "second business day of month",
    "last business day of month",
    "after a mid-week holiday",
    "obon (13-16 August)",
];

/// A window as the design uses it.
#[derive(Debug, Clone)]
pub(crate) struct DesignWindow {
    pub id: String,
    from: MonthDay,
    to: MonthDay,
}

/// The feature layout for one queue at one office.
#[derive(Debug, Clone)]
pub(crate) struct Design {
    pub office: String,
    pub windows: Vec<DesignWindow>,
    /// Day number the trend is centred on.
    trend_centre: i32,
    trend_on: bool,
    normal_minutes: f64,
}

/// One day's features: sparse columns and the exposure offset.
#[derive(Debug, Default, Clone)]
pub(crate) struct Row {
    pub cols: Vec<(usize, f64)>,
    pub offset: f64,
    /// 0 for ordinary days, 1 in the moving season (dispersion differs).
    pub regime: usize,
}

/// Regimes with their own dispersion: ordinary days and the moving season.
pub(crate) const REGIMES: usize = 2;

impl Design {
    pub fn new(cal: &WardCalendar, office: &str, windows: Vec<(String, MonthDay, MonthDay)>, trend_centre: i32, trend_on: bool) -> Self {
        let (open, close) = cal.normal_hours();
        let normal_minutes = minutes(open, close).max(1.0);
        Design {
            office: office.to_owned(),
            windows: windows.into_iter().map(|(id, from, to)| DesignWindow { id, from, to }).collect(),
            trend_centre,
            trend_on,
            normal_minutes,
        }
    }

    pub fn trend_index(&self) -> usize {
        WINDOW0 + PER_WINDOW * self.windows.len()
    }

    pub fn columns(&self) -> usize {
        self.trend_index() + 1
    }

    /// Human names of the columns, for reports.
    pub fn names(&self) -> Vec<String> {
        let mut n = vec!["intercept".to_owned()];
        n.extend(["Tuesday", "Wednesday", "Thursday", "Friday", "weekend opening"].map(String::from));
        n.extend(["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"].map(|m| format!("month {m}")));
        n.extend(MOVE_CENTRES.iter().map(|c| format!("moving season {c:+} days from 25 March")));
        n.extend(EVENT_NAMES.map(String::from));
        for w in &self.windows {
            n.push(format!("window {}", w.id));
            n.push(format!("window {} (position)", w.id));
            n.push(format!("window {} (hump)", w.id));
        }
        n.push("trend per year".to_owned());
        n
    }

    /// The features of a date, or `false` when the office is closed.
    pub fn row(&self, cal: &WardCalendar, date: Date, row: &mut Row) -> bool {
        row.cols.clear();
        let office = self.office.as_str();
        let Some((open, close)) = cal.opening_hours(office, date) else {
            return false;
        };
        row.offset = (minutes(open, close).max(1.0) / self.normal_minutes).ln();
        row.regime = usize::from(super::hourly::Season::of(date) == super::hourly::Season::Moving);
        row.cols.push((INTERCEPT, 1.0));
        let wd = weekday_index(date.weekday());
        match wd {
            0 => {}
            1..=4 => row.cols.push((WEEKDAY0 + wd - 1, 1.0)),
            _ => row.cols.push((WEEKEND, 1.0)),
        }
        row.cols.push((MONTH0 + usize::from(date.month().unsigned_abs()) - 1, 1.0));

        let n = day_number(date);
        if let Ok(anchor) = Date::new(date.year(), 3, 25) {
            let t = f64::from(n - day_number(anchor));
            for (k, c) in MOVE_CENTRES.iter().enumerate() {
                let b = cubic_bspline((t - f64::from(*c)) / MOVE_SPACING);
                if b > 0.0 {
                    row.cols.push((MOVE0 + k, b));
                }
            }
        }

        let before = cal.closure_run_before(office, date);
        let after = cal.closure_run_after(office, date);
        // Yesterday is the previous open day exactly when `before` is 0.
        let yesterday = date.yesterday().ok().filter(|_| before == 0);
        let second_after_long = yesterday.is_some_and(|y| cal.closure_run_before(office, y) >= 5);
        let first_of_month = cal.is_first_business_day_of_month(office, date);
        let previous_open = if before == 0 { yesterday } else { date.checked_sub(jiff::Span::new().days(i64::from(before) + 1)).ok() };
        let second_of_month = !first_of_month && previous_open.is_some_and(|p| p.month() == date.month() && cal.is_first_business_day_of_month(office, p));
        let events = [
            before >= 3,
            before >= 5,
            second_after_long,
            after >= 3,
            after >= 5,
            first_of_month,
            second_of_month,
            cal.is_last_business_day_of_month(office, date),
            before == 1,
            date.month() == 8 && (13..=16).contains(&date.day()),
        ];
        for (k, on) in events.iter().enumerate() {
            if *on {
                row.cols.push((EVENT0 + k, 1.0));
            }
        }

        for (k, w) in self.windows.iter().enumerate() {
            if let Some(pos) = window_position(w.from, w.to, date) {
                let c = WINDOW0 + PER_WINDOW * k;
                row.cols.push((c, 1.0));
                row.cols.push((c + 1, pos - 0.5));
                row.cols.push((c + 2, 4.0 * pos * (1.0 - pos) - 2.0 / 3.0));
            }
        }
        if self.trend_on {
            row.cols.push((self.trend_index(), f64::from(n - self.trend_centre) / 365.25));
        }

        true
    }

    /// The prior: centred on zero, or — for the columns every queue of an
    /// office shares (weekday, month, closures and month ends) — on the
    /// coefficients of the office's other queues, more tightly.
    pub fn prior(&self, pooled: Option<&[f64]>) -> Prior {
        let p = self.columns();
        let mut mean = vec![0.0; p];
        let tight = pooled.is_some();
        if let Some(pooled) = pooled {
            for i in SHARED.into_iter().flatten() {
                if let Some(v) = pooled.get(i) {
                    mean[i] = *v;
                }
            }
        }
        let (weekday_sd, weekend_sd, month_sd, event_sd) = if tight { (0.15, 0.3, 0.1, 0.15) } else { (0.7, 0.7, 0.2, 0.5) };
        let mut m = vec![0.0; p * p];
        let mut ridge = |i: usize, sd: f64| m[i * p + i] += 1.0 / (sd * sd);
        for i in WEEKDAY0..WEEKDAY0 + 4 {
            ridge(i, weekday_sd);
        }
        ridge(WEEKEND, weekend_sd);
        for i in MONTH0..MONTH0 + 12 {
            ridge(i, month_sd);
        }
        for i in MOVE0..MOVE0 + MOVE_CENTRES.len() {
            ridge(i, 1.0);
        }
        for i in EVENT0..EVENT0 + EVENTS {
            ridge(i, event_sd);
        }
        for k in 0..self.windows.len() {
            let c = WINDOW0 + PER_WINDOW * k;
            ridge(c, 0.7);
            ridge(c + 1, 0.5);
            ridge(c + 2, 0.5);
        }
        ridge(self.trend_index(), if self.trend_on { 0.15 } else { 1e-4 });
        // Neighbouring months (December next to January) should not differ
        // much: a first-difference penalty around the cycle.
        let month_diff = 1.0 / (month_sd * month_sd);
        for k in 0..12 {
            let (a, b) = (MONTH0 + k, MONTH0 + (k + 1) % 12);
            add_difference(&mut m, p, &[(a, 1.0), (b, -1.0)], month_diff);
        }
        // The moving-season curve is smooth and fades to nothing at both
        // ends: second differences, with zeros beyond the first and last
        // spline.
        let smooth = 1.0 / (0.3f64 * 0.3);
        let k = MOVE_CENTRES.len() as isize;
        for j in -1..k - 1 {
            let terms: Vec<(usize, f64)> = [(j, 1.0), (j + 1, -2.0), (j + 2, 1.0)]
                .into_iter()
                .filter(|(i, _)| (0..k).contains(i))
                .map(|(i, c)| (MOVE0 + i.unsigned_abs(), c))
                .collect();
            add_difference(&mut m, p, &terms, smooth);
        }
        Prior { mean, precision: m }
    }
}

/// Adds λ·(Σ cᵢβᵢ)² to the penalty.
fn add_difference(m: &mut [f64], p: usize, terms: &[(usize, f64)], lambda: f64) {
    for &(i, ci) in terms {
        for &(j, cj) in terms {
            m[i * p + j] += lambda * ci * cj;
        }
    }
}

fn minutes(open: jiff::civil::Time, close: jiff::civil::Time) -> f64 {
    let m = |t: jiff::civil::Time| f64::from(t.hour()) * 60.0 + f64::from(t.minute());
    m(close) - m(open)
}

/// The cardinal cubic B-spline, support (−2, 2), peak 2/3 at 0.
fn cubic_bspline(u: f64) -> f64 {
    let a = u.abs();
    if a < 1.0 {
        (4.0 - 6.0 * a * a + 3.0 * a * a * a) / 6.0
    } else if a < 2.0 {
        (2.0 - a).powi(3) / 6.0
    } else {
        0.0
    }
}

/// The date in `year` for a month-day, 02-29 becoming 02-28 in common years.
pub(crate) fn in_year(year: i16, md: MonthDay) -> Option<Date> {
    Date::new(year, md.month, md.day).or_else(|_| Date::new(year, md.month, md.day - 1)).ok()
}

/// Where `date` lies in a (possibly wrapping) window: 0 on its first day,
/// 1 on its last, `None` outside.
pub(crate) fn window_position(from: MonthDay, to: MonthDay, date: Date) -> Option<f64> {
    let d = (date.month(), date.day());
    let (f, t) = ((from.month, from.day), (to.month, to.day));
    let wraps = f > t;
    let inside = if wraps { d >= f || d <= t } else { f <= d && d <= t };
    if !inside {
        return None;
    }
    let start_year = if wraps && d <= t { date.year() - 1 } else { date.year() };
    let end_year = if wraps { start_year + 1 } else { start_year };
    let start = in_year(start_year, from)?;
    let end = in_year(end_year, to)?;
    let len = day_number(end) - day_number(start);
    if len <= 0 {
        return Some(0.5);
    }
    Some(f64::from(day_number(date) - day_number(start)) / f64::from(len))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn splines_sum_to_one_inside_the_season() {
        for t in -8..=16 {
            let s: f64 = MOVE_CENTRES.iter().map(|c| cubic_bspline((f64::from(t) - f64::from(*c)) / MOVE_SPACING)).sum();
            assert!((s - 1.0).abs() < 1e-12, "{t}: {s}");
        }
        let outside: f64 = MOVE_CENTRES.iter().map(|c| cubic_bspline((-40.0 - f64::from(*c)) / MOVE_SPACING)).sum();
        assert_eq!(outside, 0.0);
    }

    #[test]
    fn window_positions_run_from_zero_to_one_and_wrap() {
        let md = |month, day| MonthDay { month, day };
        assert_eq!(window_position(md(7, 20), md(8, 31), date(2026, 7, 20)), Some(0.0));
        assert_eq!(window_position(md(7, 20), md(8, 31), date(2026, 8, 31)), Some(1.0));
        assert_eq!(window_position(md(7, 20), md(8, 31), date(2026, 7, 19)), None);
        let wrap = |d| window_position(md(12, 29), md(1, 3), d);
        assert_eq!(wrap(date(2026, 12, 29)), Some(0.0));
        assert_eq!(wrap(date(2027, 1, 3)), Some(1.0));
        assert!(wrap(date(2027, 1, 1)).is_some_and(|p| (p - 0.6).abs() < 1e-12));
        assert_eq!(window_position(md(2, 29), md(3, 1), date(2026, 2, 28)), None);
    }

    #[test]
    fn the_penalty_is_symmetric_and_names_match_columns() {
        let cal = crate::calendar::WardCalendar::new(&crate::config::WardConfig::parse(crate::config::tests::SMALL).expect("config"));
        let d = Design::new(&cal, "main", vec![("w".into(), MonthDay { month: 6, day: 1 }, MonthDay { month: 7, day: 15 })], 0, true);
        let p = d.columns();
        assert_eq!(d.names().len(), p);
        let m = d.prior(None).precision;
        for i in 0..p {
            for j in 0..p {
                assert!((m[i * p + j] - m[j * p + i]).abs() < 1e-12);
            }
        }
        assert_eq!(m[0], 0.0, "the intercept is free");
    }
}
