//! One moderation queue for every module.
//!
//! Anything a member of the public, a shop or a company submits is entered
//! here by its module ([`submit`], in the same transaction as the item
//! itself) and stays out of every public answer until a moderator approves
//! it. Moderators approve, hide or reject, with a reason for hiding and
//! rejecting; hiding is not deleting (moderators and admins still see the
//! item, and may approve it again); every decision is in the audit trail;
//! submitters see their items' status and the reason.
//!
//! A module shows the public only what is approved, by joining its own
//! table with this one:
//!
//! ```sql
//! SELECT e.* FROM kurosaki_events e
//! JOIN platform_moderation m ON m.module = 'kurosaki' AND m.kind = 'event' AND m.item = e.id
//! WHERE m.status = 'approved'
//! ```

use crate::audit;
use crate::auth::{Principal, Role};
use rand::RngCore;
use serde::Serialize;
use store::StoreError;
use store::rusqlite::{Connection, OptionalExtension, params};

/// Where an item stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, utoipa::ToSchema)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    /// Submitted, not yet seen by a moderator: nobody else sees it.
    Pending,
    /// Public.
    Approved,
    /// Taken out of public view; moderators and admins still see it.
    Hidden,
    /// Refused.
    Rejected,
}

impl Status {
    pub const ALL: [Status; 4] = [Status::Pending, Status::Approved, Status::Hidden, Status::Rejected];

    pub fn parse(s: &str) -> Option<Status> {
        Status::ALL.into_iter().find(|x| x.as_str() == s)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Status::Pending => "pending",
            Status::Approved => "approved",
            Status::Hidden => "hidden",
            Status::Rejected => "rejected",
        }
    }
}

/// What a moderator does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Decision {
    Approve,
    Hide,
    Reject,
}

impl Decision {
    pub fn parse(s: &str) -> Option<Decision> {
        Some(match s {
            "approve" => Decision::Approve,
            "hide" => Decision::Hide,
            "reject" => Decision::Reject,
            _ => return None,
        })
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Decision::Approve => "approve",
            Decision::Hide => "hide",
            Decision::Reject => "reject",
        }
    }

    fn status(self) -> Status {
        match self {
            Decision::Approve => Status::Approved,
            Decision::Hide => Status::Hidden,
            Decision::Reject => Status::Rejected,
        }
    }

    /// Hiding and rejecting say why: the submitter is told, the audit keeps it.
    pub fn needs_reason(self) -> bool {
        !matches!(self, Decision::Approve)
    }
}

/// A reason: at most this many characters.
pub const MAX_REASON_CHARS: usize = 500;
/// A summary as moderators read it.
pub const MAX_SUMMARY_CHARS: usize = 300;

/// An item in the queue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, utoipa::ToSchema)]
pub struct Item {
    pub id: String,
    /// The module it belongs to.
    pub module: String,
    /// What it is in that module: `event`, `feedback`, `voice`, `need`, …
    pub kind: String,
    /// The module's own id of it.
    pub item: String,
    /// What moderators read first.
    pub summary: String,
    /// Who submitted it (`role:name#token`, or `public`).
    pub submitter: String,
    /// The organisation it was submitted for, if any.
    pub organisation: Option<String>,
    pub status: Status,
    /// Why it was hidden or rejected (or a note with an approval).
    pub reason: Option<String>,
    /// RFC 3339.
    pub submitted_at: String,
    pub decided_at: Option<String>,
    pub decided_by: Option<String>,
}

/// A submission, as a module enters it.
#[derive(Debug, Clone)]
pub struct Submission<'a> {
    pub module: &'a str,
    pub kind: &'a str,
    pub item: &'a str,
    pub summary: &'a str,
}

/// Who submitted: a principal, or the public (no token).
#[derive(Debug, Clone, Copy)]
pub enum Submitter<'a> {
    Principal(&'a Principal),
    Public,
}

/// Enters an item as pending; returns the queue's id for it. Called inside
/// the module's own write, so the item and its place in the queue are
/// committed together.
pub fn submit(conn: &Connection, s: &Submission<'_>, who: Submitter<'_>, now_micros: i64) -> Result<String, StoreError> {
    let id = new_id();
    let summary = clip(s.summary, MAX_SUMMARY_CHARS);
    let (submitter, name, organisation) = match who {
        Submitter::Principal(p) => (p.actor(), p.name.clone(), p.organisation.clone()),
        Submitter::Public => ("public".to_owned(), None, None),
    };
    conn.execute(
        "INSERT INTO platform_moderation (id, module, kind, item, summary, submitter, submitter_name, organisation, status, submitted_at)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, 'pending', ?9)",
        params![id, s.module, s.kind, s.item, summary, submitter, name, organisation, now_micros],
    )?;
    Ok(id)
}

/// An item's status, by its module's id for it.
pub fn status_of(conn: &Connection, module: &str, kind: &str, item: &str) -> Result<Option<Status>, StoreError> {
    let mut stmt = conn.prepare_cached("SELECT status FROM platform_moderation WHERE module = ?1 AND kind = ?2 AND item = ?3")?;
    let found: Option<String> = stmt.query_row(params![module, kind, item], |r| r.get(0)).optional()?;
    Ok(found.and_then(|s| Status::parse(&s)))
}

/// Why a decision was not taken.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecideError {
    #[error("no such item in the moderation queue")]
    NotFound,
    #[error("hiding and rejecting need a reason (1 to {MAX_REASON_CHARS} characters)")]
    ReasonRequired,
    #[error("the reason is longer than {MAX_REASON_CHARS} characters or contains control characters")]
    BadReason,
    #[error("the item is {0} already")]
    NoChange(&'static str),
}

/// The reason as given: trimmed; `None` when blank.
pub fn parse_reason(reason: Option<&str>, decision: Decision) -> Result<Option<String>, DecideError> {
    let r = reason.map(str::trim).filter(|r| !r.is_empty());
    match r {
        None if decision.needs_reason() => Err(DecideError::ReasonRequired),
        None => Ok(None),
        Some(r) if r.chars().count() > MAX_REASON_CHARS || r.chars().any(|c| c.is_control() && c != '\n') => Err(DecideError::BadReason),
        Some(r) => Ok(Some(r.to_owned())),
    }
}

/// Takes a decision and records it in the audit trail, in one transaction.
pub fn decide(conn: &Connection, id: &str, decision: Decision, reason: Option<&str>, actor: &str, now_micros: i64) -> Result<Result<Item, DecideError>, StoreError> {
    let Some(current) = find(conn, id)? else { return Ok(Err(DecideError::NotFound)) };
    let to = decision.status();
    if current.status == to {
        return Ok(Err(DecideError::NoChange(to.as_str())));
    }
    conn.execute(
        "UPDATE platform_moderation SET status = ?2, reason = ?3, decided_at = ?4, decided_by = ?5 WHERE id = ?1",
        params![id, to.as_str(), reason, now_micros, actor],
    )?;
    audit::record(conn, &audit::Entry {
        at: now_micros,
        actor,
        module: &current.module,
        action: &format!("moderation.{}", decision.as_str()),
        subject: &format!("{}/{}/{} ({id})", current.module, current.kind, current.item),
        reason,
    })?;
    Ok(find(conn, id)?.ok_or(DecideError::NotFound))
}

const COLUMNS: &str = "id, module, kind, item, summary, submitter, organisation, status, reason, submitted_at, decided_at, decided_by";

fn row(r: &store::rusqlite::Row<'_>) -> store::rusqlite::Result<Item> {
    let status: String = r.get(7)?;
    let when = |us: i64| jiff::Timestamp::from_microsecond(us).map(|t| t.to_string()).unwrap_or_default();
    Ok(Item {
        id: r.get(0)?,
        module: r.get(1)?,
        kind: r.get(2)?,
        item: r.get(3)?,
        summary: r.get(4)?,
        submitter: r.get(5)?,
        organisation: r.get(6)?,
        status: Status::parse(&status).unwrap_or(Status::Pending),
        reason: r.get(8)?,
        submitted_at: when(r.get(9)?),
        decided_at: r.get::<_, Option<i64>>(10)?.map(when),
        decided_by: r.get(11)?,
    })
}

pub fn find(conn: &Connection, id: &str) -> Result<Option<Item>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM platform_moderation WHERE id = ?1"))?;
    Ok(stmt.query_row([id], row).optional()?)
}

/// What moderators list: by status (all when `None`) and module, oldest
/// first (the queue is worked from its front).
pub fn list(conn: &Connection, status: Option<Status>, module: Option<&str>, limit: u32, offset: u32) -> Result<Vec<Item>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM platform_moderation
         WHERE (?1 IS NULL OR status = ?1) AND (?2 IS NULL OR module = ?2)
         ORDER BY submitted_at, id LIMIT ?3 OFFSET ?4"
    ))?;
    let rows = stmt.query_map(params![status.map(Status::as_str), module, limit, offset], row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// What a submitter sees of their own items: those of their organisation
/// (a member) or made under their name; newest first.
pub fn mine(conn: &Connection, who: &Principal, limit: u32, offset: u32) -> Result<Vec<Item>, StoreError> {
    let org = if who.role == Role::Member { who.organisation.as_deref() } else { None };
    let mut stmt = conn.prepare_cached(&format!(
        "SELECT {COLUMNS} FROM platform_moderation
         WHERE (?1 IS NOT NULL AND organisation = ?1) OR (?2 IS NOT NULL AND submitter_name = ?2 AND submitter LIKE ?3)
         ORDER BY submitted_at DESC, id LIMIT ?4 OFFSET ?5"
    ))?;
    // The same name under the same role: a name alone could be anybody's.
    let role_prefix = format!("{}:%", who.role.as_str());
    let rows = stmt.query_map(params![org, who.name, role_prefix, limit, offset], row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Everything submitted under a user name (for its holder's export).
pub fn by_name(conn: &Connection, role: &str, name: &str) -> Result<Vec<Item>, StoreError> {
    let mut stmt = conn.prepare_cached(&format!("SELECT {COLUMNS} FROM platform_moderation WHERE submitter_name = ?1 AND submitter LIKE ?2 ORDER BY submitted_at, id"))?;
    let rows = stmt.query_map(params![name, format!("{role}:%")], row)?;
    Ok(rows.collect::<Result<_, _>>()?)
}

/// Takes a deleted account's name off what it submitted: the items stay
/// (they may be public, or a moderator's record), without who sent them.
pub fn forget_submitter(conn: &Connection, role: &str, name: &str) -> Result<usize, StoreError> {
    Ok(conn.execute(
        "UPDATE platform_moderation SET submitter = 'deleted account', submitter_name = NULL WHERE submitter_name = ?1 AND submitter LIKE ?2",
        params![name, format!("{role}:%")],
    )?)
}

fn new_id() -> String {
    let mut bytes = [0u8; 9];
    rand::rng().fill_bytes(&mut bytes);
    format!("m{}", bytes.iter().map(|b| format!("{b:02x}")).collect::<String>())
}

fn clip(s: &str, max: usize) -> String {
    let s = s.trim();
    if s.chars().count() <= max {
        return s.to_owned();
    }
    let mut out: String = s.chars().take(max - 1).collect();
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn db() -> (tempfile::TempDir, Connection) {
        let dir = tempfile::tempdir().expect("tempdir");
        let db = store::Db::open_with(dir.path(), &[crate::schema()]).expect("open");
        let conn = db.connect(false).expect("connect");
        (dir, conn)
    }

    fn member(org: &str, name: &str) -> Principal {
        Principal { token_id: 7, role: Role::Member, office: None, name: Some(name.into()), organisation: Some(org.into()), section: None, district: None }
    }

    #[test]
    fn an_item_goes_from_pending_to_a_decision_with_its_reason_and_audit() {
        let (_dir, conn) = db();
        let who = member("o1", "店主");
        let s = Submission { module: "kurosaki", kind: "event", item: "e1", summary: "黒崎のまつり" };
        let id = submit(&conn, &s, Submitter::Principal(&who), 1).expect("submit");
        assert_eq!(status_of(&conn, "kurosaki", "event", "e1").expect("status"), Some(Status::Pending));
        assert_eq!(list(&conn, Some(Status::Pending), None, 10, 0).expect("list").len(), 1);

        assert_eq!(parse_reason(None, Decision::Hide), Err(DecideError::ReasonRequired));
        assert_eq!(parse_reason(Some("  "), Decision::Reject), Err(DecideError::ReasonRequired));
        assert_eq!(parse_reason(Some(&"x".repeat(501)), Decision::Hide), Err(DecideError::BadReason));
        assert_eq!(parse_reason(None, Decision::Approve), Ok(None));

        let item = decide(&conn, &id, Decision::Hide, Some("電話番号が載っている"), "moderator:sato#3", 2).expect("store").expect("decided");
        assert_eq!((item.status, item.reason.as_deref(), item.decided_by.as_deref()), (Status::Hidden, Some("電話番号が載っている"), Some("moderator:sato#3")));
        assert_eq!(decide(&conn, &id, Decision::Hide, Some("again"), "moderator:sato#3", 3).expect("store"), Err(DecideError::NoChange("hidden")));
        // Hidden is not deleted: it can be approved again.
        let item = decide(&conn, &id, Decision::Approve, None, "admin#1", 4).expect("store").expect("decided");
        assert_eq!(item.status, Status::Approved);
        assert_eq!(decide(&conn, "mnothing", Decision::Approve, None, "admin#1", 5).expect("store"), Err(DecideError::NotFound));

        let trail = audit::list(&conn, 0, 100, 0).expect("audit");
        let actions: Vec<&str> = trail.iter().map(|e| e.action.as_str()).collect();
        assert_eq!(actions, ["moderation.hide", "moderation.approve"]);
        assert_eq!(trail[0].reason.as_deref(), Some("電話番号が載っている"));
    }

    #[test]
    fn submitters_see_their_own_and_their_organisations_items_only() {
        let (_dir, conn) = db();
        let a = member("o1", "a");
        let b = member("o1", "b");
        let other = member("o2", "c");
        for (who, item) in [(&a, "1"), (&b, "2"), (&other, "3")] {
            submit(&conn, &Submission { module: "m", kind: "k", item, summary: "s" }, Submitter::Principal(who), 1).expect("submit");
        }
        submit(&conn, &Submission { module: "m", kind: "k", item: "4", summary: "s" }, Submitter::Public, 1).expect("submit");
        let items = |p: &Principal| mine(&conn, p, 10, 0).expect("mine").into_iter().map(|i| i.item).collect::<Vec<_>>();
        assert_eq!(items(&a).len(), 2, "both of organisation o1");
        assert_eq!(items(&other), ["3"]);
        let staff = Principal { token_id: 9, role: Role::Staff, office: None, name: Some("a".into()), organisation: None, section: None, district: None };
        assert!(items(&staff).is_empty(), "a staff token named like a member sees nothing of the member's");
    }

    #[test]
    fn long_summaries_are_clipped() {
        assert_eq!(clip(&"あ".repeat(400), 300).chars().count(), 300);
        assert_eq!(clip(" short ", 300), "short");
    }
}
