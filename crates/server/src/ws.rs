//! Websocket sessions: the office feed and the resident's ticket feed.
//!
//! Office feed: the first message is a snapshot of the office at `seq` N;
//! then every change is one event with `seq` N+1, N+2, … A client that
//! reconnects with `?since=S` gets the events after S replayed from the
//! hub's ring, or a fresh snapshot when S is too old. A client too slow to
//! keep up is not waited for: it gets a fresh snapshot.

use crate::auth::{Principal, Role};
use crate::engine::snapshot_json;
use crate::error::{ApiError, ApiResult};
use crate::extract::Query;
use crate::hub::{Catchup, HubMessage};
use crate::state::AppState;
use crate::views::PublicTicketView;
use axum::extract::ws::{Message, Utf8Bytes, WebSocket, WebSocketUpgrade};
use crate::extract::Path;
use axum::extract::State;
use axum::response::Response;
use futures_util::{SinkExt, StreamExt};
use serde::Deserialize;
use serde_json::json;
use std::time::Duration;
use tokio::sync::broadcast::{self, error::RecvError};

/// Largest frame a client may send; clients only send small control messages.
const MAX_CLIENT_FRAME: usize = 4096;
const PING_EVERY: Duration = Duration::from_secs(25);

#[derive(Debug, Deserialize)]
pub struct FeedQuery {
    pub since: Option<u64>,
    #[allow(dead_code)]
    pub access_token: Option<String>,
}

/// `GET /ws/office/{office}`: the live feed of an office.
pub async fn office(
    State(app): State<AppState>,
    Path(office): Path<String>,
    Query(q): Query<FeedQuery>,
    principal: Principal,
    upgrade: WebSocketUpgrade,
) -> ApiResult<Response> {
    app.engine.config.office(&office).ok_or_else(|| ApiError::unknown_office(&office))?;
    principal.require(&[Role::Display, Role::Staff, Role::Kiosk], Some(&office))?;
    Ok(sized(upgrade).on_upgrade(move |socket| office_session(app, office, q.since, socket)))
}

/// Takes a snapshot of the committed state and subscribes, both on the
/// writer thread between groups, so that the snapshot holds nothing a crash
/// could take back and every event after it reaches the client.
async fn snapshot_and_subscribe(app: &AppState, office: &str) -> Option<(String, u64, broadcast::Receiver<HubMessage>)> {
    let (engine, office) = (app.engine.clone(), office.to_owned());
    app.engine
        .committed(move |ward| {
            let state = ward.office(&office)?;
            let rx = engine.hub.subscribe(&office)?;
            Some((snapshot_json(&engine.config, state), state.seq(), rx))
        })
        .await
        .flatten()
}

async fn office_session(app: AppState, office: String, since: Option<u64>, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let mut first: Vec<Utf8Bytes> = Vec::new();
    let start = match since.map(|s| (s, app.engine.hub.catch_up(&office, s))) {
        Some((s, Catchup::Replay(events, rx))) => {
            let mut last = s;
            for (seq, json) in events {
                first.push(json);
                last = seq;
            }
            Some((last, rx))
        }
        _ => snapshot_and_subscribe(&app, &office).await.map(|(snap, seq, rx)| {
            first.push(Utf8Bytes::from(snap));
            (seq, rx)
        }),
    };
    let Some((mut last_seq, mut rx)) = start else { return };
    for m in first {
        if sink.send(Message::Text(m)).await.is_err() {
            return;
        }
    }
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let mut stopping = app.stopping.clone();
    let mut budget = ClientBudget::new(std::time::Instant::now());
    loop {
        tokio::select! {
            _ = stopped(&mut stopping) => {
                let _ = sink.send(Message::Close(None)).await;
                break;
            }
            msg = rx.recv() => {
                let resync = match msg {
                    Ok(HubMessage::Event { seq, json }) => {
                        if seq <= last_seq {
                            continue;
                        }
                        if seq == last_seq + 1 {
                            if sink.send(Message::Text(json)).await.is_err() {
                                break;
                            }
                            last_seq = seq;
                            continue;
                        }
                        true
                    }
                    Ok(HubMessage::Resync) | Err(RecvError::Lagged(_)) => true,
                    Err(RecvError::Closed) => break,
                };
                if resync {
                    let Some((snap, seq, new_rx)) = snapshot_and_subscribe(&app, &office).await else { break };
                    rx = new_rx;
                    last_seq = seq;
                    if sink.send(Message::Text(snap.into())).await.is_err() {
                        break;
                    }
                }
            }
            incoming = stream.next() => {
                if answer_client(&mut sink, &mut budget, incoming).await.is_break() {
                    break;
                }
            }
            _ = ping.tick() => {
                if sink.send(Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
        }
    }
}

type Sink = futures_util::stream::SplitSink<WebSocket, Message>;

/// Buffers sized for what the feeds carry. Clients send a few small frames,
/// so a 128 KiB read buffer per connection (tungstenite's default) would be
/// 250 MB for 2,000 boards and phones; 8 KiB is plenty. Writes go out at
/// once rather than gathering in a second 128 KiB buffer: each send is one
/// whole event, followed by a flush anyway.
fn sized(upgrade: WebSocketUpgrade) -> WebSocketUpgrade {
    upgrade.max_message_size(MAX_CLIENT_FRAME).max_frame_size(MAX_CLIENT_FRAME).read_buffer_size(8 * 1024).write_buffer_size(0)
}

/// How many frames a client may send in a burst, and per second after it.
/// Boards and phones send a ping every half minute at most; a client far
/// above this is broken or hostile and is cut off rather than served.
const CLIENT_BURST: f64 = 20.0;
const CLIENT_PER_SECOND: f64 = 2.0;

/// A token bucket for the frames one websocket client sends.
#[derive(Debug)]
pub struct ClientBudget {
    tokens: f64,
    last: std::time::Instant,
}

impl ClientBudget {
    pub fn new(now: std::time::Instant) -> Self {
        ClientBudget { tokens: CLIENT_BURST, last: now }
    }

    /// Takes one frame's worth; `false` when the client is over its rate.
    pub fn take(&mut self, now: std::time::Instant) -> bool {
        let refill = now.saturating_duration_since(self.last).as_secs_f64() * CLIENT_PER_SECOND;
        self.tokens = (self.tokens + refill).min(CLIENT_BURST);
        self.last = now;
        if self.tokens >= 1.0 {
            self.tokens -= 1.0;
            true
        } else {
            false
        }
    }
}

/// Handles one frame from a client: answers pings and bad frames, cuts off a
/// client that sends too fast (close code 1008, policy), and says whether
/// the session is over (closed, broken, or the client gone).
async fn answer_client(sink: &mut Sink, budget: &mut ClientBudget, incoming: Option<Result<Message, axum::Error>>) -> std::ops::ControlFlow<()> {
    use std::ops::ControlFlow::{Break, Continue};
    if matches!(incoming, Some(Ok(Message::Text(_) | Message::Binary(_) | Message::Ping(_)))) && !budget.take(std::time::Instant::now()) {
        crate::metrics::ws_rate_limited();
        let _ = sink.send(Message::Text(error_frame("rate_limited", "too many messages; the connection is closed").into())).await;
        let close = axum::extract::ws::CloseFrame { code: axum::extract::ws::close_code::POLICY, reason: "too many messages".into() };
        let _ = sink.send(Message::Close(Some(close))).await;
        return Break(());
    }
    let reply = match incoming {
        None | Some(Err(_)) | Some(Ok(Message::Close(_))) => return Break(()),
        Some(Ok(Message::Text(text))) => client_message(&text),
        Some(Ok(Message::Binary(_))) => Some(error_frame("bad_frame", "binary frames are not understood; send JSON text")),
        Some(Ok(_)) => None,
    };
    if let Some(r) = reply
        && sink.send(Message::Text(r.into())).await.is_err()
    {
        return Break(());
    }
    Continue(())
}

/// Answers what a client may send: `{"type": "ping"}`. Anything else gets
/// an error message and the session goes on.
fn client_message(text: &str) -> Option<String> {
    let v: serde_json::Value = match serde_json::from_str(text) {
        Ok(v) => v,
        Err(_) => return Some(error_frame("bad_frame", "messages must be JSON objects such as {\"type\":\"ping\"}")),
    };
    match v.get("type").and_then(|t| t.as_str()) {
        Some("ping") => Some(json!({"type": "pong"}).to_string()),
        _ => Some(error_frame("unknown_message", "the only message a client may send is {\"type\":\"ping\"}")),
    }
}

fn error_frame(code: &str, message: &str) -> String {
    json!({"type": "error", "error": {"code": code, "message": message}}).to_string()
}

/// `GET /ws/ticket/{token}`: one ticket, for the resident's phone.
pub async fn ticket(State(app): State<AppState>, Path(token): Path<String>, upgrade: WebSocketUpgrade) -> ApiResult<Response> {
    // Fails with 404 before upgrading when the token is unknown.
    let first = crate::routes::public::find(&app, token.clone()).await?;
    Ok(sized(upgrade).on_upgrade(move |socket| ticket_session(app, token, first, socket)))
}

fn ticket_view(app: &AppState, token: &str) -> Option<PublicTicketView> {
    let today = app.engine.today();
    let near = app.engine.config.phone.near_position;
    let ward = app.engine.ward();
    ward.find_token(token, today).map(|(state, t)| PublicTicketView::live(state, t, near))
}

async fn ticket_session(app: AppState, token: String, first: PublicTicketView, socket: WebSocket) {
    let (mut sink, mut stream) = socket.split();
    let office = first.office.clone();
    let rx = if first.expired {
        None
    } else {
        // Subscribe, then read the ticket again, so no change falls between.
        let rx = app.engine.hub.subscribe(&office);
        rx.map(|rx| (rx, ticket_view(&app, &token)))
    };
    let (mut rx, mut last) = match rx {
        Some((rx, Some(view))) => (Some(rx), view),
        _ => (None, first),
    };
    let snapshot = json!({"type": "snapshot", "ticket": &last}).to_string();
    if sink.send(Message::Text(snapshot.into())).await.is_err() {
        return;
    }
    let Some(rx) = rx.as_mut() else {
        let _ = sink.send(Message::Close(None)).await;
        return;
    };
    let mut ping = tokio::time::interval(PING_EVERY);
    ping.tick().await;
    let mut stopping = app.stopping.clone();
    let mut budget = ClientBudget::new(std::time::Instant::now());
    loop {
        tokio::select! {
            _ = stopped(&mut stopping) => {
                let _ = sink.send(Message::Close(None)).await;
                break;
            }
            msg = rx.recv() => {
                match msg {
                    Ok(_) | Err(RecvError::Lagged(_)) => {}
                    Err(RecvError::Closed) => break,
                }
                let view = ticket_view(&app, &token)
                    .unwrap_or_else(|| PublicTicketView { expired: true, position: None, estimated_wait_seconds: None, estimated_wait_p90_seconds: None, ..last.clone() });
                if view != last {
                    let reason = if view.status == "called" && (last.status != "called" || view.counter != last.counter) { "ticket.called" } else { "ticket.updated" };
                    let m = json!({"type": "update", "reason": reason, "ticket": &view}).to_string();
                    if sink.send(Message::Text(m.into())).await.is_err() {
                        break;
                    }
                    last = view;
                }
            }
            incoming = stream.next() => {
                if answer_client(&mut sink, &mut budget, incoming).await.is_break() {
                    break;
                }
            }
            _ = ping.tick() => {
                if sink.send(Message::Ping(Default::default())).await.is_err() {
                    break;
                }
            }
        }
    }
}


/// Resolves when the server starts stopping.
pub async fn stopped(rx: &mut tokio::sync::watch::Receiver<bool>) {
    let _ = rx.wait_for(|s| *s).await.map(|_| ());
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn a_client_gets_a_burst_then_a_steady_rate() {
        let t0 = Instant::now();
        let mut b = ClientBudget::new(t0);
        assert_eq!((0..40).filter(|_| b.take(t0)).count(), CLIENT_BURST as usize);
        // Two a second after that, and a long pause refills only the burst.
        assert!(b.take(t0 + Duration::from_millis(500)));
        assert!(!b.take(t0 + Duration::from_millis(600)));
        let later = t0 + Duration::from_secs(3600);
        assert_eq!((0..40).filter(|_| b.take(later)).count(), CLIENT_BURST as usize);
    }
}
