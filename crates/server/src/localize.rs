//! Names and guidance in a resident's language: from the Fluent catalogs
//! first (every language), then the configuration's own ja/en names.

use crate::i18n::Catalogs;
use queue_core::{Lang, Localized};

/// The name under `key` (`svc-moving-in`, `cat-moving`, `sec-shimin`,
/// `life-moving-in`, `question-children`) in `lang`, or the configured name.
pub fn name(catalogs: &Catalogs, lang: &Lang, key: &str, configured: &Localized) -> String {
    catalogs
        .exact(lang.as_str(), key)
        .map(str::to_owned)
        .or_else(|| configured.exact(lang.as_str()).map(str::to_owned))
        .unwrap_or_else(|| configured.get(lang).to_owned())
}

/// Languages whose speakers count the street-level floor as the ground
/// floor and the one above as the first (Brazil, Nepal), where Japan counts
/// it as the first (1階).
const GROUND_FLOOR_IS_ZERO: [&str; 2] = ["pt", "ne"];

/// A floor in `lang`: the configuration's own name when it has one in that
/// language, else from a Japanese `N階` by the catalog's `floor-number`
/// (counted the way the resident counts floors), else the configured name.
pub fn floor(catalogs: &Catalogs, lang: &Lang, configured: &Localized) -> String {
    if let Some(exact) = configured.exact(lang.as_str()) {
        return exact.to_owned();
    }
    let japanese = configured.exact("ja").unwrap_or_default();
    let Some(n) = japanese.strip_suffix('階').and_then(|n| n.parse::<u32>().ok()).filter(|n| *n >= 1) else {
        return configured.get(lang).to_owned();
    };
    let text = if GROUND_FLOOR_IS_ZERO.contains(&lang.as_str()) {
        if n == 1 { catalogs.exact(lang.as_str(), "floor-ground").map(str::to_owned) } else { catalogs.text(lang.as_str(), "floor-number", &[("n", &(n - 1).to_string())]) }
    } else {
        catalogs.text(lang.as_str(), "floor-number", &[("n", &n.to_string())])
    };
    text.unwrap_or_else(|| configured.get(lang).to_owned())
}

/// An office's name in `lang`: the catalog's `office-{id}`, else the configured name.
pub fn office(catalogs: &Catalogs, lang: &Lang, o: &queue_core::config::Office) -> String {
    name(catalogs, lang, &format!("office-{}", o.id), &o.name)
}

/// A counter's name in `lang`: the configuration's own name in that language,
/// else from a Japanese `N番窓口` by the catalog's `counter-number`, else the
/// configured name.
pub fn counter(catalogs: &Catalogs, lang: &Lang, configured: &Localized) -> String {
    if let Some(exact) = configured.exact(lang.as_str()) {
        return exact.to_owned();
    }
    configured
        .exact("ja")
        .and_then(|ja| ja.strip_suffix("番窓口"))
        .filter(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
        .and_then(|n| catalogs.text(lang.as_str(), "counter-number", &[("n", n)]))
        .unwrap_or_else(|| configured.get(lang).to_owned())
}

/// Guidance text of a service in `lang` (falling back to Japanese), with
/// what the counters and configuration know.
#[derive(Debug, Clone, serde::Serialize, utoipa::ToSchema)]
pub struct ServiceGuidance {
    /// The language this guidance is in (after fallback).
    pub lang: String,
    pub description: Option<String>,
    /// Who can apply.
    pub who: Option<String>,
    /// What to bring, one item each.
    pub bring: Vec<String>,
    pub fee: Option<String>,
    /// Typical handling time.
    pub time: Option<String>,
    pub deadline: Option<String>,
    pub notes: Option<String>,
    /// Fields whose Kitakyushu-specific facts still need checking with the ward.
    pub verify: Vec<String>,
    /// The queue's name, floor and counters.
    pub queue_name: String,
    pub floor: String,
    pub counters: Vec<String>,
    /// Typical minutes at the counter.
    pub typical_minutes: f64,
}

/// A service's guidance at an office, in `lang` (or Japanese where the
/// catalog has no translation).
pub fn guidance(catalogs: &Catalogs, lang: &Lang, service: &str, office: &queue_core::config::Office, queue: &queue_core::config::Queue) -> ServiceGuidance {
    let key = format!("svc-{service}");
    let used = if catalogs.exact(lang.as_str(), &format!("{key}.description")).is_some() { lang.as_str() } else { "ja" };
    let field = |f: &str| catalogs.exact(used, &format!("{key}.{f}")).map(str::to_owned);
    let list = |v: Option<String>| -> Vec<String> {
        v.map(|t| t.lines().map(|l| l.trim().to_owned()).filter(|l| !l.is_empty()).collect()).unwrap_or_default()
    };
    ServiceGuidance {
        lang: used.to_owned(),
        description: field("description"),
        who: field("who"),
        bring: list(field("bring")),
        fee: field("fee"),
        time: field("time"),
        deadline: field("deadline"),
        notes: field("notes"),
        verify: catalogs
            .exact("ja", &format!("{key}.verify"))
            .map(|v| v.split(',').map(|s| s.trim().to_owned()).filter(|s| !s.is_empty()).collect())
            .unwrap_or_default(),
        queue_name: queue.name.get(lang).to_owned(),
        floor: floor(catalogs, lang, &queue.floor),
        counters: office.counters_for(&queue.id).map(|c| counter(catalogs, lang, &c.name)).collect(),
        typical_minutes: queue.service_minutes,
    }
}

/// Text for paper, where ruby cannot be printed: each ruby base is
/// replaced by its reading, so やさしい日本語 stays readable (「転入」→「てんにゅう」).
pub fn plain(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(start) = rest.find("<ruby>") {
        out.push_str(&rest[..start]);
        let after = &rest[start + 6..];
        let Some(end) = after.find("</ruby>") else {
            rest = after;
            continue;
        };
        let inner = &after[..end];
        match (inner.find("<rt>"), inner.find("</rt>")) {
            (Some(a), Some(b)) if a < b => out.push_str(&inner[a + 4..b]),
            _ => out.push_str(inner),
        }
        rest = &after[end + 7..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use queue_core::{Lang, Localized};

    #[test]
    fn floors_are_counted_the_way_the_resident_counts_them() {
        let catalogs = crate::i18n::Catalogs::embedded().expect("catalogs");
        let floor = |ja: &str, en: &str, lang: &str| {
            let configured = Localized([("ja".to_owned(), ja.to_owned()), ("en".to_owned(), en.to_owned())].into_iter().collect());
            super::floor(&catalogs, &Lang::configured(lang), &configured)
        };
        assert_eq!(floor("1階", "1st floor", "ja"), "1階");
        assert_eq!(floor("1階", "1st floor", "en"), "1st floor", "the configured English name");
        assert_eq!(floor("2階", "2nd floor", "vi"), "Tầng 2");
        assert_eq!(floor("2階", "2nd floor", "ko"), "2층");
        assert_eq!(floor("2階", "2nd floor", "zh-Hans"), "2楼");
        // Brazil and Nepal count the street level as the ground floor.
        assert_eq!(floor("1階", "1st floor", "pt"), "Térreo");
        assert_eq!(floor("2階", "2nd floor", "pt"), "1º andar");
        assert_eq!(floor("3階", "3rd floor", "ne"), "2 तल्ला");
        assert_eq!(floor("2階", "2nd floor", "ja-x-easy"), "2<ruby>階<rt>かい</rt></ruby>");
        // Not a plain N階: the configured name as it is.
        assert_eq!(floor("本館1階", "Main building", "vi"), "Main building");
    }

    #[test]
    fn offices_and_counters_are_named_in_the_residents_language() {
        let catalogs = crate::i18n::Catalogs::embedded().expect("catalogs");
        let config = queue_core::WardConfig::parse(include_str!("../../../config/yahatanishi.toml")).expect("config");
        let orio = config.office("orio").expect("orio");
        assert_eq!(super::office(&catalogs, &Lang::configured("ko"), orio), "오리오 출장소");
        assert_eq!(super::office(&catalogs, &Lang::configured("ja"), orio), "折尾出張所");
        let c = |ja: &str, lang: &str| {
            let configured = Localized([("ja".to_owned(), ja.to_owned()), ("en".to_owned(), "Counter".to_owned())].into_iter().collect());
            super::counter(&catalogs, &Lang::configured(lang), &configured)
        };
        assert_eq!(c("11番窓口", "ne"), "काउन्टर नं. 11");
        assert_eq!(c("3番窓口", "zh-Hans"), "3号窗口");
        assert_eq!(c("3番窓口", "en"), "Counter", "the configured English name wins");
        assert_eq!(c("総合案内", "vi"), "Counter", "not a numbered counter: the configured name");
    }

    #[test]
    fn ruby_is_removed_for_paper() {
        assert_eq!(super::plain("<ruby>転入<rt>てんにゅう</rt></ruby>の とどけ"), "てんにゅうの とどけ");
        assert_eq!(super::plain("no ruby"), "no ruby");
    }
}
