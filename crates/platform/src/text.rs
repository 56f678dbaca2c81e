//! Text that people enter, in several languages: `{"ja": "…", "en": "…"}`.
//!
//! `ja` is required (the ward works in Japanese), other languages are
//! optional. A page shows the reader's language where given, else
//! `ja-x-easy`, else `ja`. Parsed at the edge: a [`Text`] that exists is
//! valid (tags are BCP 47, no value is empty or too long, no control or
//! bidi-override characters that could disguise what a moderator reads).

use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// A text in one or more languages, Japanese always among them.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(try_from = "BTreeMap<String, String>", into = "BTreeMap<String, String>")]
#[schema(value_type = BTreeMap<String, String>, example = json!({"ja": "黒崎のまつり", "en": "Kurosaki festival"}))]
pub struct Text(BTreeMap<String, String>);

impl Text {
    /// A Japanese-only text (the command line's `--name`, say), checked as
    /// any other.
    pub fn ja(value: &str, max_chars: usize) -> Result<Text, String> {
        Text::parse(BTreeMap::from([("ja".to_owned(), value.to_owned())]), max_chars)
    }

    /// Checks every language's value: at most `max_chars` characters, not
    /// blank, no control characters but line breaks and tabs, no bidi
    /// controls. Values are trimmed.
    pub fn parse(values: BTreeMap<String, String>, max_chars: usize) -> Result<Text, String> {
        if !values.contains_key("ja") {
            return Err("a text needs its Japanese (\"ja\") version".into());
        }
        if values.len() > 16 {
            return Err("a text has at most 16 languages".into());
        }
        let mut out = BTreeMap::new();
        for (tag, value) in values {
            queue_core::Lang::parse(&tag).map_err(|e| format!("{tag:?}: {e}"))?;
            let v = value.trim();
            if v.is_empty() {
                return Err(format!("the {tag} text is empty"));
            }
            if v.chars().count() > max_chars {
                return Err(format!("the {tag} text is longer than {max_chars} characters"));
            }
            if let Some(c) = v.chars().find(|c| unsafe_char(*c)) {
                return Err(format!("the {tag} text contains the control character U+{:04X}", c as u32));
            }
            out.insert(tag, v.to_owned());
        }
        Ok(Text(out))
    }

    /// The text for a reader of `lang`: theirs, else easy Japanese, else
    /// Japanese; with the language it is in.
    pub fn get(&self, lang: &str) -> (&str, &str) {
        for tag in [lang, "ja-x-easy", "ja"] {
            if let Some((t, v)) = self.0.get_key_value(tag) {
                return (t, v);
            }
        }
        // Unreachable: parse guarantees "ja".
        ("ja", "")
    }

    /// The Japanese text.
    pub fn ja_text(&self) -> &str {
        self.get("ja").1
    }

    pub fn languages(&self) -> impl Iterator<Item = (&str, &str)> {
        self.0.iter().map(|(k, v)| (k.as_str(), v.as_str()))
    }

    /// As stored: a JSON object.
    pub fn to_json(&self) -> String {
        serde_json::to_string(&self.0).unwrap_or_else(|_| "{}".into())
    }

    /// Read back from storage (no length bound: it was checked when written).
    pub fn from_json(json: &str) -> Result<Text, String> {
        let values: BTreeMap<String, String> = serde_json::from_str(json).map_err(|e| e.to_string())?;
        Text::parse(values, usize::MAX)
    }
}

/// Line breaks and tabs are text; every other control character, and the
/// bidi controls that can reorder what a reader sees, are not.
fn unsafe_char(c: char) -> bool {
    (c.is_control() && c != '\n' && c != '\t' && c != '\r') || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

impl TryFrom<BTreeMap<String, String>> for Text {
    type Error = String;
    fn try_from(values: BTreeMap<String, String>) -> Result<Text, String> {
        // Deserialised texts get the loosest bound; each route checks its own.
        Text::parse(values, 10_000)
    }
}

impl From<Text> for BTreeMap<String, String> {
    fn from(t: Text) -> Self {
        t.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn map(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs.iter().map(|(k, v)| ((*k).to_owned(), (*v).to_owned())).collect()
    }

    #[test]
    fn japanese_is_required_and_the_reader_gets_the_closest_language() {
        assert!(Text::parse(map(&[("en", "Festival")]), 100).is_err());
        let t = Text::parse(map(&[("ja", " 祭り "), ("en", "Festival"), ("ja-x-easy", "おまつり")]), 100).expect("valid");
        assert_eq!(t.get("en"), ("en", "Festival"));
        assert_eq!(t.get("vi"), ("ja-x-easy", "おまつり"));
        assert_eq!(t.ja_text(), "祭り", "trimmed");
        let only_ja = Text::ja("祭り", 100).expect("valid");
        assert_eq!(only_ja.get("ne"), ("ja", "祭り"));
        assert_eq!(Text::from_json(&t.to_json()).expect("reads back"), t);
    }

    #[test]
    fn bad_texts_say_what_is_wrong() {
        for (bad, why) in [
            (map(&[("ja", "")]), "empty"),
            (map(&[("ja", "   ")]), "empty"),
            (map(&[("ja", "abcdef")]), "longer than 5"),
            (map(&[("ja", "a\u{0007}b")]), "U+0007"),
            (map(&[("ja", "a\u{202E}b")]), "U+202E"),
            (map(&[("ja", "ok"), ("", "x")]), "\"\""),
            (map(&[("ja", "ok"), ("not a tag", "x")]), "not a tag"),
        ] {
            let e = Text::parse(bad.clone(), 5).expect_err("refused");
            assert!(e.contains(why), "{bad:?}: {e}");
        }
        assert!(Text::parse(map(&[("ja", "一行目\n二行目")]), 100).is_ok(), "line breaks are text");
        let json: Result<Text, _> = serde_json::from_str(r#"{"en": "no Japanese"}"#);
        assert!(json.is_err());
    }
}
