//! The public congestion calendar: a month per page, each day with its
//! level in colour, pattern and word, the quietest hours, in every
//! configured language; a printable PDF for the notice board and a CSV.

use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::forecasting::{AnswerKind, OfficeDay, Target, office_days};
use crate::pages::escape;
use crate::state::AppState;
use axum::extract::State;
use axum::http::HeaderMap;
use axum::response::Response;
use jiff::civil::Date;
use queue_core::Lang;
use queue_core::config::Office;
use serde::Deserialize;
use std::fmt::Write as _;

#[derive(Debug, Deserialize)]
pub struct CalendarQuery {
    /// `YYYY-MM`; this month when omitted.
    pub month: Option<String>,
    pub lang: Option<String>,
}

/// How far ahead a resident may page: a year.
const MONTHS_AHEAD: i32 = 12;

struct Month {
    first: Date,
    days: Vec<OfficeDay>,
    lang: Lang,
}

/// The month asked for, checked: the office, its first day, the language.
struct Asked {
    office: Office,
    first: Date,
    lang: Lang,
}

fn asked(app: &AppState, office: &str, q: &CalendarQuery) -> ApiResult<Asked> {
    let o = app.engine.config.office(office).ok_or_else(|| ApiError::unknown_office(office))?.clone();
    let today = app.engine.today();
    let this_month = today.first_of_month();
    let first = match q.month.as_deref() {
        None | Some("") => this_month,
        Some(m) => format!("{m}-01")
            .parse::<Date>()
            .ok()
            .filter(|_| m.len() == 7)
            .ok_or_else(|| ApiError::bad_request(format!("month {m:?} is not YYYY-MM")))?,
    };
    let months_between = (i32::from(first.year()) - i32::from(this_month.year())) * 12 + i32::from(first.month()) - i32::from(this_month.month());
    if !(-1..=MONTHS_AHEAD).contains(&months_between) {
        return Err(ApiError::bad_request("the calendar covers last month to twelve months ahead"));
    }
    Ok(Asked { office: o, first, lang: app.engine.lang(q.lang.as_deref()) })
}

/// Answers one rendering of a month (`what`: page, pdf, csv) from the cache
/// of rendered answers, rendering it on a miss (see `Forecasts::answer`).
async fn cached<F, Fut>(app: &AppState, office: &str, q: &CalendarQuery, headers: &HeaderMap, what: &str, kind: AnswerKind, render: F) -> ApiResult<Response>
where
    F: FnOnce(Month) -> Fut,
    Fut: std::future::Future<Output = ApiResult<Vec<u8>>>,
{
    let a = asked(app, office, q)?;
    let models = app.forecasts.models(app.engine.readers.clone(), office, app.engine.today()).await?;
    let key = format!("calendar/{office}/{}/{}/{what}", a.first, a.lang.as_str());
    let m = models.clone();
    let cal = app.forecasts.calendar.clone();
    app.forecasts
        .answer(&models, key, headers, kind, move || async move {
            let Asked { office, first, lang } = a;
            let n = u32::try_from(first.days_in_month()).unwrap_or(30);
            let days = tokio::task::spawn_blocking(move || office_days(&m, &cal, &office, first, n, Target::default(), false)).await.map_err(ApiError::internal)?;
            render(Month { first, days, lang }).await
        })
        .await
}

fn t(app: &AppState, lang: &Lang, key: &str, args: &[(&str, &str)]) -> String {
    app.catalogs.text(lang.as_str(), key, args).unwrap_or_default()
}

fn month_label(first: Date, lang: &Lang) -> String {
    match lang.as_str() {
        "ja" | "ja-x-easy" | "zh-Hans" | "zh-Hant" => format!("{}年{}月", first.year(), first.month()),
        "ko" => format!("{}년 {}월", first.year(), first.month()),
        _ => format!("{}-{:02}", first.year(), first.month()),
    }
}

/// The page. Text in ja-x-easy carries ruby and is inserted as markup; all
/// other catalog text is escaped.
pub async fn page(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<CalendarQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let kind = AnswerKind { content_type: "text/html; charset=utf-8", disposition: None };
    let (app_ref, office_ref) = (&app, office.as_str());
    cached(&app, &office, &q, &headers, "page", kind, move |m| async move { render_page(app_ref, office_ref, &m).map(String::into_bytes) }).await
}

fn render_page(app: &AppState, office: &str, m: &Month) -> ApiResult<String> {
    let lang = &m.lang;
    let easy = lang.as_str() == "ja-x-easy";
    let text = |key: &str, args: &[(&str, &str)]| {
        let v = t(app, lang, key, args);
        if easy { v } else { escape(&v) }
    };
    let config = &app.engine.config;
    let o = config.office(office).ok_or_else(|| ApiError::unknown_office(office))?;
    let office_name = crate::localize::office(&app.catalogs, lang, o);
    let level_word = |l: u8| text(&format!("calendar-level-{l}"), &[]);
    let html_lang = if easy { "ja" } else { lang.as_str() };
    let mut body = String::new();
    let _ = write!(body, "<header><h1>{}</h1><p>{}</p>", text("calendar-title", &[("office", &office_name)]), text("calendar-intro", &[]));
    // Languages, each named in its own script.
    let _ = write!(body, "<nav class=\"langs\" aria-label=\"{}\"><ul>", escape(&t(app, lang, "calendar-language", &[])));
    for l in &config.ward.languages {
        let label = app.catalogs.exact(l.as_str(), "language-name").unwrap_or(l.as_str());
        let current = if l == lang { " aria-current=\"true\"" } else { "" };
        let _ = write!(
            body,
            "<li><a lang=\"{tag}\" href=\"/calendar/{office}?month={month}&amp;lang={tag}\"{current}>{label}</a></li>",
            tag = escape(l.as_str()),
            office = escape(office),
            month = m.first.strftime("%Y-%m"),
            label = escape(label)
        );
    }
    body.push_str("</ul></nav>");
    let prev = m.first.saturating_sub(jiff::Span::new().months(1));
    let next = m.first.saturating_add(jiff::Span::new().months(1));
    let _ = write!(
        body,
        "<nav class=\"months\"><a href=\"/calendar/{o}?month={p}&amp;lang={l}\" rel=\"prev\">← {pt}</a><a href=\"/calendar/{o}?month={n}&amp;lang={l}\" rel=\"next\">{nt} →</a></nav>",
        o = escape(office),
        p = prev.strftime("%Y-%m"),
        n = next.strftime("%Y-%m"),
        l = escape(lang.as_str()),
        pt = text("calendar-previous", &[]),
        nt = text("calendar-next", &[]),
    );
    // Legend.
    let _ = write!(body, "<h2>{}</h2><ul class=\"legend\">", text("calendar-legend", &[]));
    for l in 1..=5u8 {
        let _ = write!(body, "<li class=\"level-{l}\"><span class=\"marker\" aria-hidden=\"true\">{}</span> {}</li>", print::calendar::marker(l), level_word(l));
    }
    let _ = write!(body, "<li class=\"closed\">{}</li></ul>", text("calendar-closed", &[]));
    // The month grid, Monday first.
    let weekdays: Vec<String> = t(app, lang, "calendar-weekdays", &[]).split(',').map(|s| s.trim().to_owned()).collect();
    let _ = write!(body, "<table><caption>{}</caption><thead><tr>", escape(&month_label(m.first, lang)));
    for wd in weekdays.iter().take(7) {
        let _ = write!(body, "<th scope=\"col\">{}</th>", if easy { wd.clone() } else { escape(wd) });
    }
    body.push_str("</tr></thead><tbody><tr>");
    let lead = usize::from(m.first.weekday().to_monday_zero_offset().unsigned_abs());
    for _ in 0..lead {
        body.push_str("<td class=\"outside\"></td>");
    }
    for (i, d) in m.days.iter().enumerate() {
        if (lead + i) % 7 == 0 && i > 0 {
            body.push_str("</tr><tr>");
        }
        let day = i + 1;
        if d.open {
            let _ = write!(
                body,
                "<td class=\"level-{lv}\"><span class=\"day\">{day}</span><span class=\"word\"><span class=\"marker\" aria-hidden=\"true\">{mk}</span> {w}</span><span class=\"hours\">{bh}: {hours}</span></td>",
                lv = d.level,
                mk = print::calendar::marker(d.level),
                w = level_word(d.level),
                bh = text("calendar-best-hours", &[]),
                hours = escape(&d.best_hours.join(", ")),
            );
        } else {
            let holiday = d.holiday.as_deref().map(|h| format!("<span class=\"holiday\" lang=\"ja\">{}</span>", escape(h))).unwrap_or_default();
            let _ = write!(body, "<td class=\"closed\"><span class=\"day\">{day}</span><span class=\"word\">{}</span>{holiday}</td>", text("calendar-closed", &[]));
        }
    }
    let filled = (lead + m.days.len()) % 7;
    if filled != 0 {
        for _ in filled..7 {
            body.push_str("<td class=\"outside\"></td>");
        }
    }
    body.push_str("</tr></tbody></table>");
    let _ = write!(
        body,
        "<p class=\"downloads\"><a href=\"/calendar/{o}/print.pdf?month={mo}&amp;lang={l}\">{pdf}</a> <a href=\"/calendar/{o}/forecast.csv?month={mo}&amp;lang={l}\">{csv}</a></p><p class=\"note\">{note}</p>",
        o = escape(office),
        mo = m.first.strftime("%Y-%m"),
        l = escape(lang.as_str()),
        pdf = text("calendar-pdf", &[]),
        csv = text("calendar-csv", &[]),
        note = text("calendar-note", &[]),
    );
    Ok(format!(
        "<!doctype html>\n<html lang=\"{html_lang}\"><head><meta charset=\"utf-8\"><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>{title}</title><link rel=\"stylesheet\" href=\"/ui/calendar/calendar.css\"></head><body><main>{body}</main></body></html>",
        title = escape(&t(app, lang, "calendar-title", &[("office", &office_name)])),
    ))
}

/// The month as a PDF for the notice board.
pub async fn pdf(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<CalendarQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let a = asked(&app, &office, &q)?;
    let kind = AnswerKind { content_type: "application/pdf", disposition: Some(format!("inline; filename=\"calendar-{office}-{}.pdf\"", a.first.strftime("%Y-%m"))) };
    let (app_ref, office_ref) = (&app, office.as_str());
    cached(&app, &office, &q, &headers, "pdf", kind, move |m| render_pdf(app_ref, office_ref, m)).await
}

async fn render_pdf(app: &AppState, office: &str, m: Month) -> ApiResult<Vec<u8>> {
    let lang = m.lang.clone();
    let plain = |key: &str, args: &[(&str, &str)]| crate::localize::plain(&t(app, &lang, key, args));
    let o = app.engine.config.office(office).ok_or_else(|| ApiError::unknown_office(office))?;
    let lead = usize::from(m.first.weekday().to_monday_zero_offset().unsigned_abs());
    let mut cells: Vec<Option<print::calendar::DayCell>> = vec![None; 42];
    for (i, d) in m.days.iter().enumerate() {
        if let Some(slot) = cells.get_mut(lead + i) {
            *slot = Some(print::calendar::DayCell {
                day: u8::try_from(i + 1).unwrap_or(0),
                level: d.open.then_some(d.level),
                word: if d.open { plain(&format!("calendar-level-{}", d.level), &[]) } else { plain("calendar-closed", &[]) },
                hours: if d.open { d.best_hours.join(" ") } else { String::new() },
                holiday: d.holiday.clone(),
            });
        }
    }
    let weekdays: Vec<String> = plain("calendar-weekdays", &[]).split(',').map(|s| s.trim().to_owned()).collect();
    let sheet = print::calendar::MonthSheet {
        title: format!("{} {}", plain("calendar-title", &[("office", &crate::localize::office(&app.catalogs, &lang, o))]), month_label(m.first, &lang)),
        subtitle: plain("calendar-intro", &[]),
        weekdays: std::array::from_fn(|i| weekdays.get(i).cloned().unwrap_or_default()),
        cells,
        legend: (1..=5).map(|l| (l, plain(&format!("calendar-level-{l}"), &[]))).collect(),
        note: plain("calendar-note", &[]),
    };
    let font = app.font.get().await;
    tokio::task::spawn_blocking(move || print::calendar::render(&sheet, font.as_deref())).await.map_err(ApiError::internal)?.map_err(ApiError::internal)
}

/// The month as CSV, UTF-8 with a BOM so that Excel opens it in Japanese.
pub async fn csv(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<CalendarQuery>, headers: HeaderMap) -> ApiResult<Response> {
    let a = asked(&app, &office, &q)?;
    let kind = AnswerKind { content_type: "text/csv; charset=utf-8", disposition: Some(format!("attachment; filename=\"calendar-{office}-{}.csv\"", a.first.strftime("%Y-%m"))) };
    let app_ref = &app;
    cached(&app, &office, &q, &headers, "csv", kind, move |m| async move { render_csv(app_ref, &m).map(String::into_bytes) }).await
}

fn render_csv(app: &AppState, m: &Month) -> ApiResult<String> {
    let lang = m.lang.clone();
    let mut out = String::from("\u{feff}date,weekday,open,level,level_name,expected_arrivals,best_hours,holiday\r\n");
    let weekdays: Vec<String> = crate::localize::plain(&t(app, &lang, "calendar-weekdays", &[])).split(',').map(|s| s.trim().to_owned()).collect();
    for d in &m.days {
        let date: Date = d.date.parse().map_err(ApiError::internal)?;
        let wd = weekdays.get(usize::from(date.weekday().to_monday_zero_offset().unsigned_abs())).cloned().unwrap_or_default();
        let level_name = if d.open { crate::localize::plain(&t(app, &lang, &format!("calendar-level-{}", d.level), &[])) } else { crate::localize::plain(&t(app, &lang, "calendar-closed", &[])) };
        let _ = write!(
            out,
            "{},{},{},{},{},{},{},{}\r\n",
            d.date,
            csv_field(&wd),
            d.open,
            if d.open { d.level.to_string() } else { String::new() },
            csv_field(&level_name),
            d.arrivals,
            csv_field(&d.best_hours.join(" ")),
            csv_field(d.holiday.as_deref().unwrap_or("")),
        );
    }
    Ok(out)
}

fn csv_field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) { format!("\"{}\"", s.replace('"', "\"\"")) } else { s.to_owned() }
}
