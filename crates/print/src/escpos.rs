//! The ticket as ESC/POS bytes for 58 mm and 80 mm thermal printers.
//!
//! Japanese is printed in one of two ways:
//!
//! * [`TextMode::ShiftJis`]: the printer's Kanji mode with Shift_JIS
//!   (`FS C 1`, `FS &` … `FS .`), which Japanese-market printers support.
//!   A line with a character Shift_JIS lacks (Nepali, Vietnamese letters,
//!   the dash in "1–3") is drawn as a raster image as below, when there is a
//!   font; without one those characters print as `?`.
//! * [`TextMode::Raster`]: every line that is not plain ASCII is drawn with
//!   the CJK font (and fallback faces, so Nepali and Vietnamese print too)
//!   into a 1-bit image the width of the paper and sent as `GS v 0` raster
//!   images in bands of at most [`MAX_BAND_ROWS`] rows. For printers with no
//!   Kanji ROM. The ticket number stays large native text.
//!
//! For printers with neither, [`TextMode::Ascii`] prints only the lines that
//! are plain ASCII (the number, English labels, the QR code), so a ticket
//! always comes out; raster mode falls back to it when there is no font.
//! The QR code is the printer's own (`GS ( k`, model 2, level M).

pub mod raster;

use crate::{CjkFont, TicketPrint};
use raster::{Align, Bitmap, TextRaster};

/// How text is sent to the printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextMode {
    /// Kanji mode with Shift_JIS bytes; lines Shift_JIS cannot encode as
    /// raster images.
    #[default]
    ShiftJis,
    /// Plain ASCII only; lines with other characters are left out.
    Ascii,
    /// Lines with non-ASCII characters as raster images drawn with the CJK font.
    Raster,
}

/// Paper width.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Width {
    Mm58,
    #[default]
    Mm80,
}

impl Width {
    /// Columns of the standard 12×24 font (a full-width character takes two).
    pub fn columns(self) -> usize {
        match self {
            Width::Mm58 => 32,
            Width::Mm80 => 48,
        }
    }

    /// Printable dots across at 203 dpi (8 dots per mm).
    pub fn dots(self) -> usize {
        match self {
            Width::Mm58 => 384,
            Width::Mm80 => 576,
        }
    }
}

/// The most rows sent in one `GS v 0`: many printers buffer a whole image
/// before printing it and have little memory.
pub const MAX_BAND_ROWS: usize = 256;

/// Raster text size: 24 dots per em, as large as the printer's own
/// full-width 24×24 Kanji, times the character size multiplier.
const RASTER_EM_DOTS: f32 = 24.0;

/// ESC/POS bytes, and the text mode they were actually written in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Rendered {
    pub bytes: Vec<u8>,
    /// [`TextMode::Ascii`] when raster was asked for but no font could be
    /// used. [`TextMode::ShiftJis`] may carry raster lines too.
    pub text: TextMode,
}

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;
const FS: u8 = 0x1c;

struct Writer<'r, 'f> {
    out: Vec<u8>,
    mode: TextMode,
    columns: usize,
    dots: usize,
    /// Set in raster mode: draws the lines that are not plain ASCII; in
    /// Shift_JIS mode, the lines Shift_JIS cannot encode.
    raster: Option<&'r TextRaster<'f>>,
    /// Raster lines not yet sent: consecutive lines go out as one image.
    pending: Option<Bitmap>,
    centre: bool,
    /// Characters drawn as boxes: no font has them.
    missing: usize,
    /// Characters printed as `?`: Shift_JIS lacks them and nothing drew them.
    substituted: usize,
}

impl Writer<'_, '_> {
    fn raw(&mut self, bytes: &[u8]) {
        self.flush_raster();
        self.out.extend_from_slice(bytes);
    }

    /// Sends the pending raster lines as `GS v 0` images, at most
    /// [`MAX_BAND_ROWS`] rows each.
    fn flush_raster(&mut self) {
        let Some(image) = self.pending.take() else { return };
        let mut from = 0;
        while from < image.height() {
            let band = image.rows(from, from + MAX_BAND_ROWS);
            let (w, h) = (band.width_bytes(), band.height());
            self.out.extend_from_slice(&[GS, b'v', b'0', 0, (w & 0xff) as u8, (w >> 8) as u8, (h & 0xff) as u8, (h >> 8) as u8]);
            self.out.extend_from_slice(band.data());
            from += h;
        }
    }

    fn align_centre(&mut self, centre: bool) {
        self.centre = centre;
        self.raw(&[ESC, b'a', u8::from(centre)]);
    }

    /// Character size: `w` and `h` from 1 to 8.
    fn size(&mut self, w: u8, h: u8) {
        self.raw(&[GS, b'!', ((w.clamp(1, 8) - 1) << 4) | (h.clamp(1, 8) - 1)]);
    }

    fn bold(&mut self, on: bool) {
        self.raw(&[ESC, b'E', u8::from(on)]);
    }

    /// A line of text, wrapped to the paper at the current size multiplier.
    fn line(&mut self, text: &str, multiplier: usize) {
        let kanji = if self.mode == TextMode::ShiftJis { printer_forms(text) } else { std::borrow::Cow::Borrowed(text) };
        let as_image = match self.mode {
            TextMode::Raster => !text.is_ascii(),
            TextMode::ShiftJis => !kanji.is_ascii() && encoding_rs::SHIFT_JIS.encode(&kanji).2,
            TextMode::Ascii => false,
        };
        if let Some(raster) = self.raster
            && as_image
        {
            let align = if self.centre { Align::Centre } else { Align::Left };
            let drawn = raster.draw(text, RASTER_EM_DOTS * multiplier.max(1) as f32, align, self.dots);
            self.missing += drawn.missing;
            match &mut self.pending {
                Some(image) => image.append(&drawn.bitmap),
                None => self.pending = Some(drawn.bitmap),
            }
            return;
        }
        let text = if self.mode == TextMode::ShiftJis {
            let (text, substituted) = shift_jis_or_question_marks(&kanji);
            self.substituted += substituted;
            text
        } else {
            kanji
        };
        let columns = self.columns / multiplier.max(1);
        for part in wrap_columns(&text, columns) {
            match self.mode {
                TextMode::Ascii | TextMode::Raster => {
                    if !part.is_ascii() {
                        continue;
                    }
                    self.raw(part.as_bytes());
                }
                TextMode::ShiftJis => {
                    if part.is_ascii() {
                        self.raw(part.as_bytes());
                    } else {
                        // Every character encodes: the others are `?` by now.
                        let (bytes, _, _) = encoding_rs::SHIFT_JIS.encode(&part);
                        self.raw(&[FS, b'&']);
                        self.raw(&bytes);
                        self.raw(&[FS, b'.']);
                    }
                }
            }
            self.raw(b"\n");
        }
    }

    fn qr(&mut self, data: &str, module: u8) {
        let d = data.as_bytes();
        let len = d.len() + 3;
        self.raw(&[GS, b'(', b'k', 4, 0, 0x31, 0x41, 0x32, 0x00]); // model 2
        self.raw(&[GS, b'(', b'k', 3, 0, 0x31, 0x43, module]); // module size
        self.raw(&[GS, b'(', b'k', 3, 0, 0x31, 0x45, 0x31]); // error correction M
        self.raw(&[GS, b'(', b'k', (len & 0xff) as u8, (len >> 8) as u8, 0x31, 0x50, 0x30]);
        self.raw(d);
        self.raw(&[GS, b'(', b'k', 3, 0, 0x31, 0x51, 0x30]); // print
        self.raw(b"\n");
    }
}

/// Renders a ticket. `font` draws the lines of [`TextMode::Raster`], and
/// the lines Shift_JIS cannot encode in [`TextMode::ShiftJis`]. Without one
/// (or with one that cannot be shaped) a raster ticket is written in
/// [`TextMode::Ascii`] instead, as [`Rendered::text`] says, and a Shift_JIS
/// ticket prints `?` for the characters Shift_JIS lacks.
pub fn render(t: &TicketPrint, width: Width, mode: TextMode, font: Option<&CjkFont>) -> Rendered {
    match mode {
        TextMode::Ascii => Rendered { bytes: write(t, width, mode, None).bytes, text: mode },
        TextMode::ShiftJis => {
            let plain = write(t, width, mode, None);
            if plain.substituted == 0 {
                return Rendered { bytes: plain.bytes, text: mode };
            }
            let bytes = write_drawing(t, width, mode, font).unwrap_or_else(|| {
                tracing::warn!(ticket = %t.number, substituted = plain.substituted, "no usable font to draw what Shift_JIS lacks: printed as '?'");
                plain.bytes
            });
            Rendered { bytes, text: mode }
        }
        TextMode::Raster => match write_drawing(t, width, mode, font) {
            Some(bytes) => Rendered { bytes, text: mode },
            None => {
                tracing::warn!(ticket = %t.number, "no usable font for raster text: printing the ASCII lines only");
                Rendered { bytes: write(t, width, TextMode::Ascii, None).bytes, text: TextMode::Ascii }
            }
        },
    }
}

/// The ticket with the lines `mode` draws drawn with `font`; `None` without
/// a usable font.
fn write_drawing(t: &TicketPrint, width: Width, mode: TextMode, font: Option<&CjkFont>) -> Option<Vec<u8>> {
    let drawn = font?.with_raster(|raster| write(t, width, mode, Some(raster)))?;
    if drawn.missing > 0 {
        tracing::warn!(ticket = %t.number, missing = drawn.missing, "characters with no glyph in any font are printed as boxes");
    }
    Some(drawn.bytes)
}

/// What [`write`] wrote, and what it could not write as asked.
struct Written {
    bytes: Vec<u8>,
    /// Characters no font had, drawn as boxes.
    missing: usize,
    /// Characters Shift_JIS lacks, printed as `?` (none when a raster drew them).
    substituted: usize,
}

/// Writes the ticket; with `raster`, its non-ASCII lines (raster mode) or
/// the lines Shift_JIS cannot encode (Shift_JIS mode) are drawn.
fn write(t: &TicketPrint, width: Width, mode: TextMode, raster: Option<&TextRaster<'_>>) -> Written {
    let mut w = Writer {
        out: Vec::with_capacity(if raster.is_some() { 16 * 1024 } else { 1024 }),
        mode,
        columns: width.columns(),
        dots: width.dots(),
        raster,
        pending: None,
        centre: false,
        missing: 0,
        substituted: 0,
    };
    w.raw(&[ESC, b'@']);
    if mode == TextMode::ShiftJis {
        w.raw(&[FS, b'C', 1]); // Kanji code system: Shift_JIS
    }
    w.align_centre(true);
    w.line(&t.office_ja, 1);
    if let Some(o) = &t.office_local {
        w.line(o, 1);
    }
    w.line(&t.section_ja, 1);
    if let Some(s) = &t.section_local {
        w.line(s, 1);
    }
    w.raw(b"\n");
    w.line(&t.labels.number, 1);
    w.size(4, 4);
    w.bold(true);
    w.line(&t.number, 4);
    w.bold(false);
    w.size(1, 1);
    if let Some(s) = &t.service_ja {
        w.line(s, 1);
    }
    if let Some(s) = &t.service_local {
        w.line(s, 1);
    }
    if let Some(s) = &t.where_local {
        w.line(s, 1);
    }
    for l in [t.position_line(), t.wait_line()].into_iter().flatten() {
        w.line(&l, 1);
    }
    w.line(&t.issued_at, 1);
    if !t.bring_local.is_empty() || !t.bring_ja.is_empty() {
        w.raw(b"\n");
        w.align_centre(false);
        w.line(&t.labels.bring, 1);
        for b in &t.bring_local {
            w.line(&format!("- {b}"), 1);
        }
        if t.bring_local != t.bring_ja {
            for b in &t.bring_ja {
                w.line(&format!("・{b}"), 1);
            }
        }
        w.align_centre(true);
    }
    w.raw(b"\n");
    w.qr(&t.status_url, if width == Width::Mm58 { 4 } else { 6 });
    w.line(&t.labels.scan, 1);
    w.raw(&[GS, b'V', 66, 3]); // feed and partial cut
    Written { bytes: w.out, missing: w.missing, substituted: w.substituted }
}

/// `text` with the characters that JIS X 0208 has but encoding_rs's
/// Shift_JIS (Windows-31J, as WHATWG defines it) knows under another code
/// point written as that one: the wave dash of 「1〜3番」 is the printer's
/// 0x8160 either way. The Latin middle dot the server puts between counter
/// names becomes the Japanese one.
fn printer_forms(text: &str) -> std::borrow::Cow<'_, str> {
    let form = |c: char| match c {
        '\u{301c}' => '\u{ff5e}', // 〜 → ～
        '\u{2016}' => '\u{2225}', // ‖ → ∥
        '\u{2014}' => '\u{2015}', // — → ―
        '\u{a2}' => '\u{ffe0}',   // ¢ → ￠
        '\u{a3}' => '\u{ffe1}',   // £ → ￡
        '\u{ac}' => '\u{ffe2}',   // ¬ → ￢
        '\u{b7}' => '\u{30fb}',   // · → ・
        c => c,
    };
    if text.chars().all(|c| form(c) == c) {
        return std::borrow::Cow::Borrowed(text);
    }
    std::borrow::Cow::Owned(text.chars().map(form).collect())
}

/// `text` with every character Shift_JIS lacks replaced by `?` (rather
/// than the `&#2344;` encoding_rs writes for them), and how many were.
fn shift_jis_or_question_marks(text: &str) -> (std::borrow::Cow<'_, str>, usize) {
    if text.is_ascii() || !encoding_rs::SHIFT_JIS.encode(text).2 {
        return (std::borrow::Cow::Borrowed(text), 0);
    }
    let mut out = String::with_capacity(text.len());
    let mut substituted = 0;
    let mut buf = [0u8; 4];
    for c in text.chars() {
        if c.is_ascii() || !encoding_rs::SHIFT_JIS.encode(c.encode_utf8(&mut buf)).2 {
            out.push(c);
        } else {
            out.push('?');
            substituted += 1;
        }
    }
    (std::borrow::Cow::Owned(out), substituted)
}

/// Display columns: full-width characters take two.
fn columns_of(c: char) -> usize {
    if c.is_ascii() || ('\u{ff61}'..='\u{ff9f}').contains(&c) { 1 } else { 2 }
}

fn wrap_columns(text: &str, columns: usize) -> Vec<String> {
    let mut lines = Vec::new();
    let mut line = String::new();
    let mut used = 0;
    for word in text.split_inclusive(' ') {
        let w: usize = word.trim_end().chars().map(columns_of).sum();
        if used + w > columns && used > 0 {
            lines.push(line.trim_end().to_owned());
            line.clear();
            used = 0;
        }
        for c in word.chars() {
            let cw = columns_of(c);
            if used + cw > columns && used > 0 {
                lines.push(line.trim_end().to_owned());
                line.clear();
                used = 0;
            }
            line.push(c);
            used += cw;
        }
    }
    if !line.trim().is_empty() {
        lines.push(line.trim_end().to_owned());
    }
    lines
}

/// A command found by [`parse`]: enough to check what we send.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Command {
    Init,
    SelectShiftJis,
    Align(u8),
    Size(u8),
    Bold(u8),
    /// Text, decoded (Kanji-mode runs from Shift_JIS).
    Text(String),
    LineFeed,
    QrModel(u8),
    QrModuleSize(u8),
    QrErrorCorrection(u8),
    QrStore(Vec<u8>),
    QrPrint,
    /// `GS v 0` at normal scale: `height` rows of `width_bytes` bytes, the
    /// leftmost dot in the most significant bit, 1 = black.
    Raster {
        width_bytes: u16,
        height: u16,
        data: Vec<u8>,
    },
    Cut(u8, u8),
}

/// Parses the ESC/POS this module writes; an unknown or truncated command is
/// an error naming its byte offset.
pub fn parse(bytes: &[u8]) -> Result<Vec<Command>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    let need = |i: usize, n: usize| if i.checked_add(n).is_some_and(|end| end <= bytes.len()) { Ok(()) } else { Err(format!("truncated command at byte {i}")) };
    while i < bytes.len() {
        match bytes[i] {
            ESC => {
                need(i, 2)?;
                match bytes[i + 1] {
                    b'@' => {
                        out.push(Command::Init);
                        i += 2;
                    }
                    b'a' => {
                        need(i, 3)?;
                        out.push(Command::Align(bytes[i + 2]));
                        i += 3;
                    }
                    b'E' => {
                        need(i, 3)?;
                        out.push(Command::Bold(bytes[i + 2]));
                        i += 3;
                    }
                    other => return Err(format!("unknown ESC {other:#04x} at byte {i}")),
                }
            }
            GS => {
                need(i, 2)?;
                match bytes[i + 1] {
                    b'!' => {
                        need(i, 3)?;
                        out.push(Command::Size(bytes[i + 2]));
                        i += 3;
                    }
                    b'v' => {
                        need(i, 8)?;
                        if bytes[i + 2] != b'0' {
                            return Err(format!("unknown GS v {:#04x} at byte {i}", bytes[i + 2]));
                        }
                        // m = 0 or 48: normal size; we never write the scaled modes.
                        if !matches!(bytes[i + 3], 0 | 48) {
                            return Err(format!("unsupported GS v 0 mode {} at byte {i}", bytes[i + 3]));
                        }
                        let width_bytes = u16::from_le_bytes([bytes[i + 4], bytes[i + 5]]);
                        let height = u16::from_le_bytes([bytes[i + 6], bytes[i + 7]]);
                        if width_bytes == 0 || height == 0 {
                            return Err(format!("empty raster image at byte {i}"));
                        }
                        let len = usize::from(width_bytes) * usize::from(height);
                        need(i, 8 + len)?;
                        out.push(Command::Raster { width_bytes, height, data: bytes[i + 8..i + 8 + len].to_vec() });
                        i += 8 + len;
                    }
                    b'V' => {
                        need(i, 4)?;
                        out.push(Command::Cut(bytes[i + 2], bytes[i + 3]));
                        i += 4;
                    }
                    b'(' => {
                        need(i, 8)?;
                        if bytes[i + 2] != b'k' {
                            return Err(format!("unknown GS ( {:#04x} at byte {i}", bytes[i + 2]));
                        }
                        let len = usize::from(bytes[i + 3]) | (usize::from(bytes[i + 4]) << 8);
                        need(i, 5 + len)?;
                        let body = &bytes[i + 5..i + 5 + len];
                        if body.len() < 3 || body[0] != 0x31 {
                            return Err(format!("unknown GS ( k function at byte {i}"));
                        }
                        out.push(match body[1] {
                            0x41 => Command::QrModel(body[2]),
                            0x43 => Command::QrModuleSize(body[2]),
                            0x45 => Command::QrErrorCorrection(body[2]),
                            0x50 => Command::QrStore(body[3..].to_vec()),
                            0x51 => Command::QrPrint,
                            f => return Err(format!("unknown QR function {f:#04x} at byte {i}")),
                        });
                        i += 5 + len;
                    }
                    other => return Err(format!("unknown GS {other:#04x} at byte {i}")),
                }
            }
            FS => {
                need(i, 2)?;
                match bytes[i + 1] {
                    b'C' => {
                        need(i, 3)?;
                        out.push(Command::SelectShiftJis);
                        i += 3;
                    }
                    b'&' => {
                        let start = i + 2;
                        let end = bytes[start..]
                            .windows(2)
                            .position(|w| w == [FS, b'.'])
                            .map(|p| start + p)
                            .ok_or_else(|| format!("Kanji mode not closed after byte {i}"))?;
                        let (text, _, bad) = encoding_rs::SHIFT_JIS.decode(&bytes[start..end]);
                        if bad {
                            return Err(format!("invalid Shift_JIS at byte {start}"));
                        }
                        out.push(Command::Text(text.into_owned()));
                        i = end + 2;
                    }
                    other => return Err(format!("unknown FS {other:#04x} at byte {i}")),
                }
            }
            b'\n' => {
                out.push(Command::LineFeed);
                i += 1;
            }
            b if b.is_ascii() && !b.is_ascii_control() => {
                let start = i;
                while i < bytes.len() && bytes[i].is_ascii() && !bytes[i].is_ascii_control() {
                    i += 1;
                }
                out.push(Command::Text(String::from_utf8_lossy(&bytes[start..i]).into_owned()));
            }
            other => return Err(format!("unexpected byte {other:#04x} at {i}")),
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::raster::Align;
    use super::*;
    use crate::sample;

    #[test]
    fn a_ticket_parses_back_with_init_qr_and_cut() {
        let t = sample::ticket();
        let bytes = render(&t, Width::Mm80, TextMode::ShiftJis, None).bytes;
        let cmds = parse(&bytes).expect("well formed");
        assert_eq!(cmds.first(), Some(&Command::Init));
        assert_eq!(cmds.last(), Some(&Command::Cut(66, 3)));
        assert!(cmds.contains(&Command::QrStore(t.status_url.as_bytes().to_vec())));
        let store = cmds.iter().position(|c| matches!(c, Command::QrStore(_))).expect("store");
        let print = cmds.iter().position(|c| *c == Command::QrPrint).expect("print");
        assert!(store < print);
        let texts: Vec<&str> = cmds.iter().filter_map(|c| if let Command::Text(s) = c { Some(s.as_str()) } else { None }).collect();
        assert!(texts.contains(&"A-012"), "{texts:?}");
        assert!(texts.contains(&"八幡西区役所"), "{texts:?}");
        assert!(texts.iter().any(|s| s.contains("転入届")), "{texts:?}");
    }

    #[test]
    fn ascii_mode_leaves_out_japanese_but_keeps_the_number_and_qr() {
        let t = sample::ticket();
        let bytes = render(&t, Width::Mm58, TextMode::Ascii, None).bytes;
        assert!(bytes.iter().all(|b| *b < 0x80 || t.status_url.is_ascii()));
        let cmds = parse(&bytes).expect("well formed");
        assert!(cmds.contains(&Command::Text("A-012".into())));
        assert!(!cmds.contains(&Command::SelectShiftJis));
        assert!(cmds.iter().any(|c| matches!(c, Command::QrStore(_))));
    }

    #[test]
    fn lines_wrap_to_the_paper() {
        for line in wrap_columns("Moving-out certificate from your previous city and a residence card", 32) {
            assert!(line.chars().map(columns_of).sum::<usize>() <= 32, "{line}");
        }
        for line in wrap_columns("在留カードまたはパスポートと前住所地の転出証明書をお持ちください", 32) {
            assert!(line.chars().map(columns_of).sum::<usize>() <= 32, "{line}");
        }
    }

    #[test]
    fn garbage_is_refused_with_its_offset() {
        assert!(parse(&[ESC, b'@', GS]).is_err());
        assert!(parse(&[0x00]).is_err());
        assert!(parse(&[FS, b'&', 0x88, 0x9f]).is_err());
    }

    fn font() -> CjkFont {
        CjkFont::discover(None).expect("a CJK font (scripts/install-test-deps installs fonts-ipaexfont-gothic / fonts-noto-cjk)")
    }

    /// A ticket for a Japanese speaker: every line but the number, the time
    /// and the URL is Japanese.
    fn japanese_ticket() -> TicketPrint {
        let mut t = sample::ticket();
        t.office_local = None;
        t.section_local = None;
        t.service_local = None;
        t.where_local = Some("1階 1〜3番窓口".into());
        t.bring_local = t.bring_ja.clone();
        t.labels = crate::Labels::japanese();
        t
    }

    fn rasters(cmds: &[Command]) -> Vec<(usize, usize, &[u8])> {
        cmds.iter()
            .filter_map(|c| match c {
                Command::Raster { width_bytes, height, data } => Some((usize::from(*width_bytes), usize::from(*height), data.as_slice())),
                _ => None,
            })
            .collect()
    }

    fn row_ink(w: usize, data: &[u8], y: usize) -> usize {
        data[y * w..(y + 1) * w].iter().map(|b| b.count_ones() as usize).sum()
    }

    #[test]
    fn raster_tickets_parse_back_to_init_raster_blocks_qr_and_cut_at_both_widths() {
        let font = font();
        for t in [sample::ticket(), japanese_ticket(), sample::nepali_ticket()] {
            for (width, bytes_across) in [(Width::Mm58, 48), (Width::Mm80, 72)] {
                let out = render(&t, width, TextMode::Raster, Some(&font));
                assert_eq!(out.text, TextMode::Raster);
                let cmds = parse(&out.bytes).expect("well formed");
                assert_eq!(cmds.first(), Some(&Command::Init));
                assert_eq!(cmds.last(), Some(&Command::Cut(66, 3)));
                assert!(!cmds.contains(&Command::SelectShiftJis), "no Kanji mode in raster mode");
                let blocks = rasters(&cmds);
                assert!(blocks.len() >= 3, "office, labels, service, guidance are images: {}", blocks.len());
                for (w, h, data) in &blocks {
                    assert_eq!(*w, bytes_across, "every image is the paper's width");
                    assert!(*h >= 1 && *h <= MAX_BAND_ROWS, "band of {h} rows");
                    assert_eq!(data.len(), w * h);
                }
                let first_raster = cmds.iter().position(|c| matches!(c, Command::Raster { .. })).expect("raster");
                let store = cmds.iter().position(|c| *c == Command::QrStore(t.status_url.as_bytes().to_vec())).expect("QR data");
                let print = cmds.iter().position(|c| *c == Command::QrPrint).expect("QR print");
                assert!(first_raster < store && store < print && print < cmds.len() - 1);
                // The number stays large native text; no other text is anything but ASCII.
                assert!(cmds.contains(&Command::Text("A-012".into())), "{cmds:?}");
                assert!(cmds.iter().all(|c| !matches!(c, Command::Text(s) if !s.is_ascii())));
            }
        }
    }

    #[test]
    fn raster_text_has_ink_and_blank_rows_between_its_lines() {
        let font = font();
        let t = japanese_ticket();
        let cmds = parse(&render(&t, Width::Mm58, TextMode::Raster, Some(&font)).bytes).expect("well formed");
        let blocks = rasters(&cmds);
        // The first image holds 八幡西区役所 and 市民課: two lines of 24-dot kanji.
        let (w, h, data) = blocks[0];
        let ink: usize = (0..h).map(|y| row_ink(w, data, y)).sum();
        assert!(ink > 2 * 3 * 150, "two lines of kanji leave ink: {ink} dots");
        let inked: Vec<bool> = (0..h).map(|y| row_ink(w, data, y) > 0).collect();
        let bands = inked.windows(2).filter(|p| !p[0] && p[1]).count() + usize::from(inked[0]);
        assert!(bands >= 2, "two lines separated by blank rows: {inked:?}");
        let (top, bottom) = (inked.iter().position(|i| *i).expect("ink"), inked.iter().rposition(|i| *i).expect("ink"));
        assert!(inked[top..bottom].iter().any(|i| !i), "a blank row between the lines");
        // Every image carries ink; nothing is sent blank.
        for (w, h, data) in &blocks {
            assert!((0..*h).map(|y| row_ink(*w, data, y)).sum::<usize>() > 100);
        }
        // Centred: the office name has ink on both halves of the paper, no ink at the edges.
        let cols = |range: std::ops::Range<usize>| (0..h).any(|y| range.clone().any(|x| data[y * w + x / 8] & (0x80 >> (x % 8)) != 0));
        assert!(cols(100..192) && cols(192..284));
        assert!(!cols(0..40) && !cols(344..384));
    }

    #[test]
    fn japanese_and_nepali_lines_both_leave_ink() {
        let font = font();
        let has_devanagari = crate::font::fallbacks().iter().any(|fb| rustybuzz::Face::from_slice(fb.bytes(), 0).is_some_and(|f| f.glyph_index('न').is_some()));
        font.with_raster(|r| {
            let ja = r.draw("受付番号", 24.0, Align::Centre, 384);
            assert_eq!(ja.missing, 0);
            assert!(ja.bitmap.ink() > 4 * 100, "{}", ja.bitmap.ink());
            let ne = r.draw("नेपाली", 24.0, Align::Centre, 384);
            if has_devanagari {
                assert_eq!(ne.missing, 0, "Noto Sans Devanagari covers Nepali");
                assert!(ne.bitmap.ink() > 150, "{}", ne.bitmap.ink());
            } else {
                // Noto Sans CJK has no Devanagari: without fonts-noto-core the
                // letters come out as empty boxes, and nothing panics.
                assert_eq!(ne.missing, 6);
            }
            let vi = r.draw("Số của bạn: khoảng 25 phút", 24.0, Align::Left, 384);
            assert_eq!(vi.missing, 0, "Vietnamese letters are covered");
            assert!(vi.bitmap.ink() > 300);
        })
        .expect("the font shapes");
    }

    #[test]
    fn long_guidance_goes_out_in_bands_of_bounded_height() {
        let font = font();
        let mut t = japanese_ticket();
        t.bring_ja = vec![
            "在留カードまたはパスポートと、前にお住まいだった市区町村で発行された転出証明書をお持ちください".into();
            8
        ];
        t.bring_local = t.bring_ja.clone();
        let cmds = parse(&render(&t, Width::Mm58, TextMode::Raster, Some(&font)).bytes).expect("well formed");
        let blocks = rasters(&cmds);
        let heights: Vec<usize> = blocks.iter().map(|b| b.1).collect();
        assert!(heights.contains(&MAX_BAND_ROWS), "the guidance is taller than one band: {heights:?}");
        assert!(heights.iter().all(|h| *h <= MAX_BAND_ROWS));
        // Consecutive bands of one image follow each other with nothing between.
        let band = cmds.iter().position(|c| matches!(c, Command::Raster { height, .. } if usize::from(*height) == MAX_BAND_ROWS)).expect("band");
        assert!(matches!(cmds[band + 1], Command::Raster { .. }));
    }

    /// A ticket whose lines Shift_JIS cannot all encode: Nepali, Vietnamese
    /// letters, and the en dash of "1–3".
    fn mixed_ticket() -> TicketPrint {
        let mut t = sample::ticket();
        t.office_local = Some("यहातानिशी वडा कार्यालय".into());
        t.service_local = Some("Giấy chứng nhận chuyển đến".into());
        t.where_local = Some("1st floor, counters 1–3".into());
        t
    }

    fn texts(cmds: &[Command]) -> Vec<&str> {
        cmds.iter().filter_map(|c| if let Command::Text(s) = c { Some(s.as_str()) } else { None }).collect()
    }

    /// How often `&#` occurs in `bytes` outside the `GS v 0` images of
    /// `cmds` (whose dots may spell anything).
    fn html_escapes_outside_images(bytes: &[u8], cmds: &[Command]) -> usize {
        let count = |b: &[u8]| b.windows(2).filter(|w| *w == b"&#").count();
        count(bytes) - rasters(cmds).iter().map(|(_, _, data)| count(data)).sum::<usize>()
    }

    #[test]
    fn shift_jis_draws_the_lines_it_cannot_encode_and_never_prints_html_escapes() {
        let font = font();
        let t = mixed_ticket();
        for (width, bytes_across) in [(Width::Mm80, 72), (Width::Mm58, 48)] {
            let out = render(&t, width, TextMode::ShiftJis, Some(&font));
            assert_eq!(out.text, TextMode::ShiftJis);
            let cmds = parse(&out.bytes).expect("well formed");
            assert!(cmds.contains(&Command::SelectShiftJis));
            assert_eq!(html_escapes_outside_images(&out.bytes, &cmds), 0);
            let texts = texts(&cmds);
            assert!(texts.iter().all(|s| !s.contains("&#")), "{texts:?}");
            // The Japanese lines stay Kanji-mode text, the English ones plain text.
            for japanese in ["八幡西区役所", "市民課", "転入届", "・転出証明書"] {
                assert!(texts.contains(&japanese), "{japanese} is Kanji text: {texts:?}");
            }
            assert!(texts.contains(&"Citizens Affairs Section") && texts.contains(&"A-012"), "{texts:?}");
            // The Nepali, Vietnamese and en-dash lines are images of the paper's width, in place.
            assert!(texts.iter().all(|s| !s.contains("Gi") && !s.contains("floor") && !s.contains('य')), "{texts:?}");
            // Consecutive drawn lines go out as one image: the office, then service and where.
            let blocks = rasters(&cmds);
            assert_eq!(blocks.len(), 2, "{:?}", blocks.iter().map(|b| b.1).collect::<Vec<_>>());
            for (w, h, data) in &blocks {
                assert_eq!(*w, bytes_across);
                assert!(*h >= 1 && *h <= MAX_BAND_ROWS);
                assert!(data.iter().map(|b| b.count_ones()).sum::<u32>() > 100, "the image has ink");
            }
            let at = |c: &Command| cmds.iter().position(|x| x == c).expect("present");
            let first_image = cmds.iter().position(|c| matches!(c, Command::Raster { .. })).expect("an image");
            assert!(at(&Command::Text("八幡西区役所".into())) < first_image && first_image < at(&Command::Text("市民課".into())));
        }
    }

    #[test]
    fn shift_jis_without_a_font_prints_question_marks_never_html_escapes() {
        let t = mixed_ticket();
        let out = render(&t, Width::Mm80, TextMode::ShiftJis, None);
        assert_eq!(out.text, TextMode::ShiftJis);
        assert!(!out.bytes.windows(2).any(|w| w == b"&#"), "{}", String::from_utf8_lossy(&out.bytes));
        let cmds = parse(&out.bytes).expect("well formed");
        assert!(rasters(&cmds).is_empty());
        let texts = texts(&cmds);
        assert!(texts.contains(&"Gi?y ch?ng nh?n chuy?n ??n"), "{texts:?}");
        assert!(texts.contains(&"1st floor, counters 1?3"), "{texts:?}");
        let nepali: String = t.office_local.as_deref().unwrap_or_default().chars().map(|c| if c == ' ' { ' ' } else { '?' }).collect();
        assert!(texts.contains(&nepali.as_str()), "one ? per character: {texts:?}");
        assert!(texts.contains(&"八幡西区役所") && texts.contains(&"転入届"), "{texts:?}");
    }

    #[test]
    fn japanese_shift_jis_tickets_have_no_images() {
        let font = font();
        let t = japanese_ticket();
        let out = render(&t, Width::Mm80, TextMode::ShiftJis, Some(&font));
        assert_eq!(out.bytes, render(&t, Width::Mm80, TextMode::ShiftJis, None).bytes, "the font is not needed");
        let cmds = parse(&out.bytes).expect("well formed");
        assert!(rasters(&cmds).is_empty());
        // The wave dash goes as 0x8160, which decodes as the fullwidth tilde.
        assert!(texts(&cmds).contains(&"1階 1～3番窓口"), "{:?}", texts(&cmds));
        let mut t = t;
        t.where_local = Some("1階 · 1番窓口 · 2番窓口 ‖ ¢£¬—".into());
        let cmds = parse(&render(&t, Width::Mm80, TextMode::ShiftJis, Some(&font)).bytes).expect("well formed");
        assert!(rasters(&cmds).is_empty());
        assert!(texts(&cmds).contains(&"1階 ・ 1番窓口 ・ 2番窓口 ∥ ￠￡￢―"), "{:?}", texts(&cmds));
    }

    #[test]
    fn raster_without_a_font_falls_back_to_ascii() {
        let t = sample::ticket();
        for width in [Width::Mm58, Width::Mm80] {
            let out = render(&t, width, TextMode::Raster, None);
            assert_eq!(out.text, TextMode::Ascii);
            assert_eq!(out.bytes, render(&t, width, TextMode::Ascii, None).bytes);
            let cmds = parse(&out.bytes).expect("well formed");
            assert!(rasters(&cmds).is_empty());
            assert!(cmds.contains(&Command::Text("A-012".into())));
        }
    }

    #[test]
    fn characters_no_font_has_are_boxes_not_panics() {
        let font = font();
        let mut t = sample::ticket();
        t.office_local = Some("\u{e000}\u{10000}\u{1f600} \u{0}\u{200d}\u{fffd}".into());
        t.service_local = Some("\u{0301}\u{094d}".into()); // marks with nothing to sit on
        let out = render(&t, Width::Mm80, TextMode::Raster, Some(&font));
        assert_eq!(out.text, TextMode::Raster);
        parse(&out.bytes).expect("well formed");
        font.with_raster(|r| {
            let d = r.draw("\u{e000}\u{10000}", 24.0, Align::Left, 576);
            assert_eq!(d.missing, 2);
            assert!(d.bitmap.ink() > 40, "drawn as boxes");
            assert_eq!(r.draw("", 24.0, Align::Centre, 384).bitmap.height(), 0);
        })
        .expect("the font shapes");
    }

    #[test]
    fn broken_raster_commands_are_errors_never_panics() {
        let image = |m: u8, w: u16, h: u16, data: &[u8]| {
            let mut b = vec![GS, b'v', b'0', m];
            b.extend_from_slice(&w.to_le_bytes());
            b.extend_from_slice(&h.to_le_bytes());
            b.extend_from_slice(data);
            b
        };
        assert_eq!(parse(&image(0, 1, 2, &[0xff, 0x81])), Ok(vec![Command::Raster { width_bytes: 1, height: 2, data: vec![0xff, 0x81] }]));
        for bad in [
            image(0, 2, 2, &[0; 3]),
            image(0, 0, 5, &[]),
            image(0, 5, 0, &[]),
            image(7, 1, 1, &[0]),
            image(0, 0xffff, 0xffff, &[0; 16]),
            vec![GS, b'v', b'0', 0, 1],
            vec![GS, b'v', b'1'],
        ] {
            let e = parse(&bad).expect_err("refused");
            assert!(e.contains("byte 0") || e.contains("at 0"), "{e}");
        }
        // Every cut of a real raster ticket parses or fails cleanly.
        let bytes = render(&japanese_ticket(), Width::Mm58, TextMode::Raster, Some(&font())).bytes;
        for end in (0..bytes.len()).step_by(61) {
            let _ = parse(&bytes[..end]);
            let mut flipped = bytes.clone();
            flipped[end] ^= 0x5a;
            let _ = parse(&flipped);
        }
    }
}
