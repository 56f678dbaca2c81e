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
            let config = WardConfig::parse(&text).map_err(|e| match e.line {
                Some(line) => format!("{}:{line}: {}", p.display(), e.message),
                None => format!("{}: {}", p.display(), e.message),
            })?;
            check_printer_devices(&config, &text).map_err(|(line, message)| format!("{}:{line}: {message}", p.display()))?;
            check_modules(&config, &text, &crate::modules::registered()).map_err(|(line, message)| format!("{}:{line}: {message}", p.display()))?;
            Ok(config)
        }
    }
}

/// Refuses `[modules] enabled` ids this build does not have, naming the line.
fn check_modules(config: &WardConfig, text: &str, known: &[platform::Module]) -> Result<(), (usize, String)> {
    for id in config.modules.enabled.iter().flatten() {
        if !known.iter().any(|m| m.id == id.get_ref()) {
            let line = queue_core::config::line_of(text, id.span().start);
            let have = known.iter().map(|m| m.id).collect::<Vec<_>>().join(", ");
            let have = if have.is_empty() { "none".to_owned() } else { have };
            return Err((line, format!("[modules] enabled names {:?}, which this build does not have (it has: {have})", id.get_ref())));
        }
    }
    Ok(())
}

/// The ids of `[modules] enabled`, or `None` for every module of the build.
/// The built-in configuration taking tickets at any hour
/// (`reception_always`): for the test suites and benches, which run at
/// whatever time the machine's clock says, and for a training kiosk.
pub fn built_in_always_open() -> WardConfig {
    let mut config = WardConfig::parse(BUILT_IN).unwrap_or_else(|e| panic!("the built-in configuration: {e}"));
    config.hours.reception_always = true;
    config
}

pub fn enabled_modules(config: &WardConfig) -> Option<Vec<String>> {
    config.modules.enabled.as_ref().map(|ids| ids.iter().map(|id| id.get_ref().clone()).collect())
}

/// Refuses device targets that exist and are not character devices: a
/// regular file (`/etc/passwd`), a directory, or a symlink to one. The
/// configuration crate does no I/O, so this look at the file system is made
/// here; a device that is missing (a USB printer unplugged) is accepted, and
/// every print checks the target again when it opens it.
fn check_printer_devices(config: &WardConfig, text: &str) -> Result<(), (usize, String)> {
    for office in &config.offices {
        for p in &office.printers {
            let target = p.target.get_ref();
            if target.starts_with("tcp://") {
                continue;
            }
            if let Ok(Some(why)) = print::printer::device_refusal(Path::new(target)) {
                let line = queue_core::config::line_of(text, p.target.span().start);
                return Err((line, format!("printer {}/{}: target {target} is {why}", office.id, p.id)));
            }
        }
    }
    Ok(())
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

    /// A printer target that is a regular file, or a symlink to one, is
    /// refused at start with the file and line; a character device is not.
    #[test]
    fn a_printer_target_that_is_no_device_names_the_file_and_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let victim = dir.path().join("passwd");
        std::fs::write(&victim, b"root:x:0:0\n").expect("write");
        let link = dir.path().join("lp0");
        std::os::unix::fs::symlink(&victim, &link).expect("symlink");
        let second_office = BUILT_IN.match_indices("\n[[offices]]").nth(1).map(|(i, _)| i).expect("a second office");
        let with = |target: &Path| {
            let printer = format!("\n[[offices.printers]]\nid = \"kiosk-1f\"\ntarget = \"{}\"\n", target.display());
            format!("{}{printer}{}", &BUILT_IN[..second_office], &BUILT_IN[second_office..])
        };
        let p = dir.path().join("ward.toml");
        for target in [&victim, &link, &dir.path().to_path_buf()] {
            let text = with(target);
            std::fs::write(&p, &text).expect("write");
            let e = load(Some(&p)).expect_err("refused");
            let line = text.lines().position(|l| l.starts_with("target = ")).map(|i| i + 1).expect("line");
            assert!(e.starts_with(&format!("{}:{line}:", p.display())) && e.contains("not a character device"), "{e}");
        }
        assert_eq!(std::fs::read(&victim).expect("read"), b"root:x:0:0\n");
        for fine in [Path::new("/dev/null"), &dir.path().join("unplugged")] {
            std::fs::write(&p, with(fine)).expect("write");
            load(Some(&p)).expect("a character device, or one not plugged in yet");
        }
    }

    /// A bad language tag in an operator's file names the file and line.
    #[test]
    fn a_bad_language_tag_names_the_file_and_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("ward.toml");
        let text = BUILT_IN.replacen("languages = [", "languages = [\n  \"\u{202E}en\",", 1);
        std::fs::write(&p, &text).expect("write");
        let e = load(Some(&p)).expect_err("refused");
        let line = text.lines().position(|l| l.contains('\u{202E}')).map(|i| i + 1).expect("line");
        assert!(e.starts_with(&format!("{}:{line}:", p.display())) && e.contains("BCP 47"), "{e}");
    }

    /// An unknown module id names the file and line; a known one is taken.
    #[test]
    fn an_unknown_module_names_the_file_and_line() {
        let dir = tempfile::tempdir().expect("tempdir");
        let p = dir.path().join("ward.toml");
        let text = format!("{BUILT_IN}\n[modules]\nenabled = [\n  \"no-such-module\",\n]\n");
        std::fs::write(&p, &text).expect("write");
        let e = load(Some(&p)).expect_err("refused");
        let line = text.lines().position(|l| l.contains("no-such-module")).map(|i| i + 1).expect("line");
        assert!(e.starts_with(&format!("{}:{line}:", p.display())) && e.contains("does not have"), "{e}");
        let config = WardConfig::parse(&text).expect("parses");
        let known = [platform::Module {
            id: "probe",
            names: &[("ja", "試験")],
            migrations: &[],
            api: |_| axum::Router::new(),
            pages: None,
            openapi: Default::default,
            demo: None,
            datasets: &[],
            statistics: &[],
        }];
        assert!(check_modules(&config, &text, &known).is_err());
        let fine = text.replace("no-such-module", "probe");
        assert_eq!(check_modules(&WardConfig::parse(&fine).expect("parses"), &fine, &known), Ok(()));
        assert_eq!(enabled_modules(&WardConfig::parse(&fine).expect("parses")), Some(vec!["probe".to_owned()]));
        assert_eq!(enabled_modules(&WardConfig::parse(BUILT_IN).expect("parses")), None);
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
