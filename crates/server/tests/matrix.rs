//! The role × office × route matrix: every route of the router (HTTP and
//! both websockets) against every kind of caller — no token, a garbage
//! token, a well-formed unknown one, an expired one, a revoked one, admin,
//! staff/kiosk/display of the ticket's office, the same roles of another
//! office, and the same roles with no office — each with the exact status
//! and error code `shared/api-contract.md` and `docs/api.md` give it.
//!
//! And: no answer to anyone but a ticket's holder (public reads, pages, the
//! office feed for every role, the ticket feed, any refusal) carries a
//! ticket's `token` or `status_url`.
//!
//! One server; tickets are made up front, one per allowed call that moves a
//! ticket, so that every cell's answer is exact. A table of mismatches is
//! printed at the end rather than stopping at the first. The test also
//! reads `src/app.rs` and fails when a route there has no row here.

mod common;

use common::*;
use serde_json::{Value, json};
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::io::{Read, Write};
use std::sync::Arc;
use std::time::{Duration, Instant};

const OWN: &str = "yahatanishi";
const OTHER: &str = "orio";
/// A counter of the main office that serves queue S alone: call-next rows
/// use it so that they call exactly the tickets made for them.
const S_COUNTER: &str = "17";
/// A counter that serves queue G alone: fixtures are called through it.
const G_COUNTER: &str = "18";
const PRINTER: &str = "matrix-printer";
/// Shaped like a ticket id, never issued.
const UNKNOWN_ID: &str = "tAAAAAAAAAAAAAAAAAAAAAAA";
/// Shaped like a ticket token, never issued.
const UNKNOWN_TOKEN: &str = "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
enum Caller {
    NoToken,
    Garbage,
    /// Well-formed (`mdg_` + 256 bits) but never stored.
    Unknown,
    /// A staff token of the ticket's office whose `expires_at` has passed.
    Expired,
    /// A staff token of the ticket's office, revoked.
    Revoked,
    Admin,
    StaffOwn,
    KioskOwn,
    DisplayOwn,
    StaffOther,
    KioskOther,
    DisplayOther,
    /// Created without `--office`: acts at every office.
    StaffAny,
    KioskAny,
    DisplayAny,
}

use Caller::*;

const CALLERS: [Caller; 15] = [
    NoToken, Garbage, Unknown, Expired, Revoked, Admin, StaffOwn, KioskOwn, DisplayOwn, StaffOther, KioskOther, DisplayOther, StaffAny, KioskAny,
    DisplayAny,
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Role {
    Admin,
    Staff,
    Kiosk,
    Display,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Scope {
    Own,
    Other,
    Any,
}

impl Caller {
    /// The role and office of a valid token; `None` without one.
    fn grant(self) -> Option<(Role, Scope)> {
        Some(match self {
            NoToken | Garbage | Unknown | Expired | Revoked => return None,
            Admin => (Role::Admin, Scope::Any),
            StaffOwn => (Role::Staff, Scope::Own),
            KioskOwn => (Role::Kiosk, Scope::Own),
            DisplayOwn => (Role::Display, Scope::Own),
            StaffOther => (Role::Staff, Scope::Other),
            KioskOther => (Role::Kiosk, Scope::Other),
            DisplayOther => (Role::Display, Scope::Other),
            StaffAny => (Role::Staff, Scope::Any),
            KioskAny => (Role::Kiosk, Scope::Any),
            DisplayAny => (Role::Display, Scope::Any),
        })
    }
}

/// What a cell must answer.
#[derive(Debug, Clone, PartialEq)]
enum Want {
    /// This exact success status (2xx, 3xx, or 101 for a websocket).
    Ok(u16),
    /// This status with `{"error": {"code": CODE, "message"}}`.
    Err(u16, &'static str),
    /// The spoken call, to a caller who may ask for it: 200 `audio/wav`, or
    /// 503 `speech_unavailable` on a machine without a speech engine.
    Speech,
}

const UNAUTHORIZED: Want = Want::Err(401, "unauthorized");
const FORBIDDEN: Want = Want::Err(403, "forbidden");

/// The refusal a guarded route gives before it looks at anything else, or
/// `None` when the caller may go on: 401 without a valid token, 403 for a
/// role not among `roles` (admins may do everything) or a token of another
/// office.
fn gate(c: Caller, roles: &[Role]) -> Option<Want> {
    match c.grant() {
        None => Some(UNAUTHORIZED),
        Some((Role::Admin, _)) => None,
        Some((r, _)) if !roles.contains(&r) => Some(FORBIDDEN),
        Some((_, Scope::Other)) => Some(FORBIDDEN),
        Some(_) => None,
    }
}

/// Like [`gate`], for a ticket nobody has: the office cannot be checked, so
/// only the role can be refused.
fn gate_role(c: Caller, roles: &[Role]) -> Option<Want> {
    match c.grant() {
        None => Some(UNAUTHORIZED),
        Some((Role::Admin, _)) => None,
        Some((r, _)) if !roles.contains(&r) => Some(FORBIDDEN),
        Some(_) => None,
    }
}

/// Paper tickets and QR codes of a ticket an admin issued: a kiosk prints
/// only what it issued itself (403 `not_your_ticket`), others get `want`.
fn own_ticket_only(c: Caller, want: Want) -> Want {
    if matches!(c.grant(), Some((Role::Kiosk, _))) { Want::Err(403, "not_your_ticket") } else { want }
}

/// Routes that check the office exists before the role: any valid token
/// gets the 404.
fn gate_office_first(c: Caller) -> Want {
    if c.grant().is_none() { UNAUTHORIZED } else { Want::Err(404, "unknown_office") }
}

/// What else a success must show.
#[derive(Debug, Clone)]
enum Check {
    Nothing,
    /// A JSON body.
    Json,
    /// A ticket in this state, with its `token` and `status_url` (the
    /// issuing answer and staff reads).
    HolderTicket(&'static str),
    /// The public view of a ticket: its number, and no secret.
    PublicTicket(String),
    ContentType(&'static str),
    /// The paper ticket or its QR code, for the kiosk or desk that hands it
    /// to the resident: it encodes the status URL by design. A kiosk gets
    /// it only for a ticket it issued itself, within minutes.
    HolderMedia(&'static str),
    Location(&'static str),
    /// `/api/v1/session` names the caller's role and office.
    Session,
}

#[derive(Debug, Clone)]
struct Case {
    /// The route pattern in `app.rs` this row covers.
    route: &'static str,
    method: &'static str,
    path: String,
    body: Option<Value>,
    caller: Caller,
    want: Want,
    check: Check,
}

/// Tickets made before the matrix runs.
struct Fixtures {
    /// A ticket for each (action, allowed caller) that moves one.
    mine: HashMap<(&'static str, Caller), String>,
    /// Probes for the refused callers (and the read-only rows); a refused
    /// call must leave them as they are.
    waiting: Value,
    called: Value,
    serving: Value,
    journey: Value,
}

const STAFF_OK: [Caller; 3] = [Admin, StaffOwn, StaffAny];

struct Matrix {
    app: TestApp,
    /// No redirects followed: 308s are asserted as such.
    http: reqwest::Client,
    tokens: HashMap<Caller, String>,
}

/// An HTTP or websocket answer.
#[derive(Debug, Clone)]
struct Answer {
    resp: Resp,
    location: Option<String>,
    /// Websocket text messages read after a 101.
    messages: Vec<String>,
}

impl Matrix {
    fn token(&self, c: Caller) -> Option<&str> {
        self.tokens.get(&c).map(String::as_str)
    }

    async fn http(&self, method: &str, path: &str, caller: Caller, body: Option<&Value>) -> Answer {
        // The token-less routes are rate limited per address (bursts of 60,
        // then 10 a second); the matrix sends more than a burst from one
        // address, so a 429 there is waited out.
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let m = reqwest::Method::from_bytes(method.as_bytes()).expect("method");
            let mut req = self.http.request(m, self.app.url(path));
            if let Some(t) = self.token(caller) {
                req = req.bearer_auth(t);
            }
            if let Some(b) = body {
                req = req.json(b);
            }
            let resp = within("a matrix request", req.send()).await.expect("HTTP request");
            let location = resp.headers().get("location").and_then(|v| v.to_str().ok()).map(str::to_owned);
            let resp = read(resp).await;
            if resp.status == 429 && resp.json["error"]["code"] == "rate_limited" && Instant::now() < deadline {
                tokio::time::sleep(Duration::from_millis(120)).await;
                continue;
            }
            return Answer { resp, location, messages: Vec::new() };
        }
    }

    /// Opens a Server-Sent Events stream; on 200 reads up to its first
    /// event and closes (the stream itself never ends).
    async fn sse(&self, path: &str) -> Answer {
        // Rate limited like the other token-less routes: waited out.
        let deadline = Instant::now() + Duration::from_secs(30);
        let resp = loop {
            let resp = within("an SSE request", self.http.get(self.app.url(path)).send()).await.expect("HTTP request");
            if resp.status().as_u16() != 429 || Instant::now() >= deadline {
                break resp;
            }
            tokio::time::sleep(Duration::from_millis(120)).await;
        };
        let status = resp.status().as_u16();
        let content_type = resp.headers().get(reqwest::header::CONTENT_TYPE).and_then(|v| v.to_str().ok()).map(str::to_owned);
        let mut resp = resp;
        let mut text = String::new();
        while !text.contains("\n\n") {
            match within("an SSE event", resp.chunk()).await {
                Ok(Some(bytes)) => text.push_str(&String::from_utf8_lossy(&bytes)),
                _ => break,
            }
        }
        let json = serde_json::from_str(&text).unwrap_or(Value::Null);
        Answer { resp: Resp { status, content_type, text, json }, location: None, messages: Vec::new() }
    }

    /// Opens a websocket; on 101 reads the first message and closes.
    async fn ws(&self, path: &str, bearer: Option<&str>) -> Answer {
        use tokio_tungstenite::tungstenite::{self, client::IntoClientRequest};
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let mut req = self.app.ws_url(path).into_client_request().expect("ws request");
            if let Some(t) = bearer {
                req.headers_mut().insert("authorization", format!("Bearer {t}").parse().expect("header"));
            }
            match within("websocket handshake", tokio_tungstenite::connect_async(req)).await {
                Ok((mut ws, _)) => {
                    let first = match ws_next(&mut ws).await {
                        WsNext::Text(t) => t,
                        other => format!("<not a text message: {other:?}>"),
                    };
                    let _ = within("closing a websocket", ws.close(None)).await;
                    let json = serde_json::from_str(&first).unwrap_or(Value::Null);
                    let resp = Resp { status: 101, content_type: None, text: first.clone(), json };
                    return Answer { resp, location: None, messages: vec![first] };
                }
                Err(tungstenite::Error::Http(r)) => {
                    let status = r.status().as_u16();
                    let text = r.body().as_ref().map(|b| String::from_utf8_lossy(b).into_owned()).unwrap_or_default();
                    let json = serde_json::from_str(&text).unwrap_or(Value::Null);
                    let content_type = r.headers().get("content-type").and_then(|v| v.to_str().ok()).map(str::to_owned);
                    let resp = Resp { status, content_type, text, json };
                    if status == 429 && resp.json["error"]["code"] == "rate_limited" && Instant::now() < deadline {
                        tokio::time::sleep(Duration::from_millis(120)).await;
                        continue;
                    }
                    return Answer { resp, location: None, messages: Vec::new() };
                }
                Err(e) => panic!("websocket {path} failed: {e}"),
            }
        }
    }
}

/// The built-in ward with one printer at the main office, at `addr`.
fn config_with_printer(addr: &str) -> queue_core::WardConfig {
    let text = madoguchi_server::settings::BUILT_IN;
    let second_office = text.match_indices("\n[[offices]]").nth(1).map(|(i, _)| i).expect("a second office");
    let printer = format!("\n[[offices.printers]]\nid = \"{PRINTER}\"\ntarget = \"tcp://{addr}\"\n");
    let text = format!("{}{printer}{}", &text[..second_office], &text[second_office..]);
    queue_core::WardConfig::parse(&text).expect("config with a printer")
}

/// A thermal printer on a loopback port: answers the paper-status query
/// with "paper present" and swallows the ticket. Runs until the process ends.
fn fake_printer() -> String {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    std::thread::spawn(move || {
        for conn in listener.incoming() {
            let Ok(mut s) = conn else { continue };
            std::thread::spawn(move || {
                let _ = s.set_read_timeout(Some(Duration::from_secs(10)));
                let mut status = [0u8; 3];
                if s.read_exact(&mut status).is_ok() {
                    let _ = s.write_all(&[0x12]);
                    let mut rest = Vec::new();
                    let _ = s.read_to_end(&mut rest);
                }
            });
        }
    });
    addr
}

/// Mints every caller's token.
fn mint_all(app: &TestApp) -> HashMap<Caller, String> {
    let dir = app.data_dir();
    let mut t = HashMap::new();
    t.insert(Garbage, "garbage".to_owned());
    t.insert(Unknown, madoguchi_server::auth::new_token());
    {
        let db = store::Db::open(dir).expect("open data dir");
        let conn = db.connect(false).expect("connect");
        let now = jiff::Timestamp::now().as_microsecond();
        let expired = madoguchi_server::auth::new_token();
        store::tokens::insert_expiring(&conn, &madoguchi_server::auth::hash(&expired), "staff", Some(OWN), Some("expired"), now - 2_000_000, Some(now - 1_000_000))
            .expect("expired token");
        t.insert(Expired, expired);
        let revoked = madoguchi_server::auth::new_token();
        let id = store::tokens::insert(&conn, &madoguchi_server::auth::hash(&revoked), "staff", Some(OWN), Some("revoked"), now).expect("token");
        assert!(store::tokens::revoke(&conn, id, now).expect("revoke"), "revoked");
        t.insert(Revoked, revoked);
    }
    for (c, role, office) in [
        (Admin, "admin", None),
        (StaffOwn, "staff", Some(OWN)),
        (KioskOwn, "kiosk", Some(OWN)),
        (DisplayOwn, "display", Some(OWN)),
        (StaffOther, "staff", Some(OTHER)),
        (KioskOther, "kiosk", Some(OTHER)),
        (DisplayOther, "display", Some(OTHER)),
        (StaffAny, "staff", None),
        (KioskAny, "kiosk", None),
        (DisplayAny, "display", None),
    ] {
        t.insert(c, mint(dir, role, office));
    }
    t
}

async fn issue(app: &TestApp, admin: &str, body: Value) -> Value {
    app.issue_ok(admin, OWN, body).await
}

/// A ticket in queue G, called at counter 18 (which serves G alone).
async fn called(app: &TestApp, admin: &str) -> Value {
    let t = issue(app, admin, json!({"queue": "G", "lang": "en"})).await;
    let c = app.call_next(admin, OWN, G_COUNTER).await;
    assert_eq!(c.expect(200)["id"], t["id"], "counter {G_COUNTER} calls the G ticket just issued");
    t
}

async fn serving(app: &TestApp, admin: &str) -> Value {
    let t = called(app, admin).await;
    app.act(admin, s(&t, "id"), "start").await.expect(200);
    t
}

async fn fixtures(app: &TestApp, admin: &str) -> Fixtures {
    let mut mine = HashMap::new();
    for c in STAFF_OK {
        for action in ["recall", "start", "no-show"] {
            mine.insert((action, c), s(&called(app, admin).await, "id").to_owned());
        }
        mine.insert(("finish", c), s(&serving(app, admin).await, "id").to_owned());
        for action in ["cancel", "transfer", "journey/steps"] {
            let t = issue(app, admin, json!({"queue": "A", "lang": "en"})).await;
            mine.insert((action, c), s(&t, "id").to_owned());
        }
        let j = issue(app, admin, json!({"life_event": "moving-in", "lang": "en"})).await;
        assert!(j["journey"].is_array(), "a life event gives a journey: {j}");
        mine.insert(("journey/skip", c), s(&j, "id").to_owned());
        // One ticket for this caller's call-next, in the queue only counter 17 serves.
        issue(app, admin, json!({"queue": "S", "lang": "en"})).await;
    }
    Fixtures {
        mine,
        waiting: issue(app, admin, json!({"service": "moving-in", "lang": "en"})).await,
        called: called(app, admin).await,
        serving: serving(app, admin).await,
        journey: issue(app, admin, json!({"life_event": "moving-in", "lang": "en"})).await,
    }
}

fn cases(fx: &Fixtures, tokens: &HashMap<Caller, String>) -> Vec<Case> {
    let mut out = Vec::new();
    let mut add = |route: &'static str, method: &'static str, path: String, body: Option<Value>, caller: Caller, want: Want, check: Check| {
        out.push(Case { route, method, path, body, caller, want, check });
    };
    let wid = s(&fx.waiting, "id").to_owned();
    let wtoken = s(&fx.waiting, "token").to_owned();
    let wnumber = s(&fx.waiting, "number").to_owned();

    for c in CALLERS {
        // ----- Anyone, token or not (a bad token is ignored, not refused).
        let ok = |ct: &'static str| (Want::Ok(200), Check::ContentType(ct));
        let json_ok = (Want::Ok(200), Check::Json);
        for (route, path, (want, check)) in [
            ("/healthz", "/healthz".to_owned(), ok("text/plain")),
            ("/metrics", "/metrics".to_owned(), ok("text/plain")),
            ("/api/openapi.json", "/api/openapi.json".to_owned(), json_ok.clone()),
            ("/api/v1/offices", "/api/v1/offices?lang=en".to_owned(), json_ok.clone()),
            ("/api/v1/offices/{office}/services", format!("/api/v1/offices/{OWN}/services?lang=en"), json_ok.clone()),
            ("/api/v1/offices/{office}/counters", format!("/api/v1/offices/{OWN}/counters"), json_ok.clone()),
            ("/api/v1/offices/{office}/life-events", format!("/api/v1/offices/{OWN}/life-events?lang=en"), json_ok.clone()),
            ("/api/v1/public/tickets/{token}", format!("/api/v1/public/tickets/{wtoken}"), (Want::Ok(200), Check::PublicTicket(wnumber.clone()))),
            ("/api/v1/public/tickets/{token}", format!("/api/v1/public/tickets/{UNKNOWN_TOKEN}"), (Want::Err(404, "ticket_not_found"), Check::Nothing)),
            ("/api/v1/i18n", "/api/v1/i18n".to_owned(), json_ok.clone()),
            ("/api/v1/modules", "/api/v1/modules".to_owned(), json_ok.clone()),
            ("/api/v1/districts", "/api/v1/districts?lang=en".to_owned(), json_ok.clone()),
            ("/api/v1/districts.csv", "/api/v1/districts.csv".to_owned(), ok("text/csv")),
            ("/api/v1/facilities", "/api/v1/facilities?lang=en".to_owned(), json_ok.clone()),
            ("/api/v1/public/status", "/api/v1/public/status?lang=en".to_owned(), json_ok.clone()),
            ("/api/v1/public/status", "/api/v1/public/status?office=atlantis".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            ("/status/embed", format!("/status/embed?office={OWN}&lang=en"), ok("text/html")),
            ("/status/", "/status/".to_owned(), ok("text/html")),
            ("/ops/", format!("/ops/?office={OWN}"), ok("text/html")),
            ("/ops", "/ops".to_owned(), (Want::Ok(308), Check::Location("/ops/"))),
            ("/status", "/status".to_owned(), (Want::Ok(308), Check::Location("/status/"))),
            ("/api/v1/facilities.csv", "/api/v1/facilities.csv".to_owned(), ok("text/csv")),
            // Datasets: the list shows each caller what it may take; a module not served has none.
            ("/api/v1/datasets", "/api/v1/datasets".to_owned(), json_ok.clone()),
            ("/api/v1/datasets/{module}/{file}", "/api/v1/datasets/nosuch/events.csv".to_owned(), (Want::Err(404, "unknown_dataset"), Check::Nothing)),
            ("/api/v1/i18n/{lang}", "/api/v1/i18n/en".to_owned(), json_ok.clone()),
            ("/", "/".to_owned(), ok("text/html")),
            ("/kiosk/", format!("/kiosk/?office={OWN}"), ok("text/html")),
            ("/desk/", format!("/desk/?office={OWN}&counter=1"), ok("text/html")),
            ("/display/", format!("/display/?office={OWN}"), ok("text/html")),
            ("/admin/", "/admin/".to_owned(), ok("text/html")),
            ("/kiosk", "/kiosk".to_owned(), (Want::Ok(308), Check::Location("/kiosk/"))),
            ("/desk", "/desk".to_owned(), (Want::Ok(308), Check::Location("/desk/"))),
            ("/display", "/display".to_owned(), (Want::Ok(308), Check::Location("/display/"))),
            ("/admin", "/admin".to_owned(), (Want::Ok(308), Check::Location("/admin/"))),
            ("/m/", "/m/".to_owned(), ok("text/html")),
            ("/m", "/m".to_owned(), (Want::Ok(308), Check::Location("/m/"))),
            ("/m/signin/", "/m/signin/?next=/m/".to_owned(), ok("text/html")),
            ("/m/signin", "/m/signin".to_owned(), (Want::Ok(308), Check::Location("/m/signin/"))),
            ("/m/join/", "/m/join/?code=AAAA-BBBB-CCCC".to_owned(), ok("text/html")),
            ("/m/join", "/m/join".to_owned(), (Want::Ok(308), Check::Location("/m/join/"))),
            ("/m/moderation/", "/m/moderation/".to_owned(), ok("text/html")),
            ("/m/moderation", "/m/moderation".to_owned(), (Want::Ok(308), Check::Location("/m/moderation/"))),
            // Invitations are looked up and accepted without a token; an unknown code is 404.
            ("/api/v1/invitations/{code}", "/api/v1/invitations/AAAA-BBBB-CCCC".to_owned(), (Want::Err(404, "invitation_not_found"), Check::Nothing)),
            ("/t/{token}", format!("/t/{wtoken}"), ok("text/html")),
            ("/calendar/{office}", format!("/calendar/{OWN}"), ok("text/html")),
            ("/calendar/{office}/forecast.csv", format!("/calendar/{OWN}/forecast.csv"), ok("text/csv")),
            ("/ui/{*path}", "/ui/shared/base.css".to_owned(), ok("text/css")),
            ("/ui/{*path}", "/ui/no/such/file.js".to_owned(), (Want::Err(404, "not_found"), Check::Nothing)),
            ("/board/{*path}", "/board/display.css".to_owned(), ok("text/css")),
            // Unknown offices on the public routes.
            ("/api/v1/offices/{office}/services", "/api/v1/offices/atlantis/services".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            ("/api/v1/offices/{office}/counters", "/api/v1/offices/atlantis/counters".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            ("/api/v1/offices/{office}/life-events", "/api/v1/offices/atlantis/life-events".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            ("/api/v1/offices/{office}/forecast", "/api/v1/offices/atlantis/forecast".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            ("/calendar/{office}", "/calendar/atlantis".to_owned(), (Want::Err(404, "unknown_office"), Check::Nothing)),
            // No such route, no such method.
            ("<fallback>", "/api/v1/nothing-here".to_owned(), (Want::Err(404, "not_found"), Check::Nothing)),
        ] {
            add(route, "GET", path, None, c, want, check);
        }
        add("<method not allowed>", "DELETE", "/api/v1/offices".into(), None, c, Want::Err(405, "method_not_allowed"), Check::Nothing);
        add("/api/v1/public/status/stream", "SSE", "/api/v1/public/status/stream".into(), None, c, Want::Ok(200), Check::ContentType("text/event-stream"));
        // The PDF and the forecast are slow in a debug build (the forecast
        // is fitted again after every issued ticket): the callers that
        // matter for a public route.
        if matches!(c, NoToken | Garbage | Expired | DisplayOther) {
            add("/api/v1/offices/{office}/forecast", "GET", format!("/api/v1/offices/{OWN}/forecast?days=7"), None, c, Want::Ok(200), Check::Json);
            add("/calendar/{office}/print.pdf", "GET", format!("/calendar/{OWN}/print.pdf"), None, c, Want::Ok(200), Check::ContentType("application/pdf"));
        }
        // Sign-in takes no token; a wrong password is 401 whatever is presented.
        let user = format!("nobody-{c:?}").to_lowercase();
        add("/api/v1/login", "POST", "/api/v1/login".into(), Some(json!({"username": user, "password": "wrong"})), c, UNAUTHORIZED, Check::Nothing);

        let accept = json!({"username": format!("joiner-{c:?}").to_lowercase(), "password": "long enough"});
        add("/api/v1/invitations/{code}/accept", "POST", "/api/v1/invitations/AAAA-BBBB-CCCC/accept".into(), Some(accept), c, Want::Err(404, "invitation_not_found"), Check::Nothing);

        // ----- Accounts: organisations are listed for staff (and moderators);
        // invitations are handed out by staff, for an organisation that must exist.
        let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Ok(200));
        add("/api/v1/organisations", "GET", "/api/v1/organisations".into(), None, c, want, Check::Json);
        let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Err(404, "unknown_organisation"));
        add("/api/v1/invitations", "POST", "/api/v1/invitations".into(), Some(json!({"organisation": "onosuchorg00"})), c, want, Check::Nothing);

        // ----- Moderation: the queue and its decisions for moderators (and
        // admins; no moderator among these callers), the audit for admins,
        // and every token its own submissions.
        let want = gate_role(c, &[]).unwrap_or(Want::Ok(200));
        add("/api/v1/moderation", "GET", "/api/v1/moderation".into(), None, c, want.clone(), Check::Json);
        add("/api/v1/audit", "GET", "/api/v1/audit".into(), None, c, want, Check::Json);
        let want = gate_role(c, &[]).unwrap_or(Want::Err(404, "unknown_item"));
        add("/api/v1/moderation/{id}/{decision}", "POST", "/api/v1/moderation/mnosuchitem/approve".into(), None, c, want, Check::Nothing);
        let want = if c.grant().is_some() { Want::Ok(200) } else { UNAUTHORIZED };
        add("/api/v1/moderation/mine", "GET", "/api/v1/moderation/mine".into(), None, c, want, Check::Json);
        // A person's own data: every caller here is a device token, with no account behind it.
        let want = if c.grant().is_some() { Want::Err(404, "no_account") } else { UNAUTHORIZED };
        add("/api/v1/me", "GET", "/api/v1/me".into(), None, c, want.clone(), Check::Nothing);
        add("/api/v1/me", "DELETE", "/api/v1/me".into(), None, c, want, Check::Nothing);

        // ----- Webhooks: admins only. The bodies are refused, so an allowed
        // caller registers nothing.
        let admin_only = gate_role(c, &[]);
        add("/api/v1/webhooks", "GET", "/api/v1/webhooks".into(), None, c, admin_only.clone().unwrap_or(Want::Ok(200)), Check::Json);
        add("/api/v1/webhooks", "POST", "/api/v1/webhooks".into(), Some(json!({"url": "http://127.0.0.1:9/", "events": ["*"], "secret": "short"})), c, admin_only.clone().unwrap_or(Want::Err(422, "bad_webhook")), Check::Nothing);
        add("/api/v1/webhooks/{id}", "DELETE", "/api/v1/webhooks/wnosuch".into(), None, c, admin_only.clone().unwrap_or(Want::Err(404, "unknown_webhook")), Check::Nothing);
        add("/api/v1/webhooks/{id}/deliveries", "GET", "/api/v1/webhooks/wnosuch/deliveries".into(), None, c, admin_only.clone().unwrap_or(Want::Err(404, "unknown_webhook")), Check::Nothing);
        add("/api/v1/webhooks/deliveries/{id}/retry", "POST", "/api/v1/webhooks/deliveries/424242/retry".into(), None, c, admin_only.unwrap_or(Want::Err(404, "unknown_delivery")), Check::Nothing);

        // ----- The modules' figures: staff, moderators and admins.
        let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Ok(200)); // no moderator among these callers
        add("/api/v1/statistics", "GET", "/api/v1/statistics".into(), None, c, want, Check::Json);

        // ----- Board content: notices for staff (of the offices they
        // address) and admins, alerts for admins. The bodies name an office
        // that does not exist, so an allowed caller changes nothing.
        let staff_only = gate_role(c, &[Role::Staff]);
        add("/api/v1/notices", "GET", "/api/v1/notices".into(), None, c, staff_only.clone().unwrap_or(Want::Ok(200)), Check::Json);
        let notice = json!({"offices": ["atlantis"], "title": {"ja": "お知らせ"}, "body": {"ja": "本文"}});
        add("/api/v1/notices", "POST", "/api/v1/notices".into(), Some(notice), c, staff_only.clone().unwrap_or(Want::Err(422, "unknown_office")), Check::Nothing);
        add("/api/v1/notices/{id}", "DELETE", "/api/v1/notices/nnosuchnotice".into(), None, c, staff_only.clone().unwrap_or(Want::Err(404, "unknown_notice")), Check::Nothing);
        add("/api/v1/alerts", "GET", "/api/v1/alerts".into(), None, c, staff_only.unwrap_or(Want::Ok(200)), Check::Json);
        let alert = json!({"offices": ["atlantis"], "headline": {"ja": "訓練"}, "description": {"ja": "訓練です"}, "severity": "Moderate"});
        let admin_only = gate_role(c, &[]);
        add("/api/v1/alerts", "POST", "/api/v1/alerts".into(), Some(alert), c, admin_only.clone().unwrap_or(Want::Err(422, "unknown_office")), Check::Nothing);
        add("/api/v1/alerts/{id}", "DELETE", "/api/v1/alerts/anosuchalert".into(), None, c, admin_only.unwrap_or(Want::Err(404, "unknown_alert")), Check::Nothing);

        // ----- Any valid token.
        let (want, check) = if c.grant().is_some() { (Want::Ok(200), Check::Session) } else { (UNAUTHORIZED, Check::Nothing) };
        add("/api/v1/session", "GET", "/api/v1/session".into(), None, c, want, check);
        // Signing out ends sign-in sessions only: every valid caller here is a device token.
        let want = if c.grant().is_some() { Want::Err(409, "not_a_session") } else { UNAUTHORIZED };
        add("/api/v1/logout", "POST", "/api/v1/logout".into(), None, c, want, Check::Nothing);

        // ----- Office routes.
        let issue_body = json!({"queue": "A", "lang": "en"});
        let (want, check) = match gate(c, &[Role::Kiosk, Role::Staff]) {
            Some(w) => (w, Check::Nothing),
            None => (Want::Ok(201), Check::HolderTicket("waiting")),
        };
        add("/api/v1/offices/{office}/tickets", "POST", format!("/api/v1/offices/{OWN}/tickets"), Some(issue_body.clone()), c, want, check);
        add("/api/v1/offices/{office}/tickets", "POST", "/api/v1/offices/atlantis/tickets".into(), Some(issue_body), c, gate_office_first(c), Check::Nothing);

        let (want, check) = match gate(c, &[Role::Staff]) {
            Some(w) => (w, Check::Nothing),
            None => (Want::Ok(200), Check::HolderTicket("called")),
        };
        let call_next = "/api/v1/offices/{office}/counters/{counter}/call-next";
        add(call_next, "POST", format!("/api/v1/offices/{OWN}/counters/{S_COUNTER}/call-next"), None, c, want, check);
        add(call_next, "POST", format!("/api/v1/offices/atlantis/counters/{S_COUNTER}/call-next"), None, c, gate_office_first(c), Check::Nothing);
        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Err(404, "unknown_counter"));
        add(call_next, "POST", format!("/api/v1/offices/{OWN}/counters/99/call-next"), None, c, want, Check::Nothing);

        // A counter's state and a queue's reception: staff of the office.
        // Opening what is open changes nothing, so the other rows are unaffected.
        let state = "/api/v1/offices/{office}/counters/{counter}/state";
        let open = Some(json!({"state": "open"}));
        add(state, "POST", format!("/api/v1/offices/{OWN}/counters/{S_COUNTER}/state"), open.clone(), c, gate(c, &[Role::Staff]).unwrap_or(Want::Ok(200)), Check::Json);
        add(state, "POST", format!("/api/v1/offices/{OWN}/counters/99/state"), open.clone(), c, gate(c, &[Role::Staff]).unwrap_or(Want::Err(404, "unknown_counter")), Check::Nothing);
        add(state, "POST", format!("/api/v1/offices/atlantis/counters/{S_COUNTER}/state"), open, c, gate_office_first(c), Check::Nothing);
        let reception = "/api/v1/offices/{office}/queues/{queue}/reception";
        let open = Some(json!({"open": true}));
        add(reception, "POST", format!("/api/v1/offices/{OWN}/queues/S/reception"), open.clone(), c, gate(c, &[Role::Staff]).unwrap_or(Want::Ok(200)), Check::Json);
        add(reception, "POST", format!("/api/v1/offices/{OWN}/queues/ZZ/reception"), open.clone(), c, gate(c, &[Role::Staff]).unwrap_or(Want::Err(422, "unknown_queue")), Check::Nothing);
        add(reception, "POST", "/api/v1/offices/atlantis/queues/S/reception".into(), open, c, gate_office_first(c), Check::Nothing);

        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Ok(200));
        add("/api/v1/offices/{office}/stats", "GET", format!("/api/v1/offices/{OWN}/stats?by=queue"), None, c, want.clone(), Check::Json);
        add("/api/v1/offices/{office}/stats.csv", "GET", format!("/api/v1/offices/{OWN}/stats.csv"), None, c, want.clone(), Check::ContentType("text/csv"));
        add("/api/v1/offices/{office}/stats", "GET", "/api/v1/offices/atlantis/stats".into(), None, c, gate_office_first(c), Check::Nothing);
        add("/api/v1/offices/{office}/operations", "GET", format!("/api/v1/offices/{OWN}/operations"), None, c, want.clone(), Check::Json);
        add("/api/v1/offices/{office}/no-shows", "GET", format!("/api/v1/offices/{OWN}/no-shows"), None, c, want.clone(), Check::Json);
        add("/api/v1/offices/{office}/no-shows", "GET", "/api/v1/offices/atlantis/no-shows".into(), None, c, gate_office_first(c), Check::Nothing);
        let call_number = "/api/v1/offices/{office}/counters/{counter}/call-number";
        add(call_number, "POST", format!("/api/v1/offices/{OWN}/counters/{S_COUNTER}/call-number"), Some(json!({"number": "Z-999"})), c, gate(c, &[Role::Staff]).unwrap_or(Want::Err(404, "unknown_number")), Check::Nothing);
        add(call_number, "POST", format!("/api/v1/offices/atlantis/counters/{S_COUNTER}/call-number"), Some(json!({"number": "Z-999"})), c, gate_office_first(c), Check::Nothing);
        add("/api/v1/offices/{office}/operations", "GET", "/api/v1/offices/atlantis/operations".into(), None, c, gate_office_first(c), Check::Nothing);
        add("/api/v1/offices/{office}/stats.csv", "GET", "/api/v1/offices/atlantis/stats.csv".into(), None, c, gate_office_first(c), Check::Nothing);
        add("/api/v1/offices/{office}/history", "GET", format!("/api/v1/offices/{OWN}/history"), None, c, want, Check::Json);
        add("/api/v1/offices/{office}/history", "GET", "/api/v1/offices/atlantis/history".into(), None, c, gate_office_first(c), Check::Nothing);
        let want = gate(c, &[]).unwrap_or(Want::Ok(200));
        add("/api/v1/offices/{office}/audit", "GET", format!("/api/v1/offices/{OWN}/audit"), None, c, want, Check::Json);
        add("/api/v1/offices/{office}/audit", "GET", "/api/v1/offices/atlantis/audit".into(), None, c, gate_office_first(c), Check::Nothing);

        // The spoken call, for the office's boards and desks (A-001 is a fixture's).
        let want = gate(c, &[Role::Display, Role::Staff]).unwrap_or(Want::Speech);
        add("/api/v1/offices/{office}/announcement.wav", "GET", format!("/api/v1/offices/{OWN}/announcement.wav?number=A-001&counter=1&lang=ja"), None, c, want, Check::Nothing);
        add("/api/v1/offices/{office}/announcement.wav", "GET", "/api/v1/offices/atlantis/announcement.wav?number=A-001&counter=1".into(), None, c, gate_office_first(c), Check::Nothing);
        let want = gate(c, &[Role::Display, Role::Staff]).unwrap_or(Want::Err(404, "unknown_ticket"));
        add("/api/v1/offices/{office}/announcement.wav", "GET", format!("/api/v1/offices/{OWN}/announcement.wav?number=A-999&counter=1&lang=en"), None, c, want, Check::Nothing);

        // ----- Ticket reads.
        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Ok(200));
        add("/api/v1/tickets/{id}", "GET", format!("/api/v1/tickets/{wid}"), None, c, want, Check::HolderTicket("waiting"));
        let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Err(404, "ticket_not_found"));
        add("/api/v1/tickets/{id}", "GET", format!("/api/v1/tickets/{UNKNOWN_ID}"), None, c, want, Check::Nothing);

        for (route, suffix, ct) in [
            ("/api/v1/tickets/{id}/qr.svg", "qr.svg", "image/svg+xml"),
            ("/api/v1/tickets/{id}/ticket.pdf", "ticket.pdf", "application/pdf"),
            ("/api/v1/tickets/{id}/ticket.escpos", "ticket.escpos", "application/octet-stream"),
        ] {
            let method = "GET";
            let want = gate(c, &[Role::Kiosk, Role::Staff]).unwrap_or(own_ticket_only(c, Want::Ok(200)));
            add(route, method, format!("/api/v1/tickets/{wid}/{suffix}"), None, c, want, Check::HolderMedia(ct));
            let want = gate_role(c, &[Role::Kiosk, Role::Staff]).unwrap_or(Want::Err(404, "ticket_not_found"));
            add(route, method, format!("/api/v1/tickets/{UNKNOWN_ID}/{suffix}"), None, c, want, Check::Nothing);
        }
        let print_body = json!({"printer": PRINTER});
        let want = gate(c, &[Role::Kiosk, Role::Staff]).unwrap_or(own_ticket_only(c, Want::Ok(200)));
        add("/api/v1/tickets/{id}/print", "POST", format!("/api/v1/tickets/{wid}/print"), Some(print_body.clone()), c, want, Check::Json);
        let want = gate_role(c, &[Role::Kiosk, Role::Staff]).unwrap_or(Want::Err(404, "ticket_not_found"));
        add("/api/v1/tickets/{id}/print", "POST", format!("/api/v1/tickets/{UNKNOWN_ID}/print"), Some(print_body), c, want, Check::Nothing);
        let want = gate(c, &[Role::Kiosk, Role::Staff]).unwrap_or(own_ticket_only(c, Want::Err(404, "unknown_printer")));
        add("/api/v1/tickets/{id}/print", "POST", format!("/api/v1/tickets/{wid}/print"), Some(json!({"printer": "nope"})), c, want, Check::Nothing);

        // Pickup (交付): staff only; tests/day.rs moves real tickets through it.
        let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Err(404, "ticket_not_found"));
        add("/api/v1/tickets/{id}/prepare", "POST", format!("/api/v1/tickets/{UNKNOWN_ID}/prepare"), None, c, want.clone(), Check::Nothing);
        add("/api/v1/tickets/{id}/return", "POST", format!("/api/v1/tickets/{UNKNOWN_ID}/return"), None, c, want.clone(), Check::Nothing);
        add("/api/v1/tickets/{id}/ready", "POST", format!("/api/v1/tickets/{UNKNOWN_ID}/ready"), Some(json!({"counter": "4"})), c, want, Check::Nothing);

        // ----- Ticket moves: an allowed caller moves a ticket of its own;
        // a refused one tries the probe, which must not move.
        for (route, action, probe, after, body) in [
            ("/api/v1/tickets/{id}/recall", "recall", &fx.called, "called", None),
            ("/api/v1/tickets/{id}/start", "start", &fx.called, "serving", None),
            ("/api/v1/tickets/{id}/finish", "finish", &fx.serving, "done", None),
            ("/api/v1/tickets/{id}/no-show", "no-show", &fx.called, "no_show", None),
            ("/api/v1/tickets/{id}/cancel", "cancel", &fx.waiting, "cancelled", None),
            ("/api/v1/tickets/{id}/transfer", "transfer", &fx.waiting, "waiting", Some(json!({"queue": "B"}))),
            ("/api/v1/tickets/{id}/journey/skip", "journey/skip", &fx.journey, "waiting", None),
            ("/api/v1/tickets/{id}/journey/steps", "journey/steps", &fx.waiting, "waiting", Some(json!({"service": "residence-certificate"}))),
        ] {
            match gate(c, &[Role::Staff]) {
                Some(w) => add(route, "POST", format!("/api/v1/tickets/{}/{action}", s(probe, "id")), body.clone(), c, w, Check::Nothing),
                None => {
                    let id = &fx.mine[&(action, c)];
                    add(route, "POST", format!("/api/v1/tickets/{id}/{action}"), body.clone(), c, Want::Ok(200), Check::HolderTicket(after));
                }
            }
            let want = gate_role(c, &[Role::Staff]).unwrap_or(Want::Err(404, "ticket_not_found"));
            add(route, "POST", format!("/api/v1/tickets/{UNKNOWN_ID}/{action}"), body, c, want, Check::Nothing);
        }
        // Moves the ticket's state does not allow: refused callers still get
        // 401/403 (no state is revealed to them), allowed ones 409.
        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Err(409, "illegal_transition"));
        add("/api/v1/tickets/{id}/start", "POST", format!("/api/v1/tickets/{wid}/start"), None, c, want, Check::Nothing);
        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Err(409, "illegal_transition"));
        add("/api/v1/tickets/{id}/recall", "POST", format!("/api/v1/tickets/{wid}/recall"), None, c, want, Check::Nothing);
        let want = gate(c, &[Role::Staff]).unwrap_or(Want::Err(409, "not_on_journey"));
        add("/api/v1/tickets/{id}/journey/skip", "POST", format!("/api/v1/tickets/{wid}/journey/skip"), None, c, want, Check::Nothing);

        // ----- Websockets.
        let want = gate(c, &[Role::Display, Role::Staff, Role::Kiosk]).unwrap_or(Want::Ok(101));
        add("/ws/office/{office}", "WS", format!("/ws/office/{OWN}"), None, c, want.clone(), Check::Nothing);
        if let Some(t) = tokens.get(&c) {
            // Browsers present the token in the query.
            add("/ws/office/{office}", "WS?", format!("/ws/office/{OWN}?access_token={t}"), None, c, want, Check::Nothing);
        }
        add("/ws/office/{office}", "WS", "/ws/office/atlantis".into(), None, c, gate_office_first(c), Check::Nothing);
        add("/ws/ticket/{token}", "WS", format!("/ws/ticket/{wtoken}"), None, c, Want::Ok(101), Check::PublicTicket(wnumber.clone()));
        add("/ws/ticket/{token}", "WS", format!("/ws/ticket/{UNKNOWN_TOKEN}"), None, c, Want::Err(404, "ticket_not_found"), Check::Nothing);
    }
    out
}

/// Whether an answer may carry a ticket's `token` and `status_url`: only
/// the issuing answer and staff (and admin) reads and moves.
fn holder_answer(case: &Case, status: u16) -> bool {
    matches!(case.check, Check::HolderTicket(_) | Check::HolderMedia(_)) && (200..300).contains(&status)
}

/// The route patterns of `src/app.rs`.
fn routes_in_app() -> BTreeSet<String> {
    let src = include_str!("../src/app.rs");
    src.match_indices(".route(\"").map(|(i, m)| {
        let rest = &src[i + m.len()..];
        rest[..rest.find('"').expect("closing quote")].to_owned()
    })
    .collect()
}

/// Checks one answer against its row; `Err` says what is wrong.
fn verify(case: &Case, a: &Answer) -> Result<(), String> {
    let r = &a.resp;
    match &case.want {
        Want::Ok(status) => {
            if r.status != *status {
                return Err(format!("want {status}, got {}: {}", r.status, clip(&r.text)));
            }
        }
        Want::Err(status, code) => {
            if r.status != *status {
                return Err(format!("want {status} {code}, got {}: {}", r.status, clip(&r.text)));
            }
            let got = error_shape(r)?;
            if got != *code {
                return Err(format!("want code {code}, got {got}"));
            }
            return Ok(());
        }
        Want::Speech => match r.status {
            200 => {
                if !r.content_type.as_deref().is_some_and(|c| c.starts_with("audio/wav")) {
                    return Err(format!("announcement content type {:?}", r.content_type));
                }
                return Ok(());
            }
            503 => {
                let code = error_shape(r)?;
                return if code == "speech_unavailable" { Ok(()) } else { Err(format!("503 with code {code}")) };
            }
            other => return Err(format!("want 200 audio/wav (or 503 speech_unavailable), got {other}: {}", clip(&r.text))),
        },
    }
    // A success: what else it must show.
    if r.status == 101 {
        let v = &r.json;
        if v["type"] != "snapshot" {
            return Err(format!("the first websocket message is not a snapshot: {}", clip(&r.text)));
        }
        if let Check::PublicTicket(number) = &case.check {
            if v["ticket"]["number"] != number.as_str() {
                return Err(format!("the ticket feed shows {} not {number}", v["ticket"]["number"]));
            }
        } else if v["tickets"].as_array().is_none_or(|t| t.is_empty()) {
            return Err(format!("the office snapshot lists no tickets: {}", clip(&r.text)));
        }
        return Ok(());
    }
    match &case.check {
        Check::Nothing => {}
        Check::Json => {
            if r.json.is_null() || !r.content_type.as_deref().is_some_and(|c| c.starts_with("application/json")) {
                return Err(format!("not a JSON answer ({:?}): {}", r.content_type, clip(&r.text)));
            }
        }
        Check::ContentType(ct) | Check::HolderMedia(ct) => {
            if !r.content_type.as_deref().is_some_and(|c| c.starts_with(ct)) {
                return Err(format!("content type {:?}, want {ct}", r.content_type));
            }
        }
        Check::Location(loc) => {
            if a.location.as_deref() != Some(loc) {
                return Err(format!("location {:?}, want {loc}", a.location));
            }
        }
        Check::HolderTicket(status) => {
            let t = &r.json;
            if t["status"] != *status {
                return Err(format!("ticket status {}, want {status}: {}", t["status"], clip(&r.text)));
            }
            if t["token"].as_str().is_none_or(|s| s.len() < 22) || t["status_url"].as_str().is_none_or(|u| !u.contains("/t/")) {
                return Err(format!("a holder's answer lacks its token or status_url: {}", clip(&r.text)));
            }
        }
        Check::PublicTicket(number) => {
            if r.json["number"] != number.as_str() {
                return Err(format!("public read shows {} not {number}", r.json["number"]));
            }
            let keys: BTreeSet<&str> = r.json.as_object().map(|o| o.keys().map(String::as_str).collect()).unwrap_or_default();
            for k in ["number", "status", "position", "estimated_wait_seconds", "counter"] {
                if !keys.contains(k) {
                    return Err(format!("public read lacks {k}: {}", clip(&r.text)));
                }
            }
            for k in ["token", "status_url", "id"] {
                if keys.contains(k) {
                    return Err(format!("public read carries {k}: {}", clip(&r.text)));
                }
            }
        }
        Check::Session => {
            let (role, scope) = case.caller.grant().expect("a valid caller");
            let want_role = format!("{role:?}").to_lowercase();
            let want_office = match scope {
                Scope::Own => json!(OWN),
                Scope::Other => json!(OTHER),
                Scope::Any => Value::Null,
            };
            if r.json["role"] != want_role.as_str() || r.json["office"] != want_office {
                return Err(format!("session says {}, want role {want_role} office {want_office}", clip(&r.text)));
            }
        }
    }
    Ok(())
}

fn clip(s: &str) -> String {
    let mut end = s.len().min(200);
    while !s.is_char_boundary(end) {
        end -= 1;
    }
    format!("{}{}", &s[..end], if end < s.len() { "…" } else { "" })
}

#[tokio::test]
async fn every_route_answers_every_caller_as_the_contract_says() {
    let started = Instant::now();
    let printer = fake_printer();
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_configured(dir, Arc::new(queue_core::SystemClock), config_with_printer(&printer)).await;
    let tokens = mint_all(&app);
    let admin = tokens[&Admin].clone();
    let fx = fixtures(&app, &admin).await;
    let http = reqwest::Client::builder()
        .no_proxy()
        .timeout(T)
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("client");
    let m = Matrix { app, http, tokens };

    // A display watches the feed throughout: every event it sees is checked
    // for secrets too.
    let mut display_feed = ws_connect(&m.app.ws_url(&format!("/ws/office/{OWN}")), m.token(DisplayOwn)).await;
    let first = ws_json(&mut display_feed).await;
    assert_eq!(first["type"], "snapshot");

    let table = cases(&fx, &m.tokens);
    let mut failures: Vec<String> = Vec::new();
    let mut answers: Vec<(Case, Answer)> = Vec::new();
    let mut slowest: Vec<(Duration, String)> = Vec::new();
    for case in &table {
        let cell_started = Instant::now();
        let a = match case.method {
            "WS" => m.ws(&case.path, m.token(case.caller)).await,
            "WS?" => m.ws(&case.path, None).await,
            "SSE" => m.sse(&case.path).await,
            method => m.http(method, &case.path, case.caller, case.body.as_ref()).await,
        };
        if let Err(e) = verify(case, &a) {
            failures.push(format!("{:<6} {:<70} {:<12?} {e}", case.method, clip(&case.path), case.caller));
        }
        slowest.push((cell_started.elapsed(), format!("{} {}", case.method, clip(&case.path))));
        answers.push((case.clone(), a));
    }
    slowest.sort_by_key(|b| std::cmp::Reverse(b.0));

    // Counter 17 had one ticket per allowed caller: now nobody waits.
    let r = m.app.call_next(&admin, OWN, S_COUNTER).await;
    if r.status != 204 {
        failures.push(format!("call-next with nobody waiting: want 204, got {}: {}", r.status, clip(&r.text)));
    }

    // Refused calls moved nothing.
    for (probe, status) in [(&fx.waiting, "waiting"), (&fx.called, "called"), (&fx.serving, "serving"), (&fx.journey, "waiting")] {
        let now = m.app.ticket(&admin, s(probe, "id")).await;
        let now = now.expect(200);
        if now["status"] != status || now["queue"] != probe["queue"] || now["recalls"] != probe["recalls"] || now["journey"] != probe["journey"] {
            failures.push(format!("probe {} moved: was {probe}, is {now}", s(probe, "number")));
        }
    }

    // A sign-in with the right password works, and the session it opens is
    // a staff token of its office.
    {
        let db = store::Db::open(m.app.data_dir()).expect("open");
        let conn = db.connect(false).expect("connect");
        let hash = madoguchi_server::routes::session::hash_password("correct horse").expect("hash");
        store::users::upsert(&conn, &store::users::User { username: "matrix".into(), password_hash: hash, role: "staff".into(), office: Some(OWN.into()), ..Default::default() }, 0)
            .expect("user");
    }
    let login = m.http("POST", "/api/v1/login", NoToken, Some(&json!({"username": "matrix", "password": "correct horse"}))).await;
    if login.resp.status == 200 {
        let t = login.resp.json["token"].as_str().unwrap_or_default().to_owned();
        let who = m.app.get(Some(&t), "/api/v1/session").await;
        if who.status != 200 || who.json["role"] != "staff" || who.json["office"] != OWN {
            failures.push(format!("the session of a sign-in: {}", clip(&who.text)));
        }
        let r = m.app.issue(&t, OTHER, json!({"queue": "A"})).await;
        if r.status != 403 {
            failures.push(format!("a signed-in staff member of {OWN} issued at {OTHER}: {}", r.status));
        }
    } else {
        failures.push(format!("sign-in with the right password: {} {}", login.resp.status, clip(&login.resp.text)));
    }

    // The display saw every change the matrix made; none may carry a secret.
    let kiosk = m.token(KioskOwn).expect("kiosk").to_owned();
    let last = m.app.issue_ok(&kiosk, OWN, json!({"queue": "A"})).await;
    let mut feed = Vec::new();
    loop {
        match ws_next(&mut display_feed).await {
            WsNext::Text(t) => {
                let done = serde_json::from_str::<Value>(&t).is_ok_and(|v| v["type"] == "ticket.issued" && v["ticket"]["id"] == last["id"]);
                feed.push(t);
                if done {
                    break;
                }
            }
            other => panic!("the display's feed ended: {other:?}"),
        }
    }
    assert!(feed.len() > 10, "the display saw the matrix's changes: {} messages", feed.len());

    // No answer to a non-holder carries a ticket's token or status URL.
    let mut secrets: BTreeSet<String> = BTreeSet::new();
    for v in [&fx.waiting, &fx.called, &fx.serving, &fx.journey, &last] {
        secrets.insert(s(v, "token").to_owned());
    }
    for (case, a) in &answers {
        if holder_answer(case, a.resp.status)
            && let Some(t) = a.resp.json["token"].as_str()
        {
            secrets.insert(t.to_owned());
        }
    }
    for id in fx.mine.values() {
        let t = m.app.ticket(&admin, id).await;
        secrets.insert(s(t.expect(200), "token").to_owned());
    }
    let leaks = |what: &str, text: &str| -> Option<String> {
        // The OpenAPI document names the field; it holds no value.
        if text.contains("status_url") && !what.contains("/api/openapi.json") {
            return Some(format!("{what}: carries status_url: {}", clip(text)));
        }
        // The phone page of a token may be asked for by its token; the
        // answer must still not echo it.
        secrets.iter().find(|t| text.contains(t.as_str())).map(|t| format!("{what}: carries the ticket token {t}: {}", clip(text)))
    };
    for (case, a) in &answers {
        if holder_answer(case, a.resp.status) {
            continue;
        }
        let what = format!("{} {} as {:?}", case.method, clip(&case.path), case.caller);
        for text in std::iter::once(&a.resp.text).chain(a.messages.iter()) {
            if let Some(e) = leaks(&what, text) {
                failures.push(e);
            }
        }
    }
    for text in &feed {
        if let Some(e) = leaks("the display's office feed", text) {
            failures.push(e);
        }
    }

    // Every route of the router has rows here, and every row names a route.
    let in_app = routes_in_app();
    let covered: BTreeSet<String> = table.iter().map(|c| c.route.to_owned()).filter(|r| !r.starts_with('<')).collect();
    for r in in_app.difference(&covered) {
        failures.push(format!("route {r} of app.rs has no row in the matrix"));
    }
    for r in covered.difference(&in_app) {
        failures.push(format!("the matrix covers {r}, which app.rs does not route"));
    }
    // Every operation of the API document — the queue's, the platform's and
    // every enabled module's — has a row for its method: a route without an
    // authorisation decision here fails the build.
    let doc = m.app.get(None, "/api/openapi.json").await;
    for (path, item) in doc.json["paths"].as_object().expect("paths") {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_none() {
                continue;
            }
            let upper = method.to_ascii_uppercase();
            // An event stream is a GET read as a stream.
            if !table.iter().any(|c| c.route == path && (c.method == upper || (upper == "GET" && c.method == "SSE"))) {
                failures.push(format!("{upper} {path} of the API document has no row in the matrix"));
            }
        }
    }
    let mut per_route: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &table {
        *per_route.entry(c.route).or_default() += 1;
    }

    eprintln!(
        "matrix: {} cells over {} routes × {} callers, {} failures, {:.1} s; slowest cells: {}",
        table.len(),
        per_route.len(),
        CALLERS.len(),
        failures.len(),
        started.elapsed().as_secs_f64(),
        slowest.iter().take(5).map(|(d, what)| format!("{what} {} ms", d.as_millis())).collect::<Vec<_>>().join(", ")
    );
    assert!(failures.is_empty(), "{} of {} matrix cells are wrong:\n{}", failures.len(), table.len(), failures.join("\n"));
    m.app.stop().await;
}

/// The audit trail must be trustworthy: a user name sent to the sign-in
/// route is written to the server's log on failure, and must not be able to
/// start a line of its own there (a forged "signed in" entry, say).
#[tokio::test]
async fn a_sign_in_name_cannot_forge_a_line_of_the_server_log() {
    let dir = tempfile::TempDir::new().expect("tempdir");
    let (data, logs) = (dir.path().join("data"), dir.path().join("logs"));
    std::fs::create_dir_all(&logs).expect("log dir");
    let server = BinServer::start(&data, &logs).await;
    let forged = "2026-01-01T00:00:00.000000Z  INFO madoguchi_server::routes::session: signed in user=admin";
    for name in [format!("x\n{forged}"), format!("x\r\n{forged}"), format!("x\u{1b}[2K\r{forged}")] {
        let r = server.post(None, "/api/v1/login", Some(json!({"username": name, "password": "wrong"}))).await;
        assert_eq!(r.expect_error(401), "unauthorized");
    }
    // The failures are logged synchronously; give the file a moment all the same.
    let deadline = Instant::now() + Duration::from_secs(5);
    while server.log_text().matches("failed sign-in").count() < 3 && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let log = server.log_text();
    assert!(log.matches("failed sign-in").count() >= 3, "the failures are logged:\n{log}");
    let plain = strip_ansi(&log);
    let forged_lines: Vec<&str> = plain.split(['\n', '\r']).filter(|l| l.starts_with(forged)).collect();
    assert!(
        forged_lines.is_empty(),
        "a user name wrote {} line(s) of its own into the server log (log it escaped, e.g. `user = ?username`):\n{}",
        forged_lines.len(),
        forged_lines.join("\n")
    );
    server.terminate().await;
}

/// The text of a terminal log without its colour sequences (`ESC [ … letter`).
fn strip_ansi(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '\u{1b}' && chars.peek() == Some(&'[') {
            chars.next();
            for d in chars.by_ref() {
                if d.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

/// What every caller meets whatever the route: security headers (a strict
/// CSP without inline script on every page), no CORS, no cookies, bounded
/// bodies, JSON nesting and websocket frames, and a request id on errors.
#[tokio::test]
async fn headers_and_limits_hold_on_every_kind_of_answer() {
    let app = spawn_app().await;
    let kiosk = app.kiosk(OWN);
    let t = app.issue_ok(&kiosk, OWN, json!({"queue": "A"})).await;
    let http = reqwest::Client::builder().no_proxy().timeout(T).redirect(reqwest::redirect::Policy::none()).build().expect("client");
    let mut failures: Vec<String> = Vec::new();

    let pages = ["/".to_owned(), "/kiosk/".into(), "/desk/".into(), "/display/".into(), "/admin/".into(), format!("/t/{}", s(&t, "token")), format!("/calendar/{OWN}")];
    let others = ["/healthz", "/api/v1/offices", "/api/openapi.json", "/api/v1/nothing-here", "/ui/shared/base.css", "/metrics"];
    for path in pages.iter().map(String::as_str).chain(others) {
        let r = within("a request", http.get(app.url(path)).header("origin", "http://evil.example").send()).await.expect("request");
        let h = r.headers().clone();
        let get = |name: &str| h.get(name).and_then(|v| v.to_str().ok()).unwrap_or("").to_owned();
        let status = r.status().as_u16();
        let body = r.text().await.unwrap_or_default();
        if get("x-content-type-options") != "nosniff" {
            failures.push(format!("{path}: x-content-type-options {:?}", get("x-content-type-options")));
        }
        if get("referrer-policy").is_empty() {
            failures.push(format!("{path}: no referrer-policy"));
        }
        if get("x-request-id").is_empty() {
            failures.push(format!("{path}: no x-request-id"));
        }
        if !get("access-control-allow-origin").is_empty() || !get("access-control-allow-credentials").is_empty() {
            failures.push(format!("{path}: CORS is open to another origin: {:?}", get("access-control-allow-origin")));
        }
        if !get("set-cookie").is_empty() {
            failures.push(format!("{path}: sets a cookie {:?}", get("set-cookie")));
        }
        if status >= 400 && !serde_json::from_str::<Value>(&body).is_ok_and(|v| v["error"]["request_id"].as_str() == Some(get("x-request-id").as_str())) {
            failures.push(format!("{path}: the error body does not carry the request id: {}", clip(&body)));
        }
        if get("content-type").starts_with("text/html") {
            let csp = get("content-security-policy");
            let directive = |name: &str| csp.split(';').map(str::trim).find(|d| d.starts_with(name)).unwrap_or("").to_owned();
            let script = if directive("script-src").is_empty() { directive("default-src") } else { directive("script-src") };
            if csp.is_empty() || script.is_empty() || script.contains("'unsafe-inline'") || script.contains("'unsafe-eval'") || script.contains('*') {
                failures.push(format!("{path}: the CSP lets script in: {csp:?}"));
            }
            if directive("frame-ancestors") != "frame-ancestors 'none'" {
                failures.push(format!("{path}: the CSP does not forbid framing: {csp:?}"));
            }
            let lower = body.to_lowercase();
            let inline_scripts = lower.match_indices("<script").filter(|(i, _)| !lower[*i..].split('>').next().unwrap_or("").contains("src=")).count();
            if inline_scripts > 0 || lower.contains(" onclick=") || lower.contains(" onload=") || lower.contains("javascript:") {
                failures.push(format!("{path}: the page has inline script, which its CSP forbids"));
            }
        }
    }
    // A CORS preflight from another origin gets no grant.
    let r = within("preflight", http.request(reqwest::Method::OPTIONS, app.url(&format!("/api/v1/offices/{OWN}/tickets"))).header("origin", "http://evil.example").header("access-control-request-method", "POST").header("access-control-request-headers", "authorization, content-type").send()).await.expect("preflight");
    if r.headers().contains_key("access-control-allow-origin") {
        failures.push(format!("a preflight from another origin is granted: {:?}", r.headers()));
    }

    let issue_url = app.url(&format!("/api/v1/offices/{OWN}/tickets"));
    // A body above 16 KiB is 413, a body that is not JSON 415, deep nesting 400.
    let big = json!({"queue": "A", "lang": "x".repeat(20 * 1024)});
    let r = send(http.post(&issue_url).bearer_auth(&kiosk).json(&big)).await;
    if r.status != 413 || error_shape(&r).ok().as_deref() != Some("payload_too_large") {
        failures.push(format!("a 20 KiB body: {} {}", r.status, clip(&r.text)));
    }
    let r = send(http.post(&issue_url).bearer_auth(&kiosk).header("content-type", "text/plain").body("{\"queue\":\"A\"}")).await;
    if r.status != 415 || error_shape(&r).ok().as_deref() != Some("unsupported_media_type") {
        failures.push(format!("a text/plain body: {} {}", r.status, clip(&r.text)));
    }
    let deep = format!("{{\"queue\":{}{}}}", "[".repeat(4000), "]".repeat(4000));
    let r = send(http.post(&issue_url).bearer_auth(&kiosk).header("content-type", "application/json").body(deep)).await;
    if r.status != 400 || error_shape(&r).ok().as_deref() != Some("bad_request") {
        failures.push(format!("JSON nested 4,000 deep: {} {}", r.status, clip(&r.text)));
    }
    // A huge header is refused before any handler runs, and the server lives on.
    let r = within("a huge header", http.get(app.url("/api/v1/offices")).header("x-padding", "a".repeat(512 * 1024)).send()).await;
    if let Ok(r) = r
        && (r.status().is_success() || r.status().is_server_error())
    {
        failures.push(format!("a 512 KiB header: {}", r.status()));
    }
    // Sign-in is throttled after five failures for a name.
    let mut last = 0;
    for _ in 0..6 {
        last = send(http.post(app.url("/api/v1/login")).json(&json!({"username": "throttled", "password": "wrong"}))).await.status;
    }
    if last != 429 {
        failures.push(format!("the sixth failed sign-in in a row: {last}, not 429"));
    }
    // A websocket frame above the limit ends that session only.
    let url = app.ws_url(&format!("/ws/office/{OWN}"));
    let mut big_ws = ws_connect(&url, Some(&kiosk)).await;
    let mut other = ws_connect(&url, Some(&kiosk)).await;
    assert_eq!(ws_json(&mut big_ws).await["type"], "snapshot");
    assert_eq!(ws_json(&mut other).await["type"], "snapshot");
    ws_send_text(&mut big_ws, &format!("{{\"type\":\"ping\",\"pad\":\"{}\"}}", "x".repeat(64 * 1024))).await;
    if !matches!(ws_next(&mut big_ws).await, WsNext::Closed) {
        failures.push("a 64 KiB websocket frame did not end its session".into());
    }
    ws_send_text(&mut other, "{\"type\":\"ping\"}").await;
    if ws_json(&mut other).await["type"] != "pong" {
        failures.push("another session stopped answering after one client sent a huge frame".into());
    }
    assert_eq!(app.get(None, "/healthz").await.status, 200, "the server lives on");

    assert!(failures.is_empty(), "{} hardening checks failed:\n{}", failures.len(), failures.join("\n"));
    app.stop().await;
}
