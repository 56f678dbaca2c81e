//! Spoken call announcements, rendered on the server because browsers have
//! no offline Japanese voice.
//!
//! Japanese is rendered by Open JTalk with the HTS voice "NIT ATR503 M001"
//! (Nagoya Institute of Technology, CC BY 3.0); English by eSpeak NG. Each
//! announcement is rendered once and cached in `DATA/cache/speech/`. The
//! text is built only from a validated ticket number and a configured
//! counter, so nothing a caller sends reaches the command line as free text.

use std::path::{Path, PathBuf};
use std::time::Duration;
use tokio::process::Command;

const DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";
const VOICE: &str = "/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice";
const RENDER_TIMEOUT: Duration = Duration::from_secs(15);

/// Languages with an offline voice.
pub fn has_voice(lang: &str) -> bool {
    matches!(lang, "ja" | "en")
}

/// The words of an announcement.
pub fn text(lang: &str, prefix: &str, n: u32, counter_ja: &str, counter_id: &str) -> Option<String> {
    match lang {
        // 「受付番号 A の 12 番の方、3番窓口へお越しください。」
        "ja" => Some(format!("受付番号、{prefix}の{n}番の方、{counter_ja}へお越しください。")),
        "en" => {
            let spelled: Vec<String> = prefix.chars().map(|c| c.to_string()).collect();
            Some(format!("Number {} {n}, please come to counter {counter_id}.", spelled.join(" ")))
        }
        _ => None,
    }
}

#[derive(Debug, thiserror::Error)]
pub enum SpeechError {
    #[error("no speech engine for {0} is installed")]
    Unavailable(String),
    #[error("speech rendering failed: {0}")]
    Failed(String),
}

/// Renders (or reuses) the WAV for `text` in `lang`, under `cache_dir`.
pub async fn render(cache_dir: &Path, lang: &str, text: &str) -> Result<Vec<u8>, SpeechError> {
    use sha2::{Digest, Sha256};
    let key: String = Sha256::digest(format!("{lang}\n{text}").as_bytes()).iter().take(16).map(|b| format!("{b:02x}")).collect();
    let path = cache_dir.join(format!("{lang}-{key}.wav"));
    if let Ok(bytes) = tokio::fs::read(&path).await {
        return Ok(bytes);
    }
    tokio::fs::create_dir_all(cache_dir).await.map_err(|e| SpeechError::Failed(e.to_string()))?;
    let tmp = cache_dir.join(format!(".{lang}-{key}.{}.wav", std::process::id()));
    let mut cmd = match lang {
        "ja" => {
            if !Path::new(DICTIONARY).exists() || !Path::new(VOICE).exists() {
                return Err(SpeechError::Unavailable("ja".into()));
            }
            let input = cache_dir.join(format!(".{lang}-{key}.txt"));
            tokio::fs::write(&input, text).await.map_err(|e| SpeechError::Failed(e.to_string()))?;
            let mut c = Command::new("open_jtalk");
            c.arg("-x").arg(DICTIONARY).arg("-m").arg(VOICE).arg("-r").arg("0.9").arg("-ow").arg(&tmp).arg(&input);
            c
        }
        "en" => {
            let mut c = Command::new("espeak-ng");
            c.arg("-v").arg("en").arg("-s").arg("140").arg("-w").arg(&tmp).arg(text);
            c
        }
        other => return Err(SpeechError::Unavailable(other.into())),
    };
    cmd.kill_on_drop(true).stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
    let child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SpeechError::Unavailable(lang.into()),
        _ => SpeechError::Failed(e.to_string()),
    })?;
    let output = tokio::time::timeout(RENDER_TIMEOUT, child.wait_with_output())
        .await
        .map_err(|_| SpeechError::Failed("timed out".into()))?
        .map_err(|e| SpeechError::Failed(e.to_string()))?;
    if !output.status.success() {
        return Err(SpeechError::Failed(String::from_utf8_lossy(&output.stderr).trim().to_owned()));
    }
    let bytes = tokio::fs::read(&tmp).await.map_err(|e| SpeechError::Failed(e.to_string()))?;
    // Renamed into place so that a concurrent reader never sees half a file.
    let _ = tokio::fs::rename(&tmp, &path).await;
    Ok(bytes)
}

pub fn cache_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("cache").join("speech")
}
