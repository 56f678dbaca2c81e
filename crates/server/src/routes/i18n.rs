//! Page strings for the kiosk, desk, display and phone pages.

use crate::error::ApiResult;
use crate::state::AppState;
use axum::Json;
use crate::extract::Path;
use axum::extract::State;
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Serialize, ToSchema)]
pub struct LanguageView {
    /// BCP 47 tag
    pub tag: String,
    /// The language's name in its own script.
    pub name: String,
}

#[derive(Serialize, ToSchema)]
pub struct Languages {
    pub languages: Vec<LanguageView>,
}

/// The configured languages, each named in its own script.
#[utoipa::path(get, path = "/api/v1/i18n", tag = "i18n", responses((status = 200, body = Languages)))]
pub async fn languages(State(app): State<AppState>) -> Json<Languages> {
    let languages = app
        .engine
        .config
        .ward
        .languages
        .iter()
        .map(|l| LanguageView {
            tag: l.to_string(),
            name: app.catalogs.get(l.as_str()).and_then(|c| c.messages.get("language-name")).cloned().unwrap_or_else(|| l.to_string()),
        })
        .collect();
    Json(Languages { languages })
}

#[derive(Serialize, ToSchema)]
pub struct CatalogView {
    /// The language the strings are in (after fallback).
    pub lang: String,
    /// key → text, with variables written `{$name}`.
    pub messages: std::collections::BTreeMap<String, String>,
}

/// Every page string in one language; unknown languages fall back to `ja`.
#[utoipa::path(get, path = "/api/v1/i18n/{lang}", tag = "i18n", params(("lang" = String, Path)), responses((status = 200, body = CatalogView)))]
pub async fn catalog(State(app): State<AppState>, Path(lang): Path<String>) -> ApiResult<Json<CatalogView>> {
    let lang = app.engine.lang(Some(&lang));
    let c = app.catalogs.get(lang.as_str()).or_else(|| app.catalogs.get("ja"));
    Ok(Json(CatalogView {
        lang: c.map(|c| c.lang.clone()).unwrap_or_else(|| lang.to_string()),
        messages: c
            .map(|c| c.messages.iter().filter(|(k, _)| crate::i18n::is_page_string(k)).map(|(k, v)| (k.clone(), v.clone())).collect())
            .unwrap_or_default(),
    }))
}
