//! Loading the ward configuration.

use queue_core::WardConfig;
use std::path::Path;

/// The built-in Yahatanishi configuration, the same text as `config/yahatanishi.toml`.
pub const BUILT_IN: &str = include_str!("../../../config/yahatanishi.toml");

/// The configuration from a file, or the built-in one. Errors name the file
/// and line: `config/x.toml:12: counter 3 names unknown queue "Z"`.
pub fn load(path: Option<&Path>) -> Result<WardConfig, String> {
    match path {
        None => WardConfig::parse(BUILT_IN).map_err(|e| format!("built-in configuration: {e}")),
        Some(p) => {
            let text = std::fs::read_to_string(p).map_err(|e| format!("{}: cannot read: {e}", p.display()))?;
            WardConfig::parse(&text).map_err(|e| match e.line {
                Some(line) => format!("{}:{line}: {}", p.display(), e.message),
                None => format!("{}: {}", p.display(), e.message),
            })
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_ward_is_valid_and_complete() {
        let c = load(None).expect("built-in configuration parses");
        let ids: Vec<&str> = c.offices.iter().map(|o| o.id.as_str()).collect();
        assert_eq!(ids, ["yahatanishi", "orio", "kojaku", "yahataminami"]);
        assert!(c.services.len() >= 25, "{} services", c.services.len());
        for section in ["shimin", "kokuho-nenkin", "hoken-fukushi", "hogo-1", "hogo-2", "community-shien", "machizukuri", "somu-kikaku"] {
            assert!(c.section(section).is_some(), "section {section}");
        }
        for lang in ["ja", "ja-x-easy", "en", "zh-Hans", "zh-Hant", "ko", "vi", "ne", "id", "tl", "pt"] {
            assert!(c.ward.languages.iter().any(|l| l.as_str() == lang), "{lang}");
        }
        let main = c.office("yahatanishi").expect("main office");
        for s in &c.services {
            assert!(main.queue_for_service(s.id.as_str()).is_some(), "main office offers {}", s.id);
        }
    }

    #[test]
    fn a_broken_file_names_itself_and_the_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("broken.toml");
        let text = BUILT_IN.replacen("service_minutes = ", "service_minutes = = ", 1);
        std::fs::write(&p, &text).expect("write");
        let e = load(Some(&p)).expect_err("must fail");
        let line = text.lines().position(|l| l.contains("service_minutes = = ")).map(|i| i + 1).expect("line");
        assert!(e.starts_with(&format!("{}:{line}:", p.display())), "{e}");
    }
}
