//! The side-module platform, proven with a module that exists only here:
//! `probe` registers schema steps, routes and an OpenAPI path. Its tables
//! are its own, its writes go through the one writer, disabling it 404s its
//! routes and leaves its data, and the queue is unaffected either way.

mod common;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::get;
use common::*;
use platform::auth::{Principal, Role};
use platform::extract::Json;
use platform::{ApiError, ApiResult, Module, Platform};
use serde_json::{Value, json};
use std::sync::Arc;

const STEP_1: &str = "CREATE TABLE probe_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, actor TEXT NOT NULL);
    CREATE TABLE probe_tips (id TEXT PRIMARY KEY, text TEXT NOT NULL);";
const STEP_2: &str = "ALTER TABLE probe_notes ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;";

#[derive(serde::Deserialize)]
struct NewNote {
    text: String,
}

async fn add_note(State(p): State<Platform>, who: Principal, Json(note): Json<NewNote>) -> ApiResult<(StatusCode, axum::Json<Value>)> {
    who.require(&[Role::Staff], None)?;
    if note.text.trim().is_empty() {
        return Err(ApiError::bad_request("text must not be empty"));
    }
    let actor = who.actor();
    let id = p
        .storage
        .write(move |tx| {
            tx.execute("INSERT INTO probe_notes (text, actor) VALUES (?1, ?2)", (&note.text, &actor))?;
            Ok(tx.last_insert_rowid())
        })
        .await?;
    Ok((StatusCode::CREATED, axum::Json(json!({ "id": id }))))
}

async fn notes(State(p): State<Platform>) -> ApiResult<axum::Json<Value>> {
    let texts = p
        .storage
        .read(|c| {
            let mut stmt = c.prepare("SELECT text FROM probe_notes ORDER BY id")?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    Ok(axum::Json(json!(texts)))
}

/// A tip from anybody: public input, so it waits for a moderator.
async fn add_tip(State(p): State<Platform>, Json(note): Json<NewNote>) -> ApiResult<(StatusCode, axum::Json<Value>)> {
    let id = format!("tip-{}", p.now().as_microsecond());
    let now = p.now().as_microsecond();
    let tip = id.clone();
    p.storage
        .write(move |tx| {
            tx.execute("INSERT INTO probe_tips (id, text) VALUES (?1, ?2)", (&tip, &note.text))?;
            let s = platform::moderation::Submission { module: "probe", kind: "tip", item: &tip, summary: &note.text };
            platform::moderation::submit(tx, &s, platform::moderation::Submitter::Public, now)
        })
        .await?;
    Ok((StatusCode::CREATED, axum::Json(json!({ "id": id, "status": "pending" }))))
}

/// The public list: approved tips only, as every module shows public input.
async fn tips(State(p): State<Platform>) -> ApiResult<axum::Json<Value>> {
    let texts = p
        .storage
        .read(|c| {
            let mut stmt = c.prepare(
                "SELECT t.text FROM probe_tips t
                 JOIN platform_moderation m ON m.module = 'probe' AND m.kind = 'tip' AND m.item = t.id
                 WHERE m.status = 'approved' ORDER BY t.id",
            )?;
            let rows = stmt.query_map([], |r| r.get::<_, String>(0))?;
            Ok(rows.collect::<Result<Vec<_>, _>>()?)
        })
        .await?;
    Ok(axum::Json(json!(texts)))
}

/// A module's content for the boards: built as the ward's notices are, with
/// the module as its source, and carried by the platform.
async fn announce(State(p): State<Platform>, who: Principal, Json(note): Json<NewNote>) -> ApiResult<(StatusCode, axum::Json<Value>)> {
    who.require(&[Role::Staff], None)?;
    let title = platform::text::Text::ja(&note.text, 80).map_err(ApiError::bad_request)?;
    let new = platform::board::NewNotice {
        offices: vec!["yahatanishi".into()],
        title: title.clone(),
        body: title,
        from: None,
        until: None,
        priority: Some(3),
        weekdays: None,
        hours: None,
    };
    let mut notice = platform::board::parse_notice(new, &["yahatanishi"], p.now()).map_err(|e| ApiError::bad_request(e.to_string()))?;
    notice.source = Some("probe".into());
    let id = notice.id.clone();
    p.boards.publish(notice, who.actor()).await?;
    Ok((StatusCode::CREATED, axum::Json(json!({ "id": id }))))
}

/// An action scoped to a citizen-centre district, as the helpers' needs are.
async fn district_needs(who: Principal, axum::extract::Path(district): axum::extract::Path<String>) -> ApiResult<axum::Json<Value>> {
    who.may(&[Role::Member, Role::Staff], platform::auth::Scope::District(&district))?;
    Ok(axum::Json(json!({ "district": district })))
}

/// The probe's notes as a dataset: who wrote each is personal, the length
/// stands in for a count of people.
fn note_rows(c: &store::rusqlite::Connection, emit: platform::datasets::Emit<'_>) -> Result<(), store::StoreError> {
    let mut stmt = c.prepare("SELECT id, text, actor, length(text) FROM probe_notes ORDER BY id")?;
    let mut rows = stmt.query([])?;
    while let Some(r) = rows.next()? {
        let row = vec![r.get::<_, i64>(0)?.to_string(), r.get(1)?, r.get(2)?, r.get::<_, i64>(3)?.to_string()];
        if !emit(row) {
            break;
        }
    }
    Ok(())
}

fn notes_written(c: &store::rusqlite::Connection, _from: i64, _to: i64) -> Result<u64, store::StoreError> {
    Ok(c.query_row("SELECT COUNT(*) FROM probe_notes", [], |r| r.get::<_, i64>(0))? as u64)
}

const NOTE_DATASETS: &[platform::datasets::Dataset] = &[
    platform::datasets::Dataset {
        id: "notes",
        names: &[("ja", "メモ"), ("en", "Notes")],
        roles: &[Role::Staff],
        columns: &["id", "text", "actor", "people"],
        personal: &["actor"],
        counts: &["people"],
        section: Some("probing"),
        rows: note_rows,
    },
    platform::datasets::Dataset { id: "open_notes", names: &[("ja", "公開メモ")], roles: &[], personal: &["actor"], counts: &["people"], section: None, columns: &["id", "text", "actor", "people"], rows: note_rows },
];

const NOTE_STATISTICS: &[platform::datasets::Statistic] =
    &[platform::datasets::Statistic { id: "notes_written", names: &[("ja", "メモの数"), ("en", "Notes written")], counts_people: true, section: Some("probing"), compute: notes_written }];

fn probe(steps: &'static [&'static str]) -> Module {
    Module {
        id: "probe",
        names: &[("ja", "試験モジュール"), ("en", "Probe module")],
        migrations: steps,
        api: |p| Router::new().route("/notes", get(notes).post(add_note)).route("/tips", get(tips).post(add_tip)).route("/announce", axum::routing::post(announce))
                .route("/districts/{district}/needs", get(district_needs))
                .with_state(p),
        pages: Some(|_| Router::new().route("/", get(|| async { axum::response::Html("<!doctype html><title>probe</title>") }))),
        openapi: || {
            use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem};
            use utoipa::openapi::{PathsBuilder, ResponseBuilder};
            let op = OperationBuilder::new().response("200", ResponseBuilder::new().description("the notes")).build();
            let paths = PathsBuilder::new()
                .path("/api/v1/m/probe/notes", PathItem::new(HttpMethod::Get, op.clone()))
                .path("/api/v1/m/probe/districts/{district}/needs", PathItem::new(HttpMethod::Get, op))
                .build();
            utoipa::openapi::OpenApiBuilder::new().paths(paths).build()
        },
        demo: Some(|p| {
            Box::pin(async move {
                p.storage.write(|tx| Ok(tx.execute("INSERT INTO probe_notes (text, actor) VALUES ('サンプルのお知らせ（サンプル）', 'demo')", [])?)).await?;
                Ok(vec!["1 sample note".to_owned()])
            })
        }),
        datasets: NOTE_DATASETS,
        statistics: NOTE_STATISTICS,
    }
}

fn config(enabled: Option<&[&str]>) -> queue_core::WardConfig {
    let mut text = madoguchi_server::settings::BUILT_IN.to_owned();
    if let Some(ids) = enabled {
        let list = ids.iter().map(|i| format!("{i:?}")).collect::<Vec<_>>().join(", ");
        text.push_str(&format!("\n[modules]\nenabled = [{list}]\n"));
    }
    queue_core::WardConfig::parse(&text).expect("configuration")
}

fn applied(dir: &std::path::Path, owner: &str) -> Vec<i64> {
    let db = store::Db::open(dir).expect("open");
    let conn = db.connect(true).expect("connect");
    let mut stmt = conn.prepare("SELECT version FROM schema_migrations WHERE owner = ?1 ORDER BY version").expect("prepare");
    stmt.query_map([owner], |r| r.get(0)).expect("query").collect::<Result<_, _>>().expect("rows")
}

#[tokio::test]
async fn an_enabled_module_serves_its_routes_and_keeps_its_own_tables() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir.clone(), Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let staff = app.staff("yahatanishi");

    let listed = app.get(None, "/api/v1/modules?lang=en").await;
    assert_eq!(listed.expect(200), &json!([{ "id": "probe", "name": "Probe module", "enabled": true }]));
    let listed = app.get(None, "/api/v1/modules?lang=vi").await;
    assert_eq!(listed.expect(200)[0]["name"], "試験モジュール", "no Vietnamese name: Japanese");

    // Its writes go through the platform's writer and are read back.
    assert_eq!(app.post(None, "/api/v1/m/probe/notes", Some(json!({"text": "x"}))).await.expect_error(401), "unauthorized");
    let kiosk = app.kiosk("yahatanishi");
    assert_eq!(app.post(Some(&kiosk), "/api/v1/m/probe/notes", Some(json!({"text": "x"}))).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"text": " "}))).await.expect_error(400), "bad_request");
    assert_eq!(app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"txt": 1}))).await.expect_error(400), "bad_request");
    app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"text": "朝の連絡"}))).await.expect(201);
    assert_eq!(app.get(None, "/api/v1/m/probe/notes").await.expect(200), &json!(["朝の連絡"]));
    let page = app.get(None, "/m/probe/").await;
    assert_eq!((page.status, page.content_type.as_deref()), (200, Some("text/html; charset=utf-8")));
    // Module pages get the same security headers as the queue's.
    let head = app.client.get(app.url("/m/probe/")).send().await.expect("page");
    assert!(head.headers().contains_key("content-security-policy"));

    // Unknown paths under the module answer like any unknown path.
    assert_eq!(app.get(None, "/api/v1/m/probe/nothing").await.expect_error(404), "not_found");
    // Its route is in the API document, next to the queue's.
    let doc = app.get(None, "/api/openapi.json").await;
    let paths = doc.expect(200)["paths"].as_object().expect("paths").clone();
    assert!(paths.contains_key("/api/v1/m/probe/notes") && paths.contains_key("/api/v1/modules") && paths.contains_key("/api/v1/offices/{office}/tickets"));

    // The queue works beside it.
    app.issue_ok(&kiosk, "yahatanishi", json!({"service": "residence-certificate", "lang": "ja"})).await;
    app.stop().await;

    // Its schema steps are recorded under its own name; the queue's too.
    assert_eq!(applied(dir.path(), "probe"), [1]);
    assert_eq!(applied(dir.path(), "queue"), [1, 2, 3, 4, 5, 6, 7]);
    assert_eq!(applied(dir.path(), "platform"), [1, 2, 3, 4, 5]);
}

#[tokio::test]
async fn a_disabled_module_answers_404_and_keeps_its_data() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let clock: Arc<dyn queue_core::Clock> = Arc::new(queue_core::SystemClock);
    let app = spawn_app_with_modules(dir.clone(), clock.clone(), config(None), vec![probe(&[STEP_1])]).await;
    let staff = app.staff("yahatanishi");
    app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"text": "kept"}))).await.expect(201);
    app.stop().await;

    let app = spawn_app_with_modules(dir.clone(), clock.clone(), config(Some(&[])), vec![probe(&[STEP_1])]).await;
    assert_eq!(app.get(None, "/api/v1/modules").await.expect(200), &json!([{ "id": "probe", "name": "試験モジュール", "enabled": false }]));
    for path in ["/api/v1/m/probe/notes", "/m/probe/"] {
        assert_eq!(app.get(None, path).await.expect_error(404), "not_found", "{path}");
    }
    assert_eq!(app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"text": "no"}))).await.expect_error(404), "not_found");
    let doc = app.get(None, "/api/openapi.json").await;
    assert!(doc.expect(200)["paths"].get("/api/v1/m/probe/notes").is_none(), "a disabled module's routes are not documented");
    let kiosk = app.kiosk("yahatanishi");
    app.issue_ok(&kiosk, "yahatanishi", json!({"service": "residence-certificate", "lang": "ja"})).await;
    app.stop().await;

    // Enabled again, with a new schema step: only that step runs, the data is there.
    let app = spawn_app_with_modules(dir.clone(), clock, config(Some(&["probe"])), vec![probe(&[STEP_1, STEP_2])]).await;
    assert_eq!(app.get(None, "/api/v1/m/probe/notes").await.expect(200), &json!(["kept"]));
    app.stop().await;
    assert_eq!(applied(dir.path(), "probe"), [1, 2]);
}

#[tokio::test]
async fn a_database_ahead_of_the_build_or_a_broken_step_is_refused() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let clock: Arc<dyn queue_core::Clock> = Arc::new(queue_core::SystemClock);
    let app = spawn_app_with_modules(dir.clone(), clock.clone(), config(None), vec![probe(&[STEP_1, STEP_2])]).await;
    app.stop().await;

    // An older build that knows one step of probe's tables refuses to start.
    let opts = |modules| madoguchi_server::app::ServeOptions {
        config: Arc::new(config(None)),
        data_dir: dir.path().to_owned(),
        listen: "127.0.0.1:0".parse().expect("addr"),
        public_url: None,
        network: Default::default(),
        modules,
        reference: None,
    };
    let e = madoguchi_server::app::start(opts(vec![probe(&[STEP_1])]), clock.clone()).await.expect_err("refused");
    assert!(e.to_string().contains("tables of probe were written by a newer Madoguchi"), "{e}");

    // A step that fails leaves the steps before it and nothing of itself.
    let e = madoguchi_server::app::start(opts(vec![probe(&[STEP_1, STEP_2, "CREATE TABLE probe_x (a); SELEC broken;"])]), clock).await.expect_err("refused");
    assert!(e.to_string().contains("schema step 3 of probe"), "{e}");
    assert_eq!(applied(dir.path(), "probe"), [1, 2]);
    let db = store::Db::open(dir.path()).expect("open");
    let conn = db.connect(true).expect("connect");
    let made: i64 = conn.query_row("SELECT COUNT(*) FROM sqlite_master WHERE name = 'probe_x'", [], |r| r.get(0)).expect("count");
    assert_eq!(made, 0, "the failed step's table was rolled back");
}

/// Public input waits in the one moderation queue; the public sees only what
/// a moderator approved; hiding and rejecting need a reason, are audited,
/// and hidden items stay visible to moderators.
#[tokio::test]
async fn public_input_is_seen_only_once_a_moderator_approves_it() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir.clone(), Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let d = app.data_dir().to_str().expect("utf-8").to_owned();
    let out = run_cli(&["token", "create", "--data", &d, "--role", "moderator", "--name", "sato"]).await;
    assert!(out.status.success());
    let moderator = String::from_utf8(out.stdout).expect("utf-8").trim().to_owned();
    let staff = app.staff("yahatanishi");

    let mut ids = Vec::new();
    for text in ["駅前の花壇がきれい", "電話 090-0000-0000 に連絡して", "ただの広告"] {
        let r = app.post(None, "/api/v1/m/probe/tips", Some(json!({ "text": text }))).await;
        assert_eq!(r.expect(201)["status"], "pending");
        ids.push(text);
    }
    assert_eq!(app.get(None, "/api/v1/m/probe/tips").await.expect(200), &json!([]), "nothing public before moderation");

    // Who may moderate.
    assert_eq!(app.get(None, "/api/v1/moderation").await.expect_error(401), "unauthorized");
    assert_eq!(app.get(Some(&staff), "/api/v1/moderation").await.expect_error(403), "forbidden");
    let queue = app.get(Some(&moderator), "/api/v1/moderation?status=pending").await;
    let items = queue.expect(200).as_array().expect("array").clone();
    assert_eq!(items.len(), 3);
    assert_eq!((items[0]["module"].as_str(), items[0]["kind"].as_str(), items[0]["summary"].as_str()), (Some("probe"), Some("tip"), Some("駅前の花壇がきれい")));
    assert_eq!(items[0]["submitter"], "public");
    let id = |n: usize| items[n]["id"].as_str().expect("id").to_owned();

    let decide = |item: String, what: &'static str, body: Option<Value>| {
        let path = format!("/api/v1/moderation/{item}/{what}");
        let t = moderator.clone();
        let app = &app;
        async move { app.post(Some(&t), &path, body).await }
    };
    assert_eq!(decide(id(0), "approve", None).await.expect(200)["status"], "approved");
    assert_eq!(decide(id(1), "hide", None).await.expect_error(422), "reason_required");
    assert_eq!(decide(id(1), "hide", Some(json!({"reason": " "}))).await.expect_error(422), "reason_required");
    assert_eq!(decide(id(1), "hide", Some(json!({"reason": "個人の電話番号"}))).await.expect(200)["reason"], "個人の電話番号");
    assert_eq!(decide(id(2), "reject", Some(json!({"reason": "広告"}))).await.expect(200)["status"], "rejected");
    assert_eq!(decide(id(2), "reject", Some(json!({"reason": "広告"}))).await.expect_error(409), "no_change");
    assert_eq!(decide("mnosuchitem".into(), "approve", None).await.expect_error(404), "unknown_item");
    assert_eq!(decide(id(0), "delete", None).await.expect_error(404), "not_found");
    assert_eq!(app.post(Some(&staff), &format!("/api/v1/moderation/{}/approve", id(1)), None).await.expect_error(403), "forbidden");

    // The public sees the approved one only; moderators still see the hidden one.
    assert_eq!(app.get(None, "/api/v1/m/probe/tips").await.expect(200), &json!(["駅前の花壇がきれい"]));
    let hidden = app.get(Some(&moderator), "/api/v1/moderation?status=hidden").await;
    assert_eq!(hidden.expect(200)[0]["summary"], "電話 090-0000-0000 に連絡して");
    assert_eq!(app.get(Some(&moderator), "/api/v1/moderation?status=all").await.expect(200).as_array().map(Vec::len), Some(3));
    assert_eq!(app.get(Some(&moderator), "/api/v1/moderation?status=gone").await.expect_error(400), "bad_request");
    assert_eq!(app.get(Some(&moderator), "/api/v1/moderation?module=other").await.expect(200), &json!([]));

    // Every decision is in the audit trail, with its reason and who took it.
    let admin = app.admin();
    assert_eq!(app.get(Some(&moderator), "/api/v1/audit").await.expect_error(403), "forbidden");
    let trail = app.get(Some(&admin), "/api/v1/audit").await;
    let entries = trail.expect(200).as_array().expect("array").clone();
    let actions: Vec<&str> = entries.iter().filter_map(|e| e["action"].as_str()).collect();
    assert_eq!(actions, ["moderation.approve", "moderation.hide", "moderation.reject"]);
    assert_eq!(entries[1]["reason"], "個人の電話番号");
    assert!(entries[1]["actor"].as_str().is_some_and(|a| a.starts_with("moderator:sato#")), "{}", entries[1]);
    app.stop().await;
}

/// What a member submits, the member's organisation sees with its status
/// and the moderator's reason.
#[tokio::test]
async fn submitters_see_the_status_and_reason_of_their_own_items() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir.clone(), Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    // A member's submission, entered as a module does.
    let db = store::Db::open_with(app.data_dir(), &[platform::schema()]).expect("open");
    let member = platform::auth::Principal {
        token_id: 1,
        role: Role::Member,
        office: None,
        name: Some("店主".into()),
        organisation: Some("oshop".into()),
        section: None,
        district: None,
    };
    {
        let conn = db.connect(false).expect("connect");
        let s = platform::moderation::Submission { module: "probe", kind: "event", item: "e1", summary: "パンまつり" };
        platform::moderation::submit(&conn, &s, platform::moderation::Submitter::Principal(&member), 1).expect("submit");
    }
    let d = app.data_dir().to_str().expect("utf-8").to_owned();
    let org = run_cli(&["org", "create", "--data", &d, "--kind", "shop", "--name", "パン屋"]).await;
    let org = String::from_utf8(org.stdout).expect("utf-8").trim().to_owned();
    let conn = db.connect(false).expect("connect");
    conn.execute("UPDATE platform_moderation SET organisation = ?1", [&org]).expect("retarget");
    let out = run_cli(&["token", "create", "--data", &d, "--role", "member", "--organisation", &org]).await;
    let token = String::from_utf8(out.stdout).expect("utf-8").trim().to_owned();
    let moderator = String::from_utf8(run_cli(&["token", "create", "--data", &d, "--role", "moderator"]).await.stdout).expect("utf-8").trim().to_owned();

    let mine = app.get(Some(&token), "/api/v1/moderation/mine").await;
    assert_eq!(mine.expect(200)[0]["status"], "pending");
    let id = mine.json[0]["id"].as_str().expect("id").to_owned();
    app.post(Some(&moderator), &format!("/api/v1/moderation/{id}/reject"), Some(json!({"reason": "日付がありません"}))).await.expect(200);
    let mine = app.get(Some(&token), "/api/v1/moderation/mine").await;
    assert_eq!((mine.expect(200)[0]["status"].as_str(), mine.json[0]["reason"].as_str()), (Some("rejected"), Some("日付がありません")));
    let other = app.staff("yahatanishi");
    assert_eq!(app.get(Some(&other), "/api/v1/moderation/mine").await.expect(200), &json!([]));
    assert_eq!(app.get(None, "/api/v1/moderation/mine").await.expect_error(401), "unauthorized");
    app.stop().await;
}

/// A module offers content to the boards through the platform: it reaches
/// the office's boards in sequence like the ward's notices, marked with its
/// source, and leaves with them.
#[tokio::test]
async fn a_module_puts_its_content_on_the_boards_through_the_platform() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir, Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let staff = app.staff("yahatanishi");
    let display = app.display("yahatanishi");
    let mut board = ws_connect(&app.ws_url("/ws/office/yahatanishi"), Some(&display)).await;
    let seq = ws_json(&mut board).await["seq"].as_u64().expect("seq");
    let r = app.post(Some(&staff), "/api/v1/m/probe/announce", Some(json!({"text": "黒崎の朝市 9時から"}))).await;
    let id = r.expect(201)["id"].as_str().expect("id").to_owned();
    let ev = ws_json(&mut board).await;
    assert_eq!((ev["type"].as_str(), ev["seq"].as_u64()), (Some("notice.published"), Some(seq + 1)), "{ev}");
    assert_eq!((ev["notice"]["source"].as_str(), ev["notice"]["title"]["ja"].as_str()), (Some("probe"), Some("黒崎の朝市 9時から")));
    let listed = app.get(Some(&staff), "/api/v1/notices").await;
    assert_eq!(listed.expect(200)[0]["source"], "probe");
    let gone = app.client.delete(app.url(&format!("/api/v1/notices/{id}"))).bearer_auth(app.admin()).send().await.expect("delete");
    assert_eq!(gone.status(), 204);
    assert_eq!(ws_json(&mut board).await["type"], "notice.withdrawn");
    app.stop().await;
}

/// `serve --demo`: sample content, marked as such, for a first look; made
/// once, not piled up by a second start.
#[tokio::test]
async fn the_demo_fills_samples_once_and_each_modules_seed() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir, Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let lines = madoguchi_server::demo::fill(app.engine(), app.modules()).await.expect("demo");
    let said = lines.join("\n");
    assert!(said.contains("6 sample organisations") && said.contains("demo (probe): 1 sample note") && said.contains("8 sample tickets"), "{said}");
    let url = lines.iter().find_map(|l| l.split_whitespace().find(|w| w.contains("/m/join/?code="))).expect("an invitation to try");
    let code = url.rsplit('=').next().expect("code");
    let invitation = app.get(None, &format!("/api/v1/invitations/{code}")).await;
    assert_eq!(invitation.expect(200)["organisation"]["name"]["ja"], "黒崎ベーカリー（サンプル）");

    let staff = app.staff("yahatanishi");
    let notices = app.get(Some(&staff), "/api/v1/notices?office=yahatanishi").await;
    let titles: Vec<String> = notices.expect(200).as_array().expect("array").iter().map(|n| n["title"]["ja"].as_str().unwrap_or_default().to_owned()).collect();
    assert_eq!(titles.len(), 2);
    assert!(titles.iter().all(|t| t.starts_with("【サンプル】")), "marked as samples: {titles:?}");
    assert!(app.waiting("yahatanishi", "B").await + app.waiting("yahatanishi", "A").await > 0, "sample tickets wait");
    assert_eq!(app.get(None, "/api/v1/m/probe/notes").await.expect(200), &json!(["サンプルのお知らせ（サンプル）"]));

    // Again: nothing doubles.
    let again = madoguchi_server::demo::fill(app.engine(), app.modules()).await.expect("demo").join("\n");
    assert!(again.contains("made before") && again.contains("has tickets today already"), "{again}");
    let d = app.data_dir().to_str().expect("utf-8").to_owned();
    let listing = String::from_utf8(run_cli(&["org", "list", "--data", &d]).await.stdout).expect("utf-8");
    assert_eq!(listing.matches("（サンプル）").count(), 6, "{listing}");
    assert_eq!(app.get(None, "/api/v1/m/probe/notes").await.expect(200).as_array().map(Vec::len), Some(1));
    app.stop().await;
}

#[tokio::test]
async fn a_centre_member_acts_within_its_own_district() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir.clone(), Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let d = app.data_dir().to_str().expect("utf-8").to_owned();
    let out = run_cli(&["org", "create", "--data", &d, "--kind", "centre", "--name", "黒崎市民センター", "--district", "kurosaki"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let centre = String::from_utf8(out.stdout).expect("utf-8").trim().to_owned();
    let out = run_cli(&["token", "create", "--data", &d, "--role", "member", "--organisation", &centre, "--name", "黒崎センター受付"]).await;
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let member = String::from_utf8(out.stdout).expect("utf-8").trim().to_owned();
    // The session says where the member acts.
    assert_eq!(app.get(Some(&member), "/api/v1/session").await.expect(200)["district"], "kurosaki");
    assert_eq!(app.get(Some(&member), "/api/v1/m/probe/districts/kurosaki/needs").await.expect(200)["district"], "kurosaki");
    assert_eq!(app.get(Some(&member), "/api/v1/m/probe/districts/aoyama/needs").await.expect_error(403), "forbidden");
    // Ward staff act in every district; devices in none.
    app.get(Some(&app.staff("yahatanishi")), "/api/v1/m/probe/districts/aoyama/needs").await.expect(200);
    assert_eq!(app.get(Some(&app.kiosk("yahatanishi")), "/api/v1/m/probe/districts/aoyama/needs").await.expect_error(403), "forbidden");
}

#[tokio::test]
async fn a_modules_datasets_and_figures_follow_the_platforms_rules() {
    let dir = Arc::new(tempfile::TempDir::new().expect("tempdir"));
    let app = spawn_app_with_modules(dir.clone(), Arc::new(queue_core::SystemClock), config(None), vec![probe(&[STEP_1])]).await;
    let staff = app.staff("yahatanishi");
    // 1,500 notes, so the download spans many chunks; one with a comma and a quote.
    app.post(Some(&staff), "/api/v1/m/probe/notes", Some(json!({"text": "a, \"quoted\" note"}))).await.expect(201);
    let db = store::Db::open_with(app.data_dir(), &[platform::schema()]).expect("open");
    {
        let conn = db.connect(false).expect("connect");
        for i in 0..1499 {
            conn.execute("INSERT INTO probe_notes (text, actor) VALUES (?1, 'staff:tanaka#9')", [format!("メモ{i:04}・{}", "長".repeat(40))]).expect("insert");
        }
    }
    // The list: staff see both, the public the open one.
    let listed = app.get(Some(&staff), "/api/v1/datasets?lang=en").await.expect(200).clone();
    assert_eq!(listed.as_array().map(Vec::len), Some(2), "{listed}");
    assert_eq!(listed[0]["name"], "Notes");
    let public = app.get(None, "/api/v1/datasets").await.expect(200).clone();
    assert_eq!(public.as_array().map(|a| a.iter().map(|d| d["id"].clone()).collect::<Vec<_>>()), Some(vec![json!("open_notes")]));
    assert_eq!(app.get(None, "/api/v1/datasets/probe/notes.csv").await.expect_error(401), "unauthorized");
    assert_eq!(app.get(Some(&app.kiosk("yahatanishi")), "/api/v1/datasets/probe/notes.csv").await.expect_error(403), "forbidden");
    assert_eq!(app.get(Some(&staff), "/api/v1/datasets/probe/nothing.csv").await.expect_error(404), "unknown_dataset");
    assert_eq!(app.get(Some(&staff), "/api/v1/datasets/probe/notes.xml").await.expect_error(404), "unknown_dataset");

    // CSV as Excel reads it: a BOM, the header, every row; staff outside
    // the owning section see no names and no count below five.
    let r = app.client.get(app.url("/api/v1/datasets/probe/notes.csv")).bearer_auth(&staff).send().await.expect("csv");
    assert_eq!(r.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = r.bytes().await.expect("body");
    assert!(bytes.len() > 200_000, "large enough to stream in chunks: {}", bytes.len());
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf");
    let mut reader = csv::Reader::from_reader(&bytes[3..]);
    assert_eq!(reader.headers().expect("header").iter().collect::<Vec<_>>(), ["id", "text", "actor", "people"]);
    let rows: Vec<csv::StringRecord> = reader.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), 1500);
    assert_eq!((&rows[0][1], &rows[0][2], &rows[0][3]), ("a, \"quoted\" note", "", "16"));
    assert!(rows.iter().all(|r| r[2].is_empty()), "no names outside the section");
    // An admin sees everything.
    let whole = app.client.get(app.url("/api/v1/datasets/probe/notes.json")).bearer_auth(app.admin()).send().await.expect("json");
    assert_eq!(whole.headers()["content-type"], "application/json");
    let all: Value = whole.json().await.expect("json");
    assert_eq!(all.as_array().map(Vec::len), Some(1500));
    assert!(all[1]["actor"].as_str().is_some_and(|a| a.contains("tanaka")), "{}", all[1]);
    // Open data without a token: names blanked there too.
    let open: Value = app.client.get(app.url("/api/v1/datasets/probe/open_notes.json")).send().await.expect("open").json().await.expect("json");
    assert_eq!((open[1]["actor"].as_str(), open.as_array().map(Vec::len)), (Some(""), Some(1500)));

    // Figures: staff and admins; a count of people is exact for admins.
    let figures = app.get(Some(&app.admin()), "/api/v1/statistics?lang=en").await.expect(200).clone();
    assert_eq!(figures["figures"][0], json!({"module": "probe", "id": "notes_written", "name": "Notes written", "value": "1500"}));
    assert_eq!(app.get(Some(&staff), "/api/v1/statistics?from=2026-12-01&to=2026-11-01").await.expect_error(400), "bad_request");
    assert_eq!(app.get(Some(&app.kiosk("yahatanishi")), "/api/v1/statistics").await.expect_error(403), "forbidden");
}
