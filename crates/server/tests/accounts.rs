//! Accounts beyond the counters: organisations made on the command line,
//! member, moderator and sectioned staff tokens, invitations handed out by
//! staff and accepted once by the invitee, who then signs in as a member.

mod common;

use common::*;
use serde_json::{Value, json};
use std::sync::Arc;

/// `madoguchi org create`, asserting success; returns the id.
async fn org_create(data: &std::path::Path, args: &[&str]) -> String {
    let d = data.to_str().expect("utf-8");
    let mut all = vec!["org", "create", "--data", d];
    all.extend(args);
    let out = run_cli(&all).await;
    assert!(out.status.success(), "org create {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    let id = String::from_utf8(out.stdout).expect("utf-8").trim_end_matches('\n').to_owned();
    assert!(!id.contains('\n') && id.starts_with('o'), "the id alone on one line: {id:?}");
    id
}

/// A CLI run that must fail with one line on standard error containing `says`.
async fn cli_refuses(args: &[&str], says: &str) {
    let out = run_cli(args).await;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success(), "{args:?} succeeded");
    assert!(err.contains(says) && err.trim_end().lines().count() == 1, "{args:?}: {err}");
}

async fn token_for(data: &std::path::Path, extra: &[&str]) -> String {
    let d = data.to_str().expect("utf-8");
    let mut args = vec!["token", "create", "--data", d];
    args.extend(extra);
    let out = run_cli(&args).await;
    assert!(out.status.success(), "token create {extra:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8(out.stdout).expect("utf-8").trim().to_owned()
}

#[tokio::test]
async fn organisations_and_scoped_tokens_from_the_command_line() {
    let app = spawn_app().await;
    let data = app.data_dir().to_owned();
    let d = data.to_str().expect("utf-8");
    let shop = org_create(&data, &["--kind", "shop", "--name", "黒崎ベーカリー", "--name-en", "Kurosaki Bakery", "--district", "kurosaki", "--office", "yahatanishi"]).await;
    let centre = org_create(&data, &["--kind", "centre", "--name", "陣山市民センター"]).await;
    assert_ne!(shop, centre);

    cli_refuses(&["org", "create", "--data", d, "--kind", "club", "--name", "x"], "--kind \"club\" is not one of shop, facility").await;
    cli_refuses(&["org", "create", "--data", d, "--kind", "shop", "--name", " "], "--name").await;
    cli_refuses(&["org", "create", "--data", d, "--kind", "shop", "--name", "x", "--office", "nowhere"], "--office").await;
    cli_refuses(&["org", "create", "--data", d, "--kind", "shop", "--name", "x", "--district", "Kuro saki"], "is not one of the ward's districts").await;
    cli_refuses(&["org", "create", "--data", d, "--kind", "shop", "--name", "x", "--district", "atlantis"], "kurosaki").await;
    cli_refuses(&["token", "create", "--data", d, "--role", "member"], "needs --organisation").await;
    cli_refuses(&["token", "create", "--data", d, "--role", "member", "--organisation", "onosuchorg0"], "is no organisation").await;
    cli_refuses(&["token", "create", "--data", d, "--role", "kiosk", "--organisation", &shop], "--organisation is for --role member").await;
    cli_refuses(&["token", "create", "--data", d, "--role", "staff", "--section", "no-such-section"], "is not a section").await;
    cli_refuses(&["token", "create", "--data", d, "--role", "root"], "moderator, member").await;

    let member = token_for(&data, &["--role", "member", "--organisation", &shop, "--name", "店主"]).await;
    let who = app.get(Some(&member), "/api/v1/session").await;
    assert_eq!(who.expect(200)["role"], "member");
    assert_eq!(who.json["organisation"], shop.as_str());
    let moderator = token_for(&data, &["--role", "moderator"]).await;
    assert_eq!(app.get(Some(&moderator), "/api/v1/session").await.expect(200)["role"], "moderator");
    let staff = token_for(&data, &["--role", "staff", "--office", "yahatanishi", "--section", "shimin"]).await;
    assert_eq!(app.get(Some(&staff), "/api/v1/session").await.expect(200)["section"], "shimin");

    // Members and moderators do nothing of the counters'.
    for t in [&member, &moderator] {
        let r = app.issue(t, "yahatanishi", json!({"queue": "A"})).await;
        assert_eq!(r.expect_error(403), "forbidden");
        assert_eq!(app.call_next(t, "yahatanishi", "1").await.expect_error(403), "forbidden");
        assert_eq!(ws_try(&app.ws_url("/ws/office/yahatanishi"), Some(t)).await.err(), Some(403));
    }

    // The organisations, for staff and moderators; not for members or kiosks.
    let listed = app.get(Some(&staff), "/api/v1/organisations").await;
    let orgs = listed.expect(200).as_array().expect("array").clone();
    assert_eq!(orgs.len(), 2);
    assert_eq!(orgs[0], json!({"id": shop, "kind": "shop", "name": {"ja": "黒崎ベーカリー", "en": "Kurosaki Bakery"}, "district": "kurosaki", "office": "yahatanishi"}));
    assert_eq!(app.get(Some(&moderator), "/api/v1/organisations?limit=1&offset=1").await.expect(200)[0]["id"], centre.as_str());
    assert_eq!(app.get(Some(&member), "/api/v1/organisations").await.expect_error(403), "forbidden");
    assert_eq!(app.get(Some(&staff), "/api/v1/organisations?limit=0").await.expect_error(400), "bad_request");
    let listing = run_cli(&["org", "list", "--data", d]).await;
    let text = String::from_utf8_lossy(&listing.stdout);
    assert!(text.contains(&shop) && text.contains("黒崎ベーカリー") && text.contains(&centre), "{text}");
}

#[tokio::test]
async fn staff_accounts_have_a_section_and_an_existing_supervisor() {
    let app = spawn_app().await;
    let d = app.data_dir().to_str().expect("utf-8").to_owned();
    let create = |args: Vec<String>| async move {
        use std::io::Write;
        let mut child = std::process::Command::new(BIN)
            .args(&args)
            .env_remove("MADOGUCHI_DATA")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .expect("spawn");
        child.stdin.take().expect("stdin").write_all(b"a long enough password\n").expect("password");
        tokio::task::spawn_blocking(move || child.wait_with_output()).await.expect("join").expect("wait")
    };
    let user = |name: &str, extra: &[&str]| {
        let mut a: Vec<String> = ["user", "create", "--data", &d, "--username", name, "--office", "yahatanishi"].map(String::from).to_vec();
        a.extend(extra.iter().map(|s| (*s).to_owned()));
        a
    };
    let out = create(user("tanaka", &["--section", "shimin", "--supervisor", "nobody"])).await;
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("has no account"), "{out:?}");
    let out = create(user("kacho", &["--section", "shimin", "--display-name", "課長 山田"])).await;
    assert!(out.status.success(), "{out:?}");
    let out = create(user("tanaka", &["--section", "shimin", "--supervisor", "kacho"])).await;
    assert!(out.status.success(), "{out:?}");
    let out = create(user("self", &["--supervisor", "self"])).await;
    assert!(!out.status.success() && String::from_utf8_lossy(&out.stderr).contains("somebody else"));

    let login = app.post(None, "/api/v1/login", Some(json!({"username": "tanaka", "password": "a long enough password"}))).await;
    assert_eq!(login.expect(200)["section"], "shimin");
    let session = login.json["token"].as_str().expect("token").to_owned();
    assert_eq!(app.get(Some(&session), "/api/v1/session").await.expect(200)["section"], "shimin");
    let db = store::Db::open(app.data_dir()).expect("open");
    let conn = db.connect(true).expect("connect");
    let stored = store::users::find(&conn, "tanaka").expect("find").expect("exists");
    assert_eq!((stored.section.as_deref(), stored.supervisor.as_deref()), (Some("shimin"), Some("kacho")));
    let boss = store::users::find(&conn, "kacho").expect("find").expect("exists");
    assert_eq!(boss.display_name.as_deref(), Some("課長 山田"));
}

fn invite_body(org: &str) -> Option<Value> {
    Some(json!({ "organisation": org }))
}

#[tokio::test]
async fn an_invitation_makes_one_member_and_is_used_once() {
    let start = jiff::Timestamp::from_second(1_800_000_000).expect("time");
    let clock = Arc::new(queue_core::ManualClock::new(start));
    let app = spawn_app_with(Arc::new(tempfile::TempDir::new().expect("tempdir")), clock.clone()).await;
    let data = app.data_dir().to_owned();
    let shop = org_create(&data, &["--kind", "shop", "--name", "黒崎ベーカリー", "--office", "yahatanishi"]).await;
    let elsewhere = org_create(&data, &["--kind", "facility", "--name", "折尾の施設", "--office", "orio"]).await;
    let unattached = org_create(&data, &["--kind", "group", "--name", "まちづくり協議会"]).await;
    let staff = app.staff("yahatanishi");

    // Who may hand invitations out.
    assert_eq!(app.post(None, "/api/v1/invitations", invite_body(&shop)).await.expect_error(401), "unauthorized");
    assert_eq!(app.post(Some(&app.kiosk("yahatanishi")), "/api/v1/invitations", invite_body(&shop)).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&staff), "/api/v1/invitations", invite_body(&elsewhere)).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&staff), "/api/v1/invitations", invite_body(&unattached)).await.expect_error(403), "forbidden");
    assert_eq!(app.post(Some(&staff), "/api/v1/invitations", invite_body("onosuchorg00")).await.expect_error(404), "unknown_organisation");
    let r = app.post(Some(&staff), "/api/v1/invitations", Some(json!({"organisation": shop, "expires_days": 91}))).await;
    assert_eq!(r.expect_error(400), "bad_request");
    app.post(Some(&app.admin()), "/api/v1/invitations", invite_body(&unattached)).await.expect(201);

    let made = app.post(Some(&staff), "/api/v1/invitations", invite_body(&shop)).await;
    let code = made.expect(201)["code"].as_str().expect("code").to_owned();
    assert_eq!(made.json["url"], format!("{}/m/join/?code={code}", app.base));
    assert_eq!(made.json["organisation"]["id"], shop.as_str());
    let qr = made.json["qr_svg"].as_str().expect("a QR code to print");
    assert!(qr.starts_with("<?xml") && qr.contains("<svg") && qr.len() > 1000, "{qr}");

    // The invitee's page may look the code up, typed loosely.
    let loose = code.to_lowercase().replace('-', "");
    let seen = app.get(None, &format!("/api/v1/invitations/{loose}")).await;
    assert_eq!(seen.expect(200)["code"], code.as_str());
    assert_eq!(seen.json["organisation"]["name"]["ja"], "黒崎ベーカリー");
    assert_eq!(app.get(None, "/api/v1/invitations/AAAA-BBBB-CCCC").await.expect_error(404), "invitation_not_found");
    assert_eq!(app.get(None, "/api/v1/invitations/not-a-code").await.expect_error(404), "invitation_not_found");

    // Bad acceptances change nothing; the code still works after them.
    let accept_path = format!("/api/v1/invitations/{code}/accept");
    let accept = |body: Value| app.post(None, &accept_path, Some(body));
    assert_eq!(accept(json!({"username": "tenshu", "password": "short"})).await.expect_error(400), "bad_request");
    assert_eq!(accept(json!({"username": "", "password": "long enough"})).await.expect_error(400), "bad_request");
    assert_eq!(accept(json!({"username": "tenshu", "password": "long enough", "role": "admin"})).await.expect_error(400), "bad_request");
    // A name somebody has already.
    let other = app.post(Some(&staff), "/api/v1/invitations", invite_body(&shop)).await.expect(201)["code"].as_str().expect("code").to_owned();
    app.post(None, &format!("/api/v1/invitations/{other}/accept"), Some(json!({"username": "taken", "password": "long enough"}))).await.expect(201);
    assert_eq!(accept(json!({"username": "taken", "password": "long enough"})).await.expect_error(409), "username_taken");

    let joined = accept(json!({"username": "パン屋の店主", "password": "long enough", "display_name": "山本"})).await;
    let session = joined.expect(201)["token"].as_str().expect("token").to_owned();
    assert_eq!((joined.json["role"].as_str(), joined.json["organisation"].as_str()), (Some("member"), Some(shop.as_str())));
    assert_eq!(joined.json["display_name"], "山本");
    let who = app.get(Some(&session), "/api/v1/session").await;
    assert_eq!(who.expect(200)["organisation"], shop.as_str());

    // Once only.
    assert_eq!(accept(json!({"username": "second", "password": "long enough"})).await.expect_error(410), "invitation_gone");
    assert_eq!(app.get(None, &format!("/api/v1/invitations/{code}")).await.expect_error(410), "invitation_gone");

    // The member signs in again later with what they chose.
    let again = app.post(None, "/api/v1/login", Some(json!({"username": "パン屋の店主", "password": "long enough"}))).await;
    assert_eq!((again.expect(200)["role"].as_str(), again.json["organisation"].as_str()), (Some("member"), Some(shop.as_str())));

    // Expiry: a 1-day code is gone a day later.
    let short = app.post(Some(&staff), "/api/v1/invitations", Some(json!({"organisation": shop, "expires_days": 1}))).await;
    let short = short.expect(201)["code"].as_str().expect("code").to_owned();
    clock.advance(jiff::SignedDuration::from_hours(25));
    let late = app.post(None, &format!("/api/v1/invitations/{short}/accept"), Some(json!({"username": "late", "password": "long enough"}))).await;
    assert_eq!(late.expect_error(410), "invitation_gone");
    let db = store::Db::open(app.data_dir()).expect("open");
    assert!(store::users::find(&db.connect(true).expect("connect"), "late").expect("find").is_none(), "nothing made");
}

#[tokio::test]
async fn invitation_codes_cannot_be_guessed_at_speed() {
    let app = spawn_app().await;
    let mut limited = 0;
    for i in 0..80 {
        let r = app.get(None, &format!("/api/v1/invitations/AAAA-BBBB-{i:04}")).await;
        match r.status {
            404 => {}
            429 => limited += 1,
            other => panic!("unexpected {other}: {}", r.text),
        }
    }
    assert!(limited >= 10, "a burst of guesses from one address is slowed: {limited} of 80 limited");
}

#[tokio::test]
async fn the_join_page_is_served_and_kept_by_no_cache() {
    let app = spawn_app().await;
    let r = app.client.get(app.url("/m/join/?code=AAAA-BBBB-CCCC")).send().await.expect("page");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["cache-control"], "no-store");
    assert!(r.headers()["content-type"].to_str().expect("ascii").starts_with("text/html"));
    let catalog = app.get(None, "/api/v1/i18n/en").await;
    assert_eq!(catalog.expect(200)["messages"]["members-join-title"], "Become a member");
}

#[tokio::test]
async fn the_wards_districts_are_listed_and_exported_for_excel() {
    let app = spawn_app().await;
    let r = app.get(None, "/api/v1/districts?lang=en").await;
    let all = r.expect(200).as_array().expect("array").clone();
    assert_eq!(all.len(), 34);
    assert_eq!(all[16], json!({"id": "kurosaki", "name": "Kurosaki", "ja": "黒崎", "kana": "くろさき", "en": "Kurosaki"}));
    assert_eq!(app.get(None, "/api/v1/districts?lang=ja-x-easy").await.expect(200)[16]["name"], "くろさき");
    let csv = app.client.get(app.url("/api/v1/districts.csv")).send().await.expect("csv");
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = csv.bytes().await.expect("bytes");
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "a BOM, so Excel reads UTF-8");
    let text = String::from_utf8(bytes[3..].to_vec()).expect("utf-8");
    assert!(text.contains("401099,kurosaki,黒崎,くろさき,Kurosaki\r\n"), "{text}");
}

#[tokio::test]
async fn the_wards_facilities_are_listed_and_exported_as_the_standard_says() {
    let app = spawn_app().await;
    let all = app.get(None, "/api/v1/facilities?lang=en").await.expect(200).as_array().expect("array").clone();
    let office = all.iter().find(|f| f["id"] == "ward-office").expect("the ward office");
    assert_eq!((office["office"].as_str(), office["name"].as_str().map(|n| n.contains("Yahatanishi"))), (Some("yahatanishi"), Some(true)), "{office}");
    assert!(office["verify"].as_array().is_some_and(|v| !v.is_empty()), "placeholders are named: {office}");
    let csv = app.client.get(app.url("/api/v1/facilities.csv")).send().await.expect("csv");
    assert_eq!(csv.headers()["content-type"], "text/csv; charset=utf-8");
    let bytes = csv.bytes().await.expect("bytes");
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf");
    let mut r = csv::Reader::from_reader(&bytes[3..]);
    let header: Vec<String> = r.headers().expect("header").iter().map(str::to_owned).collect();
    assert_eq!(&header[..4], ["全国地方公共団体コード", "ID", "地方公共団体名", "名称"]);
    assert_eq!(header.last().map(String::as_str), Some("備考"));
    let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("rows");
    assert_eq!(rows.len(), all.len());
    assert!(rows.iter().all(|row| &row[0] == "401099" && &row[2] == "福岡県北九州市八幡西区"));
}

#[tokio::test]
async fn a_reference_directory_replaces_the_built_in_facilities_and_is_checked_at_start() {
    let dir = tempfile::tempdir().expect("tempdir");
    let reference = dir.path().join("reference");
    std::fs::create_dir_all(&reference).expect("mkdir");
    std::fs::write(reference.join("facilities.toml"), "ward_name = \"福岡県北九州市八幡西区\"\n\n[[facilities]]\nid = \"hall\"\nkind = \"facility\"\nja = \"ホール\"\nkana = \"ホール\"\nen = \"Hall\"\naddress = \"福岡県北九州市八幡西区\"\noffice = \"atlantis\"\n").expect("write");
    let data = dir.path().join("data");
    let out = run_cli(&["serve", "--data", data.to_str().expect("utf-8"), "--listen", "127.0.0.1:0", "--reference", reference.to_str().expect("utf-8")]).await;
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(!out.status.success() && err.contains("atlantis"), "{err}");
}

/// A member reads what is kept about them, and deletes their account: it
/// goes, its sessions end at once, its submissions stay without its name.
#[tokio::test]
async fn a_member_exports_and_deletes_their_own_data() {
    let app = spawn_app().await;
    let data = app.data_dir().to_owned();
    let shop = org_create(&data, &["--kind", "shop", "--name", "黒崎ベーカリー", "--office", "yahatanishi"]).await;
    let staff = app.staff("yahatanishi");
    let code = app.post(Some(&staff), "/api/v1/invitations", invite_body(&shop)).await.expect(201)["code"].as_str().expect("code").to_owned();
    let joined = app.post(None, &format!("/api/v1/invitations/{code}/accept"), Some(json!({"username": "yamamoto", "password": "long enough", "display_name": "山本"}))).await;
    let session = joined.expect(201)["token"].as_str().expect("token").to_owned();
    // Something they submitted, as a module enters it.
    let who = app.get(Some(&session), "/api/v1/session").await.expect(200).clone();
    {
        let db = store::Db::open_with(&data, &[platform::schema()]).expect("open");
        let conn = db.connect(false).expect("connect");
        let p = platform::auth::Principal {
            token_id: 1,
            role: platform::auth::Role::Member,
            office: None,
            name: who["name"].as_str().map(str::to_owned),
            organisation: Some(shop.clone()),
            section: None,
            district: None,
        };
        let s = platform::moderation::Submission { module: "probe", kind: "event", item: "e1", summary: "パンまつり" };
        platform::moderation::submit(&conn, &s, platform::moderation::Submitter::Principal(&p), 1).expect("submit");
    }

    let mine = app.get(Some(&session), "/api/v1/me").await;
    let body = mine.expect(200).clone();
    assert_eq!((body["account"]["username"].as_str(), body["account"]["display_name"].as_str()), (Some("yamamoto"), Some("山本")));
    assert_eq!(body["account"]["organisation"], shop.as_str());
    assert!(body["account"].get("password_hash").is_none() && !mine.text.contains("argon2"), "never the password hash: {}", mine.text);
    assert_eq!(body["submissions"][0]["summary"], "パンまつり");
    assert!(body["purpose"].as_str().is_some_and(|p| !p.is_empty()));
    assert_eq!(app.get(Some(&staff), "/api/v1/me").await.expect_error(404), "no_account", "a device token has no account");
    assert_eq!(app.get(None, "/api/v1/me").await.expect_error(401), "unauthorized");

    let deleted = app.client.delete(app.url("/api/v1/me")).bearer_auth(&session).send().await.expect("delete");
    assert_eq!(deleted.status(), 204);
    assert_eq!(app.get(Some(&session), "/api/v1/session").await.expect_error(401), "unauthorized", "the session ended at once");
    let login = app.post(None, "/api/v1/login", Some(json!({"username": "yamamoto", "password": "long enough"}))).await;
    assert_eq!(login.expect_error(401), "unauthorized");
    let db = store::Db::open_with(&data, &[platform::schema()]).expect("open");
    let conn = db.connect(true).expect("connect");
    let (submitter, name): (String, Option<String>) =
        conn.query_row("SELECT submitter, submitter_name FROM platform_moderation WHERE item = 'e1'", [], |r| Ok((r.get(0)?, r.get(1)?))).expect("item kept");
    assert_eq!((submitter.as_str(), name), ("deleted account", None), "the item stays, without the name");
    let trail = app.get(Some(&app.admin()), "/api/v1/audit").await;
    assert!(trail.expect(200).to_string().contains("account.delete"));
    assert!(!trail.text.contains("yamamoto"), "the audit keeps no name of the deleted account: {}", trail.text);
    let (used_by, hash): (String, String) = conn
        .query_row("SELECT i.used_by, u.password_hash FROM platform_invitations i, users u WHERE u.username = 'yamamoto'", [], |r| Ok((r.get(0)?, r.get(1)?)))
        .expect("rows");
    assert_eq!((used_by.as_str(), hash.as_str()), ("(deleted account)", ""), "nothing of the person left but a disabled name");
    // The name is never handed to somebody else.
    let code = app.post(Some(&staff), "/api/v1/invitations", invite_body(&shop)).await.expect(201)["code"].as_str().expect("code").to_owned();
    let taken = app.post(None, &format!("/api/v1/invitations/{code}/accept"), Some(json!({"username": "yamamoto", "password": "long enough"}))).await;
    assert_eq!(taken.expect_error(409), "username_taken");
}
