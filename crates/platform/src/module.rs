//! The module manifest: what a side module tells the server about itself.
//!
//! A module is a crate under `crates/modules/<id>/` that exports one
//! function returning its [`Module`]. The server's module list
//! (`crates/server/src/modules.rs`) names each such function once; nothing
//! else in the server, and nothing in the queue, names a module. Removing a
//! module is deleting its folder and that line.
//!
//! Modelled on Decidim's component manifests: an id and names, its own
//! schema steps, its routes (public, signed-in and admin alike: each handler
//! decides with [`crate::auth::Principal::require`]), its OpenAPI paths.

use crate::Platform;
use crate::error::ApiError;
use axum::Router;
use std::collections::BTreeSet;

/// A side module's manifest.
#[derive(Clone)]
pub struct Module {
    /// Lower-case ASCII: `kurosaki`, `comcity`, … Its API lives under
    /// `/api/v1/m/{id}/`, its pages under `/m/{id}/`, its tables are named
    /// `{id}_…` and its schema steps are recorded under this owner.
    pub id: &'static str,
    /// Its name per language tag; `ja` required, `en` expected.
    pub names: &'static [(&'static str, &'static str)],
    /// Its schema steps, forward only (see [`store::Migrations`]).
    pub migrations: &'static [&'static str],
    /// Its API, relative to `/api/v1/m/{id}`.
    pub api: fn(Platform) -> Router,
    /// Its pages, relative to `/m/{id}`: its `/` answers `/m/{id}/`.
    pub pages: Option<fn(Platform) -> Router>,
    /// Its API's OpenAPI document (paths written in full, `/api/v1/m/{id}/…`),
    /// merged into `/api/openapi.json`.
    pub openapi: fn() -> utoipa::openapi::OpenApi,
    /// Plausible sample content, marked as sample, for `serve --demo`: run
    /// once per data directory; the lines to print for the newcomer.
    pub demo: Option<fn(Platform) -> DemoFuture>,
    /// The tables it offers for download (`/api/v1/datasets/{id}/…`).
    pub datasets: &'static [crate::datasets::Dataset],
    /// The figures it counts over a period (`/api/v1/statistics`).
    pub statistics: &'static [crate::datasets::Statistic],
}

/// What a module's demo seed returns.
pub type DemoFuture = std::pin::Pin<Box<dyn std::future::Future<Output = Result<Vec<String>, ApiError>> + Send>>;

impl std::fmt::Debug for Module {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Module").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Module {
    /// Its name in `lang`, else in Japanese.
    pub fn name(&self, lang: &str) -> &'static str {
        let find = |l: &str| self.names.iter().find(|(t, _)| *t == l).map(|(_, n)| *n);
        find(lang).or_else(|| find("ja")).unwrap_or(self.id)
    }

    /// Its schema steps as the store applies them.
    pub fn schema(&self) -> store::Migrations {
        store::Migrations { owner: self.id, steps: self.migrations }
    }

    /// Whether `id` may name a module: 2 to 32 of `a-z`, `0-9` and `_`,
    /// starting with a letter (it becomes a path segment and a table prefix).
    pub fn valid_id(id: &str) -> bool {
        (2..=32).contains(&id.len())
            && id.starts_with(|c: char| c.is_ascii_lowercase())
            && id.chars().all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
    }
}

/// The modules this build knows and which of them the configuration enables.
#[derive(Clone, Debug, Default)]
pub struct Modules {
    known: Vec<Module>,
    enabled: BTreeSet<&'static str>,
}

/// A module list that cannot be served.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum ModulesError {
    #[error("the module id {0:?} is not 2 to 32 of a-z, 0-9 and _, starting with a letter")]
    BadId(String),
    #[error("two modules have the id {0:?}")]
    Duplicate(String),
    #[error("module {0:?} has no Japanese name")]
    NoJapaneseName(String),
    #[error("[modules] enabled names {0:?}, which this build does not have (it has: {1})")]
    Unknown(String, String),
    #[error("module id {0:?} is taken by the platform")]
    Reserved(String),
}

impl Modules {
    /// `known` as this build has them; `enabled` from the configuration
    /// (`None`: every known module).
    pub fn new(known: Vec<Module>, enabled: Option<&[String]>) -> Result<Modules, ModulesError> {
        let mut seen = BTreeSet::new();
        for m in &known {
            if !Module::valid_id(m.id) {
                return Err(ModulesError::BadId(m.id.to_owned()));
            }
            // The platform's own names, and its pages under /m/.
            if [crate::PLATFORM, store::schema::QUEUE, "join", "moderation", "signin"].contains(&m.id) {
                return Err(ModulesError::Reserved(m.id.to_owned()));
            }
            if !seen.insert(m.id) {
                return Err(ModulesError::Duplicate(m.id.to_owned()));
            }
            if !m.names.iter().any(|(l, _)| *l == "ja") {
                return Err(ModulesError::NoJapaneseName(m.id.to_owned()));
            }
        }
        let enabled = match enabled {
            None => seen,
            Some(ids) => {
                let mut on = BTreeSet::new();
                for id in ids {
                    let Some(m) = known.iter().find(|m| m.id == id) else {
                        let have = known.iter().map(|m| m.id).collect::<Vec<_>>().join(", ");
                        return Err(ModulesError::Unknown(id.clone(), if have.is_empty() { "none".into() } else { have }));
                    };
                    on.insert(m.id);
                }
                on
            }
        };
        Ok(Modules { known, enabled })
    }

    /// Every module of this build, in the order of the module list.
    pub fn known(&self) -> &[Module] {
        &self.known
    }

    /// The enabled modules, in the order of the module list.
    pub fn enabled(&self) -> impl Iterator<Item = &Module> {
        self.known.iter().filter(|m| self.enabled.contains(m.id))
    }

    pub fn is_enabled(&self, id: &str) -> bool {
        self.enabled.contains(id)
    }

    /// Schema steps of the enabled modules (a disabled module's tables are
    /// kept as they are, and brought up to date when it is enabled again).
    pub fn schemas(&self) -> Vec<store::Migrations> {
        self.enabled().map(Module::schema).collect()
    }

    /// The routes of every enabled module, each under its own prefix. A
    /// disabled module's routes are not mounted, so they answer 404 like
    /// any unknown path.
    pub fn router(&self, platform: &Platform) -> Router {
        let mut router = Router::new();
        for m in self.enabled() {
            router = router.nest(&format!("/api/v1/m/{}", m.id), (m.api)(platform.clone()));
            if let Some(pages) = m.pages {
                // As a service, so that `/m/{id}/` reaches the pages' `/`
                // (a nested router's `/` would answer `/m/{id}` only).
                let pages = pages(platform.clone()).fallback(|| async { ApiError::not_found("no such page") });
                router = router.nest_service(&format!("/m/{}", m.id), pages);
            }
        }
        router
    }

    /// The enabled modules' OpenAPI paths and schemas, merged into `doc`.
    pub fn merge_openapi(&self, doc: &mut utoipa::openapi::OpenApi) {
        for m in self.enabled() {
            doc.merge((m.openapi)());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn module(id: &'static str) -> Module {
        Module {
            id,
            names: &[("ja", "試験"), ("en", "Test")],
            migrations: &[],
            api: |_| Router::new(),
            pages: None,
            openapi: utoipa::openapi::OpenApi::default,
            demo: None,
            datasets: &[],
            statistics: &[],
        }
    }

    #[test]
    fn ids_are_path_segments_and_table_prefixes() {
        for good in ["kurosaki", "b2", "cross_note"] {
            assert!(Module::valid_id(good), "{good}");
        }
        for bad in ["", "k", "Kurosaki", "2b", "a-b", "a/b", "_x", "ｋ", &"x".repeat(33)] {
            assert!(!Module::valid_id(bad), "{bad}");
        }
    }

    #[test]
    fn all_are_enabled_unless_the_configuration_says_which() {
        let m = Modules::new(vec![module("aa"), module("bb")], None).expect("valid");
        assert_eq!(m.enabled().map(|m| m.id).collect::<Vec<_>>(), ["aa", "bb"]);
        let m = Modules::new(vec![module("aa"), module("bb")], Some(&["bb".to_owned()])).expect("valid");
        assert_eq!(m.enabled().map(|m| m.id).collect::<Vec<_>>(), ["bb"]);
        assert!(!m.is_enabled("aa"));
        let none = Modules::new(vec![module("aa")], Some(&[])).expect("valid");
        assert_eq!(none.enabled().count(), 0);
    }

    #[test]
    fn bad_lists_are_refused_with_what_is_wrong() {
        assert_eq!(Modules::new(vec![module("aa"), module("aa")], None).err(), Some(ModulesError::Duplicate("aa".into())));
        assert_eq!(Modules::new(vec![module("platform")], None).err(), Some(ModulesError::Reserved("platform".into())));
        assert_eq!(Modules::new(vec![module("queue")], None).err(), Some(ModulesError::Reserved("queue".into())));
        assert_eq!(Modules::new(vec![module("join")], None).err(), Some(ModulesError::Reserved("join".into())), "its pages would hide /m/join/");
        let e = Modules::new(vec![module("aa")], Some(&["zz".to_owned()])).expect_err("refused");
        assert_eq!(e.to_string(), "[modules] enabled names \"zz\", which this build does not have (it has: aa)");
        let mut nameless = module("cc");
        nameless.names = &[("en", "C")];
        assert_eq!(Modules::new(vec![nameless], None).err(), Some(ModulesError::NoJapaneseName("cc".into())));
    }

    #[test]
    fn names_fall_back_to_japanese() {
        let m = module("aa");
        assert_eq!((m.name("en"), m.name("vi"), m.name("ja")), ("Test", "試験", "試験"));
    }
}
