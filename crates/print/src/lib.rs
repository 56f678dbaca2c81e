//! The printed ticket.
//!
//! * [`pdf::render`] — an 80 mm receipt (or A6) PDF: the number very large,
//!   office, section, service, time, position and wait at issue, a short
//!   "what to bring" in the resident's language and in Japanese, and a QR code
//!   of the ticket's status URL. All of it is real text in an embedded,
//!   subsetted CJK font; what that font lacks (Nepali) is shaped with
//!   rustybuzz and set in a second subset font from [`font::fallbacks`].
//! * [`escpos::render`] — the same ticket as ESC/POS bytes for 58/80 mm
//!   thermal printers, with a native QR code and a cut: text in the printer's
//!   Kanji mode (Shift_JIS), lines Shift_JIS cannot encode drawn as raster
//!   images; or every non-ASCII line as raster images, for printers without
//!   Kanji; or the ASCII lines only.
//! * [`printer::send`] — raw bytes to a network printer (TCP 9100) or a
//!   device file, with a timeout.

pub mod calendar;
pub mod escpos;
pub mod font;
pub mod pdf;
pub mod printer;

pub use font::CjkFont;

/// Everything printed on a ticket, already in the right languages.
#[derive(Debug, Clone, PartialEq)]
pub struct TicketPrint {
    /// `A-012`
    pub number: String,
    /// The office, in Japanese (always printed).
    pub office_ja: String,
    /// The office in the resident's language, when it is not Japanese.
    pub office_local: Option<String>,
    pub section_ja: String,
    pub section_local: Option<String>,
    pub service_ja: Option<String>,
    pub service_local: Option<String>,
    /// Where: floor and counters, in the resident's language.
    pub where_local: Option<String>,
    /// Issue time as printed, Tokyo time: `2026-11-24 14:05`.
    pub issued_at: String,
    pub position: Option<u32>,
    pub estimated_wait_minutes: Option<u64>,
    /// Short "what to bring" lines, in the resident's language.
    pub bring_local: Vec<String>,
    /// The same in Japanese (printed too, so staff can read it).
    pub bring_ja: Vec<String>,
    /// The absolute URL the QR code opens.
    pub status_url: String,
    /// Labels in the resident's language.
    pub labels: Labels,
}

/// The fixed words of a ticket, in the resident's language.
#[derive(Debug, Clone, PartialEq)]
pub struct Labels {
    /// "Your number" / 「受付番号」
    pub number: String,
    /// "People ahead of you: {n}" with `{n}` replaced by the printer.
    pub position: String,
    /// "Estimated wait: about {minutes} min"
    pub wait: String,
    /// "Please bring"
    pub bring: String,
    /// "Scan to follow your turn on your phone"
    pub scan: String,
}

impl Labels {
    /// The Japanese labels, used for Japanese tickets and as a fallback.
    pub fn japanese() -> Labels {
        Labels {
            number: "受付番号".into(),
            position: "お待ちの方：{n}人".into(),
            wait: "待ち時間の目安：約{minutes}分".into(),
            bring: "お持ちいただくもの".into(),
            scan: "スマートフォンで順番を確認できます".into(),
        }
    }
}

impl TicketPrint {
    /// The people-ahead line, when known.
    pub fn position_line(&self) -> Option<String> {
        self.position.map(|p| self.labels.position.replace("{n}", &p.saturating_sub(1).to_string()))
    }

    pub fn wait_line(&self) -> Option<String> {
        self.estimated_wait_minutes.map(|m| self.labels.wait.replace("{minutes}", &m.to_string()))
    }
}

/// Why a ticket could not be printed.
#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    #[error("the QR code cannot hold the status URL: {0}")]
    Qr(String),
    #[error("the printer at {target} did not answer: {reason}")]
    PrinterUnreachable { target: String, reason: String },
    #[error("the printer at {target} timed out")]
    PrinterTimeout { target: String },
    #[error("font {path}: {reason}")]
    Font { path: String, reason: String },
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Sample tickets (English, Nepali, Korean, Chinese, Vietnamese) for the
/// tests and the render bench; not for the server.
#[doc(hidden)]
pub mod sample {
    use super::*;

    pub fn ticket() -> TicketPrint {
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
            status_url: "http://127.0.0.1:8080/t/3ueui2Xla_u8aArVJ-9mV85931qvKyK2".into(),
            labels: Labels {
                number: "Your number".into(),
                position: "People ahead of you: {n}".into(),
                wait: "Estimated wait: about {minutes} min".into(),
                bring: "Please bring".into(),
                scan: "Scan to follow your turn on your phone".into(),
            },
        }
    }

    /// The same for a Nepali speaker, with the catalog's Nepali labels.
    pub fn nepali_ticket() -> TicketPrint {
        let mut t = ticket();
        t.office_local = Some("यहातानिशी वडा कार्यालय".into());
        t.section_local = Some("नागरिक मामिला शाखा".into());
        t.service_local = Some("बसाइँ सराइ आगमन सूचना".into());
        t.where_local = Some("पहिलो तल्ला, काउन्टर १–३".into());
        t.bring_local = vec!["निवास कार्ड वा राहदानी".into(), "अघिल्लो सहरको बसाइँ सराइ प्रमाणपत्र".into()];
        t.labels = Labels {
            number: "तपाईंको नम्बर".into(),
            position: "तपाईंभन्दा अगाडि: {n} जना".into(),
            wait: "अनुमानित प्रतीक्षा: करिब {minutes} मिनेट".into(),
            bring: "कृपया ल्याउनुहोस्".into(),
            scan: "फोनमा आफ्नो पालो हेर्न स्क्यान गर्नुहोस्".into(),
        };
        t
    }

    /// The catalog's largest Chinese (Simplified) ticket, National Health
    /// Insurance benefits: about 170 distinct glyphs, most of them hanzi and
    /// kanji.
    pub fn chinese_ticket() -> TicketPrint {
        TicketPrint {
            number: "K-043".into(),
            section_ja: "国保年金課".into(),
            section_local: Some("National Health Insurance and Pension Section".into()),
            service_ja: Some("国民健康保険の給付（高額療養費・出産育児一時金・葬祭費）".into()),
            service_local: Some("National Health Insurance benefits (high-cost medical care, childbirth lump sum, funeral expenses)".into()),
            where_local: Some("1楼，Counter 10 · Counter 11 · Counter 12".into()),
            position: Some(43),
            estimated_wait_minutes: Some(246),
            bring_local: vec!["带照片的身份证件（个人编号卡、驾照、在留卡等）".into(), "用于接收款项的银行账户信息".into(), "医院的收据（高额疗养费、生育）".into()],
            bring_ja: vec![
                "本人確認書類（マイナンバーカード、運転免許証、在留カードなど）".into(),
                "振込先の口座が分かるもの".into(),
                "医療機関の領収書（高額療養費・出産育児一時金）".into(),
            ],
            labels: Labels {
                number: "您的号码".into(),
                position: "前面等候人数：{n}".into(),
                wait: "预计等候：约{minutes}分钟".into(),
                bring: "请携带".into(),
                scan: "扫码用手机查看排队进度".into(),
            },
            ..ticket()
        }
    }

    /// The catalog's largest Korean ticket: joining or leaving National Health Insurance.
    pub fn korean_ticket() -> TicketPrint {
        TicketPrint {
            number: "K-036".into(),
            section_ja: "国保年金課".into(),
            section_local: Some("National Health Insurance and Pension Section".into()),
            service_ja: Some("国民健康保険の加入・脱退".into()),
            service_local: Some("National Health Insurance: joining or leaving".into()),
            where_local: Some("1층, Counter 10 · Counter 11 · Counter 12".into()),
            position: Some(36),
            estimated_wait_minutes: Some(204),
            bring_local: vec![
                "사진이 붙은 신분증 (마이넘버 카드, 운전면허증, 재류카드 등)".into(),
                "가입할 때: 이전 건강보험이 끝난 날을 알 수 있는 서류 (資格喪失証明書 등)".into(),
                "탈퇴할 때: 새 건강보험의 자격확인서(資格確認書) 또는 자격정보 안내(資格情報のお知らせ)".into(),
            ],
            bring_ja: vec![
                "本人確認書類（マイナンバーカード、運転免許証、在留カードなど）".into(),
                "加入のとき：前の健康保険をやめた日が分かる書類（資格喪失証明書など）".into(),
                "脱退のとき：新しい健康保険の資格確認書または資格情報のお知らせ".into(),
            ],
            labels: Labels {
                number: "접수 번호".into(),
                position: "앞에서 기다리는 분: {n}명".into(),
                wait: "예상 대기 시간: 약 {minutes}분".into(),
                bring: "지참하실 것".into(),
                scan: "휴대폰으로 순서를 확인하세요".into(),
            },
            ..ticket()
        }
    }

    /// The same for a Vietnamese speaker: letters with diacritics Shift_JIS lacks.
    pub fn vietnamese_ticket() -> TicketPrint {
        let mut t = ticket();
        t.office_local = Some("Văn phòng quận Yahatanishi".into());
        t.section_local = Some("Phòng Hộ tịch".into());
        t.service_local = Some("Thông báo chuyển đến".into());
        t.where_local = Some("Tầng 1, quầy 1–3".into());
        t.bring_local = vec!["Thẻ cư trú hoặc hộ chiếu".into(), "Giấy chứng nhận chuyển đi".into()];
        t.labels = Labels {
            number: "Số của bạn".into(),
            position: "Số người trước bạn: {n}".into(),
            wait: "Thời gian chờ dự kiến: khoảng {minutes} phút".into(),
            bring: "Vui lòng mang theo".into(),
            scan: "Quét mã để theo dõi lượt của bạn trên điện thoại".into(),
        };
        t
    }
}
