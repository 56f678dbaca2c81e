//! One module per resource. Handlers stay thin: they parse, check the
//! caller, ask the engine, and shape the answer.

pub mod accounts;
pub mod board;
pub mod calendar;
pub mod datasets;
pub mod day;
pub mod forecast;
pub mod health;
pub mod i18n;
pub mod life_events;
pub mod me;
pub mod media;
pub mod moderation;
pub mod modules;
pub mod offices;
pub mod printing;
pub mod public;
pub mod reference;
pub mod session;
pub mod session_info;
pub mod status;
pub mod tickets;
pub mod webhooks;

use serde::Deserialize;
use utoipa::IntoParams;

/// `?lang=` on public reads.
#[derive(Debug, Deserialize, IntoParams)]
pub struct LangQuery {
    /// A BCP 47 tag among the configured languages; unknown tags fall back to `ja`.
    pub lang: Option<String>,
}
