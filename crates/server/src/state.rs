//! What every handler can reach.

use crate::auth::TokenCache;
use crate::engine::Engine;
use std::sync::Arc;
use tokio::sync::watch;

#[derive(Clone, Debug)]
pub struct AppState {
    pub engine: Engine,
    /// What the modules share with the queue's routes (storage, clock,
    /// tokens); `tokens` below is the same cache.
    pub platform: platform::Platform,
    /// The side modules of this build and which are enabled.
    pub modules: Arc<platform::Modules>,
    /// The ward's reference data (districts).
    pub reference: Arc<platform::reference::Reference>,
    pub tokens: Arc<TokenCache>,
    /// Turns true when the server is stopping: long-lived websocket sessions
    /// close so that the graceful shutdown can finish.
    pub stopping: watch::Receiver<bool>,
    /// Page strings of every language.
    pub catalogs: Arc<crate::i18n::Catalogs>,
    pub data_dir: Arc<std::path::Path>,
    pub logins: Arc<crate::routes::session::LoginThrottle>,
    /// The Japanese font for paper tickets, loading in the background.
    pub font: PaperFont,
    pub metrics: Arc<crate::metrics::Metrics>,
    pub limiter: Arc<crate::limits::RateLimiter>,
    pub forecasts: Arc<crate::forecasting::Forecasts>,
    /// Whose forwarding headers are believed (see [`crate::limits`]).
    pub trusted_proxies: Arc<crate::limits::TrustedProxies>,
    /// Shared snapshots, phone views and socket counts of the websockets.
    pub feeds: Arc<crate::ws::Feeds>,
    /// Bounds the password checks running at once (each takes ~19 MiB and
    /// a core for a while); see `routes::session`.
    pub password_checks: Arc<tokio::sync::Semaphore>,
    /// `https://` public URL: answers carry HSTS.
    pub https: bool,
    /// Spoken announcements: their engines and bounded cache.
    pub speech: Arc<crate::speech::Speech>,
    /// Which kiosk issued which recent ticket, so that it prints only its own.
    pub kiosk_prints: Arc<crate::routes::printing::KioskPrints>,
    /// The public congestion status, rebuilt as offices change.
    pub status: crate::status::StatusWatch,
    /// The webhooks and their delivery queue.
    pub webhooks: Arc<crate::webhooks::Dispatcher>,
}

/// The CJK font for paper tickets. Loading it takes a few hundred
/// milliseconds (Noto Sans CJK is rewritten for embedding), so the server
/// answers at once and loads it in the background; a ticket printed before
/// it is ready waits for it.
#[derive(Clone, Debug)]
pub struct PaperFont {
    configured: Option<std::path::PathBuf>,
    loaded: Arc<tokio::sync::OnceCell<Option<Arc<print::CjkFont>>>>,
}

impl PaperFont {
    /// Starts loading the configured font, or the first found on the system.
    pub fn load_in_background(configured: Option<std::path::PathBuf>) -> PaperFont {
        let font = PaperFont { configured, loaded: Arc::default() };
        let loading = font.clone();
        tokio::spawn(async move { loading.get().await });
        font
    }

    /// The font, once loaded; `None` when there is none, and tickets print
    /// only their ASCII lines (said once in the log).
    pub async fn get(&self) -> Option<Arc<print::CjkFont>> {
        self.loaded
            .get_or_init(|| async {
                let configured = self.configured.clone();
                match tokio::task::spawn_blocking(move || print::CjkFont::discover(configured.as_deref())).await {
                    Ok(Ok(f)) => {
                        tracing::info!(font = %f.path.display(), "paper tickets use this font");
                        Some(Arc::new(f))
                    }
                    Ok(Err(e)) => {
                        tracing::warn!("{e}; paper tickets will carry only their ASCII lines (number, English, QR code)");
                        None
                    }
                    Err(e) => {
                        tracing::error!(error = %e, "loading the paper ticket font failed; paper tickets will carry only their ASCII lines");
                        None
                    }
                }
            })
            .await
            .clone()
    }
}

impl axum::extract::FromRef<AppState> for platform::Platform {
    fn from_ref(state: &AppState) -> Self {
        state.platform.clone()
    }
}
