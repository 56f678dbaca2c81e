//! The ward's reference data, shared by every module: its 全国地方公共団体コード
//! and its 34 citizen-centre districts (`config/reference/districts.toml`,
//! built into the binary).

use serde::{Deserialize, Serialize};

static DISTRICTS_TOML: &str = include_str!("../../../config/reference/districts.toml");

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

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    ward_code: String,
    districts: Vec<District>,
}

/// The ward's reference data.
#[derive(Debug, Clone)]
pub struct Reference {
    /// 八幡西区: 401099.
    pub ward_code: String,
    pub districts: Vec<District>,
}

impl Reference {
    /// The built-in data, checked (unique, well-formed ids; every name given).
    pub fn built_in() -> Result<Reference, String> {
        let f: File = toml::from_str(DISTRICTS_TOML).map_err(|e| format!("config/reference/districts.toml: {e}"))?;
        let mut seen = std::collections::HashSet::new();
        for d in &f.districts {
            if !crate::accounts::valid_ref(&d.id) || !seen.insert(d.id.as_str()) {
                return Err(format!("config/reference/districts.toml: district id {:?} is malformed or repeated", d.id));
            }
            if [&d.ja, &d.kana, &d.en].iter().any(|s| s.trim().is_empty()) {
                return Err(format!("config/reference/districts.toml: district {} lacks a name", d.id));
            }
        }
        Ok(Reference { ward_code: f.ward_code, districts: f.districts })
    }

    pub fn district(&self, id: &str) -> Option<&District> {
        self.districts.iter().find(|d| d.id == id)
    }

    /// The districts as CSV for Excel: the ward's code, id and names.
    pub fn districts_csv(&self) -> Result<Vec<u8>, csv::Error> {
        crate::export::csv(
            &["全国地方公共団体コード", "ID", "名称", "名称_カナ", "名称_英語"],
            self.districts.iter().map(|d| [self.ward_code.as_str(), &d.id, &d.ja, &d.kana, &d.en]),
        )
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
}
