//! What the waiting-room boards show besides calls: the ward's notices
//! (scheduled, prioritised, targeted to offices, in several languages) and
//! emergency alerts (OASIS CAP 1.2, or the same as JSON) that take over
//! every board of the chosen offices until cancelled or expired.
//!
//! The rules here are pure: parsing and checking what a person or a CAP
//! feed sends, and which content is live at an instant. Storage is at the
//! end of the file; the server's engine carries each change to the boards
//! on the office feed, in the office's sequence (`board.content` in the
//! event log), so that a board hears of it in order and replays it after a
//! drop. **A call always takes the screen first**: the boards show content
//! only between calls, and nothing here is on the path of a call.

use crate::text::Text;
use jiff::Timestamp;
use jiff::civil::{Time, Weekday};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use store::StoreError;
use store::rusqlite::{Connection, OptionalExtension, params};

/// A notice's title: at most this many characters per language.
pub const MAX_TITLE_CHARS: usize = 80;
/// A notice's body, or an alert's description.
pub const MAX_BODY_CHARS: usize = 400;
/// The longest a notice may run, or an alert stand.
pub const MAX_NOTICE_DAYS: i64 = 366;
pub const MAX_ALERT_HOURS: i64 = 7 * 24;
/// An alert without an expiry stands this long (a CAP message need not say).
pub const DEFAULT_ALERT_HOURS: i64 = 24;

/// Hours of the day a notice shows, in Tokyo time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub struct Hours {
    /// `HH:MM`.
    #[schema(value_type = String, example = "09:00")]
    pub from: Time,
    /// `HH:MM`, after `from`.
    #[schema(value_type = String, example = "12:00")]
    pub until: Time,
}

/// A ward notice for the boards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Notice {
    pub id: String,
    /// The offices whose boards show it.
    pub offices: Vec<String>,
    pub title: Text,
    pub body: Text,
    /// RFC 3339: shown from…
    #[schema(value_type = String)]
    pub from: Timestamp,
    /// …until.
    #[schema(value_type = String)]
    pub until: Timestamp,
    /// 0 to 9: higher shows first and longer.
    pub priority: u8,
    /// Only on these weekdays (`monday` …), when given.
    #[schema(value_type = Option<Vec<String>>)]
    pub weekdays: Option<Vec<WeekdayName>>,
    /// Only in these hours of the day, when given.
    pub hours: Option<Hours>,
    /// The module that offers it (an event, a need for helpers, a facility's
    /// notice); none for the ward's own notices.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// How a module puts content on the boards and takes it off again: the
/// server's engine carries it to the boards in each office's sequence, as
/// the ward's own notices. A module builds the [`Notice`] with
/// [`parse_notice`] (its texts, offices, schedule and priority), sets its
/// `source`, and publishes it; calls still take the screen first.
pub trait Boards: Send + Sync + 'static {
    fn publish(&self, notice: Notice, actor: String) -> BoardFuture<'_>;
    /// Takes a notice off the boards; `false` when it was not standing.
    fn withdraw(&self, id: String, actor: String) -> WithdrawFuture<'_>;
}

pub type BoardFuture<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<(), crate::ApiError>> + Send + 'a>>;
pub type WithdrawFuture<'a> = std::pin::Pin<Box<dyn std::future::Future<Output = Result<bool, crate::ApiError>> + Send + 'a>>;

/// A weekday by its English name, as the configuration writes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum WeekdayName {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl WeekdayName {
    fn weekday(self) -> Weekday {
        match self {
            WeekdayName::Monday => Weekday::Monday,
            WeekdayName::Tuesday => Weekday::Tuesday,
            WeekdayName::Wednesday => Weekday::Wednesday,
            WeekdayName::Thursday => Weekday::Thursday,
            WeekdayName::Friday => Weekday::Friday,
            WeekdayName::Saturday => Weekday::Saturday,
            WeekdayName::Sunday => Weekday::Sunday,
        }
    }
}

/// What `POST /api/v1/notices` takes.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewNotice {
    pub offices: Vec<String>,
    pub title: Text,
    pub body: Text,
    /// RFC 3339; default now.
    #[schema(value_type = Option<String>)]
    pub from: Option<Timestamp>,
    /// RFC 3339; default the end of the day in Tokyo.
    #[schema(value_type = Option<String>)]
    pub until: Option<Timestamp>,
    /// 0 to 9, default 5.
    pub priority: Option<u8>,
    #[schema(value_type = Option<Vec<String>>)]
    pub weekdays: Option<Vec<WeekdayName>>,
    pub hours: Option<Hours>,
}

/// Why content was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ContentError {
    #[error("{0}")]
    Invalid(String),
    #[error("unknown office {0:?}")]
    UnknownOffice(String),
    #[error("{0}")]
    NotActual(String),
}

fn invalid(s: impl Into<String>) -> ContentError {
    ContentError::Invalid(s.into())
}

/// Checks a notice against the configured offices.
pub fn parse_notice(n: NewNotice, offices: &[&str], now: Timestamp) -> Result<Notice, ContentError> {
    let targets = parse_offices(n.offices, offices)?;
    for (text, what, max) in [(&n.title, "title", MAX_TITLE_CHARS), (&n.body, "body", MAX_BODY_CHARS)] {
        if let Some((lang, v)) = text.languages().find(|(_, v)| v.chars().count() > max) {
            return Err(invalid(format!("the {lang} {what} is {} characters; at most {max}", v.chars().count())));
        }
    }
    let from = n.from.unwrap_or(now);
    let until = match n.until {
        Some(u) => u,
        None => end_of_day(from),
    };
    if until <= from {
        return Err(invalid("until must be after from"));
    }
    if until <= now {
        return Err(invalid("until is in the past"));
    }
    if until.duration_since(from).as_secs() > MAX_NOTICE_DAYS * 86_400 {
        return Err(invalid(format!("a notice runs at most {MAX_NOTICE_DAYS} days")));
    }
    let priority = n.priority.unwrap_or(5);
    if priority > 9 {
        return Err(invalid("priority is 0 to 9"));
    }
    if let Some(w) = &n.weekdays
        && w.is_empty()
    {
        return Err(invalid("weekdays, when given, names at least one day"));
    }
    if let Some(h) = n.hours
        && h.until <= h.from
    {
        return Err(invalid("hours.until must be after hours.from"));
    }
    Ok(Notice { id: new_id('n'), offices: targets, title: n.title, body: n.body, from, until, priority, weekdays: n.weekdays, hours: n.hours, source: None })
}

fn parse_offices(wanted: Vec<String>, offices: &[&str]) -> Result<Vec<String>, ContentError> {
    if wanted.is_empty() {
        return Err(invalid("offices names at least one office"));
    }
    let mut out: Vec<String> = Vec::new();
    for o in wanted {
        if !offices.contains(&o.as_str()) {
            return Err(ContentError::UnknownOffice(o));
        }
        if !out.contains(&o) {
            out.push(o);
        }
    }
    Ok(out)
}

fn tokyo() -> jiff::tz::TimeZone {
    queue_core::clock::tokyo()
}

fn end_of_day(t: Timestamp) -> Timestamp {
    let z = t.to_zoned(tokyo());
    z.date().tomorrow().ok().and_then(|d| d.to_zoned(tokyo()).ok()).map(|z| z.timestamp()).unwrap_or(t)
}

impl Notice {
    /// Whether a board shows it at `now`: within from/until, on one of its
    /// weekdays and within its hours (Tokyo time).
    pub fn showing(&self, now: Timestamp) -> bool {
        if now < self.from || now >= self.until {
            return false;
        }
        let local = now.to_zoned(tokyo());
        if let Some(days) = &self.weekdays
            && !days.iter().any(|d| d.weekday() == local.weekday())
        {
            return false;
        }
        if let Some(h) = self.hours {
            let t = local.time();
            if t < h.from || t >= h.until {
                return false;
            }
        }
        true
    }

    /// Whether it may still show some day (boards get these, and decide the
    /// hour themselves).
    pub fn live(&self, now: Timestamp) -> bool {
        now < self.until
    }
}

// ------------------------------------------------------------------ alerts

/// How serious an alert is (CAP's `severity`; Minor and Unknown do not take
/// boards over).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
pub enum Severity {
    Extreme,
    Severe,
    Moderate,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Extreme => "Extreme",
            Severity::Severe => "Severe",
            Severity::Moderate => "Moderate",
        }
    }

    fn parse(s: &str) -> Option<Severity> {
        Some(match s {
            "Extreme" => Severity::Extreme,
            "Severe" => Severity::Severe,
            "Moderate" => Severity::Moderate,
            _ => return None,
        })
    }
}

/// An emergency alert: its headline goes over everything on the boards.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Alert {
    pub id: String,
    pub offices: Vec<String>,
    pub headline: Text,
    pub description: Text,
    pub severity: Severity,
    /// RFC 3339.
    #[schema(value_type = String)]
    pub expires: Timestamp,
    /// A drill (CAP `status` Exercise): boards say so.
    pub exercise: bool,
    /// The CAP message it came from (`sender,identifier,sent`), if any.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub cap: Option<String>,
}

/// What `POST /api/v1/alerts` takes as JSON.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct NewAlert {
    pub offices: Vec<String>,
    pub headline: Text,
    pub description: Text,
    pub severity: Severity,
    /// RFC 3339; default 24 hours from now, at most 7 days.
    #[schema(value_type = Option<String>)]
    pub expires: Option<Timestamp>,
}

pub fn parse_alert(a: NewAlert, offices: &[&str], now: Timestamp) -> Result<Alert, ContentError> {
    let targets = parse_offices(a.offices, offices)?;
    check_alert_texts(&a.headline, &a.description)?;
    let expires = alert_expiry(a.expires, now)?;
    Ok(Alert { id: new_id('a'), offices: targets, headline: a.headline, description: a.description, severity: a.severity, expires, exercise: false, cap: None })
}

fn check_alert_texts(headline: &Text, description: &Text) -> Result<(), ContentError> {
    for (text, what, max) in [(headline, "headline", MAX_TITLE_CHARS * 2), (description, "description", MAX_BODY_CHARS * 2)] {
        if let Some((lang, v)) = text.languages().find(|(_, v)| v.chars().count() > max) {
            return Err(invalid(format!("the {lang} {what} is {} characters; at most {max}", v.chars().count())));
        }
    }
    Ok(())
}

fn alert_expiry(expires: Option<Timestamp>, now: Timestamp) -> Result<Timestamp, ContentError> {
    let expires = expires.unwrap_or(now + jiff::SignedDuration::from_hours(DEFAULT_ALERT_HOURS));
    if expires <= now {
        return Err(invalid("the alert has expired already"));
    }
    if expires.duration_since(now).as_secs() > MAX_ALERT_HOURS * 3600 {
        return Err(invalid(format!("an alert stands at most {MAX_ALERT_HOURS} hours; send it again to extend it")));
    }
    Ok(expires)
}

/// What a CAP message asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CapMessage {
    /// An alert (`Alert`), or one that replaces earlier ones (`Update`,
    /// whose `references` name them).
    Issue { alert: Alert, replaces: Vec<String> },
    /// `Cancel`: the alerts of the referenced messages end.
    Cancel { references: Vec<String> },
}

const CAP_NS: &str = "urn:oasis:names:tc:emergency:cap:1.2";

/// Reads an OASIS CAP 1.2 document. Its `info` blocks give the texts per
/// language (`ja-JP` → `ja`, `en-US` → `en`; a message without Japanese
/// shows its first language in the Japanese place). Only `Actual` and
/// `Exercise` messages reach the boards. `offices` are those the caller
/// chose (a CAP area is not an office).
pub fn parse_cap(xml: &str, offices: Vec<String>, known: &[&str], now: Timestamp) -> Result<CapMessage, ContentError> {
    let doc = roxmltree::Document::parse_with_options(xml, roxmltree::ParsingOptions { allow_dtd: false, nodes_limit: 10_000, ..Default::default() })
        .map_err(|e| invalid(format!("not well-formed XML: {e}")))?;
    let root = doc.root_element();
    if root.tag_name().name() != "alert" || root.tag_name().namespace() != Some(CAP_NS) {
        return Err(invalid(format!("the document is not a CAP 1.2 alert (root element alert in {CAP_NS})")));
    }
    let child = cap_child;
    let required = |name: &str| child(root, name).filter(|v| !v.is_empty()).ok_or_else(|| invalid(format!("the CAP alert has no {name}")));
    let identifier = required("identifier")?;
    let sender = required("sender")?;
    let sent = required("sent")?;
    let status = required("status")?;
    let msg_type = required("msgType")?;
    let exercise = match status {
        "Actual" => false,
        "Exercise" => true,
        other => return Err(ContentError::NotActual(format!("a CAP message with status {other} is not shown on boards (only Actual and Exercise)"))),
    };
    let references: Vec<String> = child(root, "references").map(|r| r.split_whitespace().map(str::to_owned).collect()).unwrap_or_default();
    if msg_type == "Cancel" {
        if references.is_empty() {
            return Err(invalid("a CAP Cancel names the messages it cancels in references"));
        }
        return Ok(CapMessage::Cancel { references });
    }
    if !matches!(msg_type, "Alert" | "Update") {
        return Err(ContentError::NotActual(format!("a CAP message of type {msg_type} is not shown on boards")));
    }
    let targets = parse_offices(offices, known)?;
    let infos: Vec<roxmltree::Node<'_, '_>> =
        root.children().filter(|n| n.is_element() && n.tag_name().name() == "info" && n.tag_name().namespace() == Some(CAP_NS)).collect();
    if infos.is_empty() {
        return Err(invalid("the CAP alert has no info"));
    }
    let mut headlines = BTreeMap::new();
    let mut descriptions = BTreeMap::new();
    let mut severity: Option<Severity> = None;
    let mut expires: Option<Timestamp> = None;
    for (i, info) in infos.iter().enumerate() {
        let lang = child(*info, "language").unwrap_or("en-US");
        let tag = if lang.to_ascii_lowercase().starts_with("ja") { "ja".to_owned() } else { lang.split('-').next().unwrap_or("en").to_ascii_lowercase() };
        let event = child(*info, "event").unwrap_or_default();
        let headline = child(*info, "headline").filter(|h| !h.is_empty()).unwrap_or(event);
        if headline.is_empty() {
            return Err(invalid("a CAP info has neither headline nor event"));
        }
        let description = [child(*info, "description"), child(*info, "instruction")].into_iter().flatten().filter(|t| !t.is_empty()).collect::<Vec<_>>().join("\n");
        let sev = child(*info, "severity").unwrap_or_default();
        let sev = Severity::parse(sev).ok_or_else(|| ContentError::NotActual(format!("a CAP alert of severity {sev:?} does not take the boards over (Extreme, Severe or Moderate)")))?;
        severity = Some(severity.map_or(sev, |s: Severity| if (sev as u8) < (s as u8) { sev } else { s }));
        if let Some(e) = child(*info, "expires") {
            let t: Timestamp = e.parse().map_err(|_| invalid(format!("CAP expires {e:?} is not a date and time")))?;
            expires = Some(expires.map_or(t, |x: Timestamp| x.max(t)));
        }
        // The first language stands in for Japanese when there is none.
        let keys: Vec<String> = if i == 0 && !infos.iter().any(|n| child(*n, "language").is_some_and(|l| l.to_ascii_lowercase().starts_with("ja"))) {
            vec!["ja".to_owned(), tag]
        } else {
            vec![tag]
        };
        for key in keys {
            if queue_core::Lang::parse(&key).is_err() {
                continue;
            }
            headlines.entry(key.clone()).or_insert_with(|| headline.to_owned());
            descriptions.entry(key).or_insert_with(|| if description.is_empty() { headline.to_owned() } else { description.clone() });
        }
    }
    let headline = Text::parse(headlines, 10_000).map_err(invalid)?;
    let description = Text::parse(descriptions, 10_000).map_err(invalid)?;
    check_alert_texts(&headline, &description)?;
    let expires = alert_expiry(expires, now)?;
    let severity = severity.ok_or_else(|| invalid("the CAP alert has no severity"))?;
    let cap = format!("{sender},{identifier},{sent}");
    let alert = Alert { id: new_id('a'), offices: targets, headline, description, severity, expires, exercise, cap: Some(cap) };
    let replaces = if msg_type == "Update" { references } else { Vec::new() };
    Ok(CapMessage::Issue { alert, replaces })
}

/// The trimmed text of a CAP element's child `name`.
fn cap_child<'a>(parent: roxmltree::Node<'a, '_>, name: &str) -> Option<&'a str> {
    parent
        .children()
        .find(|n| n.is_element() && n.tag_name().name() == name && n.tag_name().namespace() == Some(CAP_NS))
        .and_then(|n| n.text())
        .map(str::trim)
}

impl Alert {
    pub fn live(&self, now: Timestamp) -> bool {
        now < self.expires
    }
}

/// What one office's boards have besides calls.
#[derive(Debug, Clone, Default)]
pub struct OfficeContent {
    pub notices: Vec<Notice>,
    pub alerts: Vec<Alert>,
}

impl OfficeContent {
    /// The content a board connecting at `now` is given: notices that may
    /// still show (the board decides the hour), highest priority first; live
    /// alerts, most severe first.
    pub fn live(&self, now: Timestamp) -> (Vec<&Notice>, Vec<&Alert>) {
        let mut notices: Vec<&Notice> = self.notices.iter().filter(|n| n.live(now)).collect();
        notices.sort_by(|a, b| b.priority.cmp(&a.priority).then(a.from.cmp(&b.from)));
        let mut alerts: Vec<&Alert> = self.alerts.iter().filter(|a| a.live(now)).collect();
        alerts.sort_by_key(|a| a.severity as u8);
        (notices, alerts)
    }

    pub fn add_notice(&mut self, n: Notice) {
        self.notices.retain(|x| x.id != n.id);
        self.notices.push(n);
    }

    pub fn remove_notice(&mut self, id: &str) {
        self.notices.retain(|x| x.id != id);
    }

    pub fn add_alert(&mut self, a: Alert) {
        self.alerts.retain(|x| x.id != a.id);
        self.alerts.push(a);
    }

    pub fn remove_alert(&mut self, id: &str) {
        self.alerts.retain(|x| x.id != id);
    }

    /// Forgets what can never show again.
    pub fn prune(&mut self, now: Timestamp) {
        self.notices.retain(|n| n.live(now));
        self.alerts.retain(|a| a.live(now));
    }
}

fn new_id(prefix: char) -> String {
    let mut bytes = [0u8; 8];
    rand::rng().fill_bytes(&mut bytes);
    format!("{prefix}{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

// ----------------------------------------------------------------- storage

fn json<T: Serialize>(v: &T) -> String {
    serde_json::to_string(v).unwrap_or_else(|_| "null".into())
}

fn malformed(what: &str, e: impl std::fmt::Display) -> StoreError {
    StoreError::Malformed(format!("{what}: {e}"))
}

pub fn insert_notice(conn: &Connection, n: &Notice, by: &str, now_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO platform_notices (id, offices, title, body, starts_at, ends_at, priority, weekdays, hours, created_by, created_at, source)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
        params![
            n.id,
            json(&n.offices),
            n.title.to_json(),
            n.body.to_json(),
            n.from.as_microsecond(),
            n.until.as_microsecond(),
            n.priority,
            n.weekdays.as_ref().map(json),
            n.hours.as_ref().map(json),
            by,
            now_micros,
            n.source
        ],
    )?;
    Ok(())
}

/// Withdraws a notice; the notice as it was, or `None` when there is no such
/// notice still standing.
pub fn withdraw_notice(conn: &Connection, id: &str, by: &str, now_micros: i64) -> Result<Option<Notice>, StoreError> {
    let Some(n) = find_notice(conn, id)? else { return Ok(None) };
    conn.execute("UPDATE platform_notices SET withdrawn_at = ?2, withdrawn_by = ?3 WHERE id = ?1", params![id, now_micros, by])?;
    Ok(Some(n))
}

const NOTICE_COLUMNS: &str = "id, offices, title, body, starts_at, ends_at, priority, weekdays, hours, source";

fn notice_row(r: &store::rusqlite::Row<'_>) -> store::rusqlite::Result<[Option<String>; 10]> {
    Ok([
        r.get(0)?,
        r.get(1)?,
        r.get(2)?,
        r.get(3)?,
        r.get::<_, i64>(4).map(|v| Some(v.to_string()))?,
        r.get::<_, i64>(5).map(|v| Some(v.to_string()))?,
        r.get::<_, i64>(6).map(|v| Some(v.to_string()))?,
        r.get(7)?,
        r.get(8)?,
        r.get(9)?,
    ])
}

fn notice_from(row: [Option<String>; 10]) -> Result<Notice, StoreError> {
    let [id, offices, title, body, from, until, priority, weekdays, hours, source] = row;
    let id = id.unwrap_or_default();
    let m = |e: &dyn std::fmt::Display| malformed(&format!("notice {id}"), e);
    let micros = |v: Option<String>| -> Result<Timestamp, StoreError> {
        let us: i64 = v.unwrap_or_default().parse().map_err(|e| m(&e))?;
        Timestamp::from_microsecond(us).map_err(|e| m(&e))
    };
    Ok(Notice {
        offices: serde_json::from_str(&offices.unwrap_or_default()).map_err(|e| m(&e))?,
        title: Text::from_json(&title.unwrap_or_default()).map_err(|e| m(&e))?,
        body: Text::from_json(&body.unwrap_or_default()).map_err(|e| m(&e))?,
        from: micros(from)?,
        until: micros(until)?,
        priority: priority.unwrap_or_default().parse().map_err(|e| m(&e))?,
        weekdays: weekdays.map(|w| serde_json::from_str(&w)).transpose().map_err(|e| m(&e))?,
        hours: hours.map(|h| serde_json::from_str(&h)).transpose().map_err(|e| m(&e))?,
        source,
        id,
    })
}

/// A notice not withdrawn.
pub fn find_notice(conn: &Connection, id: &str) -> Result<Option<Notice>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {NOTICE_COLUMNS} FROM platform_notices WHERE id = ?1 AND withdrawn_at IS NULL"))?;
    stmt.query_row([id], notice_row).optional()?.map(notice_from).transpose()
}

/// Notices not withdrawn that may still show.
pub fn live_notices(conn: &Connection, now_micros: i64) -> Result<Vec<Notice>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {NOTICE_COLUMNS} FROM platform_notices WHERE withdrawn_at IS NULL AND ends_at > ?1 ORDER BY starts_at, id"
    ))?;
    let rows = stmt.query_map([now_micros], notice_row)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(notice_from).collect()
}

pub fn insert_alert(conn: &Connection, a: &Alert, cap_xml: Option<&str>, by: &str, now_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO platform_alerts (id, offices, headline, description, severity, expires_at, exercise, cap, cap_xml, created_by, created_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
        params![
            a.id,
            json(&a.offices),
            a.headline.to_json(),
            a.description.to_json(),
            a.severity.as_str(),
            a.expires.as_microsecond(),
            a.exercise,
            a.cap,
            cap_xml,
            by,
            now_micros
        ],
    )?;
    Ok(())
}

const ALERT_COLUMNS: &str = "id, offices, headline, description, severity, expires_at, exercise, cap";

/// id, offices, headline, description, severity, expires, exercise, cap.
type AlertRow = (String, String, String, String, String, i64, bool, Option<String>);

fn alert_row(r: &store::rusqlite::Row<'_>) -> store::rusqlite::Result<AlertRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?))
}

fn alert_from(row: AlertRow) -> Result<Alert, StoreError> {
    let (id, offices, headline, description, severity, expires, exercise, cap) = row;
    let m = |e: &dyn std::fmt::Display| malformed(&format!("alert {id}"), e);
    Ok(Alert {
        offices: serde_json::from_str(&offices).map_err(|e| m(&e))?,
        headline: Text::from_json(&headline).map_err(|e| m(&e))?,
        description: Text::from_json(&description).map_err(|e| m(&e))?,
        severity: Severity::parse(&severity).ok_or_else(|| m(&severity))?,
        expires: Timestamp::from_microsecond(expires).map_err(|e| m(&e))?,
        exercise,
        cap,
        id,
    })
}

/// An alert not cancelled.
pub fn find_alert(conn: &Connection, id: &str) -> Result<Option<Alert>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {ALERT_COLUMNS} FROM platform_alerts WHERE id = ?1 AND cancelled_at IS NULL"))?;
    stmt.query_row([id], alert_row).optional()?.map(alert_from).transpose()
}

/// Standing alerts of the CAP messages named `sender,identifier,sent`.
pub fn alerts_of_cap(conn: &Connection, references: &[String], now_micros: i64) -> Result<Vec<Alert>, StoreError> {
    let mut out = Vec::new();
    let mut stmt = conn.prepare_cached(&format!("SELECT {ALERT_COLUMNS} FROM platform_alerts WHERE cap = ?1 AND cancelled_at IS NULL AND expires_at > ?2"))?;
    for r in references {
        for row in stmt.query_map(params![r, now_micros], alert_row)? {
            out.push(alert_from(row?)?);
        }
    }
    Ok(out)
}

/// The id of the alert already made from the CAP message `cap`
/// (`sender,identifier,sent`), cancelled or not: a feed that delivers a
/// message again must not raise it again.
pub fn alert_id_of_cap(conn: &Connection, cap: &str) -> Result<Option<String>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id FROM platform_alerts WHERE cap = ?1 ORDER BY created_at LIMIT 1")?;
    Ok(stmt.query_row([cap], |r| r.get(0)).optional()?)
}

pub fn cancel_alert(conn: &Connection, id: &str, by: &str, now_micros: i64) -> Result<Option<Alert>, StoreError> {
    let Some(a) = find_alert(conn, id)? else { return Ok(None) };
    conn.execute("UPDATE platform_alerts SET cancelled_at = ?2, cancelled_by = ?3 WHERE id = ?1", params![id, now_micros, by])?;
    Ok(Some(a))
}

/// Alerts not cancelled and not expired.
pub fn live_alerts(conn: &Connection, now_micros: i64) -> Result<Vec<Alert>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {ALERT_COLUMNS} FROM platform_alerts WHERE cancelled_at IS NULL AND expires_at > ?1 ORDER BY created_at, id"
    ))?;
    let rows = stmt.query_map([now_micros], alert_row)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(alert_from).collect()
}

/// Every office's live content, as the engine keeps it.
pub fn load(conn: &Connection, now: Timestamp) -> Result<BTreeMap<String, OfficeContent>, StoreError> {
    let mut out: BTreeMap<String, OfficeContent> = BTreeMap::new();
    for n in live_notices(conn, now.as_microsecond())? {
        for o in &n.offices {
            out.entry(o.clone()).or_default().add_notice(n.clone());
        }
    }
    for a in live_alerts(conn, now.as_microsecond())? {
        for o in &a.offices {
            out.entry(o.clone()).or_default().add_alert(a.clone());
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests;
