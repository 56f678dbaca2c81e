//! The ticket as ESC/POS bytes for 58 mm and 80 mm thermal printers.
//!
//! Japanese is printed in the printer's Kanji mode with Shift_JIS (`FS C 1`,
//! `FS &` … `FS .`), which Japanese-market printers support. For printers
//! without it, [`TextMode::Ascii`] prints only the lines that are plain ASCII
//! (the number, English labels, the QR code), so a ticket always comes out.
//! The QR code is the printer's own (`GS ( k`, model 2, level M).

use crate::TicketPrint;

/// How text is sent to the printer.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum TextMode {
    /// Kanji mode with Shift_JIS bytes.
    #[default]
    ShiftJis,
    /// Plain ASCII only; lines with other characters are left out.
    Ascii,
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
}

const ESC: u8 = 0x1b;
const GS: u8 = 0x1d;
const FS: u8 = 0x1c;

struct Writer {
    out: Vec<u8>,
    mode: TextMode,
    columns: usize,
}

impl Writer {
    fn raw(&mut self, bytes: &[u8]) {
        self.out.extend_from_slice(bytes);
    }

    fn align_centre(&mut self, centre: bool) {
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
        let columns = self.columns / multiplier.max(1);
        for part in wrap_columns(text, columns) {
            match self.mode {
                TextMode::Ascii => {
                    if !part.is_ascii() {
                        continue;
                    }
                    self.raw(part.as_bytes());
                }
                TextMode::ShiftJis => {
                    if part.is_ascii() {
                        self.raw(part.as_bytes());
                    } else {
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

/// Renders a ticket.
pub fn render(t: &TicketPrint, width: Width, mode: TextMode) -> Vec<u8> {
    let mut w = Writer { out: Vec::with_capacity(1024), mode, columns: width.columns() };
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
    w.out
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
    Cut(u8, u8),
}

/// Parses the ESC/POS this module writes; an unknown or truncated command is
/// an error naming its byte offset.
pub fn parse(bytes: &[u8]) -> Result<Vec<Command>, String> {
    let mut out = Vec::new();
    let mut i = 0;
    let need = |i: usize, n: usize| if i + n <= bytes.len() { Ok(()) } else { Err(format!("truncated command at byte {i}")) };
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
                        let end = bytes[start..].windows(2).position(|w| w == [FS, b'.']).map(|p| start + p).ok_or_else(|| format!("Kanji mode not closed after byte {i}"))?;
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
    use super::*;
    use crate::sample;

    #[test]
    fn a_ticket_parses_back_with_init_qr_and_cut() {
        let t = sample::ticket();
        let bytes = render(&t, Width::Mm80, TextMode::ShiftJis);
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
        let bytes = render(&t, Width::Mm58, TextMode::Ascii);
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
}
