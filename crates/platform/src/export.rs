//! One way out for tables: CSV that Excel opens as it is (UTF-8 with a
//! byte-order mark, CRLF line ends, RFC 4180 quoting), and the rule that
//! no published count identifies a person.

/// Counts of people below this are shown as `<5` in anything public or
/// exported outside the section that owns the data (k-anonymity).
pub const SMALLEST_COUNT: u64 = 5;

/// A count as it may be published: itself from [`SMALLEST_COUNT`] up, else `<5`.
pub fn publishable(count: u64) -> String {
    if count == 0 || count >= SMALLEST_COUNT { count.to_string() } else { format!("<{SMALLEST_COUNT}") }
}

/// Writes rows of text as CSV for Excel: a BOM, the header, one CRLF line
/// per row, fields quoted where they must be.
pub fn csv<I, R>(header: &[&str], rows: I) -> Result<Vec<u8>, csv::Error>
where
    I: IntoIterator<Item = R>,
    R: IntoIterator,
    R::Item: AsRef<[u8]>,
{
    let mut out = b"\xef\xbb\xbf".to_vec();
    {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(&mut out);
        w.write_record(header)?;
        for row in rows {
            w.write_record(row)?;
        }
        w.flush()?;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_reads_it_as_utf8_with_quotes_where_needed() {
        let out = csv(&["名称", "説明"], [vec!["黒崎", "a, b"], vec!["八枝", "line\nbreak \"quoted\""]]).expect("csv");
        assert!(out.starts_with(b"\xef\xbb\xbf"));
        let text = String::from_utf8(out[3..].to_vec()).expect("utf-8");
        assert_eq!(text, "名称,説明\r\n黒崎,\"a, b\"\r\n八枝,\"line\nbreak \"\"quoted\"\"\"\r\n");
        let mut r = csv::Reader::from_reader(text.as_bytes());
        let rows: Vec<csv::StringRecord> = r.records().collect::<Result<_, _>>().expect("reads back");
        assert_eq!(&rows[1][1], "line\nbreak \"quoted\"");
    }

    #[test]
    fn small_counts_are_never_published() {
        assert_eq!([0, 1, 4, 5, 120].map(publishable), ["0", "<5", "<5", "5", "120"]);
    }
}
