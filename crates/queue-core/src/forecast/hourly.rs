//! How a day's arrivals spread over its hours.
//!
//! A profile holds an arrival *intensity* per clock hour (arrivals per full
//! hour, in relative units) for each weekday and season. A day's forecast is
//! split over the hours the office is open that day in proportion to
//! intensity × the part of the hour that is open, so the half hour from 8:30
//! and the quarter hour to 17:15 get their fair share, and a Sunday opening
//! from 9:00 to 12:00 gets the morning shape.
//!
//! The built-in profile follows published congestion calendars of Japanese
//! ward offices: a queue at the door when it opens, the peak from 11:00 to
//! 14:00 (residents on their lunch break), a quiet last hour. Learned
//! profiles start from it and move towards the data as hourly counts
//! accumulate: each weekday-and-season profile is shrunk towards the pooled
//! profile of all days, which is shrunk towards the built-in one.

use crate::calendar::weekday_index;
use jiff::civil::{Date, Time, Weekday};
use serde::Serialize;

/// Intensity per clock hour 0..24 of the built-in profile (arrivals per full
/// hour, relative). Hours outside 8–17 keep a small floor so that unusual
/// opening hours still get some arrivals.
const DEFAULT_INTENSITY: [f64; 24] = [
    0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01, 0.02, // 0–7
    0.11, // 8 (the queue at the door from 8:30)
    0.10, 0.11, // 9, 10
    0.14, 0.15, 0.14, // 11, 12, 13: the peak
    0.11, 0.09, 0.07, // 14, 15, 16
    0.05, // 17 (to 17:15)
    0.02, 0.01, 0.01, 0.01, 0.01, 0.01, // 18–23
];

/// Pseudo-counts: how many arrivals of evidence the pooled profile needs
/// before it moves halfway from the built-in one, and a weekday-season
/// profile from the pooled one.
const POOLED_PRIOR: f64 = 200.0;
const KEY_PRIOR: f64 = 600.0;

/// The spring moving season for hour profiles: 15 March to 10 April.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Season {
    Normal,
    Moving,
}

impl Season {
    pub fn of(date: Date) -> Season {
        let md = (date.month(), date.day());
        if ((3, 15)..=(4, 10)).contains(&md) { Season::Moving } else { Season::Normal }
    }
}

/// Which profile a day uses.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct ProfileKey {
    pub weekday: Weekday,
    pub season: Season,
}

impl ProfileKey {
    pub fn of(date: Date) -> ProfileKey {
        ProfileKey { weekday: date.weekday(), season: Season::of(date) }
    }

    fn index(self) -> usize {
        weekday_index(self.weekday) * 2 + usize::from(self.season == Season::Moving)
    }
}

/// Arrivals counted in one clock hour (`hour` = 11 means 11:00–12:00) of a
/// day with the given key.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct HourCount {
    pub key: ProfileKey,
    pub hour: u8,
    pub count: f64,
}

/// One hour (or part of one) of an open day.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct HourSlot {
    pub start: Time,
    pub end: Time,
    /// The share of the day's arrivals in this slot.
    pub share: f64,
    /// Expected arrivals in the slot.
    pub arrivals: f64,
    /// The arrival rate during the slot, per hour (for staffing).
    pub per_hour: f64,
}

/// Hour-of-day intensities per weekday and season.
#[derive(Debug, Clone, PartialEq)]
pub struct HourlyProfile {
    /// Indexed by `ProfileKey::index`: 7 weekdays × 2 seasons.
    by_key: Vec<[f64; 24]>,
}

impl Default for HourlyProfile {
    fn default() -> Self {
        HourlyProfile { by_key: vec![DEFAULT_INTENSITY; 14] }
    }
}

impl HourlyProfile {
    /// The built-in profile, the same for every day.
    pub fn built_in() -> Self {
        Self::default()
    }

    /// Learns a profile from hourly arrival counts of days that were open
    /// from `open` to `close` (the ward's normal hours). Counts for hours
    /// outside those hours, negative or not finite, are ignored.
    pub fn learn(samples: &[HourCount], open: Time, close: Time) -> Self {
        let coverage: [f64; 24] = std::array::from_fn(|h| covered_fraction(h, open, close));
        let mut counts = vec![[0.0f64; 24]; 14];
        for s in samples {
            let h = usize::from(s.hour);
            if h < 24 && coverage[h] > 0.0 && s.count.is_finite() && s.count >= 0.0 {
                counts[s.key.index()][h] += s.count;
            }
        }
        // Work in shares of a day over the covered hours, where counts live.
        let default_share = normalise(std::array::from_fn(|h| DEFAULT_INTENSITY[h] * coverage[h]));
        let mut pooled_counts = [0.0; 24];
        for c in &counts {
            for h in 0..24 {
                pooled_counts[h] += c[h];
            }
        }
        let pooled_share = shrink(&pooled_counts, &default_share, POOLED_PRIOR);
        let by_key = counts
            .iter()
            .map(|c| {
                let share = shrink(c, &pooled_share, KEY_PRIOR);
                // Back to intensities; uncovered hours keep the built-in
                // shape, scaled like the covered ones.
                let scale = {
                    let learned: f64 = (0..24).filter(|&h| coverage[h] > 0.0).map(|h| share[h] / coverage[h]).sum();
                    let built_in: f64 = (0..24).filter(|&h| coverage[h] > 0.0).map(|h| DEFAULT_INTENSITY[h]).sum();
                    if built_in > 0.0 { learned / built_in } else { 1.0 }
                };
                std::array::from_fn(|h| if coverage[h] > 0.0 { share[h] / coverage[h] } else { DEFAULT_INTENSITY[h] * scale })
            })
            .collect();
        HourlyProfile { by_key }
    }

    /// The intensity per clock hour for a key.
    pub fn intensities(&self, key: ProfileKey) -> [f64; 24] {
        self.by_key.get(key.index()).copied().unwrap_or(DEFAULT_INTENSITY)
    }

    /// Splits a day's expected arrivals over the hours from `open` to `close`.
    pub fn split(&self, key: ProfileKey, open: Time, close: Time, daily: f64) -> Vec<HourSlot> {
        let intensity = self.intensities(key);
        let mut slots = Vec::new();
        for (h, weight) in intensity.iter().enumerate() {
            let cov = covered_fraction(h, open, close);
            if cov <= 0.0 {
                continue;
            }
            let hour = i8::try_from(h).unwrap_or(0);
            let start = Time::new(hour, 0, 0, 0).unwrap_or(Time::MIN).max(open);
            let end = if h == 23 { close } else { Time::new(hour + 1, 0, 0, 0).unwrap_or(Time::MAX).min(close) };
            slots.push((start, end, cov, weight * cov));
        }
        let total: f64 = slots.iter().map(|s| s.3).sum();
        let daily = if daily.is_finite() { daily.max(0.0) } else { 0.0 };
        slots
            .into_iter()
            .map(|(start, end, cov, w)| {
                let share = if total > 0.0 { w / total } else { 0.0 };
                HourSlot { start, end, share, arrivals: daily * share, per_hour: daily * share / cov }
            })
            .collect()
    }
}

/// The part of clock hour `h` inside [open, close).
fn covered_fraction(h: usize, open: Time, close: Time) -> f64 {
    let minutes = |t: Time| f64::from(t.hour()) * 60.0 + f64::from(t.minute()) + f64::from(t.second()) / 60.0;
    let (a, b) = (minutes(open), minutes(close));
    let (s, e) = (h as f64 * 60.0, (h as f64 + 1.0) * 60.0);
    ((b.min(e) - a.max(s)) / 60.0).max(0.0)
}

fn normalise(v: [f64; 24]) -> [f64; 24] {
    let t: f64 = v.iter().sum();
    if t > 0.0 { v.map(|x| x / t) } else { v }
}

/// (counts + k·prior) / (n + k): the posterior mean share under a Dirichlet
/// prior worth `k` arrivals.
fn shrink(counts: &[f64; 24], prior: &[f64; 24], k: f64) -> [f64; 24] {
    let n: f64 = counts.iter().sum();
    std::array::from_fn(|h| (counts[h] + k * prior[h]) / (n + k))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::{date, time};

    #[test]
    fn the_built_in_profile_peaks_from_eleven_to_two() {
        let p = HourlyProfile::built_in();
        let slots = p.split(ProfileKey::of(date(2026, 11, 4)), time(8, 30, 0, 0), time(17, 15, 0, 0), 100.0);
        assert_eq!(slots.len(), 10);
        assert_eq!((slots[0].start, slots[0].end), (time(8, 30, 0, 0), time(9, 0, 0, 0)));
        assert_eq!(slots[9].end, time(17, 15, 0, 0));
        let total: f64 = slots.iter().map(|s| s.arrivals).sum();
        assert!((total - 100.0).abs() < 1e-9);
        let busiest = slots.iter().max_by(|a, b| a.per_hour.total_cmp(&b.per_hour)).expect("slots");
        assert!((11..14).contains(&busiest.start.hour()), "{busiest:?}");
        let peak: f64 = slots.iter().filter(|s| (11..14).contains(&s.start.hour())).map(|s| s.share).sum();
        assert!(peak > 0.4, "{peak}");
    }

    #[test]
    fn a_short_sunday_opening_gets_all_of_the_day() {
        let p = HourlyProfile::built_in();
        let slots = p.split(ProfileKey::of(date(2027, 3, 28)), time(9, 0, 0, 0), time(12, 0, 0, 0), 60.0);
        assert_eq!(slots.len(), 3);
        assert!((slots.iter().map(|s| s.arrivals).sum::<f64>() - 60.0).abs() < 1e-9);
    }

    #[test]
    fn learning_moves_towards_the_data_and_keeps_other_days() {
        let (open, close) = (time(8, 30, 0, 0), time(17, 15, 0, 0));
        let monday = ProfileKey { weekday: Weekday::Monday, season: Season::Normal };
        // Mondays: everybody comes at 9.
        let samples: Vec<HourCount> = (0..50).map(|_| HourCount { key: monday, hour: 9, count: 100.0 }).collect();
        let p = HourlyProfile::learn(&samples, open, close);
        let slots = p.split(monday, open, close, 100.0);
        let nine = slots.iter().find(|s| s.start.hour() == 9).expect("9 o'clock");
        assert!(nine.share > 0.9, "{}", nine.share);
        // Other keys are pulled towards the pooled data too, but less far.
        let tuesday = ProfileKey { weekday: Weekday::Tuesday, season: Season::Normal };
        let t9 = p.split(tuesday, open, close, 100.0).into_iter().find(|s| s.start.hour() == 9).expect("9").share;
        assert!(t9 > 0.2 && t9 < nine.share, "{t9}");
        // No data at all is the built-in profile.
        let learned = HourlyProfile::learn(&[], open, close).split(tuesday, open, close, 10.0);
        let built_in = HourlyProfile::built_in().split(tuesday, open, close, 10.0);
        assert!(learned.iter().zip(&built_in).all(|(a, b)| (a.share - b.share).abs() < 1e-12));
    }
}
