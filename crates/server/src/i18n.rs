//! The page strings, from Fluent catalogs `config/locales/{lang}/ui.ftl`,
//! embedded in the binary and checked at start.
//!
//! Pages fetch a language's strings as JSON, with variables left as
//! `{$name}` for the page to fill in.

use fluent_bundle::FluentResource;
use fluent_bundle::concurrent::FluentBundle;
use include_dir::{Dir, include_dir};
use std::collections::BTreeMap;

static LOCALES: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/../../config/locales");

/// One language's resolved UI strings.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Catalog {
    pub lang: String,
    pub messages: BTreeMap<String, String>,
}

/// Every language's UI strings.
#[derive(Debug, Default)]
pub struct Catalogs {
    by_lang: BTreeMap<String, Catalog>,
}

/// A catalog problem, naming the file and key.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("config/locales/{file}: {message}")]
pub struct CatalogError {
    pub file: String,
    pub message: String,
}

impl Catalogs {
    /// Loads every `{lang}/*.ftl` embedded in the binary (`ui.ftl` for the
    /// pages, `print.ftl` for the paper ticket), one catalog per language.
    pub fn embedded() -> Result<Catalogs, CatalogError> {
        let mut files = Vec::new();
        for dir in LOCALES.dirs() {
            let lang = dir.path().file_name().and_then(|n| n.to_str()).unwrap_or_default().to_owned();
            let mut ftl: Vec<_> = dir.files().filter(|f| f.path().extension().is_some_and(|e| e == "ftl")).collect();
            ftl.sort_by_key(|f| f.path());
            let mut text = String::new();
            for f in ftl {
                let name = f.path().display().to_string();
                text.push_str(f.contents_utf8().ok_or_else(|| CatalogError { file: name, message: "not UTF-8".into() })?);
                text.push('\n');
            }
            files.push((lang, text));
        }
        Self::parse(files)
    }

    /// Parses `(lang, ftl text)` pairs.
    pub fn parse(files: Vec<(String, String)>) -> Result<Catalogs, CatalogError> {
        let mut by_lang = BTreeMap::new();
        for (lang, text) in files {
            let file = format!("{lang}/*.ftl");
            let err = |message: String| CatalogError { file: file.clone(), message };
            let resource = FluentResource::try_new(text).map_err(|(_, errors)| {
                err(errors.iter().map(|e| format!("{e:?}")).collect::<Vec<_>>().join("; "))
            })?;
            let locale: unic_langid::LanguageIdentifier =
                lang.split("-x-").next().unwrap_or("ja").parse().map_err(|_| err(format!("{lang:?} is not a language tag")))?;
            let mut bundle = FluentBundle::new_concurrent(vec![locale]);
            bundle.set_use_isolating(false);
            let ids: Vec<String> = resource
                .entries()
                .filter_map(|e| match e {
                    fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                    _ => None,
                })
                .collect();
            bundle.add_resource(resource).map_err(|e| err(format!("{e:?}")))?;
            let mut messages = BTreeMap::new();
            for id in ids {
                let Some(message) = bundle.get_message(&id) else { continue };
                // Without arguments Fluent writes each variable as {$name}:
                // exactly the placeholder the pages fill in.
                let mut errors = Vec::new();
                if let Some(pattern) = message.value() {
                    messages.insert(id.clone(), bundle.format_pattern(pattern, None, &mut errors).into_owned());
                }
                // Attributes (guidance fields) are kept as `id.attribute`.
                for attribute in message.attributes() {
                    let text = bundle.format_pattern(attribute.value(), None, &mut errors).into_owned();
                    messages.insert(format!("{id}.{}", attribute.id()), text);
                }
                if message.value().is_none() && message.attributes().next().is_none() {
                    return Err(err(format!("message {id} has no value")));
                }
            }
            by_lang.insert(lang.clone(), Catalog { lang, messages });
        }
        Ok(Catalogs { by_lang })
    }

    pub fn get(&self, lang: &str) -> Option<&Catalog> {
        self.by_lang.get(lang)
    }

    pub fn languages(&self) -> impl Iterator<Item = &Catalog> {
        self.by_lang.values()
    }

    /// A message in `lang` (else Japanese) with its `{$name}` placeholders filled.
    pub fn text(&self, lang: &str, key: &str, args: &[(&str, &str)]) -> Option<String> {
        let c = self.by_lang.get(lang).filter(|c| c.messages.contains_key(key)).or_else(|| self.by_lang.get("ja"))?;
        let mut text = c.messages.get(key)?.clone();
        for (name, value) in args {
            text = text.replace(&format!("{{${name}}}"), value);
        }
        Some(text)
    }

    /// A message in exactly `lang`, without falling back.
    pub fn exact(&self, lang: &str, key: &str) -> Option<&str> {
        self.by_lang.get(lang)?.messages.get(key).map(String::as_str)
    }

    /// Every key of the Japanese catalog missing from another language, and
    /// every key another language has that Japanese lacks.
    pub fn completeness_problems(&self, languages: &[String]) -> Vec<String> {
        let mut problems = Vec::new();
        let Some(ja) = self.by_lang.get("ja") else { return vec!["config/locales/ja/ is missing".into()] };
        for lang in languages {
            let Some(c) = self.by_lang.get(lang) else {
                problems.push(format!("config/locales/{lang}/ is missing"));
                continue;
            };
            for key in ja.messages.keys().filter(|k| !k.ends_with(".verify")) {
                if !c.messages.contains_key(key) && required_in(key, lang) {
                    problems.push(format!("config/locales/{lang}/{}: key {key} is missing", file_of(key)));
                }
            }
            for (key, text) in &c.messages {
                if key.ends_with(".verify") {
                    continue;
                }
                let Some(reference) = ja.messages.get(key) else {
                    problems.push(format!("config/locales/{lang}/{}: key {key} is not in ja", file_of(key)));
                    continue;
                };
                if placeholders(text) != placeholders(reference) {
                    problems.push(format!("config/locales/{lang}/{}: key {key} has placeholders {:?}, ja has {:?}", file_of(key), placeholders(text), placeholders(reference)));
                }
                let foreign = !lang.starts_with("ja");
                if foreign && text == reference && !text.is_ascii() && key != "language-name" {
                    problems.push(format!("config/locales/{lang}/{}: key {key} is an untranslated copy of the Japanese", file_of(key)));
                }
            }
        }
        problems
    }
}

/// Whether every key of its file must be in `lang`. Pages for residents
/// speak every configured language; pages for members of organisations
/// (`members.ftl`) at least Japanese and English, and fall back to
/// Japanese for the rest.
fn required_in(key: &str, lang: &str) -> bool {
    !matches!(file_of(key), "members.ftl" | "staff.ftl") || lang == "ja" || lang == "en"
}

/// The file a key lives in, by its prefix.
pub fn file_of(key: &str) -> &'static str {
    if key.starts_with("print-") {
        "print.ftl"
    } else if key.starts_with("svc-") || key.starts_with("cat-") || key.starts_with("sec-") {
        "guidance.ftl"
    } else if key.starts_with("life-") || key.starts_with("question-") {
        "life-events.ftl"
    } else if key.starts_with("calendar-") {
        "calendar.ftl"
    } else if key.starts_with("admin-") {
        "admin.ftl"
    } else if key.starts_with("members-") {
        "members.ftl"
    } else if key.starts_with("ops-") {
        "staff.ftl"
    } else {
        "ui.ftl"
    }
}

/// Keys the pages fetch from `/api/v1/i18n/{lang}` (guidance and life
/// events reach them through their own routes).
pub fn is_page_string(key: &str) -> bool {
    matches!(file_of(key), "ui.ftl" | "admin.ftl" | "members.ftl" | "staff.ftl")
}

fn placeholders(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text.match_indices("{$").filter_map(|(i, _)| text[i..].find('}').map(|j| text[i..i + j + 1].to_owned())).collect();
    out.sort();
    out.dedup();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn variables_become_placeholders() {
        let c = Catalogs::parse(vec![("en".into(), "called = Number { $number }, counter { $counter }\n".into())]).expect("parses");
        assert_eq!(c.get("en").map(|c| c.messages["called"].as_str()), Some("Number {$number}, counter {$counter}"));
    }

    #[test]
    fn a_broken_catalog_names_its_file() {
        let e = Catalogs::parse(vec![("en".into(), "= no key\n".into())]).expect_err("broken");
        assert!(e.to_string().starts_with("config/locales/en/"), "{e}");
    }

    #[test]
    fn missing_keys_stray_placeholders_and_copies_are_found() {
        let c = Catalogs::parse(vec![
            ("ja".into(), "a = 番号 { $n }\nb = はい\n".into()),
            ("en".into(), "a = Number { $m }\n".into()),
            ("ko".into(), "a = 番号 { $n }\nb = 네\n".into()),
        ])
        .expect("parses");
        let p = c.completeness_problems(&["en".into(), "ko".into()]);
        assert!(p.iter().any(|m| m.contains("en/ui.ftl: key b is missing")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("en/ui.ftl: key a has placeholders")), "{p:?}");
        assert!(p.iter().any(|m| m.contains("ko/ui.ftl: key a is an untranslated copy")), "{p:?}");
    }

    #[test]
    fn member_pages_need_japanese_and_english_only() {
        let c = Catalogs::parse(vec![
            ("ja".into(), "members-x = はい\nmembers-y = いいえ\n".into()),
            ("en".into(), "members-x = Yes\n".into()),
            ("ko".into(), "members-x = 네\n".into()),
        ])
        .expect("parses");
        let p = c.completeness_problems(&["en".into(), "ko".into()]);
        assert_eq!(p, ["config/locales/en/members.ftl: key members-y is missing"], "Korean may leave members-y out");
    }
}

#[cfg(test)]
mod shipped {
    use super::*;

    /// The catalogs in config/locales: every key in every configured
    /// language, the same placeholders, no untranslated Japanese.
    #[test]
    fn every_language_has_every_key() {
        let config = crate::settings::load(None).expect("config");
        let catalogs = Catalogs::embedded().expect("catalogs parse");
        let langs: Vec<String> = config.ward.languages.iter().map(|l| l.to_string()).collect();
        let problems = catalogs.completeness_problems(&langs);
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }

    /// やさしい日本語 carries furigana: every kanji of every value sits in a
    /// ruby base that has a reading.
    #[test]
    fn easy_japanese_kanji_carry_furigana() {
        let catalogs = Catalogs::embedded().expect("catalogs parse");
        let easy = catalogs.get("ja-x-easy").expect("ja-x-easy catalog");
        let mut problems = Vec::new();
        for (key, text) in &easy.messages {
            if let Some(bad) = kanji_without_furigana(text) {
                problems.push(format!("config/locales/ja-x-easy/{}: key {key}: {bad}", file_of(key)));
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}

fn is_kanji(c: char) -> bool {
    matches!(c, '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}' | '\u{F900}'..='\u{FAFF}' | '々')
}

/// What is wrong with a ja-x-easy text's furigana, if anything.
pub fn kanji_without_furigana(text: &str) -> Option<String> {
    let mut rest = text;
    let mut outside = String::new();
    while let Some(start) = rest.find("<ruby>") {
        outside.push_str(&rest[..start]);
        let after = &rest[start + 6..];
        let Some(end) = after.find("</ruby>") else { return Some("an unclosed <ruby>".into()) };
        let inner = &after[..end];
        match (inner.find("<rt>"), inner.find("</rt>")) {
            (Some(a), Some(b)) if a < b && b > a + 4 => {
                if inner[a + 4..b].chars().any(is_kanji) {
                    return Some(format!("the reading of {inner:?} has kanji"));
                }
            }
            _ => return Some(format!("<ruby>{inner}</ruby> has no reading")),
        }
        rest = &after[end + 7..];
    }
    outside.push_str(rest);
    outside.chars().find(|c| is_kanji(*c)).map(|c| format!("kanji {c:?} has no furigana"))
}

#[cfg(test)]
mod furigana {
    #[test]
    fn kanji_outside_ruby_are_found() {
        assert_eq!(super::kanji_without_furigana("<ruby>受付<rt>うけつけ</rt></ruby>です"), None);
        assert!(super::kanji_without_furigana("受付です").is_some());
        assert!(super::kanji_without_furigana("<ruby>受付</ruby>").is_some());
        assert!(super::kanji_without_furigana("ひらがな だけ").is_none());
    }
}
