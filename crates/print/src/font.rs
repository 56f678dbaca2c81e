//! The CJK font for printed tickets, found on the system or configured.

pub(crate) mod cff;
mod sfnt;
mod unhinted;

use printpdf::ParsedFont;
use rustybuzz::ttf_parser;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};
use std::time::SystemTime;

/// Fonts tried in order when none is configured: Noto Sans CJK (face 0 is
/// Japanese; it also covers Vietnamese, Korean and Chinese), then IPAex
/// Gothic (Japanese only).
pub const CANDIDATES: &[(&str, usize)] = &[
    ("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc", 0),
    ("/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf", 0),
    ("/usr/share/fonts/truetype/ipaexfont-gothic/ipaexg.ttf", 0),
];

/// Faces drawn from, after the CJK font, for text it has no glyphs for: on
/// raster ESC/POS ([`crate::escpos::TextMode::Raster`], and the lines
/// Shift_JIS cannot encode) and in the PDF. Scripts the CJK font lacks,
/// such as Nepali (Devanagari) and Burmese, then Latin for fonts that have
/// only Japanese (IPAex has no Vietnamese letters). Missing files are skipped.
pub const FALLBACKS: &[&str] = &[
    "/usr/share/fonts/truetype/noto/NotoSansDevanagari-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSansMyanmar-Regular.ttf",
    "/usr/share/fonts/truetype/noto/NotoSans-Regular.ttf",
];

/// One of the [`FALLBACKS`], read from disk.
pub struct Fallback {
    pub path: &'static str,
    bytes: Vec<u8>,
    /// Parsed for the PDF on first use: raster tickets never need it.
    pdf: OnceLock<Option<ParsedFont>>,
}

impl std::fmt::Debug for Fallback {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fallback").field("path", &self.path).finish()
    }
}

impl Fallback {
    pub(crate) fn bytes(&self) -> &[u8] {
        &self.bytes
    }

    /// The font as printpdf embeds it, without its hinting (see
    /// [`unhinted`]); `None` (logged once) when printpdf cannot read it.
    pub(crate) fn pdf_font(&self) -> Option<&ParsedFont> {
        self.pdf
            .get_or_init(|| {
                let unhinted = unhinted::without_hinting(&self.bytes);
                let parsed = ParsedFont::from_bytes(unhinted.as_deref().unwrap_or(&self.bytes), 0, &mut Vec::new());
                if parsed.is_none() {
                    tracing::warn!(font = %self.path, "fallback font left out of PDF tickets: printpdf cannot read it");
                }
                parsed
            })
            .as_ref()
    }
}

/// The [`FALLBACKS`] found on this machine, read once.
pub fn fallbacks() -> &'static [Fallback] {
    static FONTS: OnceLock<Vec<Fallback>> = OnceLock::new();
    FONTS.get_or_init(|| {
        FALLBACKS
            .iter()
            .filter_map(|&path| match std::fs::read(path) {
                Ok(bytes) if rustybuzz::Face::from_slice(&bytes, 0).is_some() => Some(Fallback { path, bytes, pdf: OnceLock::new() }),
                Ok(_) => {
                    tracing::warn!(font = %path, "skipping fallback font: not a font");
                    None
                }
                Err(_) => None,
            })
            .collect()
    })
}

/// A parsed font, shared by every ticket (parsing a CJK font takes a while;
/// it is done once at start).
#[derive(Clone)]
pub struct CjkFont {
    pub path: PathBuf,
    /// The face within the bytes `parsed` holds: 0 once a face of a
    /// collection has been made a font of its own.
    pub index: u32,
    pub(crate) parsed: Arc<ParsedFont>,
    /// The font's cmap and advances, read once with ttf-parser.
    glyphs: Arc<Glyphs>,
    /// Whether its CFF program was compacted whole at load ([`cff::flattened_face`]).
    pub(crate) compacted: bool,
    units_per_em: f32,
}

/// A font's character → glyph map and glyph advances as flat tables, built
/// once at load (a few ms for Noto Sans CJK). printpdf's own lookup
/// (allsorts) walks the thousands of format 12 cmap groups of a CJK font one
/// by one for every character: 39 % of a Korean ticket's time before these.
pub(crate) struct Glyphs {
    /// Glyph of each BMP character, 0 for none.
    bmp: Vec<u16>,
    /// Glyphs of the characters past the BMP.
    astral: HashMap<u32, u16>,
    /// Horizontal advance of each glyph, in font units.
    advances: Vec<u16>,
}

impl Glyphs {
    fn read(bytes: &[u8], index: u32) -> Option<Glyphs> {
        let face = ttf_parser::Face::parse(bytes, index).ok()?;
        let mut bmp = vec![0u16; 0x1_0000];
        let mut astral = HashMap::new();
        let cmap = face.tables().cmap?;
        // Every character some Unicode subtable maps, resolved as
        // `Face::glyph_index` resolves it (the first Unicode subtable that has it).
        for subtable in cmap.subtables.into_iter().filter(|s| s.is_unicode()) {
            subtable.codepoints(|cp| {
                let known = match usize::try_from(cp) {
                    Ok(i) if i < bmp.len() => bmp[i] != 0,
                    _ => astral.contains_key(&cp),
                };
                if known {
                    return;
                }
                if let Some(g) = char::from_u32(cp).and_then(|c| face.glyph_index(c)).filter(|g| g.0 != 0) {
                    match usize::try_from(cp) {
                        Ok(i) if i < bmp.len() => bmp[i] = g.0,
                        _ => {
                            astral.insert(cp, g.0);
                        }
                    }
                }
            });
        }
        let advances = (0..face.number_of_glyphs()).map(|g| face.glyph_hor_advance(ttf_parser::GlyphId(g)).unwrap_or(0)).collect();
        Some(Glyphs { bmp, astral, advances })
    }

    /// The glyph of `c`, if the font has one.
    pub(crate) fn glyph(&self, c: char) -> Option<u16> {
        let g = match self.bmp.get(c as usize) {
            Some(g) => *g,
            None => self.astral.get(&(c as u32)).copied().unwrap_or(0),
        };
        (g != 0).then_some(g)
    }

    /// A glyph's advance, in font units.
    pub(crate) fn advance(&self, g: u16) -> u16 {
        self.advances.get(usize::from(g)).copied().unwrap_or(0)
    }
}

impl std::fmt::Debug for CjkFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CjkFont").field("path", &self.path).finish()
    }
}

impl CjkFont {
    /// Loads a font file (face `index` of a collection). A font already
    /// loaded by this process, unchanged on disk, is not read again: a
    /// test binary starts many servers.
    pub fn load(path: &Path, index: usize) -> Result<CjkFont, crate::PrintError> {
        /// Fonts loaded: file, face, (length, modification time), font.
        type Loaded = Vec<(PathBuf, usize, Option<(u64, SystemTime)>, CjkFont)>;
        static LOADED: Mutex<Loaded> = Mutex::new(Vec::new());
        let stamp = std::fs::metadata(path).ok().and_then(|m| Some((m.len(), m.modified().ok()?)));
        // Held while loading, so that servers starting together wait for one load.
        let mut loaded = LOADED.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        if let Some((.., font)) = loaded.iter().find(|(p, i, s, _)| p == path && *i == index && stamp.is_some() && *s == stamp) {
            return Ok(font.clone());
        }
        let font = CjkFont::read(path, index)?;
        loaded.retain(|(p, i, ..)| !(p == path && *i == index));
        loaded.push((path.to_owned(), index, stamp, font.clone()));
        Ok(font)
    }

    fn read(path: &Path, index: usize) -> Result<CjkFont, crate::PrintError> {
        let err = |reason: String| crate::PrintError::Font { path: path.display().to_string(), reason };
        let bytes = std::fs::read(path).map_err(|e| err(e.to_string()))?;
        let index = u32::try_from(index).map_err(|_| err("face index out of range".into()))?;
        // Made smaller and faster to embed, once, here. A TrueType font
        // (IPAex Gothic) loses its hinting, as the fallbacks do: a third of
        // what its subset embeds. A CID-keyed CFF font (Noto Sans CJK, a
        // collection) becomes a font of its own without subroutines, hints
        // and Font DICTs (see `cff`): 0.2 s here instead of at every ticket.
        let (bytes, index, compacted) = match unhinted::without_hinting(&bytes) {
            Some(unhinted) => (unhinted, index, false),
            None => match cff::flattened_face(&bytes, index) {
                Some(flat) => (flat, 0, true),
                None => (bytes, index, false),
            },
        };
        let parsed = ParsedFont::from_bytes(&bytes, index as usize, &mut Vec::new()).ok_or_else(|| err("not a font printpdf can read".into()))?;
        let glyphs = Glyphs::read(&bytes, index).ok_or_else(|| err("no Unicode cmap ttf-parser can read".into()))?;
        if glyphs.glyph('受').is_none() {
            return Err(err("has no Japanese glyphs".into()));
        }
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        Ok(CjkFont { path: path.to_owned(), index, parsed: Arc::new(parsed), glyphs: Arc::new(glyphs), compacted, units_per_em })
    }

    /// The configured font, or the first candidate found on the system.
    pub fn discover(configured: Option<&Path>) -> Result<CjkFont, String> {
        if let Some(p) = configured {
            // Face 0 of a collection: the Japanese face in Noto Sans CJK.
            return CjkFont::load(p, 0).map_err(|e| e.to_string());
        }
        for (path, index) in CANDIDATES {
            let p = Path::new(path);
            if p.exists() {
                match CjkFont::load(p, *index) {
                    Ok(f) => return Ok(f),
                    Err(e) => tracing::warn!(error = %e, "skipping font"),
                }
            }
        }
        Err(format!(
            "no Japanese font found (looked for {}); install fonts-ipaexfont-gothic or fonts-noto-cjk, or set a font in the configuration",
            CANDIDATES.iter().map(|(p, _)| *p).collect::<Vec<_>>().join(", ")
        ))
    }

    /// Whether every character of `text` has a glyph.
    pub fn covers(&self, text: &str) -> bool {
        text.chars().all(|c| c.is_whitespace() || self.glyphs.glyph(c).is_some())
    }

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.points(text.chars().map(|c| self.advance(c)).sum(), size)
    }

    /// A character's advance in font units (half an em when it has no glyph).
    pub(crate) fn advance(&self, c: char) -> f32 {
        match self.glyphs.glyph(c) {
            Some(g) => f32::from(self.glyphs.advance(g)),
            None => self.units_per_em * 0.5,
        }
    }

    /// The font's cmap and advances.
    pub(crate) fn glyphs(&self) -> &Glyphs {
        &self.glyphs
    }

    /// `units` of [`CjkFont::advance`] at `size`, in points.
    pub(crate) fn points(&self, units: f32, size: f32) -> f32 {
        units / self.units_per_em * size
    }

    /// Runs `f` with this font (and the fallbacks) ready to draw text as
    /// bitmaps. `None` when the font's bytes cannot be shaped.
    pub(crate) fn with_raster<R>(&self, f: impl FnOnce(&crate::escpos::raster::TextRaster<'_>) -> R) -> Option<R> {
        self.with_faces(false, f)
    }

    /// Runs `f` with this font and the fallbacks printpdf can embed ready to
    /// shape text for the PDF: a face `n` of the shaper is
    /// `fallbacks()[shaper.fallback_of(n)]`. `None` when the font's bytes
    /// cannot be shaped.
    pub(crate) fn with_pdf_shaper<R>(&self, f: impl FnOnce(&crate::escpos::raster::TextRaster<'_>) -> R) -> Option<R> {
        self.with_faces(true, f)
    }

    fn with_faces<R>(&self, for_pdf: bool, f: impl FnOnce(&crate::escpos::raster::TextRaster<'_>) -> R) -> Option<R> {
        // printpdf keeps the font's bytes: no second copy.
        let bytes = self.parsed.source_bytes()?;
        let fallbacks = fallbacks().iter().enumerate().filter(|(_, fb)| !for_pdf || fb.pdf_font().is_some()).map(|(i, fb)| (i, fb.bytes()));
        let raster = crate::escpos::raster::TextRaster::from_fonts(&bytes, self.index, fallbacks)?;
        Some(f(&raster))
    }
}

/// An outline as a list of its points, for tests that compare a glyph
/// before and after a font is rewritten.
#[cfg(test)]
pub(crate) mod test_outline {
    use rustybuzz::ttf_parser::OutlineBuilder;

    #[derive(Default, PartialEq, Debug)]
    pub(crate) struct Path(Vec<(char, i32, i32)>);

    impl OutlineBuilder for Path {
        fn move_to(&mut self, x: f32, y: f32) {
            self.0.push(('M', x as i32, y as i32));
        }
        fn line_to(&mut self, x: f32, y: f32) {
            self.0.push(('L', x as i32, y as i32));
        }
        fn quad_to(&mut self, x1: f32, y1: f32, x: f32, y: f32) {
            self.0.extend([('q', x1 as i32, y1 as i32), ('Q', x as i32, y as i32)]);
        }
        fn curve_to(&mut self, x1: f32, y1: f32, x2: f32, y2: f32, x: f32, y: f32) {
            self.0.extend([('c', x1 as i32, y1 as i32), ('c', x2 as i32, y2 as i32), ('C', x as i32, y as i32)]);
        }
        fn close(&mut self) {
            self.0.push(('Z', 0, 0));
        }
    }
}
