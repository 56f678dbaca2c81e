//! The congestion calendar of a month as a printable PDF for the notice
//! board: an A4 landscape grid where each day shows its level as a symbol,
//! a word and a grey shade with hatching — readable in black and white.
//! Its text is set as on tickets ([`crate::pdf`]): the CJK font as glyph
//! ids, and what that font lacks (Nepali) shaped in a fallback font.

use crate::escpos::raster::TextRaster;
use crate::pdf::{Content, Face, Fonts, Setter};
use crate::{CjkFont, PrintError};
use printpdf::{Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfPage, Point, Pt, Rect};

/// One day cell.
#[derive(Debug, Clone, PartialEq)]
pub struct DayCell {
    pub day: u8,
    /// `None` when the office is closed.
    pub level: Option<u8>,
    /// The level's word, or "closed".
    pub word: String,
    /// The quietest hours, `10:00 15:00`.
    pub hours: String,
    pub holiday: Option<String>,
}

/// A month to print.
#[derive(Debug, Clone, PartialEq)]
pub struct MonthSheet {
    pub title: String,
    pub subtitle: String,
    /// Monday first.
    pub weekdays: [String; 7],
    /// 42 cells, Monday first; `None` outside the month.
    pub cells: Vec<Option<DayCell>>,
    /// (level, word) for the legend.
    pub legend: Vec<(u8, String)>,
    pub note: String,
}

/// The symbol of a level, as on Japanese congestion calendars.
pub fn marker(level: u8) -> &'static str {
    match level {
        1 => "◎",
        2 => "○",
        3 => "△",
        4 => "▲",
        _ => "×",
    }
}

fn shade(level: u8) -> f32 {
    // Greyscale "percent" is lightness here: 1.0 white.
    match level {
        1 => 1.0,
        2 => 0.96,
        3 => 0.91,
        4 => 0.84,
        _ => 0.76,
    }
}

/// Renders the month. Text is real text in `font`, subsetted; what it has
/// no glyphs for (Nepali, Burmese) is shaped and set in the fallback fonts,
/// as on tickets; with no CJK font only ASCII is printed.
pub fn render(sheet: &MonthSheet, font: Option<&CjkFont>) -> Result<Vec<u8>, PrintError> {
    crate::pdf::with_faces(font, texts(sheet), |face, shaper| render_with(sheet, face, shaper))
}

/// Every piece of text the sheet prints.
fn texts(sheet: &MonthSheet) -> impl Iterator<Item = &str> {
    [&sheet.title, &sheet.subtitle, &sheet.note]
        .into_iter()
        .chain(&sheet.weekdays)
        .chain(sheet.legend.iter().map(|(_, word)| word))
        .chain(sheet.cells.iter().flatten().flat_map(|c| [Some(&c.word), c.holiday.as_ref()].into_iter().flatten()))
        .map(String::as_str)
}

fn render_with(sheet: &MonthSheet, face: Face<'_>, shaper: Option<&TextRaster<'_>>) -> Result<Vec<u8>, PrintError> {
    let (w, h) = (Pt::from(Mm(297.0)).0, Pt::from(Mm(210.0)).0);
    let margin = Pt::from(Mm(12.0)).0;
    // Every text on one line: a calendar cell is sized for its words.
    let setter = Setter { face, shaper, inner: f32::INFINITY };
    // `text` as one line, shaped where the face lacks it; only its ASCII
    // when no font has it.
    let line = |text: &str, size: f32| -> Content {
        match setter.lines(text, size).and_then(|lines| lines.into_iter().next()) {
            Some(content) => content,
            None => Content::Text(text.chars().filter(char::is_ascii).collect()),
        }
    };
    // Texts to draw, as (content, size, x, y), and the shapes under them.
    let mut placed: Vec<(Content, f32, f32, f32)> = Vec::new();
    let mut shapes: Vec<Op> = Vec::new();
    let mut y = h - margin - 18.0;
    placed.push((line(&sheet.title, 18.0), 18.0, margin, y));
    y -= 16.0;
    placed.push((line(&sheet.subtitle, 10.0), 10.0, margin, y));
    // Legend.
    y -= 18.0;
    let mut x = margin;
    for (level, word) in &sheet.legend {
        let label = line(&format!("{} {word}", marker(*level)), 10.0);
        let lw = setter.width(&label, 10.0) + 16.0;
        cell_background(&mut shapes, x, y - 4.0, lw, 16.0, Some(*level));
        placed.push((label, 10.0, x + 6.0, y));
        x += lw + 6.0;
    }
    // Grid.
    let top = y - 14.0;
    let bottom = margin + 16.0;
    let grid_w = w - 2.0 * margin;
    let col_w = grid_w / 7.0;
    let head_h = 16.0;
    let row_h = (top - head_h - bottom) / 6.0;
    for (i, wd) in sheet.weekdays.iter().enumerate() {
        placed.push((line(wd, 10.0), 10.0, margin + i as f32 * col_w + 4.0, top - 12.0));
    }
    for (i, cell) in sheet.cells.iter().enumerate().take(42) {
        let (r, c) = (i / 7, i % 7);
        let cx = margin + c as f32 * col_w;
        let cy = top - head_h - (r + 1) as f32 * row_h;
        if let Some(cell) = cell {
            cell_background(&mut shapes, cx, cy, col_w, row_h, cell.level);
            placed.push((line(&cell.day.to_string(), 12.0), 12.0, cx + 4.0, cy + row_h - 14.0));
            let label = match cell.level {
                Some(l) => format!("{} {}", marker(l), cell.word),
                None => cell.word.clone(),
            };
            placed.push((line(&label, 10.0), 10.0, cx + 4.0, cy + row_h - 30.0));
            if !cell.hours.is_empty() {
                placed.push((line(&cell.hours, 8.0), 8.0, cx + 4.0, cy + row_h - 44.0));
            }
            if let Some(hd) = &cell.holiday {
                placed.push((line(hd, 8.0), 8.0, cx + 4.0, cy + 5.0));
            }
        }
        outline(&mut shapes, cx, cy, col_w, row_h);
    }
    placed.push((line(&sheet.note, 8.0), 8.0, margin, margin));

    let mut doc = PdfDocument::new(&sheet.title);
    let fonts = Fonts::add(&mut doc, face, shaper, placed.iter().map(|(content, ..)| content));
    let mut ops = shapes;
    ops.push(Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.0, None)) });
    for (content, size, x, y) in &placed {
        fonts.show(&mut ops, content, *size, *x, *y);
    }
    let page = PdfPage::new(Mm(297.0), Mm(210.0), ops);
    crate::pdf::save(doc.with_pages(vec![page]), face)
}

/// The level's grey, with diagonal hatching for busy and very busy days.
fn cell_background(ops: &mut Vec<Op>, x: f32, y: f32, w: f32, h: f32, level: Option<u8>) {
    let grey = level.map_or(0.9, shade);
    ops.push(Op::SetFillColor { col: Color::Greyscale(Greyscale::new(grey, None)) });
    let mut r = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
    r.mode = Some(PaintMode::Fill);
    ops.push(Op::DrawRectangle { rectangle: r });
    let spacing = match level {
        Some(4) => Some(8.0),
        Some(5) => Some(4.5),
        _ => None,
    };
    if let Some(step) = spacing {
        ops.push(Op::SetOutlineColor { col: Color::Greyscale(Greyscale::new(0.55, None)) });
        ops.push(Op::SetOutlineThickness { pt: Pt(0.4) });
        let mut d = step;
        while d < w + h {
            // A line from the bottom edge (or left edge) up to the right at 45°.
            let (x0, y0) = if d <= w { (x + d, y) } else { (x + w, y + d - w) };
            let (x1, y1) = if d <= h { (x, y + d) } else { (x + d - h, y + h) };
            ops.push(Op::DrawLine {
                line: Line {
                    points: vec![
                        LinePoint { p: Point { x: Pt(x0), y: Pt(y0) }, bezier: false },
                        LinePoint { p: Point { x: Pt(x1), y: Pt(y1) }, bezier: false },
                    ],
                    is_closed: false,
                },
            });
            d += step;
        }
    }
}

fn outline(ops: &mut Vec<Op>, x: f32, y: f32, w: f32, h: f32) {
    ops.push(Op::SetOutlineColor { col: Color::Greyscale(Greyscale::new(0.3, None)) });
    ops.push(Op::SetOutlineThickness { pt: Pt(0.6) });
    let mut r = Rect::from_xywh(Pt(x), Pt(y), Pt(w), Pt(h));
    r.mode = Some(PaintMode::Stroke);
    ops.push(Op::DrawRectangle { rectangle: r });
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pdf_tool(name: &str, args: &[&str]) -> String {
        let out = std::process::Command::new(name).args(args).output().unwrap_or_else(|e| panic!("{name}: {e}"));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// April 2027 (Thursday the 1st) with the level `words`, weekends
    /// `closed`, 昭和の日 on the 29th; rendered and read back by pdftotext
    /// with `text_args`. (The file, for other poppler tools, and the text.)
    fn april(words: [&str; 5], closed: &str, sheet: impl FnOnce(Vec<Option<DayCell>>) -> MonthSheet, text_args: &[&str]) -> (tempfile::TempDir, String, String) {
        let font = CjkFont::discover(None).expect("a CJK font");
        let mut cells: Vec<Option<DayCell>> = vec![None; 42];
        for d in 1..=30u8 {
            let level = if d % 7 == 6 || d % 7 == 0 { None } else { Some(d % 5 + 1) };
            cells[usize::from(d) + 2] = Some(DayCell {
                day: d,
                level,
                word: level.map_or(closed.into(), |l| words[usize::from(l) - 1].into()),
                hours: "10:00 15:00".into(),
                holiday: (d == 29).then(|| "昭和の日".into()),
            });
        }
        let pdf = render(&sheet(cells), Some(&font)).expect("render");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("cal.pdf").to_str().expect("utf-8").to_owned();
        std::fs::write(&path, &pdf).expect("write");
        let text = pdf_tool("pdftotext", &[text_args, &[path.as_str(), "-"]].concat());
        (dir, path, text)
    }

    #[test]
    fn a_nepali_month_keeps_its_words_as_shaped_text() {
        let words = ["खाली", "अलि खाली", "सामान्य", "भीड", "धेरै भीड"];
        let (_dir, path, text) = april(
            words,
            "बन्द",
            |cells| MonthSheet {
                title: "यहातानिशी वडा कार्यालय: भीडको पूर्वानुमान पात्रो अप्रिल 2027".into(),
                subtitle: "आउने दिन छान्न यो हेर्नुहोस्।".into(),
                weekdays: ["सोम", "मङ्गल", "बुध", "बिही", "शुक्र", "शनि", "आइत"].map(String::from),
                cells,
                legend: (1..=5).map(|l| (l, words[usize::from(l) - 1].to_owned())).collect(),
                note: "पूर्वानुमान अनुमान मात्र हो; त्यस दिन फरक पर्न सक्छ।".into(),
            },
            &[],
        );
        if !crate::font::fallbacks().iter().any(|f| f.path.contains("Devanagari")) {
            // No Devanagari font here: the ASCII of those lines still prints.
            assert!(text.contains("10:00 15:00") && text.contains("昭和の日"), "{text}");
            return;
        }
        // In reading order (from /ActualText), conjuncts and all.
        for needle in ["भीडको पूर्वानुमान पात्रो", "धेरै भीड", "मङ्गल", "शुक्र", "बन्द", "पूर्वानुमान अनुमान मात्र हो", "昭和の日", "10:00 15:00", "▲"] {
            assert!(text.contains(needle), "{needle} not in {text}");
        }
        let fonts = pdf_tool("pdffonts", &[&path]);
        let rows: Vec<&str> = fonts.lines().skip(2).collect();
        assert_eq!(rows.len(), 2, "the CJK font and Noto Sans Devanagari: {fonts}");
        assert!(rows.iter().all(|r| r.split_whitespace().next().is_some_and(|n| n.as_bytes().get(6) == Some(&b'+'))), "subset: {fonts}");
        assert!(fonts.contains("Devanagari"), "{fonts}");
    }

    #[test]
    fn a_month_renders_with_its_words() {
        let (_dir, _, text) = april(
            ["空いています", "やや空いています", "通常", "やや混雑", "混雑"],
            "閉庁",
            |cells| MonthSheet {
                title: "八幡西区役所 混雑予想カレンダー 2027年4月".into(),
                subtitle: "予想は目安です".into(),
                weekdays: ["月", "火", "水", "木", "金", "土", "日"].map(String::from),
                cells,
                legend: (1..=5).map(|l| (l, format!("level {l}"))).collect(),
                note: "Madoguchi".into(),
            },
            &["-layout"],
        );
        for needle in ["混雑予想カレンダー", "昭和の日", "閉庁", "10:00 15:00", "▲"] {
            assert!(text.contains(needle), "{needle} not in {text}");
        }
    }
}
