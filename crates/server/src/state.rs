//! What every handler can reach.

use crate::auth::TokenCache;
use crate::engine::Engine;
use std::sync::Arc;
use tokio::sync::watch;

#[derive(Clone, Debug)]
pub struct AppState {
    pub engine: Engine,
    pub tokens: Arc<TokenCache>,
    /// Turns true when the server is stopping: long-lived websocket sessions
    /// close so that the graceful shutdown can finish.
    pub stopping: watch::Receiver<bool>,
    /// Page strings of every language.
    pub catalogs: Arc<crate::i18n::Catalogs>,
    pub data_dir: Arc<std::path::Path>,
    pub logins: Arc<crate::routes::session::LoginThrottle>,
    /// The Japanese font for paper tickets; `None` prints ASCII only.
    pub font: Option<Arc<print::CjkFont>>,
    pub metrics: Arc<crate::metrics::Metrics>,
    pub limiter: Arc<crate::limits::RateLimiter>,
    pub forecasts: Arc<crate::forecasting::Forecasts>,
}
