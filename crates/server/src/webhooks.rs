//! Sends the offices' events to the webhooks that want them: signed
//! (HMAC-SHA256), retried with backoff, logged when delivered or dead.
//!
//! A call never waits for a webhook: the dispatcher listens to the offices'
//! feeds like any board (a broadcast it can fall behind on, not a queue the
//! writer fills), puts deliveries in a bounded queue without waiting, and a
//! few workers send them. A full queue drops the delivery as a dead letter
//! (counted and logged) rather than hold anything up. What is sent is the
//! event as boards see it: never a token, a language or a service of a
//! person.

use crate::engine::Engine;
use platform::webhooks::{self as hooks, Finished, Target};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Arc, RwLock};
use std::time::Duration;
use tokio::sync::{mpsc, watch};

/// Deliveries waiting to be sent, at most.
const QUEUE: usize = 1024;
/// Deliveries sent at once.
const WORKERS: usize = 4;
/// How long a receiver has to answer.
const TIMEOUT: Duration = Duration::from_secs(5);

/// The pauses between attempts: after the last, a delivery is dead.
pub fn default_backoff() -> Vec<Duration> {
    [1, 5, 30, 120].map(Duration::from_secs).to_vec()
}

#[derive(Clone)]
struct Job {
    target: Target,
    event_type: String,
    body: Arc<str>,
    created_micros: i64,
    attempts: u32,
    last_status: Option<u16>,
    last_error: Option<String>,
}

/// The webhooks of this server and their delivery queue.
pub struct Dispatcher {
    targets: RwLock<Arc<Vec<Target>>>,
    queue: mpsc::Sender<Job>,
    storage: platform::Storage,
    clock: Arc<dyn queue_core::Clock>,
    dropped: AtomicU64,
    delivered: AtomicU64,
    dead: AtomicU64,
}

impl std::fmt::Debug for Dispatcher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Dispatcher")
    }
}

impl Dispatcher {
    /// Reads the webhooks again (after one is added or deleted).
    pub async fn reload(&self) -> Result<(), store::StoreError> {
        let fresh = self.storage.read(hooks::targets).await?;
        *self.targets.write().unwrap_or_else(|p| p.into_inner()) = Arc::new(fresh);
        Ok(())
    }

    fn now(&self) -> i64 {
        self.clock.now().as_microsecond()
    }

    /// Queues one delivery without waiting; a full queue makes it a dead letter.
    fn enqueue(self: &Arc<Self>, job: Job) {
        if let Err(mpsc::error::TrySendError::Full(job) | mpsc::error::TrySendError::Closed(job)) = self.queue.try_send(job) {
            self.dropped.fetch_add(1, Ordering::Relaxed);
            tracing::warn!(webhook = %job.target.hook.id, event = %job.event_type, "webhook queue full: delivery dropped as a dead letter");
            let this = self.clone();
            tokio::spawn(async move { this.finish(job, false, Some("the delivery queue was full".into())).await });
        }
    }

    /// Sends a dead letter again, from its first attempt.
    pub async fn retry(self: &Arc<Self>, delivery: i64) -> Result<bool, store::StoreError> {
        let Some((webhook, event_type, body)) = self.storage.read(move |c| hooks::dead_letter(c, delivery)).await? else { return Ok(false) };
        let target = self.targets.read().unwrap_or_else(|p| p.into_inner()).iter().find(|t| t.hook.id == webhook).cloned();
        let Some(target) = target else { return Ok(false) };
        self.enqueue(Job { target, event_type, body: body.into(), created_micros: self.now(), attempts: 0, last_status: None, last_error: None });
        Ok(true)
    }

    async fn finish(&self, job: Job, delivered: bool, error: Option<String>) {
        if delivered {
            self.delivered.fetch_add(1, Ordering::Relaxed);
        } else {
            self.dead.fetch_add(1, Ordering::Relaxed);
            tracing::warn!(webhook = %job.target.hook.id, event = %job.event_type, attempts = job.attempts, error = ?error, "webhook delivery dead");
        }
        let now = self.now();
        let result = self
            .storage
            .write(move |tx| {
                hooks::record(
                    tx,
                    &Finished {
                        webhook: &job.target.hook.id,
                        event_type: &job.event_type,
                        body: &job.body,
                        delivered,
                        attempts: job.attempts,
                        last_status: job.last_status,
                        last_error: error.as_deref().or(job.last_error.as_deref()),
                        created_micros: job.created_micros,
                        finished_micros: now,
                    },
                )
            })
            .await;
        if let Err(e) = result {
            tracing::warn!(error = %e, "cannot log a webhook delivery");
        }
    }

    /// Figures for /metrics: delivered, dead, dropped for a full queue.
    pub fn counts(&self) -> (u64, u64, u64) {
        (self.delivered.load(Ordering::Relaxed), self.dead.load(Ordering::Relaxed), self.dropped.load(Ordering::Relaxed))
    }
}

/// One attempt: `Ok` on a 2xx.
async fn send(client: &reqwest::Client, job: &Job) -> Result<u16, (Option<u16>, String)> {
    let signature = hooks::signature(&job.target.secret, job.body.as_bytes());
    let delivery = format!("{:x}", rand::random::<u64>());
    let answer = client
        .post(&job.target.hook.url)
        .header("content-type", "application/json")
        .header("user-agent", "madoguchi-webhooks")
        .header("x-madoguchi-event", &job.event_type)
        .header("x-madoguchi-delivery", delivery)
        .header(hooks::SIGNATURE_HEADER, signature)
        .body(job.body.to_string())
        .send()
        .await;
    match answer {
        Ok(r) if r.status().is_success() => Ok(r.status().as_u16()),
        Ok(r) => Err((Some(r.status().as_u16()), format!("the receiver answered {}", r.status()))),
        Err(e) if e.is_timeout() => Err((None, format!("no answer within {} s", TIMEOUT.as_secs()))),
        Err(e) => Err((None, format!("cannot reach the receiver: {e}"))),
    }
}

/// Starts the dispatcher: it follows every office's feed until the server
/// stops, and `backoff` spaces the attempts.
pub async fn spawn(engine: Engine, platform: platform::Platform, backoff: Vec<Duration>, stopping: watch::Receiver<bool>) -> Result<Arc<Dispatcher>, store::StoreError> {
    let (tx, rx) = mpsc::channel::<Job>(QUEUE);
    let targets = platform.storage.read(hooks::targets).await?;
    let dispatcher = Arc::new(Dispatcher {
        targets: RwLock::new(Arc::new(targets)),
        queue: tx,
        storage: platform.storage.clone(),
        clock: platform.clock.clone(),
        dropped: AtomicU64::new(0),
        delivered: AtomicU64::new(0),
        dead: AtomicU64::new(0),
    });
    // Listeners: one per office, as a board would listen.
    for office in &engine.config.offices {
        let Some(mut events) = engine.hub.subscribe_internal(office.id.as_str()) else { continue };
        let (d, mut stop) = (dispatcher.clone(), stopping.clone());
        tokio::spawn(async move {
            loop {
                let message = tokio::select! {
                    m = events.recv() => m,
                    _ = crate::ws::stopped(&mut stop) => break,
                };
                let json = match message {
                    Ok(crate::hub::HubMessage::Event { json, .. }) => json,
                    Ok(crate::hub::HubMessage::Resync) => continue,
                    Err(tokio::sync::broadcast::error::RecvError::Lagged(n)) => {
                        tracing::warn!(missed = n, "webhook listener fell behind the feed");
                        continue;
                    }
                    Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
                };
                let targets = d.targets.read().unwrap_or_else(|p| p.into_inner()).clone();
                if targets.is_empty() {
                    continue;
                }
                let body: &str = json.for_feed(crate::hub::Feed::Board).as_str();
                let Some(event_type) = serde_json::from_str::<serde_json::Value>(body).ok().and_then(|v| v["type"].as_str().map(str::to_owned)) else { continue };
                let body: Arc<str> = body.into();
                for t in targets.iter().filter(|t| t.wants(&event_type)) {
                    d.enqueue(Job { target: t.clone(), event_type: event_type.clone(), body: body.clone(), created_micros: d.now(), attempts: 0, last_status: None, last_error: None });
                }
            }
        });
    }
    // Workers share the queue.
    let client = reqwest::Client::builder().timeout(TIMEOUT).redirect(reqwest::redirect::Policy::none()).build().map_err(|e| store::StoreError::Malformed(e.to_string()))?;
    let rx = Arc::new(tokio::sync::Mutex::new(rx));
    for _ in 0..WORKERS {
        let (d, rx, client, backoff, mut stop) = (dispatcher.clone(), rx.clone(), client.clone(), backoff.clone(), stopping.clone());
        tokio::spawn(async move {
            loop {
                let job = tokio::select! {
                    j = async { rx.lock().await.recv().await } => j,
                    _ = crate::ws::stopped(&mut stop) => break,
                };
                let Some(mut job) = job else { break };
                job.attempts += 1;
                match send(&client, &job).await {
                    Ok(status) => {
                        job.last_status = Some(status);
                        d.finish(job, true, None).await;
                    }
                    Err((status, error)) => {
                        job.last_status = status;
                        job.last_error = Some(error.clone());
                        match backoff.get(job.attempts as usize - 1).copied() {
                            Some(pause) => {
                                let d = d.clone();
                                tokio::spawn(async move {
                                    tokio::time::sleep(pause).await;
                                    d.enqueue(job);
                                });
                            }
                            None => d.finish(job, false, Some(error)).await,
                        }
                    }
                }
            }
        });
    }
    Ok(dispatcher)
}
