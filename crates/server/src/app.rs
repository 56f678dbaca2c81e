//! The router and the server's lifecycle.

use crate::engine::Engine;
use crate::error::ApiError;
use crate::routes::{session_info, calendar, forecast, health, i18n, life_events, media, offices, printing, public, session, tickets};
use crate::state::AppState;
use crate::{assets, openapi, pages, ws};
use axum::Router;
use axum::extract::DefaultBodyLimit;
use axum::routing::{get, post};
use queue_core::{Clock, WardConfig};
use std::net::SocketAddr;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;
use tokio::sync::watch;

/// Largest request body: tickets and transfers are a few dozen bytes.
const MAX_BODY: usize = 16 * 1024;

pub fn router(state: AppState) -> Router {
    let queue = Router::new()
        .route("/", get(pages::index))
        .route("/healthz", get(health::healthz))
        .route("/metrics", get(crate::metrics::render))
        .route("/api/openapi.json", get(openapi::document))
        .route("/api/v1/offices", get(offices::list))
        .route("/api/v1/offices/{office}/services", get(offices::services))
        .route("/api/v1/offices/{office}/counters", get(offices::counters))
        .route("/api/v1/offices/{office}/life-events", get(life_events::list))
        .route("/api/v1/offices/{office}/forecast", get(forecast::forecast))
        .route("/api/v1/offices/{office}/tickets", post(tickets::issue))
        .route("/api/v1/offices/{office}/counters/{counter}/call-next", post(tickets::call_next))
        .route("/api/v1/offices/{office}/counters/{counter}/state", post(crate::routes::day::counter_state))
        .route("/api/v1/offices/{office}/queues/{queue}/reception", post(crate::routes::day::reception))
        .route("/api/v1/offices/{office}/stats", get(crate::routes::day::stats))
        .route("/api/v1/offices/{office}/operations", get(crate::routes::day::operations))
        .route("/ops/", get(assets::ops))
        .route("/ops", get(assets::redirect_slash))
        .route("/api/v1/offices/{office}/stats.csv", get(crate::routes::day::stats_csv_route))
        .route("/api/v1/tickets/{id}", get(tickets::get))
        .route("/api/v1/tickets/{id}/recall", post(tickets::recall))
        .route("/api/v1/tickets/{id}/start", post(tickets::start))
        .route("/api/v1/tickets/{id}/finish", post(tickets::finish))
        .route("/api/v1/tickets/{id}/no-show", post(tickets::no_show))
        .route("/api/v1/tickets/{id}/cancel", post(tickets::cancel))
        .route("/api/v1/tickets/{id}/prepare", post(tickets::prepare))
        .route("/api/v1/tickets/{id}/return", post(tickets::bring_back))
        .route("/api/v1/offices/{office}/counters/{counter}/call-number", post(tickets::call_number))
        .route("/api/v1/offices/{office}/no-shows", get(tickets::no_shows))
        .route("/api/v1/tickets/{id}/ready", post(tickets::ready))
        .route("/api/v1/tickets/{id}/transfer", post(tickets::transfer))
        .route("/api/v1/tickets/{id}/journey/skip", post(tickets::skip_step))
        .route("/api/v1/tickets/{id}/journey/steps", post(tickets::add_step))
        .route("/api/v1/public/tickets/{token}", get(public::ticket))
        .route("/api/v1/tickets/{id}/qr.svg", get(media::qr_svg))
        .route("/api/v1/tickets/{id}/ticket.pdf", get(printing::pdf))
        .route("/api/v1/tickets/{id}/ticket.escpos", get(printing::escpos))
        .route("/api/v1/tickets/{id}/print", post(printing::print))
        .route("/api/v1/offices/{office}/announcement.wav", get(media::announcement))
        .route("/api/v1/i18n", get(i18n::languages))
        .route("/api/v1/i18n/{lang}", get(i18n::catalog))
        .route("/api/v1/login", post(session::login))
        .route("/api/v1/logout", post(session::logout))
        .route("/api/v1/session", get(session_info::whoami))
        .route("/api/v1/offices/{office}/history", get(session_info::history))
        .route("/api/v1/offices/{office}/audit", get(session_info::audit))
        .route("/kiosk/", get(assets::kiosk))
        .route("/desk/", get(assets::desk))
        .route("/display/", get(assets::display))
        .route("/admin/", get(assets::admin))
        .route("/m/", get(assets::portal))
        .route("/m", get(assets::redirect_slash))
        .route("/m/signin/", get(assets::signin))
        .route("/m/signin", get(assets::redirect_slash))
        .route("/m/join/", get(assets::join))
        .route("/m/join", get(assets::redirect_slash))
        .route("/kiosk", get(assets::redirect_slash))
        .route("/desk", get(assets::redirect_slash))
        .route("/display", get(assets::redirect_slash))
        .route("/admin", get(assets::redirect_slash))
        .route("/t/{token}", get(assets::phone_ticket))
        .route("/calendar/{office}", get(calendar::page))
        .route("/calendar/{office}/print.pdf", get(calendar::pdf))
        .route("/calendar/{office}/forecast.csv", get(calendar::csv))
        .route("/ui/{*path}", get(assets::ui))
        .route("/board/{*path}", get(assets::board))
        .route("/ws/office/{office}", get(ws::office))
        .route("/ws/ticket/{token}", get(ws::ticket))
        .route("/api/v1/modules", get(crate::routes::modules::list))
        .route("/api/v1/organisations", get(crate::routes::accounts::organisations))
        .route("/api/v1/me", get(crate::routes::me::export).delete(crate::routes::me::delete))
        .route("/api/v1/invitations", post(crate::routes::accounts::invite))
        .route("/api/v1/invitations/{code}", get(crate::routes::accounts::show))
        .route("/api/v1/invitations/{code}/accept", post(crate::routes::accounts::accept))
        .route("/api/v1/moderation", get(crate::routes::moderation::queue))
        .route("/api/v1/moderation/mine", get(crate::routes::moderation::mine))
        .route("/api/v1/moderation/{id}/{decision}", post(crate::routes::moderation::decide))
        .route("/api/v1/audit", get(crate::routes::moderation::audit))
        .route("/api/v1/public/status", get(crate::routes::status::status))
        .route("/api/v1/public/status/stream", get(crate::routes::status::stream))
        .route("/status/embed", get(crate::routes::status::embed))
        .route("/status/", get(assets::status))
        .route("/status", get(assets::redirect_slash))
        .route("/api/v1/webhooks", get(crate::routes::webhooks::list).post(crate::routes::webhooks::create))
        .route("/api/v1/webhooks/{id}", axum::routing::delete(crate::routes::webhooks::delete))
        .route("/api/v1/webhooks/{id}/deliveries", get(crate::routes::webhooks::deliveries))
        .route("/api/v1/webhooks/deliveries/{id}/retry", post(crate::routes::webhooks::retry))
        .route("/api/v1/datasets", get(crate::routes::datasets::list))
        .route("/api/v1/datasets/{module}/{file}", get(crate::routes::datasets::download))
        .route("/api/v1/statistics", get(crate::routes::datasets::statistics))
        .route("/api/v1/districts", get(crate::routes::reference::districts))
        .route("/api/v1/districts.csv", get(crate::routes::reference::districts_csv))
        .route("/api/v1/facilities", get(crate::routes::reference::facilities))
        .route("/api/v1/facilities.csv", get(crate::routes::reference::facilities_csv))
        .route("/api/v1/notices", get(crate::routes::board::notices).post(crate::routes::board::post_notice))
        .route("/api/v1/notices/{id}", axum::routing::delete(crate::routes::board::delete_notice))
        .route("/api/v1/alerts", get(crate::routes::board::alerts).post(crate::routes::board::post_alert))
        .route("/api/v1/alerts/{id}", axum::routing::delete(crate::routes::board::delete_alert))
        .route("/m/moderation/", get(assets::moderation))
        .route("/m/moderation", get(assets::redirect_slash))
        .with_state(state.clone());
    // The enabled modules' routes, each under its own prefix, behind the same
    // limits, metrics and headers as the queue's.
    queue
        .merge(state.modules.router(&state.platform))
        .fallback(|| async { ApiError::not_found("no such route") })
        .method_not_allowed_fallback(|| async {
            ApiError::new(axum::http::StatusCode::METHOD_NOT_ALLOWED, "method_not_allowed", "this route does not take that method")
        })
        .layer(DefaultBodyLimit::max(MAX_BODY))
        .layer(axum::middleware::from_fn_with_state(state.clone(), security_headers))
        .layer(axum::middleware::from_fn_with_state(state.clone(), crate::limits::limit_public))
        .layer(axum::middleware::from_fn_with_state(state, crate::metrics::observe))
}

/// Headers every answer carries; pages also get a strict content security
/// policy (no inline script or style, no framing, same-origin only).
///
/// Answers from the API and the resident's page are live and may carry a
/// token (an issued ticket, a sign-in, a staff read): nothing keeps them
/// unless the route said otherwise (forecasts, say). Served over TLS
/// (`--public-url https://…`), browsers are told to stay on HTTPS.
async fn security_headers(
    axum::extract::State(app): axum::extract::State<AppState>,
    request: axum::extract::Request,
    next: axum::middleware::Next,
) -> axum::response::Response {
    use axum::http::{HeaderValue, header};
    let path = request.uri().path();
    let private = path.starts_with("/api/") || path.starts_with("/t/");
    let mut response = next.run(request).await;
    let h = response.headers_mut();
    if private && !h.contains_key(header::CACHE_CONTROL) {
        h.insert(header::CACHE_CONTROL, HeaderValue::from_static("no-store"));
    }
    if app.https {
        h.insert(header::STRICT_TRANSPORT_SECURITY, HeaderValue::from_static("max-age=31536000"));
    }
    h.insert(header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff"));
    h.insert(header::REFERRER_POLICY, HeaderValue::from_static("no-referrer"));
    let is_html = h.get(header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).is_some_and(|v| v.starts_with("text/html"));
    // The congestion snippet is made to be framed by the city's web site:
    // it shows public figures and has no script, form or action.
    if h.remove(FRAMEABLE).is_some() && is_html {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static("default-src 'none'; style-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors *"),
        );
        return response;
    }
    if is_html {
        h.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_static(
                "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; \
                 connect-src 'self'; font-src 'self'; frame-src 'self' blob:; object-src 'none'; base-uri 'none'; form-action 'self'; \
                 frame-ancestors 'none'",
            ),
        );
        h.insert(header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY"));
    }
    response
}

/// A response header a handler sets to say its page may be framed by other
/// sites; the security headers take it off and allow framing.
pub const FRAMEABLE: &str = "x-madoguchi-frameable";

/// How to run the server.
#[derive(Debug, Clone)]
pub struct ServeOptions {
    pub config: Arc<WardConfig>,
    pub data_dir: PathBuf,
    pub listen: SocketAddr,
    /// The address residents' phones reach, for status URLs and QR codes;
    /// defaults to `http://` + the listening address.
    pub public_url: Option<String>,
    /// Proxies, timeouts and connection caps.
    pub network: NetworkOptions,
    /// The side modules this server knows (`crate::modules::registered()`;
    /// tests add their own); the configuration's `[modules]` enables some.
    pub modules: Vec<platform::Module>,
    /// A directory whose `districts.toml` / `facilities.toml` replace the
    /// built-in reference data (`--reference`); `None`: the built-in.
    pub reference: Option<PathBuf>,
}

/// How the server treats connections.
#[derive(Debug, Clone)]
pub struct NetworkOptions {
    /// Reverse proxies whose `Forwarded` / `X-Forwarded-For` are believed.
    pub trusted_proxies: crate::limits::TrustedProxies,
    /// Time a client has to send a request's headers, and how long a
    /// kept-alive connection may sit idle before its next request.
    pub header_timeout: Duration,
    /// Connections open at once, in all; `None`: from the open-file limit.
    pub max_connections: Option<usize>,
    /// Connections open at once from one address.
    pub max_connections_per_addr: usize,
    /// Tickets one kiosk token may issue (`None`: unlimited).
    pub kiosk_rate: Option<crate::limits::Rate>,
    /// The pauses between a webhook delivery's attempts; after the last
    /// it is a dead letter.
    pub webhook_backoff: Vec<Duration>,
    /// When told to stop, how long requests in flight may take to finish
    /// before their connections are cut: a client that never ends its
    /// upload must not keep the server (and a restart) waiting.
    pub drain: Duration,
}

impl Default for NetworkOptions {
    fn default() -> Self {
        NetworkOptions {
            trusted_proxies: Default::default(),
            header_timeout: Duration::from_secs(10),
            max_connections: None,
            max_connections_per_addr: crate::limits::SOCKETS_PER_ADDR + 500,
            kiosk_rate: Some(crate::limits::PER_KIOSK),
            drain: Duration::from_secs(10),
            webhook_backoff: crate::webhooks::default_backoff(),
        }
    }
}

/// A server that is up and listening.
pub struct Running {
    pub addr: SocketAddr,
    pub base_url: String,
    pub data_dir: PathBuf,
    pub engine: Engine,
    /// The side modules of this server and which are enabled.
    pub modules: Arc<platform::Modules>,
    stop: watch::Sender<bool>,
    task: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Running {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Running").field("addr", &self.addr).finish()
    }
}

impl Running {
    /// Stops accepting, closes websockets, lets in-flight requests and
    /// commits finish, and stops the writer.
    pub async fn stop(self) {
        let _ = self.stop.send(true);
        let _ = self.task.await;
    }

    /// Resolves when the server has stopped (after a signal, for the binary).
    pub async fn wait(self) {
        let _ = self.task.await;
    }

    pub fn stopper(&self) -> watch::Sender<bool> {
        self.stop.clone()
    }
}

/// Opens the data directory, loads today's state and starts serving.
pub async fn start(opts: ServeOptions, clock: Arc<dyn Clock>) -> anyhow::Result<Running> {
    start_with(opts, clock, crate::speech::Settings::default()).await
}

/// [`start`] with speech engines and limits of the caller's (tests use a
/// stand-in engine whose timing they control).
pub async fn start_with(opts: ServeOptions, clock: Arc<dyn Clock>, speech: crate::speech::Settings) -> anyhow::Result<Running> {
    let lock = lock_data_dir(&opts.data_dir)?;
    let modules = Arc::new(platform::Modules::new(opts.modules.clone(), crate::settings::enabled_modules(&opts.config).as_deref())?);
    let schemas: Vec<store::Migrations> = std::iter::once(platform::schema()).chain(modules.schemas()).collect();
    let db = store::Db::open_with(&opts.data_dir, &schemas)?;
    let listener = tokio::net::TcpListener::bind(opts.listen)
        .await
        .map_err(|e| anyhow::anyhow!("cannot listen on {}: {e}", opts.listen))?;
    let addr = listener.local_addr()?;
    let base_url = opts.public_url.clone().unwrap_or_else(|| format!("http://{addr}"));
    let engine = Engine::start(opts.config.clone(), &db, clock.clone(), base_url.clone())?;
    let platform = platform::Platform::new(engine.storage(), clock, Arc::new(engine.clone()));
    let (stop, stopping) = watch::channel(false);
    let catalogs = crate::i18n::Catalogs::embedded().map_err(|e| anyhow::anyhow!(e))?;
    let font = crate::state::PaperFont::load_in_background(opts.config.print.font.clone().map(PathBuf::from));
    let catalogs = Arc::new(catalogs);
    let status = crate::status::spawn(engine.clone(), catalogs.clone(), stopping.clone());
    let webhooks = crate::webhooks::spawn(engine.clone(), platform.clone(), opts.network.webhook_backoff.clone(), stopping.clone()).await?;
    let state = AppState {
        engine: engine.clone(),
        tokens: platform.tokens.clone(),
        platform,
        modules: modules.clone(),
        reference: Arc::new(load_reference(&opts)?),
        stopping: stopping.clone(),
        catalogs,
        data_dir: Arc::from(opts.data_dir.as_path()),
        logins: Arc::new(Default::default()),
        font,
        metrics: Arc::new(Default::default()),
        limiter: Arc::new(crate::limits::RateLimiter::new(opts.network.kiosk_rate)),
        forecasts: Arc::new(crate::forecasting::Forecasts::new(opts.config.clone())),
        trusted_proxies: Arc::new(opts.network.trusted_proxies.clone()),
        feeds: Arc::new(crate::ws::Feeds::new(opts.config.offices.iter().map(|o| o.id.as_str()))),
        password_checks: Arc::new(tokio::sync::Semaphore::new(crate::routes::session::PASSWORD_CHECKS)),
        https: base_url.starts_with("https://"),
        speech: crate::speech::Speech::open(crate::speech::cache_dir(&opts.data_dir), speech),
        kiosk_prints: Arc::new(Default::default()),
        status,
        webhooks,
    };
    tokio::spawn(crate::auth::watch_revocations(state.platform.clone(), stopping.clone()));
    let app = router(state);

    let ticker = engine.clone();
    let mut tick_stop = stopping.clone();
    tokio::spawn(async move {
        let mut every = tokio::time::interval(Duration::from_secs(2));
        let mut purged_on = None;
        loop {
            tokio::select! {
                _ = every.tick() => {
                    ticker.tick().await;
                    // Once a day (and at start): the retention purge.
                    let today = ticker.today();
                    if purged_on != Some(today) {
                        match ticker.purge_personal().await {
                            Ok(_) => purged_on = Some(today),
                            Err(e) => tracing::warn!(error = %e, "retention purge failed; will retry"),
                        }
                    }
                }
                _ = crate::ws::stopped(&mut tick_stop) => break,
            }
        }
    });

    let engine_for_task = engine.clone();
    let serve_stop_for_loop = stopping;
    let network = opts.network.clone();
    let task = tokio::spawn(async move {
        serve_connections(listener, app, network, serve_stop_for_loop).await;
        // In-flight requests are done; commit what the writer still holds.
        let writer_engine = engine_for_task.clone();
        let _ = tokio::task::spawn_blocking(move || writer_engine.shutdown()).await;
        drop(lock);
        tracing::info!("stopped");
    });
    Ok(Running { addr, base_url, data_dir: opts.data_dir, engine, modules, stop, task })
}

/// The ward's reference data, built in or from `--reference`, its
/// facilities' offices checked against the configuration.
fn load_reference(opts: &ServeOptions) -> anyhow::Result<platform::reference::Reference> {
    let reference = match &opts.reference {
        Some(dir) => platform::reference::Reference::from_dir(dir),
        None => platform::reference::Reference::built_in(),
    }
    .map_err(|e| anyhow::anyhow!(e))?;
    for f in &reference.facilities {
        if let Some(office) = &f.office
            && opts.config.office(office).is_none()
        {
            anyhow::bail!("facility {:?} names office {office:?}, which the configuration does not have", f.id);
        }
    }
    Ok(reference)
}

/// Connections kept back from the open-file limit for the database, its
/// journal, fonts, speech renders and the log.
const RESERVED_FILES: u64 = 256;

/// Raises the soft open-file limit to the hard one (where the system
/// allows) and says how many connections fit under it.
fn connection_budget(configured: Option<usize>) -> usize {
    use rustix::process::{Resource, getrlimit, setrlimit};
    let limit = getrlimit(Resource::Nofile);
    let mut soft = limit.current.unwrap_or(u64::MAX);
    if let (Some(cur), hard) = (limit.current, limit.maximum)
        && hard.is_none_or(|h| h > cur)
    {
        // An unlimited hard limit still gets a finite soft one.
        let wanted = hard.unwrap_or(1 << 20).min(1 << 20);
        match setrlimit(Resource::Nofile, rustix::process::Rlimit { current: Some(wanted), maximum: hard }) {
            Ok(()) => soft = wanted,
            Err(e) => tracing::warn!(error = %e, from = cur, to = wanted, "cannot raise the open-file limit"),
        }
    }
    let fits = usize::try_from(soft.saturating_sub(RESERVED_FILES).max(64)).unwrap_or(usize::MAX).min(100_000);
    configured.map_or(fits, |c| c.min(fits))
}

/// What one address may hold: the configured cap, but never more than
/// three quarters of the budget, so that under a low open-file limit (a
/// budget of 768 under 1,024) a flood from one machine still leaves room
/// for the office's own kiosks, desks and boards.
fn per_address_cap(budget: usize, configured: usize) -> usize {
    configured.min(budget - budget / 4).max(1)
}

/// Accepts connections and serves each over HTTP/1.1 (websocket upgrades
/// included) until `stopping`, then lets in-flight requests finish.
///
/// What axum's own `serve` does not: a client has `header_timeout` to send a
/// request's headers, also between requests on a kept-alive connection, so
/// idle and half-sent connections are closed; connections are capped in
/// all (under the open-file limit) and per address, so that one address
/// cannot hold what the office's kiosks, desks and boards need. A
/// connection over a cap is closed at once.
async fn serve_connections(listener: tokio::net::TcpListener, app: Router, network: NetworkOptions, mut stopping: watch::Receiver<bool>) {
    use hyper_util::rt::{TokioIo, TokioTimer};
    let budget = connection_budget(network.max_connections);
    let per_address = per_address_cap(budget, network.max_connections_per_addr);
    tracing::info!(connections = budget, per_address, "connection limits");
    let open = Arc::new(tokio::sync::Semaphore::new(budget));
    let per_addr = Arc::new(crate::limits::SocketCounts::default());
    let mut connections = tokio::task::JoinSet::new();
    loop {
        let (tcp, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(a) => a,
                Err(e) => {
                    // Out of file descriptors, say: wait a moment rather than spin.
                    tracing::warn!(error = %e, "accept failed");
                    tokio::time::sleep(Duration::from_millis(50)).await;
                    continue;
                }
            },
            _ = crate::ws::stopped(&mut stopping) => break,
        };
        let Ok(permit) = open.clone().try_acquire_owned() else {
            crate::metrics::connection_refused();
            drop(tcp);
            continue;
        };
        let addr_key = crate::limits::SocketKey::Addr(peer.ip());
        let Some(slot) = per_addr.take(vec![(addr_key, per_address)]) else {
            crate::metrics::connection_refused();
            drop(tcp);
            continue;
        };
        // Without TCP_NODELAY a small websocket frame can wait for the ACK
        // of the previous one (Nagle against delayed ACK): tens of
        // milliseconds before a board hears a call.
        if let Err(e) = tcp.set_nodelay(true) {
            tracing::debug!(error = %e, "cannot set TCP_NODELAY");
        }
        let router = app.clone();
        let mut conn_stop = stopping.clone();
        let header_timeout = network.header_timeout;
        let guard = ConnectionSlot(Arc::new((permit, slot)));
        connections.spawn(async move {
            let for_requests = guard.clone();
            let service = hyper::service::service_fn(move |mut req: hyper::Request<hyper::body::Incoming>| {
                req.extensions_mut().insert(axum::extract::ConnectInfo(peer));
                req.extensions_mut().insert(for_requests.clone());
                let mut router = router.clone();
                async move { tower_service::Service::call(&mut router, req.map(axum::body::Body::new)).await }
            });
            let conn = hyper::server::conn::http1::Builder::new()
                .timer(TokioTimer::new())
                .header_read_timeout(header_timeout)
                .serve_connection(TokioIo::new(tcp), service)
                .with_upgrades();
            tokio::pin!(conn);
            tokio::select! {
                _ = conn.as_mut() => {}
                _ = crate::ws::stopped(&mut conn_stop) => {
                    conn.as_mut().graceful_shutdown();
                    let _ = conn.as_mut().await;
                }
            }
            drop(guard);
        });
        // Reap finished connection tasks as we go.
        while connections.try_join_next().is_some() {}
    }
    drop(listener);
    let drained = tokio::time::timeout(network.drain, async { while connections.join_next().await.is_some() {} }).await;
    if drained.is_err() {
        tracing::warn!(cut = connections.len(), after = ?network.drain, "requests still in flight when stopping; their connections are cut");
        connections.abort_all();
        while connections.join_next().await.is_some() {}
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn one_address_never_holds_more_than_three_quarters_of_the_connections() {
        use super::per_address_cap;
        assert_eq!(per_address_cap(100_000, 4_500), 4_500, "a roomy budget: the configured cap");
        assert_eq!(per_address_cap(768, 4_500), 576, "the budget under a 1,024 file limit");
        assert_eq!(per_address_cap(64, 4_500), 48);
        assert_eq!(per_address_cap(768, 20), 20);
        assert_eq!(per_address_cap(1, 4_500), 1);
    }
}

/// A connection's place under the connection caps. Every request of the
/// connection carries it; a websocket session keeps it after the upgrade,
/// so an upgraded connection still counts until it closes.
#[derive(Debug, Clone)]
pub struct ConnectionSlot(#[allow(dead_code)] Arc<(tokio::sync::OwnedSemaphorePermit, crate::limits::SocketSlot)>);

/// The name of the lock file a running server holds in its data directory.
pub const LOCK_FILE: &str = "server.lock";

/// Takes the data directory's lock: one server per data directory, and
/// `madoguchi restore` refuses while a server holds it. The operating system
/// releases it when the process dies, so a crash leaves nothing to clean up.
pub fn lock_data_dir(dir: &std::path::Path) -> anyhow::Result<std::fs::File> {
    // Private (0700) when created here: the database holds tokens and hashes.
    store::create_data_dir(dir)?;
    let path = dir.join(LOCK_FILE);
    let file = std::fs::OpenOptions::new()
        .create(true)
        .truncate(false)
        .write(true)
        .open(&path)
        .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
    match file.try_lock() {
        Ok(()) => Ok(file),
        Err(std::fs::TryLockError::WouldBlock) => {
            Err(anyhow::anyhow!("another Madoguchi server is using the data directory {}", dir.display()))
        }
        Err(std::fs::TryLockError::Error(e)) => Err(anyhow::anyhow!("{}: {e}", path.display())),
    }
}

/// Creates the first admin token when the data directory has none, and
/// writes it to `DATA/admin-token` (readable by the owner only), so that a
/// newcomer can open the admin and device pages at once.
pub fn ensure_first_admin(data_dir: &std::path::Path) -> anyhow::Result<Option<PathBuf>> {
    let db = store::Db::open(data_dir)?;
    let conn = db.connect(false)?;
    if store::tokens::count(&conn)? > 0 {
        return Ok(None);
    }
    let token = crate::auth::new_token();
    let now = jiff::Timestamp::now().as_microsecond();
    store::tokens::insert(&conn, &crate::auth::hash(&token), "admin", None, Some("first-admin"), now)?;
    let path = data_dir.join("admin-token");
    write_private(&path, &format!("{token}\n"))?;
    Ok(Some(path))
}

fn write_private(path: &std::path::Path, text: &str) -> std::io::Result<()> {
    use std::io::Write;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    options.open(path)?.write_all(text.as_bytes())
}
