//! The ticket as a PDF: an 80 mm receipt whose height follows its content,
//! or an A6 card.
//!
//! Text is real text, never images. A line the CJK font covers is written as
//! glyph ids, one per character, mapped by our own copy of the font's cmap
//! (`font::Glyphs`), each glyph standing for its character in `/ToUnicode`. A line it does
//! not cover (Nepali, Burmese; Vietnamese with IPAex Gothic) is shaped with
//! rustybuzz over the CJK font and the [fallback faces](crate::font::fallbacks)
//! — the same runs, shaping and line breaking as raster ESC/POS — and written
//! as positioned glyph ids, each fallback face embedded as a second subset
//! font. printpdf maps characters to glyphs one by one and does not shape
//! (its shaping is in the HTML layout path, which we do not use), so without
//! this the vowel sign ि would stand after its consonant instead of before
//! it and conjuncts would fall apart. Those lines carry their text as
//! `/ActualText`, so copying and `pdftotext` give the words back in order.
//!
//! A ticket must stay within 30 KB and take at most 5 ms, and a CJK font is
//! most of both. Noto Sans CJK is rewritten once at load without
//! subroutines, hints and its 18 Font DICTs (`font::cff`); what printpdf
//! embeds is trimmed as the PDF is written: `/W` without the widths `/DW`
//! already gives. The QR code is one path of small integers.

use crate::escpos::raster::{LaidLine, Placed, TextRaster};
use crate::{CjkFont, PrintError, TicketPrint};
use printpdf::{
    BuiltinFont, Codepoint, Color, CurTransMat, DictItem, Greyscale, Mm, Op, PdfDocument, PdfFontHandle, PdfPage, PdfSaveOptions, Point, Pt, TextItem,
    TextMatrix,
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
        self.points(text.chars().map(|c| self.advance(c)).sum(), size)
    }

    /// A character's advance, in the face's own units.
    fn advance(&self, c: char) -> f32 {
        match self {
            Face::Cjk(f) => f.advance(c),
            Face::Helvetica => 1.0,
        }
    }

    /// `units` of [`Face::advance`] at `size`, in points.
    fn points(&self, units: f32, size: f32) -> f32 {
        match self {
            Face::Cjk(f) => f.points(units, size),
            // Helvetica's average advance is a little over half an em.
            Face::Helvetica => units * size * 0.56,
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

/// What one laid-out line holds.
pub(crate) enum Content {
    /// Text in the main face (or Helvetica), character by character.
    Text(String),
    /// Shaped glyphs from the main face and the fallbacks.
    Shaped { text: String, width: f32, glyphs: Vec<Shaped> },
}

/// A shaped glyph and the text it stands for in the font's `/ToUnicode`.
pub(crate) struct Shaped {
    placed: Placed,
    unicode: String,
}

/// One laid-out line: its content, size in points, centred or not.
struct Line {
    content: Content,
    size: f32,
    centred: bool,
    /// Extra space above, in points.
    gap: f32,
}

/// Sets text in the main face, or shaped with the fallbacks when the main
/// face lacks some of it.
pub(crate) struct Setter<'f, 'r> {
    pub(crate) face: Face<'f>,
    /// Only when some text of the document needs it.
    pub(crate) shaper: Option<&'r TextRaster<'r>>,
    /// The width of a line, in points.
    pub(crate) inner: f32,
}

impl Setter<'_, '_> {
    /// `text` broken into lines; `None` when some character has no glyph
    /// in any face.
    pub(crate) fn lines(&self, text: &str, size: f32) -> Option<Vec<Content>> {
        if self.face.covers(text) {
            return Some(wrap(self.face, text, size, self.inner).into_iter().map(Content::Text).collect());
        }
        let shaper = self.shaper.filter(|s| s.covers(text))?;
        let (lines, _) = shaper.lay_out(text, size, self.inner);
        let contents = lines
            .into_iter()
            .map(|LaidLine { text: range, width, glyphs }| {
                let unicode = glyph_texts(shaper, text, &glyphs, range.end);
                let glyphs = glyphs.into_iter().zip(unicode).map(|(placed, unicode)| Shaped { placed, unicode }).collect();
                Content::Shaped { text: text[range].to_owned(), width, glyphs }
            })
            .collect();
        Some(contents)
    }

    pub(crate) fn width(&self, content: &Content, size: f32) -> f32 {
        match content {
            Content::Text(s) => self.face.width(s, size),
            Content::Shaped { width, .. } => *width,
        }
    }
}

/// What each glyph of a shaped line stands for, for the font's
/// `/ToUnicode`: its own character when the cmap maps one of its cluster's
/// characters to it, and the characters of the cluster no glyph claimed for
/// the first glyph that has none (the half form in म्ब is "म्"; a ligature is
/// its whole cluster). Glyphs left over stand for nothing. `/ActualText`
/// still carries the line as written; this is for readers that ignore it.
fn glyph_texts(shaper: &TextRaster<'_>, text: &str, glyphs: &[Placed], line_end: usize) -> Vec<String> {
    let mut starts: Vec<usize> = glyphs.iter().map(|g| g.cluster).collect();
    starts.sort_unstable();
    starts.dedup();
    let cluster_of = |g: &Placed| {
        let end = starts.iter().find(|s| **s > g.cluster).copied().unwrap_or(line_end).max(g.cluster);
        text.get(g.cluster..end).unwrap_or_default()
    };
    let mut out: Vec<Option<String>> = glyphs.iter().map(|g| shaper.own_char(g.face, g.id, cluster_of(g)).map(String::from)).collect();
    for &start in &starts {
        let members: Vec<usize> = (0..glyphs.len()).filter(|i| glyphs[*i].cluster == start).collect();
        let Some(&first) = members.first() else { continue };
        let mut left: Vec<char> = cluster_of(&glyphs[first]).chars().collect();
        for own in members.iter().filter_map(|i| out[*i].as_deref()) {
            if let Some(c) = own.chars().next()
                && let Some(k) = left.iter().position(|l| *l == c)
            {
                left.remove(k);
            }
        }
        if let Some(&unclaimed) = members.iter().find(|i| out[**i].is_none()) {
            out[unclaimed] = Some(left.into_iter().collect());
        }
    }
    out.into_iter().map(Option::unwrap_or_default).collect()
}

/// Renders a ticket. Text is real text in `font`, subsetted, and in the
/// fallback fonts for what `font` lacks; with no CJK font only the ASCII
/// lines are printed.
pub fn render(t: &TicketPrint, font: Option<&CjkFont>, paper: Paper) -> Result<Vec<u8>, PrintError> {
    with_faces(font, texts(t), |face, shaper| render_with(t, face, shaper, paper))
}

/// Runs `render` with the face to set text in and, when some of `texts`
/// needs it, a shaper over that face and the fallback fonts. Shaping is set
/// up only for the documents that need it (Nepali, say): most are Japanese
/// and English, which the CJK font covers.
pub(crate) fn with_faces<'t, R>(
    font: Option<&CjkFont>,
    mut texts: impl Iterator<Item = &'t str>,
    render: impl Fn(Face<'_>, Option<&TextRaster<'_>>) -> Result<R, PrintError>,
) -> Result<R, PrintError> {
    match font {
        Some(f) if texts.any(|s| !f.covers(s)) => match f.with_pdf_shaper(|shaper| render(Face::Cjk(f), Some(shaper))) {
            Some(done) => done,
            None => render(Face::Cjk(f), None),
        },
        Some(f) => render(Face::Cjk(f), None),
        None => render(Face::Helvetica, None),
    }
}

/// Every piece of text a ticket may print.
fn texts(t: &TicketPrint) -> impl Iterator<Item = &str> {
    [&t.office_ja, &t.section_ja, &t.number, &t.issued_at, &t.labels.number, &t.labels.position, &t.labels.wait, &t.labels.bring, &t.labels.scan]
        .into_iter()
        .chain([&t.office_local, &t.section_local, &t.service_ja, &t.service_local, &t.where_local].into_iter().flatten())
        .chain(&t.bring_local)
        .chain(&t.bring_ja)
        .map(String::as_str)
}

fn render_with(t: &TicketPrint, font: Face<'_>, shaper: Option<&TextRaster<'_>>, paper: Paper) -> Result<Vec<u8>, PrintError> {
    let page_w_mm = match paper {
        Paper::Receipt80 => 80.0,
        Paper::A6 => 105.0,
    };
    let inner = Pt::from(Mm(page_w_mm - 2.0 * MARGIN_MM)).0;
    let setter = Setter { face: font, shaper, inner };
    let mut lines: Vec<Line> = Vec::new();
    // Adds `text` when it can be printed, and says whether it could.
    let push = |lines: &mut Vec<Line>, text: &str, size: f32, centred: bool, gap: f32| match setter.lines(text, size) {
        Some(contents) => {
            for (i, content) in contents.into_iter().enumerate() {
                lines.push(Line { content, size, centred, gap: if i == 0 { gap } else { 0.0 } });
            }
            true
        }
        None => false,
    };

    push(&mut lines, &t.office_ja, 11.0, true, 0.0);
    if let Some(o) = &t.office_local {
        push(&mut lines, o, 8.0, true, 0.0);
    }
    push(&mut lines, &t.section_ja, 11.0, true, 4.0);
    if let Some(s) = &t.section_local {
        push(&mut lines, s, 8.0, true, 0.0);
    }
    for label in [t.labels.number.as_str(), "Your number", "受付番号"] {
        if push(&mut lines, label, 10.0, true, 8.0) {
            break;
        }
    }
    // The number itself: as large as fits.
    let mut number_size = 56.0;
    while number_size > 20.0 && font.width(&t.number, number_size) > inner {
        number_size -= 2.0;
    }
    lines.push(Line { content: Content::Text(t.number.clone()), size: number_size, centred: true, gap: 2.0 });
    if let Some(s) = &t.service_ja {
        push(&mut lines, s, 11.0, true, 6.0);
    }
    if let Some(s) = &t.service_local {
        push(&mut lines, s, 9.0, true, 0.0);
    }
    if let Some(w) = &t.where_local {
        push(&mut lines, w, 9.0, true, 2.0);
    }
    for l in [t.position_line(), t.wait_line()].into_iter().flatten() {
        push(&mut lines, &l, 10.0, true, 3.0);
    }
    push(&mut lines, &t.issued_at, 8.0, true, 3.0);
    let bullet = if font.covers("・") { "・" } else { "- " };
    // The resident's guidance that can be printed, laid out.
    let bring_local: Vec<(&str, Vec<Content>)> =
        t.bring_local.iter().filter_map(|b| setter.lines(&format!("{bullet}{b}"), 9.0).map(|contents| (b.as_str(), contents))).collect();
    if !bring_local.is_empty() || !t.bring_ja.is_empty() {
        for label in [t.labels.bring.as_str(), "Please bring", "お持ちいただくもの"] {
            if push(&mut lines, label, 10.0, false, 8.0) {
                break;
            }
        }
        let same = bring_local.iter().map(|(b, _)| *b).eq(t.bring_ja.iter().map(String::as_str));
        for (_, contents) in bring_local {
            for (i, content) in contents.into_iter().enumerate() {
                lines.push(Line { content, size: 9.0, centred: false, gap: if i == 0 { 1.0 } else { 0.0 } });
            }
        }
        if !same {
            for b in &t.bring_ja {
                push(&mut lines, &format!("・{b}"), 8.0, false, 1.0);
            }
        }
    }
    let scan_lines = [t.labels.scan.as_str(), "Scan to follow your turn on your phone", "スマートフォンで順番を確認できます"]
        .into_iter()
        .find_map(|l| setter.lines(l, 8.0))
        .unwrap_or_default();

    // Heights, top to bottom, in points.
    let margin = Pt::from(Mm(MARGIN_MM)).0;
    // A6 keeps to its card size with a smaller code; a receipt just grows.
    let qr_side = Pt::from(Mm(if paper == Paper::A6 { 24.0 } else { QR_MM })).0;
    let text_height: f32 = lines.iter().map(|l| l.gap + l.size * 1.25).sum();
    let content = text_height + 10.0 + qr_side + 4.0 + scan_lines.len() as f32 * 10.0;
    let page_h = match paper {
        Paper::Receipt80 => content + 2.0 * margin,
        // A card longer than A6 only when the guidance is unusually long.
        Paper::A6 => Pt::from(Mm(148.0)).0.max(content + 2.0 * margin),
    };
    let page_w = Pt::from(Mm(page_w_mm)).0;

    let mut doc = PdfDocument::new(&format!("受付番号 {}", t.number));
    let fonts = Fonts::add(&mut doc, font, shaper, lines.iter().map(|l| &l.content).chain(&scan_lines));
    let mut ops = vec![Op::SetFillColor { col: Color::Greyscale(Greyscale::new(0.0, None)) }];
    let mut y = page_h - margin;
    for l in &lines {
        y -= l.gap + l.size;
        let x = if l.centred { (page_w - setter.width(&l.content, l.size)) / 2.0 } else { margin };
        fonts.show(&mut ops, &l.content, l.size, x.max(margin), y);
        y -= l.size * 0.25;
    }
    y -= 10.0 + qr_side;
    draw_qr(&mut ops, &t.status_url, (page_w - qr_side) / 2.0, y, qr_side)?;
    y -= 4.0;
    for s in &scan_lines {
        y -= 8.0;
        fonts.show(&mut ops, s, 8.0, ((page_w - setter.width(s, 8.0)) / 2.0).max(margin), y);
        y -= 2.0;
    }

    let page = PdfPage::new(Mm::from(Pt(page_w)), Mm::from(Pt(page_h)), ops);
    save(doc.with_pages(vec![page]), font)
}

/// Writes `doc` as `save` would (lopdf objects, compressed), with what
/// printpdf embeds made smaller in between.
pub(crate) fn save(doc: &PdfDocument, face: Face<'_>) -> Result<Vec<u8>, PrintError> {
    // Not `secure`: the QR code's path is written with operators of our own (see `draw_qr`).
    let options = PdfSaveOptions { subset_fonts: true, secure: false, ..Default::default() };
    let mut warnings = Vec::new();
    let mut pdf = doc.to_lopdf_document(&options, &mut warnings);
    for object in pdf.objects.values_mut() {
        if let Ok(stream) = object.as_stream_mut() {
            // The CJK font's program, when it could not be compacted whole at load: see `font::cff`.
            let cff = stream.dict.get(b"Subtype").and_then(|s| s.as_name()).is_ok_and(|s| s == b"CIDFontType0C")
                && !matches!(face, Face::Cjk(f) if f.compacted);
            if let Some(smaller) = cff.then(|| crate::font::cff::compact(&stream.content)).flatten() {
                stream.set_content(smaller);
            }
        } else if let Some(descendant) = object
            .as_dict_mut()
            .ok()
            .and_then(|font| font.get_mut(b"DescendantFonts").ok())
            .and_then(|d| d.as_array_mut().ok())
            .and_then(|d| d.first_mut())
            .and_then(|d| d.as_dict_mut().ok())
        {
            // printpdf lists every glyph's width in `/W`, also the 1000s
            // that `/DW` already gives: most of a CJK ticket's glyphs, 1.5 KB
            // of a long Chinese one. Runs of only those go.
            let default = descendant.get(b"DW").and_then(|w| w.as_i64()).unwrap_or(1000);
            if let Ok(w) = descendant.get_mut(b"W").and_then(|w| w.as_array_mut())
                && w.chunks(2).all(|run| run.len() == 2 && run[0].as_i64().is_ok() && run[1].as_array().is_ok())
            {
                let runs = std::mem::take(w);
                let mut runs = runs.into_iter();
                while let (Some(first), Some(widths)) = (runs.next(), runs.next()) {
                    if !widths.as_array().is_ok_and(|ws| ws.iter().all(|w| w.as_i64().is_ok_and(|w| w == default))) {
                        w.extend([first, widths]);
                    }
                }
            }
        }
    }
    pdf.compress();
    let mut bytes = Vec::new();
    pdf.save_to(&mut bytes).map_err(|e| PrintError::Pdf(e.to_string()))?;
    Ok(bytes)
}

/// The fonts of a document: the main face's, and one per fallback face
/// that some shaped text uses.
pub(crate) struct Fonts<'f, 'r> {
    face: Face<'f>,
    shaper: Option<&'r TextRaster<'r>>,
    /// By the shaper's face number; 0 is the main face.
    handles: Vec<Option<PdfFontHandle>>,
}

impl<'f, 'r> Fonts<'f, 'r> {
    /// Adds to `doc` the main face and the fallback faces `contents` use.
    pub(crate) fn add<'c>(doc: &mut PdfDocument, face: Face<'f>, shaper: Option<&'r TextRaster<'r>>, contents: impl Iterator<Item = &'c Content>) -> Fonts<'f, 'r> {
        let main = match face {
            Face::Cjk(f) => PdfFontHandle::External(doc.add_font(&f.parsed)),
            Face::Helvetica => PdfFontHandle::Builtin(BuiltinFont::Helvetica),
        };
        let mut handles = vec![Some(main)];
        if let Some(shaper) = shaper {
            for content in contents {
                let Content::Shaped { glyphs, .. } = content else { continue };
                for g in glyphs.iter().map(|g| &g.placed) {
                    if handles.len() <= g.face {
                        handles.resize(g.face + 1, None);
                    }
                    if handles[g.face].is_none()
                        && let Some(parsed) = shaper.fallback_of(g.face).and_then(|i| crate::font::fallbacks().get(i)).and_then(|fb| fb.pdf_font())
                    {
                        handles[g.face] = Some(PdfFontHandle::External(doc.add_font(parsed)));
                    }
                }
            }
        }
        Fonts { face, shaper, handles }
    }

    /// Shows `content` at `size` points with its baseline starting at (`x`, `y`).
    pub(crate) fn show(&self, ops: &mut Vec<Op>, content: &Content, size: f32, x: f32, y: f32) {
        match content {
            Content::Text(text) => {
                let Some(Some(handle)) = self.handles.first() else { return };
                ops.push(Op::StartTextSection);
                ops.push(Op::SetFont { font: handle.clone(), size: Pt(size) });
                ops.push(Op::SetTextCursor { pos: Point { x: Pt(x), y: Pt(y) } });
                ops.push(Op::ShowText { items: vec![text_item(self.face, text)] });
                ops.push(Op::EndTextSection);
            }
            Content::Shaped { text, glyphs, .. } => {
                if let Some(shaper) = self.shaper {
                    show_shaped(ops, &self.handles, shaper, text, glyphs, size, (x, y));
                }
            }
        }
    }
}

/// `text` as printpdf should show it in `face`. In the CJK font, glyph ids
/// from our own table (`font::Glyphs`), each carrying its character for the
/// `/ToUnicode` as printpdf would give it: handed text, printpdf looks every
/// character up twice in the font's cmap, walking a CJK font's thousands of
/// format 12 groups one by one each time.
fn text_item(face: Face<'_>, text: &str) -> TextItem {
    match face {
        Face::Cjk(f) => TextItem::GlyphIds(
            text.chars().map(|c| Codepoint { gid: f.glyphs().glyph(c).unwrap_or(0), offset: 0.0, cid: Some(c.to_string()) }).collect(),
        ),
        Face::Helvetica => TextItem::Text(text.to_owned()),
    }
}

/// Shaped glyphs at `(x, y)`, each placed where the shaper put it, inside
/// an `/ActualText` span holding `text`: extracting the glyphs one by one
/// would give a Devanagari vowel sign before its consonant. Each run of one
/// face on one baseline is one `TJ`, its glyphs moved by whole thousandths
/// of an em where the shaper puts them off the font's own advances.
fn show_shaped(ops: &mut Vec<Op>, handles: &[Option<PdfFontHandle>], shaper: &TextRaster<'_>, text: &str, glyphs: &[Shaped], size: f32, (x, y): (f32, f32)) {
    let mut actual = vec![0xfe, 0xff];
    actual.extend(text.encode_utf16().flat_map(u16::to_be_bytes));
    let properties = DictItem::Dict { map: [("ActualText".to_owned(), DictItem::String { data: actual, literal: false })].into_iter().collect() };
    ops.push(Op::BeginMarkedContentWithProperties { tag: "Span".into(), properties });
    ops.push(Op::StartTextSection);
    let ink: Vec<&Shaped> = glyphs.iter().filter(|g| g.placed.ink && handles.get(g.placed.face).is_some_and(Option::is_some)).collect();
    let mut current = None;
    for run in ink.chunk_by(|a, b| a.placed.face == b.placed.face && a.placed.dy == b.placed.dy) {
        let first = run[0].placed;
        if current != Some(first.face) {
            let Some(Some(handle)) = handles.get(first.face) else { continue };
            ops.push(Op::SetFont { font: handle.clone(), size: Pt(size) });
            current = Some(first.face);
        }
        ops.push(Op::SetTextMatrix { matrix: TextMatrix::Translate(Pt(x + first.x), Pt(y + first.dy)) });
        let to_em = |points: f32| (points * 1000.0 / size).round();
        let codes = run
            .iter()
            .enumerate()
            .map(|(k, g)| {
                // Where the reader's pen ends up after this glyph, against where the next one goes.
                let offset = match run.get(k + 1) {
                    Some(next) => to_em(g.placed.x - first.x) + shaper.pdf_width(g.placed.face, g.placed.id) - to_em(next.placed.x - first.x),
                    None => 0.0,
                };
                Codepoint { gid: g.placed.id, offset, cid: Some(g.unicode.clone()) }
            })
            .collect();
        ops.push(Op::ShowText { items: vec![TextItem::GlyphIds(codes)] });
    }
    ops.push(Op::EndTextSection);
    ops.push(Op::EndMarkedContent);
}

/// Draws the QR code, with its quiet zone inside `side`, as one path
/// filled once: a rectangle per run of dark modules in a row, merged with
/// the same run in the rows below, in a coordinate system of one unit per
/// module, so every number is a small integer. (Rectangles filled one by one
/// would write each corner to seven digits, and anti-aliased viewers can
/// show hairline seams where they meet.)
fn draw_qr(ops: &mut Vec<Op>, data: &str, x: f32, y: f32, side: f32) -> Result<(), PrintError> {
    let code = qrcode::QrCode::with_error_correction_level(data.as_bytes(), qrcode::EcLevel::M).map_err(|e| PrintError::Qr(e.to_string()))?;
    let width = code.width();
    let colors = code.to_colors();
    let quiet = 4;
    let modules = width + 2 * quiet;
    let module = side / modules as f32;
    ops.push(Op::SaveGraphicsState);
    ops.push(Op::SetTransformationMatrix { matrix: CurTransMat::Raw([module, 0.0, 0.0, module, x, y]) });
    // (first column, end column, first row, end row), rows counted from the top.
    let mut done: Vec<(usize, usize, usize, usize)> = Vec::new();
    let mut open: Vec<(usize, usize, usize, usize)> = Vec::new();
    for row in 0..width {
        let dark = |col: usize| colors[row * width + col] == qrcode::Color::Dark;
        let mut continued = Vec::new();
        let mut col = 0;
        while col < width {
            if !dark(col) {
                col += 1;
                continue;
            }
            let start = col;
            while col < width && dark(col) {
                col += 1;
            }
            match open.iter().position(|r| (r.0, r.1) == (start, col)) {
                Some(i) => continued.push((start, col, open.swap_remove(i).2, row + 1)),
                None => continued.push((start, col, row, row + 1)),
            }
        }
        done.append(&mut open);
        open = continued;
    }
    done.append(&mut open);
    let int = |n: usize| DictItem::Int(n as i64);
    for (c0, c1, r0, r1) in done {
        let rect = vec![int(quiet + c0), int(modules - quiet - r1), int(c1 - c0), int(r1 - r0)];
        ops.push(Op::Unknown { key: "re".into(), value: rect });
    }
    ops.push(Op::Unknown { key: "f".into(), value: Vec::new() });
    ops.push(Op::RestoreGraphicsState);
    Ok(())
}

/// Breaks text into lines no wider than `max` points: at spaces where there
/// are spaces, anywhere in runs without them (Japanese, Chinese).
///
/// Each character's advance is looked up once: a glyph lookup in a CJK
/// font is slow (printpdf's cmap goes through its thousands of groups one
/// by one), and measuring every candidate line anew took most of the time
/// of a long Korean or Chinese ticket.
pub(crate) fn wrap(font: Face<'_>, text: &str, size: f32, max: f32) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let advances: Vec<f32> = chars.iter().map(|c| font.advance(*c)).collect();
    // The width of chars[start..end] without its trailing spaces, summed as `Face::width` does.
    let width = |start: usize, mut end: usize| {
        while end > start && chars[end - 1].is_whitespace() {
            end -= 1;
        }
        font.points(advances[start..end].iter().sum(), size)
    };
    let text_of = |start: usize, end: usize| chars[start..end].iter().collect::<String>().trim_end().to_owned();
    let mut lines = Vec::new();
    // The line so far is chars[start..at]; the next word starts at `at`.
    let (mut start, mut at) = (0, 0);
    for word in text.split_inclusive(' ') {
        let word_end = at + word.chars().count();
        if width(start, word_end) > max {
            if at > start {
                lines.push(text_of(start, at));
            }
            start = at;
            for k in at..word_end {
                if width(start, k + 1) > max && k > start {
                    lines.push(text_of(start, k));
                    start = k;
                }
            }
        }
        at = word_end;
    }
    if chars[start..at].iter().any(|c| !c.is_whitespace()) {
        lines.push(text_of(start, at));
    }
    lines
}

#[cfg(test)]
mod tests;
