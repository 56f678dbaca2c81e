//! The ward's configuration: offices, sections, queues, counters, services,
//! opening hours and languages.
//!
//! Parsed from TOML text (the built-in `config/yahatanishi.toml` or an
//! operator's file) and cross-checked, so that every error names a line.

use crate::ids::{CounterId, OfficeId, QueueId, SectionId, ServiceId};
use crate::lang::{Lang, Localized};
use jiff::civil::{Date, Time, Weekday};
use serde::Deserialize;
use std::collections::{BTreeMap, HashSet};
use toml::Spanned;

/// A configuration that could not be used, with the line it was found on.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{message}", line.map(|l| format!("line {l}: ")).unwrap_or_default())]
pub struct ConfigError {
    /// 1-based line in the configuration text, when known.
    pub line: Option<usize>,
    pub message: String,
}

/// The whole ward.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WardConfig {
    pub ward: WardInfo,
    pub hours: Hours,
    #[serde(default)]
    pub sections: Vec<Section>,
    #[serde(default)]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub services: Vec<Service>,
    pub offices: Vec<Office>,
    #[serde(default)]
    pub print: PrintSettings,
    /// Yes/no questions the kiosk asks for life events.
    #[serde(default)]
    pub questions: Vec<Question>,
    #[serde(default)]
    pub life_events: Vec<LifeEvent>,
    /// Named yearly periods when some queues are busier (国保 renewal,
    /// 確定申告, …); queues opt in with `windows = [...]` and the forecast
    /// learns how much each one matters.
    #[serde(default)]
    pub windows: Vec<SeasonalWindow>,
    #[serde(default)]
    pub retention: Retention,
    #[serde(default)]
    pub phone: PhoneSettings,
    /// The public congestion page (混雑状況).
    #[serde(default)]
    pub status: StatusSettings,
    /// The counters' statistics.
    #[serde(default)]
    pub reports: ReportSettings,
    /// The managers' live view.
    #[serde(default)]
    pub operations: OperationsSettings,
    /// Which side modules the server serves.
    #[serde(default)]
    pub modules: ModulesSettings,
}

/// `[modules]`: the side modules to serve. The ids are checked against the
/// modules the server was built with, where they are known (the queue core
/// knows none).
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ModulesSettings {
    /// `enabled = ["kurosaki", …]`; left out, every module of the build.
    #[serde(default)]
    pub enabled: Option<Vec<Spanned<String>>>,
}

/// The public congestion page: when a queue's lamp turns from low to
/// medium and from medium to high, by the estimated wait of a new ticket.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusSettings {
    #[serde(default = "fifteen")]
    pub medium_minutes: u32,
    #[serde(default = "thirty")]
    pub high_minutes: u32,
}

fn fifteen() -> u32 {
    15
}

fn thirty() -> u32 {
    30
}

impl Default for StatusSettings {
    fn default() -> Self {
        StatusSettings { medium_minutes: 15, high_minutes: 30 }
    }
}

/// The counters' statistics: a resident called within this many minutes
/// counts as served within the target.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ReportSettings {
    #[serde(default = "thirty")]
    pub target_wait_minutes: u32,
}

impl Default for ReportSettings {
    fn default() -> Self {
        ReportSettings { target_wait_minutes: 30 }
    }
}

/// The managers' live view: its traffic lights follow `[status]`
/// (medium and high minutes); a counter open with nobody at it for this
/// many minutes while its queues have people waiting raises an alert.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OperationsSettings {
    #[serde(default = "five")]
    pub idle_alert_minutes: u32,
}

impl Default for OperationsSettings {
    fn default() -> Self {
        OperationsSettings { idle_alert_minutes: 5 }
    }
}

/// The resident's phone page.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PhoneSettings {
    /// "Your turn is near" when the ticket reaches this position (1 = next):
    /// a banner, a chime and vibration, and a notification if allowed.
    #[serde(default = "five")]
    pub near_position: u32,
}

fn five() -> u32 {
    5
}

impl Default for PhoneSettings {
    fn default() -> Self {
        PhoneSettings { near_position: five() }
    }
}

/// How long personal details of tickets are kept.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Retention {
    /// After this many days a ticket's phone token and language choice are
    /// removed; its number, queue, times and the event log stay, anonymous,
    /// for statistics and forecasting.
    #[serde(default = "ninety")]
    pub personal_days: u32,
}

impl Default for Retention {
    fn default() -> Self {
        Retention { personal_days: ninety() }
    }
}

fn ninety() -> u32 {
    90
}

/// A named yearly period, inclusive, between two month-days (it may wrap over
/// the new year, like [`MonthDayRange`]).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SeasonalWindow {
    pub id: String,
    pub name: Localized,
    pub from: MonthDay,
    pub to: MonthDay,
}

impl SeasonalWindow {
    pub fn range(&self) -> MonthDayRange {
        MonthDayRange { from: self.from, to: self.to }
    }

    pub fn contains(&self, date: Date) -> bool {
        self.range().contains(date)
    }
}

/// A yes/no question that decides whether a life-event step is needed.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    pub id: String,
    pub text: Localized,
}

/// Something that happened in a resident's life, and the services it needs,
/// in the order of the counters to visit.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifeEvent {
    pub id: String,
    pub icon: String,
    pub name: Localized,
    pub steps: Vec<LifeEventStep>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct LifeEventStep {
    pub service: Spanned<String>,
    /// A question id: the step is left out when the resident answers no.
    pub when: Option<Spanned<String>>,
}

impl LifeEvent {
    /// The questions this event asks, in step order, each once.
    pub fn question_ids(&self) -> Vec<&str> {
        let mut ids: Vec<&str> = Vec::new();
        for q in self.steps.iter().filter_map(|s| s.when.as_ref()) {
            if !ids.contains(&q.get_ref().as_str()) {
                ids.push(q.get_ref());
            }
        }
        ids
    }
}

/// How paper tickets are made.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PrintSettings {
    /// A TrueType/OpenType font with Japanese glyphs; found on the system when omitted.
    pub font: Option<String>,
    /// `receipt80` (default) or `a6`.
    #[serde(default)]
    pub paper: Paper,
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Paper {
    #[default]
    Receipt80,
    A6,
}

/// A ticket printer at an office.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Printer {
    pub id: String,
    /// `tcp://HOST:PORT` (raw, usually port 9100) or a device path such as `/dev/usb/lp0`.
    pub target: Spanned<String>,
    /// Paper width in millimetres: 58 or 80.
    #[serde(default = "eighty")]
    pub width: Spanned<u8>,
    /// How Japanese reaches the paper: `shift_jis` (the printer's Kanji mode,
    /// the default), `raster` (drawn with the server's CJK font and sent as
    /// images, for printers without a Kanji ROM; also prints Nepali and
    /// Vietnamese), or `ascii` (ASCII lines only).
    #[serde(default)]
    pub text: PrinterText,
    #[serde(default)]
    pub name: Localized,
}

fn eighty() -> Spanned<u8> {
    Spanned::new(0..0, 80)
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PrinterText {
    #[default]
    ShiftJis,
    Ascii,
    Raster,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct WardInfo {
    pub id: String,
    pub name: Localized,
    pub time_zone: String,
    /// BCP 47 tags, in the order the kiosk offers them.
    #[serde(skip)]
    pub languages: Vec<Lang>,
    /// `languages` as written, with where: checked by [`WardConfig::parse`]
    /// so that a bad tag names its own line.
    #[serde(rename = "languages")]
    language_tags: Vec<Spanned<String>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Hours {
    #[serde(with = "hhmm")]
    pub open: Time,
    #[serde(with = "hhmm")]
    pub close: Time,
    #[serde(default, deserialize_with = "weekdays")]
    pub closed_weekdays: Vec<Weekday>,
    #[serde(default = "yes")]
    pub closed_on_national_holidays: bool,
    pub year_end_closure: Option<MonthDayRange>,
    #[serde(default)]
    pub extra_closures: Vec<Date>,
    #[serde(default)]
    pub special_openings: Vec<SpecialOpening>,
    /// Take tickets at any hour, whatever the calendar says: a training
    /// kiosk, a demonstration in the evening, the test suites. Managers'
    /// early closings still apply. Off in a real office.
    #[serde(default)]
    pub reception_always: bool,
}

fn yes() -> bool {
    true
}

/// A yearly closure between two month-days, inclusive, possibly wrapping over
/// the new year (`12-29` to `01-03`).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct MonthDayRange {
    pub from: MonthDay,
    pub to: MonthDay,
}

impl MonthDayRange {
    pub fn contains(&self, date: Date) -> bool {
        let d = (date.month(), date.day());
        let (from, to) = ((self.from.month, self.from.day), (self.to.month, self.to.day));
        if from <= to { from <= d && d <= to } else { d >= from || d <= to }
    }
}

/// `MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct MonthDay {
    pub month: i8,
    pub day: i8,
}

impl<'de> Deserialize<'de> for MonthDay {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        let bad = || serde::de::Error::custom(format!("expected MM-DD, found {s:?}"));
        let (m, day) = s.split_once('-').ok_or_else(bad)?;
        let month: i8 = m.parse().map_err(|_| bad())?;
        let day: i8 = day.parse().map_err(|_| bad())?;
        // 2024 is a leap year, so 02-29 is accepted.
        Date::new(2024, month, day).map_err(|_| bad())?;
        Ok(MonthDay { month, day })
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialOpening {
    pub date: Date,
    #[serde(with = "hhmm")]
    pub open: Time,
    #[serde(with = "hhmm")]
    pub close: Time,
    /// Offices that open; empty means all.
    #[serde(default)]
    pub offices: Vec<Spanned<OfficeId>>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Section {
    pub id: SectionId,
    pub name: Localized,
}

/// A life situation that groups services on the kiosk.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Category {
    pub id: String,
    pub icon: String,
    pub name: Localized,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Service {
    pub id: ServiceId,
    pub name: Localized,
    pub category: Spanned<String>,
    /// The section responsible for it at the main office.
    pub section: Spanned<SectionId>,
    /// Tickets for it are issued from this time of an open day (default:
    /// when the office opens) …
    #[serde(default, with = "hhmm_opt")]
    pub reception_from: Option<Time>,
    /// … until this time (default: when it closes): マイナンバーカード, say,
    /// until 16:30 because the procedure takes long.
    #[serde(default, with = "hhmm_opt")]
    pub reception_until: Option<Time>,
}

/// A span of a day, `{ from = "12:00", until = "13:00" }`.
#[derive(Debug, Clone, Copy, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TimeSpan {
    #[serde(with = "hhmm")]
    pub from: Time,
    #[serde(with = "hhmm")]
    pub until: Time,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OfficeKind {
    Main,
    Branch,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Office {
    pub id: OfficeId,
    pub kind: OfficeKind,
    pub name: Localized,
    #[serde(default)]
    pub location: Localized,
    pub queues: Vec<Queue>,
    pub counters: Vec<Counter>,
    /// Service id → the queue of this office that handles it.
    #[serde(default)]
    pub services: BTreeMap<String, Spanned<QueueId>>,
    #[serde(default)]
    pub printers: Vec<Printer>,
    /// Priority tickets: at most one priority call per this many regular
    /// calls of a queue while both wait (default 2).
    #[serde(default = "two")]
    pub priority_between: u32,
}

fn two() -> u32 {
    2
}

/// Where a ticket is placed when it is transferred into a queue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TransferOrder {
    /// By the ticket's original issue time: it has waited already.
    #[default]
    OriginalIssueTime,
    /// Ahead of everyone waiting.
    First,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Queue {
    pub id: QueueId,
    pub name: Localized,
    pub section: Spanned<SectionId>,
    /// Typical minutes at the counter, the seed of wait estimates.
    pub service_minutes: f64,
    /// Call-next weight: the waiting time of this queue's head is multiplied
    /// by it when a counter that serves several queues picks the next ticket.
    #[serde(default = "one")]
    pub weight: f64,
    #[serde(default)]
    pub transfer_order: TransferOrder,
    #[serde(default)]
    pub floor: Localized,
    /// Ids of the ward's `[[windows]]` that make this queue busier.
    #[serde(default)]
    pub windows: Vec<Spanned<String>>,
    /// This queue's reception opens later than the office …
    #[serde(default, with = "hhmm_opt")]
    pub reception_from: Option<Time>,
    /// … or ends earlier.
    #[serde(default, with = "hhmm_opt")]
    pub reception_until: Option<Time>,
    /// Spans of the day it takes no tickets (a lunch closing).
    #[serde(default)]
    pub reception_breaks: Vec<TimeSpan>,
}

fn one() -> f64 {
    1.0
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Counter {
    pub id: CounterId,
    pub name: Localized,
    pub queues: Vec<Spanned<QueueId>>,
}

impl WardConfig {
    /// Parses and cross-checks configuration text.
    pub fn parse(text: &str) -> Result<Self, ConfigError> {
        let mut config: WardConfig = toml::from_str(text).map_err(|e| ConfigError {
            line: e.span().map(|s| line_of(text, s.start)),
            message: e.message().trim().to_owned(),
        })?;
        let mut languages = Vec::with_capacity(config.ward.language_tags.len());
        for tag in &config.ward.language_tags {
            let lang = Lang::parse(tag.get_ref()).map_err(|message| ConfigError { line: Some(line_of(text, tag.span().start)), message })?;
            languages.push(lang);
        }
        config.ward.languages = languages;
        config.check(text)?;
        Ok(config)
    }

    fn check(&self, text: &str) -> Result<(), ConfigError> {
        let at = |span: std::ops::Range<usize>, message: String| ConfigError { line: Some(line_of(text, span.start)), message };
        let plain = |message: String| ConfigError { line: None, message };

        if self.ward.time_zone != crate::TIME_ZONE {
            return Err(plain(format!("ward.time_zone must be {:?}, found {:?}", crate::TIME_ZONE, self.ward.time_zone)));
        }
        if !self.ward.languages.iter().any(|l| l.as_str() == "ja") {
            return Err(plain("ward.languages must include \"ja\"".into()));
        }
        if self.status.medium_minutes == 0 || self.status.medium_minutes >= self.status.high_minutes {
            return Err(plain(format!(
                "[status] medium_minutes ({}) must be above 0 and below high_minutes ({})",
                self.status.medium_minutes, self.status.high_minutes
            )));
        }
        if self.retention.personal_days == 0 || self.retention.personal_days > 3650 {
            return Err(plain("retention.personal_days must be 1 to 3650".into()));
        }
        if !(1..=50).contains(&self.phone.near_position) {
            return Err(plain("phone.near_position must be 1 to 50".into()));
        }
        if self.hours.open >= self.hours.close {
            return Err(plain("hours.open must be before hours.close".into()));
        }
        let sections: HashSet<&str> = self.sections.iter().map(|s| s.id.as_str()).collect();
        let categories: HashSet<&str> = self.categories.iter().map(|c| c.id.as_str()).collect();
        let services: HashSet<&str> = self.services.iter().map(|s| s.id.as_str()).collect();
        unique(self.sections.iter().map(|s| s.id.as_str()), "section").map_err(plain)?;
        unique(self.services.iter().map(|s| s.id.as_str()), "service").map_err(plain)?;
        unique(self.offices.iter().map(|o| o.id.as_str()), "office").map_err(plain)?;
        if self.offices.is_empty() {
            return Err(plain("at least one [[offices]] is needed".into()));
        }
        for s in &self.services {
            if !categories.contains(s.category.get_ref().as_str()) {
                return Err(at(s.category.span(), format!("service {} names unknown category {:?}", s.id, s.category.get_ref())));
            }
            if !sections.contains(s.section.get_ref().as_str()) {
                return Err(at(s.section.span(), format!("service {} names unknown section {:?}", s.id, s.section.get_ref().as_str())));
            }
            if let (Some(from), Some(until)) = (s.reception_from, s.reception_until)
                && from >= until
            {
                return Err(plain(format!("service {}: reception_from must be before reception_until", s.id)));
            }
        }
        unique(self.questions.iter().map(|q| q.id.as_str()), "question").map_err(plain)?;
        unique(self.life_events.iter().map(|e| e.id.as_str()), "life event").map_err(plain)?;
        let questions: HashSet<&str> = self.questions.iter().map(|q| q.id.as_str()).collect();
        for e in &self.life_events {
            if e.steps.is_empty() {
                return Err(plain(format!("life event {} has no steps", e.id)));
            }
            if let Some(extra) = e.steps.get(crate::journey::MAX_STEPS) {
                return Err(at(extra.service.span(), format!("life event {} has more than {} steps", e.id, crate::journey::MAX_STEPS)));
            }
            for step in &e.steps {
                if !services.contains(step.service.get_ref().as_str()) {
                    return Err(at(step.service.span(), format!("life event {} names unknown service {:?}", e.id, step.service.get_ref())));
                }
                if let Some(q) = &step.when
                    && !questions.contains(q.get_ref().as_str())
                {
                    return Err(at(q.span(), format!("life event {} names unknown question {:?}", e.id, q.get_ref())));
                }
            }
        }
        unique(self.windows.iter().map(|w| w.id.as_str()), "window").map_err(plain)?;
        let windows: HashSet<&str> = self.windows.iter().map(|w| w.id.as_str()).collect();
        let office_ids: HashSet<&str> = self.offices.iter().map(|o| o.id.as_str()).collect();
        for opening in &self.hours.special_openings {
            if opening.open >= opening.close {
                return Err(plain(format!("special opening on {}: open must be before close", opening.date)));
            }
            for o in &opening.offices {
                if !office_ids.contains(o.get_ref().as_str()) {
                    return Err(at(o.span(), format!("special opening names unknown office {:?}", o.get_ref().as_str())));
                }
            }
        }
        for office in &self.offices {
            let oid = &office.id;
            for q in &office.queues {
                if let (Some(from), Some(until)) = (q.reception_from, q.reception_until)
                    && from >= until
                {
                    return Err(plain(format!("queue {} of office {oid}: reception_from must be before reception_until", q.id)));
                }
                if let Some(b) = q.reception_breaks.iter().find(|b| b.from >= b.until) {
                    return Err(plain(format!("queue {} of office {oid}: a reception break from {} must end after it starts", q.id, b.from)));
                }
            }
            unique(office.queues.iter().map(|q| q.id.as_str()), &format!("queue in office {oid}")).map_err(plain)?;
            unique(office.counters.iter().map(|c| c.id.as_str()), &format!("counter in office {oid}")).map_err(plain)?;
            if office.queues.is_empty() || office.counters.is_empty() {
                return Err(plain(format!("office {oid} needs at least one queue and one counter")));
            }
            let queues: HashSet<&str> = office.queues.iter().map(|q| q.id.as_str()).collect();
            for c in &office.counters {
                if c.queues.is_empty() {
                    return Err(plain(format!("counter {oid}/{} serves no queue", c.id)));
                }
                for q in &c.queues {
                    if !queues.contains(q.get_ref().as_str()) {
                        return Err(at(q.span(), format!("counter {oid}/{} names unknown queue {:?}", c.id, q.get_ref().as_str())));
                    }
                }
            }
            for q in &office.queues {
                if !sections.contains(q.section.get_ref().as_str()) {
                    return Err(at(q.section.span(), format!("queue {oid}/{} names unknown section {:?}", q.id, q.section.get_ref().as_str())));
                }
                if !(q.service_minutes > 0.0 && q.service_minutes < 600.0) {
                    return Err(plain(format!("queue {oid}/{}: service_minutes must be between 0 and 600", q.id)));
                }
                if !(q.weight > 0.0 && q.weight <= 100.0) {
                    return Err(plain(format!("queue {oid}/{}: weight must be above 0 and at most 100", q.id)));
                }
                if !office.counters.iter().any(|c| c.queues.iter().any(|cq| cq.get_ref() == &q.id)) {
                    return Err(plain(format!("queue {oid}/{} is served by no counter", q.id)));
                }
                for w in &q.windows {
                    if !windows.contains(w.get_ref().as_str()) {
                        return Err(at(w.span(), format!("queue {oid}/{} names unknown window {:?}", q.id, w.get_ref())));
                    }
                }
                unique(q.windows.iter().map(|w| w.get_ref().as_str()), &format!("window on queue {oid}/{}", q.id)).map_err(plain)?;
            }
            unique(office.printers.iter().map(|p| p.id.as_str()), &format!("printer in office {oid}")).map_err(plain)?;
            for p in &office.printers {
                if ![58, 80].contains(p.width.get_ref()) {
                    return Err(at(p.width.span(), format!("printer {oid}/{}: width must be 58 or 80", p.id)));
                }
                let t = p.target.get_ref();
                let tcp_ok = t.strip_prefix("tcp://").is_some_and(|a| a.rsplit_once(':').is_some_and(|(h, port)| !h.is_empty() && port.parse::<u16>().is_ok()));
                if !(tcp_ok || t.starts_with('/')) {
                    return Err(at(p.target.span(), format!("printer {oid}/{}: target must be tcp://HOST:PORT or a device path, found {t:?}", p.id)));
                }
            }
            for (service, queue) in &office.services {
                if !services.contains(service.as_str()) {
                    return Err(at(queue.span(), format!("office {oid} offers unknown service {service:?}")));
                }
                if !queues.contains(queue.get_ref().as_str()) {
                    return Err(at(queue.span(), format!("office {oid} maps service {service} to unknown queue {:?}", queue.get_ref().as_str())));
                }
            }
        }
        Ok(())
    }

    pub fn office(&self, id: &str) -> Option<&Office> {
        self.offices.iter().find(|o| o.id.as_str() == id)
    }

    pub fn section(&self, id: &str) -> Option<&Section> {
        self.sections.iter().find(|s| s.id.as_str() == id)
    }

    pub fn service(&self, id: &str) -> Option<&Service> {
        self.services.iter().find(|s| s.id.as_str() == id)
    }

    pub fn life_event(&self, id: &str) -> Option<&LifeEvent> {
        self.life_events.iter().find(|e| e.id == id)
    }

    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    pub fn category(&self, id: &str) -> Option<&Category> {
        self.categories.iter().find(|c| c.id == id)
    }

    pub fn window(&self, id: &str) -> Option<&SeasonalWindow> {
        self.windows.iter().find(|w| w.id == id)
    }

    /// Negotiates a requested language tag against the configured ones.
    pub fn lang(&self, requested: Option<&str>) -> Lang {
        Lang::negotiate(requested.unwrap_or("ja"), &self.ward.languages)
    }
}

impl Office {
    pub fn queue(&self, id: &str) -> Option<&Queue> {
        self.queues.iter().find(|q| q.id.as_str() == id)
    }

    pub fn counter(&self, id: &str) -> Option<&Counter> {
        self.counters.iter().find(|c| c.id.as_str() == id)
    }

    /// The queue of this office that handles a service, if it offers it.
    pub fn queue_for_service(&self, service: &str) -> Option<&Queue> {
        self.services.get(service).and_then(|q| self.queue(q.get_ref().as_str()))
    }

    pub fn printer(&self, id: &str) -> Option<&Printer> {
        self.printers.iter().find(|p| p.id == id)
    }

    /// Counters that serve a queue.
    pub fn counters_for(&self, queue: &QueueId) -> impl Iterator<Item = &Counter> {
        self.counters.iter().filter(move |c| c.queues.iter().any(|q| q.get_ref() == queue))
    }
}

impl Counter {
    pub fn serves(&self, queue: &QueueId) -> bool {
        self.queues.iter().any(|q| q.get_ref() == queue)
    }
}

fn unique<'a>(ids: impl Iterator<Item = &'a str>, what: &str) -> Result<(), String> {
    let mut seen = HashSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(format!("duplicate {what} id {id:?}"));
        }
    }
    Ok(())
}

/// The 1-based line of a byte offset (a [`Spanned`] value's start) in the
/// configuration text: for checks made outside this crate, such as the
/// server's look at printer devices.
pub fn line_of(text: &str, byte: usize) -> usize {
    text.as_bytes()[..byte.min(text.len())].iter().filter(|&&b| b == b'\n').count() + 1
}

fn weekdays<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Vec<Weekday>, D::Error> {
    let names = Vec::<String>::deserialize(d)?;
    names
        .iter()
        .map(|n| match n.to_ascii_lowercase().as_str() {
            "monday" => Ok(Weekday::Monday),
            "tuesday" => Ok(Weekday::Tuesday),
            "wednesday" => Ok(Weekday::Wednesday),
            "thursday" => Ok(Weekday::Thursday),
            "friday" => Ok(Weekday::Friday),
            "saturday" => Ok(Weekday::Saturday),
            "sunday" => Ok(Weekday::Sunday),
            other => Err(serde::de::Error::custom(format!("unknown weekday {other:?}"))),
        })
        .collect()
}

mod hhmm {
    use jiff::civil::Time;
    use serde::Deserialize;

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Time, D::Error> {
        let s = String::deserialize(d)?;
        let bad = || serde::de::Error::custom(format!("expected a time HH:MM, found {s:?}"));
        let (h, m) = s.split_once(':').ok_or_else(bad)?;
        let (h, m): (i8, i8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
        Time::new(h, m, 0, 0).map_err(|_| bad())
    }
}

mod hhmm_opt {
    use jiff::civil::Time;

    pub fn deserialize<'de, D: serde::Deserializer<'de>>(d: D) -> Result<Option<Time>, D::Error> {
        super::hhmm::deserialize(d).map(Some)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A small ward used by the unit tests of this crate.
    pub(crate) const SMALL: &str = r#"
[ward]
id = "test-ward"
name = { ja = "テスト区役所", en = "Test Ward" }
time_zone = "Asia/Tokyo"
languages = ["ja", "ja-x-easy", "en"]

[hours]
open = "08:30"
close = "17:15"
closed_weekdays = ["saturday", "sunday"]
year_end_closure = { from = "12-29", to = "01-03" }

[[sections]]
id = "shimin"
name = { ja = "市民課", en = "Citizens" }

[[categories]]
id = "moving"
icon = "moving"
name = { ja = "引っ越し", en = "Moving" }

[[services]]
id = "moving-in"
name = { ja = "転入届", en = "Moving in" }
category = "moving"
section = "shimin"

[[services]]
id = "certificate"
name = { ja = "住民票の写し", en = "Residence certificate" }
category = "moving"
section = "shimin"

[[offices]]
id = "main"
kind = "main"
name = { ja = "本庁", en = "Main" }

  [[offices.queues]]
  id = "A"
  name = { ja = "届出", en = "Notifications" }
  section = "shimin"
  service_minutes = 10

  [[offices.queues]]
  id = "B"
  name = { ja = "証明", en = "Certificates" }
  section = "shimin"
  service_minutes = 5

  [[offices.counters]]
  id = "1"
  name = { ja = "1番", en = "1" }
  queues = ["A"]

  [[offices.counters]]
  id = "2"
  name = { ja = "2番", en = "2" }
  queues = ["A", "B"]

  [offices.services]
  moving-in = "A"
  certificate = "B"
"#;

    #[test]
    fn the_small_ward_parses() {
        let c = WardConfig::parse(SMALL).expect("parses");
        assert_eq!(c.offices[0].queues.len(), 2);
        assert_eq!(c.office("main").and_then(|o| o.queue_for_service("moving-in")).map(|q| q.id.as_str()), Some("A"));
    }

    #[test]
    fn a_syntax_error_names_its_line() {
        let text = SMALL.replace("service_minutes = 5", "service_minutes = = 5");
        let e = WardConfig::parse(&text).expect_err("must fail");
        let line = SMALL.lines().position(|l| l.contains("service_minutes = 5")).map(|i| i + 1);
        assert_eq!(e.line, line, "{e}");
    }

    #[test]
    fn an_unknown_queue_on_a_counter_names_its_line() {
        let text = SMALL.replace(r#"queues = ["A", "B"]"#, r#"queues = ["A", "Z"]"#);
        let e = WardConfig::parse(&text).expect_err("must fail");
        assert!(e.message.contains("unknown queue"), "{e}");
        let line = SMALL.lines().position(|l| l.contains(r#"queues = ["A", "B"]"#)).map(|i| i + 1);
        assert_eq!(e.line, line);
    }

    #[test]
    fn unknown_keys_and_bad_ids_are_refused() {
        assert!(WardConfig::parse(&SMALL.replace("service_minutes = 10", "service_minutes = 10\n  colour = 3")).is_err());
        assert!(WardConfig::parse(&SMALL.replace(r#"id = "A""#, r#"id = "a1""#)).is_err());
        assert!(WardConfig::parse(&SMALL.replace(r#"open = "08:30""#, r#"open = "8.30""#)).is_err());
    }

    #[test]
    fn language_tags_are_bcp_47_and_a_bad_one_names_its_line() {
        let c = WardConfig::parse(SMALL).expect("parses");
        assert!(c.ward.languages.iter().any(|l| l.as_str() == "ja-x-easy"), "private use stays valid");
        let good = SMALL.replace(r#"languages = ["ja", "ja-x-easy", "en"]"#, r#"languages = ["ja", "ja-x-easy", "zh-Hans", "zh-Hant", "pt-BR", "sr-Latn-RS"]"#);
        assert!(WardConfig::parse(&good).is_ok());
        for bad in ["", "\u{202E}en", "en ", "x-easy", "ja-x-", "ja-x-toolongsubtag", "e", "en_US", "en-", "abcdefghi", "ja--x", "日本語"] {
            let text = SMALL.replace(r#"languages = ["ja", "ja-x-easy", "en"]"#, &format!("languages = [\n  \"ja\",\n  \"{bad}\",\n]"));
            let e = WardConfig::parse(&text).expect_err(bad);
            let line = text.lines().position(|l| l.contains(&format!("\"{bad}\""))).map(|i| i + 1);
            assert_eq!(e.line, line, "{bad:?}: {e}");
            assert!(e.message.contains("BCP 47"), "{bad:?}: {e}");
        }
    }

    #[test]
    fn localized_texts_are_keyed_by_valid_tags() {
        let e = WardConfig::parse(&SMALL.replace(r#"name = { ja = "届出", en = "Notifications" }"#, r#"name = { ja = "届出", "" = "Notifications" }"#))
            .expect_err("empty key");
        let line = SMALL.lines().position(|l| l.contains(r#"name = { ja = "届出""#)).map(|i| i + 1);
        assert_eq!(e.line, line, "{e}");
        assert!(e.message.contains("BCP 47"), "{e}");
        let rlo = SMALL.replace(r#"name = { ja = "証明", en = "Certificates" }"#, "name = { ja = \"証明\", \"\u{202E}en\" = \"Certificates\" }");
        assert!(WardConfig::parse(&rlo).expect_err("bidi override").message.contains("BCP 47"));
    }

    #[test]
    fn printers_are_checked() {
        let with = |p: &str| SMALL.replace("  [offices.services]", &format!("  [[offices.printers]]\n{p}\n\n  [offices.services]"));
        assert!(WardConfig::parse(&with("  id = \"p1\"\n  target = \"tcp://10.0.0.5:9100\"")).is_ok());
        assert!(WardConfig::parse(&with("  id = \"p1\"\n  target = \"/dev/usb/lp0\"\n  width = 58")).is_ok());
        let e = WardConfig::parse(&with("  id = \"p1\"\n  target = \"printer.local\"")).expect_err("bad target");
        assert!(e.line.is_some() && e.message.contains("tcp://"), "{e}");
        assert!(WardConfig::parse(&with("  id = \"p1\"\n  target = \"/dev/lp0\"\n  width = 60")).is_err());
    }

    #[test]
    fn printer_text_modes_parse() {
        let with = |p: &str| SMALL.replace("  [offices.services]", &format!("  [[offices.printers]]\n{p}\n\n  [offices.services]"));
        for (text, mode) in [("", PrinterText::ShiftJis), ("shift_jis", PrinterText::ShiftJis), ("ascii", PrinterText::Ascii), ("raster", PrinterText::Raster)] {
            let line = if text.is_empty() { String::new() } else { format!("\n  text = \"{text}\"") };
            let c = WardConfig::parse(&with(&format!("  id = \"p1\"\n  target = \"/dev/usb/lp0\"{line}"))).expect("parses");
            assert_eq!(c.offices[0].printers[0].text, mode, "{text:?}");
        }
        let e = WardConfig::parse(&with("  id = \"p1\"\n  target = \"/dev/usb/lp0\"\n  text = \"kanji\"")).expect_err("unknown mode");
        assert!(e.message.contains("raster"), "{e}");
    }

    #[test]
    fn windows_are_parsed_and_unknown_ones_name_their_line() {
        let with_window = SMALL.replace(
            "[[offices]]",
            "[[windows]]\nid = \"tax-return\"\nname = { ja = \"確定申告\", en = \"Tax returns\" }\nfrom = \"02-16\"\nto = \"03-15\"\n\n[[offices]]",
        );
        let text = with_window.replace("service_minutes = 5", "service_minutes = 5\n  windows = [\"tax-return\"]");
        let c = WardConfig::parse(&text).expect("parses");
        let w = c.window("tax-return").expect("window");
        assert!(w.contains(jiff::civil::date(2026, 2, 16)) && w.contains(jiff::civil::date(2026, 3, 15)));
        assert!(!w.contains(jiff::civil::date(2026, 3, 16)));
        let b = c.offices[0].queue("B").expect("queue B");
        assert_eq!(b.windows.iter().map(|w| w.get_ref().as_str()).collect::<Vec<_>>(), ["tax-return"]);

        let bad = with_window.replace("service_minutes = 5", "service_minutes = 5\n  windows = [\"tax-returns\"]");
        let e = WardConfig::parse(&bad).expect_err("unknown window");
        assert!(e.message.contains("unknown window"), "{e}");
        let line = bad.lines().position(|l| l.contains("windows = [\"tax-returns\"]")).map(|i| i + 1);
        assert_eq!(e.line, line);

        let twice = with_window.replace("[[offices]]", "[[windows]]\nid = \"tax-return\"\nname = { ja = \"x\" }\nfrom = \"01-01\"\nto = \"01-02\"\n\n[[offices]]");
        assert!(WardConfig::parse(&twice).expect_err("duplicate").message.contains("duplicate window"));
        let bad_day = with_window.replace("to = \"03-15\"", "to = \"02-30\"");
        assert!(WardConfig::parse(&bad_day).is_err());
    }

    #[test]
    fn the_built_in_ward_names_its_windows() {
        let c = WardConfig::parse(include_str!("../../../config/yahatanishi.toml")).expect("built-in config parses");
        for id in ["nhi-renewal", "child-rearing-allowance-renewal", "tax-certificates", "tax-return"] {
            assert!(c.window(id).is_some(), "{id}");
        }
        let k = c.office("yahatanishi").and_then(|o| o.queue("K")).expect("K");
        assert!(k.windows.iter().any(|w| w.get_ref() == "nhi-renewal"));
    }

    #[test]
    fn year_end_closure_wraps() {
        let c = WardConfig::parse(SMALL).expect("parses");
        let r = c.hours.year_end_closure.expect("configured");
        assert!(r.contains(jiff::civil::date(2026, 12, 29)));
        assert!(r.contains(jiff::civil::date(2027, 1, 3)));
        assert!(!r.contains(jiff::civil::date(2027, 1, 4)));
        assert!(!r.contains(jiff::civil::date(2026, 12, 28)));
    }
}
