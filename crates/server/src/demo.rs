//! Sample content for a newcomer (`madoguchi serve --demo`): organisations,
//! an invitation to try, notices on the boards, a few tickets waiting and
//! called today, and whatever each enabled module's manifest seeds. Every
//! sample is marked as one (（サンプル）, 【サンプル】) so that nobody takes
//! it for the ward's word.
//!
//! The organisations, invitation and notices are made once per data
//! directory (the platform's audit trail remembers it); tickets only on a
//! day the main office has none, so a restart does not pile them up.

use crate::engine::Engine;
use platform::accounts::{self, OrgKind, Organisation};
use platform::board::{self, NewNotice};
use platform::text::Text;
use queue_core::office::IssueTarget;
use queue_core::{Lang, TicketId};
use std::collections::BTreeMap;
use std::sync::Arc;

const ACTOR: &str = "demo";

fn text(ja: &str, en: &str) -> anyhow::Result<Text> {
    let map = BTreeMap::from([("ja".to_owned(), ja.to_owned()), ("en".to_owned(), en.to_owned())]);
    Text::parse(map, 1000).map_err(|e| anyhow::anyhow!("sample text {ja:?}: {e}"))
}

/// Fills the sample content; the lines to print for the newcomer.
pub async fn fill(engine: &Engine, modules: &platform::Modules) -> anyhow::Result<Vec<String>> {
    let mut said = Vec::new();
    let storage = engine.storage();
    let platform = platform::Platform::new(storage.clone(), engine.clock.clone(), Arc::new(engine.clone()));
    let done = storage
        .read(|c| Ok(c.query_row("SELECT COUNT(*) FROM platform_audit WHERE action = 'demo.fill'", [], |r| r.get::<_, i64>(0))? > 0))
        .await?;
    if done {
        said.push("demo: sample organisations and notices were made before; left as they are".to_owned());
    } else {
        said.extend(platform_samples(engine, &platform).await?);
        for m in modules.enabled() {
            if let Some(seed) = m.demo {
                let lines = seed(platform.clone()).await.map_err(|e| anyhow::anyhow!("module {}: {}", m.id, e.message))?;
                said.extend(lines.into_iter().map(|l| format!("demo ({}): {l}", m.id)));
            }
        }
    }
    said.extend(tickets(engine).await?);
    Ok(said)
}

async fn platform_samples(engine: &Engine, platform: &platform::Platform) -> anyhow::Result<Vec<String>> {
    let main = engine.config.offices.first().map(|o| o.id.to_string()).unwrap_or_default();
    let orgs = [
        (OrgKind::Shop, "黒崎ベーカリー（サンプル）", "Kurosaki Bakery (sample)", Some("kurosaki")),
        (OrgKind::Shop, "熊手の八百屋（サンプル）", "Kumade greengrocer (sample)", Some("kurosaki")),
        (OrgKind::Facility, "コムシティ 交流スペース（サンプル）", "ComCity community space (sample)", Some("kurosaki")),
        (OrgKind::Centre, "陣山市民センター（サンプル）", "Jinyama Citizen Centre (sample)", Some("jinyama")),
        (OrgKind::Company, "西区ものづくり株式会社（サンプル）", "Nishi-ku Monozukuri Co. (sample)", None),
        (OrgKind::School, "黒崎学院大学（サンプル）", "Kurosaki Gakuin University (sample)", None),
    ];
    let now = engine.clock.now();
    let mut made = Vec::new();
    for (kind, ja, en, district) in orgs {
        made.push(Organisation { id: accounts::new_org_id(), kind, name: text(ja, en)?, district: district.map(str::to_owned), office: Some(main.clone()) });
    }
    let code = accounts::new_invitation_code();
    let hash = accounts::code_hash(&code);
    // A day: the code is printed where logs may keep it.
    let expires = now + jiff::SignedDuration::from_hours(24);
    let first = made[0].id.clone();
    let rows = made.clone();
    platform
        .storage
        .write(move |tx| {
            for o in &rows {
                accounts::insert_org(tx, o, now.as_microsecond())?;
            }
            accounts::insert_invitation(tx, &hash, &first, ACTOR, now.as_microsecond(), expires.as_microsecond())?;
            platform::audit::record(tx, &platform::audit::Entry {
                at: now.as_microsecond(),
                actor: ACTOR,
                module: platform::PLATFORM,
                action: "demo.fill",
                subject: "sample organisations, an invitation and notices",
                reason: None,
            })
        })
        .await?;
    let mut said = vec![
        format!("demo: {} sample organisations (madoguchi org list --data …)", made.len()),
        format!("demo: try joining as a member of {}: {}/m/join/?code={code}", made[0].name.ja_text(), engine.base_url),
    ];
    let offices: Vec<&str> = engine.config.offices.iter().map(|o| o.id.as_str()).collect();
    let notices = [
        (vec![main.clone()], "【サンプル】年末年始は閉庁します", "[Sample] Closed over the New Year holidays", "12月29日から1月3日まで、区役所は閉庁します。転入・転出の届出は1月4日から受け付けます。", "The ward office is closed from 29 December to 3 January. Moving in and out is accepted from 4 January.", 6),
        (vec![main.clone()], "【サンプル】マイナンバーカードの受け取り", "[Sample] Collecting My Number cards", "予約のない方もお受け取りできます。2階のマイナンバーカード窓口へどうぞ。", "You can collect your card without an appointment at the My Number card counter on the 2nd floor.", 4),
        (offices.iter().skip(1).map(|o| (*o).to_owned()).collect(), "【サンプル】証明書はコンビニでも取れます", "[Sample] Certificates at convenience stores", "マイナンバーカードがあれば、住民票の写しや印鑑登録証明書をコンビニで取れます。", "With a My Number card you can get residence and seal certificates at convenience stores.", 3),
    ];
    for (targets, ja, en, body_ja, body_en, priority) in notices {
        if targets.is_empty() {
            continue;
        }
        let new = NewNotice {
            offices: targets,
            title: text(ja, en)?,
            body: text(body_ja, body_en)?,
            from: None,
            until: Some(now + jiff::SignedDuration::from_hours(24 * 7)),
            priority: Some(priority),
            weekdays: None,
            hours: None,
        };
        let notice = board::parse_notice(new, &offices, now).map_err(|e| anyhow::anyhow!("sample notice: {e}"))?;
        use platform::board::Boards as _;
        engine.publish(notice, ACTOR.to_owned()).await.map_err(|e| anyhow::anyhow!("sample notice: {}", e.message))?;
    }
    said.push("demo: 3 sample notices on the boards for a week (DELETE /api/v1/notices/{id} to take them off)".to_owned());
    Ok(said)
}

/// A few tickets at the main office, two of them called, on a day it has none.
async fn tickets(engine: &Engine) -> anyhow::Result<Vec<String>> {
    let Some(office) = engine.config.offices.first().map(|o| o.id.to_string()) else { return Ok(Vec::new()) };
    let today = engine.today();
    let busy = engine.ward().office(&office).is_some_and(|o| o.day() == today && !o.tickets().is_empty());
    if busy {
        return Ok(vec![format!("demo: {office} has tickets today already; no sample tickets")]);
    }
    let samples = [
        ("residence-certificate", "ja"),
        ("moving-in", "en"),
        ("residence-certificate", "vi"),
        ("nhi-enrolment", "ja-x-easy"),
        ("child-allowance", "ne"),
        ("my-number-card-pickup", "zh-Hans"),
        ("tax-certificate", "ja"),
        ("moving-in", "pt"),
    ];
    let mut issued = 0;
    for (service, lang) in samples {
        if engine.config.service(service).is_none() {
            continue;
        }
        let lang = Lang::configured(lang);
        let id = TicketId::parse(&crate::auth::new_ticket_id()).map_err(|e| anyhow::anyhow!("{e}"))?;
        let token = crate::auth::new_ticket_token();
        let target = IssueTarget::Service(service.to_owned());
        engine.command(&office, Some(ACTOR.to_owned()), move |state, now| state.issue(target, lang, id, token, now).map(Some)).await.map_err(|e| anyhow::anyhow!("{e:?}"))?;
        issued += 1;
    }
    let counters: Vec<String> = engine.config.offices.first().map(|o| o.counters.iter().take(4).map(|c| c.id.to_string()).collect()).unwrap_or_default();
    let mut called = 0;
    for counter in counters {
        let c = counter.clone();
        if let Ok(Some(_)) = engine.command(&office, Some(ACTOR.to_owned()), move |state, now| state.call_next(&c, now)).await {
            called += 1;
        }
        if called == 2 {
            break;
        }
    }
    Ok(vec![format!("demo: {issued} sample tickets at {office} today, {called} of them called")])
}
