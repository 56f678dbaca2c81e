//! The compacted program checked against the one printpdf writes, glyph by
//! glyph, with ttf-parser reading both.

use super::*;
use crate::font::test_outline::Path;
use rustybuzz::ttf_parser::{Face, GlyphId, Tag, cff::Table};
use std::collections::BTreeMap;

/// The file and face of the first CJK font on this machine with CID-keyed
/// CFF outlines (Noto Sans CJK; not IPAex Gothic), as it is on disk.
fn cff_font_file() -> Option<(Vec<u8>, u32)> {
    crate::font::CANDIDATES.iter().find_map(|(path, index)| {
        let bytes = std::fs::read(path).ok()?;
        let face = rustybuzz::ttf_parser::RawFace::parse(&bytes, u32::try_from(*index).ok()?).ok()?;
        face.table(rustybuzz::ttf_parser::Tag::from_bytes(b"CFF "))?;
        Some((bytes, u32::try_from(*index).ok()?))
    })
}

/// The bare CFF printpdf embeds for `text` set in the original font, as
/// it would without our rewrite at load.
fn embedded_cff(text: &str) -> Option<Vec<u8>> {
    let (bytes, index) = cff_font_file()?;
    let font = printpdf::ParsedFont::from_bytes(&bytes, index as usize, &mut Vec::new()).expect("printpdf reads the font");
    let glyphs: BTreeMap<u16, String> = text.chars().filter_map(|c| Some((font.lookup_glyph_index(c as u32)?, c.to_string()))).collect();
    let subset = printpdf::subset_font(&font, &glyphs).expect("printpdf subsets the font");
    printpdf::extract_cid_keyed_cff(&subset.bytes, 0)
}

/// Each glyph's advance width as its charstring gives it, read with the
/// widths of its Private DICT.
fn charstring_widths(cff: &[u8]) -> Vec<i32> {
    let names = index(cff, usize::from(cff[2])).expect("names");
    let top = index(cff, names.end).expect("top");
    let strings = index(cff, top.end).expect("strings");
    let global = index(cff, strings.end).expect("global subrs").items;
    let top = dict(top.items[0]).expect("top dict");
    let at = |op| top.iter().find(|e| e.op == op).and_then(|e| e.operands[0]).expect("offset") as usize;
    let glyphs = index(cff, at(CHARSTRINGS)).expect("CharStrings").items;
    let fd_of = fd_select(cff, at(FD_SELECT), glyphs.len()).expect("FDSelect");
    let fonts: Vec<(i32, i32, Vec<&[u8]>)> = index(cff, at(FD_ARRAY))
        .expect("FDArray")
        .items
        .into_iter()
        .map(|font| {
            let font = dict(font).expect("font dict");
            let private = font.iter().find(|e| e.op == PRIVATE).expect("Private");
            let (size, offset) = (private.operands[0].expect("size") as usize, private.operands[1].expect("offset") as usize);
            let private = dict(&cff[offset..offset + size]).expect("private dict");
            let value = |op| private.iter().find(|e| e.op == op).map_or(0, |e| e.operands[0].expect("an integer"));
            let subrs = private.iter().find(|e| e.op == SUBRS).map_or(Vec::new(), |e| index(cff, offset + e.operands[0].expect("offset") as usize).expect("Subrs").items);
            (value(DEFAULT_WIDTH), value(NOMINAL_WIDTH), subrs)
        })
        .collect();
    glyphs
        .iter()
        .zip(fd_of)
        .map(|(glyph, fd)| {
            let (default, nominal, subrs) = &fonts[usize::from(fd)];
            match Flattener::run(glyph, &global, subrs).expect("flattens").width {
                Some((_, value)) => nominal + value.expect("an integer width"),
                None => *default,
            }
        })
        .collect()
}

const TEXT: &str = "八幡西区役所 国保年金課 您的号码 请携带带照片的身份证件（个人编号卡、驾照、在留卡等） \
    접수 번호 지참하실 것 사진이 붙은 신분증 お持ちいただくもの マイナンバーカード Your number 0123456789 A-012 ・：，";

#[test]
fn outlines_and_cids_stay_subroutines_and_hints_go() {
    let Some(original) = embedded_cff(TEXT) else {
        return; // the CJK font here has TrueType outlines: nothing to compact
    };
    let compacted = compact(&original).expect("a CID-keyed CFF compacts");
    assert!(compacted.len() * 2 < original.len(), "{} → {} bytes", original.len(), compacted.len());
    let (a, b) = (Table::parse(&original).expect("parses"), Table::parse(&compacted).expect("still parses"));
    assert_eq!(a.number_of_glyphs(), b.number_of_glyphs());
    assert!(a.number_of_glyphs() > 80, "{} glyphs", a.number_of_glyphs());
    for id in (0..a.number_of_glyphs()).map(GlyphId) {
        assert_eq!(a.glyph_cid(id), b.glyph_cid(id), "glyph {id:?} keeps its CID");
        let (mut pa, mut pb) = (Path::default(), Path::default());
        assert_eq!(a.outline(id, &mut pa).is_ok(), b.outline(id, &mut pb).is_ok(), "glyph {id:?}");
        assert_eq!(pa, pb, "glyph {id:?}");
    }

    // No subroutines left, and no hint operators in any charstring.
    let names = index(&compacted, usize::from(compacted[2])).expect("names");
    let top = index(&compacted, names.end).expect("top");
    let strings = index(&compacted, top.end).expect("strings");
    assert!(index(&compacted, strings.end).expect("global subrs").items.is_empty());
    let top = dict(top.items[0]).expect("top dict");
    let at = |op| top.iter().find(|e| e.op == op).and_then(|e| e.operands[0]).expect("offset") as usize;
    let fonts = index(&compacted, at(FD_ARRAY)).expect("FDArray");
    assert_eq!(fonts.items.len(), 1, "one Font DICT for all glyphs");
    for font in fonts.items {
        let font = dict(font).expect("font dict");
        let private = font.iter().find(|e| e.op == PRIVATE).expect("Private");
        let (size, offset) = (private.operands[0].expect("size") as usize, private.operands[1].expect("offset") as usize);
        assert!(dict(&compacted[offset..offset + size]).expect("private dict").iter().all(|e| e.op != SUBRS));
    }
    for glyph in index(&compacted, at(CHARSTRINGS)).expect("CharStrings").items {
        let mut hints = Vec::new();
        let mut i = 0;
        while i < glyph.len() {
            i += match glyph[i] {
                28 => 3,
                32..=246 => 1,
                247..=254 => 2,
                255 => 5,
                12 => 2,
                op => {
                    if matches!(op, 1 | 3 | 18 | 23 | 19 | 20 | 10 | 29) {
                        hints.push(op);
                    }
                    1
                }
            };
        }
        assert!(hints.is_empty(), "hint or call operators {hints:?} in {glyph:?}");
    }
}

#[test]
fn a_width_on_a_dropped_hint_moves_to_the_moveto() {
    // Width 50 on hstem, a hintmask with one mask byte, then a square.
    // 50 10 20 hstem 30 40 hintmask <80> 0 0 rmoveto 100 hlineto 100 vlineto -100 hlineto endchar
    let glyph = [189, 149, 159, 1, 169, 179, 19, 0x80, 139, 139, 21, 239, 6, 239, 7, 39, 6, 14];
    let out = Flattener::run(&glyph, &[], &[]).expect("flattens").code;
    assert_eq!(out, [189, 139, 139, 21, 239, 6, 239, 7, 39, 6, 14]);
    // Without a width nothing is kept of the hints.
    let glyph = [149, 159, 1, 139, 139, 21, 14];
    assert_eq!(Flattener::run(&glyph, &[], &[]).expect("flattens").code, [139, 139, 21, 14]);
}

#[test]
fn subroutines_are_inlined_and_garbage_refused() {
    // Local subr 0 (biased -107) draws a line and returns; global subr 0 ends the glyph.
    let local: [&[u8]; 1] = [&[239, 139, 5, 11]];
    let global: [&[u8]; 1] = [&[14]];
    let glyph = [139, 139, 21, 32, 10, 32, 29];
    assert_eq!(Flattener::run(&glyph, &global, &local).expect("flattens").code, [139, 139, 21, 239, 139, 5, 14]);
    assert!(Flattener::run(&[139, 139, 21], &[], &[]).is_none(), "no endchar");
    assert!(Flattener::run(&[139, 139, 12, 10, 14], &[], &[]).is_none(), "arithmetic");
    assert!(Flattener::run(&[33, 10, 14], &[], &local).is_none(), "no such subroutine");
    assert_eq!(compact(b""), None);
    assert_eq!(compact(&[1, 0, 4, 1, 0, 0, 0, 0]), None);
}

#[test]
fn the_whole_face_rewritten_keeps_every_glyph_its_outline_cid_and_width() {
    let Some((bytes, index)) = cff_font_file() else {
        return; // no CFF-outlined CJK font here: nothing is rewritten
    };
    let flat = flattened_face(&bytes, index).expect("a CID-keyed CFF face flattens");
    let (a, b) = (Face::parse(&bytes, index).expect("parses"), Face::parse(&flat, 0).expect("still parses"));
    assert!(flat.len() < a.raw_face().data.len(), "smaller than the face it came from");
    assert_eq!(a.number_of_glyphs(), b.number_of_glyphs());
    for c in ['受', '付', 'あ', 'ア', '한', '国', '号', 'A', '0', '・', ' '] {
        assert_eq!(a.glyph_index(c), b.glyph_index(c), "{c}");
    }
    let cff = |face: &Face<'_>| face.raw_face().table(Tag::from_bytes(b"CFF ")).expect("a CFF table").to_vec();
    let (cff_a, cff_b) = (cff(&a), cff(&b));
    let (ta, tb) = (Table::parse(&cff_a).expect("parses"), Table::parse(&cff_b).expect("parses"));
    // Every width the charstrings give, before and after, is the one in hmtx.
    let (wa, wb) = (charstring_widths(&cff_a), charstring_widths(&cff_b));
    for id in (0..a.number_of_glyphs()).map(GlyphId) {
        let advance = i32::from(a.glyph_hor_advance(id).expect("an advance"));
        assert_eq!((wa[usize::from(id.0)], wb[usize::from(id.0)]), (advance, advance), "glyph {id:?}");
        assert_eq!(b.glyph_hor_advance(id), a.glyph_hor_advance(id));
        assert_eq!(ta.glyph_cid(id), tb.glyph_cid(id), "glyph {id:?} keeps its CID");
    }
    // Outlines of a spread of glyphs (every one takes a while unoptimized).
    for id in (0..a.number_of_glyphs()).step_by(11).map(GlyphId) {
        let (mut pa, mut pb) = (Path::default(), Path::default());
        assert_eq!(ta.outline(id, &mut pa).is_ok(), tb.outline(id, &mut pb).is_ok(), "glyph {id:?}");
        assert_eq!(pa, pb, "glyph {id:?}");
    }
    assert!(printpdf::ParsedFont::from_bytes(&flat, 0, &mut Vec::new()).is_some(), "printpdf reads it");
}

#[test]
fn charstring_integers_round_trip() {
    for v in [-32768, -1132, -1131, -108, -107, 0, 107, 108, 500, 1131, 1132, 32767] {
        let bytes = charstring_int(v).expect("in range");
        let mut code = bytes.clone();
        code.push(14); // endchar with one operand: a width
        assert_eq!(Flattener::run(&code, &[], &[]).expect("flattens").width, Some((bytes.len(), Some(v))), "{v}");
    }
    assert_eq!(charstring_int(40_000), None);
}

#[test]
fn font_dicts_merge_only_when_they_differ_in_name_and_integer_widths() {
    // Font DICTs: FontName 400, Private (size, offset); one with a FontMatrix too.
    let named: &[u8] = &[0xf7, 0x24, 12, 38, 139, 139, 18];
    let with_matrix: &[u8] = &[0xf7, 0x24, 12, 38, 139, 139, 139, 139, 139, 139, 12, 7, 139, 139, 18];
    // Private DICTs: defaultWidthX 1000 nominalWidthX 500 / defaultWidthX 500 / a real defaultWidthX.
    let thousand: &[u8] = &[0xfa, 0x7c, 20, 0xf8, 0x88, 21];
    let five_hundred: &[u8] = &[0xf8, 0x88, 20];
    let real: &[u8] = &[30, 0x1f, 20];
    let fd = |n: u8, font: &'static [u8], private: &'static [u8]| (n, dict(font).expect("font dict"), dict(private).expect("private dict"));

    // Most glyphs are in Font DICT 1: its default width is the one all get.
    let one = one_font_dict(&[fd(0, named, thousand), fd(1, named, five_hundred)], &[0, 1, 1]).expect("one will do");
    assert_eq!(one.common, 500);
    assert_eq!(one.advance(0, None), Some(1000), "DICT 0's default");
    assert_eq!(one.advance(0, Some((2, Some(-20)))), Some(480), "DICT 0's nominal + operand");
    assert_eq!(one.advance(1, None), Some(500));
    assert_eq!(one.advance(1, Some((1, None))), None, "a real width");
    let private = dict(&one.private).expect("a DICT");
    let value = |op| private.iter().find(|e| e.op == op).and_then(|e| e.operands[0]);
    assert_eq!((value(DEFAULT_WIDTH), value(NOMINAL_WIDTH)), (Some(500), Some(500)));

    assert!(one_font_dict(&[fd(0, named, thousand), fd(1, with_matrix, thousand)], &[0, 1]).is_none(), "a FontMatrix of its own");
    assert!(one_font_dict(&[fd(0, named, real)], &[0]).is_none(), "a real width");
}

#[test]
fn a_program_that_does_not_compact_leaves_the_buffer_as_it_was() {
    let Some(original) = embedded_cff(TEXT) else {
        return;
    };
    let mut out = b"before".to_vec();
    assert!(compact_into(&original[..original.len() - 40], &mut out).is_none(), "cut short");
    assert_eq!(out, b"before");
    assert!(compact_into(&original, &mut out).is_some());
    assert_eq!(&out[..6], b"before");
    assert_eq!(Some(out[6..].to_vec()), compact(&original), "appended as compact writes it");
}
