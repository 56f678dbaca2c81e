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
        crate::routes::session_info::whoami,
        crate::routes::session_info::history,
    ),
    modifiers(&BearerAuth),
    tags(
        (name = "offices", description = "Offices, queues, services and counters"),
        (name = "tickets", description = "Issuing and handling tickets"),
        (name = "public", description = "What a ticket's holder may read"),
        (name = "health", description = "Liveness"),
        (name = "i18n", description = "Page strings in every language"),
        (name = "display", description = "Media for the waiting-room screens"),
        (name = "session", description = "Staff sign-in"),
        (name = "forecast", description = "Seasonal load forecast and counter advice"),
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

pub async fn document() -> axum::Json<utoipa::openapi::OpenApi> {
    axum::Json(ApiDoc::openapi())
}
