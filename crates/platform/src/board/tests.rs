use super::*;

const OFFICES: [&str; 2] = ["yahatanishi", "orio"];

fn at(s: &str) -> Timestamp {
    s.parse().expect("timestamp")
}

fn text(ja: &str) -> Text {
    Text::ja(ja, 1000).expect("text")
}

fn notice(offices: &[&str]) -> NewNotice {
    NewNotice {
        offices: offices.iter().map(|o| (*o).to_owned()).collect(),
        title: text("年末年始の開庁日"),
        body: text("12月29日から1月3日までは閉庁です。"),
        from: None,
        until: None,
        priority: None,
        weekdays: None,
        hours: None,
    }
}

#[test]
fn a_notice_defaults_to_today_and_names_what_is_wrong() {
    // 10:00 in Tokyo on a Monday.
    let now = at("2027-01-11T01:00:00Z");
    let n = parse_notice(notice(&["orio", "orio"]), &OFFICES, now).expect("valid");
    assert_eq!(n.offices, ["orio"], "duplicates dropped");
    assert_eq!((n.from, n.until, n.priority), (now, at("2027-01-11T15:00:00Z"), 5), "until the end of the Tokyo day");
    assert!(n.id.starts_with('n'));

    let bad = |f: &dyn Fn(&mut NewNotice)| {
        let mut n = notice(&["orio"]);
        f(&mut n);
        parse_notice(n, &OFFICES, now).expect_err("refused").to_string()
    };
    assert!(bad(&|n| n.offices.clear()).contains("at least one office"));
    assert_eq!(parse_notice(notice(&["atlantis"]), &OFFICES, now), Err(ContentError::UnknownOffice("atlantis".into())));
    assert!(bad(&|n| n.priority = Some(10)).contains("0 to 9"));
    assert!(bad(&|n| n.until = Some(at("2027-01-10T00:00:00Z"))).contains("after from"));
    assert!(bad(&|n| {
        n.from = Some(at("2026-01-01T00:00:00Z"));
        n.until = Some(at("2027-01-01T00:00:00Z"));
    })
    .contains("in the past"));
    assert!(bad(&|n| n.until = Some(at("2029-01-01T00:00:00Z"))).contains("at most 366 days"));
    assert!(bad(&|n| n.title = text(&"長".repeat(81))).contains("at most 80"));
    assert!(bad(&|n| n.weekdays = Some(vec![])).contains("at least one day"));
    let nine = Time::constant(9, 0, 0, 0);
    assert!(bad(&|n| n.hours = Some(Hours { from: nine, until: nine })).contains("after hours.from"));
}

#[test]
fn a_notice_shows_on_its_days_and_hours_in_tokyo() {
    let now = at("2027-01-11T01:00:00Z"); // Monday 10:00 in Tokyo
    let mut n = notice(&["orio"]);
    n.until = Some(at("2027-02-01T00:00:00Z"));
    n.weekdays = Some(vec![WeekdayName::Monday, WeekdayName::Wednesday]);
    n.hours = Some(Hours { from: Time::constant(9, 0, 0, 0), until: Time::constant(12, 0, 0, 0) });
    let n = parse_notice(n, &OFFICES, now).expect("valid");
    assert!(n.showing(now));
    assert!(!n.showing(at("2027-01-11T03:30:00Z")), "12:30 is past its hours");
    assert!(!n.showing(at("2027-01-12T01:00:00Z")), "Tuesday");
    assert!(n.showing(at("2027-01-13T00:00:00Z")), "Wednesday 9:00");
    assert!(!n.showing(at("2027-02-03T01:00:00Z")), "after until");
    assert!(n.live(at("2027-01-31T00:00:00Z")) && !n.live(at("2027-02-01T00:00:00Z")));
}

#[test]
fn content_is_given_by_priority_and_severity_and_pruned() {
    let now = at("2027-01-11T01:00:00Z");
    let mut c = OfficeContent::default();
    for p in [2, 9, 5] {
        let mut n = notice(&["orio"]);
        n.priority = Some(p);
        c.add_notice(parse_notice(n, &OFFICES, now).expect("valid"));
    }
    let (notices, _) = c.live(now);
    assert_eq!(notices.iter().map(|n| n.priority).collect::<Vec<_>>(), [9, 5, 2]);
    for s in [Severity::Moderate, Severity::Extreme] {
        let a = NewAlert { offices: vec!["orio".into()], headline: text("大雨"), description: text("避難"), severity: s, expires: None };
        c.add_alert(parse_alert(a, &OFFICES, now).expect("valid"));
    }
    assert_eq!(c.live(now).1.first().map(|a| a.severity), Some(Severity::Extreme));
    c.prune(at("2027-01-20T00:00:00Z"));
    assert!(c.notices.is_empty() && c.alerts.is_empty(), "a day's notices and 24-hour alerts are over");
}

#[test]
fn an_alert_expires_within_a_week() {
    let now = at("2027-01-11T01:00:00Z");
    let a = |expires| NewAlert { offices: vec!["yahatanishi".into()], headline: text("地震"), description: text("身を守って"), severity: Severity::Severe, expires };
    assert_eq!(parse_alert(a(None), &OFFICES, now).expect("valid").expires, at("2027-01-12T01:00:00Z"));
    assert!(parse_alert(a(Some(at("2027-01-11T00:00:00Z"))), &OFFICES, now).is_err());
    assert!(parse_alert(a(Some(at("2027-01-19T01:00:00Z"))), &OFFICES, now).is_err());
}

fn cap(status: &str, msg_type: &str, infos: &str, references: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>KITAKYUSHU-2027-0001</identifier>
  <sender>bousai@city.kitakyushu.lg.jp</sender>
  <sent>2027-01-11T10:00:00+09:00</sent>
  <status>{status}</status>
  <msgType>{msg_type}</msgType>
  <scope>Public</scope>
  {references}
  {infos}
</alert>"#
    )
}

const INFOS: &str = r#"
  <info>
    <language>ja-JP</language>
    <category>Met</category>
    <event>大雨警報</event>
    <urgency>Immediate</urgency>
    <severity>Severe</severity>
    <certainty>Observed</certainty>
    <expires>2027-01-11T18:00:00+09:00</expires>
    <headline>大雨警報（土砂災害）が発表されました</headline>
    <description>八幡西区に大雨警報が発表されました。</description>
    <instruction>窓口の職員の案内に従ってください。</instruction>
    <area><areaDesc>北九州市八幡西区</areaDesc></area>
  </info>
  <info>
    <language>en-US</language>
    <category>Met</category>
    <event>Heavy rain warning</event>
    <urgency>Immediate</urgency>
    <severity>Extreme</severity>
    <certainty>Observed</certainty>
    <headline>Heavy rain warning (landslides)</headline>
    <description>A heavy rain warning is in force for Yahatanishi.</description>
    <area><areaDesc>Yahatanishi, Kitakyushu</areaDesc></area>
  </info>"#;

#[test]
fn a_cap_alert_gives_its_texts_per_language() {
    let now = at("2027-01-11T01:00:00Z");
    let CapMessage::Issue { alert, replaces } = parse_cap(&cap("Actual", "Alert", INFOS, ""), vec!["yahatanishi".into()], &OFFICES, now).expect("valid") else {
        panic!("an alert")
    };
    assert!(replaces.is_empty());
    assert_eq!(alert.headline.get("ja").1, "大雨警報（土砂災害）が発表されました");
    assert_eq!(alert.headline.get("en").1, "Heavy rain warning (landslides)");
    assert_eq!(alert.description.get("ja").1, "八幡西区に大雨警報が発表されました。\n窓口の職員の案内に従ってください。");
    assert_eq!(alert.severity, Severity::Extreme, "the most severe of its infos");
    assert_eq!(alert.expires, at("2027-01-11T09:00:00Z"));
    assert!(!alert.exercise);
    assert_eq!(alert.cap.as_deref(), Some("bousai@city.kitakyushu.lg.jp,KITAKYUSHU-2027-0001,2027-01-11T10:00:00+09:00"));

    let CapMessage::Issue { alert, .. } = parse_cap(&cap("Exercise", "Alert", INFOS, ""), vec!["orio".into()], &OFFICES, now).expect("valid") else { panic!() };
    assert!(alert.exercise, "a drill says so");
    let refs = "<references>bousai@city.kitakyushu.lg.jp,KITAKYUSHU-2027-0001,2027-01-11T10:00:00+09:00</references>";
    match parse_cap(&cap("Actual", "Update", INFOS, refs), vec!["orio".into()], &OFFICES, now).expect("valid") {
        CapMessage::Issue { replaces, .. } => assert_eq!(replaces.len(), 1),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        parse_cap(&cap("Actual", "Cancel", "", refs), vec![], &OFFICES, now).expect("valid"),
        CapMessage::Cancel { references: vec!["bousai@city.kitakyushu.lg.jp,KITAKYUSHU-2027-0001,2027-01-11T10:00:00+09:00".into()] }
    );
}

#[test]
fn an_english_only_cap_alert_still_shows() {
    let now = at("2027-01-11T01:00:00Z");
    let english = INFOS.split("</info>").nth(1).map(|s| format!("{s}</info>")).expect("second info");
    let CapMessage::Issue { alert, .. } = parse_cap(&cap("Actual", "Alert", &english, ""), vec!["orio".into()], &OFFICES, now).expect("valid") else { panic!() };
    assert_eq!(alert.headline.get("ja").1, "Heavy rain warning (landslides)", "the first language stands in for Japanese");
    assert_eq!(alert.headline.get("en").1, "Heavy rain warning (landslides)");
}

#[test]
fn cap_documents_that_are_not_for_boards_are_refused_with_the_reason() {
    let now = at("2027-01-11T01:00:00Z");
    let refuse = |xml: &str, offices: Vec<String>| parse_cap(xml, offices, &OFFICES, now).expect_err("refused").to_string();
    let o = || vec!["orio".to_owned()];
    assert!(refuse(&cap("Test", "Alert", INFOS, ""), o()).contains("status Test"));
    assert!(refuse(&cap("Actual", "Ack", INFOS, ""), o()).contains("type Ack"));
    assert!(refuse(&cap("Actual", "Cancel", "", ""), o()).contains("references"));
    assert!(refuse(&cap("Actual", "Alert", "", ""), o()).contains("no info"));
    assert!(refuse(&cap("Actual", "Alert", &INFOS.replace("Severe", "Minor").replace("Extreme", "Minor"), ""), o()).contains("Minor"));
    assert!(refuse(&cap("Actual", "Alert", INFOS, ""), vec!["atlantis".into()]).contains("atlantis"));
    assert!(refuse(&cap("Actual", "Alert", INFOS, ""), vec![]).contains("at least one office"));
    assert!(refuse("<alert>not cap</alert>", o()).contains("not a CAP 1.2 alert"));
    assert!(refuse("<alert", o()).contains("not well-formed"));
    assert!(refuse(&cap("Actual", "Alert", INFOS, "").replace("<identifier>KITAKYUSHU-2027-0001</identifier>", ""), o()).contains("no identifier"));
    // No document type declarations, so no entity expansion ("billion laughs").
    let laughs = r#"<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]><alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">&lol2;</alert>"#;
    assert!(refuse(laughs, o()).contains("not well-formed"));
}

#[test]
fn notices_and_alerts_are_stored_withdrawn_and_loaded_per_office() {
    let dir = tempfile::tempdir().expect("tempdir");
    let db = store::Db::open_with(dir.path(), &[crate::schema()]).expect("open");
    let conn = db.connect(false).expect("connect");
    let now = at("2027-01-11T01:00:00Z");
    let mut n = notice(&["yahatanishi", "orio"]);
    n.weekdays = Some(vec![WeekdayName::Friday]);
    n.hours = Some(Hours { from: Time::constant(9, 0, 0, 0), until: Time::constant(17, 0, 0, 0) });
    let n = parse_notice(n, &OFFICES, now).expect("valid");
    insert_notice(&conn, &n, "admin#1", 0).expect("insert");
    assert_eq!(find_notice(&conn, &n.id).expect("find"), Some(n.clone()), "reads back as written");
    let a = parse_alert(NewAlert { offices: vec!["orio".into()], headline: text("地震"), description: text("落ち着いて"), severity: Severity::Severe, expires: None }, &OFFICES, now)
        .expect("valid");
    insert_alert(&conn, &a, None, "admin#1", 0).expect("insert");
    let loaded = load(&conn, now).expect("load");
    assert_eq!(loaded["yahatanishi"].notices.len(), 1);
    assert_eq!((loaded["orio"].notices.len(), loaded["orio"].alerts.len()), (1, 1));
    assert_eq!(withdraw_notice(&conn, &n.id, "admin#1", 1).expect("withdraw").map(|n| n.id.clone()), Some(n.id.clone()));
    assert_eq!(withdraw_notice(&conn, &n.id, "admin#1", 2).expect("withdraw"), None, "once");
    assert_eq!(cancel_alert(&conn, &a.id, "admin#1", 3).expect("cancel").map(|a| a.id), Some(a.id.clone()));
    assert!(load(&conn, now).expect("load").is_empty());
}
