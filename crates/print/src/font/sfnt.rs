//! Writing an sfnt (OpenType / TrueType) file from its tables.

/// The version of a font with TrueType (`glyf`) outlines.
pub(crate) const TRUETYPE: u32 = 0x0001_0000;
/// The version of a font with CFF outlines: "OTTO".
pub(crate) const CFF: u32 = u32::from_be_bytes(*b"OTTO");

/// An sfnt file of `tables`, sorted by tag, with their checksums and the
/// whole file's checksum adjustment in `head`.
pub(crate) fn write(version: u32, tables: &[([u8; 4], std::borrow::Cow<'_, [u8]>)]) -> Vec<u8> {
    let count = tables.len() as u16;
    let entry_selector = 15 - count.max(1).leading_zeros() as u16;
    let search_range = 16u16 << entry_selector;
    let mut out = Vec::new();
    out.extend_from_slice(&version.to_be_bytes());
    for v in [count, search_range, entry_selector, count * 16 - search_range] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    let mut offset = 12 + 16 * tables.len();
    let mut head_at = None;
    for (tag, data) in tables {
        out.extend_from_slice(tag);
        out.extend_from_slice(&checksum(data).to_be_bytes());
        out.extend_from_slice(&(offset as u32).to_be_bytes());
        out.extend_from_slice(&(data.len() as u32).to_be_bytes());
        if tag == b"head" {
            head_at = Some(offset);
        }
        offset += data.len().next_multiple_of(4);
    }
    for (_, data) in tables {
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some(head) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out[head + 8..head + 12].copy_from_slice(&adjustment.to_be_bytes());
    }
    out
}

/// The sum of the data as big-endian 32-bit words, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, word| {
        let mut w = [0u8; 4];
        w[..word.len()].copy_from_slice(word);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}

