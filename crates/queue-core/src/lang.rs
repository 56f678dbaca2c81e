//! Languages and localized text.

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::fmt;

/// A BCP 47 language tag among the ones the ward configures, in its canonical
/// spelling (`zh-Hans`, `ja-x-easy`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Lang(String);

impl Lang {
    /// Japanese: the fallback for anything unknown.
    pub fn ja() -> Self {
        Lang("ja".to_owned())
    }

    /// A tag taken as configured, without negotiation. Used for configuration
    /// itself, where the spelling is the canonical one.
    pub fn configured(tag: &str) -> Self {
        Lang(tag.to_owned())
    }

    /// Picks the configured language a requested tag means, or `ja`.
    ///
    /// Matching is case-insensitive; `zh-CN`/`zh-SG` mean `zh-Hans`,
    /// `zh-TW`/`zh-HK`/`zh-MO` mean `zh-Hant`, `fil` means `tl`, and a region
    /// or script that is not configured falls back to the primary language
    /// (`en-US` → `en`, `pt-BR` → `pt`).
    pub fn negotiate(requested: &str, configured: &[Lang]) -> Lang {
        Self::find(requested, configured).unwrap_or_else(Lang::ja)
    }

    /// Like [`Lang::negotiate`] but says when nothing matched.
    pub fn find(requested: &str, configured: &[Lang]) -> Option<Lang> {
        let wanted = requested.trim().replace('_', "-").to_ascii_lowercase();
        if wanted.is_empty() {
            return None;
        }
        let exact = |tag: &str| configured.iter().find(|l| l.0.eq_ignore_ascii_case(tag)).cloned();
        if let Some(l) = exact(&wanted) {
            return Some(l);
        }
        let alias = match wanted.as_str() {
            "zh-cn" | "zh-sg" | "zh-hans-cn" | "zh" => Some("zh-Hans"),
            "zh-tw" | "zh-hk" | "zh-mo" | "zh-hant-tw" => Some("zh-Hant"),
            "fil" => Some("tl"),
            "ja-easy" | "easy-ja" => Some("ja-x-easy"),
            _ => None,
        };
        if let Some(l) = alias.and_then(exact) {
            return Some(l);
        }
        let primary = wanted.split('-').next().unwrap_or_default();
        exact(primary)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A text in several languages, keyed by language tag.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl Localized {
    /// The text in `lang`; else in `ja-x-easy`'s parent `ja` for easy
    /// Japanese; else English for foreign languages; else Japanese.
    pub fn get(&self, lang: &Lang) -> &str {
        let fallbacks: &[&str] = if lang.as_str().starts_with("ja") { &["ja", "en"] } else { &["en", "ja"] };
        std::iter::once(lang.as_str())
            .chain(fallbacks.iter().copied())
            .find_map(|tag| self.0.get(tag))
            .or_else(|| self.0.values().next())
            .map(String::as_str)
            .unwrap_or("")
    }

    /// The text in exactly `lang`, when there is one.
    pub fn exact(&self, lang: &str) -> Option<&str> {
        self.0.get(lang).map(String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn all() -> Vec<Lang> {
        ["ja", "ja-x-easy", "en", "zh-Hans", "zh-Hant", "ko", "vi", "ne", "id", "tl", "pt"]
            .iter()
            .map(|t| Lang::configured(t))
            .collect()
    }

    #[test]
    fn negotiation_finds_configured_languages() {
        let c = all();
        assert_eq!(Lang::negotiate("en", &c).as_str(), "en");
        assert_eq!(Lang::negotiate("EN-us", &c).as_str(), "en");
        assert_eq!(Lang::negotiate("zh-hans", &c).as_str(), "zh-Hans");
        assert_eq!(Lang::negotiate("zh-TW", &c).as_str(), "zh-Hant");
        assert_eq!(Lang::negotiate("ja-x-easy", &c).as_str(), "ja-x-easy");
        assert_eq!(Lang::negotiate("pt-BR", &c).as_str(), "pt");
        assert_eq!(Lang::negotiate("fil", &c).as_str(), "tl");
    }

    #[test]
    fn unknown_languages_fall_back_to_japanese() {
        let c = all();
        assert_eq!(Lang::negotiate("xx", &c).as_str(), "ja");
        assert_eq!(Lang::negotiate("", &c).as_str(), "ja");
        assert_eq!(Lang::negotiate("fr", &c).as_str(), "ja");
    }

    #[test]
    fn localized_text_falls_back_sensibly() {
        let mut m = BTreeMap::new();
        m.insert("ja".into(), "市民課".into());
        m.insert("en".into(), "Citizens".into());
        let t = Localized(m);
        assert_eq!(t.get(&Lang::configured("ja-x-easy")), "市民課");
        assert_eq!(t.get(&Lang::configured("vi")), "Citizens");
        assert_eq!(t.get(&Lang::configured("en")), "Citizens");
    }
}
