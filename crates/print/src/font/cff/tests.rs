//! The compacted program checked against the one printpdf writes, glyph by
//! glyph, with ttf-parser reading both.

use super::*;
use rustybuzz::ttf_parser::{GlyphId, OutlineBuilder, cff::Table};
use std::collections::BTreeMap;

#[derive(Default, PartialEq, Debug)]
struct Path(Vec<(char, i32, i32)>);

impl OutlineBuilder for Path {
    fn move_to(&mut self, x: f32, y: f32) {
        self.0.push(('M', x as i32, y as i32));
    }
    fn line_to(&mut self, x: f32, y: f32) {
        self.0.push(('L', x as i32, y as i32));
    }
    fn quad_to(&mut self, _: f32, _: f32, x: f32, y: f32) {
        self.0.push(('Q', x as i32, y as i32));
    }
    fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
        self.0.extend([('c', x1 as i32, y1 as i32), ('c', x2 as i32, y2 as i32), ('C', x as i32, y as i32)]);
    }
    fn close(&mut self) {
        self.0.push(('Z', 0, 0));
    }
}

/// The bare CFF printpdf embeds for `text` set in the CJK font, when that
/// font has CFF outlines (Noto Sans CJK; not IPAex Gothic).
fn embedded_cff(text: &str) -> Option<Vec<u8>> {
    let font = crate::CjkFont::discover(None).ok()?;
    let glyphs: BTreeMap<u16, String> = text.chars().filter_map(|c| Some((font.parsed.lookup_glyph_index(c as u32)?, c.to_string()))).collect();
    let subset = printpdf::subset_font(&font.parsed, &glyphs).expect("printpdf subsets the font");
    printpdf::extract_cid_keyed_cff(&subset.bytes, 0)
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
    assert!(fonts.items.len() < 18, "only the Font DICTs used: {}", fonts.items.len());
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
    let out = Flattener::run(&glyph, &[], &[]).expect("flattens");
    assert_eq!(out, [189, 139, 139, 21, 239, 6, 239, 7, 39, 6, 14]);
    // Without a width nothing is kept of the hints.
    let glyph = [149, 159, 1, 139, 139, 21, 14];
    assert_eq!(Flattener::run(&glyph, &[], &[]).expect("flattens"), [139, 139, 21, 14]);
}

#[test]
fn subroutines_are_inlined_and_garbage_refused() {
    // Local subr 0 (biased -107) draws a line and returns; global subr 0 ends the glyph.
    let local: [&[u8]; 1] = [&[239, 139, 5, 11]];
    let global: [&[u8]; 1] = [&[14]];
    let glyph = [139, 139, 21, 32, 10, 32, 29];
    assert_eq!(Flattener::run(&glyph, &global, &local).expect("flattens"), [139, 139, 21, 239, 139, 5, 14]);
    assert_eq!(Flattener::run(&[139, 139, 21], &[], &[]), None, "no endchar");
    assert_eq!(Flattener::run(&[139, 139, 12, 10, 14], &[], &[]), None, "arithmetic");
    assert_eq!(Flattener::run(&[33, 10, 14], &[], &local), None, "no such subroutine");
    assert_eq!(compact(b""), None);
    assert_eq!(compact(&[1, 0, 4, 1, 0, 0, 0, 0]), None);
}
