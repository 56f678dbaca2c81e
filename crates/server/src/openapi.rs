//! `GET /api/openapi.json`: the OpenAPI document of every `/api` route.

use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

#[derive(OpenApi)]
#[openapi(
    info(title = "Madoguchi", description = "Counter queue and ticketing for Yahatanishi Ward Office. Errors are `{\"error\": {\"code\", \"message\"}}`."),
    paths(
        crate::routes::health::healthz,
        crate::routes::offices::list,
        crate::routes::offices::services,
        crate::routes::offices::counters,
        crate::routes::life_events::list,
        crate::routes::forecast::forecast,
        crate::routes::tickets::issue,
        crate::routes::tickets::get,
        crate::routes::tickets::call_next,
        crate::routes::tickets::recall,
        crate::routes::tickets::start,
        crate::routes::tickets::finish,
        crate::routes::tickets::no_show,
        crate::routes::tickets::cancel,
        crate::routes::tickets::prepare,
        crate::routes::tickets::bring_back,
        crate::routes::tickets::call_number,
        crate::routes::tickets::no_shows,
        crate::routes::tickets::ready,
        crate::routes::tickets::transfer,
        crate::routes::tickets::skip_step,
        crate::routes::tickets::add_step,
        crate::routes::public::ticket,
        crate::routes::media::qr_svg,
        crate::routes::printing::pdf,
        crate::routes::printing::escpos,
        crate::routes::printing::print,
        crate::routes::media::announcement,
        crate::routes::i18n::languages,
        crate::routes::i18n::catalog,
        crate::routes::session::login,
        crate::routes::session::logout,
        crate::routes::session_info::whoami,
        crate::routes::session_info::history,
        crate::routes::session_info::audit,
        crate::routes::modules::list,
        crate::routes::accounts::organisations,
        crate::routes::accounts::invite,
        crate::routes::accounts::show,
        crate::routes::accounts::accept,
        crate::routes::me::export,
        crate::routes::me::delete,
        crate::routes::moderation::queue,
        crate::routes::moderation::mine,
        crate::routes::moderation::decide,
        crate::routes::moderation::audit,
        crate::routes::board::notices,
        crate::routes::board::post_notice,
        crate::routes::board::delete_notice,
        crate::routes::board::alerts,
        crate::routes::board::post_alert,
        crate::routes::board::delete_alert,
        crate::routes::reference::districts,
        crate::routes::reference::districts_csv,
        crate::routes::reference::facilities,
        crate::routes::reference::facilities_csv,
        crate::routes::status::status,
        crate::routes::status::stream,
        crate::routes::status::embed,
        crate::routes::day::reception,
        crate::routes::day::counter_state,
        crate::routes::day::stats,
        crate::routes::day::operations,
        crate::routes::webhooks::create,
        crate::routes::webhooks::list,
        crate::routes::webhooks::delete,
        crate::routes::webhooks::deliveries,
        crate::routes::webhooks::retry,
        crate::routes::day::stats_csv_route,
        crate::routes::datasets::list,
        crate::routes::datasets::download,
        crate::routes::datasets::statistics,
    ),
    modifiers(&BearerAuth, &CommonErrors),
    tags(
        (name = "offices", description = "Offices, queues, services and counters"),
        (name = "tickets", description = "Issuing and handling tickets"),
        (name = "public", description = "What a ticket's holder may read"),
        (name = "health", description = "Liveness"),
        (name = "i18n", description = "Page strings in every language"),
        (name = "display", description = "Media for the waiting-room screens"),
        (name = "session", description = "Staff sign-in"),
        (name = "forecast", description = "Seasonal load forecast and counter advice"),
        (name = "operations", description = "Running the counters' day: reception hours and closing, counter states"),
        (name = "modules", description = "The side modules of the ward's plan"),
        (name = "accounts", description = "Organisations and the invitations that make their members"),
        (name = "moderation", description = "One moderation queue for every module, and the platform's audit trail"),
        (name = "reference", description = "The ward's reference data: its citizen-centre districts and public facilities"),
        (name = "boards", description = "Notices between calls and emergency alerts over everything on the waiting-room boards"),
    )
)]
pub struct ApiDoc;

struct BearerAuth;

impl Modify for BearerAuth {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme("bearer", SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()));
    }
}

/// Answers every route can give that the handlers do not list one by one:
/// body errors where there is a body, rate limits on token-less routes,
/// storage trouble on writes.
struct CommonErrors;

impl Modify for CommonErrors {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        use utoipa::openapi::{RefOr, ResponseBuilder, content::ContentBuilder, path::HttpMethod};
        let error = |description: &str| {
            RefOr::T(
                ResponseBuilder::new()
                    .description(description)
                    .content("application/json", ContentBuilder::new().schema(Some(utoipa::openapi::Ref::from_schema_name("ErrorBody"))).build())
                    .build(),
            )
        };
        for (path, item) in openapi.paths.paths.iter_mut() {
            // The same classification the limits use, so that every route
            // that can answer 429 says so.
            let public = crate::limits::publicly_limited(path);
            for method in [HttpMethod::Get, HttpMethod::Post] {
                let op = match method {
                    HttpMethod::Get => item.get.as_mut(),
                    _ => item.post.as_mut(),
                };
                let Some(op) = op else { continue };
                let r = &mut op.responses.responses;
                if op.request_body.is_some() {
                    r.entry("400".into()).or_insert_with(|| error("malformed body or parameters"));
                    r.entry("413".into()).or_insert_with(|| error("body larger than 16 KiB"));
                    r.entry("415".into()).or_insert_with(|| error("body is not application/json"));
                    r.entry("503".into()).or_insert_with(|| error("storage cannot take writes"));
                }
                if public {
                    r.entry("429".into()).or_insert_with(|| error("too many requests from this address"));
                }
                if path.ends_with("/qr.svg") {
                    r.entry("410".into()).or_insert_with(|| error("the ticket's phone link was purged"));
                }
            }
        }
    }
}

/// The queue's routes and those of every enabled module.
pub async fn document(axum::extract::State(app): axum::extract::State<crate::state::AppState>) -> axum::Json<utoipa::openapi::OpenApi> {
    let mut doc = ApiDoc::openapi();
    app.modules.merge_openapi(&mut doc);
    CommonErrors.modify(&mut doc);
    axum::Json(doc)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every route that the public limits cover documents its 429 (the
    /// forecast and life events were limited without saying so, and the
    /// API fuzzer caught the undocumented answer).
    #[test]
    fn every_publicly_limited_route_documents_429() {
        let doc = ApiDoc::openapi();
        let mut limited = 0;
        for (path, item) in &doc.paths.paths {
            if !crate::limits::publicly_limited(path) {
                continue;
            }
            for op in [item.get.as_ref(), item.post.as_ref()].into_iter().flatten() {
                limited += 1;
                assert!(op.responses.responses.contains_key("429"), "{path} is limited but does not document 429");
            }
        }
        assert!(limited >= 4, "the forecast, life events, login and the public ticket at least: {limited}");
    }
}
