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

const STEP_1: &str = "CREATE TABLE probe_notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL, actor TEXT NOT NULL);";
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

fn probe(steps: &'static [&'static str]) -> Module {
    Module {
        id: "probe",
        names: &[("ja", "試験モジュール"), ("en", "Probe module")],
        migrations: steps,
        api: |p| Router::new().route("/notes", get(notes).post(add_note)).with_state(p),
        pages: Some(|_| Router::new().route("/", get(|| async { axum::response::Html("<!doctype html><title>probe</title>") }))),
        openapi: || {
            use utoipa::openapi::path::{HttpMethod, OperationBuilder, PathItem};
            use utoipa::openapi::{PathsBuilder, ResponseBuilder};
            let op = OperationBuilder::new().response("200", ResponseBuilder::new().description("the notes")).build();
            let paths = PathsBuilder::new().path("/api/v1/m/probe/notes", PathItem::new(HttpMethod::Get, op)).build();
            utoipa::openapi::OpenApiBuilder::new().paths(paths).build()
        },
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
    assert_eq!(applied(dir.path(), "queue"), [1, 2, 3, 4, 5]);
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
