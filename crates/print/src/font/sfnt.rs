//! Writing an sfnt (OpenType / TrueType) file from its tables, and reading
//! the big-endian integers font tables are made of.

/// The version of a font with TrueType (`glyf`) outlines.
pub(crate) const TRUETYPE: u32 = 0x0001_0000;
/// The version of a font with CFF outlines: "OTTO".
pub(crate) const CFF: u32 = u32::from_be_bytes(*b"OTTO");

/// An sfnt file of `tables`, sorted by tag, with their checksums and the
/// whole file's checksum adjustment in `head`; `None` past the format's
/// limits (65,535 tables, 4 GB).
pub(crate) fn write(version: u32, tables: &[([u8; 4], std::borrow::Cow<'_, [u8]>)]) -> Option<Vec<u8>> {
    assemble(version, tables, None)
}

/// [`write`] with one more table, `last`, that `write_last` appends to the
/// file as it is being written (up to `size_hint` bytes are reserved for
/// it): a large table need not be built apart and copied in. `None` when
/// `write_last` gives `None`.
pub(crate) fn write_with_last(
    version: u32,
    tables: &[([u8; 4], std::borrow::Cow<'_, [u8]>)],
    last: [u8; 4],
    size_hint: usize,
    write_last: impl FnOnce(&mut Vec<u8>) -> Option<()>,
) -> Option<Vec<u8>> {
    assemble(version, tables, Some((last, size_hint, Box::new(write_last))))
}

type LastTable<'f> = ([u8; 4], usize, Box<dyn FnOnce(&mut Vec<u8>) -> Option<()> + 'f>);

fn assemble(version: u32, tables: &[([u8; 4], std::borrow::Cow<'_, [u8]>)], last: Option<LastTable<'_>>) -> Option<Vec<u8>> {
    let count = tables.len() + usize::from(last.is_some());
    let n = u16::try_from(count).ok()?;
    let entry_selector = 15 - n.max(1).leading_zeros() as u16;
    let search_range = 16u16 << entry_selector;
    let directory = 12 + 16 * count;
    let size = directory + tables.iter().map(|(_, data)| data.len().next_multiple_of(4)).sum::<usize>();
    let mut out = Vec::with_capacity(size + last.as_ref().map_or(0, |(_, hint, _)| hint + 4));
    out.extend_from_slice(&version.to_be_bytes());
    for v in [n, search_range, entry_selector, n * 16 - search_range] {
        out.extend_from_slice(&v.to_be_bytes());
    }
    out.resize(directory, 0);
    // (tag, offset, length) of each table as it is written.
    let mut records = Vec::with_capacity(count);
    for (tag, data) in tables {
        records.push((*tag, out.len(), data.len()));
        out.extend_from_slice(data);
        out.resize(out.len().next_multiple_of(4), 0);
    }
    if let Some((tag, _, write_last)) = last {
        let at = out.len();
        write_last(&mut out)?;
        records.push((tag, at, out.len() - at));
        out.resize(out.len().next_multiple_of(4), 0);
    }
    records.sort_by_key(|(tag, ..)| *tag);
    let mut head_at = None;
    for (i, (tag, offset, length)) in records.into_iter().enumerate() {
        let sum = checksum(&out[offset..offset + length]);
        let record = 12 + 16 * i;
        out[record..record + 4].copy_from_slice(&tag);
        out[record + 4..record + 8].copy_from_slice(&sum.to_be_bytes());
        out[record + 8..record + 12].copy_from_slice(&u32::try_from(offset).ok()?.to_be_bytes());
        out[record + 12..record + 16].copy_from_slice(&u32::try_from(length).ok()?.to_be_bytes());
        if &tag == b"head" {
            head_at = Some(offset);
        }
    }
    if let Some(head) = head_at {
        let adjustment = 0xB1B0_AFBAu32.wrapping_sub(checksum(&out));
        out.get_mut(head + 8..head + 12)?.copy_from_slice(&adjustment.to_be_bytes());
    }
    Some(out)
}

/// The sum of the data as big-endian 32-bit words, the last one padded with zeros.
fn checksum(data: &[u8]) -> u32 {
    data.chunks(4).fold(0u32, |sum, word| {
        let mut w = [0u8; 4];
        w[..word.len()].copy_from_slice(word);
        sum.wrapping_add(u32::from_be_bytes(w))
    })
}


/// The big-endian `u16` at `at`, if `data` is long enough.
pub(crate) fn read16(data: &[u8], at: usize) -> Option<u16> {
    Some(u16::from_be_bytes(data.get(at..at.checked_add(2)?)?.try_into().ok()?))
}

/// The big-endian `u32` at `at`, if `data` is long enough.
pub(crate) fn read32(data: &[u8], at: usize) -> Option<u32> {
    Some(u32::from_be_bytes(data.get(at..at.checked_add(4)?)?.try_into().ok()?))
}
