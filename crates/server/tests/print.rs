//! The paper ticket through the API: the PDF read by poppler with its QR code
//! decoded, the ESC/POS bytes parsed back, and printing to a real TCP
//! listener and to a printer that is not there.

mod common;

use common::*;
use std::io::Read;
use std::process::Command;
use std::sync::Arc;

async fn issue(app: &TestApp, token: &str, lang: &str) -> serde_json::Value {
    let r = send(
        app.client
            .post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base))
            .bearer_auth(token)
            .json(&serde_json::json!({"service": "moving-in", "lang": lang})),
    )
    .await;
    r.expect(201).clone()
}

fn tool(name: &str, args: &[&str]) -> Vec<u8> {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} must be installed (scripts/install-test-deps): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

/// A ticket's PDF as the server serves it, checked to be a PDF of at most
/// 30 KB, written to a file for poppler: the directory and the file's path.
async fn fetch_pdf(app: &TestApp, token: &str, ticket: &serde_json::Value) -> (tempfile::TempDir, String) {
    let r = within("pdf", app.client.get(format!("{}/api/v1/tickets/{}/ticket.pdf", app.base, s(ticket, "id"))).bearer_auth(token).send())
        .await
        .expect("pdf");
    assert_eq!(r.status(), 200);
    assert_eq!(r.headers()["content-type"], "application/pdf");
    let pdf = r.bytes().await.expect("body");
    assert!(pdf.len() <= 30 * 1024, "{} bytes", pdf.len());
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("t.pdf");
    std::fs::write(&path, &pdf).expect("write");
    let p = path.display().to_string();
    (dir, p)
}

/// One row of `pdffonts`: the font's name and whether it is embedded, subset
/// (`XXXXXX+` before the name, and `sub` yes) and has a ToUnicode map.
struct FontRow {
    name: String,
    embedded: bool,
    subset: bool,
    unicode: bool,
}

/// The fonts of the PDF at `p`, and `pdffonts`'s output for messages.
fn font_rows(p: &str) -> (Vec<FontRow>, String) {
    let fonts = String::from_utf8_lossy(&tool("pdffonts", &[p])).into_owned();
    let rows = fonts
        .lines()
        .skip(2)
        .map(|row| {
            let cols: Vec<&str> = row.split_whitespace().collect();
            let n = cols.len();
            let yes = |k: usize| n >= 5 && cols[n - k] == "yes";
            FontRow { name: cols[0].to_owned(), embedded: yes(5), subset: yes(4) && cols[0].as_bytes().get(6) == Some(&b'+'), unicode: yes(3) }
        })
        .collect();
    (rows, fonts)
}

#[tokio::test]
async fn the_pdf_has_the_number_as_text_a_subset_font_and_a_qr_of_the_status_url() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let ticket = issue(&app, &kiosk, "en").await;
    let (dir, p) = fetch_pdf(&app, &kiosk, &ticket).await;
    let text = String::from_utf8_lossy(&tool("pdftotext", &[&p, "-"])).into_owned();
    assert!(text.contains(s(&ticket, "number")), "{text}");
    assert!(text.contains("転入届") && text.contains("八幡西区役所"), "{text}");
    let (rows, fonts) = font_rows(&p);
    assert!(rows.first().is_some_and(|f| f.subset), "subset: {fonts}");
    // Render and decode the QR code the way a phone would, with zbar.
    let prefix = dir.path().join("page").display().to_string();
    tool("pdftoppm", &["-png", "-r", "200", "-singlefile", &p, &prefix]);
    let decoded = String::from_utf8_lossy(&tool("zbarimg", &["--quiet", "--raw", &format!("{prefix}.png")])).trim().to_owned();
    assert_eq!(decoded, s(&ticket, "status_url"));
    // And the status URL opens the resident's page.
    let page = within("status page", app.client.get(&decoded).send()).await.expect("page");
    assert_eq!(page.status(), 200);
    app.stop().await;
}

#[tokio::test]
async fn a_nepali_pdf_has_its_nepali_lines_as_text_in_a_second_subset_font() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let ticket = issue(&app, &kiosk, "ne").await;
    let (_dir, p) = fetch_pdf(&app, &kiosk, &ticket).await;
    let text = String::from_utf8_lossy(&tool("pdftotext", &[&p, "-"])).into_owned();
    assert!(text.contains(s(&ticket, "number")) && text.contains("八幡西区役所"), "{text}");
    // The catalog's Nepali words, in reading order.
    for nepali in ["तपाईंको नम्बर", "कृपया ल्याउनुहोस्", "फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस्"] {
        assert!(text.contains(nepali), "{nepali:?} not in {text}");
    }
    let (rows, fonts) = font_rows(&p);
    assert_eq!(rows.len(), 2, "the CJK font and Noto Sans Devanagari: {fonts}");
    assert!(rows.iter().all(|f| f.embedded && f.subset), "embedded and subset: {fonts}");
    assert!(rows.iter().any(|f| f.name.contains("Devanagari")), "{fonts}");
    app.stop().await;
}

#[tokio::test]
async fn the_largest_chinese_pdf_stays_within_30_kb_with_its_text_in_an_embedded_subset_font() {
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    // National Health Insurance benefits: the catalog's most distinct hanzi and kanji on one ticket.
    let body = serde_json::json!({"service": "nhi-benefits", "lang": "zh-Hans"});
    let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base)).bearer_auth(&kiosk).json(&body)).await;
    let ticket = r.expect(201).clone();
    let (_dir, p) = fetch_pdf(&app, &kiosk, &ticket).await;
    let text = String::from_utf8_lossy(&tool("pdftotext", &[&p, "-"])).into_owned();
    for expected in [s(&ticket, "number"), "您的号码", "请携带", "扫码用手机查看排队进度", "国民健康保険の給付"] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    let (rows, fonts) = font_rows(&p);
    assert_eq!(rows.len(), 1, "{fonts}");
    assert!(rows[0].embedded && rows[0].subset && rows[0].unicode, "embedded, subset, ToUnicode: {fonts}");
    app.stop().await;
}

#[tokio::test]
async fn escpos_is_well_formed_with_init_qr_and_cut() {
    let app = spawn_app().await;
    let staff = app.staff("yahatanishi");
    let ticket = issue(&app, &staff, "ja").await;
    for query in ["", "?width=58&text=ascii"] {
        let r = within("escpos", app.client.get(format!("{}/api/v1/tickets/{}/ticket.escpos{query}", app.base, s(&ticket, "id"))).bearer_auth(&staff).send())
            .await
            .expect("escpos");
        assert_eq!(r.status(), 200);
        let bytes = r.bytes().await.expect("body");
        let cmds = print::escpos::parse(&bytes).expect("well formed");
        assert_eq!(cmds.first(), Some(&print::escpos::Command::Init));
        assert!(matches!(cmds.last(), Some(print::escpos::Command::Cut(..))));
        assert!(cmds.contains(&print::escpos::Command::QrStore(s(&ticket, "status_url").as_bytes().to_vec())));
        assert!(cmds.contains(&print::escpos::Command::Text(s(&ticket, "number").to_owned())));
    }
    let bad = send(app.client.get(format!("{}/api/v1/tickets/{}/ticket.escpos?width=70", app.base, s(&ticket, "id"))).bearer_auth(&staff)).await;
    assert_eq!(bad.expect_error(400), "bad_request");
    app.stop().await;
}

/// The `GS v 0` images of parsed ESC/POS: (width in bytes, height, data).
fn raster_blocks(cmds: &[print::escpos::Command]) -> Vec<(usize, usize, &[u8])> {
    cmds.iter()
        .filter_map(|c| match c {
            print::escpos::Command::Raster { width_bytes, height, data } => Some((usize::from(*width_bytes), usize::from(*height), data.as_slice())),
            _ => None,
        })
        .collect()
}

#[tokio::test]
async fn escpos_raster_draws_japanese_and_nepali_as_images_of_the_paper_width() {
    use print::escpos::Command;
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    for lang in ["ja", "ne"] {
        let ticket = issue(&app, &kiosk, lang).await;
        for (query, bytes_across) in [("?text=raster", 72), ("?width=58&text=raster", 48)] {
            let url = format!("{}/api/v1/tickets/{}/ticket.escpos{query}", app.base, s(&ticket, "id"));
            let r = within("escpos raster", app.client.get(url).bearer_auth(&kiosk).send()).await.expect("escpos");
            assert_eq!(r.status(), 200);
            let bytes = r.bytes().await.expect("body");
            let cmds = print::escpos::parse(&bytes).expect("well formed");
            assert_eq!(cmds.first(), Some(&Command::Init));
            assert!(matches!(cmds.last(), Some(Command::Cut(..))));
            assert!(!cmds.contains(&Command::SelectShiftJis));
            assert!(cmds.contains(&Command::QrStore(s(&ticket, "status_url").as_bytes().to_vec())));
            assert!(cmds.contains(&Command::Text(s(&ticket, "number").to_owned())), "the number stays native text");
            // Only ASCII is sent as text; the office, section, service and labels are images.
            assert!(cmds.iter().all(|c| !matches!(c, Command::Text(t) if !t.is_ascii())));
            let blocks = raster_blocks(&cmds);
            assert!(blocks.len() >= 3, "{lang}{query}: {} images", blocks.len());
            let mut ink = 0;
            for (w, h, data) in &blocks {
                assert_eq!(*w, bytes_across, "{lang}{query}");
                assert!(*h > 0 && *h <= print::escpos::MAX_BAND_ROWS);
                assert_eq!(data.len(), w * h);
                ink += data.iter().map(|b| b.count_ones() as usize).sum::<usize>();
            }
            assert!(ink > 2000, "{lang}{query}: {ink} black dots");
        }
    }
    let ticket = issue(&app, &kiosk, "ja").await;
    let bad = send(app.client.get(format!("{}/api/v1/tickets/{}/ticket.escpos?text=kanji", app.base, s(&ticket, "id"))).bearer_auth(&kiosk)).await;
    assert_eq!(bad.expect_error(400), "bad_request");
    app.stop().await;
}

#[tokio::test]
async fn escpos_shift_jis_draws_what_shift_jis_lacks_and_never_sends_html_escapes() {
    use print::escpos::Command;
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let ticket = issue(&app, &kiosk, "vi").await;
    let url = format!("{}/api/v1/tickets/{}/ticket.escpos?text=shift_jis", app.base, s(&ticket, "id"));
    let r = within("escpos shift_jis", app.client.get(url).bearer_auth(&kiosk).send()).await.expect("escpos");
    assert_eq!(r.status(), 200);
    let bytes = r.bytes().await.expect("body");
    let cmds = print::escpos::parse(&bytes).expect("well formed");
    assert!(cmds.contains(&Command::SelectShiftJis));
    assert!(cmds.contains(&Command::QrStore(s(&ticket, "status_url").as_bytes().to_vec())));
    let texts: Vec<&str> = cmds.iter().filter_map(|c| if let Command::Text(t) = c { Some(t.as_str()) } else { None }).collect();
    // Japanese in the printer's Kanji mode; the number as text.
    assert!(texts.contains(&"八幡西区役所") && texts.iter().any(|t| t.contains("転入届")), "{texts:?}");
    assert!(texts.contains(&s(&ticket, "number")), "{texts:?}");
    // The Vietnamese lines ("Số của bạn", …) are images of the paper's width, not escapes or '?'.
    let blocks = raster_blocks(&cmds);
    assert!(!blocks.is_empty(), "{texts:?}");
    assert!(blocks.iter().all(|(w, h, _)| *w == 72 && *h > 0 && *h <= print::escpos::MAX_BAND_ROWS));
    assert!(texts.iter().all(|t| !t.contains("&#") && !t.contains('?') && !t.contains("Số")), "{texts:?}");
    let escapes = |b: &[u8]| b.windows(2).filter(|w| *w == b"&#").count();
    assert_eq!(escapes(&bytes), blocks.iter().map(|(_, _, data)| escapes(data)).sum::<usize>(), "no &# outside the images");
    app.stop().await;
}

#[tokio::test]
async fn a_raster_printer_gets_images() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let addr = listener.local_addr().expect("addr").to_string();
    let printer = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().expect("accept");
        let mut got = Vec::new();
        let _ = s.read_to_end(&mut got);
        got
    });
    let text = madoguchi_server::settings::BUILT_IN;
    let second_office = text.match_indices("\n[[offices]]").nth(1).map(|(i, _)| i).expect("a second office");
    let printers = format!("\n[[offices.printers]]\nid = \"kiosk-1f\"\ntarget = \"tcp://{addr}\"\nwidth = 58\ntext = \"raster\"\n");
    let config = queue_core::WardConfig::parse(&format!("{}{printers}{}", &text[..second_office], &text[second_office..])).expect("config");
    let app = spawn_app_configured(Arc::new(tempfile::TempDir::new().expect("tempdir")), Arc::new(queue_core::SystemClock), config).await;
    let kiosk = app.kiosk("yahatanishi");
    let ticket = issue(&app, &kiosk, "ja").await;
    let ok = send(app.client.post(format!("{}/api/v1/tickets/{}/print", app.base, s(&ticket, "id"))).bearer_auth(&kiosk).json(&serde_json::json!({"printer": "kiosk-1f"}))).await;
    assert_eq!(ok.expect(200)["printed"], true);
    let bytes = printer.join().expect("printer thread");
    let cmds = print::escpos::parse(&bytes[3..]).expect("well formed");
    let blocks = raster_blocks(&cmds);
    assert!(!blocks.is_empty() && blocks.iter().all(|(w, _, _)| *w == 48), "58 mm images");
    assert!(cmds.contains(&print::escpos::Command::QrStore(s(&ticket, "status_url").as_bytes().to_vec())));
    app.stop().await;
}

#[tokio::test]
async fn the_display_role_cannot_print_and_unknown_tickets_are_404() {
    let app = spawn_app().await;
    let ticket = issue(&app, &app.admin(), "ja").await;
    let display = app.display("yahatanishi");
    let r = send(app.client.get(format!("{}/api/v1/tickets/{}/ticket.pdf", app.base, s(&ticket, "id"))).bearer_auth(&display)).await;
    assert_eq!(r.expect_error(403), "forbidden");
    let other_kiosk = app.kiosk("orio");
    let r = send(app.client.get(format!("{}/api/v1/tickets/{}/ticket.pdf", app.base, s(&ticket, "id"))).bearer_auth(&other_kiosk)).await;
    assert_eq!(r.expect_error(403), "forbidden");
    let r = send(app.client.get(format!("{}/api/v1/tickets/nope/ticket.pdf", app.base)).bearer_auth(app.admin())).await;
    assert_eq!(r.expect_error(404), "ticket_not_found");
    app.stop().await;
}

/// The built-in ward with two printers at the main office: one real TCP
/// listener of the test's, one address where nothing listens.
fn config_with_printers(live: &str, dead: &str) -> queue_core::WardConfig {
    let text = madoguchi_server::settings::BUILT_IN;
    let second_office = text.match_indices("\n[[offices]]").nth(1).map(|(i, _)| i).expect("a second office");
    let printers = format!(
        "\n[[offices.printers]]\nid = \"kiosk-1f\"\ntarget = \"tcp://{live}\"\n\n[[offices.printers]]\nid = \"kiosk-2f\"\ntarget = \"tcp://{dead}\"\nwidth = 58\n"
    );
    let text = format!("{}{printers}{}", &text[..second_office], &text[second_office..]);
    queue_core::WardConfig::parse(&text).expect("config with printers")
}

#[tokio::test]
async fn printing_reaches_the_printer_and_an_offline_printer_alerts_the_desks() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
    let live = listener.local_addr().expect("addr").to_string();
    let dead = {
        let l = std::net::TcpListener::bind("127.0.0.1:0").expect("bind");
        l.local_addr().expect("addr").to_string()
    };
    let printer = std::thread::spawn(move || {
        let (mut s, _) = listener.accept().expect("accept");
        let mut got = Vec::new();
        let _ = s.read_to_end(&mut got);
        got
    });
    let app = spawn_app_configured(Arc::new(tempfile::TempDir::new().expect("tempdir")), Arc::new(queue_core::SystemClock), config_with_printers(&live, &dead)).await;
    let kiosk = app.kiosk("yahatanishi");
    let ticket = issue(&app, &kiosk, "en").await;
    let id = s(&ticket, "id").to_owned();

    let ok = send(app.client.post(format!("{}/api/v1/tickets/{id}/print", app.base)).bearer_auth(&kiosk).json(&serde_json::json!({"printer": "kiosk-1f"}))).await;
    assert_eq!(ok.expect(200)["printed"], true);
    let bytes = printer.join().expect("printer thread");
    // The paper sensor is asked first, then the ticket follows.
    let cmds = print::escpos::parse(&bytes[3..]).expect("well formed");
    assert!(cmds.contains(&print::escpos::Command::QrStore(s(&ticket, "status_url").as_bytes().to_vec())));

    let display = app.display("yahatanishi");
    let mut ws = ws_connect(&format!("ws://{}/ws/office/yahatanishi", app.addr), Some(&display)).await;
    let snapshot = ws_json(&mut ws).await;
    let seq = snapshot["seq"].as_u64().expect("seq");
    let failed = send(app.client.post(format!("{}/api/v1/tickets/{id}/print", app.base)).bearer_auth(&kiosk).json(&serde_json::json!({"printer": "kiosk-2f"}))).await;
    assert_eq!(failed.expect_error(503), "printer_unavailable");
    let event = ws_json(&mut ws).await;
    assert_eq!(event["type"], "printer.attention");
    assert_eq!(event["seq"].as_u64(), Some(seq + 1));
    assert_eq!(event["printer"], "kiosk-2f");
    // The ticket itself was not harmed: it still waits.
    let still = send(app.client.get(format!("{}/api/v1/tickets/{id}", app.base)).bearer_auth(app.staff("yahatanishi"))).await;
    assert_eq!(still.expect(200)["status"], "waiting");
    let unknown = send(app.client.post(format!("{}/api/v1/tickets/{id}/print", app.base)).bearer_auth(&kiosk).json(&serde_json::json!({"printer": "nope"}))).await;
    assert_eq!(unknown.expect_error(404), "unknown_printer");
    app.stop().await;
}

/// Every service of the main office in nine languages: each ticket's PDF
/// stays within 30 KB. It also prints the figures of the catalog table in
/// docs/benchmarks.md (about 400 PDFs, half a minute in a debug build):
///
/// ```text
/// cargo test -p madoguchi-server --test print -- --nocapture catalog
/// MADOGUCHI_PDF_DIR=/tmp/pdfs cargo test …   # and keep the PDFs
/// ```
#[tokio::test]
async fn catalog_pdf_sizes() {
    const LANGS: [&str; 9] = ["en", "pt", "tl", "id", "ja", "vi", "ne", "ko", "zh-Hans"];
    let app = spawn_app().await;
    let kiosk = app.kiosk("yahatanishi");
    let services = send(app.client.get(format!("{}/api/v1/offices/yahatanishi/services", app.base))).await;
    let ids: Vec<String> = services.expect(200).as_array().expect("a list").iter().map(|s| s["id"].as_str().expect("id").to_owned()).collect();
    let keep = std::env::var_os("MADOGUCHI_PDF_DIR").map(std::path::PathBuf::from);
    let mut over = Vec::new();
    for lang in LANGS {
        let mut sizes = Vec::new();
        for service in &ids {
            let body = serde_json::json!({"service": service, "lang": lang});
            let r = send(app.client.post(format!("{}/api/v1/offices/yahatanishi/tickets", app.base)).bearer_auth(&kiosk).json(&body)).await;
            let ticket = r.expect(201).clone();
            let r = within("pdf", app.client.get(format!("{}/api/v1/tickets/{}/ticket.pdf", app.base, s(&ticket, "id"))).bearer_auth(&kiosk).send())
                .await
                .expect("pdf");
            assert_eq!(r.status(), 200);
            let pdf = r.bytes().await.expect("body");
            if let Some(dir) = &keep {
                std::fs::create_dir_all(dir).expect("PDF directory");
                std::fs::write(dir.join(format!("{lang}-{service}.pdf")), &pdf).expect("write");
            }
            if pdf.len() > 30 * 1024 {
                over.push(format!("{lang} {service}: {} bytes", pdf.len()));
            }
            sizes.push((pdf.len(), service.clone()));
        }
        sizes.sort();
        let kb = |b: usize| b as f64 / 1024.0;
        let (largest, which) = sizes.last().expect("services");
        println!(
            "{lang}: {} tickets, median {:.1} KB, largest {:.1} KB ({which}), over 30 KB: {}",
            sizes.len(),
            kb(sizes[sizes.len() / 2].0),
            kb(*largest),
            sizes.iter().filter(|(b, _)| *b > 30 * 1024).count()
        );
    }
    app.stop().await;
    assert!(over.is_empty(), "over 30 KB:\n{}", over.join("\n"));
}
