//! A TrueType font without its hinting, for embedding in a PDF.
//!
//! Hinting (the `fpgm`, `prep` and `cvt ` programs and every glyph's own
//! instructions) fits outlines to a screen's pixel grid. A ticket PDF is
//! printed or zoomed, and its readers rasterize at high resolution or
//! autohint; yet in Noto Sans Devanagari the hinting is over half of what a
//! subset embeds (for a real Nepali ticket 9.5 of 17 KB before compression),
//! enough to take the ticket past its 30 KB. The outlines, metrics, cmap and
//! glyph ids are left exactly as they were, so text shaped with the original
//! font places the same glyphs.

use super::sfnt::{read16, read32};

/// Tables that only serve hinting or device-specific rendering.
const HINTING: [&[u8; 4]; 6] = [b"fpgm", b"prep", b"cvt ", b"hdmx", b"LTSH", b"VDMX"];

/// `font` (a single TrueType face with `glyf` outlines) without its
/// hinting; `None` for anything else (a collection, CFF outlines, or a file
/// that does not parse), which is then embedded as it is.
pub(crate) fn without_hinting(font: &[u8]) -> Option<Vec<u8>> {
    if read32(font, 0)? != super::sfnt::TRUETYPE {
        return None;
    }
    let face = rustybuzz::ttf_parser::RawFace::parse(font, 0).ok()?;
    let tables = face.table_records.into_iter().map(|r| Some((r.tag.to_bytes(), face.table(r.tag)?))).collect::<Option<Vec<_>>>()?;
    let table = |tag: &[u8; 4]| tables.iter().find(|(t, _)| t == tag).map(|(_, data)| *data);
    let (head, maxp, loca, glyf) = (table(b"head")?, table(b"maxp")?, table(b"loca")?, table(b"glyf")?);
    let long_offsets = read16(head, 50)? == 1;
    let glyphs = usize::from(read16(maxp, 4)?);
    let offset = |i: usize| match long_offsets {
        true => read32(loca, 4 * i).and_then(|o| usize::try_from(o).ok()),
        false => read16(loca, 2 * i).map(|o| 2 * usize::from(o)),
    };

    let mut new_glyf = Vec::with_capacity(glyf.len());
    let mut new_loca = Vec::with_capacity(4 * (glyphs + 1));
    for i in 0..glyphs {
        new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());
        let glyph = glyf.get(offset(i)?..offset(i + 1)?)?;
        if !glyph.is_empty() {
            new_glyf.extend_from_slice(&glyph_without_instructions(glyph)?);
            new_glyf.resize(new_glyf.len().next_multiple_of(4), 0);
        }
    }
    new_loca.extend_from_slice(&u32::try_from(new_glyf.len()).ok()?.to_be_bytes());

    let mut new_head = head.to_vec();
    new_head.get_mut(8..12)?.copy_from_slice(&[0; 4]); // checkSumAdjustment, set below
    new_head.get_mut(50..52)?.copy_from_slice(&1u16.to_be_bytes()); // long loca offsets
    let mut new_maxp = maxp.to_vec();
    if let Some(max_instructions) = new_maxp.get_mut(26..28) {
        max_instructions.copy_from_slice(&[0, 0]);
    }

    let mut kept: Vec<([u8; 4], std::borrow::Cow<'_, [u8]>)> = tables
        .iter()
        .filter(|(tag, _)| !HINTING.contains(&tag))
        .map(|(tag, data)| {
            let data = match tag {
                b"glyf" => std::borrow::Cow::Owned(std::mem::take(&mut new_glyf)),
                b"loca" => std::borrow::Cow::Owned(std::mem::take(&mut new_loca)),
                b"head" => std::borrow::Cow::Owned(std::mem::take(&mut new_head)),
                b"maxp" => std::borrow::Cow::Owned(std::mem::take(&mut new_maxp)),
                _ => std::borrow::Cow::Borrowed(*data),
            };
            (*tag, data)
        })
        .collect();
    kept.sort_by_key(|(tag, _)| *tag);
    super::sfnt::write(super::sfnt::TRUETYPE, &kept)
}

/// A glyph's outline without its instructions.
fn glyph_without_instructions(glyph: &[u8]) -> Option<Vec<u8>> {
    let contours = i16::from_be_bytes(glyph.get(0..2)?.try_into().ok()?);
    if let Ok(contours) = usize::try_from(contours) {
        // Simple glyph: header, end points, instruction length and bytes, then the points.
        let at = 10 + 2 * contours;
        let instructions = usize::from(read16(glyph, at)?);
        let mut out = glyph.get(..at)?.to_vec();
        out.extend_from_slice(&[0, 0]);
        out.extend_from_slice(glyph.get(at + 2 + instructions..)?);
        return Some(out);
    }
    // Composite glyph: its components, each saying whether more follow; the
    // instructions (if any) come after the last one.
    const ARGS_ARE_WORDS: u16 = 0x0001;
    const SCALE: u16 = 0x0008;
    const MORE_COMPONENTS: u16 = 0x0020;
    const X_AND_Y_SCALE: u16 = 0x0040;
    const TWO_BY_TWO: u16 = 0x0080;
    const HAVE_INSTRUCTIONS: u16 = 0x0100;
    let mut out = glyph.get(..10)?.to_vec();
    let mut at = 10;
    loop {
        let flags = read16(glyph, at)?;
        let mut length = 4 + if flags & ARGS_ARE_WORDS != 0 { 4 } else { 2 };
        length += if flags & SCALE != 0 {
            2
        } else if flags & X_AND_Y_SCALE != 0 {
            4
        } else if flags & TWO_BY_TWO != 0 {
            8
        } else {
            0
        };
        out.extend_from_slice(&(flags & !HAVE_INSTRUCTIONS).to_be_bytes());
        out.extend_from_slice(glyph.get(at + 2..at + length)?);
        at += length;
        if flags & MORE_COMPONENTS == 0 {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::font::test_outline::Path;
    use rustybuzz::ttf_parser::{Face, GlyphId, Tag};

    #[test]
    fn the_outlines_metrics_and_glyph_ids_stay_the_hinting_goes() {
        let fonts: Vec<&[u8]> = crate::font::fallbacks().iter().map(|f| f.bytes()).collect();
        if fonts.is_empty() {
            return; // no fonts-noto-core on this machine
        }
        for bytes in fonts {
            let stripped = without_hinting(bytes).expect("a TrueType font");
            assert!(stripped.len() < bytes.len());
            let (a, b) = (Face::parse(bytes, 0).expect("parses"), Face::parse(&stripped, 0).expect("still parses"));
            assert_eq!(a.number_of_glyphs(), b.number_of_glyphs());
            for tag in [b"fpgm", b"prep", b"cvt "] {
                assert!(b.raw_face().table(Tag::from_bytes(tag)).is_none());
            }
            for c in ['a', 'न', 'ि', 'က', '1', ' '] {
                assert_eq!(a.glyph_index(c), b.glyph_index(c));
            }
            for id in (0..a.number_of_glyphs()).step_by(7).map(GlyphId) {
                let (mut pa, mut pb) = (Path::default(), Path::default());
                assert_eq!(a.outline_glyph(id, &mut pa), b.outline_glyph(id, &mut pb), "glyph {id:?}");
                assert_eq!(pa, pb, "glyph {id:?}");
                assert_eq!(a.glyph_hor_advance(id), b.glyph_hor_advance(id));
            }
            assert!(printpdf::ParsedFont::from_bytes(&stripped, 0, &mut Vec::new()).is_some(), "printpdf reads it");
        }
    }

    #[test]
    fn anything_but_a_truetype_face_is_refused() {
        assert_eq!(without_hinting(b""), None);
        assert_eq!(without_hinting(b"OTTO\0\0\0\0"), None);
        assert_eq!(without_hinting(&[0, 1, 0, 0, 0, 9]), None, "truncated");
        assert_eq!(without_hinting(&[0, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0]), None, "no tables");
    }
}
