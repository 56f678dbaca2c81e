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
use print::{CjkFont, Labels, TicketPrint};
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

    for (lang, t) in [("en", english()), ("ja", japanese()), ("ne", nepali()), ("ko", korean()), ("zh-Hans", chinese())] {
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

/// A ticket for an English speaker: Japanese and English lines (and the
/// en dash of "1–3", which Shift_JIS lacks).
fn english() -> TicketPrint {
    TicketPrint {
        number: "A-012".into(),
        office_ja: "八幡西区役所".into(),
        office_local: Some("Yahatanishi Ward Office".into()),
        section_ja: "市民課".into(),
        section_local: Some("Citizens Affairs Section".into()),
        service_ja: Some("転入届".into()),
        service_local: Some("Moving-in notification".into()),
        where_local: Some("1st floor, counters 1–3".into()),
        issued_at: "2026-11-24 14:05".into(),
        position: Some(4),
        estimated_wait_minutes: Some(25),
        bring_local: vec!["Residence card or passport".into(), "Moving-out certificate from your previous city".into()],
        bring_ja: vec!["在留カードまたはパスポート".into(), "転出証明書".into()],
        status_url: "http://192.168.10.5:8080/t/3ueui2Xla_u8aArVJ-9mV85931qvKyK2".into(),
        labels: Labels {
            number: "Your number".into(),
            position: "People ahead of you: {n}".into(),
            wait: "Estimated wait: about {minutes} min".into(),
            bring: "Please bring".into(),
            scan: "Scan to follow your turn on your phone".into(),
        },
    }
}

/// A ticket for a Nepali speaker: every line but the number is drawn in
/// raster mode (Japanese and Devanagari), the Nepali ones in Shift_JIS mode
/// too; the PDF embeds Noto Sans Devanagari as a second font.
fn nepali() -> TicketPrint {
    TicketPrint {
        office_local: Some("यहातानिशी वडा कार्यालय".into()),
        section_local: Some("नागरिक मामिला शाखा".into()),
        service_local: Some("बसाइँ सराइ आगमन सूचना".into()),
        where_local: Some("पहिलो तल्ला, काउन्टर १–३".into()),
        bring_local: vec!["निवास कार्ड वा राहदानी".into(), "अघिल्लो सहरको बसाइँ सराइ प्रमाणपत्र".into()],
        labels: Labels {
            number: "तपाईंको नम्बर".into(),
            position: "तपाईंभन्दा अगाडि: {n} जना".into(),
            wait: "अनुमानित प्रतीक्षा: करिब {minutes} मिनेट".into(),
            bring: "कृपया ल्याउनुहोस्".into(),
            scan: "फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस्".into(),
        },
        ..english()
    }
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
        ..english()
    }
}

/// The largest Korean ticket of the catalog: joining or leaving National Health Insurance.
fn korean() -> TicketPrint {
    TicketPrint {
        number: "K-036".into(),
        section_ja: "国保年金課".into(),
        section_local: Some("National Health Insurance and Pension Section".into()),
        service_ja: Some("国民健康保険の加入・脱退".into()),
        service_local: Some("National Health Insurance: joining or leaving".into()),
        where_local: Some("1층, Counter 10 · Counter 11 · Counter 12".into()),
        position: Some(36),
        estimated_wait_minutes: Some(204),
        bring_local: [
            "사진이 붙은 신분증 (마이넘버 카드, 운전면허증, 재류카드 등)",
            "가입할 때: 이전 건강보험이 끝난 날을 알 수 있는 서류 (資格喪失証明書 등)",
            "탈퇴할 때: 새 건강보험의 자격확인서(資格確認書) 또는 자격정보 안내(資格情報のお知らせ)",
        ]
        .map(String::from)
        .into(),
        bring_ja: [
            "本人確認書類（マイナンバーカード、運転免許証、在留カードなど）",
            "加入のとき：前の健康保険をやめた日が分かる書類（資格喪失証明書など）",
            "脱退のとき：新しい健康保険の資格確認書または資格情報のお知らせ",
        ]
        .map(String::from)
        .into(),
        labels: Labels {
            number: "접수 번호".into(),
            position: "앞에서 기다리는 분: {n}명".into(),
            wait: "예상 대기 시간: 약 {minutes}분".into(),
            bring: "지참하실 것".into(),
            scan: "휴대폰으로 순서를 확인하세요".into(),
        },
        ..english()
    }
}

/// The largest Chinese (Simplified) ticket of the catalog: National Health Insurance benefits.
fn chinese() -> TicketPrint {
    TicketPrint {
        number: "K-043".into(),
        section_ja: "国保年金課".into(),
        section_local: Some("National Health Insurance and Pension Section".into()),
        service_ja: Some("国民健康保険の給付（高額療養費・出産育児一時金・葬祭費）".into()),
        service_local: Some("National Health Insurance benefits (high-cost medical care, childbirth lump sum, funeral expenses)".into()),
        where_local: Some("1楼，Counter 10 · Counter 11 · Counter 12".into()),
        position: Some(43),
        estimated_wait_minutes: Some(246),
        bring_local: ["带照片的身份证件（个人编号卡、驾照、在留卡等）", "用于接收款项的银行账户信息", "医院的收据（高额疗养费、生育）"]
            .map(String::from)
            .into(),
        bring_ja: [
            "本人確認書類（マイナンバーカード、運転免許証、在留カードなど）",
            "振込先の口座が分かるもの",
            "医療機関の領収書（高額療養費・出産育児一時金）",
        ]
        .map(String::from)
        .into(),
        labels: Labels {
            number: "您的号码".into(),
            position: "前面等候人数：{n}".into(),
            wait: "预计等候：约{minutes}分钟".into(),
            bring: "请携带".into(),
            scan: "扫码用手机查看排队进度".into(),
        },
        ..english()
    }
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1000.0
}
