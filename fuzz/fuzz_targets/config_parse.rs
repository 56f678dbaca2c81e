//! `WardConfig::parse` on arbitrary text: it never panics, and a refusal is
//! one line with, when it names a line, a line that exists.
#![no_main]

use libfuzzer_sys::fuzz_target;
use queue_core::WardConfig;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    match WardConfig::parse(text) {
        Ok(config) => {
            // A configuration that parses is usable: every office it lists is found by id.
            for o in &config.offices {
                assert!(config.office(o.id.as_str()).is_some(), "office {} not found by its id", o.id.as_str());
            }
        }
        Err(e) => {
            assert!(!e.message.trim().is_empty(), "an empty error message");
            assert!(!e.message.contains('\n'), "a multi-line error message: {:?}", e.message);
            if let Some(line) = e.line {
                let lines = text.split('\n').count();
                assert!(line >= 1 && line <= lines, "error on line {line} of a {lines}-line text: {}", e.message);
            }
        }
    }
});
