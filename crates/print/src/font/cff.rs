//! A CID-keyed CFF font program rewritten for embedding in a PDF.
//!
//! Noto Sans CJK carries three things a printed ticket does not need, and
//! which printpdf (through allsorts) would carry into every ticket's subset:
//!
//! * subroutines: pieces of charstring shared between glyphs. A subset
//!   keeps every subroutine of the original so that its glyphs can call
//!   them by their old numbers (unused ones emptied, their INDEX entries
//!   kept): 28,516 local subroutines for the ideographs alone, 61 KB of the
//!   94 KB program of a long Chinese ticket, though only 235 were used. They
//!   are inlined here ("desubroutinized") and the INDEXes dropped;
//! * hints: stem hints (`hstem`, `vstem`, …) and `hintmask`s, which fit
//!   outlines to a screen's pixel grid, as the TrueType instructions stripped
//!   by [`super::unhinted`] do. They are left out of the rewritten glyphs;
//! * a Font DICT and Private DICT for each of 18 glyph groups (Kana,
//!   Hangul, Ideographs, …), kept in every subset whether its glyphs use
//!   them or not, and parsed anew by printpdf for every glyph whose width it
//!   looks up (most of a Korean ticket's time). Without hints they differ
//!   only in name and in how widths are written, so one serves all glyphs.
//!
//! The whole face is rewritten once, when the font is loaded
//! ([`flattened_face`], 0.2 s; the result is smaller than the original).
//! [`compact`] also runs on each ticket's subset, for a font that could not
//! be rewritten whole. The glyph order, the charset (so each glyph keeps its
//! CID, which is what the PDF's content stream, `/W` and `/ToUnicode` refer
//! to), the outlines and the advance widths are exactly as they were.

use super::sfnt::read16;
use std::collections::BTreeSet;

/// `cff` (a bare CFF table of a CID-keyed font, as printpdf embeds it in
/// `/FontFile3` with `/Subtype /CIDFontType0C`, or a whole font's) without
/// subroutines and hints, with one Font DICT where one will do and otherwise
/// only those used; `None` for anything else (a name-keyed font, a
/// charstring using operators a subset font never has, a malformed table),
/// which is then embedded as it is.
pub(crate) fn compact(cff: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(cff.len());
    compact_into(cff, &mut out)?;
    Some(out)
}

/// [`compact`], appended to `out` (left as it was on `None`). A whole font
/// is written straight into the file it will be part of, its 65,535 glyphs
/// flattened one at a time through one small buffer: copies of a 14 MB
/// program and one allocation per glyph would stay behind in the
/// allocator's heap as resident memory long after the font is loaded.
fn compact_into(cff: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let base = out.len();
    let written = write_compacted(cff, out);
    if written.is_none() {
        out.truncate(base);
    }
    written
}

fn write_compacted(cff: &[u8], out: &mut Vec<u8>) -> Option<()> {
    let header_size = usize::from(*cff.get(2)?);
    let names = index(cff, header_size)?;
    let top_dicts = index(cff, names.end)?;
    let strings = index(cff, top_dicts.end)?;
    let global_subrs = index(cff, strings.end)?;
    let [top] = top_dicts.items.as_slice() else { return None };
    let top = dict(top)?;
    let operand = |entries: &[Entry<'_>], op: u16| entries.iter().find(|e| e.op == op).and_then(|e| e.operands.first().copied().flatten());
    let at = |entries: &[Entry<'_>], op: u16| operand(entries, op).and_then(|o| usize::try_from(o).ok());
    // Only a CID-keyed font (ROS first), with Type 2 charstrings and no top-level Private DICT or Encoding.
    if top.first()?.op != ROS || top.iter().any(|e| [PRIVATE, ENCODING].contains(&e.op)) || operand(&top, CHARSTRING_TYPE).is_some_and(|t| t != 2) {
        return None;
    }
    let glyphs = index(cff, at(&top, CHARSTRINGS)?)?.items;
    let count = glyphs.len();
    let charset_at = at(&top, CHARSET).filter(|at| *at > 2)?;
    let charset = cff.get(charset_at..charset_at + charset_len(cff, charset_at, count)?)?;
    let fd_of = fd_select(cff, at(&top, FD_SELECT)?, count)?;
    let fonts = index(cff, at(&top, FD_ARRAY)?)?.items;

    // Each Font DICT used, its Private DICT and local subroutines.
    let used: BTreeSet<u8> = fd_of.iter().copied().collect();
    let mut font_dicts = Vec::with_capacity(used.len());
    let mut local_subrs: Vec<Vec<&[u8]>> = vec![Vec::new(); fonts.len()];
    for &fd in &used {
        let font = dict(fonts.get(usize::from(fd))?)?;
        let private = font.iter().find(|e| e.op == PRIVATE)?;
        let [Some(size), Some(offset)] = private.operands[..] else { return None };
        let (size, offset) = (usize::try_from(size).ok()?, usize::try_from(offset).ok()?);
        let private = dict(cff.get(offset..offset.checked_add(size)?)?)?;
        if let Some(subrs) = at(&private, SUBRS) {
            local_subrs[usize::from(fd)] = index(cff, offset.checked_add(subrs)?)?.items;
        }
        font_dicts.push((fd, font, private));
    }

    // Without hints, what tells the Font DICTs apart is only their name and
    // how their glyphs' widths are written; one does for all, which a reader
    // parses once instead of eighteen times (printpdf does so per glyph).
    let one = one_font_dict(&font_dicts, &fd_of);
    let (new_fd_of, privates, kept_fonts) = match &one {
        Some(one) => (vec![0; count], vec![one.private.clone()], vec![&font_dicts.first()?.1]),
        None => {
            let new_fd = |fd: u8| font_dicts.iter().position(|(used, ..)| *used == fd).and_then(|i| u8::try_from(i).ok());
            let new_fd_of = fd_of.iter().map(|fd| new_fd(*fd)).collect::<Option<Vec<u8>>>()?;
            let privates = font_dicts.iter().map(|(_, _, private)| write_dict(private, |e| e.op != SUBRS, |_| None)).collect();
            (new_fd_of, privates, font_dicts.iter().map(|(_, font, _)| font).collect())
        }
    };

    // FDSelect format 3: one range per run of glyphs in the same Font DICT.
    let mut fd_select = vec![3, 0, 0];
    let mut ranges = 0u16;
    for (glyph, &fd) in new_fd_of.iter().enumerate() {
        if glyph == 0 || new_fd_of[glyph - 1] != fd {
            fd_select.extend_from_slice(&u16::try_from(glyph).ok()?.to_be_bytes());
            fd_select.push(fd);
            ranges += 1;
        }
    }
    fd_select[1..3].copy_from_slice(&ranges.to_be_bytes());
    fd_select.extend_from_slice(&u16::try_from(count).ok()?.to_be_bytes());

    // Offsets are written as 5-byte integers, so every DICT's length is
    // known before the offsets are: lay out with zeros, then for real. The
    // CharStrings INDEX goes last, written as the glyphs are flattened.
    let font_array = |private_at: usize| -> Option<Vec<u8>> {
        let mut at = private_at;
        let dicts: Vec<Vec<u8>> = kept_fonts
            .iter()
            .zip(&privates)
            .map(|(font, private)| {
                let d = write_dict(font, |_| true, |e| (e.op == PRIVATE).then(|| vec![private.len(), at]));
                at += private.len();
                d
            })
            .collect();
        write_index(&dicts)
    };
    let top_dict = |charset_at: usize, fd_select_at: usize, charstrings_at: usize, fd_array_at: usize| {
        let offsets = |e: &Entry<'_>| match e.op {
            CHARSET => Some(vec![charset_at]),
            FD_SELECT => Some(vec![fd_select_at]),
            CHARSTRINGS => Some(vec![charstrings_at]),
            FD_ARRAY => Some(vec![fd_array_at]),
            _ => None,
        };
        write_index(&[write_dict(&top, |_| true, offsets)])
    };
    // Header, Name INDEX, Top DICT INDEX, String INDEX, an empty Global Subr INDEX.
    let charset_at = names.end + top_dict(0, 0, 0, 0)?.len() + (strings.end - top_dicts.end) + 2;
    let fd_select_at = charset_at + charset.len();
    let fd_array_at = fd_select_at + fd_select.len();
    let private_at = fd_array_at + font_array(0)?.len();
    let charstrings_at = private_at + privates.iter().map(Vec::len).sum::<usize>();

    out.extend_from_slice(cff.get(..names.end)?);
    out.extend_from_slice(&top_dict(charset_at, fd_select_at, charstrings_at, fd_array_at)?);
    out.extend_from_slice(cff.get(top_dicts.end..strings.end)?);
    out.extend_from_slice(&[0, 0]); // no global subroutines
    out.extend_from_slice(charset);
    out.extend_from_slice(&fd_select);
    out.extend_from_slice(&font_array(private_at)?);
    for private in &privates {
        out.extend_from_slice(private);
    }

    // CharStrings: the INDEX's offsets, four bytes each until the glyphs'
    // length is known, then the glyphs.
    let index_at = out.len();
    out.extend_from_slice(&u16::try_from(count).ok()?.to_be_bytes());
    out.push(4);
    let data_at = out.len() + 4 * (count + 1);
    out.resize(data_at, 0);
    let mut ends = Vec::with_capacity(count);
    let mut flattener = Flattener::new(&global_subrs.items);
    for (glyph, &fd) in glyphs.iter().zip(&fd_of) {
        flattener.glyph(glyph, &local_subrs[usize::from(fd)])?;
        match &one {
            Some(one) => {
                let advance = one.advance(fd, flattener.width)?;
                if advance != one.common {
                    out.extend(charstring_int(advance - one.common)?);
                }
                out.extend_from_slice(flattener.out.get(flattener.width.map_or(0, |(end, _)| end)..)?);
            }
            None => out.extend_from_slice(&flattener.out),
        }
        ends.push(out.len() - data_at);
    }
    // The smallest offset size that holds them, the glyphs moved up to it.
    let size = (1..=4).find(|s| ends.last().copied().unwrap_or(0) + 1 < 1 << (8 * s))?;
    let new_data_at = index_at + 3 + size * (count + 1);
    out[index_at + 2] = u8::try_from(size).ok()?;
    for (i, offset) in std::iter::once(0).chain(ends.iter().copied()).enumerate() {
        let at = index_at + 3 + i * size;
        out[at..at + size].copy_from_slice(&(offset + 1).to_be_bytes()[std::mem::size_of::<usize>() - size..]);
    }
    let end = out.len();
    out.copy_within(data_at..end, new_data_at);
    out.truncate(end - (data_at - new_data_at));
    Some(())
}

/// Face `index` of `font` (a CID-keyed CFF font, or a collection of them)
/// as a font of its own with its `CFF ` table [compacted](compact): every
/// other table as it was, so glyph ids, metrics, cmap and shaping do not
/// change. `None` for a font with other outlines.
pub(crate) fn flattened_face(font: &[u8], index: u32) -> Option<Vec<u8>> {
    let face = rustybuzz::ttf_parser::RawFace::parse(font, index).ok()?;
    let mut tables: Vec<([u8; 4], std::borrow::Cow<'_, [u8]>)> = Vec::new();
    let mut cff = None;
    for record in face.table_records {
        let data = face.table(record.tag)?;
        match &record.tag.to_bytes() {
            b"CFF " => cff = Some(data),
            tag => tables.push((*tag, std::borrow::Cow::Borrowed(data))),
        }
    }
    let cff = cff?;
    // The rewritten program is written last, straight into the file.
    super::sfnt::write_with_last(super::sfnt::CFF, &tables, *b"CFF ", cff.len(), |out| compact_into(cff, out))
}

/// One Font DICT for all glyphs: its Private DICT and how each glyph's
/// advance width is written against it.
struct OneFontDict {
    /// The first Private DICT used, without subroutines, with
    /// `defaultWidthX` and `nominalWidthX` both `common`.
    private: Vec<u8>,
    /// The width most glyphs have, which they then need not write: the
    /// `defaultWidthX` of the Font DICT with the most glyphs.
    common: i32,
    /// (defaultWidthX, nominalWidthX) of each original Font DICT, by its number.
    widths: Box<[(i32, i32); 256]>,
}

impl OneFontDict {
    /// The advance width of a glyph of Font DICT `fd` with the width
    /// operand `width` (see [`Flattener::width`]); `None` for a real number.
    fn advance(&self, fd: u8, width: Option<(usize, Option<i32>)>) -> Option<i32> {
        let (default, nominal) = self.widths[usize::from(fd)];
        match width {
            Some((_, value)) => value.map(|v| nominal + v),
            None => Some(default),
        }
    }
}

/// One Font DICT for the glyphs of the Font DICTs `used`, when these differ
/// only in name and widths (an integer each); `None` otherwise.
fn one_font_dict(used: &[(u8, Vec<Entry<'_>>, Vec<Entry<'_>>)], fd_of: &[u8]) -> Option<OneFontDict> {
    if used.iter().any(|(_, font, _)| font.iter().any(|e| ![FONT_NAME, PRIVATE].contains(&e.op))) {
        return None;
    }
    let mut widths = Box::new([(0, 0); 256]);
    for (fd, _, private) in used {
        let value = |op: u16| match private.iter().find(|e| e.op == op) {
            Some(e) => match e.operands[..] {
                [Some(v)] => Some(v),
                _ => None,
            },
            None => Some(0),
        };
        widths[usize::from(*fd)] = (value(DEFAULT_WIDTH)?, value(NOMINAL_WIDTH)?);
    }
    let mut glyphs = [0usize; 256];
    for fd in fd_of {
        glyphs[usize::from(*fd)] += 1;
    }
    let largest = (0..256).max_by_key(|fd| glyphs[*fd])?;
    let common = widths[largest].0;
    let (_, _, first) = used.first()?;
    let mut private = write_dict(first, |e| ![SUBRS, DEFAULT_WIDTH, NOMINAL_WIDTH].contains(&e.op), |_| None);
    for op in [DEFAULT_WIDTH, NOMINAL_WIDTH] {
        private.push(29);
        private.extend_from_slice(&common.to_be_bytes());
        private.push(u8::try_from(op).ok()?);
    }
    Some(OneFontDict { private, common, widths })
}

/// An integer as a charstring operand.
fn charstring_int(v: i32) -> Option<Vec<u8>> {
    Some(match v {
        -107..=107 => vec![u8::try_from(v + 139).ok()?],
        108..=1131 => {
            let v = v - 108;
            vec![u8::try_from(v / 256 + 247).ok()?, u8::try_from(v % 256).ok()?]
        }
        -1131..=-108 => {
            let v = -v - 108;
            vec![u8::try_from(v / 256 + 251).ok()?, u8::try_from(v % 256).ok()?]
        }
        _ => {
            let [hi, lo] = i16::try_from(v).ok()?.to_be_bytes();
            vec![28, hi, lo]
        }
    })
}

// DICT operators (two-byte ones as 12 << 8 | second byte).
const CHARSET: u16 = 15;
const ENCODING: u16 = 16;
const CHARSTRINGS: u16 = 17;
const PRIVATE: u16 = 18;
const SUBRS: u16 = 19;
const DEFAULT_WIDTH: u16 = 20;
const NOMINAL_WIDTH: u16 = 21;
const CHARSTRING_TYPE: u16 = 0x0c06;
const ROS: u16 = 0x0c1e;
const FD_ARRAY: u16 = 0x0c24;
const FD_SELECT: u16 = 0x0c25;
const FONT_NAME: u16 = 0x0c26;

/// An INDEX: its items and where it ends.
struct Index<'a> {
    items: Vec<&'a [u8]>,
    end: usize,
}

fn index(data: &[u8], at: usize) -> Option<Index<'_>> {
    let count = usize::from(read16(data, at)?);
    if count == 0 {
        return Some(Index { items: Vec::new(), end: at + 2 });
    }
    let size = usize::from(*data.get(at + 2)?);
    if !(1..=4).contains(&size) {
        return None;
    }
    let offset = |i: usize| data.get(at + 3 + i * size..at + 3 + (i + 1) * size).map(|b| b.iter().fold(0usize, |n, b| n << 8 | usize::from(*b)));
    // Offsets count from the byte before the data.
    let base = at + 3 + (count + 1) * size - 1;
    let offsets = (0..=count).map(offset).collect::<Option<Vec<_>>>()?;
    let items = offsets.windows(2).map(|w| data.get(base + w[0]..base + w[1])).collect::<Option<Vec<_>>>()?;
    Some(Index { items, end: base + offsets[count] })
}

fn write_index(items: &[Vec<u8>]) -> Option<Vec<u8>> {
    let count = u16::try_from(items.len()).ok()?;
    if count == 0 {
        return Some(vec![0, 0]);
    }
    let last = items.iter().map(Vec::len).sum::<usize>() + 1;
    let size = (1..=4).find(|s| last < 1 << (8 * s))?;
    let mut out = Vec::with_capacity(3 + (items.len() + 1) * size + last);
    out.extend_from_slice(&count.to_be_bytes());
    out.push(u8::try_from(size).ok()?);
    let mut offset = 1usize;
    for len in std::iter::once(0).chain(items.iter().map(Vec::len)) {
        offset += len;
        out.extend_from_slice(&offset.to_be_bytes()[std::mem::size_of::<usize>() - size..]);
    }
    for item in items {
        out.extend_from_slice(item);
    }
    Some(out)
}

/// A DICT entry: its operator, its operands (`None` for a real number) and
/// its bytes, operands and operator.
struct Entry<'a> {
    op: u16,
    operands: Vec<Option<i32>>,
    bytes: &'a [u8],
}

fn dict(data: &[u8]) -> Option<Vec<Entry<'_>>> {
    let mut entries = Vec::new();
    let (mut start, mut i) = (0, 0);
    let mut operands = Vec::new();
    while i < data.len() {
        let b0 = data[i];
        let byte = |k: usize| data.get(i + k).copied().map(i32::from);
        match b0 {
            0..=21 => {
                let op = if b0 == 12 { 0x0c00 | u16::from(*data.get(i + 1)?) } else { u16::from(b0) };
                i += if b0 == 12 { 2 } else { 1 };
                entries.push(Entry { op, operands: std::mem::take(&mut operands), bytes: &data[start..i] });
                start = i;
            }
            28 => {
                operands.push(Some(i32::from(i16::from_be_bytes([*data.get(i + 1)?, *data.get(i + 2)?]))));
                i += 3;
            }
            29 => {
                operands.push(Some(i32::from_be_bytes(data.get(i + 1..i + 5)?.try_into().ok()?)));
                i += 5;
            }
            30 => {
                // A real: nibbles up to and including an 0xf.
                i += 1;
                while data.get(i)? & 0x0f != 0x0f && data.get(i)? >> 4 != 0x0f {
                    i += 1;
                }
                i += 1;
                operands.push(None);
            }
            32..=246 => {
                operands.push(Some(i32::from(b0) - 139));
                i += 1;
            }
            247..=250 => {
                operands.push(Some((i32::from(b0) - 247) * 256 + byte(1)? + 108));
                i += 2;
            }
            251..=254 => {
                operands.push(Some(-(i32::from(b0) - 251) * 256 - byte(1)? - 108));
                i += 2;
            }
            _ => return None,
        }
    }
    operands.is_empty().then_some(entries)
}

/// `entries` that `keep` says to keep, in their order, each with the
/// operands `replace` gives it (as 5-byte integers) or as they were.
fn write_dict(entries: &[Entry<'_>], keep: impl Fn(&Entry<'_>) -> bool, replace: impl Fn(&Entry<'_>) -> Option<Vec<usize>>) -> Vec<u8> {
    let mut out = Vec::new();
    for e in entries.iter().filter(|e| keep(e)) {
        match replace(e) {
            Some(values) => {
                for v in values {
                    out.push(29);
                    out.extend_from_slice(&u32::try_from(v).unwrap_or(u32::MAX).to_be_bytes());
                }
                // The operator: the entry's last byte or two.
                out.extend_from_slice(&e.bytes[e.bytes.len() - if e.op > 0xff { 2 } else { 1 }..]);
            }
            None => out.extend_from_slice(e.bytes),
        }
    }
    out
}

/// The length of the charset at `at`, for a font of `count` glyphs.
fn charset_len(data: &[u8], at: usize, count: usize) -> Option<usize> {
    let format = *data.get(at)?;
    let covered = count.checked_sub(1)?;
    match format {
        0 => Some(1 + 2 * covered),
        1 | 2 => {
            let (range, left) = if format == 1 { (3, 1) } else { (4, 2) };
            let (mut len, mut seen) = (1, 0);
            while seen < covered {
                let n = data.get(at + len + 2..at + len + 2 + left)?.iter().fold(0usize, |n, b| n << 8 | usize::from(*b));
                seen += n + 1;
                len += range;
            }
            Some(len)
        }
        _ => None,
    }
}

/// The Font DICT of each of `count` glyphs, from the FDSelect at `at`.
fn fd_select(data: &[u8], at: usize, count: usize) -> Option<Vec<u8>> {
    match *data.get(at)? {
        0 => Some(data.get(at + 1..at + 1 + count)?.to_vec()),
        3 => {
            let ranges = usize::from(read16(data, at + 1)?);
            let mut out = Vec::with_capacity(count);
            for r in 0..ranges {
                let range = at + 3 + 3 * r;
                let (first, fd, next) = (usize::from(read16(data, range)?), *data.get(range + 2)?, usize::from(read16(data, range + 3)?));
                if first != out.len() || next < first {
                    return None;
                }
                out.resize(next, fd);
            }
            (out.len() == count).then_some(out)
        }
        _ => None,
    }
}

/// Rewrites one Type 2 charstring: subroutine calls replaced by the
/// subroutine's own code, hint operators and their operands left out.
struct Flattener<'a> {
    global: &'a [&'a [u8]],
    local: &'a [&'a [u8]],
    out: Vec<u8>,
    /// Where each operand since the last operator starts in `out`, and its
    /// value when it is an integer.
    operands: Vec<(usize, Option<i32>)>,
    /// Stem hints declared so far: a `hintmask` is followed by one bit per stem.
    stems: usize,
    /// Whether the first stack-clearing operator, which may carry the
    /// glyph's advance width as an extra first operand, has been seen.
    width_seen: bool,
    /// The advance width operand, when the glyph has one: where its bytes
    /// end in `out` (it is always the first thing there) and its value.
    width: Option<(usize, Option<i32>)>,
}

/// A flattened charstring and its advance width operand (see [`Flattener::width`]).
#[cfg(test)]
struct Flat {
    code: Vec<u8>,
    width: Option<(usize, Option<i32>)>,
}

/// How a run of charstring code ended.
#[derive(PartialEq)]
enum End {
    Return,
    EndChar,
}

impl<'a> Flattener<'a> {
    fn new(global: &'a [&'a [u8]]) -> Flattener<'a> {
        Flattener { global, local: &[], out: Vec::new(), operands: Vec::new(), stems: 0, width_seen: false, width: None }
    }

    /// Flattens `glyph` (whose Font DICT has the subroutines `local`) into
    /// `out`, and notes its `width`; `None` when it does not flatten.
    fn glyph(&mut self, glyph: &[u8], local: &'a [&'a [u8]]) -> Option<()> {
        self.local = local;
        self.out.clear();
        self.operands.clear();
        (self.stems, self.width_seen, self.width) = (0, false, None);
        (self.code(glyph, 0)? == End::EndChar).then_some(())
    }

    #[cfg(test)]
    fn run(glyph: &[u8], global: &'a [&'a [u8]], local: &'a [&'a [u8]]) -> Option<Flat> {
        let mut f = Flattener::new(global);
        f.glyph(glyph, local)?;
        Some(Flat { code: f.out, width: f.width })
    }

    fn code(&mut self, code: &[u8], depth: usize) -> Option<End> {
        // The specification's limit on nested subroutine calls.
        if depth > 10 {
            return None;
        }
        let mut i = 0;
        while i < code.len() {
            let b0 = code[i];
            let operand_len = match b0 {
                28 => 3,
                32..=246 => 1,
                247..=254 => 2,
                255 => 5,
                _ => 0,
            };
            if operand_len > 0 {
                let bytes = code.get(i..i + operand_len)?;
                let value = match b0 {
                    28 => Some(i32::from(i16::from_be_bytes([bytes[1], bytes[2]]))),
                    32..=246 => Some(i32::from(b0) - 139),
                    247..=250 => Some((i32::from(b0) - 247) * 256 + i32::from(bytes[1]) + 108),
                    251..=254 => Some(-(i32::from(b0) - 251) * 256 - i32::from(bytes[1]) - 108),
                    _ => None, // 16.16 fixed
                };
                self.operands.push((self.out.len(), value));
                self.out.extend_from_slice(bytes);
                i += operand_len;
                continue;
            }
            let op = if b0 == 12 { 0x0c00 | u16::from(*code.get(i + 1)?) } else { u16::from(b0) };
            let op_bytes = code.get(i..i + if b0 == 12 { 2 } else { 1 })?;
            i += op_bytes.len();
            match op {
                // callsubr, callgsubr: the subroutine's code instead of the call.
                10 | 29 => {
                    let (start, number) = self.operands.pop()?;
                    self.out.truncate(start);
                    let subrs = if op == 10 { self.local } else { self.global };
                    let biased = usize::try_from(number? + bias(subrs.len())).ok()?;
                    if self.code(subrs.get(biased)?, depth + 1)? == End::EndChar {
                        return Some(End::EndChar);
                    }
                }
                11 => return Some(End::Return),
                // hstem, vstem, hstemhm, vstemhm
                1 | 3 | 18 | 23 => {
                    self.stems += self.operands.len() / 2;
                    self.drop_hint();
                }
                // hintmask, cntrmask: operands before one are an implicit vstem.
                19 | 20 => {
                    self.stems += self.operands.len() / 2;
                    self.drop_hint();
                    i += self.stems.div_ceil(8);
                    if i > code.len() {
                        return None;
                    }
                }
                14 => {
                    // endchar takes no operands, or four (a seac-like accent).
                    self.first_clearing(matches!(self.operands.len(), 1 | 5));
                    self.out.extend_from_slice(op_bytes);
                    return Some(End::EndChar);
                }
                // The path operators: rmoveto, hmoveto, vmoveto, the lines and curves, the flexes.
                21 | 22 | 4 | 5..=8 | 24..=27 | 30 | 31 | 0x0c22..=0x0c25 => {
                    let args = match op {
                        21 => 2,
                        22 | 4 => 1,
                        // Not a glyph's first operator in a valid font: no width.
                        _ => usize::MAX,
                    };
                    self.first_clearing(self.operands.len() > args);
                    self.operands.clear();
                    self.out.extend_from_slice(op_bytes);
                }
                // Arithmetic and storage operators, reserved ones: not in the fonts we embed.
                _ => return None,
            }
        }
        // A subroutine may end without `return` (CFF2 style); a glyph may not.
        Some(End::Return)
    }

    /// Leaves out a hint operator and its operands, but keeps the advance
    /// width when it is the glyph's first stack-clearing operator and has
    /// one (an odd number of operands): it is then read as an extra first
    /// operand of the next one kept, a moveto or `endchar`.
    fn drop_hint(&mut self) {
        let keep = usize::from(!self.width_seen && self.operands.len() % 2 == 1);
        self.first_clearing(keep == 1);
        if let Some((start, _)) = self.operands.get(keep) {
            self.out.truncate(*start);
        }
        self.operands.clear();
    }

    /// Notes a stack-clearing operator: when it is the glyph's first and
    /// `has_width`, its first operand is the glyph's advance width.
    fn first_clearing(&mut self, has_width: bool) {
        if !self.width_seen && has_width {
            let end = self.operands.get(1).map_or(self.out.len(), |(start, _)| *start);
            self.width = self.operands.first().map(|(_, value)| (end, *value));
        }
        self.width_seen = true;
    }
}

/// The number added to a subroutine call's operand, by the number of subroutines.
fn bias(count: usize) -> i32 {
    match count {
        0..1240 => 107,
        1240..33900 => 1131,
        _ => 32768,
    }
}

#[cfg(test)]
mod tests;
