//! What a resident's phone may read with the ticket's token.

use crate::error::{ApiError, ApiResult};
use crate::state::AppState;
use crate::views::PublicTicketView;
use axum::Json;
use crate::extract::Path;
use axum::extract::State;

/// A ticket by its token: number, status, position, estimate, counter.
/// Never shows other tickets; after the ticket's day closes only the
/// number and day remain.
#[utoipa::path(get, path = "/api/v1/public/tickets/{token}", tag = "public", params(("token" = String, Path)),
    responses((status = 200, body = PublicTicketView), (status = 404, body = crate::error::ErrorBody)))]
pub async fn ticket(State(app): State<AppState>, Path(token): Path<String>) -> ApiResult<Json<PublicTicketView>> {
    find(&app, token).await.map(Json)
}

pub async fn find(app: &AppState, token: String) -> ApiResult<PublicTicketView> {
    if token.len() < 16 || token.len() > 128 {
        return Err(ApiError::ticket_not_found());
    }
    let today = app.engine.today();
    let near = app.engine.config.phone.near_position;
    let live = {
        let ward = app.engine.ward();
        ward.find_token(&token, today).map(|(state, t)| PublicTicketView::live(state, t, near))
    };
    if let Some(v) = live {
        return Ok(v);
    }
    let t = app.engine.archived_token(token).await?.ok_or_else(ApiError::ticket_not_found)?;
    Ok(PublicTicketView::expired(&t, near))
}
