//! The PDF checked by real PDF tools (poppler) and its QR code decoded by a
//! real decoder (rqrr), as a resident's phone would.

use super::*;
use crate::sample;
use std::process::Command;

fn font() -> CjkFont {
    CjkFont::discover(None).expect("a CJK font (scripts/install-test-deps installs fonts-ipaexfont-gothic / fonts-noto-cjk)")
}

fn tool(name: &str, args: &[&str]) -> String {
    let out = Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name} must be installed (poppler-utils): {e}"));
    assert!(out.status.success(), "{name} {args:?}: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

fn write(pdf: &[u8]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("ticket.pdf");
    std::fs::write(&path, pdf).expect("write");
    let p = path.display().to_string();
    (dir, p)
}

#[test]
fn the_text_is_extractable_and_the_font_embedded_and_subset() {
    let t = sample::ticket();
    let pdf = render(&t, Some(&font()), Paper::Receipt80).expect("render");
    assert!(pdf.len() <= 30 * 1024, "ticket is {} bytes", pdf.len());
    let (_dir, path) = write(&pdf);
    let text = tool("pdftotext", &[&path, "-"]);
    for expected in ["A-012", "八幡西区役所", "市民課", "転入届", "Moving-in notification", "転出証明書"] {
        assert!(text.contains(expected), "{expected:?} not in {text}");
    }
    assert_eq!(fonts_embedded_and_subset(&path).len(), 1, "one font: the CJK one");
}

/// The fonts `pdffonts` lists, each checked to be embedded and subset.
fn fonts_embedded_and_subset(path: &str) -> Vec<String> {
    let fonts = tool("pdffonts", &[path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    rows.iter()
        .map(|row| {
            let cols: Vec<&str> = row.split_whitespace().collect();
            // name type encoding emb sub uni object ID
            let n = cols.len();
            assert!(cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+', "subset fonts are named ABCDEF+Name: {row}");
            assert_eq!((cols[n - 5], cols[n - 4], cols[n - 3]), ("yes", "yes", "yes"), "embedded, subset, with a ToUnicode map: {row}");
            cols[0].to_owned()
        })
        .collect()
}

fn has_fallback_for(c: char) -> bool {
    crate::font::fallbacks().iter().any(|fb| rustybuzz::Face::from_slice(fb.bytes(), 0).is_some_and(|f| f.glyph_index(c).is_some()))
}

#[test]
fn nepali_lines_are_shaped_text_in_a_second_subset_font() {
    let t = sample::nepali_ticket();
    let pdf = render(&t, Some(&font()), Paper::Receipt80).expect("render");
    assert!(pdf.len() <= 30 * 1024, "ticket is {} bytes", pdf.len());
    let (_dir, path) = write(&pdf);
    let text = tool("pdftotext", &[&path, "-"]);
    let fonts = fonts_embedded_and_subset(&path);
    for japanese in ["八幡西区役所", "転入届", "転出証明書", "A-012"] {
        assert!(text.contains(japanese), "{japanese:?} not in {text}");
    }
    if !has_fallback_for('न') {
        // No Devanagari font (fonts-noto-core): the Nepali lines are left
        // out and the labels fall back to English.
        assert!(text.contains("Your number") && !text.contains('न'), "{text}");
        return;
    }
    // Extracted in reading order (from /ActualText), though ि is drawn before its consonant.
    for nepali in [
        "यहातानिशी वडा कार्यालय",
        "नागरिक मामिला शाखा",
        "तपाईंको नम्बर",
        "पहिलो तल्ला, काउन्टर १–३",
        "तपाईंभन्दा अगाडि: 3 जना",
        "अनुमानित प्रतीक्षा: करिब 25 मिनेट",
        "कृपया ल्याउनुहोस्",
        "・निवास कार्ड वा राहदानी",
        "फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस्",
    ] {
        assert!(text.contains(nepali), "{nepali:?} not in {text}");
    }
    assert!(!text.contains("Your number"), "the Nepali label, not the English one: {text}");
    assert_eq!(fonts.len(), 2, "{fonts:?}");
    assert!(fonts.iter().any(|f| f.contains("Devanagari")), "{fonts:?}");
}

#[test]
fn devanagari_is_laid_out_in_visual_order_with_conjuncts() {
    let f = font();
    if !has_fallback_for('क') {
        return;
    }
    let laid = f
        .with_pdf_shaper(|shaper| {
            let setter = Setter { face: Face::Cjk(&f), shaper: Some(shaper), inner: 200.0 };
            let glyphs = |text: &str| match setter.lines(text, 10.0).expect("printable").as_slice() {
                [Content::Shaped { glyphs, width, .. }] => {
                    assert!(*width > 0.0);
                    glyphs.iter().map(|g| (g.placed, g.unicode.clone())).collect::<Vec<_>>()
                }
                _ => panic!("{text} is one shaped line"),
            };
            (glyphs("कि"), glyphs("म्ब"), glyphs("नेपाली"))
        })
        .expect("the font shapes");
    let (ki, mba, nepali) = laid;
    // ि is written after क and drawn before it, left of it.
    assert_eq!(ki.len(), 2);
    assert_eq!((ki[0].1.as_str(), ki[1].1.as_str()), ("ि", "क"));
    assert!(ki[0].0.x < ki[1].0.x);
    // म्ब is a conjunct: no visible virama.
    assert!(mba.iter().all(|(_, u)| u != "्"), "{mba:?}");
    // Left to right, each glyph at or after the one before it.
    assert!(nepali.windows(2).all(|w| w[0].0.x <= w[1].0.x), "{nepali:?}");
}

#[test]
fn vietnamese_prints_with_ipaex_through_the_latin_fallback() {
    let Some(ipaex) = crate::font::CANDIDATES.iter().map(|(p, _)| std::path::Path::new(p)).find(|p| p.exists() && p.ends_with("ipaexg.ttf")) else {
        return;
    };
    let ipaex = CjkFont::load(ipaex, 0).expect("IPAex Gothic loads");
    let t = sample::vietnamese_ticket();
    assert!(!ipaex.covers("Giấy"), "IPAex has no Vietnamese letters");
    let pdf = render(&t, Some(&ipaex), Paper::Receipt80).expect("render");
    assert!(pdf.len() <= 30 * 1024, "ticket is {} bytes", pdf.len());
    let (_dir, path) = write(&pdf);
    let text = tool("pdftotext", &[&path, "-"]);
    assert!(text.contains("八幡西区役所") && text.contains("転出証明書"), "{text}");
    let fonts = fonts_embedded_and_subset(&path);
    if has_fallback_for('ấ') {
        let lines = ["Văn phòng quận Yahatanishi", "Số của bạn", "Giấy chứng nhận chuyển đi", "Thời gian chờ dự kiến: khoảng 25 phút"];
        for vietnamese in lines {
            assert!(text.contains(vietnamese), "{vietnamese:?} not in {text}");
        }
        assert_eq!(fonts.len(), 2, "{fonts:?}");
    }
}

#[test]
fn long_chinese_and_korean_tickets_stay_within_30_kb_as_text_in_one_subset_font() {
    let font = font();
    for (t, lines) in [
        (
            sample::chinese_ticket(),
            [
                "您的号码",
                "前面等候人数：42",
                "预计等候：约246分钟",
                "・用于接收款项的银行账户信息",
                "・医院的收据（高额疗养费、生育）",
                "扫码用手机查看排队进度",
            ],
        ),
        (
            sample::korean_ticket(),
            ["접수 번호", "앞에서 기다리는 분: 35명", "예상 대기 시간: 약 204분", "지참하실 것", "1층, Counter 10", "휴대폰으로 순서를 확인하세요"],
        ),
    ] {
        if !font.covers(&lines.concat()) {
            continue; // IPAex Gothic has no hangul and few simplified hanzi
        }
        let pdf = render(&t, Some(&font), Paper::Receipt80).expect("render");
        assert!(pdf.len() <= 30 * 1024, "{} ticket is {} bytes", t.labels.number, pdf.len());
        let (_dir, path) = write(&pdf);
        let text = tool("pdftotext", &[&path, "-"]);
        for expected in lines.iter().chain(&["八幡西区役所", "国保年金課", "K-0", "・本人確認書類（マイナンバーカード"]) {
            assert!(text.contains(expected), "{expected:?} not in {text}");
        }
        assert_eq!(fonts_embedded_and_subset(&path).len(), 1, "one font: the CJK one");
    }
}

#[test]
fn the_qr_code_decodes_to_the_status_url() {
    for t in [sample::ticket(), sample::nepali_ticket(), sample::chinese_ticket()] {
        let pdf = render(&t, Some(&font()), Paper::Receipt80).expect("render");
        let (dir, path) = write(&pdf);
        let prefix = dir.path().join("page").display().to_string();
        tool("pdftoppm", &["-gray", "-r", "200", "-singlefile", &path, &prefix]);
        let pgm = std::fs::read(format!("{prefix}.pgm")).expect("pgm");
        let (w, h, pixels) = parse_pgm(&pgm);
        let mut img = rqrr::PreparedImage::prepare_from_greyscale(w, h, |x, y| pixels[y * w + x]);
        let grids = img.detect_grids();
        assert_eq!(grids.len(), 1, "one QR code on the ticket");
        let (_, content) = grids[0].decode().expect("decodes");
        assert_eq!(content, t.status_url);
    }
}

#[test]
fn a6_and_long_texts_render() {
    let mut t = sample::ticket();
    let pdf = render(&t, Some(&font()), Paper::A6).expect("render");
    let (_dir, path) = write(&pdf);
    let info = tool("pdfinfo", &[&path]);
    assert!(info.contains("297.638 x 419.528"), "A6 is 105 × 148 mm: {info}");

    t.bring_local = vec!["A very long line of guidance that certainly does not fit on one line of an eighty millimetre receipt".into(); 3];
    let pdf = render(&t, Some(&font()), Paper::Receipt80).expect("render");
    let (_dir, path) = write(&pdf);
    let text = tool("pdftotext", &[&path, "-"]);
    assert!(text.contains("eighty"), "{text}");
}

#[test]
fn wrapping_keeps_lines_inside_the_width() {
    let f = font();
    for line in wrap(Face::Cjk(&f), "在留カードまたはパスポート、前住所地の転出証明書、マイナンバーカードをお持ちください", 10.0, 150.0) {
        assert!(f.width(&line, 10.0) <= 150.0, "{line}");
    }
}

/// Reads a binary PGM (P5) as written by pdftoppm.
fn parse_pgm(bytes: &[u8]) -> (usize, usize, Vec<u8>) {
    let mut fields = Vec::new();
    let mut i = 0;
    while fields.len() < 4 {
        while bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        if bytes[i] == b'#' {
            while bytes[i] != b'\n' {
                i += 1;
            }
            continue;
        }
        let start = i;
        while !bytes[i].is_ascii_whitespace() {
            i += 1;
        }
        fields.push(String::from_utf8_lossy(&bytes[start..i]).into_owned());
    }
    assert_eq!(fields[0], "P5");
    let w: usize = fields[1].parse().expect("width");
    let h: usize = fields[2].parse().expect("height");
    (w, h, bytes[i + 1..i + 1 + w * h].to_vec())
}

#[test]
fn without_a_cjk_font_the_ascii_lines_still_print() {
    let t = sample::ticket();
    let pdf = render(&t, None, Paper::Receipt80).expect("render");
    let (_dir, path) = write(&pdf);
    let text = tool("pdftotext", &[&path, "-"]);
    assert!(text.contains("A-012") && text.contains("Your number"), "{text}");
}

#[test]
fn our_glyph_table_agrees_with_printpdfs_cmap() {
    let f = font();
    let sample = "受付番号在留カードまたはパスポート、前住所地の転出証明書국민건강보험加入手续 ・- Your number 0123 ÀÉđươ";
    let chars = sample.chars().chain((0x20u32..0x3_0000).step_by(97).filter_map(char::from_u32));
    for c in chars {
        let ours = f.glyphs().glyph(c);
        assert_eq!(ours, f.parsed.lookup_glyph_index(c as u32).filter(|g| *g != 0), "glyph of {c:?}");
        if let Some(g) = ours {
            assert_eq!(f.glyphs().advance(g), f.parsed.get_horizontal_advance(g), "advance of {c:?}");
        }
    }
}
