//! The side modules of this build: one line each.
//!
//! This is the only place in the server that names a module. Adding one is
//! a crate under `crates/modules/<id>/` and a line here; removing one is
//! deleting both. `[modules] enabled` in the configuration chooses which of
//! these the server serves (all of them when it is left out).

/// Every module this build carries, in the order pages list them.
pub fn registered() -> Vec<platform::Module> {
    vec![
        // The six modules of the ward's plan join here, one line each, as
        // they are built (see docs/modules.md).
    ]
}
