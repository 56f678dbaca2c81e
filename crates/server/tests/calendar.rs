//! The public congestion calendar: the page in several languages, the PDF
//! for the notice board and the CSV for Excel.

mod common;

use common::*;

#[tokio::test]
async fn the_calendar_page_names_levels_in_words_and_links_every_language() {
    let app = spawn_app().await;
    let r = within("page", app.client.get(format!("{}/calendar/yahatanishi?month=2027-04&lang=en", app.base)).send()).await.expect("page");
    assert_eq!(r.status(), 200);
    assert!(r.headers()["content-security-policy"].to_str().expect("csp").contains("script-src 'self'"));
    let html = r.text().await.expect("html");
    for word in ["Quiet", "Fairly quiet", "Usual", "Busy", "Very busy", "Closed", "Best hours", "<table>", "<caption>", "scope=\"col\""] {
        assert!(html.contains(word), "{word}");
    }
    for lang in ["日本語", "English", "Tiếng Việt", "नेपाली", "Português"] {
        assert!(html.contains(lang), "{lang}");
    }
    assert!(!html.contains("style="), "no inline styles under the CSP");
    let easy = within("easy", app.client.get(format!("{}/calendar/yahatanishi?month=2027-04&lang=ja-x-easy", app.base)).send()).await.expect("page");
    let easy = easy.text().await.expect("html");
    assert!(easy.contains("<ruby>") && easy.contains("<html lang=\"ja\">"), "easy Japanese keeps its furigana");
    for bad in ["?month=2027-4", "?month=nope", "?month=2040-01"] {
        let r = send(app.client.get(format!("{}/calendar/yahatanishi{bad}", app.base))).await;
        assert_eq!(r.expect_error(400), "bad_request", "{bad}");
    }
    app.stop().await;
}

#[tokio::test]
async fn the_month_prints_and_exports() {
    let app = spawn_app().await;
    let r = within("pdf", app.client.get(format!("{}/calendar/yahatanishi/print.pdf?month=2027-04&lang=ja", app.base)).send()).await.expect("pdf");
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.expect("bytes");
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("cal.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let out = std::process::Command::new("pdftotext").args([path.to_str().expect("utf-8"), "-"]).output().expect("pdftotext (poppler-utils)");
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("混雑予想カレンダー") && text.contains("2027年4月") && text.contains("昭和の日"), "{text}");

    let r = within("csv", app.client.get(format!("{}/calendar/yahatanishi/forecast.csv?month=2027-04&lang=ja", app.base)).send()).await.expect("csv");
    assert!(r.headers()["content-type"].to_str().expect("type").starts_with("text/csv"));
    let bytes = r.bytes().await.expect("bytes");
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "a BOM so Excel reads UTF-8");
    let csv = String::from_utf8_lossy(&bytes[3..]).into_owned();
    let lines: Vec<&str> = csv.lines().collect();
    assert_eq!(lines[0], "date,weekday,open,level,level_name,expected_arrivals,best_hours,holiday");
    assert_eq!(lines.len(), 31);
    assert!(lines.iter().any(|l| l.starts_with("2027-04-29,木,false,,閉庁,0,,昭和の日")), "{csv}");
    app.stop().await;
}
