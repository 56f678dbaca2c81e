//! The ward's reference data: its citizen-centre districts and public
//! facilities.

use crate::extract::Query;
use crate::routes::LangQuery;
use crate::state::AppState;
use axum::extract::State;
use axum::http::header;
use axum::response::{IntoResponse, Response};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, Serialize, ToSchema)]
pub struct DistrictView {
    pub id: String,
    /// In the language asked for (English for languages other than Japanese; kana for easy Japanese).
    pub name: String,
    pub ja: String,
    pub kana: String,
    pub en: String,
}

/// The ward's 34 citizen-centre districts, in the plan's order.
#[utoipa::path(get, path = "/api/v1/districts", tag = "reference", params(LangQuery),
    responses((status = 200, body = [DistrictView])))]
pub async fn districts(State(app): State<AppState>, Query(q): Query<LangQuery>) -> axum::Json<Vec<DistrictView>> {
    let lang = app.engine.lang(q.lang.as_deref());
    axum::Json(
        app.reference
            .districts
            .iter()
            .map(|d| DistrictView { id: d.id.clone(), name: d.name(lang.as_str()).to_owned(), ja: d.ja.clone(), kana: d.kana.clone(), en: d.en.clone() })
            .collect(),
    )
}

/// The districts as CSV (UTF-8 with a BOM, for Excel).
#[utoipa::path(get, path = "/api/v1/districts.csv", tag = "reference",
    responses((status = 200, description = "全国地方公共団体コード, ID, 名称, 名称_カナ, 名称_英語", content_type = "text/csv")))]
pub async fn districts_csv(State(app): State<AppState>) -> Response {
    match app.reference.districts_csv() {
        Ok(bytes) => ([(header::CONTENT_TYPE, "text/csv; charset=utf-8"), (header::CONTENT_DISPOSITION, "attachment; filename=\"districts.csv\"")], bytes).into_response(),
        Err(e) => crate::error::ApiError::internal(e).into_response(),
    }
}

/// The ward's public facilities (the ward office, its branches, the
/// building they are in), with the fields of the 「公共施設一覧」 standard.
/// `verify` names the fields whose values are placeholders until the ward
/// confirms them.
#[utoipa::path(get, path = "/api/v1/facilities", tag = "reference", params(LangQuery),
    responses((status = 200, body = [platform::reference::Facility])))]
pub async fn facilities(State(app): State<AppState>, Query(q): Query<LangQuery>) -> axum::Json<Vec<platform::reference::Facility>> {
    let lang = app.engine.lang(q.lang.as_deref());
    axum::Json(
        app.reference
            .facilities
            .iter()
            .map(|f| platform::reference::Facility { name: Some(f.name(lang.as_str()).to_owned()), ..f.clone() })
            .collect(),
    )
}

/// The facilities as 「公共施設一覧」 CSV (自治体標準オープンデータセット;
/// UTF-8 with a BOM, for Excel), placeholders said in 備考.
#[utoipa::path(get, path = "/api/v1/facilities.csv", tag = "reference",
    responses((status = 200, description = "全国地方公共団体コード, ID, 地方公共団体名, 名称, 名称_カナ, 名称_英字, POIコード, 住所, 方書, 緯度, 経度, 電話番号, 内線番号, 法人番号, 団体名, 利用可能曜日, 開始時間, 終了時間, 利用可能日時特記事項, 説明, バリアフリー情報, URL, 備考", content_type = "text/csv")))]
pub async fn facilities_csv(State(app): State<AppState>) -> Response {
    match app.reference.facilities_csv() {
        Ok(bytes) => ([(header::CONTENT_TYPE, "text/csv; charset=utf-8"), (header::CONTENT_DISPOSITION, "attachment; filename=\"facilities.csv\"")], bytes).into_response(),
        Err(e) => crate::error::ApiError::internal(e).into_response(),
    }
}
