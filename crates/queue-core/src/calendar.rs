//! Office days in Japan: national holidays, the ward's closures and special
//! openings, and the calendar structure the forecast uses.
//!
//! National holidays (国民の祝日, 振替休日 and 国民の休日) come from the
//! `jpholiday` crate, corrected by [`HOLIDAY_CORRECTIONS`] where it is known to
//! be wrong (the 2021 Olympic moves). Office closures that are not national
//! holidays — the year-end closure 12/29–1/3, extra closures — and special
//! openings (Sunday openings in the moving season) come from the ward's
//! configuration.
//!
//! Rules, in order, for an office on a date:
//! 1. a special opening for that office (or for all offices) opens it, with
//!    the special hours;
//! 2. otherwise it is closed on a configured closed weekday, on a national
//!    holiday (when `closed_on_national_holidays`), inside the year-end
//!    closure and on an extra closure;
//! 3. otherwise it is open with the ward's normal hours.
//!
//! Holidays are known for the years [`FIRST_HOLIDAY_YEAR`]..=[`LAST_HOLIDAY_YEAR`];
//! outside them no date is a national holiday.

use crate::config::{MonthDayRange, SeasonalWindow, WardConfig};
use jiff::civil::{Date, Time, Weekday};
use std::collections::BTreeSet;
use std::sync::OnceLock;

/// The first year whose national holidays are known.
pub const FIRST_HOLIDAY_YEAR: i16 = 1955;
/// The last year whose national holidays are known (the equinox formula that
/// `jpholiday` uses is published for up to 2099).
pub const LAST_HOLIDAY_YEAR: i16 = 2099;

/// How far `closure_run_before`/`closure_run_after` look: an office closed for
/// longer than this is reported as closed for this many days.
pub const LONGEST_CLOSURE: u32 = 60;

/// Corrections to `jpholiday` 0.1.4, which applies the normal rules in 2021.
/// The Olympic special measures law (東京オリンピック・パラリンピック特措法,
/// amended 2020) moved 海の日 to 22 July, スポーツの日 to 23 July and 山の日 to
/// 8 August 2021 (a Sunday, so 9 August was a 振替休日).
/// Each entry is `(date, Some(name))` to add or rename, `(date, None)` to remove.
pub const HOLIDAY_CORRECTIONS: &[Correction] = &[
    ((2021, 7, 19), None),
    ((2021, 10, 11), None),
    ((2021, 8, 11), None),
    ((2021, 7, 22), Some("海の日")),
    ((2021, 7, 23), Some("スポーツの日")),
    ((2021, 8, 8), Some("山の日")),
    ((2021, 8, 9), Some("山の日 振替休日")),
];

/// A correction to the holiday table: ((year, month, day), new name or removal).
pub type Correction = ((i16, i8, i8), Option<&'static str>);

/// Why an office is closed on a date.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(tag = "kind", content = "name", rename_all = "snake_case")]
pub enum Closure {
    /// A configured closed weekday (Saturday, Sunday).
    Weekday,
    /// A national holiday, with its Japanese name (`"山の日 振替休日"`).
    NationalHoliday(&'static str),
    /// The year-end closure (年末年始).
    YearEnd,
    /// An extra closure from the configuration.
    Extra,
}

#[derive(Debug, Clone)]
struct Opening {
    date: Date,
    open: Time,
    close: Time,
    /// Empty means every office.
    offices: Vec<String>,
}

/// Which days an office is open, built once from the ward's configuration.
/// Cheap to query: the holiday table is computed once per year and shared.
#[derive(Debug, Clone)]
pub struct WardCalendar {
    open: Time,
    close: Time,
    closed_weekdays: [bool; 7],
    closed_on_national_holidays: bool,
    year_end: Option<MonthDayRange>,
    extra_closures: BTreeSet<Date>,
    openings: Vec<Opening>,
    windows: Vec<SeasonalWindow>,
}

impl WardCalendar {
    pub fn new(config: &WardConfig) -> Self {
        let hours = &config.hours;
        let mut closed_weekdays = [false; 7];
        for w in &hours.closed_weekdays {
            closed_weekdays[weekday_index(*w)] = true;
        }
        let openings = hours
            .special_openings
            .iter()
            .map(|o| Opening {
                date: o.date,
                open: o.open,
                close: o.close,
                offices: o.offices.iter().map(|id| id.get_ref().as_str().to_owned()).collect(),
            })
            .collect();
        WardCalendar {
            open: hours.open,
            close: hours.close,
            closed_weekdays,
            closed_on_national_holidays: hours.closed_on_national_holidays,
            year_end: hours.year_end_closure.clone(),
            extra_closures: hours.extra_closures.iter().copied().collect(),
            openings,
            windows: config.windows.clone(),
        }
    }

    /// The ward's normal opening hours.
    pub fn normal_hours(&self) -> (Time, Time) {
        (self.open, self.close)
    }

    /// Whether a date is a national holiday (including 振替休日 and 国民の休日).
    pub fn is_national_holiday(&self, date: Date) -> bool {
        holiday_name(date).is_some()
    }

    /// The Japanese name of a national holiday.
    pub fn holiday_name(&self, date: Date) -> Option<&'static str> {
        holiday_name(date)
    }

    /// National holidays between two dates, inclusive.
    pub fn holidays_between(&self, from: Date, to: Date) -> Vec<(Date, &'static str)> {
        let mut out = Vec::new();
        for year in from.year().max(FIRST_HOLIDAY_YEAR)..=to.year().min(LAST_HOLIDAY_YEAR) {
            out.extend(year_holidays(year).iter().filter(|(d, _)| from <= *d && *d <= to).map(|(d, n)| (*d, n.as_str())));
        }
        out
    }

    fn special_opening(&self, office: &str, date: Date) -> Option<&Opening> {
        self.openings.iter().find(|o| o.date == date && (o.offices.is_empty() || o.offices.iter().any(|id| id == office)))
    }

    /// Why an office is closed on a date, or `None` when it is open.
    pub fn closure(&self, office: &str, date: Date) -> Option<Closure> {
        if self.special_opening(office, date).is_some() {
            return None;
        }
        if self.closed_weekdays[weekday_index(date.weekday())] {
            return Some(Closure::Weekday);
        }
        if self.closed_on_national_holidays
            && let Some(name) = holiday_name(date)
        {
            return Some(Closure::NationalHoliday(name));
        }
        if self.year_end.as_ref().is_some_and(|r| r.contains(date)) {
            return Some(Closure::YearEnd);
        }
        if self.extra_closures.contains(&date) {
            return Some(Closure::Extra);
        }
        None
    }

    pub fn is_open(&self, office: &str, date: Date) -> bool {
        self.closure(office, date).is_none()
    }

    /// The hours an office is open on a date, `None` when closed.
    pub fn opening_hours(&self, office: &str, date: Date) -> Option<(Time, Time)> {
        if let Some(o) = self.special_opening(office, date) {
            return Some((o.open, o.close));
        }
        self.is_open(office, date).then_some((self.open, self.close))
    }

    /// How many consecutive days immediately before `date` the office is
    /// closed: 2 on a Monday after a normal weekend, 3 after a Monday
    /// holiday, 0 after an open day. At most [`LONGEST_CLOSURE`].
    pub fn closure_run_before(&self, office: &str, date: Date) -> u32 {
        let mut n = 0;
        let mut d = date;
        while n < LONGEST_CLOSURE {
            match d.yesterday() {
                Ok(y) if !self.is_open(office, y) => {
                    n += 1;
                    d = y;
                }
                _ => break,
            }
        }
        n
    }

    /// How many consecutive days immediately after `date` the office is
    /// closed. At most [`LONGEST_CLOSURE`].
    pub fn closure_run_after(&self, office: &str, date: Date) -> u32 {
        let mut n = 0;
        let mut d = date;
        while n < LONGEST_CLOSURE {
            match d.tomorrow() {
                Ok(t) if !self.is_open(office, t) => {
                    n += 1;
                    d = t;
                }
                _ => break,
            }
        }
        n
    }

    /// Whether `date` is the office's first open day of its month.
    pub fn is_first_business_day_of_month(&self, office: &str, date: Date) -> bool {
        if !self.is_open(office, date) {
            return false;
        }
        let mut d = date;
        while let Ok(y) = d.yesterday() {
            if y.month() != date.month() {
                return true;
            }
            if self.is_open(office, y) {
                return false;
            }
            d = y;
        }
        true
    }

    /// Whether `date` is the office's last open day of its month.
    pub fn is_last_business_day_of_month(&self, office: &str, date: Date) -> bool {
        if !self.is_open(office, date) {
            return false;
        }
        let mut d = date;
        while let Ok(t) = d.tomorrow() {
            if t.month() != date.month() {
                return true;
            }
            if self.is_open(office, t) {
                return false;
            }
            d = t;
        }
        true
    }

    /// A configured seasonal window.
    pub fn window(&self, id: &str) -> Option<&SeasonalWindow> {
        self.windows.iter().find(|w| w.id == id)
    }

    pub fn windows(&self) -> &[SeasonalWindow] {
        &self.windows
    }
}

/// Monday = 0 … Sunday = 6.
pub(crate) fn weekday_index(w: Weekday) -> usize {
    usize::try_from(w.to_monday_zero_offset()).unwrap_or(0)
}

/// Days since 1970-01-01 (negative before), for cheap date arithmetic.
pub fn day_number(date: Date) -> i32 {
    // Howard Hinnant's days_from_civil.
    let (y, m, d) = (i32::from(date.year()), i32::from(date.month()), i32::from(date.day()));
    let y = if m <= 2 { y - 1 } else { y };
    let era = if y >= 0 { y } else { y - 399 } / 400;
    let yoe = y - era * 400;
    let mp = (m + 9) % 12;
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date with a given [`day_number`], if jiff can represent it.
pub fn from_day_number(n: i32) -> Option<Date> {
    // Hinnant's civil_from_days.
    let z = n + 719_468;
    let era = if z >= 0 { z } else { z - 146_096 } / 146_097;
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    let y = yoe + era * 400 + i32::from(m <= 2);
    Date::new(i16::try_from(y).ok()?, i8::try_from(m).ok()?, i8::try_from(d).ok()?).ok()
}

fn holiday_name(date: Date) -> Option<&'static str> {
    let table = year_holidays(date.year());
    table.binary_search_by(|(d, _)| d.cmp(&date)).ok().map(|i| table[i].1.as_str())
}

/// The national holidays of a year, sorted, computed once and kept.
fn year_holidays(year: i16) -> &'static [(Date, String)] {
    const YEARS: usize = (LAST_HOLIDAY_YEAR - FIRST_HOLIDAY_YEAR + 1) as usize;
    static TABLE: [OnceLock<Vec<(Date, String)>>; YEARS] = [const { OnceLock::new() }; YEARS];
    let Some(slot) = usize::try_from(year - FIRST_HOLIDAY_YEAR).ok().and_then(|i| TABLE.get(i)) else {
        return &[];
    };
    slot.get_or_init(|| compute_year(year))
}

fn compute_year(year: i16) -> Vec<(Date, String)> {
    use jpholiday::chrono::NaiveDate;
    let jp = jpholiday::jpholiday::JPHoliday::new();
    let mut out: Vec<(Date, String)> = Vec::new();
    let Ok(mut d) = Date::new(year, 1, 1) else { return out };
    while d.year() == year {
        let naive = NaiveDate::from_ymd_opt(i32::from(year), u32::from(d.month().unsigned_abs()), u32::from(d.day().unsigned_abs()));
        if let Some(name) = naive.and_then(|n| jp.is_holiday_name(&n)) {
            out.push((d, name));
        }
        match d.tomorrow() {
            Ok(t) => d = t,
            Err(_) => break,
        }
    }
    for &((y, m, day), name) in HOLIDAY_CORRECTIONS {
        if y != year {
            continue;
        }
        let Ok(date) = Date::new(y, m, day) else { continue };
        out.retain(|(d, _)| *d != date);
        if let Some(name) = name {
            out.push((date, name.to_owned()));
        }
    }
    out.sort_by_key(|(d, _)| *d);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    /// Japan's national holidays 2019–2027, written out by hand from the
    /// Cabinet Office lists (内閣府「国民の祝日について」), independently of
    /// `jpholiday`.
    const EXPECTED: &[(i16, &[(i8, i8)])] = &[
        (2019, &[(1, 1), (1, 14), (2, 11), (3, 21), (4, 29), (4, 30), (5, 1), (5, 2), (5, 3), (5, 4), (5, 5), (5, 6), (7, 15), (8, 11), (8, 12), (9, 16), (9, 23), (10, 14), (10, 22), (11, 3), (11, 4), (11, 23)]),
        (2020, &[(1, 1), (1, 13), (2, 11), (2, 23), (2, 24), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 23), (7, 24), (8, 10), (9, 21), (9, 22), (11, 3), (11, 23)]),
        (2021, &[(1, 1), (1, 11), (2, 11), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (7, 22), (7, 23), (8, 8), (8, 9), (9, 20), (9, 23), (11, 3), (11, 23)]),
        (2022, &[(1, 1), (1, 10), (2, 11), (2, 23), (3, 21), (4, 29), (5, 3), (5, 4), (5, 5), (7, 18), (8, 11), (9, 19), (9, 23), (10, 10), (11, 3), (11, 23)]),
        (2023, &[(1, 1), (1, 2), (1, 9), (2, 11), (2, 23), (3, 21), (4, 29), (5, 3), (5, 4), (5, 5), (7, 17), (8, 11), (9, 18), (9, 23), (10, 9), (11, 3), (11, 23)]),
        (2024, &[(1, 1), (1, 8), (2, 11), (2, 12), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 15), (8, 11), (8, 12), (9, 16), (9, 22), (9, 23), (10, 14), (11, 3), (11, 4), (11, 23)]),
        (2025, &[(1, 1), (1, 13), (2, 11), (2, 23), (2, 24), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 21), (8, 11), (9, 15), (9, 23), (10, 13), (11, 3), (11, 23), (11, 24)]),
        (2026, &[(1, 1), (1, 12), (2, 11), (2, 23), (3, 20), (4, 29), (5, 3), (5, 4), (5, 5), (5, 6), (7, 20), (8, 11), (9, 21), (9, 22), (9, 23), (10, 12), (11, 3), (11, 23)]),
        (2027, &[(1, 1), (1, 11), (2, 11), (2, 23), (3, 21), (3, 22), (4, 29), (5, 3), (5, 4), (5, 5), (7, 19), (8, 11), (9, 20), (9, 23), (10, 11), (11, 3), (11, 23)]),
    ];

    fn calendar() -> WardCalendar {
        WardCalendar::new(&WardConfig::parse(crate::config::tests::SMALL).expect("config"))
    }

    #[test]
    fn national_holidays_2019_to_2027_match_the_independent_list() {
        let cal = calendar();
        for &(year, days) in EXPECTED {
            let expected: BTreeSet<Date> = days.iter().map(|&(m, d)| date(year, m, d)).collect();
            let got: BTreeSet<Date> = cal.holidays_between(date(year, 1, 1), date(year, 12, 31)).into_iter().map(|(d, _)| d).collect();
            let missing: Vec<_> = expected.difference(&got).collect();
            let extra: Vec<_> = got.difference(&expected).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{year}: missing {missing:?}, extra {extra:?}");
            let mut d = date(year, 1, 1);
            while d.year() == year {
                assert_eq!(cal.is_national_holiday(d), expected.contains(&d), "{d}");
                d = d.tomorrow().expect("date");
            }
        }
    }

    #[test]
    fn the_corrections_are_still_needed() {
        // If a later jpholiday gets 2021 right, HOLIDAY_CORRECTIONS can go.
        use jpholiday::chrono::NaiveDate;
        let jp = jpholiday::jpholiday::JPHoliday::new();
        let raw = |m, d| NaiveDate::from_ymd_opt(2021, m, d).is_some_and(|n| jp.is_holiday(&n));
        assert!(raw(7, 19) && !raw(7, 22), "jpholiday 0.1 puts 海の日 2021 on the third Monday");
        let cal = calendar();
        assert!(!cal.is_national_holiday(date(2021, 7, 19)) && cal.is_national_holiday(date(2021, 7, 22)));
    }

    #[test]
    fn holiday_names_include_substitute_and_sandwiched_days() {
        let cal = calendar();
        assert_eq!(cal.holiday_name(date(2026, 5, 6)), Some("憲法記念日 振替休日"));
        assert_eq!(cal.holiday_name(date(2026, 9, 22)), Some("国民の休日"));
        assert_eq!(cal.holiday_name(date(2019, 4, 30)), Some("国民の休日"));
        assert_eq!(cal.holiday_name(date(2019, 5, 1)), Some("天皇の即位の日"));
        assert_eq!(cal.holiday_name(date(2021, 7, 23)), Some("スポーツの日"));
        assert_eq!(cal.holiday_name(date(2021, 8, 9)), Some("山の日 振替休日"));
        assert_eq!(cal.holiday_name(date(2026, 2, 23)), Some("天皇誕生日"));
        assert_eq!(cal.holiday_name(date(2026, 12, 29)), None);
        assert!(!cal.is_national_holiday(date(1900, 1, 1)), "outside the known years");
    }

    #[test]
    fn office_days_follow_the_configuration() {
        let text = crate::config::tests::SMALL.replace(
            "year_end_closure = { from = \"12-29\", to = \"01-03\" }",
            "year_end_closure = { from = \"12-29\", to = \"01-03\" }\nextra_closures = [\"2026-06-10\"]\n\n[[hours.special_openings]]\ndate = \"2027-03-28\"\nopen = \"09:00\"\nclose = \"12:00\"\noffices = [\"main\"]",
        );
        let cal = WardCalendar::new(&WardConfig::parse(&text).expect("config"));
        assert!(cal.is_open("main", date(2026, 11, 2)));
        assert_eq!(cal.closure("main", date(2026, 11, 3)), Some(Closure::NationalHoliday("文化の日")));
        assert_eq!(cal.closure("main", date(2026, 11, 7)), Some(Closure::Weekday));
        assert_eq!(cal.closure("main", date(2026, 12, 29)), Some(Closure::YearEnd));
        assert_eq!(cal.closure("main", date(2027, 1, 1)), Some(Closure::NationalHoliday("元日")));
        assert_eq!(cal.closure("main", date(2026, 6, 10)), Some(Closure::Extra));
        assert!(cal.is_open("main", date(2027, 1, 4)));
        // A Sunday opening in the moving season, for the main office only.
        assert_eq!(cal.opening_hours("main", date(2027, 3, 28)), Some((Time::constant(9, 0, 0, 0), Time::constant(12, 0, 0, 0))));
        assert!(!cal.is_open("branch", date(2027, 3, 28)));
        assert_eq!(cal.opening_hours("main", date(2026, 11, 2)), Some((Time::constant(8, 30, 0, 0), Time::constant(17, 15, 0, 0))));
        assert_eq!(cal.opening_hours("main", date(2026, 11, 3)), None);
    }

    #[test]
    fn closure_runs_count_the_days_around_an_open_day() {
        let cal = calendar();
        // Monday after a normal weekend.
        assert_eq!(cal.closure_run_before("main", date(2026, 11, 9)), 2);
        // Tuesday after a Monday holiday (スポーツの日 2026-10-12).
        assert_eq!(cal.closure_run_before("main", date(2026, 10, 13)), 3);
        // Wednesday after a Tuesday holiday (文化の日 2026-11-03).
        assert_eq!(cal.closure_run_before("main", date(2026, 11, 4)), 1);
        // Golden Week 2026: Sat 5/2 … Wed 5/6 closed; Thursday 5/7 opens.
        assert_eq!(cal.closure_run_before("main", date(2026, 5, 7)), 5);
        // Silver Week 2026: Sat 9/19 … Wed 9/23.
        assert_eq!(cal.closure_run_before("main", date(2026, 9, 24)), 5);
        // New Year: 12/29 (Tue) … 1/3 (Sun) 2027.
        assert_eq!(cal.closure_run_before("main", date(2027, 1, 4)), 6);
        assert_eq!(cal.closure_run_after("main", date(2026, 12, 28)), 6);
        assert_eq!(cal.closure_run_before("main", date(2026, 11, 5)), 0);
    }

    #[test]
    fn first_and_last_business_days_of_the_month() {
        let cal = calendar();
        // 2026-08-01 is a Saturday: the first business day is Monday 8/3.
        assert!(cal.is_first_business_day_of_month("main", date(2026, 8, 3)));
        assert!(!cal.is_first_business_day_of_month("main", date(2026, 8, 4)));
        // 2026-05: 5/1 is a Friday.
        assert!(cal.is_first_business_day_of_month("main", date(2026, 5, 1)));
        // 2027-01: the first open day is 1/4.
        assert!(cal.is_first_business_day_of_month("main", date(2027, 1, 4)));
        // 2026-12: the last open day is 12/28.
        assert!(cal.is_last_business_day_of_month("main", date(2026, 12, 28)));
        // 2026-10-31 is a Saturday: the last business day is Friday 10/30.
        assert!(cal.is_last_business_day_of_month("main", date(2026, 10, 30)));
        assert!(!cal.is_last_business_day_of_month("main", date(2026, 10, 29)));
    }

    #[test]
    fn day_numbers_round_trip() {
        assert_eq!(day_number(date(1970, 1, 1)), 0);
        assert_eq!(day_number(date(2000, 3, 1)), 11_017);
        let mut d = date(1999, 12, 25);
        for _ in 0..2000 {
            let n = day_number(d);
            assert_eq!(from_day_number(n), Some(d));
            let t = d.tomorrow().expect("date");
            assert_eq!(day_number(t), n + 1);
            d = t;
        }
        assert_eq!(from_day_number(day_number(date(1900, 2, 28)) + 1), Some(date(1900, 3, 1)));
    }
}
