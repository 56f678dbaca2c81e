//! Issuing tickets and moving them through their lifecycle.

use crate::auth::{Principal, Role};
use crate::engine::CommandError;
use crate::error::{ApiError, ApiResult};
use crate::extract::{Json, OptionalJson};
use crate::state::AppState;
use crate::views::{Audience, TicketView};
use crate::extract::Path;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use queue_core::office::{Change, DomainError, IssueTarget, OfficeState};
use queue_core::TicketId;
use serde::Deserialize;
use utoipa::ToSchema;

/// What to issue a ticket for: exactly one of `service`, `queue` or `life_event`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct IssueRequest {
    pub service: Option<String>,
    pub queue: Option<String>,
    pub life_event: Option<String>,
    /// Answers to the life event's yes/no questions; a step whose question is
    /// answered `false` is left out, unanswered ones stay in.
    pub answers: Option<std::collections::HashMap<String, bool>>,
    /// The resident's language; unknown tags fall back to `ja`.
    pub lang: Option<String>,
    /// Staff and admins: issue although the queue's reception is closed
    /// (someone who arrived in time, an appointment). Kiosks may not.
    #[serde(rename = "override")]
    pub override_reception: Option<bool>,
    /// Staff at reception: called ahead of the line with the office's
    /// fairness (elderly, disabled, pregnant, a child in arms). There is no
    /// public priority button: kiosks may not (403).
    pub priority: Option<bool>,
}

/// Where to hand a ticket on to: exactly one of `queue` or `service`.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct TransferRequest {
    pub queue: Option<String>,
    pub service: Option<String>,
}

/// Issues a ticket. The 201 is sent only once the ticket is on disk.
#[utoipa::path(post, path = "/api/v1/offices/{office}/tickets", tag = "tickets",
    params(("office" = String, Path)), request_body = IssueRequest, security(("bearer" = [])),
    responses((status = 201, body = TicketView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 422, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody)))]
pub async fn issue(State(app): State<AppState>, principal: Principal, Path(office): Path<String>, Json(req): Json<IssueRequest>) -> ApiResult<Response> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Kiosk, Role::Staff], Some(&office))?;
    // A kiosk is a person at a touch screen: a script with a kiosk's token
    // must not flood the lines (or the writer).
    if principal.role == Role::Kiosk && !app.limiter.kiosk_may_issue(principal.token_id) {
        crate::limits::rate_limited();
        return Err(ApiError::new(StatusCode::TOO_MANY_REQUESTS, "rate_limited", "this kiosk is issuing faster than people can; wait a moment"));
    }
    let target = match (req.service, req.queue, req.life_event.clone()) {
        (Some(s), None, None) => IssueTarget::Service(s),
        (None, Some(q), None) => IssueTarget::Queue(q),
        (None, None, Some(e)) => {
            let unknown = || ApiError::new(StatusCode::UNPROCESSABLE_ENTITY, "unknown_life_event", format!("office {office} has no life event {e:?}"));
            let event = engine.config.life_event(&e).ok_or_else(unknown)?;
            let o = engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
            let answers = req.answers.unwrap_or_default();
            if let Some(q) = answers.keys().find(|q| !event.question_ids().contains(&q.as_str())) {
                return Err(ApiError::bad_request(format!("life event {e} asks no question {q:?}")));
            }
            IssueTarget::Journey(queue_core::journey::resolve(event, o, &answers).map_err(|_| unknown())?)
        }
        _ => return Err(ApiError::bad_request("give exactly one of \"service\", \"queue\" or \"life_event\"")),
    };
    let lang = engine.lang(req.lang.as_deref());
    let id = TicketId::parse(&crate::auth::new_ticket_id()).map_err(ApiError::internal)?;
    let token = crate::auth::new_ticket_token();
    let overriding = req.override_reception == Some(true);
    if overriding && principal.role == Role::Kiosk {
        return Err(ApiError::forbidden("a kiosk may not issue outside reception hours; staff may"));
    }
    let priority = req.priority == Some(true);
    if priority && principal.role == Role::Kiosk {
        return Err(ApiError::forbidden("priority tickets are issued by staff, not at a kiosk"));
    }
    let (config, calendar) = (engine.config.clone(), engine.calendar.clone());
    let outcome = engine
        .command(&office, Some(principal.actor()), move |state, now| {
            // Checked on the writer, against the state it issues into: a
            // queue closed a moment ago takes no more tickets.
            if !overriding {
                queue_core::reception::check(&config, &calendar, state, &target, now)?;
            }
            state.issue_with(target, lang, id, token, priority, now).map(Some)
        })
        .await?;
    let ticket = outcome.ok_or_else(|| ApiError::internal("issue returned no ticket"))?;
    app.kiosk_prints.record(&principal, &ticket.id, engine.clock.now());
    tracing::info!(office = %office, queue = %ticket.queue, ticket = %ticket.number, "issued");
    Ok((StatusCode::CREATED, axum::Json(ticket)).into_response())
}

/// A ticket as staff see it, token included.
#[utoipa::path(get, path = "/api/v1/tickets/{id}", tag = "tickets", params(("id" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn get(State(app): State<AppState>, principal: Principal, Path(id): Path<String>) -> ApiResult<axum::Json<TicketView>> {
    let engine = &app.engine;
    principal.require(&[Role::Staff], None)?;
    let today = engine.today();
    let live = {
        let ward = engine.ward();
        ward.find_ticket(&id, today).map(|(state, t)| (t.office.to_string(), TicketView::live(state, t, Audience::Holder, &engine.base_url)))
    };
    if let Some((office, view)) = live {
        principal.require(&[Role::Staff], Some(&office))?;
        return Ok(axum::Json(view));
    }
    let t = engine.archived_ticket(id).await?.ok_or_else(ApiError::ticket_not_found)?;
    principal.require(&[Role::Staff], Some(t.office.as_str()))?;
    Ok(axum::Json(TicketView::archived(&t, Audience::Holder, &engine.base_url)))
}

/// A number to call out of turn.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct CallNumberRequest {
    /// `B-012`: today's number of a resident who walked up to the counter.
    pub number: String,
}

/// Calls one waiting number to a counter out of turn (指定呼出): a resident
/// who walked up, or whose turn came while they stepped away. 404
/// `unknown_number`, 409 when it is not waiting.
#[utoipa::path(post, path = "/api/v1/offices/{office}/counters/{counter}/call-number", tag = "tickets",
    params(("office" = String, Path), ("counter" = String, Path)), request_body = CallNumberRequest, security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody)))]
pub async fn call_number(
    State(app): State<AppState>,
    principal: Principal,
    Path((office, counter)): Path<(String, String)>,
    Json(req): Json<CallNumberRequest>,
) -> ApiResult<axum::Json<TicketView>> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Staff], Some(&office))?;
    let unknown = || ApiError::new(StatusCode::NOT_FOUND, "unknown_number", format!("no number {} today at this office", req.number));
    let id = {
        let ward = engine.ward();
        ward.office(&office).and_then(|st| st.ticket_by_number(req.number.trim())).map(|t| t.id.to_string())
    }
    .ok_or_else(unknown)?;
    let c = counter.clone();
    let outcome = engine
        .command(&office, Some(principal.actor()), move |state, now| {
            let cid = state.config().counter(&c).map(|x| x.id.clone()).ok_or_else(|| DomainError::UnknownCounter { office: state.id().clone(), counter: c.clone() })?;
            let open = state.counter_status(&cid).state;
            if open != queue_core::office::CounterState::Open {
                return Err(DomainError::CounterNotOpen { counter: c.clone(), state: open.as_str() });
            }
            state.call_ticket(&c, &id, now).map(Some)
        })
        .await?;
    let ticket = outcome.ok_or_else(|| ApiError::internal("the call returned no ticket"))?;
    tracing::info!(office = %office, counter = %counter, ticket = %ticket.number, "called out of turn");
    Ok(axum::Json(ticket))
}

/// Today's residents marked no-show at an office, newest first (staff):
/// the desk's list for 呼び戻し.
#[utoipa::path(get, path = "/api/v1/offices/{office}/no-shows", tag = "tickets", params(("office" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = [TicketView]), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody)))]
pub async fn no_shows(State(app): State<AppState>, principal: Principal, Path(office): Path<String>) -> ApiResult<axum::Json<Vec<TicketView>>> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Staff], Some(&office))?;
    let today = engine.today();
    let ward = engine.ward();
    let mut list: Vec<TicketView> = ward
        .office(&office)
        .filter(|st| st.day() == today)
        .map(|st| st.tickets().iter().filter(|t| t.status == queue_core::Status::NoShow).map(|t| TicketView::live(st, t, Audience::Public, "")).collect())
        .unwrap_or_default();
    list.reverse();
    Ok(axum::Json(list))
}

/// Calls the next ticket for a counter: 200 with it, or 204 when nobody waits.
#[utoipa::path(post, path = "/api/v1/offices/{office}/counters/{counter}/call-next", tag = "tickets",
    params(("office" = String, Path), ("counter" = String, Path)), security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 204, description = "nobody waits for this counter"),
        (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody)))]
pub async fn call_next(State(app): State<AppState>, principal: Principal, Path((office, counter)): Path<(String, String)>) -> ApiResult<Response> {
    let engine = &app.engine;
    engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Staff], Some(&office))?;
    let c = counter.clone();
    let outcome = engine.command(&office, Some(principal.actor()), move |state, now| state.call_next(&c, now)).await?;
    Ok(match outcome {
        Some(ticket) => {
            tracing::info!(office = %office, counter = %counter, ticket = %ticket.number, "called");
            axum::Json(ticket).into_response()
        }
        None => StatusCode::NO_CONTENT.into_response(),
    })
}

/// Runs a lifecycle action on a ticket of today.
async fn act(
    app: &AppState,
    principal: &Principal,
    id: String,
    action: &'static str,
    apply: impl FnOnce(&mut OfficeState, &str, jiff::Timestamp) -> Result<Change, DomainError> + Send + 'static,
) -> ApiResult<axum::Json<TicketView>> {
    let engine = &app.engine;
    principal.require(&[Role::Staff], None)?;
    let today = engine.today();
    let office = engine.ward().find_ticket(&id, today).map(|(_, t)| t.office.to_string());
    let Some(office) = office else {
        return Err(not_live(engine, id).await);
    };
    principal.require(&[Role::Staff], Some(&office))?;
    let ticket_id = id.clone();
    let outcome = match engine.command(&office, Some(principal.actor()), move |state, now| apply(state, &ticket_id, now).map(Some)).await {
        // The day turned between the look-up and the write.
        Err(CommandError::Domain(DomainError::TicketNotFound(_))) => return Err(not_live(engine, id).await),
        other => other?,
    };
    let ticket = outcome.ok_or_else(|| ApiError::internal("the action returned no ticket"))?;
    tracing::info!(office = %office, ticket = %ticket.number, action, "ticket moved");
    Ok(axum::Json(ticket))
}

/// Why a ticket that is not in today's live state cannot be acted on.
async fn not_live(engine: &crate::engine::Engine, id: String) -> ApiError {
    match engine.archived_ticket(id).await {
        Ok(Some(_)) => ApiError::new(StatusCode::CONFLICT, "day_closed", "the ticket belongs to a day that is over"),
        Ok(None) => ApiError::ticket_not_found(),
        Err(e) => e.into(),
    }
}

macro_rules! action_route {
    ($fn_name:ident, $path:literal, $action:literal, $method:ident, $doc:literal) => {
        #[doc = $doc]
        #[utoipa::path(post, path = $path, tag = "tickets", params(("id" = String, Path)), security(("bearer" = [])),
            responses((status = 200, body = TicketView), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
                (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody), (status = 503, body = crate::error::ErrorBody)))]
        pub async fn $fn_name(State(app): State<AppState>, principal: Principal, Path(id): Path<String>) -> ApiResult<axum::Json<TicketView>> {
            act(&app, &principal, id, $action, |state, id, now| state.$method(id, now)).await
        }
    };
}

action_route!(recall, "/api/v1/tickets/{id}/recall", "recall", recall, "Calls a called ticket again.");
action_route!(start, "/api/v1/tickets/{id}/start", "start", start, "The resident has arrived at the counter: serving.");
action_route!(finish, "/api/v1/tickets/{id}/finish", "finish", finish, "Done, or on to the next step of its journey.");
action_route!(no_show, "/api/v1/tickets/{id}/no-show", "no-show", no_show, "The called resident did not come.");
action_route!(cancel, "/api/v1/tickets/{id}/cancel", "cancel", cancel, "Withdraws a ticket.");
action_route!(
    bring_back,
    "/api/v1/tickets/{id}/return",
    "return",
    bring_back,
    "A resident marked no-show came back (呼び戻し), or a no-show is undone: waiting again, first in line."
);
action_route!(
    prepare,
    "/api/v1/tickets/{id}/prepare",
    "prepare",
    prepare,
    "The counter is done; the resident waits for a document (交付待ち) and the counter may call the next."
);

/// Where a document waits to be collected.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct ReadyRequest {
    /// The counter that hands it over.
    pub counter: String,
}

/// The document is ready at a counter: boards list the number under
/// お受け取りできます and the resident's phone says where to collect it.
/// Handing it over is `finish`.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/ready", tag = "tickets", params(("id" = String, Path)), request_body = ReadyRequest, security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 401, body = crate::error::ErrorBody), (status = 403, body = crate::error::ErrorBody),
        (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody)))]
pub async fn ready(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Json(req): Json<ReadyRequest>) -> ApiResult<axum::Json<TicketView>> {
    act(&app, &principal, id, "ready", move |state, id, now| state.make_ready(id, &req.counter, now)).await
}

/// Which journey step to skip; without a body, the current one.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct SkipRequest {
    /// The step's index in the ticket's `journey`. The current step sends the
    /// ticket on to the next (or makes it `done`); a pending one is only
    /// marked `skipped`, and the ticket stays where it is.
    pub step: Option<usize>,
    /// The step's `queue` as the caller saw it: if the step at `step` is for
    /// another queue now (another desk added a step before it), nothing is
    /// skipped and the answer is 409 `step_changed`.
    pub queue: Option<String>,
    /// The step's `service` as the caller saw it, checked the same way.
    pub service: Option<String>,
}

/// Skips a journey step: by default the current one (on to the next, or done
/// after the last); with `step`, a later one the resident does not need.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/journey/skip", tag = "tickets", params(("id" = String, Path)),
    request_body(content = Option<SkipRequest>, description = "optional: without a body the current step is skipped"),
    security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
        (status = 409, description = "`illegal_transition`, `not_on_journey`, `step_not_pending` (that step is done or skipped already) or `step_changed` (the step at that index is not the `queue`/`service` given)", body = crate::error::ErrorBody),
        (status = 422, description = "`unknown_step`: the journey has no such step", body = crate::error::ErrorBody),
        (status = 503, body = crate::error::ErrorBody)))]
pub async fn skip_step(
    State(app): State<AppState>,
    principal: Principal,
    Path(id): Path<String>,
    OptionalJson(req): OptionalJson<SkipRequest>,
) -> ApiResult<axum::Json<TicketView>> {
    match req {
        Some(SkipRequest { step: Some(step), queue, service }) => {
            act(&app, &principal, id, "skip-step", move |state, id, now| {
                let seen = queue_core::SeenStep { queue: queue.as_deref(), service: service.as_deref() };
                state.skip_step_at(id, step, seen, now)
            })
            .await
        }
        _ => act(&app, &principal, id, "skip-step", |state, id, now| state.skip_step(id, now)).await,
    }
}

/// The service of a step to add to a ticket's journey.
#[derive(Debug, Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct AddStepRequest {
    pub service: String,
}

/// Adds a step right after the current one: the resident goes on to that
/// service's counter with the same ticket. A journey has at most
/// [`queue_core::journey::MAX_STEPS`] steps.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/journey/steps", tag = "tickets", params(("id" = String, Path)), request_body = AddStepRequest,
    security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody),
        (status = 409, description = "`illegal_transition` (the ticket is done) or `journey_too_long` (it has 12 steps already)", body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody)))]
pub async fn add_step(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Json(req): Json<AddStepRequest>) -> ApiResult<axum::Json<TicketView>> {
    act(&app, &principal, id, "add-step", move |state, id, now| state.add_step(id, &req.service, now)).await
}

/// Hands a ticket on to another queue: waiting again under the same number.
#[utoipa::path(post, path = "/api/v1/tickets/{id}/transfer", tag = "tickets", params(("id" = String, Path)), request_body = TransferRequest,
    security(("bearer" = [])),
    responses((status = 200, body = TicketView), (status = 400, body = crate::error::ErrorBody), (status = 401, body = crate::error::ErrorBody),
        (status = 403, body = crate::error::ErrorBody), (status = 404, body = crate::error::ErrorBody), (status = 409, body = crate::error::ErrorBody),
        (status = 422, body = crate::error::ErrorBody)))]
pub async fn transfer(State(app): State<AppState>, principal: Principal, Path(id): Path<String>, Json(req): Json<TransferRequest>) -> ApiResult<axum::Json<TicketView>> {
    let target = match (req.queue, req.service) {
        (Some(q), None) => IssueTarget::Queue(q),
        (None, Some(s)) => IssueTarget::Service(s),
        _ => return Err(ApiError::bad_request("give exactly one of \"queue\" or \"service\"")),
    };
    act(&app, &principal, id, "transfer", move |state, id, now| state.transfer(id, target, now)).await
}

