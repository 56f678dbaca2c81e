//! Bearer tokens and roles: the platform's (see `platform::auth`), and the
//! queue's own random ids for tickets and residents' tokens.

pub use platform::auth::*;
use base64::Engine as _;
use rand::RngCore;

/// A ticket's unique id: 96 random bits, URL-safe.
pub fn new_ticket_id() -> String {
    let mut bytes = [0u8; 12];
    rand::rng().fill_bytes(&mut bytes);
    format!("t{}", base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes))
}

/// A resident's ticket token: 192 random bits, URL-safe, unguessable.
pub fn new_ticket_token() -> String {
    let mut bytes = [0u8; 24];
    rand::rng().fill_bytes(&mut bytes);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(bytes)
}

