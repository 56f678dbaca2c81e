//! The congestion calendar of a month as a printable PDF for the notice
//! board: an A4 landscape grid where each day shows its level as a symbol,
//! a word and a grey shade with hatching — readable in black and white.

use crate::pdf::Face;
use crate::{CjkFont, PrintError};
use printpdf::{
    BuiltinFont, Color, Greyscale, Line, LinePoint, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

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

pub fn render(sheet: &MonthSheet, font: Option<&CjkFont>) -> Result<Vec<u8>, PrintError> {
    let face = match font {
        Some(f) => Face::Cjk(f),
        None => Face::Helvetica,
    };
    let (w, h) = (Pt::from(Mm(297.0)).0, Pt::from(Mm(210.0)).0);
    let margin = Pt::from(Mm(12.0)).0;
    let mut doc = PdfDocument::new(&sheet.title);
    let handle = match font {
        Some(f) => PdfFontHandle::External(doc.add_font(&f.parsed)),
        None => PdfFontHandle::Builtin(BuiltinFont::Helvetica),
    };
    let mut ops: Vec<Op> = Vec::new();
    let black = Color::Greyscale(Greyscale::new(0.0, None));
    let text = |ops: &mut Vec<Op>, s: &str, size: f32, x: f32, y: f32| {
        let s = if face_covers(face, s) { s.to_owned() } else { s.chars().filter(char::is_ascii).collect() };
        ops.push(Op::SetFillColor { col: black.clone() });
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont { font: handle.clone(), size: Pt(size) });
        ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
        ops.push(Op::ShowText { items: vec![TextItem::Text(s)] });
        ops.push(Op::EndTextSection);
    };
    let mut y = h - margin - 18.0;
    text(&mut ops, &sheet.title, 18.0, margin, y);
    y -= 16.0;
    text(&mut ops, &sheet.subtitle, 10.0, margin, y);
    // Legend.
    y -= 18.0;
    let mut x = margin;
    for (level, word) in &sheet.legend {
        let label = format!("{} {word}", marker(*level));
        let lw = face.width(&label, 10.0) + 16.0;
        cell_background(&mut ops, x, y - 4.0, lw, 16.0, Some(*level));
        text(&mut ops, &label, 10.0, x + 6.0, y);
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
        text(&mut ops, wd, 10.0, margin + i as f32 * col_w + 4.0, top - 12.0);
    }
    for (i, cell) in sheet.cells.iter().enumerate().take(42) {
        let (r, c) = (i / 7, i % 7);
        let cx = margin + c as f32 * col_w;
        let cy = top - head_h - (r + 1) as f32 * row_h;
        if let Some(cell) = cell {
            cell_background(&mut ops, cx, cy, col_w, row_h, cell.level);
            text(&mut ops, &cell.day.to_string(), 12.0, cx + 4.0, cy + row_h - 14.0);
            let label = match cell.level {
                Some(l) => format!("{} {}", marker(l), cell.word),
                None => cell.word.clone(),
            };
            text(&mut ops, &label, 10.0, cx + 4.0, cy + row_h - 30.0);
            if !cell.hours.is_empty() {
                text(&mut ops, &cell.hours, 8.0, cx + 4.0, cy + row_h - 44.0);
            }
            if let Some(hd) = &cell.holiday {
                text(&mut ops, hd, 8.0, cx + 4.0, cy + 5.0);
            }
        }
        outline(&mut ops, cx, cy, col_w, row_h);
    }
    text(&mut ops, &sheet.note, 8.0, margin, margin);
    let page = PdfPage::new(Mm(297.0), Mm(210.0), ops);
    let options = PdfSaveOptions { subset_fonts: true, ..Default::default() };
    Ok(doc.with_pages(vec![page]).save(&options, &mut Vec::new()))
}

fn face_covers(face: Face<'_>, s: &str) -> bool {
    match face {
        Face::Cjk(f) => f.covers(s),
        Face::Helvetica => s.is_ascii(),
    }
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

    #[test]
    fn a_month_renders_with_its_words() {
        let font = CjkFont::discover(None).expect("a CJK font");
        let mut cells: Vec<Option<DayCell>> = vec![None; 42];
        for d in 1..=30u8 {
            let level = if d % 7 == 6 || d % 7 == 0 { None } else { Some(d % 5 + 1) };
            cells[usize::from(d) + 2] = Some(DayCell {
                day: d,
                level,
                word: level.map_or("閉庁".into(), |l| ["空いています", "やや空いています", "通常", "やや混雑", "混雑"][usize::from(l) - 1].into()),
                hours: "10:00 15:00".into(),
                holiday: (d == 29).then(|| "昭和の日".into()),
            });
        }
        let sheet = MonthSheet {
            title: "八幡西区役所 混雑予想カレンダー 2027年4月".into(),
            subtitle: "予想は目安です".into(),
            weekdays: ["月", "火", "水", "木", "金", "土", "日"].map(String::from),
            cells,
            legend: (1..=5).map(|l| (l, format!("level {l}"))).collect(),
            note: "Madoguchi".into(),
        };
        let pdf = render(&sheet, Some(&font)).expect("render");
        let dir = tempfile::tempdir().expect("tempdir");
        let path = dir.path().join("cal.pdf");
        std::fs::write(&path, &pdf).expect("write");
        let out = std::process::Command::new("pdftotext").args(["-layout", path.to_str().expect("utf-8"), "-"]).output().expect("pdftotext");
        let text = String::from_utf8_lossy(&out.stdout);
        for needle in ["混雑予想カレンダー", "昭和の日", "閉庁", "10:00 15:00", "▲"] {
            assert!(text.contains(needle), "{needle} not in {text}");
        }
    }
}
