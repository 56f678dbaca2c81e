//! Offices, their queues, services and counters.

use super::LangQuery;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::state::AppState;
use crate::localize::{ServiceGuidance, guidance, name};
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
                name: crate::localize::office(&app.catalogs, &lang, o),
                kind: match o.kind {
                    queue_core::config::OfficeKind::Main => "main".into(),
                    queue_core::config::OfficeKind::Branch => "branch".into(),
                },
                location: o.location.get(&lang).to_owned(),
                lang: lang.to_string(),
                queues: queues_live(&engine.config, &engine.calendar, state, &lang, engine.clock.now(), |section| {
                    let configured = engine.config.section(section)?;
                    Some(crate::localize::name(&app.catalogs, &lang, &format!("sec-{section}"), &configured.name))
                }),
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
    /// The category's icon name.
    pub icon: String,
    /// The language of the names.
    pub lang: String,
    /// What to bring, who can apply, fees, where to go: in `guidance.lang`.
    pub guidance: ServiceGuidance,
    /// Whether a ticket for it can be taken now, and until or from when.
    pub reception: crate::views::ReceptionView,
}

/// The services an office offers, in the requested language.
#[utoipa::path(get, path = "/api/v1/offices/{office}/services", tag = "offices", params(("office" = String, Path), LangQuery),
    responses((status = 200, body = Vec<ServiceView>), (status = 404, body = crate::error::ErrorBody)))]
pub async fn services(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<LangQuery>) -> ApiResult<Json<Vec<ServiceView>>> {
    let config = &app.engine.config;
    let lang = app.engine.lang(q.lang.as_deref());
    let o = config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let now = app.engine.clock.now();
    let receptions: std::collections::HashMap<String, crate::views::ReceptionView> = {
        let ward = app.engine.ward();
        let Some(state) = ward.office(&office) else { return Err(ApiError::unknown_office(&office)) };
        config
            .services
            .iter()
            .filter_map(|s| {
                let queue = o.queue_for_service(s.id.as_str())?;
                Some((s.id.to_string(), queue_core::reception::of_queue(config, &app.engine.calendar, state, queue, Some(s), now).into()))
            })
            .collect()
    };
    let services = config
        .services
        .iter()
        .filter_map(|s| {
            let queue = o.queue_for_service(s.id.as_str())?;
            let section_id = queue.section.get_ref().as_str();
            let category_id = s.category.get_ref();
            let category = config.category(category_id);
            Some(ServiceView {
                id: s.id.to_string(),
                name: name(&app.catalogs, &lang, &format!("svc-{}", s.id), &s.name),
                queue: queue.id.to_string(),
                section: section_id.to_owned(),
                section_name: config.section(section_id).map(|sec| name(&app.catalogs, &lang, &format!("sec-{section_id}"), &sec.name)).unwrap_or_default(),
                category: category_id.clone(),
                category_name: category.map(|c| name(&app.catalogs, &lang, &format!("cat-{category_id}"), &c.name)).unwrap_or_default(),
                icon: category.map(|c| c.icon.clone()).unwrap_or_default(),
                lang: lang.to_string(),
                guidance: guidance(&app.catalogs, &lang, s.id.as_str(), o, queue),
                reception: receptions.get(s.id.as_str()).cloned()?,
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
                name: crate::localize::counter(&app.catalogs, &lang, &c.name),
                queues: c.queues.iter().map(|q| q.get_ref().to_string()).collect(),
            })
            .collect(),
    ))
}
