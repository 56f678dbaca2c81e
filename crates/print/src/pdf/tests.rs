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
    let fonts = tool("pdffonts", &[&path]);
    let rows: Vec<&str> = fonts.lines().skip(2).collect();
    assert!(!rows.is_empty(), "{fonts}");
    for row in rows {
        let cols: Vec<&str> = row.split_whitespace().collect();
        // name type encoding emb sub uni object ID
        let n = cols.len();
        assert!(cols[0].len() > 7 && cols[0].as_bytes()[6] == b'+', "subset fonts are named ABCDEF+Name: {row}");
        assert_eq!((cols[n - 5], cols[n - 4]), ("yes", "yes"), "embedded and subset: {row}");
    }
}

#[test]
fn the_qr_code_decodes_to_the_status_url() {
    let t = sample::ticket();
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
