//! Forecasts for the API, the calendar page and the managers' view: the
//! models of `queue_core::forecast` fitted on the office's history, cached.
//!
//! History is what was imported (`madoguchi import-history`) and what the
//! server counted itself (tickets per day and queue); where both have a day,
//! the server's own count wins. A queue with too little history is forecast
//! from a built-in prior — the synthetic ward of `forecast::synth`, which
//! carries the calendar effects of a typical Japanese ward counter — and is
//! marked `"source": "prior"` so nobody mistakes it for a measurement.

use crate::error::ApiResult;
use axum::body::Bytes;
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use queue_core::calendar::WardCalendar;
use queue_core::config::Office;
use queue_core::forecast::{self, DayForecast, HourlyProfile, QueueModel};
use queue_core::{QueueId, WardConfig};
use jiff::civil::Date;
use std::collections::{BTreeMap, HashMap, VecDeque};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use store::{Readers, StoreError};

/// Where a queue's model came from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Source {
    History,
    Prior,
}

/// The fitted models of one office.
#[derive(Debug)]
pub struct OfficeModels {
    pub queues: Vec<(QueueId, QueueModel, Source)>,
    pub hours: HourlyProfile,
    /// The office's normal: the median open day of the summed forecast over
    /// the next year. Day levels are relative to it.
    pub normal: f64,
    /// What the models were fitted on (the business day and the history's
    /// change marker): invalidates the cache.
    stamp: (Date, i64),
    /// Names this fit in ETags: different for every fit of this process and
    /// from those of earlier processes (which may have had another
    /// configuration).
    generation: String,
}

/// Fitted models per office, rebuilt when the day or the history changes,
/// and the answers rendered from them.
#[derive(Debug)]
pub struct Forecasts {
    config: Arc<WardConfig>,
    pub calendar: Arc<WardCalendar>,
    cache: Mutex<HashMap<String, Arc<OfficeModels>>>,
    /// One fit at a time: requests arriving while an office is fitted wait
    /// for that fit instead of each starting their own.
    fitting: tokio::sync::Mutex<()>,
    /// When this process started, in microseconds, and fits since.
    epoch: i64,
    fits: AtomicU64,
    answers: Mutex<Answers>,
}

/// The prior's seed and span: three years of a synthetic ward.
const PRIOR_SEED: u64 = 20_260_401;

impl Forecasts {
    pub fn new(config: Arc<WardConfig>) -> Forecasts {
        let calendar = Arc::new(WardCalendar::new(&config));
        Forecasts {
            config,
            calendar,
            cache: Mutex::new(HashMap::new()),
            fitting: tokio::sync::Mutex::new(()),
            epoch: jiff::Timestamp::now().as_microsecond(),
            fits: AtomicU64::new(0),
            answers: Mutex::new(Answers::default()),
        }
    }

    /// The office's models as of `today`, fitted if needed (on a blocking thread).
    pub async fn models(self: &Arc<Self>, readers: Arc<Readers>, office: &str, today: Date) -> Result<Arc<OfficeModels>, StoreError> {
        // The history's change marker, one row: `import-history` runs in
        // another process, so the server asks the database, but never
        // counts the history (a full scan of millions of rows per request).
        let r = readers.clone();
        let version = tokio::task::spawn_blocking(move || r.with(store::history::version)).await.unwrap_or(Err(StoreError::WriterGone))?;
        let stamp = (today, version);
        if let Some(m) = self.cached(office, stamp) {
            return Ok(m);
        }
        let _one_fit = self.fitting.lock().await;
        if let Some(m) = self.cached(office, stamp) {
            return Ok(m);
        }
        let this = self.clone();
        let office = office.to_owned();
        let built = tokio::task::spawn_blocking(move || this.fit(&readers, &office, today, stamp).map(|m| (office, Arc::new(m))))
            .await
            .unwrap_or(Err(StoreError::WriterGone))?;
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).insert(built.0, built.1.clone());
        Ok(built.1)
    }

    fn cached(&self, office: &str, stamp: (Date, i64)) -> Option<Arc<OfficeModels>> {
        self.cache.lock().unwrap_or_else(|p| p.into_inner()).get(office).filter(|m| m.stamp == stamp).cloned()
    }

    fn fit(&self, readers: &Readers, office_id: &str, today: Date, stamp: (Date, i64)) -> Result<OfficeModels, StoreError> {
        let office = self.config.office(office_id).ok_or_else(|| StoreError::Malformed(format!("no office {office_id}")))?;
        let (histories, hours) = readers.with(|c| Ok((histories(c, office_id, today)?, store::history::counted_hours(c, office_id)?)))?;
        let fitted = forecast::fit_office(&self.calendar, office, &histories);
        let mut prior: Option<BTreeMap<QueueId, QueueModel>> = None;
        let mut queues = Vec::new();
        for (queue, result) in fitted {
            match result {
                Ok(model) => queues.push((queue, model, Source::History)),
                Err(_) => {
                    let prior = prior.get_or_insert_with(|| self.prior(office, today));
                    if let Some(model) = prior.remove(&queue) {
                        queues.push((queue, model, Source::Prior));
                    }
                }
            }
        }
        let (open, close) = self.calendar.normal_hours();
        let samples: Vec<forecast::HourCount> = hours
            .iter()
            .map(|(date, hour, count)| forecast::HourCount { key: forecast::ProfileKey::of(*date), hour: *hour, count: f64::from(*count) })
            .collect();
        let hours = if samples.iter().map(|s| s.count).sum::<f64>() >= 2000.0 { HourlyProfile::learn(&samples, open, close) } else { HourlyProfile::built_in() };
        let mut summed: Vec<DayForecast> = Vec::new();
        for (_, m, _) in &queues {
            for (i, d) in m.forecast(&self.calendar, today, 365).into_iter().enumerate() {
                match summed.get_mut(i) {
                    Some(s) => s.mean += d.mean,
                    None => summed.push(d),
                }
            }
        }
        let normal = forecast::normal_of(&summed);
        let generation = format!("{:x}.{:x}", self.epoch, self.fits.fetch_add(1, Ordering::Relaxed));
        Ok(OfficeModels { queues, hours, normal, stamp, generation })
    }

    /// Answers a costly public read from its rendering for the same `key`
    /// (everything the answer depends on besides the models: office, dates,
    /// options, language) and the same models, rendering it only when there
    /// is none; `304 Not Modified` when the client's `If-None-Match` already
    /// names it. The ETag is known before rendering (the fit's generation
    /// and the key), so a revalidation never renders.
    pub async fn answer<F, Fut>(&self, models: &OfficeModels, key: String, request: &HeaderMap, kind: AnswerKind, render: F) -> ApiResult<Response>
    where
        F: FnOnce() -> Fut,
        Fut: std::future::Future<Output = ApiResult<Vec<u8>>>,
    {
        let etag = etag(&models.generation, &key);
        if request.get_all(header::IF_NONE_MATCH).iter().any(|v| matches_etag(v, &etag)) {
            return Ok(kind.response(StatusCode::NOT_MODIFIED, &etag, Bytes::new()));
        }
        let hit = self.answers.lock().unwrap_or_else(|p| p.into_inner()).get(&key, &etag);
        let body = match hit {
            Some(body) => body,
            None => {
                let body = Bytes::from(render().await?);
                self.answers.lock().unwrap_or_else(|p| p.into_inner()).insert(key, etag.clone(), body.clone());
                body
            }
        };
        Ok(kind.response(StatusCode::OK, &etag, body))
    }

    /// Models fitted on three synthetic years ending yesterday.
    fn prior(&self, office: &Office, today: Date) -> BTreeMap<QueueId, QueueModel> {
        let to = today.yesterday().unwrap_or(today);
        let from = to.saturating_sub(jiff::Span::new().years(3));
        let days = forecast::synth::generate(&self.calendar, &self.config, from, to, PRIOR_SEED);
        let histories = forecast::synth::office_histories(&days, office.id.as_str());
        forecast::fit_office(&self.calendar, office, &histories).into_iter().filter_map(|(q, r)| r.ok().map(|m| (q, m))).collect()
    }
}

/// How long a client or proxy may reuse a forecast answer without asking:
/// the models change only with an import or at the start of a business day,
/// so an answer is at most five minutes stale, and after that the ETag
/// revalidates it without rendering.
pub const ANSWER_CACHE_CONTROL: &str = "public, max-age=300";

/// The rendered answers kept: at most this many bytes and entries, the
/// oldest dropped first. The 62-day hourly forecast is the largest
/// (about 250 KB), so a few hundred distinct answers fit.
const ANSWER_CACHE_BYTES: usize = 32 << 20;
const ANSWER_CACHE_ENTRIES: usize = 1024;

/// How a cached answer is sent.
#[derive(Debug, Clone)]
pub struct AnswerKind {
    pub content_type: &'static str,
    pub disposition: Option<String>,
}

impl AnswerKind {
    fn response(self, status: StatusCode, etag: &str, body: Bytes) -> Response {
        let mut r = (status, body).into_response();
        let h = r.headers_mut();
        if let Ok(v) = HeaderValue::from_str(etag) {
            h.insert(header::ETAG, v);
        }
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static(ANSWER_CACHE_CONTROL));
        if status == StatusCode::OK {
            h.insert(header::CONTENT_TYPE, HeaderValue::from_static(self.content_type));
            if let Some(v) = self.disposition.and_then(|d| HeaderValue::from_str(&d).ok()) {
                h.insert(header::CONTENT_DISPOSITION, v);
            }
        }
        r
    }
}

/// A weak ETag: the answer is a function of the models and the key, but a
/// rendering after the cache dropped it need not be the same bytes (the PDF
/// writer is not byte-for-byte deterministic), only the same content.
fn etag(generation: &str, key: &str) -> String {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    key.hash(&mut h);
    format!("W/\"{generation}-{:016x}\"", h.finish())
}

/// Whether an `If-None-Match` value names `etag` (weak comparison, lists, `*`).
fn matches_etag(value: &HeaderValue, etag: &str) -> bool {
    let Ok(v) = value.to_str() else { return false };
    let opaque = |t: &str| t.strip_prefix("W/").unwrap_or(t).to_owned();
    let ours = opaque(etag);
    v.split(',').map(str::trim).any(|t| t == "*" || opaque(t) == ours)
}

/// Rendered answers by key, each with the ETag it was rendered for.
#[derive(Debug, Default)]
struct Answers {
    by_key: HashMap<String, (String, Bytes)>,
    order: VecDeque<String>,
    bytes: usize,
}

impl Answers {
    fn get(&self, key: &str, etag: &str) -> Option<Bytes> {
        self.by_key.get(key).filter(|(e, _)| e == etag).map(|(_, b)| b.clone())
    }

    fn insert(&mut self, key: String, etag: String, body: Bytes) {
        if body.len() > ANSWER_CACHE_BYTES / 4 {
            return;
        }
        if let Some((_, old)) = self.by_key.remove(&key) {
            self.bytes -= old.len();
            self.order.retain(|k| *k != key);
        }
        while !self.order.is_empty() && (self.bytes + body.len() > ANSWER_CACHE_BYTES || self.order.len() >= ANSWER_CACHE_ENTRIES) {
            if let Some(k) = self.order.pop_front()
                && let Some((_, old)) = self.by_key.remove(&k)
            {
                self.bytes -= old.len();
            }
        }
        self.bytes += body.len();
        self.order.push_back(key.clone());
        self.by_key.insert(key, (etag, body));
    }
}

/// Daily arrivals per queue of an office: imported history, overridden day
/// by day by what the server counted itself before `today`.
pub fn histories(conn: &store::rusqlite::Connection, office: &str, today: Date) -> Result<BTreeMap<QueueId, Vec<(Date, f64)>>, StoreError> {
    let imported = store::history::for_office(conn, office)?;
    let counted = store::history::counted(conn, office, today)?;
    let mut by_queue: BTreeMap<QueueId, BTreeMap<Date, f64>> = BTreeMap::new();
    for row in imported.iter().chain(counted.iter()) {
        // Imported first, counted after: the server's own count wins a day.
        if let Ok(q) = QueueId::parse(&row.queue) {
            by_queue.entry(q).or_default().insert(row.date, f64::from(row.arrivals));
        }
    }
    Ok(by_queue.into_iter().map(|(q, days)| (q, days.into_iter().collect())).collect())
}

/// Targets for counter advice.
#[derive(Debug, Clone, Copy)]
pub struct Target {
    pub wait_minutes: f64,
    pub share: f64,
}

impl Default for Target {
    /// 80% of residents called within 20 minutes.
    fn default() -> Self {
        Target { wait_minutes: 20.0, share: 0.8 }
    }
}

/// One queue on one day, with hourly counter advice.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct QueueDay {
    pub arrivals: f64,
    pub p10: f64,
    pub p90: f64,
    /// Counters to open at the day's busiest hour.
    pub counters: u32,
    /// `history` or `prior` (no history of its own yet).
    pub source: Source,
    /// Per hour, when asked for (`hourly=true`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub hours: Option<Vec<HourAdvice>>,
}

#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct HourAdvice {
    /// `HH:MM`
    pub start: String,
    pub arrivals: f64,
    pub counters: u32,
}

/// A day of the office.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct OfficeDay {
    /// YYYY-MM-DD
    pub date: String,
    pub open: bool,
    /// 1 quiet … 5 very busy, relative to the office's normal.
    pub level: u8,
    /// The national holiday, if it is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub holiday: Option<String>,
    pub arrivals: f64,
    pub queues: BTreeMap<String, QueueDay>,
    /// The quietest hours to come (start times), best first.
    pub best_hours: Vec<String>,
}

/// The office's days from `from`.
pub fn office_days(models: &OfficeModels, cal: &WardCalendar, office: &Office, from: Date, days: u32, target: Target, hourly: bool) -> Vec<OfficeDay> {
    let per_queue: Vec<(&QueueId, Vec<DayForecast>, Source)> = models.queues.iter().map(|(q, m, s)| (q, m.forecast(cal, from, days), *s)).collect();
    let mut out = Vec::with_capacity(days as usize);
    for i in 0..days as usize {
        let Some(date) = per_queue.first().and_then(|(_, f, _)| f.get(i)).map(|d| d.date) else { break };
        let open = cal.is_open(office.id.as_str(), date);
        let hours = cal.opening_hours(office.id.as_str(), date);
        let key = forecast::ProfileKey::of(date);
        let mut queues = BTreeMap::new();
        let mut total = 0.0;
        // Arrival rate per hour of each slot, summed over queues: slots are
        // not all an hour long (8:30–9:00), so rates, not counts, compare.
        let mut hour_totals: BTreeMap<String, f64> = BTreeMap::new();
        for (queue, f, source) in &per_queue {
            let Some(d) = f.get(i) else { continue };
            total += d.mean;
            let service = office.queue(queue.as_str()).map_or(10.0, |q| q.service_minutes);
            let slots = match (d.open, hours) {
                (true, Some((o, c))) => models.hours.split(key, o, c, d.mean),
                _ => Vec::new(),
            };
            let advice: Vec<HourAdvice> = slots
                .iter()
                .map(|s| {
                    let start = s.start.strftime("%H:%M").to_string();
                    // Only whole hours are advised: "come at 17:00" would leave
                    // a quarter of an hour before closing.
                    if (s.end - s.start).get_minutes() >= 60 || (s.end - s.start).get_hours() >= 1 {
                        *hour_totals.entry(start.clone()).or_default() += s.per_hour;
                    }
                    HourAdvice {
                        start,
                        arrivals: round1(s.arrivals),
                        counters: forecast::counters_needed(s.per_hour, service, target.wait_minutes, target.share).unwrap_or(0),
                    }
                })
                .collect();
            let counters = advice.iter().map(|h| h.counters).max().unwrap_or(0);
            queues.insert(
                queue.to_string(),
                QueueDay { arrivals: round1(d.mean), p10: round1(d.p10), p90: round1(d.p90), counters, source: *source, hours: hourly.then_some(advice) },
            );
        }
        let mut best: Vec<(String, f64)> = hour_totals.into_iter().collect();
        best.sort_by(|a, b| a.1.total_cmp(&b.1));
        out.push(OfficeDay {
            date: date.to_string(),
            open,
            level: if open { forecast::level(total, models.normal) } else { 1 },
            holiday: cal.holiday_name(date).map(str::to_owned),
            arrivals: round1(total),
            queues,
            best_hours: best.into_iter().take(2).map(|(h, _)| h).collect(),
        });
    }
    out
}

fn round1(v: f64) -> f64 {
    (v * 10.0).round() / 10.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn if_none_match_is_compared_weakly_in_lists() {
        let tag = "W/\"a1.2-00ff\"";
        for yes in ["\"a1.2-00ff\"", "W/\"a1.2-00ff\"", "\"x\", W/\"a1.2-00ff\"", "*"] {
            assert!(matches_etag(&HeaderValue::from_static(yes), tag), "{yes}");
        }
        for no in ["\"a1.2-00fe\"", "a1.2-00ff", ""] {
            assert!(!matches_etag(&HeaderValue::from_static(no), tag), "{no}");
        }
    }

    #[test]
    fn the_answer_cache_stays_within_its_bounds() {
        let mut a = Answers::default();
        let body = Bytes::from(vec![0u8; ANSWER_CACHE_BYTES / 8]);
        for i in 0..20 {
            a.insert(format!("k{i}"), "\"e\"".into(), body.clone());
            assert!(a.bytes <= ANSWER_CACHE_BYTES && a.by_key.len() == a.order.len());
        }
        // The oldest went first; the newest are kept; another tag is a miss.
        assert!(a.get("k0", "\"e\"").is_none() && a.get("k19", "\"e\"").is_some());
        assert!(a.get("k19", "\"f\"").is_none());
        // Replacing a key does not count it twice; many small answers stop at the entry bound.
        a.insert("k19".into(), "\"f\"".into(), Bytes::from_static(b"x"));
        assert_eq!(a.bytes, a.by_key.values().map(|(_, b)| b.len()).sum::<usize>());
        for i in 0..ANSWER_CACHE_ENTRIES + 10 {
            a.insert(format!("s{i}"), "\"e\"".into(), Bytes::from_static(b"y"));
        }
        assert!(a.by_key.len() <= ANSWER_CACHE_ENTRIES);
        // An answer too large to keep is not kept.
        a.insert("huge".into(), "\"e\"".into(), Bytes::from(vec![0u8; ANSWER_CACHE_BYTES / 2]));
        assert!(a.get("huge", "\"e\"").is_none());
    }
}
