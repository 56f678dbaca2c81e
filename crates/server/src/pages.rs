//! The pages served by the binary. Until the kiosk, desk and display pages
//! land, `/` lists the ward's offices and links to what exists.

use crate::state::AppState;
use axum::extract::State;
use axum::response::Html;

pub async fn index(State(app): State<AppState>) -> Html<String> {
    let config = &app.engine.config;
    let ja = queue_core::Lang::ja();
    let en = queue_core::Lang::configured("en");
    let mut offices = String::new();
    for o in &config.offices {
        offices.push_str(&format!(
            "<li><strong lang=\"ja\">{}</strong> ({}) — <a href=\"/api/v1/offices/{id}/services?lang=en\">services</a>, <a href=\"/api/v1/offices/{id}/counters\">counters</a></li>\n",
            escape(o.name.get(&ja)),
            escape(o.name.get(&en)),
            id = escape(o.id.as_str()),
        ));
    }
    Html(format!(
        r#"<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Madoguchi</title>
</head>
<body><main>
<h1>Madoguchi <span lang="ja">窓口</span></h1>
<p>{ward}: counter queue and ticketing.</p>
<h2>Offices</h2>
<ul>
{offices}</ul>
<h2>API</h2>
<p><a href="/api/openapi.json">OpenAPI document</a> · <a href="/api/v1/offices?lang=en">offices and queues</a> · <a href="/healthz">health</a></p>
</main></body></html>"#,
        ward = escape(config.ward.name.get(&en)),
    ))
}

/// Escapes text for HTML.
pub fn escape(s: &str) -> String {
    s.replace('&', "&amp;").replace('<', "&lt;").replace('>', "&gt;").replace('"', "&quot;").replace('\'', "&#39;")
}
