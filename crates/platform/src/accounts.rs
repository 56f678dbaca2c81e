//! Organisations and the invitations that make their members.
//!
//! Ward staff hand an invitation out in person (a one-time code, its URL
//! and QR code); the invitee chooses a user name and password, and becomes a
//! member acting for the organisation. Codes are stored only as SHA-256
//! hashes, used once, and expire.

use crate::text::Text;
use rand::RngCore;
use serde::Serialize;
use store::StoreError;
use store::rusqlite::{Connection, OptionalExtension, params};

/// The kinds of organisation the ward's plan works with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum OrgKind {
    /// A shop of the Kurosaki shopping streets.
    Shop,
    /// A facility of ComCity or another public building.
    Facility,
    Company,
    School,
    /// A citizen centre (市民センター).
    Centre,
    /// A section of the ward office.
    Section,
    /// A residents' or volunteer group.
    Group,
}

impl OrgKind {
    pub const ALL: [OrgKind; 7] = [OrgKind::Shop, OrgKind::Facility, OrgKind::Company, OrgKind::School, OrgKind::Centre, OrgKind::Section, OrgKind::Group];

    pub fn parse(s: &str) -> Option<OrgKind> {
        OrgKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            OrgKind::Shop => "shop",
            OrgKind::Facility => "facility",
            OrgKind::Company => "company",
            OrgKind::School => "school",
            OrgKind::Centre => "centre",
            OrgKind::Section => "section",
            OrgKind::Group => "group",
        }
    }

    /// "shop, facility, company, school, centre, section, group".
    pub fn names() -> String {
        OrgKind::ALL.map(OrgKind::as_str).join(", ")
    }
}

/// An organisation's name: at most this many characters per language.
pub const MAX_NAME_CHARS: usize = 120;

/// An organisation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Organisation {
    /// `o` and 12 random characters.
    pub id: String,
    pub kind: OrgKind,
    pub name: Text,
    /// The district (citizen centre area) it belongs to, where it has one.
    pub district: Option<String>,
    /// The office whose staff look after it (and may invite its members).
    pub office: Option<String>,
}

/// A fresh organisation id.
pub fn new_org_id() -> String {
    format!("o{}", random_code(12).to_ascii_lowercase())
}

/// An id a person may type for a district or office: 1 to 40 of `a-z`,
/// `0-9` and `-`.
pub fn valid_ref(id: &str) -> bool {
    (1..=40).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

pub fn insert_org(conn: &Connection, org: &Organisation, now_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO platform_organisations (id, kind, name, district, office, created_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
        params![org.id, org.kind.as_str(), org.name.to_json(), org.district, org.office, now_micros],
    )?;
    Ok(())
}

/// id, kind, name, district, office.
type OrgRow = (String, String, String, Option<String>, Option<String>);

fn org_row(r: &store::rusqlite::Row<'_>) -> store::rusqlite::Result<OrgRow> {
    Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?))
}

fn org_from(row: OrgRow) -> Result<Organisation, StoreError> {
    let (id, kind, name, district, office) = row;
    let kind = OrgKind::parse(&kind).ok_or_else(|| StoreError::Malformed(format!("organisation {id} has kind {kind:?}")))?;
    let name = Text::from_json(&name).map_err(|e| StoreError::Malformed(format!("organisation {id}: {e}")))?;
    Ok(Organisation { id, kind, name, district, office })
}

/// An organisation that has not been disabled.
pub fn find_org(conn: &Connection, id: &str) -> Result<Option<Organisation>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT id, kind, name, district, office FROM platform_organisations WHERE id = ?1 AND disabled_at IS NULL")?;
    stmt.query_row([id], org_row).optional()?.map(org_from).transpose()
}

/// Organisations in the order they were made, `limit` from `offset`.
pub fn list_orgs(conn: &Connection, limit: u32, offset: u32) -> Result<Vec<Organisation>, StoreError> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, name, district, office FROM platform_organisations WHERE disabled_at IS NULL ORDER BY created_at, id LIMIT ?1 OFFSET ?2",
    )?;
    let rows = stmt.query_map(params![limit, offset], org_row)?.collect::<Result<Vec<_>, _>>()?;
    rows.into_iter().map(org_from).collect()
}

// ------------------------------------------------------------ invitations

/// A fresh invitation code: 12 characters of Crockford's base32 (60 bits)
/// in three groups, `K7QM-2XPD-9TRA`: easy to read out and type, and, at
/// the public routes' ten tries a second, never guessed.
pub fn new_invitation_code() -> String {
    let raw = random_code(12);
    format!("{}-{}-{}", &raw[0..4], &raw[4..8], &raw[8..12])
}

/// A typed code in its canonical form: case and separators ignored, and the
/// letters people confuse with digits read as those digits (O → 0, I and L
/// → 1), as Crockford's base32 does. `None` when it cannot be a code.
pub fn normalise_code(typed: &str) -> Option<String> {
    let mut out = String::with_capacity(14);
    for c in typed.chars() {
        let c = match c.to_ascii_uppercase() {
            ' ' | '-' | '\u{30FC}' | '\u{FF0D}' => continue,
            'O' => '0',
            'I' | 'L' => '1',
            c if CROCKFORD.contains(&(c as u8)) => c,
            _ => return None,
        };
        if out.len() == 14 {
            return None;
        }
        if out.len() == 4 || out.len() == 9 {
            out.push('-');
        }
        out.push(c);
    }
    (out.len() == 14).then_some(out)
}

const CROCKFORD: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";

fn random_code(len: usize) -> String {
    let mut bytes = vec![0u8; len];
    rand::rng().fill_bytes(&mut bytes);
    bytes.iter().map(|b| CROCKFORD[usize::from(b % 32)] as char).collect()
}

/// The stored form of a code (canonical form, hashed).
pub fn code_hash(canonical: &str) -> [u8; 32] {
    crate::auth::hash(canonical)
}

/// Stores a new invitation.
pub fn insert_invitation(conn: &Connection, hash: &[u8; 32], organisation: &str, created_by: &str, now_micros: i64, expires_micros: i64) -> Result<(), StoreError> {
    conn.execute(
        "INSERT INTO platform_invitations (code_hash, organisation, created_by, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![hash.as_slice(), organisation, created_by, now_micros, expires_micros],
    )?;
    Ok(())
}

/// What a code is worth.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Invitation {
    /// Valid: the organisation it makes a member of.
    Open(Organisation),
    Unknown,
    Used,
    Expired,
}

/// Looks a code up (without using it).
pub fn check_invitation(conn: &Connection, hash: &[u8; 32], now_micros: i64) -> Result<Invitation, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT organisation, expires_at, used_at FROM platform_invitations WHERE code_hash = ?1")?;
    let found: Option<(String, i64, Option<i64>)> = stmt.query_row([hash.as_slice()], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).optional()?;
    Ok(match found {
        None => Invitation::Unknown,
        Some((_, _, Some(_))) => Invitation::Used,
        Some((_, expires, None)) if expires <= now_micros => Invitation::Expired,
        Some((org, _, None)) => match find_org(conn, &org)? {
            Some(o) => Invitation::Open(o),
            // The organisation was disabled since: the code is worth nothing.
            None => Invitation::Expired,
        },
    })
}

/// Takes a deleted account's name out of the platform's tables: who used an
/// invitation, who decided in moderation, who posted or ended board content,
/// who handed out invitations, and the audit trail. The records stay.
pub fn forget_name(conn: &Connection, role: &str, name: &str) -> Result<(), StoreError> {
    conn.execute("UPDATE platform_invitations SET used_by = '(deleted account)' WHERE used_by = ?1", [name])?;
    for (table, column) in [
        ("platform_invitations", "created_by"),
        ("platform_moderation", "decided_by"),
        ("platform_notices", "created_by"),
        ("platform_notices", "withdrawn_by"),
        ("platform_alerts", "created_by"),
        ("platform_alerts", "cancelled_by"),
        ("platform_audit", "actor"),
    ] {
        crate::audit::forget_in(conn, table, column, role, name)?;
    }
    Ok(())
}

/// Marks a code used by `username`; `false` when it was used meanwhile.
pub fn use_invitation(conn: &Connection, hash: &[u8; 32], username: &str, now_micros: i64) -> Result<bool, StoreError> {
    let n = conn.execute(
        "UPDATE platform_invitations SET used_at = ?2, used_by = ?3 WHERE code_hash = ?1 AND used_at IS NULL",
        params![hash.as_slice(), now_micros, username],
    )?;
    Ok(n == 1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_read_as_people_type_them() {
        let code = new_invitation_code();
        assert_eq!(code.len(), 14);
        assert_eq!(normalise_code(&code).as_deref(), Some(code.as_str()));
        assert_eq!(normalise_code(&code.to_lowercase().replace('-', " ")).as_deref(), Some(code.as_str()));
        assert_eq!(normalise_code("k7qm 2xpd 9tra").as_deref(), Some("K7QM-2XPD-9TRA"));
        assert_eq!(normalise_code("O1IL-0000-0000").as_deref(), Some("0111-0000-0000"), "O is 0, I and L are 1");
        for bad in ["", "K7QM-2XPD", "K7QM-2XPD-9TRA-1", "K7QM-2XPD-9TRU", "K7QM/2XPD/9TRA", "Ｋ７ＱＭ"] {
            assert_eq!(normalise_code(bad), None, "{bad}");
        }
        assert_ne!(new_invitation_code(), new_invitation_code());
    }

    #[test]
    fn ids_and_kinds() {
        let id = new_org_id();
        assert!(id.starts_with('o') && id.len() == 13 && valid_ref(&id), "{id}");
        for k in OrgKind::ALL {
            assert_eq!(OrgKind::parse(k.as_str()), Some(k));
        }
        assert_eq!(OrgKind::parse("club"), None);
        assert!(valid_ref("kurosaki") && !valid_ref("Kurosaki") && !valid_ref("") && !valid_ref(&"a".repeat(41)));
    }
}
