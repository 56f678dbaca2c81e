//! Time, passed in so tests can cross midnight and fiscal years.

use jiff::{Timestamp, civil::Date, tz::TimeZone};
use std::sync::Mutex;

/// Where "now" comes from.
pub trait Clock: Send + Sync + std::fmt::Debug {
    fn now(&self) -> Timestamp;
}

/// The machine's clock.
#[derive(Debug, Default, Clone, Copy)]
pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Timestamp {
        Timestamp::now()
    }
}

/// A clock that tests set and advance by hand.
#[derive(Debug)]
pub struct ManualClock(Mutex<Timestamp>);

impl ManualClock {
    pub fn new(at: Timestamp) -> Self {
        Self(Mutex::new(at))
    }

    pub fn set(&self, at: Timestamp) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = at;
    }

    pub fn advance(&self, by: jiff::SignedDuration) {
        let mut t = self.0.lock().unwrap_or_else(|p| p.into_inner());
        *t = t.checked_add(by).unwrap_or(*t);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Timestamp {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }
}

/// Japan Standard Time. Asia/Tokyo has had no daylight saving since 1951, but
/// we still go through the zone database so the code says what it means.
pub fn tokyo() -> TimeZone {
    static TOKYO: std::sync::LazyLock<TimeZone> = std::sync::LazyLock::new(|| {
        TimeZone::get(crate::TIME_ZONE).unwrap_or_else(|_| TimeZone::fixed(jiff::tz::offset(9)))
    });
    TOKYO.clone()
}

/// The business day (in Tokyo) that an instant falls on.
pub fn business_day(at: Timestamp) -> Date {
    at.to_zoned(tokyo()).date()
}
