//! The narrow waist between the server's faces and the side modules.
//!
//! What every module and the queue's own routes share on the server side:
//! the one [`error::ApiError`] and the extractors that answer with it
//! ([`extract`]), who is calling ([`auth::Principal`], roles, the token
//! cache), the storage ([`storage::Storage`]: the one writer thread and the
//! readers) and the [`module::Module`] manifest with the list of modules
//! ([`module::Modules`]).
//!
//! The queue's domain (`queue-core`) knows nothing of this crate or of any
//! module. This crate uses the queue core for its shared kernel only — the
//! clock and the mapping of its domain errors to answers — and a module
//! uses this crate, never the queue core or the server.

pub mod accounts;
pub mod audit;
pub mod auth;
pub mod board;
pub mod datasets;
pub mod error;
pub mod export;
pub mod extract;
pub mod moderation;
pub mod module;
pub mod reference;
pub mod storage;
pub mod text;
pub mod webhooks;

pub use error::{ApiError, ApiResult};
pub use module::{Module, Modules};
pub use queue_core::Clock;
pub use storage::Storage;

use std::sync::Arc;

/// The owner name of the platform's own tables and schema steps.
pub const PLATFORM: &str = "platform";

/// The platform's own tables, step by step (see [`store::Migrations`]).
/// Never edit a released step; append one.
const SCHEMA: &[&str] = &[
    // 1: organisations (shops, facilities, companies, schools, citizen
    // centres, sections, groups) and the invitations that make their members.
    r#"
    CREATE TABLE platform_organisations (
        id          TEXT PRIMARY KEY,
        kind        TEXT NOT NULL,
        name        TEXT NOT NULL,          -- JSON {"ja": …, "en": …}
        district    TEXT,
        office      TEXT,
        created_at  INTEGER NOT NULL,       -- microseconds since the epoch
        disabled_at INTEGER
    );
    CREATE TABLE platform_invitations (
        code_hash    BLOB PRIMARY KEY,      -- SHA-256 of the canonical code
        organisation TEXT NOT NULL REFERENCES platform_organisations(id),
        created_by   TEXT NOT NULL,         -- who handed it out (role:name#token)
        created_at   INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        used_at      INTEGER,
        used_by      TEXT                   -- the user name it made
    );
    "#,
    // 2: one moderation queue for every module, and the platform's audit
    // trail (who approved, hid or rejected what, and why; invitations).
    r#"
    CREATE TABLE platform_moderation (
        id             TEXT PRIMARY KEY,
        module         TEXT NOT NULL,
        kind           TEXT NOT NULL,       -- event, feedback, voice, need, …
        item           TEXT NOT NULL,       -- the module's own id of it
        summary        TEXT NOT NULL,
        submitter      TEXT NOT NULL,       -- role:name#token, or public
        submitter_name TEXT,
        organisation   TEXT,
        status         TEXT NOT NULL,       -- pending, approved, hidden, rejected
        reason         TEXT,
        submitted_at   INTEGER NOT NULL,
        decided_at     INTEGER,
        decided_by     TEXT,
        UNIQUE (module, kind, item)
    );
    CREATE INDEX platform_moderation_queue ON platform_moderation(status, submitted_at);
    CREATE INDEX platform_moderation_org ON platform_moderation(organisation);
    CREATE TABLE platform_audit (
        id       INTEGER PRIMARY KEY,
        at       INTEGER NOT NULL,
        actor    TEXT NOT NULL,
        module   TEXT NOT NULL,
        action   TEXT NOT NULL,
        subject  TEXT NOT NULL,
        reason   TEXT
    );
    CREATE INDEX platform_audit_at ON platform_audit(at);
    "#,
    // 3: what the boards show besides calls: ward notices and emergency
    // alerts (withdrawn and cancelled ones are kept, with who and when).
    r#"
    CREATE TABLE platform_notices (
        id           TEXT PRIMARY KEY,
        offices      TEXT NOT NULL,         -- JSON array of office ids
        title        TEXT NOT NULL,         -- JSON {"ja": …, …}
        body         TEXT NOT NULL,
        starts_at    INTEGER NOT NULL,
        ends_at      INTEGER NOT NULL,
        priority     INTEGER NOT NULL,
        weekdays     TEXT,                  -- JSON array, or NULL for every day
        hours        TEXT,                  -- JSON {"from", "until"}, or NULL
        created_by   TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        withdrawn_at INTEGER,
        withdrawn_by TEXT
    );
    CREATE INDEX platform_notices_live ON platform_notices(ends_at) WHERE withdrawn_at IS NULL;
    CREATE TABLE platform_alerts (
        id           TEXT PRIMARY KEY,
        offices      TEXT NOT NULL,
        headline     TEXT NOT NULL,
        description  TEXT NOT NULL,
        severity     TEXT NOT NULL,         -- Extreme, Severe, Moderate
        expires_at   INTEGER NOT NULL,
        exercise     INTEGER NOT NULL DEFAULT 0,
        cap          TEXT,                  -- sender,identifier,sent of its CAP message
        cap_xml      TEXT,                  -- the CAP document as received
        created_by   TEXT NOT NULL,
        created_at   INTEGER NOT NULL,
        cancelled_at INTEGER,
        cancelled_by TEXT
    );
    CREATE INDEX platform_alerts_cap ON platform_alerts(cap);
    "#,
    // 4: the module that offers a notice (events, needs, facility notices).
    r#"
    ALTER TABLE platform_notices ADD COLUMN source TEXT;
    "#,
    // 5: outgoing webhooks and the log of their deliveries (the dead
    // letters among them: those that failed every attempt).
    r#"
    CREATE TABLE platform_webhooks (
        id          TEXT PRIMARY KEY,
        url         TEXT NOT NULL,
        events      TEXT NOT NULL,          -- JSON array of event types, or ["*"]
        secret      TEXT NOT NULL,          -- the HMAC key: needed in clear to sign
        created_by  TEXT NOT NULL,
        created_at  INTEGER NOT NULL,
        deleted_at  INTEGER
    );
    CREATE TABLE platform_webhook_deliveries (
        id           INTEGER PRIMARY KEY,
        webhook      TEXT NOT NULL REFERENCES platform_webhooks(id),
        event_type   TEXT NOT NULL,
        body         TEXT NOT NULL,
        status       TEXT NOT NULL,         -- delivered | dead
        attempts     INTEGER NOT NULL,
        last_status  INTEGER,               -- the receiver's HTTP status
        last_error   TEXT,
        created_at   INTEGER NOT NULL,
        finished_at  INTEGER NOT NULL
    );
    CREATE INDEX platform_webhook_deliveries_by ON platform_webhook_deliveries(webhook, id);
    "#,
];

/// The platform's schema steps, applied wherever the database is opened
/// for the modules' sake (the server, `madoguchi org create`, …).
pub fn schema() -> store::Migrations {
    store::Migrations { owner: PLATFORM, steps: SCHEMA }
}

/// What a module's handlers can reach: the storage, the clock, the token
/// cache and the boards. Cheap to clone; the server's state hands out the
/// same one.
#[derive(Clone)]
pub struct Platform {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    pub tokens: Arc<auth::TokenCache>,
    /// Puts a module's content on the waiting-room boards.
    pub boards: Arc<dyn board::Boards>,
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Platform")
    }
}

impl Platform {
    pub fn new(storage: Storage, clock: Arc<dyn Clock>, boards: Arc<dyn board::Boards>) -> Platform {
        Platform { storage, clock, tokens: Arc::default(), boards }
    }

    /// The current instant by the server's clock (tests cross midnight).
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }
}
