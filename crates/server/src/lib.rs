//! The Madoguchi server: the axum app, the websocket hub, authentication,
//! and the engine that ties the domain to the store.
//!
//! Entry points: [`app::start`] runs a server (the binary and the tests use
//! it), [`app::router`] is the axum router.

pub mod app;
pub mod assets;
pub mod auth;
pub mod cli;
pub mod demo;
pub mod engine;
/// The one error type of the API (the platform's).
pub use platform::error;
/// Extractors answering with the API's errors (the platform's).
pub use platform::extract;
pub mod forecasting;
pub mod hub;
pub mod i18n;
pub mod limits;
pub mod localize;
pub mod metrics;
pub mod modules;
pub mod openapi;
pub mod pages;
pub mod routes;
pub mod settings;
pub mod speech;
pub mod state;
pub mod status;
pub mod views;
pub mod webhooks;
pub mod ws;
