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

pub mod auth;
pub mod error;
pub mod extract;
pub mod module;
pub mod storage;

pub use error::{ApiError, ApiResult};
pub use module::{Module, Modules};
pub use queue_core::Clock;
pub use storage::Storage;

use std::sync::Arc;

/// The owner name of the platform's own tables and schema steps.
pub const PLATFORM: &str = "platform";

/// What a module's handlers can reach: the storage, the clock and the
/// token cache. Cheap to clone; the server's state hands out the same one.
#[derive(Clone)]
pub struct Platform {
    pub storage: Storage,
    pub clock: Arc<dyn Clock>,
    pub tokens: Arc<auth::TokenCache>,
}

impl std::fmt::Debug for Platform {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Platform")
    }
}

impl Platform {
    pub fn new(storage: Storage, clock: Arc<dyn Clock>) -> Platform {
        Platform { storage, clock, tokens: Arc::default() }
    }

    /// The current instant by the server's clock (tests cross midnight).
    pub fn now(&self) -> jiff::Timestamp {
        self.clock.now()
    }
}
