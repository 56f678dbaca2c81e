//! The history CSV parser (`madoguchi import-history`) on arbitrary text:
//! it never panics; every refusal names a line of the file and fits on one
//! line; what it accepts is one row per data line at most, each for an
//! office and queue of the ward.
#![no_main]

use libfuzzer_sys::fuzz_target;
use madoguchi_server::cli::parse_history;
use queue_core::WardConfig;
use std::sync::OnceLock;

fn config() -> &'static WardConfig {
    static CONFIG: OnceLock<WardConfig> = OnceLock::new();
    CONFIG.get_or_init(|| WardConfig::parse(madoguchi_server::settings::BUILT_IN).expect("built-in configuration"))
}

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let lines = text.lines().count().max(1);
    match parse_history(text, config()) {
        Ok(rows) => {
            assert!(rows.len() < lines, "{} rows from {lines} lines (one is the header)", rows.len());
            for r in &rows {
                let known = config().office(&r.office).and_then(|o| o.queue(&r.queue)).is_some();
                assert!(known, "accepted a row for {} {}, which the ward does not have", r.office, r.queue);
            }
        }
        Err(errors) => {
            assert!(!errors.is_empty(), "a refusal without a reason");
            for (line, reason) in &errors {
                assert!(*line >= 1 && *line <= lines, "line {line} of a {lines}-line file: {reason}");
                assert!(!reason.contains('\n') && !reason.contains('\r'), "a multi-line reason: {reason:?}");
                assert!(!reason.trim().is_empty(), "an empty reason on line {line}");
            }
        }
    }
});
