//! Text drawn into 1-bit bitmaps, for thermal printers without a Kanji ROM.
//!
//! A line of text is split into runs by font (the CJK font first, then the
//! fallback faces of [`crate::font::fallbacks`], e.g. Devanagari),
//! each run is shaped with rustybuzz (so Devanagari conjuncts and vowel
//! signs come out right), broken into lines no wider than the paper, and the
//! glyph outlines are rasterized with ab_glyph_rasterizer and thresholded
//! to black and white. A character no font has is drawn as an empty box
//! ("tofu"), never a panic.

use ab_glyph_rasterizer::{Rasterizer, point};
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder};
use rustybuzz::{Face, UnicodeBuffer};

/// Coverage at or above which an antialiased dot is printed black.
/// A little under one half keeps the thin horizontal strokes of Gothic
/// kanji at 24 dots per em.
const INK_THRESHOLD: f32 = 0.45;

/// A 1-bit image: rows top to bottom, 8 dots per byte, the most significant
/// bit leftmost, 1 = black. This is the layout of `GS v 0` and of PBM (P4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Bitmap {
    width_bytes: usize,
    height: usize,
    data: Vec<u8>,
}

impl Bitmap {
    /// A white image `width` dots wide (rounded up to whole bytes).
    pub fn new(width: usize, height: usize) -> Bitmap {
        let width_bytes = width.div_ceil(8);
        Bitmap { width_bytes, height, data: vec![0; width_bytes * height] }
    }

    pub fn width_bytes(&self) -> usize {
        self.width_bytes
    }

    /// Width in dots.
    pub fn width(&self) -> usize {
        self.width_bytes * 8
    }

    pub fn height(&self) -> usize {
        self.height
    }

    pub fn data(&self) -> &[u8] {
        &self.data
    }

    /// Whether the dot at `(x, y)` is black; outside the image is white.
    pub fn get(&self, x: usize, y: usize) -> bool {
        x < self.width() && y < self.height && self.data[y * self.width_bytes + x / 8] & (0x80 >> (x % 8)) != 0
    }

    /// Blackens a dot; outside the image nothing happens (glyphs may
    /// overhang the paper).
    pub fn set(&mut self, x: i64, y: i64) {
        let (Ok(x), Ok(y)) = (usize::try_from(x), usize::try_from(y)) else { return };
        if x < self.width() && y < self.height {
            self.data[y * self.width_bytes + x / 8] |= 0x80 >> (x % 8);
        }
    }

    /// Black dots in all.
    pub fn ink(&self) -> usize {
        self.data.iter().map(|b| b.count_ones() as usize).sum()
    }

    /// Black dots in row `y`.
    pub fn row_ink(&self, y: usize) -> usize {
        self.data.get(y * self.width_bytes..(y + 1) * self.width_bytes).map_or(0, |r| r.iter().map(|b| b.count_ones() as usize).sum())
    }

    /// Adds `other` below this image (widths must match; a narrower image
    /// is placed at the left).
    pub fn append(&mut self, other: &Bitmap) {
        if other.width_bytes == self.width_bytes {
            self.data.extend_from_slice(&other.data);
        } else {
            for row in other.data.chunks(other.width_bytes.max(1)) {
                let mut padded = vec![0; self.width_bytes];
                let n = row.len().min(self.width_bytes);
                padded[..n].copy_from_slice(&row[..n]);
                self.data.extend_from_slice(&padded);
            }
        }
        self.height += other.height;
    }

    /// Rows `from..to` as an image of their own.
    pub fn rows(&self, from: usize, to: usize) -> Bitmap {
        let to = to.min(self.height);
        let from = from.min(to);
        Bitmap { width_bytes: self.width_bytes, height: to - from, data: self.data[from * self.width_bytes..to * self.width_bytes].to_vec() }
    }

    /// The image as a binary PBM (P4) file, for looking at.
    pub fn to_pbm(&self) -> Vec<u8> {
        let mut out = format!("P4\n{} {}\n", self.width(), self.height).into_bytes();
        out.extend_from_slice(&self.data);
        out
    }
}

/// How a line sits on the paper.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Align {
    Left,
    Centre,
}

/// Fonts ready for shaping and drawing text: the CJK face first, fallbacks
/// after. The PDF lays out its shaped lines with it too.
pub struct TextRaster<'a> {
    faces: Vec<Face<'a>>,
    /// For each face after the first, its position in the fallback list it
    /// came from (a fallback that cannot be parsed is left out).
    sources: Vec<usize>,
}

impl std::fmt::Debug for TextRaster<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TextRaster").field("faces", &self.faces.len()).finish()
    }
}

/// What drawing a piece of text produced.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Drawn {
    pub bitmap: Bitmap,
    /// Characters no font had (drawn as empty boxes).
    pub missing: usize,
}

/// A glyph placed on a line laid out by [`TextRaster::lay_out`], in the
/// units of the size asked for (dots for the printer, points for the PDF).
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Placed {
    /// The face: 0 is the main face, see [`TextRaster::fallback_of`] for the others.
    pub face: usize,
    pub id: u16,
    /// Byte offset of its cluster in the text.
    pub cluster: usize,
    /// From the line's left edge, shaping offsets included.
    pub x: f32,
    /// Raised above the baseline by this much (mark positioning).
    pub dy: f32,
    /// How far it moves the pen.
    pub advance: f32,
    /// False for spaces, which only move the pen.
    pub ink: bool,
}

/// One line of a text broken to a width.
#[derive(Debug, Clone)]
pub(crate) struct LaidLine {
    /// The part of the text on this line, spaces around it trimmed.
    pub text: std::ops::Range<usize>,
    /// Width without trailing spaces.
    pub width: f32,
    /// In visual order: a vowel sign drawn before its consonant comes first.
    pub glyphs: Vec<Placed>,
}

/// One shaped glyph, in dots.
#[derive(Debug, Clone, Copy)]
struct Glyph {
    face: usize,
    id: u16,
    /// Byte offset of its cluster in the text.
    cluster: usize,
    advance: f32,
    dx: f32,
    dy: f32,
}

/// A cluster: the smallest piece a line may be broken around.
#[derive(Debug, Clone)]
struct Unit {
    start: usize,
    end: usize,
    glyphs: std::ops::Range<usize>,
    width: f32,
    space: bool,
}

impl<'a> TextRaster<'a> {
    /// Faces in order of preference. The first is the main face: its
    /// missing-glyph box is used for characters no face has.
    pub fn new(faces: Vec<Face<'a>>) -> Option<TextRaster<'a>> {
        let sources = (0..faces.len().saturating_sub(1)).collect();
        (!faces.is_empty()).then_some(TextRaster { faces, sources })
    }

    /// Parses font data: `main` (face `index` of a collection) and
    /// fallbacks (face 0 of each, with the number the caller knows it by).
    /// `None` when the main font cannot be read; a fallback that cannot be
    /// read is skipped.
    pub fn from_fonts(main: &'a [u8], index: u32, fallbacks: impl IntoIterator<Item = (usize, &'a [u8])>) -> Option<TextRaster<'a>> {
        let mut faces = vec![Face::from_slice(main, index)?];
        let mut sources = Vec::new();
        for (source, bytes) in fallbacks {
            if let Some(face) = Face::from_slice(bytes, 0) {
                faces.push(face);
                sources.push(source);
            }
        }
        Some(TextRaster { faces, sources })
    }

    /// The number [`TextRaster::from_fonts`] was given face `face` with;
    /// `None` for the main face.
    pub(crate) fn fallback_of(&self, face: usize) -> Option<usize> {
        face.checked_sub(1).and_then(|i| self.sources.get(i).copied())
    }

    /// The character of `cluster` whose own glyph (by the cmap) glyph `id`
    /// of face `face` is, if any: not for ligatures, conjunct parts and
    /// contextual forms.
    pub(crate) fn own_char(&self, face: usize, id: u16, cluster: &str) -> Option<char> {
        let f = self.faces.get(face)?;
        cluster.chars().find(|c| f.glyph_index(*c).is_some_and(|g| g.0 == id))
    }

    /// The advance of glyph `id` of face `face` as a PDF reader takes it
    /// from the font's widths: in thousandths of an em, whole.
    pub(crate) fn pdf_width(&self, face: usize, id: u16) -> f32 {
        let Some(f) = self.faces.get(face) else { return 0.0 };
        let advance = f.glyph_hor_advance(GlyphId(id)).unwrap_or(0);
        (f32::from(advance) * 1000.0 / f.units_per_em().max(1) as f32).trunc()
    }

    /// Whether some face has every character of `text` (spaces, controls
    /// and joiners need none).
    pub(crate) fn covers(&self, text: &str) -> bool {
        text.chars().all(|c| !needs_glyph(c) || self.faces.iter().any(|f| f.glyph_index(c).is_some()))
    }

    /// The face to draw `c` with, given the run it follows; `None` when no
    /// face has it.
    fn face_for(&self, c: char, current: Option<usize>) -> Option<usize> {
        let first = self.faces.iter().position(|f| f.glyph_index(c).is_some())?;
        match current {
            // Spaces, digits, punctuation and marks stay in the run they are in,
            // so a Nepali sentence is not cut into pieces at every space.
            Some(cur) if first != cur && !c.is_alphabetic() && self.faces[cur].glyph_index(c).is_some() => Some(cur),
            _ => Some(first),
        }
    }

    /// Shapes `text` at `size` dots per em; also counts the characters no
    /// face has.
    fn shape(&self, text: &str, size: f32) -> (Vec<Glyph>, usize) {
        let mut runs: Vec<(usize, usize, usize)> = Vec::new(); // face, start, end
        let mut missing = 0;
        for (i, c) in text.char_indices() {
            let current = runs.last().map(|r| r.0);
            let face = match self.face_for(c, current) {
                Some(f) => f,
                None => {
                    if needs_glyph(c) {
                        missing += 1;
                    }
                    // Shaped in the run it is in: the main face's .notdef, drawn as a box.
                    current.unwrap_or(0)
                }
            };
            match runs.last_mut() {
                Some(r) if r.0 == face => r.2 = i + c.len_utf8(),
                _ => runs.push((face, i, i + c.len_utf8())),
            }
        }
        let mut glyphs = Vec::new();
        for (face_index, start, end) in runs {
            let face = &self.faces[face_index];
            let scale = scale(face, size);
            let mut buffer = UnicodeBuffer::new();
            for (i, c) in text[start..end].char_indices() {
                buffer.add(c, (start + i) as u32);
            }
            buffer.guess_segment_properties();
            let shaped = rustybuzz::shape(face, &[], buffer);
            for (info, pos) in shaped.glyph_infos().iter().zip(shaped.glyph_positions()) {
                glyphs.push(Glyph {
                    face: face_index,
                    id: u16::try_from(info.glyph_id).unwrap_or(0),
                    cluster: info.cluster as usize,
                    advance: pos.x_advance as f32 * scale,
                    dx: pos.x_offset as f32 * scale,
                    dy: pos.y_offset as f32 * scale,
                });
            }
        }
        (glyphs, missing)
    }

    /// Shapes `text` at `size` units per em and breaks it into lines no
    /// wider than `width`: at spaces where the text has spaces, between any
    /// two characters in Japanese and Chinese (not before 。、」 and the
    /// like). Also counts the characters no face has.
    pub(crate) fn lay_out(&self, text: &str, size: f32, width: f32) -> (Vec<LaidLine>, usize) {
        let (glyphs, missing) = self.shape(text, size);
        let units = units(text, &glyphs);
        let lines = break_lines(text, &units, width);
        let laid = lines
            .into_iter()
            .map(|line| {
                let line_units = &units[line];
                let visible = line_units.iter().rposition(|u| !u.space).map_or(0, |last| last + 1);
                let line_width: f32 = line_units[..visible].iter().map(|u| u.width).sum();
                let mut pen = 0.0;
                let mut placed = Vec::new();
                for u in line_units {
                    for g in &glyphs[u.glyphs.clone()] {
                        placed.push(Placed { face: g.face, id: g.id, cluster: g.cluster, x: pen + g.dx, dy: g.dy, advance: g.advance, ink: !u.space });
                        pen += g.advance;
                    }
                }
                let start = line_units.first().map_or(0, |u| u.start);
                let end = line_units[..visible].last().map_or(start, |u| u.end);
                LaidLine { text: start..end, width: line_width, glyphs: placed }
            })
            .collect();
        (laid, missing)
    }

    /// Draws `text` at `size` dots per em, wrapped to `width` dots as
    /// [`TextRaster::lay_out`] breaks it.
    pub fn draw(&self, text: &str, size: f32, align: Align, width: usize) -> Drawn {
        let (lines, missing) = self.lay_out(text, size, width as f32);
        let (ascent, descent) = self.extent(lines.iter().flat_map(|l| &l.glyphs), size);
        let line_height = (ascent + descent).ceil().max(1.0) as usize;
        let mut bitmap = Bitmap::new(width, line_height * lines.len());
        for (n, line) in lines.iter().enumerate() {
            let left = match align {
                Align::Left => 0.0,
                Align::Centre => ((width as f32 - line.width) / 2.0).max(0.0),
            };
            let baseline = (n * line_height) as f32 + ascent;
            for g in line.glyphs.iter().filter(|g| g.ink) {
                self.draw_glyph(&mut bitmap, g, left + g.x, baseline - g.dy, size);
            }
        }
        Drawn { bitmap, missing }
    }

    /// Ascent and descent in dots: the largest of the faces the text uses.
    fn extent<'g>(&self, glyphs: impl Iterator<Item = &'g Placed>, size: f32) -> (f32, f32) {
        let mut used: Vec<usize> = glyphs.map(|g| g.face).collect();
        used.sort_unstable();
        used.dedup();
        if used.is_empty() {
            used.push(0);
        }
        used.iter().fold((0.0f32, 0.0f32), |(a, d), &i| {
            let f = &self.faces[i];
            let scale = scale(f, size);
            (a.max(f32::from(f.ascender()) * scale), d.max(-f32::from(f.descender()) * scale))
        })
    }

    fn draw_glyph(&self, bitmap: &mut Bitmap, g: &Placed, x: f32, baseline: f32, size: f32) {
        let face = &self.faces[g.face];
        let scale = scale(face, size);
        if g.id == 0 {
            tofu(bitmap, x, baseline, g.advance.max(size * 0.5), size);
            return;
        }
        let mut outline = Outline::default();
        let Some(bbox) = face.outline_glyph(GlyphId(g.id), &mut outline) else { return };
        let x0 = (x + f32::from(bbox.x_min) * scale).floor();
        let y0 = (baseline - f32::from(bbox.y_max) * scale).floor();
        let x1 = (x + f32::from(bbox.x_max) * scale).ceil();
        let y1 = (baseline - f32::from(bbox.y_min) * scale).ceil();
        let (w, h) = ((x1 - x0) as usize, (y1 - y0) as usize);
        if w == 0 || h == 0 || w > 4096 || h > 4096 {
            return;
        }
        let map = |p: (f32, f32)| point(x + p.0 * scale - x0, baseline - p.1 * scale - y0);
        let mut r = Rasterizer::new(w, h);
        for s in &outline.segments {
            match *s {
                Segment::Line(a, b) => r.draw_line(map(a), map(b)),
                Segment::Quad(a, c, b) => r.draw_quad(map(a), map(c), map(b)),
                Segment::Cubic(a, c1, c2, b) => r.draw_cubic(map(a), map(c1), map(c2), map(b)),
            }
        }
        let (ox, oy) = (x0 as i64, y0 as i64);
        r.for_each_pixel_2d(|px, py, coverage| {
            if coverage >= INK_THRESHOLD {
                bitmap.set(ox + i64::from(px), oy + i64::from(py));
            }
        });
    }
}

/// Whether `c` must have a glyph to be printed: spaces, controls and the
/// zero-width joiners need none.
fn needs_glyph(c: char) -> bool {
    !c.is_whitespace() && !c.is_control() && !matches!(c, '\u{200c}' | '\u{200d}')
}

/// Dots per font unit at `size` dots per em.
fn scale(face: &Face<'_>, size: f32) -> f32 {
    size / face.units_per_em().max(1) as f32
}

/// An empty box where a glyph is missing.
fn tofu(bitmap: &mut Bitmap, x: f32, baseline: f32, advance: f32, size: f32) {
    let left = (x + advance * 0.1) as i64;
    let right = (x + advance * 0.9) as i64;
    let top = (baseline - size * 0.8) as i64;
    let bottom = baseline as i64;
    for px in left..=right {
        bitmap.set(px, top);
        bitmap.set(px, bottom);
    }
    for py in top..=bottom {
        bitmap.set(left, py);
        bitmap.set(right, py);
    }
}

/// Groups shaped glyphs into clusters, in text order.
fn units(text: &str, glyphs: &[Glyph]) -> Vec<Unit> {
    let mut units: Vec<Unit> = Vec::new();
    for (i, g) in glyphs.iter().enumerate() {
        match units.last_mut() {
            Some(u) if u.start == g.cluster => {
                u.glyphs.end = i + 1;
                u.width += g.advance;
            }
            _ => units.push(Unit { start: g.cluster, end: text.len(), glyphs: i..i + 1, width: g.advance, space: false }),
        }
    }
    for i in 0..units.len() {
        let end = units.get(i + 1).map_or(text.len(), |n| n.start);
        let u = &mut units[i];
        // Clusters come in text order for the left-to-right scripts we print;
        // anything else is kept whole rather than sliced wrongly.
        u.end = if end > u.start { end } else { text.len() };
        u.space = text.get(u.start..u.end).is_some_and(|s| s.chars().all(char::is_whitespace));
    }
    units
}

/// Scripts written without spaces, where a line may break between characters.
fn breaks_anywhere(c: char) -> bool {
    matches!(c, '\u{2e80}'..='\u{9fff}' | '\u{f900}'..='\u{faff}' | '\u{ff00}'..='\u{ffef}' | '\u{20000}'..='\u{3ffff}')
}

/// Characters a line must not start with (行頭禁則) …
fn no_start(c: char) -> bool {
    "、。，．・：；？！ー」』）〕］｝〉》】ぁぃぅぇぉっゃゅょゎァィゥェォッャュョヮヵヶ々…‥゛゜,.:;!?)]}%".contains(c)
}

/// … or end with (行末禁則).
fn no_end(c: char) -> bool {
    "「『（〔［｛〈《【([{".contains(c)
}

/// Greedy line breaking: each line as a range of units.
fn break_lines(text: &str, units: &[Unit], max: f32) -> Vec<std::ops::Range<usize>> {
    let piece = |u: &Unit| text.get(u.start..u.end).unwrap_or("");
    let allowed = |k: usize| {
        let (prev, next) = (piece(&units[k - 1]), piece(&units[k]));
        let (Some(p), Some(n)) = (prev.chars().next_back(), next.chars().next()) else { return false };
        if units[k].space {
            return false;
        }
        if p.is_whitespace() {
            return true;
        }
        (breaks_anywhere(p) || breaks_anywhere(n)) && !no_start(n) && !no_end(p)
    };
    let mut lines = Vec::new();
    let mut start = 0;
    while start < units.len() {
        while start < units.len() && units[start].space {
            start += 1;
        }
        if start == units.len() {
            break;
        }
        let mut width = 0.0;
        let mut last_break = None;
        let mut k = start;
        while k < units.len() {
            if k > start && allowed(k) {
                last_break = Some(k);
            }
            if !units[k].space && k > start && width + units[k].width > max {
                break;
            }
            width += units[k].width;
            k += 1;
        }
        let end = if k == units.len() { k } else { last_break.unwrap_or(k) };
        lines.push(start..end);
        start = end;
    }
    lines
}

#[derive(Debug, Clone, Copy)]
enum Segment {
    Line((f32, f32), (f32, f32)),
    Quad((f32, f32), (f32, f32), (f32, f32)),
    Cubic((f32, f32), (f32, f32), (f32, f32), (f32, f32)),
}

/// A glyph outline in font units, closed contour by contour.
#[derive(Default)]
struct Outline {
    segments: Vec<Segment>,
    start: (f32, f32),
    last: (f32, f32),
}

impl OutlineBuilder for Outline {
    fn move_to(&mut self, x: f32, y: f32) {
        self.start = (x, y);
        self.last = (x, y);
    }

    fn line_to(&mut self, x: f32, y: f32) {
        self.segments.push(Segment::Line(self.last, (x, y)));
        self.last = (x, y);
    }

    fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
        self.segments.push(Segment::Quad(self.last, (x1, y1), (x, y)));
        self.last = (x, y);
    }

    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.segments.push(Segment::Cubic(self.last, (x1, y1), (x2, y2), (x, y)));
        self.last = (x, y);
    }

    fn close(&mut self) {
        if self.last != self.start {
            self.segments.push(Segment::Line(self.last, self.start));
        }
        self.last = self.start;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::CjkFont;

    fn with_raster<R>(f: impl FnOnce(&TextRaster<'_>) -> R) -> R {
        let font = CjkFont::discover(None).expect("a CJK font (scripts/install-test-deps)");
        font.with_raster(f).expect("the font shapes")
    }

    #[test]
    fn bitmaps_pack_dots_msb_first_and_stack() {
        let mut a = Bitmap::new(10, 2);
        assert_eq!(a.width_bytes(), 2);
        a.set(0, 0);
        a.set(9, 1);
        a.set(-1, 0);
        a.set(16, 0);
        a.set(0, 2);
        assert_eq!(a.data(), &[0x80, 0, 0, 0x40]);
        assert!(a.get(0, 0) && a.get(9, 1) && !a.get(1, 0) && !a.get(99, 99));
        let mut b = Bitmap::new(16, 1);
        b.set(15, 0);
        a.append(&b);
        assert_eq!((a.height(), a.ink(), a.row_ink(2)), (3, 3, 1));
        assert_eq!(a.rows(1, 99).data(), &[0, 0x40, 0, 0x01]);
        assert_eq!(&a.to_pbm()[..9], b"P4\n16 3\n\x80");
    }

    #[test]
    fn lines_fit_the_paper_and_keep_their_characters() {
        with_raster(|r| {
            for (text, size, width) in [
                ("在留カードまたはパスポートと、前にお住まいだった市区町村で発行された転出証明書をお持ちください。", 24.0, 384.0),
                ("Moving-out certificate from your previous city and a residence card or passport", 24.0, 384.0),
                ("फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस् र कृपया ल्याउनुहोस्", 24.0, 200.0),
                ("受付番号", 96.0, 384.0),
                ("Supercalifragilisticexpialidocious-without-any-space-at-all", 24.0, 200.0),
            ] {
                let (glyphs, _) = r.shape(text, size);
                let units = units(text, &glyphs);
                let lines = break_lines(text, &units, width);
                assert!(lines.len() >= 2 || size > 48.0, "{text} wraps");
                let mut kept = String::new();
                for line in &lines {
                    let us = &units[line.clone()];
                    let w: f32 = us.iter().filter(|u| !u.space).map(|u| u.width).sum();
                    assert!(w <= width || us.len() == 1, "{text}: line of {w} dots");
                    let s = &text[us[0].start..us.last().map_or(0, |u| u.end)];
                    assert!(!s.starts_with(['。', '、']), "no line starts with 。or 、: {s}");
                    if text.contains(' ') && !s.contains('-') {
                        assert!(!s.trim_end().contains("  "));
                    }
                    kept.push_str(s.trim());
                }
                let all: String = text.chars().filter(|c| !c.is_whitespace()).collect();
                assert_eq!(kept.chars().filter(|c| !c.is_whitespace()).collect::<String>(), all, "nothing lost or doubled");
                // English breaks at spaces only.
                if text.starts_with("Moving") {
                    for line in &lines {
                        let end = units[line.end - 1].end;
                        assert!(end == text.len() || text[end..].starts_with(' ') || text[..end].ends_with(' '), "broke inside a word");
                    }
                }
            }
        });
    }

    #[test]
    fn devanagari_is_shaped_not_just_mapped() {
        with_raster(|r| {
            let Some(deva) = r.faces.iter().position(|f| f.glyph_index('क').is_some()) else {
                // No Devanagari font on this machine (fonts-noto-core): nothing to shape.
                return;
            };
            // ि is written after क but drawn before it.
            let (glyphs, missing) = r.shape("कि", 24.0);
            assert_eq!(missing, 0);
            let ka = r.faces[deva].glyph_index('क').map(|g| g.0);
            assert!(glyphs.iter().all(|g| g.face == deva));
            assert_eq!(glyphs.len(), 2);
            assert_ne!(Some(glyphs[0].id), ka);
            assert_eq!(Some(glyphs[1].id), ka);
            // न्ब (in नम्बर) is a conjunct: not a visible virama between two letters.
            let (conjunct, _) = r.shape("म्ब", 24.0);
            let virama = r.faces[deva].glyph_index('्').map(|g| g.0);
            assert!(conjunct.iter().all(|g| Some(g.id) != virama), "{conjunct:?}");
        });
    }

    #[test]
    fn a_bigger_size_makes_taller_lines() {
        with_raster(|r| {
            let small = r.draw("市民課", 24.0, Align::Centre, 576).bitmap;
            let big = r.draw("市民課", 48.0, Align::Centre, 576).bitmap;
            assert!(big.height() >= 2 * small.height() - 1);
            assert!(big.ink() > 3 * small.ink());
        });
    }
}
