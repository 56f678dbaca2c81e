//! The modules' datasets and statistics, under one set of routes: the
//! platform decides who may take what, blanks personal columns, hides small
//! counts, and streams large tables row by row.

use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::AppState;
use axum::body::{Body, Bytes};
use axum::Json;
use axum::extract::{Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use platform::auth::{Principal, Role};
use platform::datasets::{Chunked, CsvChunks, Dataset, JsonChunks};
use serde::{Deserialize, Serialize};
use utoipa::{IntoParams, ToSchema};

/// About this much is read before it is sent.
const CHUNK: usize = 64 * 1024;
/// Chunks read ahead of a slow client at most.
const AHEAD: usize = 4;

#[derive(Debug, Serialize, ToSchema)]
pub struct DatasetView {
    pub module: String,
    pub id: String,
    pub name: String,
    pub columns: Vec<String>,
    /// Whether anybody may take it without signing in (open data).
    pub open: bool,
    /// `/api/v1/datasets/{module}/{id}.csv` and `.json`.
    pub csv: String,
    pub json: String,
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct DatasetsQuery {
    pub lang: Option<String>,
}

/// The datasets of every enabled module that the caller may take (open
/// ones for anybody).
#[utoipa::path(get, path = "/api/v1/datasets", tag = "modules", params(DatasetsQuery),
    responses((status = 200, body = [DatasetView]), (status = 401, body = crate::error::ErrorBody)))]
pub async fn list(State(app): State<AppState>, who: Option<Principal>, Query(q): Query<DatasetsQuery>) -> Json<Vec<DatasetView>> {
    let lang = app.engine.lang(q.lang.as_deref());
    let views = app
        .modules
        .enabled()
        .flat_map(|m| m.datasets.iter().map(move |d| (m.id, d)))
        .filter(|(_, d)| d.allow(who.as_ref()).is_ok())
        .map(|(module, d)| DatasetView {
            module: module.to_owned(),
            id: d.id.to_owned(),
            name: d.name(lang.as_str()).to_owned(),
            columns: d.columns.iter().map(|c| (*c).to_owned()).collect(),
            open: d.roles.is_empty(),
            csv: format!("/api/v1/datasets/{module}/{}.csv", d.id),
            json: format!("/api/v1/datasets/{module}/{}.json", d.id),
        })
        .collect();
    Json(views)
}


fn find(app: &AppState, module: &str, dataset: &str) -> ApiResult<Dataset> {
    let unknown = || ApiError::new(StatusCode::NOT_FOUND, "unknown_dataset", format!("no dataset {module}/{dataset} on this server"));
    let m = app.modules.enabled().find(|m| m.id == module).ok_or_else(unknown)?;
    m.datasets.iter().find(|d| d.id == dataset).copied().ok_or_else(unknown)
}

/// One dataset, as CSV (UTF-8 with a BOM, for Excel) or as a JSON array of
/// objects keyed by its columns; streamed. Personal columns are empty and
/// counts of people below five are `<5` unless the caller is an admin or
/// staff of the section that owns the data.
#[utoipa::path(get, path = "/api/v1/datasets/{module}/{file}", tag = "modules",
    params(("module" = String, Path), ("file" = String, Path, description = "`{dataset}.csv` or `{dataset}.json`")),
    responses((status = 200, description = "the rows: `.csv` as text/csv (UTF-8 with a BOM), `.json` as application/json", content_type = "text/csv"),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody)))]
pub async fn download(State(app): State<AppState>, who: Option<Principal>, Path((module, file)): Path<(String, String)>) -> ApiResult<Response> {
    let (id, csv) = match (file.strip_suffix(".csv"), file.strip_suffix(".json")) {
        (Some(id), _) => (id, true),
        (_, Some(id)) => (id, false),
        _ => return Err(ApiError::new(StatusCode::NOT_FOUND, "unknown_dataset", "ask for {dataset}.csv or {dataset}.json")),
    };
    let dataset = find(&app, &module, id)?;
    dataset.allow(who.as_ref())?;
    let redact = dataset.redactor(dataset.whole_for(who.as_ref()));
    let (tx, mut rx) = tokio::sync::mpsc::channel::<Result<Bytes, std::io::Error>>(AHEAD);
    let readers = app.engine.readers.clone();
    let name = format!("{module}-{id}");
    tokio::task::spawn_blocking(move || {
        let sent = |bytes: Vec<u8>| tx.blocking_send(Ok(Bytes::from(bytes))).is_ok();
        let outcome = readers.with(|conn| {
            let mut out: Box<dyn Chunked> = if csv { Box::new(CsvChunks::new(dataset.columns, CHUNK)) } else { Box::new(JsonChunks::new(dataset.columns, CHUNK)) };
            let mut open = true;
            (dataset.rows)(conn, &mut |row| {
                if let Some(chunk) = out.push(redact(row)) {
                    open = sent(chunk);
                }
                open
            })?;
            if open {
                sent(out.finish());
            }
            Ok(())
        });
        if let Err(e) = outcome {
            // The status is already sent: cut the body short, so the client
            // sees a broken download rather than a complete-looking one.
            tracing::error!(dataset = %name, error = %e, "dataset export failed midway");
            let _ = tx.blocking_send(Err(std::io::Error::other(e.to_string())));
        }
    });
    let stream = futures_util::stream::poll_fn(move |cx| rx.poll_recv(cx));
    let (kind, ext) = if csv { ("text/csv; charset=utf-8", "csv") } else { ("application/json", "json") };
    Ok((
        [(header::CONTENT_TYPE, kind.to_owned()), (header::CONTENT_DISPOSITION, format!("attachment; filename=\"{module}-{id}.{ext}\""))],
        Body::from_stream(stream),
    )
        .into_response())
}

#[derive(Debug, Deserialize, IntoParams)]
pub struct StatisticsQuery {
    /// First day, inclusive (default: 30 days ago).
    #[param(value_type = Option<String>, format = Date)]
    pub from: Option<jiff::civil::Date>,
    /// Last day, inclusive (default: today).
    #[param(value_type = Option<String>, format = Date)]
    pub to: Option<jiff::civil::Date>,
    pub lang: Option<String>,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatisticView {
    pub module: String,
    pub id: String,
    pub name: String,
    /// The count, or `<5` for fewer than five people outside the section
    /// that owns it.
    pub value: String,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct StatisticsAnswer {
    pub from: String,
    pub to: String,
    pub figures: Vec<StatisticView>,
}

/// Every enabled module's figures over a period of Tokyo days (staff,
/// moderators, admins).
#[utoipa::path(get, path = "/api/v1/statistics", tag = "modules", params(StatisticsQuery), security(("bearer" = [])),
    responses((status = 200, body = StatisticsAnswer), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody)))]
pub async fn statistics(State(app): State<AppState>, who: Principal, Query(q): Query<StatisticsQuery>) -> ApiResult<Json<StatisticsAnswer>> {
    who.require(&[Role::Staff, Role::Moderator], None)?;
    let today = app.engine.today();
    let to = q.to.unwrap_or(today);
    let from = q.from.unwrap_or_else(|| to.saturating_sub(jiff::Span::new().days(29)));
    if from > to || (to - from).get_days() > 3660 {
        return Err(ApiError::bad_request("from must be on or before to, at most ten years apart"));
    }
    let micros = |d: jiff::civil::Date| d.to_zoned(queue_core::clock::tokyo()).map(|z| z.timestamp().as_microsecond()).map_err(|e| ApiError::bad_request(e.to_string()));
    let (start, end) = (micros(from)?, micros(to.tomorrow().map_err(|e| ApiError::bad_request(e.to_string()))?)?);
    let lang = app.engine.lang(q.lang.as_deref());
    let wanted: Vec<(&'static str, platform::datasets::Statistic)> = app.modules.enabled().flat_map(|m| m.statistics.iter().map(move |s| (m.id, *s))).collect();
    let computed = {
        let wanted = wanted.clone();
        app.platform.storage.read(move |c| wanted.iter().map(|(_, s)| (s.compute)(c, start, end)).collect::<Result<Vec<u64>, _>>()).await?
    };
    let figures = wanted
        .iter()
        .zip(computed)
        .map(|((module, s), value)| StatisticView { module: (*module).to_owned(), id: s.id.to_owned(), name: s.name(lang.as_str()).to_owned(), value: s.shown(value, &who) })
        .collect();
    Ok(Json(StatisticsAnswer { from: from.to_string(), to: to.to_string(), figures }))
}
