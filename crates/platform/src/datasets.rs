//! What modules publish as tables and figures: datasets (downloaded as CSV
//! for Excel or as JSON, streamed row by row so a large table never sits
//! whole in memory) and statistics (counts over a period). The platform
//! serves them all under one set of routes and applies the rules once:
//! who may take a dataset, which columns only some roles see, and that no
//! count below five about people leaves the section that owns it.

use crate::ApiError;
use crate::auth::{Principal, Role, Scope};
use crate::export::publishable;
use store::StoreError;
use store::rusqlite::Connection;

/// Hands rows to the download as they are read; answers `false` once the
/// client has gone, and the dataset's query should then stop.
pub type Emit<'a> = &'a mut dyn FnMut(Vec<String>) -> bool;

/// A table a module offers for download.
#[derive(Clone, Copy)]
pub struct Dataset {
    /// Lower-case: `events`, `stamp_points`, … Its URL is
    /// `/api/v1/datasets/{module}/{id}`.
    pub id: &'static str,
    /// Its name per language tag; `ja` required.
    pub names: &'static [(&'static str, &'static str)],
    /// Who may take it (admins always). Empty: anybody, signed in or not —
    /// an open dataset, published as the ward's open data.
    pub roles: &'static [Role],
    /// The header row: for open data, the standard's column names.
    pub columns: &'static [&'static str],
    /// Columns holding personal data (a name, a contact): left empty for
    /// everybody but admins and staff of [`Dataset::section`].
    pub personal: &'static [&'static str],
    /// Columns counting people: `<5` below five for everybody but admins
    /// and staff of [`Dataset::section`].
    pub counts: &'static [&'static str],
    /// The ward section that owns the data, whose staff see it whole.
    pub section: Option<&'static str>,
    /// Reads the rows (as text, in [`Dataset::columns`] order) and hands
    /// each to `emit`.
    pub rows: fn(&Connection, Emit<'_>) -> Result<(), StoreError>,
}

impl std::fmt::Debug for Dataset {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Dataset").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Dataset {
    pub fn name(&self, lang: &str) -> &'static str {
        name_in(self.names, lang, self.id)
    }

    /// Refuses (401 or 403) unless `who` may take this dataset.
    pub fn allow(&self, who: Option<&Principal>) -> Result<(), ApiError> {
        if self.roles.is_empty() {
            return Ok(());
        }
        let who = who.ok_or_else(|| ApiError::unauthorized("sign in to take this dataset"))?;
        who.may(self.roles, Scope::Ward)
    }

    /// Whether `who` sees personal columns and exact small counts.
    pub fn whole_for(&self, who: Option<&Principal>) -> bool {
        match who {
            Some(p) if p.role == Role::Admin => true,
            Some(p) if p.role == Role::Staff => self.section.is_some() && p.section.as_deref() == self.section,
            _ => false,
        }
    }

    /// How a row is shown to a caller who does not see it whole.
    pub fn redactor(&self, whole: bool) -> impl Fn(Vec<String>) -> Vec<String> + use<> {
        let (personal, counts): (Vec<bool>, Vec<bool>) =
            self.columns.iter().map(|c| (self.personal.contains(c), self.counts.contains(c))).unzip();
        move |mut row| {
            if !whole {
                for (i, cell) in row.iter_mut().enumerate() {
                    if personal.get(i).copied().unwrap_or(false) {
                        cell.clear();
                    } else if counts.get(i).copied().unwrap_or(false)
                        && let Ok(n) = cell.parse::<u64>()
                    {
                        *cell = publishable(n);
                    }
                }
            }
            row
        }
    }
}

/// A figure a module counts over a period: events held, stamps collected,
/// helpers matched.
#[derive(Clone, Copy)]
pub struct Statistic {
    /// Lower-case: `stamps_collected`.
    pub id: &'static str,
    pub names: &'static [(&'static str, &'static str)],
    /// Whether it counts people (then `<5` below five outside the section
    /// and the admins).
    pub counts_people: bool,
    pub section: Option<&'static str>,
    /// The figure over `[from, to)`, in microseconds since the epoch.
    pub compute: fn(&Connection, i64, i64) -> Result<u64, StoreError>,
}

impl std::fmt::Debug for Statistic {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Statistic").field("id", &self.id).finish_non_exhaustive()
    }
}

impl Statistic {
    pub fn name(&self, lang: &str) -> &'static str {
        name_in(self.names, lang, self.id)
    }

    /// The figure as `who` may see it: exact, or `<5` when it counts fewer
    /// than five people and `who` is outside the owning section.
    pub fn shown(&self, value: u64, who: &Principal) -> String {
        let whole = who.role == Role::Admin || (who.role == Role::Staff && self.section.is_some() && who.section.as_deref() == self.section);
        if self.counts_people && !whole { publishable(value) } else { value.to_string() }
    }
}

fn name_in(names: &'static [(&'static str, &'static str)], lang: &str, id: &'static str) -> &'static str {
    let find = |l: &str| names.iter().find(|(t, _)| *t == l).map(|(_, n)| *n);
    find(lang).or_else(|| find("ja")).unwrap_or(id)
}

/// A download's format: rows in, chunks of bytes out.
pub trait Chunked: Send {
    /// Adds a row; answers a chunk once enough has gathered.
    fn push(&mut self, row: Vec<String>) -> Option<Vec<u8>>;
    /// What is left, closing the document.
    fn finish(self: Box<Self>) -> Vec<u8>;
}

/// Writes rows as CSV for Excel in chunks of about `chunk` bytes: the
/// first chunk starts with the BOM and the header.
pub struct CsvChunks {
    buf: Vec<u8>,
    chunk: usize,
}

impl CsvChunks {
    pub fn new(header: &[&str], chunk: usize) -> CsvChunks {
        let mut c = CsvChunks { buf: b"\xef\xbb\xbf".to_vec(), chunk };
        c.record(header.iter().map(|h| h.to_string()).collect());
        c
    }

    fn record(&mut self, row: Vec<String>) {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).has_headers(false).from_writer(&mut self.buf);
        // Writing into a Vec cannot fail.
        let _ = w.write_record(&row);
        let _ = w.flush();
    }
}

impl Chunked for CsvChunks {
    fn push(&mut self, row: Vec<String>) -> Option<Vec<u8>> {
        self.record(row);
        (self.buf.len() >= self.chunk).then(|| std::mem::take(&mut self.buf))
    }

    fn finish(self: Box<Self>) -> Vec<u8> {
        self.buf
    }
}

/// Writes rows as one JSON array of objects keyed by the columns, in
/// chunks of about `chunk` bytes.
pub struct JsonChunks {
    columns: Vec<String>,
    buf: Vec<u8>,
    chunk: usize,
    first: bool,
}

impl JsonChunks {
    pub fn new(columns: &[&str], chunk: usize) -> JsonChunks {
        JsonChunks { columns: columns.iter().map(|c| c.to_string()).collect(), buf: b"[".to_vec(), chunk, first: true }
    }
}

impl Chunked for JsonChunks {
    fn push(&mut self, row: Vec<String>) -> Option<Vec<u8>> {
        if !self.first {
            self.buf.push(b',');
        }
        self.first = false;
        let object: serde_json::Map<String, serde_json::Value> =
            self.columns.iter().cloned().zip(row.into_iter().map(serde_json::Value::String)).collect();
        // A map of strings always serializes.
        let _ = serde_json::to_writer(&mut self.buf, &object);
        (self.buf.len() >= self.chunk).then(|| std::mem::take(&mut self.buf))
    }

    fn finish(mut self: Box<Self>) -> Vec<u8> {
        self.buf.push(b']');
        self.buf
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rows(_: &Connection, _: Emit<'_>) -> Result<(), StoreError> {
        Ok(())
    }

    const HELPERS: Dataset = Dataset {
        id: "helpers",
        names: &[("ja", "協力者"), ("en", "Helpers")],
        roles: &[Role::Staff],
        columns: &["district", "name", "helpers"],
        personal: &["name"],
        counts: &["helpers"],
        section: Some("community"),
        rows,
    };

    fn who(role: Role, section: Option<&str>) -> Principal {
        Principal { token_id: 1, role, office: None, name: None, organisation: None, section: section.map(Into::into), district: None }
    }

    #[test]
    fn outside_the_owning_section_names_go_and_small_counts_are_hidden() {
        let row = || vec!["kurosaki".to_owned(), "山田".to_owned(), "3".to_owned()];
        let other = who(Role::Staff, Some("citizens"));
        assert!(!HELPERS.whole_for(Some(&other)));
        assert_eq!(HELPERS.redactor(false)(row()), ["kurosaki", "", "<5"]);
        assert_eq!(HELPERS.redactor(false)(vec!["a".into(), "b".into(), "12".into()]), ["a", "", "12"]);
        let owner = who(Role::Staff, Some("community"));
        assert!(HELPERS.whole_for(Some(&owner)) && HELPERS.whole_for(Some(&who(Role::Admin, None))));
        assert_eq!(HELPERS.redactor(true)(row()), ["kurosaki", "山田", "3"]);
    }

    #[test]
    fn only_the_roles_named_take_a_dataset_and_open_data_is_for_all() {
        assert_eq!(HELPERS.allow(None).map_err(|e| e.code), Err("unauthorized"));
        assert_eq!(HELPERS.allow(Some(&who(Role::Member, None))).map_err(|e| e.code), Err("forbidden"));
        assert!(HELPERS.allow(Some(&who(Role::Staff, None))).is_ok());
        let open = Dataset { roles: &[], ..HELPERS };
        assert!(open.allow(None).is_ok());
        assert!(!open.whole_for(None));
    }

    #[test]
    fn chunks_join_into_one_csv_and_one_json_array() {
        let mut csv = CsvChunks::new(&["名称", "説明"], 16);
        let mut out = Vec::new();
        for i in 0..5 {
            if let Some(c) = csv.push(vec![format!("施設{i}"), "a, b".into()]) {
                out.extend(c);
            }
        }
        out.extend(Box::new(csv).finish());
        assert!(out.starts_with(b"\xef\xbb\xbf"));
        let mut r = ::csv::Reader::from_reader(&out[3..]);
        assert_eq!(r.headers().expect("header").iter().collect::<Vec<_>>(), ["名称", "説明"]);
        assert_eq!(r.records().count(), 5);

        let mut json = JsonChunks::new(&["a", "b"], 8);
        let mut out = Vec::new();
        for i in 0..3 {
            if let Some(c) = json.push(vec![i.to_string(), "\"x\"".into()]) {
                out.extend(c);
            }
        }
        out.extend(Box::new(json).finish());
        let v: serde_json::Value = serde_json::from_slice(&out).expect("json");
        assert_eq!(v, serde_json::json!([{"a": "0", "b": "\"x\""}, {"a": "1", "b": "\"x\""}, {"a": "2", "b": "\"x\""}]));
        assert_eq!(serde_json::from_slice::<serde_json::Value>(&Box::new(JsonChunks::new(&["a"], 8)).finish()).expect("empty"), serde_json::json!([]));
    }

    #[test]
    fn a_statistic_of_people_is_exact_only_inside_its_section() {
        fn zero(_: &Connection, _: i64, _: i64) -> Result<u64, StoreError> {
            Ok(0)
        }
        let s = Statistic { id: "helped", names: &[("ja", "支援件数")], counts_people: true, section: Some("community"), compute: zero };
        assert_eq!(s.shown(3, &who(Role::Staff, Some("citizens"))), "<5");
        assert_eq!(s.shown(3, &who(Role::Staff, Some("community"))), "3");
        assert_eq!(s.shown(3, &who(Role::Admin, None)), "3");
        assert_eq!(Statistic { counts_people: false, ..s }.shown(3, &who(Role::Member, None)), "3");
    }
}
