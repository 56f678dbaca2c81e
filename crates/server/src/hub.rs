//! The websocket hub: per office, a broadcast channel of already-serialised
//! events and a bounded ring of recent ones for `?since=` replay.
//!
//! Each event is serialised once, by the writer thread, and shared by every
//! client as an `Utf8Bytes` (a shared, reference-counted buffer: cloning it for a client copies nothing). A client that falls behind the channel's capacity
//! is not waited for: it gets a fresh snapshot instead.

use axum::extract::ws::Utf8Bytes;
use std::collections::{HashMap, VecDeque};
use std::sync::Mutex;
use tokio::sync::broadcast;

/// How many recent events each office keeps for replay.
pub const RING: usize = 2048;
/// How far a client may fall behind before it is resynced with a snapshot.
const CHANNEL: usize = 1024;

/// One event as each kind of client is shown it: staff see the tickets'
/// languages and services; boards and kiosks see only what a waiting room
/// sees (numbers, counters, queue lengths).
#[derive(Debug, Clone)]
pub struct EventJson {
    pub staff: Utf8Bytes,
    pub board: Utf8Bytes,
}

impl EventJson {
    pub fn for_feed(&self, feed: Feed) -> &Utf8Bytes {
        match feed {
            Feed::Staff => &self.staff,
            Feed::Board => &self.board,
        }
    }
}

/// Which version of the office feed a client gets.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Feed {
    Staff,
    Board,
}

/// What the hub sends to an office's clients.
#[derive(Debug, Clone)]
pub enum HubMessage {
    Event { seq: u64, json: EventJson },
    /// The live state was rebuilt (for instance after a failed commit):
    /// every client needs a fresh snapshot.
    Resync,
}

#[derive(Debug)]
struct OfficeChannel {
    sender: broadcast::Sender<HubMessage>,
    ring: Mutex<VecDeque<(u64, EventJson)>>,
}

#[derive(Debug, Default)]
pub struct Hub {
    offices: HashMap<String, OfficeChannel>,
    /// Listeners inside the server (the public status, the webhooks): not
    /// clients, so not counted as such.
    internal: std::sync::atomic::AtomicUsize,
}

/// The outcome of asking to catch up from a `seq`.
pub enum Catchup {
    /// These events, oldest first, then the live channel.
    Replay(Vec<(u64, EventJson)>, broadcast::Receiver<HubMessage>),
    /// Too old or unknown: the caller must send a snapshot.
    TooOld,
}

impl Hub {
    pub fn new<'a>(offices: impl IntoIterator<Item = &'a str>) -> Hub {
        let offices = offices
            .into_iter()
            .map(|o| (o.to_owned(), OfficeChannel { sender: broadcast::channel(CHANNEL).0, ring: Mutex::new(VecDeque::with_capacity(RING)) }))
            .collect();
        Hub { offices, internal: Default::default() }
    }

    /// Announces an event. Called by the writer thread, in `seq` order, after
    /// the change is committed.
    pub fn publish(&self, office: &str, seq: u64, json: EventJson) {
        let Some(ch) = self.offices.get(office) else { return };
        let mut ring = ch.ring.lock().unwrap_or_else(|p| p.into_inner());
        ring.push_back((seq, json.clone()));
        while ring.len() > RING {
            ring.pop_front();
        }
        // Sent under the ring's lock so that a replaying client sees each
        // event either in the ring or on the channel, never neither.
        let _ = ch.sender.send(HubMessage::Event { seq, json });
    }

    pub fn resync(&self, office: &str) {
        if let Some(ch) = self.offices.get(office) {
            let _ = ch.sender.send(HubMessage::Resync);
        }
    }

    /// Subscribes to the live channel. The caller must hold the office's
    /// state lock while it builds its snapshot and subscribes, so that no
    /// event after the snapshot is missed.
    pub fn subscribe(&self, office: &str) -> Option<broadcast::Receiver<HubMessage>> {
        self.offices.get(office).map(|ch| ch.sender.subscribe())
    }

    /// Subscribes a listener of the server's own that lives as long as the
    /// server (it is not counted among the clients).
    pub fn subscribe_internal(&self, office: &str) -> Option<broadcast::Receiver<HubMessage>> {
        let rx = self.subscribe(office)?;
        self.internal.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Some(rx)
    }

    /// Events after `since`, when the ring still has all of them.
    pub fn catch_up(&self, office: &str, since: u64) -> Catchup {
        let Some(ch) = self.offices.get(office) else { return Catchup::TooOld };
        let ring = ch.ring.lock().unwrap_or_else(|p| p.into_inner());
        let receiver = ch.sender.subscribe();
        let last = ring.back().map(|(s, _)| *s);
        let first = ring.front().map(|(s, _)| *s);
        match (first, last) {
            (Some(first), Some(last)) if since >= first.saturating_sub(1) && since <= last => {
                let events = ring.iter().filter(|(s, _)| *s > since).cloned().collect();
                Catchup::Replay(events, receiver)
            }
            _ => Catchup::TooOld,
        }
    }

    /// The last published `seq` of an office, if any event was published
    /// since start.
    pub fn last_published(&self, office: &str) -> Option<u64> {
        let ch = self.offices.get(office)?;
        let ring = ch.ring.lock().unwrap_or_else(|p| p.into_inner());
        ring.back().map(|(s, _)| *s)
    }

    pub fn client_count(&self) -> usize {
        let all: usize = self.offices.values().map(|c| c.sender.receiver_count()).sum();
        all.saturating_sub(self.internal.load(std::sync::atomic::Ordering::Relaxed))
    }
}
