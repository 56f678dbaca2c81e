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

    /// A tag from the configuration, checked as BCP 47: a language with
    /// optional script, region and variants (`zh-Hans`, `pt-BR`), and
    /// optionally private-use subtags after `x` (`ja-x-easy`). The spelling
    /// is kept as written, since localized texts are keyed by it.
    pub fn parse(tag: &str) -> Result<Lang, String> {
        check_tag(tag)?;
        Ok(Lang(tag.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Checks a BCP 47 tag. The tag names files, keys texts and is written into
/// pages, so anything beyond the grammar (empty, spaces, bidi controls) is
/// refused rather than cleaned up.
fn check_tag(tag: &str) -> Result<(), String> {
    let bad = |why: &str| Err(format!("{tag:?} is not a BCP 47 language tag ({why})"));
    if tag.is_empty() {
        return bad("empty");
    }
    if !tag.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-') {
        return bad("only ASCII letters, digits and '-' are allowed");
    }
    // unic-langid knows language, script, region and variants; the
    // private-use part (`-x-…`) is checked here: 1 to 8 letters or digits each.
    let lower = tag.to_ascii_lowercase();
    let (main, private) = match lower.find("-x-") {
        Some(i) => (&tag[..i], Some(&tag[i + 3..])),
        None if lower.starts_with("x-") => return bad("a private-use tag needs a language first, as in ja-x-easy"),
        None => (tag, None),
    };
    if let Some(private) = private
        && !private.split('-').all(|s| (1..=8).contains(&s.len()))
    {
        return bad("private-use subtags are 1 to 8 letters or digits");
    }
    match main.parse::<unic_langid::LanguageIdentifier>() {
        // An empty parse is `und`; a tag must name its language.
        Ok(id) if id.language.is_empty() => bad("no language"),
        Ok(_) => Ok(()),
        Err(e) => bad(&e.to_string()),
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

/// A text in several languages, keyed by language tag. Read only from the
/// configuration, so the keys are checked as BCP 47 there.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize)]
#[serde(transparent)]
pub struct Localized(pub BTreeMap<String, String>);

impl<'de> Deserialize<'de> for Localized {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let m = BTreeMap::<String, String>::deserialize(d)?;
        for tag in m.keys() {
            check_tag(tag).map_err(serde::de::Error::custom)?;
        }
        Ok(Localized(m))
    }
}

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
