//! The ticket as a PDF: an 80 mm receipt whose height follows its content,
//! or an A6 card.

use crate::{CjkFont, PrintError, TicketPrint};
use printpdf::{
    BuiltinFont, Color, Greyscale, Mm, Op, PaintMode, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, Rect, TextItem,
};

/// The face text is set in: the CJK font, or, when the machine has none,
/// Helvetica — which prints only the ASCII lines (number, English, QR).
#[derive(Clone, Copy)]
pub(crate) enum Face<'a> {
    Cjk(&'a CjkFont),
    Helvetica,
}

impl Face<'_> {
    fn covers(&self, text: &str) -> bool {
        match self {
            Face::Cjk(f) => f.covers(text),
            Face::Helvetica => text.is_ascii(),
        }
    }

    pub(crate) fn width(&self, text: &str, size: f32) -> f32 {
        match self {
            Face::Cjk(f) => f.width(text, size),
            // Helvetica's average advance is a little over half an em.
            Face::Helvetica => text.chars().count() as f32 * size * 0.56,
        }
    }
}

/// The page size.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Paper {
    /// 80 mm receipt paper, as long as the ticket needs.
    #[default]
    Receipt80,
    /// A6 card, 105 × 148 mm.
    A6,
}

const MARGIN_MM: f32 = 4.0;
const QR_MM: f32 = 32.0;

/// One laid-out line: text, size in points, centred or not.
struct Line {
    text: String,
    size: f32,
    centred: bool,
    /// Extra space above, in points.
    gap: f32,
}

/// Renders a ticket. Japanese text is real text in `font`, subsetted; with
/// no CJK font only the ASCII lines are printed.
pub fn render(t: &TicketPrint, font: Option<&CjkFont>, paper: Paper) -> Result<Vec<u8>, PrintError> {
    let font = match font {
        Some(f) => Face::Cjk(f),
        None => Face::Helvetica,
    };
    let page_w_mm = match paper {
        Paper::Receipt80 => 80.0,
        Paper::A6 => 105.0,
    };
    let inner = Pt::from(Mm(page_w_mm - 2.0 * MARGIN_MM)).0;
    let mut lines: Vec<Line> = Vec::new();
    let push = |lines: &mut Vec<Line>, text: &str, size: f32, centred: bool, gap: f32| {
        for (i, part) in wrap(font, text, size, inner).into_iter().enumerate() {
            lines.push(Line { text: part, size, centred, gap: if i == 0 { gap } else { 0.0 } });
        }
    };
    let local = |s: &Option<String>| s.as_ref().filter(|v| font.covers(v)).cloned();

    if font.covers(&t.office_ja) {
        push(&mut lines, &t.office_ja, 11.0, true, 0.0);
    }
    if let Some(o) = local(&t.office_local) {
        push(&mut lines, &o, 8.0, true, 0.0);
    }
    if font.covers(&t.section_ja) {
        push(&mut lines, &t.section_ja, 11.0, true, 4.0);
    }
    if let Some(s) = local(&t.section_local) {
        push(&mut lines, &s, 8.0, true, 0.0);
    }
    let number_label = [t.labels.number.as_str(), "Your number", "受付番号"].into_iter().find(|l| font.covers(l)).unwrap_or_default();
    push(&mut lines, number_label, 10.0, true, 8.0);
    // The number itself: as large as fits.
    let mut number_size = 56.0;
    while number_size > 20.0 && font.width(&t.number, number_size) > inner {
        number_size -= 2.0;
    }
    lines.push(Line { text: t.number.clone(), size: number_size, centred: true, gap: 2.0 });
    if let Some(s) = t.service_ja.as_ref().filter(|s| font.covers(s)) {
        push(&mut lines, s, 11.0, true, 6.0);
    }
    if let Some(s) = local(&t.service_local) {
        push(&mut lines, &s, 9.0, true, 0.0);
    }
    if let Some(w) = local(&t.where_local) {
        push(&mut lines, &w, 9.0, true, 2.0);
    }
    for l in [t.position_line(), t.wait_line()].into_iter().flatten() {
        if font.covers(&l) {
            push(&mut lines, &l, 10.0, true, 3.0);
        }
    }
    push(&mut lines, &t.issued_at, 8.0, true, 3.0);
    let bring_local: Vec<&String> = t.bring_local.iter().filter(|b| font.covers(b)).collect();
    if !bring_local.is_empty() || !t.bring_ja.is_empty() {
        let label = [t.labels.bring.as_str(), "Please bring", "お持ちいただくもの"].into_iter().find(|l| font.covers(l)).unwrap_or_default();
        push(&mut lines, label, 10.0, false, 8.0);
        for b in &bring_local {
            let bullet = if font.covers("・") { "・" } else { "- " };
            push(&mut lines, &format!("{bullet}{b}"), 9.0, false, 1.0);
        }
        if bring_local.iter().map(|s| s.as_str()).ne(t.bring_ja.iter().map(String::as_str)) {
            for b in t.bring_ja.iter().filter(|b| font.covers(b)) {
                push(&mut lines, &format!("・{b}"), 8.0, false, 1.0);
            }
        }
    }
    let scan = [t.labels.scan.as_str(), "Scan to follow your turn on your phone", "スマートフォンで順番を確認できます"]
        .into_iter()
        .find(|l| font.covers(l))
        .unwrap_or_default();

    // Heights, top to bottom, in points.
    let margin = Pt::from(Mm(MARGIN_MM)).0;
    // A6 keeps to its card size with a smaller code; a receipt just grows.
    let qr_side = Pt::from(Mm(if paper == Paper::A6 { 24.0 } else { QR_MM })).0;
    let scan_lines = wrap(font, scan, 8.0, inner);
    let text_height: f32 = lines.iter().map(|l| l.gap + l.size * 1.25).sum();
    let content = text_height + 10.0 + qr_side + 4.0 + scan_lines.len() as f32 * 10.0;
    let page_h = match paper {
        Paper::Receipt80 => content + 2.0 * margin,
        // A card longer than A6 only when the guidance is unusually long.
        Paper::A6 => Pt::from(Mm(148.0)).0.max(content + 2.0 * margin),
    };
    let page_w = Pt::from(Mm(page_w_mm)).0;

    let mut doc = PdfDocument::new(&format!("受付番号 {}", t.number));
    let handle = match font {
        Face::Cjk(f) => PdfFontHandle::External(doc.add_font(&f.parsed)),
        Face::Helvetica => PdfFontHandle::Builtin(BuiltinFont::Helvetica),
    };
    let mut ops = vec![Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.0, None)) }];
    let mut y = page_h - margin;
    let text_at = |ops: &mut Vec<Op>, text: &str, size: f32, x: f32, y: f32| {
        ops.push(Op::StartTextSection);
        ops.push(Op::SetFont { font: handle.clone(), size: Pt(size) });
        ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
        ops.push(Op::ShowText { items: vec![TextItem::Text(text.to_owned())] });
        ops.push(Op::EndTextSection);
    };
    for l in &lines {
        y -= l.gap + l.size;
        let x = if l.centred { (page_w - font.width(&l.text, l.size)) / 2.0 } else { margin };
        text_at(&mut ops, &l.text, l.size, x.max(margin), y);
        y -= l.size * 0.25;
    }
    y -= 10.0 + qr_side;
    draw_qr(&mut ops, &t.status_url, (page_w - qr_side) / 2.0, y, qr_side)?;
    y -= 4.0;
    for s in &scan_lines {
        y -= 8.0;
        text_at(&mut ops, s, 8.0, ((page_w - font.width(s, 8.0)) / 2.0).max(margin), y);
        y -= 2.0;
    }

    let page = PdfPage::new(Mm::from(Pt(page_w)), Mm::from(Pt(page_h)), ops);
    let options = PdfSaveOptions { subset_fonts: true, ..Default::default() };
    let mut warnings = Vec::new();
    Ok(doc.with_pages(vec![page]).save(&options, &mut warnings))
}

/// Draws the QR code as filled squares, one rectangle per run of dark
/// modules in a row, with its quiet zone inside `side`.
fn draw_qr(ops: &mut Vec<Op>, data: &str, x: f32, y: f32, side: f32) -> Result<(), PrintError> {
    let code = qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M).map_err(|e| PrintError::Qr(e.to_string()))?;
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let module = side / (width + 2 * quiet) as f32;
    for row in 0..width {
        let mut col = 0;
        while col < width {
            if colors[row * width + col] == qrcode::Color::Dark {
                let start = col;
                while col < width && colors[row * width + col] == qrcode::Color::Dark {
                    col += 1;
                }
                let rx = x + (quiet + start) as f32 * module;
                let ry = y + side - (quiet + row + 1) as f32 * module;
                let mut rect = Rect::from_xywh(Pt(rx), Pt(ry), Pt((col - start) as f32 * module), Pt(module));
                rect.mode = Some(PaintMode::Fill);
                ops.push(Op::DrawRectangle { rectangle: rect });
            } else {
                col += 1;
            }
        }
    }
    Ok(())
}

/// Breaks text into lines no wider than `max` points: at spaces where there
/// are spaces, anywhere in runs without them (Japanese, Chinese).
pub(crate) fn wrap(font: Face<'_>, text: &str, size: f32, max: f32) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    for word in text.split_inclusive(' ') {
        let candidate = format!("{line}{word}");
        if font.width(candidate.trim_end(), size) <= max {
            line = candidate;
            continue;
        }
        if !line.is_empty() {
            lines.push(line.trim_end().to_owned());
            line.clear();
        }
        for c in word.chars() {
            let mut next = line.clone();
            next.push(c);
            if font.width(next.trim_end(), size) > max && !line.is_empty() {
                lines.push(line.trim_end().to_owned());
                line = c.to_string();
            } else {
                line = next;
            }
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

#[cfg(test)]
mod tests;
