//! The CJK font for printed tickets, found on the system or configured.

pub(crate) mod cff;
mod unhinted;

use printpdf::ParsedFont;
use std::path::{Path, PathBuf};
use std::sync::{Arc, OnceLock};

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
    /// The face within a collection (`.ttc`).
    pub index: u32,
    pub(crate) parsed: Arc<ParsedFont>,
    units_per_em: f32,
}

impl std::fmt::Debug for CjkFont {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CjkFont").field("path", &self.path).finish()
    }
}

impl CjkFont {
    /// Loads a font file (face `index` of a collection).
    pub fn load(path: &Path, index: usize) -> Result<CjkFont, crate::PrintError> {
        let err = |reason: String| crate::PrintError::Font { path: path.display().to_string(), reason };
        let bytes = std::fs::read(path).map_err(|e| err(e.to_string()))?;
        // A TrueType font (IPAex Gothic) is embedded without its hinting, as
        // the fallbacks are: a third of what its subset embeds. Noto Sans
        // CJK, a collection with CFF outlines, is left as it is here and its
        // subset compacted as it is written (see `cff`).
        let bytes = unhinted::without_hinting(&bytes).unwrap_or(bytes);
        let parsed = ParsedFont::from_bytes(&bytes, index, &mut Vec::new()).ok_or_else(|| err("not a font printpdf can read".into()))?;
        if parsed.lookup_glyph_index('受' as u32).is_none() {
            return Err(err("has no Japanese glyphs".into()));
        }
        let units_per_em = f32::from(parsed.font_metrics.units_per_em.max(1));
        let index = u32::try_from(index).map_err(|_| err("face index out of range".into()))?;
        Ok(CjkFont { path: path.to_owned(), index, parsed: Arc::new(parsed), units_per_em })
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
        text.chars().all(|c| c.is_whitespace() || self.parsed.lookup_glyph_index(c as u32).is_some())
    }

    /// The width of `text` at `size` points, in points.
    pub fn width(&self, text: &str, size: f32) -> f32 {
        self.points(text.chars().map(|c| self.advance(c)).sum(), size)
    }

    /// A character's advance in font units (half an em when it has no glyph).
    pub(crate) fn advance(&self, c: char) -> f32 {
        match self.parsed.lookup_glyph_index(c as u32) {
            Some(g) => f32::from(self.parsed.get_horizontal_advance(g)),
            None => self.units_per_em * 0.5,
        }
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
        // printpdf keeps the whole file (the collection, for a .ttc): no second copy.
        let bytes = self.parsed.source_bytes()?;
        let fallbacks = fallbacks().iter().enumerate().filter(|(_, fb)| !for_pdf || fb.pdf_font().is_some()).map(|(i, fb)| (i, fb.bytes()));
        let raster = crate::escpos::raster::TextRaster::from_fonts(&bytes, self.index, fallbacks)?;
        Some(f(&raster))
    }
}
