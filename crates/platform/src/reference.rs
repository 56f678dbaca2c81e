//! The ward's reference data, shared by every module: its 全国地方公共団体コード,
//! its 34 citizen-centre districts (`config/reference/districts.toml`) and its
//! public facilities (`config/reference/facilities.toml`), both built into the
//! binary and replaceable by files of the same names in a directory
//! ([`Reference::from_dir`]).
//!
//! The facilities are exported in the columns of the Digital Agency's
//! 自治体標準オープンデータセット 「公共施設一覧」 ([`FACILITY_COLUMNS`]). A value
//! the ward has not confirmed is listed in its facility's `verify` and said so
//! in the 備考 column, never published as fact.

use serde::{Deserialize, Serialize};
use std::path::Path;

/// Where the built-in districts come from (named in errors).
pub const DISTRICTS_FILE: &str = "config/reference/districts.toml";
/// Where the built-in facilities come from (named in errors).
pub const FACILITIES_FILE: &str = "config/reference/facilities.toml";

static DISTRICTS_TOML: &str = include_str!("../../../config/reference/districts.toml");
static FACILITIES_TOML: &str = include_str!("../../../config/reference/facilities.toml");

/// A citizen-centre district (市民センター区域).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// Stable: `kurosaki`, `orio-nishi`, …
    pub id: String,
    /// 黒崎
    pub ja: String,
    /// くろさき
    pub kana: String,
    /// Kurosaki
    pub en: String,
}

impl District {
    /// Its name for a reader of `lang`: English for every language but
    /// Japanese (place names are not translated further), kana for easy
    /// Japanese.
    pub fn name(&self, lang: &str) -> &str {
        match lang {
            "ja" => &self.ja,
            "ja-x-easy" => &self.kana,
            _ => &self.en,
        }
    }
}

/// The header of 「公共施設一覧」 (自治体標準オープンデータセット, Digital
/// Agency), in the standard's order: the columns of the 2019 推奨データセット
/// with the common leading columns as the standard now names them
/// (全国地方公共団体コード, ID, 地方公共団体名) and the name in English
/// (名称_英字).
pub const FACILITY_COLUMNS: [&str; 23] = [
    "全国地方公共団体コード",
    "ID",
    "地方公共団体名",
    "名称",
    "名称_カナ",
    "名称_英字",
    "POIコード",
    "住所",
    "方書",
    "緯度",
    "経度",
    "電話番号",
    "内線番号",
    "法人番号",
    "団体名",
    "利用可能曜日",
    "開始時間",
    "終了時間",
    "利用可能日時特記事項",
    "説明",
    "バリアフリー情報",
    "URL",
    "備考",
];

/// The kinds of facility: `ward-office`, `branch-office`, `building` (a
/// building holding others, e.g. ComCity), `facility` (anything else).
pub const FACILITY_KINDS: [&str; 4] = ["ward-office", "branch-office", "building", "facility"];

/// The day names of 利用可能曜日, in order; 祝 is public holidays.
pub const FACILITY_DAYS: [&str; 8] = ["月", "火", "水", "木", "金", "土", "日", "祝"];

/// The fields a facility's `verify` may name, with the column of 「公共施設一覧」
/// that holds each (named in 備考 when unconfirmed); `district` is not exported.
const VERIFIABLE: [(&str, &str); 20] = [
    ("ja", "名称"),
    ("kana", "名称_カナ"),
    ("en", "名称_英字"),
    ("poi_code", "POIコード"),
    ("address", "住所"),
    ("address_detail", "方書"),
    ("lat", "緯度"),
    ("lon", "経度"),
    ("phone", "電話番号"),
    ("extension", "内線番号"),
    ("corporate_number", "法人番号"),
    ("operator", "団体名"),
    ("days", "利用可能曜日"),
    ("open", "開始時間"),
    ("close", "終了時間"),
    ("hours_note", "利用可能日時特記事項"),
    ("description", "説明"),
    ("accessibility", "バリアフリー情報"),
    ("url", "URL"),
    ("district", ""),
];

/// A public facility (公共施設), one row of 「公共施設一覧」.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    /// Stable (ID): `ward-office`, `orio-branch`, `comcity`, …
    pub id: String,
    /// Its name in the language an API caller asked for (filled by the
    /// route; never read from the file).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// One of [`FACILITY_KINDS`].
    pub kind: String,
    /// The id of the building it is in (a facility of kind `building`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub building: Option<String>,
    /// 名称: 八幡西区役所
    pub ja: String,
    /// 名称_カナ, in full-width katakana: ヤハタニシクヤクショ
    pub kana: String,
    /// 名称_英字: Yahatanishi Ward Office
    pub en: String,
    /// POIコード
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub poi_code: Option<String>,
    /// 住所
    pub address: String,
    /// 方書 (the building, floor, …)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_detail: Option<String>,
    /// 緯度 (WGS84, decimal degrees)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// 経度 (WGS84, decimal degrees)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// 電話番号: `093-…`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// 内線番号
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub extension: Option<String>,
    /// 法人番号 of who runs it (13 digits)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub corporate_number: Option<String>,
    /// 団体名: who runs it (北九州市)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub operator: Option<String>,
    /// 利用可能曜日, each one of [`FACILITY_DAYS`]
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub days: Vec<String>,
    /// 開始時間, `HH:MM`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub open: Option<String>,
    /// 終了時間, `HH:MM`
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub close: Option<String>,
    /// 利用可能日時特記事項 (closures, holidays, …)
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hours_note: Option<String>,
    /// 説明
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    /// バリアフリー情報, one item each (exported joined with `;`)
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub accessibility: Vec<String>,
    /// URL
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
    /// 備考
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
    /// The citizen-centre district it is in (an id of the districts).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<String>,
    /// The office of the ward configuration whose counters it holds (`yahatanishi`, `orio`, …).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub office: Option<String>,
    /// The fields whose values are placeholders not yet confirmed by the
    /// ward (`lat`, `phone`, …); the CSV says so in 備考.
    #[serde(default)]
    pub verify: Vec<String>,
}

impl Facility {
    /// Its name for a reader of `lang`: Japanese for `ja`, katakana for easy
    /// Japanese, English for every other language.
    pub fn name(&self, lang: &str) -> &str {
        match lang {
            "ja" => &self.ja,
            "ja-x-easy" => &self.kana,
            _ => &self.en,
        }
    }

    /// Whether the value of `field` is a placeholder (named in `verify`).
    pub fn unverified(&self, field: &str) -> bool {
        self.verify.iter().any(|v| v == field)
    }

    /// 備考 as exported: the note, then which exported values are unconfirmed
    /// (`【要確認】緯度・経度は未確認の仮の値です。`).
    pub fn remarks(&self) -> String {
        let note = self.note.as_deref().unwrap_or("").trim();
        let what: Vec<&str> = VERIFIABLE
            .iter()
            .filter(|(field, column)| !column.is_empty() && self.unverified(field))
            .map(|(_, column)| *column)
            .collect();
        if what.is_empty() {
            return note.to_owned();
        }
        let mark = format!("【要確認】{}は未確認の仮の値です。", what.join("・"));
        if note.is_empty() { mark } else { format!("{note} {mark}") }
    }

    fn has(&self, field: &str) -> bool {
        let set = |o: &Option<String>| o.as_deref().is_some_and(|s| !s.trim().is_empty());
        match field {
            "ja" | "kana" | "en" | "address" => true,
            "poi_code" => set(&self.poi_code),
            "address_detail" => set(&self.address_detail),
            "lat" => self.lat.is_some(),
            "lon" => self.lon.is_some(),
            "phone" => set(&self.phone),
            "extension" => set(&self.extension),
            "corporate_number" => set(&self.corporate_number),
            "operator" => set(&self.operator),
            "days" => !self.days.is_empty(),
            "open" => set(&self.open),
            "close" => set(&self.close),
            "hours_note" => set(&self.hours_note),
            "description" => set(&self.description),
            "accessibility" => !self.accessibility.is_empty(),
            "url" => set(&self.url),
            "district" => self.district.is_some(),
            _ => false,
        }
    }

    /// The first thing wrong with it on its own (the districts and the other
    /// facilities are checked by [`Reference`]).
    fn problem(&self) -> Option<String> {
        if self.name.is_some() {
            return Some("name is given by the server in the reader's language; write ja, kana and en".into());
        }
        if !FACILITY_KINDS.contains(&self.kind.as_str()) {
            return Some(format!("kind {:?} is not one of {}", self.kind, FACILITY_KINDS.join(", ")));
        }
        for (field, value) in [("ja", &self.ja), ("kana", &self.kana), ("en", &self.en), ("address", &self.address)] {
            if value.trim().is_empty() {
                return Some(format!("{field} is empty (名称, 名称_カナ, 名称_英字 and 住所 are required)"));
            }
        }
        if !self.kana.chars().all(|c| ('\u{30A1}'..='\u{30FC}').contains(&c) || c == ' ' || c == '\u{3000}') {
            return Some(format!("kana {:?} is not in full-width katakana (名称_カナ)", self.kana));
        }
        match (self.lat, self.lon) {
            (Some(lat), _) if !(-90.0..=90.0).contains(&lat) => return Some(format!("lat {lat} is not between -90 and 90")),
            (_, Some(lon)) if !(-180.0..=180.0).contains(&lon) => return Some(format!("lon {lon} is not between -180 and 180")),
            (Some(_), None) | (None, Some(_)) => return Some("lat and lon go together: give both or neither".to_owned()),
            _ => {}
        }
        for (field, value) in [("open", &self.open), ("close", &self.close)] {
            if let Some(t) = value
                && !is_hh_mm(t)
            {
                return Some(format!("{field} {t:?} is not a time HH:MM (00:00–23:59)"));
            }
        }
        match (&self.open, &self.close) {
            (Some(open), Some(close)) if open >= close => return Some(format!("open {open} is not before close {close}")),
            (Some(_), None) | (None, Some(_)) => return Some("open and close go together: give both or neither".to_owned()),
            _ => {}
        }
        let mut days = std::collections::HashSet::new();
        for d in &self.days {
            if !FACILITY_DAYS.contains(&d.as_str()) || !days.insert(d) {
                return Some(format!("day {d:?} is repeated or not one of {}", FACILITY_DAYS.join(" ")));
            }
        }
        if let Some(p) = &self.phone
            && !(p.bytes().all(|b| b.is_ascii_digit() || b == b'-') && p.bytes().filter(u8::is_ascii_digit).count() >= 10)
        {
            return Some(format!("phone {p:?} is not a telephone number (half-width digits and hyphens)"));
        }
        if let Some(x) = &self.extension
            && (x.is_empty() || !x.bytes().all(|b| b.is_ascii_digit()))
        {
            return Some(format!("extension {x:?} is not half-width digits"));
        }
        if let Some(n) = &self.corporate_number
            && !(n.len() == 13 && n.bytes().all(|b| b.is_ascii_digit()))
        {
            return Some(format!("corporate_number {n:?} is not 13 digits (法人番号)"));
        }
        if let Some(u) = &self.url
            && !((u.starts_with("https://") || u.starts_with("http://")) && !u.chars().any(char::is_whitespace))
        {
            return Some(format!("url {u:?} is not an http(s) address"));
        }
        if let Some(a) = self.accessibility.iter().find(|a| a.contains(';') || a.trim().is_empty()) {
            return Some(format!("accessibility item {a:?} is empty or holds ';' (the items are joined with ';')"));
        }
        if let Some(o) = &self.office
            && !crate::accounts::valid_ref(o)
        {
            return Some(format!("office {o:?} is not an office id"));
        }
        let mut seen = std::collections::HashSet::new();
        for v in &self.verify {
            if !VERIFIABLE.iter().any(|(field, _)| field == v) {
                let known: Vec<&str> = VERIFIABLE.iter().map(|(f, _)| *f).collect();
                return Some(format!("verify names {v:?}, which is not one of {}", known.join(", ")));
            }
            if !seen.insert(v) {
                return Some(format!("verify names {v:?} twice"));
            }
            if !self.has(v) {
                return Some(format!("verify names {v:?}, which has no value (leave an unknown value out, and out of verify)"));
            }
        }
        let texts = [&self.ja, &self.kana, &self.en, &self.address].into_iter().chain(
            [&self.address_detail, &self.operator, &self.hours_note, &self.description, &self.note, &self.poi_code]
                .into_iter()
                .flatten(),
        );
        for t in texts {
            if t.contains(['\r', '\n']) {
                return Some(format!("{t:?} spans lines; write it on one"));
            }
        }
        None
    }

    /// Its row of 「公共施設一覧」, in [`FACILITY_COLUMNS`] order.
    fn row(&self, ward_code: &str, ward_name: &str) -> [String; 23] {
        let text = |o: &Option<String>| o.clone().unwrap_or_default();
        let number = |o: Option<f64>| o.map(|x| x.to_string()).unwrap_or_default();
        [
            ward_code.to_owned(),
            self.id.clone(),
            ward_name.to_owned(),
            self.ja.clone(),
            self.kana.clone(),
            self.en.clone(),
            text(&self.poi_code),
            self.address.clone(),
            text(&self.address_detail),
            number(self.lat),
            number(self.lon),
            text(&self.phone),
            text(&self.extension),
            text(&self.corporate_number),
            text(&self.operator),
            self.days.join(","),
            text(&self.open),
            text(&self.close),
            text(&self.hours_note),
            text(&self.description),
            self.accessibility.join(";"),
            text(&self.url),
            self.remarks(),
        ]
    }
}

fn is_hh_mm(t: &str) -> bool {
    let b = t.as_bytes();
    b.len() == 5
        && b[2] == b':'
        && [b[0], b[1], b[3], b[4]].iter().all(u8::is_ascii_digit)
        && (b[0] - b'0') * 10 + (b[1] - b'0') < 24
        && b[3] < b'6'
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    ward_code: String,
    districts: Vec<District>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FacilitiesFile {
    ward_name: String,
    #[serde(default)]
    facilities: Vec<toml::Spanned<Facility>>,
}

/// A TOML error on one line: `FILE:LINE: message`.
fn toml_error(file: &str, text: &str, e: &toml::de::Error) -> String {
    let message = e.message().replace('\n', " ");
    match e.span() {
        Some(span) => format!("{file}:{}: {}", queue_core::config::line_of(text, span.start), message.trim()),
        None => format!("{file}: {}", message.trim()),
    }
}

/// The ward's reference data.
#[derive(Debug, Clone)]
pub struct Reference {
    /// 八幡西区: 401099.
    pub ward_code: String,
    /// 地方公共団体名: 福岡県北九州市八幡西区.
    pub ward_name: String,
    pub districts: Vec<District>,
    /// In the file's order.
    pub facilities: Vec<Facility>,
}

impl Reference {
    /// The built-in data (`config/reference/districts.toml` and
    /// `facilities.toml`), checked as [`Reference::parse`] checks.
    pub fn built_in() -> Result<Reference, String> {
        Reference::parse((DISTRICTS_FILE, DISTRICTS_TOML), (FACILITIES_FILE, FACILITIES_TOML))
    }

    /// The data of `dir/districts.toml` and `dir/facilities.toml`, each
    /// replacing its built-in file when present (a missing one stays built in).
    pub fn from_dir(dir: &Path) -> Result<Reference, String> {
        let read = |name: &str, built_in: &'static str, built_in_file: &str| -> Result<(String, String), String> {
            let path = dir.join(name);
            match std::fs::read_to_string(&path) {
                Ok(text) => Ok((path.display().to_string(), text)),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok((built_in_file.to_owned(), built_in.to_owned())),
                Err(e) => Err(format!("{}: cannot read: {e}", path.display())),
            }
        };
        let (df, dt) = read("districts.toml", DISTRICTS_TOML, DISTRICTS_FILE)?;
        let (ff, ft) = read("facilities.toml", FACILITIES_TOML, FACILITIES_FILE)?;
        Reference::parse((&df, &dt), (&ff, &ft))
    }

    /// Reads `(file name, text)` of the districts and of the facilities and
    /// checks them: unique, well-formed ids; every name given; a facility's
    /// district among the districts, its building a facility of kind
    /// `building`, its coordinates in range, its times `HH:MM`, … The error
    /// is one line naming the file (and the line): `FILE:LINE: facility "x": …`.
    pub fn parse(districts: (&str, &str), facilities: (&str, &str)) -> Result<Reference, String> {
        let (dfile, dtext) = districts;
        let f: File = toml::from_str(dtext).map_err(|e| toml_error(dfile, dtext, &e))?;
        let mut seen = std::collections::HashSet::new();
        for d in &f.districts {
            if !crate::accounts::valid_ref(&d.id) || !seen.insert(d.id.as_str()) {
                return Err(format!("{dfile}: district id {:?} is malformed or repeated", d.id));
            }
            if [&d.ja, &d.kana, &d.en].iter().any(|s| s.trim().is_empty()) {
                return Err(format!("{dfile}: district {} lacks a name", d.id));
            }
        }
        if !(f.ward_code.len() == 6 && f.ward_code.bytes().all(|b| b.is_ascii_digit())) {
            return Err(format!("{dfile}: ward_code {:?} is not a 6-digit 全国地方公共団体コード", f.ward_code));
        }

        let (ffile, ftext) = facilities;
        let ff: FacilitiesFile = toml::from_str(ftext).map_err(|e| toml_error(ffile, ftext, &e))?;
        if ff.ward_name.trim().is_empty() {
            return Err(format!("{ffile}: ward_name (地方公共団体名) is empty"));
        }
        let buildings: std::collections::HashSet<&str> =
            ff.facilities.iter().map(|s| s.get_ref()).filter(|x| x.kind == "building").map(|x| x.id.as_str()).collect();
        let mut ids = std::collections::HashSet::new();
        for spanned in &ff.facilities {
            let line = queue_core::config::line_of(ftext, spanned.span().start);
            let x = spanned.get_ref();
            if !crate::accounts::valid_ref(&x.id) {
                return Err(format!("{ffile}:{line}: facility id {:?} is malformed (a-z, 0-9 and '-', at most 40)", x.id));
            }
            if !ids.insert(x.id.as_str()) {
                return Err(format!("{ffile}:{line}: facility id {:?} is repeated", x.id));
            }
            let problem = x.problem().or_else(|| match (&x.district, &x.building) {
                (Some(d), _) if !f.districts.iter().any(|k| &k.id == d) => {
                    Some(format!("district {d:?} is not one of the ward's {} districts in {dfile}", f.districts.len()))
                }
                (_, Some(b)) if !buildings.contains(b.as_str()) || b == &x.id => {
                    Some(format!("building {b:?} is not another facility of kind \"building\""))
                }
                _ => None,
            });
            if let Some(p) = problem {
                return Err(format!("{ffile}:{line}: facility {:?}: {p}", x.id));
            }
        }
        Ok(Reference {
            ward_code: f.ward_code,
            ward_name: ff.ward_name,
            districts: f.districts,
            facilities: ff.facilities.into_iter().map(toml::Spanned::into_inner).collect(),
        })
    }

    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    pub fn facility(&self, id: &str) -> Option<&Facility> {
        self.facilities.iter().find(|f| f.id == id)
    }

    /// The districts as CSV for Excel: the ward's code, id and names.
    pub fn districts_csv(&self) -> Result<Vec<u8>, csv::Error> {
        crate::export::csv(
            &["全国地方公共団体コード", "ID", "名称", "名称_カナ", "名称_英語"],
            self.districts.iter().map(|d| [self.ward_code.as_str(), &d.id, &d.ja, &d.kana, &d.en]),
        )
    }

    /// The facilities as rows of 「公共施設一覧」, in [`FACILITY_COLUMNS`]
    /// order, with the ward's code and name (for a streamed dataset).
    pub fn facility_rows(&self) -> impl Iterator<Item = [String; 23]> + '_ {
        self.facilities.iter().map(|f| f.row(&self.ward_code, &self.ward_name))
    }

    /// The facilities as 「公共施設一覧」 CSV for Excel (UTF-8 with a BOM,
    /// CRLF): [`FACILITY_COLUMNS`], one row per facility in the file's order;
    /// unconfirmed values are named in 備考.
    pub fn facilities_csv(&self) -> Result<Vec<u8>, csv::Error> {
        crate::export::csv(&FACILITY_COLUMNS, self.facility_rows())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_ward_has_its_34_districts_from_the_plan() {
        let r = Reference::built_in().expect("valid");
        assert_eq!(r.ward_code, "401099");
        assert_eq!(r.districts.len(), 34);
        let names: Vec<&str> = r.districts.iter().map(|d| d.ja.as_str()).collect();
        assert_eq!((names[0], names[33]), ("青山", "八枝"), "in the plan's order");
        for n in ["黒崎", "折尾西", "香月西部サブ", "上津役", "星ヶ丘"] {
            assert!(names.contains(&n), "{n}");
        }
        let k = r.district("kurosaki").expect("kurosaki");
        assert_eq!((k.name("ja"), k.name("ja-x-easy"), k.name("vi")), ("黒崎", "くろさき", "Kurosaki"));
        let csv = String::from_utf8(r.districts_csv().expect("csv")[3..].to_vec()).expect("utf-8");
        assert!(csv.starts_with("全国地方公共団体コード,ID,名称,名称_カナ,名称_英語\r\n401099,aoyama,青山,あおやま,Aoyama\r\n"), "{csv}");
        assert_eq!(csv.lines().count(), 35);
    }

    /// The built-in districts with `facilities` as the facilities file.
    fn with_facilities(facilities: &str) -> Result<Reference, String> {
        Reference::parse((DISTRICTS_FILE, DISTRICTS_TOML), ("test/facilities.toml", facilities))
    }

    const ONE: &str = "ward_name = \"福岡県北九州市八幡西区\"\n\n[[facilities]]\nid = \"a\"\nkind = \"facility\"\nja = \"施設\"\nkana = \"シセツ\"\nen = \"Facility\"\naddress = \"福岡県北九州市八幡西区\"\n";

    #[test]
    fn the_built_in_facilities_load_with_the_offices_of_the_plan() {
        let r = Reference::built_in().expect("valid");
        assert_eq!((r.ward_code.as_str(), r.ward_name.as_str()), ("401099", "福岡県北九州市八幡西区"));
        let ids: Vec<&str> = r.facilities.iter().map(|f| f.id.as_str()).collect();
        for id in ["comcity", "ward-office", "orio-branch", "kojaku-branch", "yahataminami-branch"] {
            assert!(ids.contains(&id), "{id} in {ids:?}");
        }
        let office = r.facility("ward-office").expect("ward office");
        assert_eq!((office.ja.as_str(), office.building.as_deref(), office.office.as_deref()), ("八幡西区役所", Some("comcity"), Some("yahatanishi")));
        assert_eq!((office.open.as_deref(), office.close.as_deref()), (Some("08:30"), Some("17:15")));
        assert_eq!(office.name("ja-x-easy"), "ヤハタニシクヤクショ");
        let offices: Vec<&str> = r.facilities.iter().filter_map(|f| f.office.as_deref()).collect();
        assert_eq!(offices, ["yahatanishi", "orio", "kojaku", "yahataminami"], "the offices of config/yahatanishi.toml");
        for f in &r.facilities {
            if let Some(d) = &f.district {
                assert!(r.district(d).is_some(), "{}: {d}", f.id);
            }
        }
        // The ComCity tenants are not named in the plan, so none is made up.
        assert!(r.facilities.iter().all(|f| f.kind != "facility"), "{ids:?}");
        // Coordinates and telephone numbers are nowhere published as confirmed.
        for f in &r.facilities {
            for field in ["lat", "phone"] {
                assert!(!f.has(field) || f.unverified(field), "{}: {field} given without VERIFY", f.id);
            }
        }
    }

    #[test]
    fn an_unknown_district_or_a_repeated_id_is_refused_on_one_line() {
        let e = with_facilities(&format!("{ONE}district = \"nowhere\"\n")).expect_err("unknown district");
        assert_eq!(
            e,
            "test/facilities.toml:3: facility \"a\": district \"nowhere\" is not one of the ward's 34 districts in config/reference/districts.toml"
        );
        let twice = format!("{ONE}\n{}", ONE.split_once("\n\n").expect("two parts").1);
        let e = with_facilities(&twice).expect_err("repeated id");
        assert_eq!(e, "test/facilities.toml:11: facility id \"a\" is repeated");
        with_facilities(&format!("{ONE}district = \"kurosaki\"\n")).expect("a known district");
    }

    #[test]
    fn coordinates_times_and_placeholders_are_checked() {
        for (extra, wanted) in [
            ("lat = 95.0\nlon = 130.7", "lat 95 is not between -90 and 90"),
            ("lat = 33.8\nlon = 190.0", "lon 190 is not between -180 and 180"),
            ("lat = 33.8", "lat and lon go together"),
            ("open = \"8:30\"\nclose = \"17:15\"", "open \"8:30\" is not a time HH:MM"),
            ("open = \"08:30\"\nclose = \"24:00\"", "close \"24:00\" is not a time HH:MM"),
            ("open = \"17:15\"\nclose = \"08:30\"", "open 17:15 is not before close 08:30"),
            ("days = [\"月\", \"Mon\"]", "day \"Mon\" is repeated or not one of"),
            ("kind = \"building\"", "duplicate key"),
            ("phone = \"０９３\"", "is not a telephone number"),
            ("verify = [\"phone\"]", "verify names \"phone\", which has no value"),
            ("verify = [\"colour\"]", "verify names \"colour\", which is not one of"),
            ("building = \"a\"", "building \"a\" is not another facility of kind \"building\""),
            ("colour = \"red\"", "unknown field `colour`"),
        ] {
            let e = with_facilities(&format!("{ONE}{extra}\n")).expect_err(extra);
            assert!(e.starts_with("test/facilities.toml:") && e.contains(wanted) && !e.contains('\n'), "{extra}: {e}");
        }
        let e = with_facilities(&ONE.replace("シセツ", "しせつ")).expect_err("hiragana");
        assert!(e.contains("is not in full-width katakana"), "{e}");
        let e = with_facilities(&ONE.replace("kind = \"facility\"", "kind = \"shop\"")).expect_err("kind");
        assert!(e.contains("kind \"shop\" is not one of ward-office, branch-office, building, facility"), "{e}");
    }

    #[test]
    fn the_csv_has_the_standard_columns_and_says_what_is_unconfirmed() {
        let r = Reference::built_in().expect("valid");
        let out = r.facilities_csv().expect("csv");
        assert!(out.starts_with(b"\xef\xbb\xbf"), "BOM");
        let text = String::from_utf8(out[3..].to_vec()).expect("utf-8");
        let header = "全国地方公共団体コード,ID,地方公共団体名,名称,名称_カナ,名称_英字,POIコード,住所,方書,緯度,経度,\
            電話番号,内線番号,法人番号,団体名,利用可能曜日,開始時間,終了時間,利用可能日時特記事項,説明,バリアフリー情報,URL,備考\r\n";
        assert!(text.starts_with(header), "{text}");
        assert_eq!(text.matches("\r\n").count(), r.facilities.len() + 1, "CRLF after each row");
        let rows: Vec<csv::StringRecord> =
            csv::Reader::from_reader(text.as_bytes()).records().collect::<Result<_, _>>().expect("reads back");
        assert_eq!(rows.len(), r.facilities.len());
        let col = |name: &str| FACILITY_COLUMNS.iter().position(|c| *c == name).expect(name);
        for row in &rows {
            assert_eq!((&row[0], &row[2]), ("401099", "福岡県北九州市八幡西区"));
        }
        let office = rows.iter().find(|row| &row[1] == "ward-office").expect("ward office row");
        assert_eq!(&office[col("名称")], "八幡西区役所");
        assert_eq!(&office[col("利用可能曜日")], "月,火,水,木,金");
        assert_eq!((&office[col("開始時間")], &office[col("終了時間")]), ("08:30", "17:15"));
        assert_eq!(&office[col("電話番号")], "093-642-1441");
        let remarks = &office[col("備考")];
        assert_eq!(remarks, "【要確認】緯度・経度・電話番号は未確認の仮の値です。");

        // A confirmed facility says nothing; a note stays before the mark.
        let plain = with_facilities(ONE).expect("valid");
        assert_eq!(plain.facilities[0].remarks(), "");
        let marked = with_facilities(&format!("{ONE}phone = \"093-000-0000\"\nnote = \"仮設\"\nverify = [\"phone\"]\n")).expect("valid");
        assert_eq!(marked.facilities[0].remarks(), "仮設 【要確認】電話番号は未確認の仮の値です。");
        let district_only = with_facilities(&format!("{ONE}district = \"kurosaki\"\nverify = [\"district\"]\n")).expect("valid");
        assert_eq!(district_only.facilities[0].remarks(), "", "the district is not a column of the CSV");
    }

    #[test]
    fn a_directory_replaces_the_files_it_has() {
        let dir = tempfile::tempdir().expect("tempdir");
        let r = Reference::from_dir(dir.path()).expect("all built in");
        assert_eq!(r.facilities.len(), Reference::built_in().expect("valid").facilities.len());
        std::fs::write(dir.path().join("facilities.toml"), ONE).expect("write");
        let r = Reference::from_dir(dir.path()).expect("replaced");
        assert_eq!((r.facilities.len(), r.districts.len()), (1, 34));
        std::fs::write(dir.path().join("facilities.toml"), format!("{ONE}lat = 1.0\n")).expect("write");
        let e = Reference::from_dir(dir.path()).expect_err("lat without lon");
        assert!(e.starts_with(&format!("{}:3: facility \"a\": lat and lon", dir.path().join("facilities.toml").display())), "{e}");
    }
}
