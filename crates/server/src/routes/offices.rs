//! Offices, their queues, services and counters.

use super::LangQuery;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::AppState;
use crate::views::{QueueLive, queues_live};
use axum::Json;
use crate::extract::Path;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct OfficeView {
    pub id: String,
    pub name: String,
    /// `main` or `branch`
    pub kind: String,
    pub location: String,
    /// The language the names are in.
    pub lang: String,
    pub queues: Vec<QueueLive>,
}

/// Every office with its queues and how many wait in each.
#[utoipa::path(get, path = "/api/v1/offices", tag = "offices", params(LangQuery),
    responses((status = 200, body = Vec<OfficeView>)))]
pub async fn list(State(app): State<AppState>, Query(q): Query<LangQuery>) -> Json<Vec<OfficeView>> {
    let engine = &app.engine;
    let lang = engine.lang(q.lang.as_deref());
    let ward = engine.ward();
    let offices = engine
        .config
        .offices
        .iter()
        .filter_map(|o| {
            let state = ward.office(o.id.as_str())?;
            Some(OfficeView {
                id: o.id.to_string(),
                name: o.name.get(&lang).to_owned(),
                kind: match o.kind {
                    queue_core::config::OfficeKind::Main => "main".into(),
                    queue_core::config::OfficeKind::Branch => "branch".into(),
                },
                location: o.location.get(&lang).to_owned(),
                lang: lang.to_string(),
                queues: queues_live(&engine.config, state, &lang),
            })
        })
        .collect();
    Json(offices)
}

#[derive(Serialize, ToSchema)]
pub struct ServiceView {
    pub id: String,
    pub name: String,
    /// The queue of this office that handles it.
    pub queue: String,
    /// The section (id) that handles it at this office.
    pub section: String,
    pub section_name: String,
    pub category: String,
    pub category_name: String,
    pub lang: String,
    /// Where to go and what to expect.
    pub guidance: Guidance,
}

#[derive(Serialize, ToSchema)]
pub struct Guidance {
    pub queue_name: String,
    pub floor: String,
    /// Counters that serve the queue.
    pub counters: Vec<String>,
    /// Typical minutes at the counter.
    pub typical_minutes: f64,
}

/// The services an office offers, in the requested language.
#[utoipa::path(get, path = "/api/v1/offices/{office}/services", tag = "offices", params(("office" = String, Path), LangQuery),
    responses((status = 200, body = Vec<ServiceView>), (status = 404, body = crate::error::ErrorBody)))]
pub async fn services(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<LangQuery>) -> ApiResult<Json<Vec<ServiceView>>> {
    let config = &app.engine.config;
    let lang = app.engine.lang(q.lang.as_deref());
    let o = config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let services = config
        .services
        .iter()
        .filter_map(|s| {
            let queue = o.queue_for_service(s.id.as_str())?;
            let section = config.section(queue.section.get_ref().as_str());
            let category = config.category(s.category.get_ref());
            Some(ServiceView {
                id: s.id.to_string(),
                name: s.name.get(&lang).to_owned(),
                queue: queue.id.to_string(),
                section: queue.section.get_ref().to_string(),
                section_name: section.map(|s| s.name.get(&lang).to_owned()).unwrap_or_default(),
                category: s.category.get_ref().clone(),
                category_name: category.map(|c| c.name.get(&lang).to_owned()).unwrap_or_default(),
                lang: lang.to_string(),
                guidance: Guidance {
                    queue_name: queue.name.get(&lang).to_owned(),
                    floor: queue.floor.get(&lang).to_owned(),
                    counters: o.counters_for(&queue.id).map(|c| c.name.get(&lang).to_owned()).collect(),
                    typical_minutes: queue.service_minutes,
                },
            })
        })
        .collect();
    Ok(Json(services))
}

#[derive(Serialize, ToSchema)]
pub struct CounterView {
    pub id: String,
    pub name: String,
    pub queues: Vec<String>,
}

/// An office's counters and the queues each serves.
#[utoipa::path(get, path = "/api/v1/offices/{office}/counters", tag = "offices", params(("office" = String, Path), LangQuery),
    responses((status = 200, body = Vec<CounterView>), (status = 404, body = crate::error::ErrorBody)))]
pub async fn counters(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<LangQuery>) -> ApiResult<Json<Vec<CounterView>>> {
    let lang = app.engine.lang(q.lang.as_deref());
    let o = app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    Ok(Json(
        o.counters
            .iter()
            .map(|c| CounterView {
                id: c.id.to_string(),
                name: c.name.get(&lang).to_owned(),
                queues: c.queues.iter().map(|q| q.get_ref().to_string()).collect(),
            })
            .collect(),
    ))
}
