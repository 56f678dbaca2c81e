//! Rendering one ticket: the PDF (80 mm receipt and A6) and the ESC/POS bytes
//! in each text mode (issue targets: PDF ≤ 5 ms and ≤ 30 KB).
//!
//! ```text
//! cargo bench -p print --bench render
//! cargo bench -p print --bench render -- "ne ticket, PDF"   # only the cases whose name contains this
//! ```
//! Plain `std::time`: 200 timed renders after five warm-ups, median and p90.
//! The English, Japanese and Nepali tickets are for moving in; the Korean
//! and Chinese ones are the catalog's largest PDFs in those languages
//! (National Health Insurance, many distinct hangul and hanzi).
//! The font is found and parsed once, as the server does at start.

use print::escpos::{self, TextMode, Width};
use print::pdf::{self, Paper};
use print::{CjkFont, Labels, TicketPrint, sample};
use std::time::{Duration, Instant};

const RUNS: usize = 200;

type Render<'a> = Box<dyn Fn() -> Result<Vec<u8>, Box<dyn std::error::Error>> + 'a>;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    // Under `cargo test --all-targets` (no `--bench`) the bench is only compiled.
    if !std::env::args().any(|a| a == "--bench") {
        println!("render bench: run it with `cargo bench -p print --bench render`");
        return Ok(());
    }
    let filters: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with('-')).collect();
    let started = Instant::now();
    let font = CjkFont::discover(None)?;
    println!("font {} found and parsed in {:.0} ms (once, at start)", font.path.display(), ms(started.elapsed()));

    for (lang, t) in [("en", sample::ticket()), ("ja", japanese()), ("ne", sample::nepali_ticket()), ("ko", sample::korean_ticket()), ("zh-Hans", sample::chinese_ticket())] {
        let cases: Vec<(&str, Render<'_>)> = vec![
            ("PDF 80 mm", Box::new(|| Ok(pdf::render(&t, Some(&font), Paper::Receipt80)?))),
            ("PDF A6", Box::new(|| Ok(pdf::render(&t, Some(&font), Paper::A6)?))),
            // With the font, as the server renders it: lines Shift_JIS lacks are drawn.
            ("ESC/POS 80 mm shift_jis", Box::new(|| Ok(escpos::render(&t, Width::Mm80, TextMode::ShiftJis, Some(&font)).bytes))),
            ("ESC/POS 80 mm ascii", Box::new(|| Ok(escpos::render(&t, Width::Mm80, TextMode::Ascii, None).bytes))),
            ("ESC/POS 80 mm raster", Box::new(|| raster(&t, Width::Mm80, &font))),
            ("ESC/POS 58 mm raster", Box::new(|| raster(&t, Width::Mm58, &font))),
        ];
        for (name, run) in &cases {
            let full = format!("{lang} ticket, {name}");
            if !filters.is_empty() && !filters.iter().any(|f| full.contains(f.as_str())) {
                continue;
            }
            for _ in 0..5 {
                run()?;
            }
            let mut times: Vec<Duration> = Vec::with_capacity(RUNS);
            let mut size = 0;
            for _ in 0..RUNS {
                let start = Instant::now();
                let bytes = run()?;
                times.push(start.elapsed());
                size = std::hint::black_box(bytes).len();
            }
            times.sort();
            println!(
                "{full}: median {:.2} ms, p90 {:.2} ms (min {:.2}, max {:.2}) over {RUNS} renders; {:.1} KB",
                ms(times[RUNS / 2]),
                ms(times[RUNS * 9 / 10]),
                ms(times[0]),
                ms(times[RUNS - 1]),
                size as f64 / 1024.0
            );
        }
    }
    Ok(())
}

fn raster(t: &TicketPrint, width: Width, font: &CjkFont) -> Result<Vec<u8>, Box<dyn std::error::Error>> {
    let out = escpos::render(t, width, TextMode::Raster, Some(font));
    if out.text != TextMode::Raster {
        return Err("raster mode fell back to ASCII".into());
    }
    Ok(out.bytes)
}

/// A ticket for a Japanese speaker: Japanese only, the guidance once.
fn japanese() -> TicketPrint {
    let bring: Vec<String> = [
        "前の住所地で発行された転出証明書（マイナンバーカードで転出した場合は不要）",
        "本人確認書類（マイナンバーカード、運転免許証、在留カードなど）",
        "マイナンバーカード（お持ちの方全員分）",
    ]
    .map(String::from)
    .into();
    TicketPrint {
        office_local: None,
        section_local: None,
        service_local: None,
        where_local: Some("1階、1番窓口 · 2番窓口 · 3番窓口 · 7番窓口 · 12番窓口".into()),
        bring_local: bring.clone(),
        bring_ja: bring,
        labels: Labels::japanese(),
        ..sample::ticket()
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
