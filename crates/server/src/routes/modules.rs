//! `GET /api/v1/modules`: the side modules of this server.

use crate::extract::Query;
use crate::routes::LangQuery;
use crate::state::AppState;
use axum::Json;
use axum::extract::State;
use serde::Serialize;

/// A side module.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ModuleView {
    /// Its id: its API is under `/api/v1/m/{id}/`, its pages under `/m/{id}/`.
    pub id: String,
    /// Its name in the language asked for (else Japanese).
    pub name: String,
    /// Whether this server serves it; a disabled module's routes are 404.
    pub enabled: bool,
}

/// Every side module this server was built with, and whether it is enabled.
#[utoipa::path(get, path = "/api/v1/modules", tag = "modules", params(LangQuery),
    responses((status = 200, description = "the modules, in the order pages list them", body = [ModuleView])))]
pub async fn list(State(app): State<AppState>, Query(q): Query<LangQuery>) -> Json<Vec<ModuleView>> {
    let lang = app.engine.lang(q.lang.as_deref());
    Json(
        app.modules
            .known()
            .iter()
            .map(|m| ModuleView { id: m.id.to_owned(), name: m.name(lang.as_str()).to_owned(), enabled: app.modules.is_enabled(m.id) })
            .collect(),
    )
}
