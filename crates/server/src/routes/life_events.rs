//! Life events: one ticket through every section a change in life needs.

use super::LangQuery;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Path, Query};
use crate::localize::name;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use serde::Serialize;
use std::collections::HashMap;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct LifeEventView {
    pub id: String,
    pub name: String,
    pub icon: String,
    pub lang: String,
    /// Yes/no questions that decide the conditional steps.
    pub questions: Vec<QuestionView>,
    /// Every step this office may send the resident through, in order.
    pub steps: Vec<LifeEventStepView>,
}

#[derive(Serialize, ToSchema)]
pub struct QuestionView {
    pub id: String,
    pub text: String,
}

#[derive(Serialize, ToSchema)]
pub struct LifeEventStepView {
    pub service: String,
    /// Further services handled at the same visit.
    pub also: Vec<String>,
    pub queue: String,
    pub section: String,
    pub service_name: String,
    pub also_names: Vec<String>,
    pub section_name: String,
    pub floor: String,
    /// The questions of this visit's services: the visit is left out only
    /// when every one of them is answered "no" (empty: it always stays).
    /// `services` says which question belongs to which service.
    pub when: Vec<String>,
    /// Every service of the life event this visit may handle, in the event's
    /// order, each with its own question. A preview that leaves out the
    /// services answered "no" and then joins neighbouring visits of the same
    /// `queue` (each service once) shows the journey the ticket will get.
    pub services: Vec<StepServiceView>,
}

/// One service of a visit and the question that decides it.
#[derive(Serialize, ToSchema)]
pub struct StepServiceView {
    pub service: String,
    /// The service's name in `lang`.
    pub name: String,
    /// The question whose "no" leaves this service out; `null` when it always stays.
    pub when: Option<String>,
}

/// The life events an office can walk a resident through.
#[utoipa::path(get, path = "/api/v1/offices/{office}/life-events", tag = "offices", params(("office" = String, Path), LangQuery),
    responses((status = 200, body = Vec<LifeEventView>), (status = 404, body = crate::error::ErrorBody)))]
pub async fn list(State(app): State<AppState>, Path(office): Path<String>, Query(q): Query<LangQuery>) -> ApiResult<Json<Vec<LifeEventView>>> {
    let config = &app.engine.config;
    let lang = app.engine.lang(q.lang.as_deref());
    let o = config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    let mut out = Vec::new();
    for e in &config.life_events {
        // Every step that could be needed: nothing answered "no".
        let Ok(steps) = queue_core::journey::resolve(e, o, &HashMap::new()) else { continue };
        let mut visits = queue_core::journey::visits(e, o).into_iter();
        let service_name = |id: &str| config.service(id).map(|sv| name(&app.catalogs, &lang, &format!("svc-{id}"), &sv.name)).unwrap_or_default();
        let step_views = steps
            .iter()
            .map(|s| {
                let service = s.service.as_ref().map(|x| x.to_string()).unwrap_or_default();
                // `visits` groups the same services as `resolve` without answers: one visit per step.
                let services = visits
                    .next()
                    .unwrap_or_default()
                    .into_iter()
                    .map(|v| StepServiceView { name: service_name(v.service.as_str()), service: v.service.to_string(), when: v.when.map(str::to_owned) })
                    .collect();
                let all: Vec<String> = std::iter::once(service.clone()).chain(s.also.iter().map(|a| a.to_string())).collect();
                let when = e
                    .steps
                    .iter()
                    .filter(|st| all.contains(st.service.get_ref()))
                    .map(|st| st.when.as_ref().map(|w| w.get_ref().clone()))
                    .collect::<Option<Vec<String>>>()
                    .unwrap_or_default();
                let queue = o.queue(s.queue.as_str());
                LifeEventStepView {
                    service_name: service_name(&service),
                    also_names: s.also.iter().map(|a| service_name(a.as_str())).collect(),
                    also: s.also.iter().map(ToString::to_string).collect(),
                    service,
                    queue: s.queue.to_string(),
                    section: s.section.to_string(),
                    section_name: config.section(s.section.as_str()).map(|sec| name(&app.catalogs, &lang, &format!("sec-{}", s.section), &sec.name)).unwrap_or_default(),
                    floor: queue.map(|q| crate::localize::floor(&app.catalogs, &lang, &q.floor)).unwrap_or_default(),
                    when,
                    services,
                }
            })
            .collect();
        out.push(LifeEventView {
            id: e.id.clone(),
            name: name(&app.catalogs, &lang, &format!("life-{}", e.id), &e.name),
            icon: e.icon.clone(),
            lang: lang.to_string(),
            // Asked in the order the configuration lists its questions (from
            // the general — children under 18 — to the particular — at
            // school), not in the order of the steps they decide.
            questions: config
                .questions
                .iter()
                .filter(|qn| e.question_ids().contains(&qn.id.as_str()))
                .map(|qn| QuestionView { id: qn.id.clone(), text: name(&app.catalogs, &lang, &format!("question-{}", qn.id), &qn.text) })
                .collect(),
            steps: step_views,
        });
    }
    Ok(Json(out))
}
