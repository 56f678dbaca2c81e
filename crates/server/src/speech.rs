//! Spoken call announcements, rendered on the server because browsers have
//! no offline Japanese voice.
//!
//! Japanese is rendered by Open JTalk with the HTS voice "NIT ATR503 M001"
//! (Nagoya Institute of Technology, CC BY 3.0); English by eSpeak NG. The
//! text is built only from a validated ticket number and a configured
//! counter, so nothing a caller sends reaches the command line as free text.
//!
//! What keeps a flood of requests from costing the office its disk and CPU:
//! - **One render per announcement** (single flight): every board asks for a
//!   call the moment it arrives; the first request starts the render, the
//!   others await its result.
//! - **At most [`Settings::renders`] engines at once**; a render that cannot
//!   start within [`Settings::queue_wait`] is refused as busy (the board
//!   still chimes and shows the call), and at most [`MAX_PENDING`]
//!   different announcements wait at all.
//! - **Nothing touches the disk while rendering**: the engine reads its
//!   words from the command line or standard input and writes the WAV to
//!   standard output, so a timeout or a crash leaves no file behind.
//! - **A bounded cache** in `DATA/cache/speech/`: at most
//!   [`Settings::cache_bytes`] in all (least recently used evicted first),
//!   nothing kept unused for longer than [`Settings::cache_max_idle`]. A
//!   file is written under a unique temporary name and renamed into place,
//!   so no reader ever sees half of one; when the write fails (a full disk),
//!   the announcement is answered anyway and simply not kept.

use axum::body::Bytes;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};
use tokio::io::{AsyncRead, AsyncReadExt, AsyncWriteExt};
use tokio::process::Command;
use tokio::sync::{Semaphore, watch};

const DICTIONARY: &str = "/var/lib/mecab/dic/open-jtalk/naist-jdic";
const VOICE: &str = "/usr/share/hts-voice/nitech-jp-atr503-m001/nitech_jp_atr503_m001.htsvoice";
/// Different announcements that may be rendering or waiting to render at
/// once; more are refused at once rather than queued.
pub const MAX_PENDING: usize = 16;
/// The largest WAV an engine may produce: a call is a few seconds
/// (Open JTalk: 48 kHz, 16 bit, ~600 KB for six seconds).
const MAX_WAV: usize = 4 * 1024 * 1024;
/// How much of an engine's error output is kept for the log.
const MAX_STDERR: usize = 2048;

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

#[derive(Debug, Clone, thiserror::Error)]
pub enum SpeechError {
    #[error("no speech engine for {0} is installed")]
    Unavailable(String),
    #[error("speech rendering failed: {0}")]
    Failed(String),
    /// Too many announcements are being rendered; try again shortly.
    #[error("the speech engines are busy")]
    Busy,
}

/// A speech engine: a program that writes a WAV to its standard output.
#[derive(Debug, Clone)]
pub struct Voice {
    /// The program (looked up on `PATH` unless absolute).
    pub program: PathBuf,
    /// Its arguments; `{text}` in one is replaced by the words.
    pub args: Vec<String>,
    /// Whether the words are written to the program's standard input.
    pub text_on_stdin: bool,
    /// Files the engine needs; when one is missing there is no voice.
    pub requires: Vec<PathBuf>,
}

impl Voice {
    /// Open JTalk with the NIT ATR503 voice, as Debian installs them.
    pub fn open_jtalk() -> Voice {
        let args = ["-x", DICTIONARY, "-m", VOICE, "-r", "0.9", "-ow", "/dev/stdout"];
        Voice {
            program: "open_jtalk".into(),
            args: args.iter().map(|s| (*s).to_owned()).collect(),
            text_on_stdin: true,
            requires: vec![DICTIONARY.into(), VOICE.into()],
        }
    }

    /// eSpeak NG's English voice.
    pub fn espeak_en() -> Voice {
        let args = ["-v", "en", "-s", "140", "--stdout", "{text}"];
        Voice { program: "espeak-ng".into(), args: args.iter().map(|s| (*s).to_owned()).collect(), text_on_stdin: false, requires: Vec::new() }
    }
}

/// How announcements are rendered and kept.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The engine for each language.
    pub voices: HashMap<String, Voice>,
    /// The cache's disk budget.
    pub cache_bytes: u64,
    /// A cached announcement unused for this long is deleted.
    pub cache_max_idle: Duration,
    /// Engines that may run at once (each is a process and a core).
    pub renders: usize,
    /// How long a render may wait for an engine before it is refused as busy.
    pub queue_wait: Duration,
    /// How long an engine may take before it is killed.
    pub render_timeout: Duration,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            voices: HashMap::from([("ja".to_owned(), Voice::open_jtalk()), ("en".to_owned(), Voice::espeak_en())]),
            cache_bytes: 64 * 1024 * 1024,
            cache_max_idle: Duration::from_secs(30 * 24 * 3600),
            renders: 2,
            queue_wait: Duration::from_secs(5),
            render_timeout: Duration::from_secs(15),
        }
    }
}

type Outcome = Option<Result<Bytes, SpeechError>>;

/// The announcements of one server: its engines, its cache and the renders
/// in flight.
#[derive(Debug)]
pub struct Speech {
    dir: PathBuf,
    settings: Settings,
    engines: Semaphore,
    inner: Mutex<Inner>,
}

#[derive(Debug, Default)]
struct Inner {
    cache: CacheIndex,
    /// Renders in flight, by file name: their result, once there is one.
    pending: HashMap<String, watch::Receiver<Outcome>>,
}

impl Speech {
    /// Opens the cache in `dir`: deletes what an earlier run left half done,
    /// and what is over the budget or too old.
    pub fn open(dir: PathBuf, settings: Settings) -> Arc<Speech> {
        let mut cache = CacheIndex::default();
        if let Ok(entries) = std::fs::read_dir(&dir) {
            for entry in entries.flatten() {
                let name = entry.file_name().to_string_lossy().into_owned();
                let path = entry.path();
                let Ok(meta) = entry.metadata() else { continue };
                if !meta.is_file() {
                    continue;
                }
                if name.starts_with('.') || !name.ends_with(".wav") {
                    // Temporary files, and the input files of older versions.
                    remove(&path);
                } else {
                    cache.insert(name, meta.len(), meta.modified().unwrap_or(SystemTime::UNIX_EPOCH));
                }
            }
        }
        for (name, _, _) in cache.make_room(0, SystemTime::now(), settings.cache_bytes, settings.cache_max_idle) {
            remove(&dir.join(name));
        }
        let engines = Semaphore::new(settings.renders.max(1));
        Arc::new(Speech { dir, settings, engines, inner: Mutex::new(Inner { cache, pending: HashMap::new() }) })
    }

    fn inner(&self) -> std::sync::MutexGuard<'_, Inner> {
        self.inner.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// Bytes and files the cache holds now.
    pub fn cache_usage(&self) -> (u64, usize) {
        let inner = self.inner();
        (inner.cache.total, inner.cache.entries.len())
    }

    /// The WAV for `text` in `lang`: from the cache, from a render already in
    /// flight, or rendered now.
    pub async fn announcement(self: &Arc<Self>, lang: &str, text: &str) -> Result<Bytes, SpeechError> {
        let name = file_name(lang, text);
        // Twice at most: a cached file found unreadable is forgotten and rendered again.
        for _ in 0..2 {
            let waiting = {
                let mut inner = self.inner();
                if inner.cache.touch(&name, SystemTime::now()) {
                    None
                } else if let Some(rx) = inner.pending.get(&name) {
                    Some(rx.clone())
                } else if inner.pending.len() >= MAX_PENDING {
                    return Err(SpeechError::Busy);
                } else {
                    let (tx, rx) = watch::channel(None);
                    inner.pending.insert(name.clone(), rx.clone());
                    // In a task of its own, so that the boards waiting for it
                    // get it even when the request that started it goes away.
                    tokio::spawn(self.clone().render_and_keep(name.clone(), lang.to_owned(), text.to_owned(), tx));
                    Some(rx)
                }
            };
            match waiting {
                None => match tokio::fs::read(self.dir.join(&name)).await.ok().filter(|b| is_wav(b)) {
                    Some(bytes) => return Ok(bytes.into()),
                    None => {
                        tracing::warn!(file = %name, "a cached announcement is missing or damaged; rendering it again");
                        self.inner().cache.remove(&name);
                        remove(&self.dir.join(&name));
                    }
                },
                Some(mut rx) => {
                    return match rx.wait_for(Option::is_some).await {
                        Ok(outcome) => outcome.clone().unwrap_or_else(|| Err(SpeechError::Failed("no result".into()))),
                        Err(_) => Err(SpeechError::Failed("the render ended without a result".into())),
                    };
                }
            }
        }
        Err(SpeechError::Failed("the cache keeps losing this announcement".into()))
    }

    async fn render_and_keep(self: Arc<Self>, name: String, lang: String, text: String, tx: watch::Sender<Outcome>) {
        let outcome = self.render_when_free(&lang, &text).await;
        if let Ok(bytes) = &outcome {
            self.keep(&name, bytes).await;
        }
        self.inner().pending.remove(&name);
        let _ = tx.send(Some(outcome));
    }

    async fn render_when_free(&self, lang: &str, text: &str) -> Result<Bytes, SpeechError> {
        let voice = self.settings.voices.get(lang).ok_or_else(|| SpeechError::Unavailable(lang.to_owned()))?;
        if voice.requires.iter().any(|f| !f.exists()) {
            return Err(SpeechError::Unavailable(lang.to_owned()));
        }
        let _engine = match tokio::time::timeout(self.settings.queue_wait, self.engines.acquire()).await {
            Ok(Ok(permit)) => permit,
            Ok(Err(_)) => return Err(SpeechError::Failed("the speech engines are closed".into())),
            Err(_) => return Err(SpeechError::Busy),
        };
        match tokio::time::timeout(self.settings.render_timeout, run(voice, lang, text)).await {
            Ok(result) => result.map(Bytes::from),
            // Dropping the run kills the engine (`kill_on_drop`); it wrote no file.
            Err(_) => Err(SpeechError::Failed(format!("timed out after {:?}", self.settings.render_timeout))),
        }
    }

    /// Writes a rendered announcement into the cache, within its budget.
    /// Failing to is not an error: the caller has the bytes.
    async fn keep(&self, name: &str, bytes: &[u8]) {
        let size = bytes.len() as u64;
        let victims = self.inner().cache.make_room(size, SystemTime::now(), self.settings.cache_bytes, self.settings.cache_max_idle);
        for (v, v_size, used) in victims {
            if let Err(e) = tokio::fs::remove_file(self.dir.join(&v)).await
                && e.kind() != std::io::ErrorKind::NotFound
            {
                // Still on disk, so still counted against the budget.
                tracing::warn!(file = %v, error = %e, "cannot delete a cached announcement");
                self.inner().cache.insert(v, v_size, used);
            }
        }
        if self.inner().cache.total + size > self.settings.cache_bytes {
            // Nothing more could be evicted: answer without keeping it.
            return;
        }
        if let Err(e) = tokio::fs::create_dir_all(&self.dir).await {
            tracing::warn!(error = %e, "cannot create the speech cache; announcements are not kept");
            return;
        }
        let tmp = self.dir.join(format!(".{name}.{:016x}.tmp", rand::random::<u64>()));
        let written = match tokio::fs::write(&tmp, bytes).await {
            Ok(()) => tokio::fs::rename(&tmp, self.dir.join(name)).await,
            Err(e) => Err(e),
        };
        match written {
            Ok(()) => self.inner().cache.insert(name.to_owned(), size, SystemTime::now()),
            Err(e) => {
                remove(&tmp);
                // A full disk among them: the database's budget is not ours to take.
                tracing::warn!(file = %name, error = %e, "cannot keep an announcement in the cache; it was answered anyway");
            }
        }
    }
}

/// Runs an engine and returns its WAV.
async fn run(voice: &Voice, lang: &str, text: &str) -> Result<Vec<u8>, SpeechError> {
    let mut cmd = Command::new(&voice.program);
    for a in &voice.args {
        cmd.arg(a.replace("{text}", text));
    }
    cmd.kill_on_drop(true)
        .stdin(if voice.text_on_stdin { std::process::Stdio::piped() } else { std::process::Stdio::null() })
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().map_err(|e| match e.kind() {
        std::io::ErrorKind::NotFound => SpeechError::Unavailable(lang.to_owned()),
        _ => SpeechError::Failed(e.to_string()),
    })?;
    if let Some(mut stdin) = child.stdin.take() {
        // A sentence is far below a pipe's buffer: this cannot block on the engine.
        stdin.write_all(text.as_bytes()).await.map_err(|e| SpeechError::Failed(format!("writing the words: {e}")))?;
    }
    let (Some(stdout), Some(stderr)) = (child.stdout.take(), child.stderr.take()) else {
        return Err(SpeechError::Failed("the engine's output is not connected".into()));
    };
    let (wav, err) = tokio::join!(read_capped(stdout, MAX_WAV), read_head(stderr, MAX_STDERR));
    let mut wav = wav?;
    let status = child.wait().await.map_err(|e| SpeechError::Failed(e.to_string()))?;
    if !status.success() {
        return Err(SpeechError::Failed(format!("{status}: {}", String::from_utf8_lossy(&err).trim())));
    }
    if !wav_ok(&mut wav) {
        return Err(SpeechError::Failed(format!("the engine gave no WAV ({} bytes)", wav.len())));
    }
    Ok(wav)
}

/// Reads to the end, refusing more than `cap` bytes.
async fn read_capped(mut r: impl AsyncRead + Unpin, cap: usize) -> Result<Vec<u8>, SpeechError> {
    let mut out = Vec::with_capacity(256 * 1024);
    let mut buf = vec![0u8; 64 * 1024];
    loop {
        let n = r.read(&mut buf).await.map_err(|e| SpeechError::Failed(format!("reading the engine's output: {e}")))?;
        if n == 0 {
            return Ok(out);
        }
        if out.len() + n > cap {
            return Err(SpeechError::Failed(format!("the engine wrote more than {cap} bytes")));
        }
        out.extend_from_slice(&buf[..n]);
    }
}

/// Reads to the end (so that the writer never blocks), keeping the first `keep` bytes.
async fn read_head(mut r: impl AsyncRead + Unpin, keep: usize) -> Vec<u8> {
    let mut out = Vec::new();
    let mut buf = [0u8; 4096];
    while let Ok(n) = r.read(&mut buf).await {
        if n == 0 {
            break;
        }
        let room = keep.saturating_sub(out.len()).min(n);
        out.extend_from_slice(&buf[..room]);
    }
    out
}

/// Whether a cached file is whole: it was checked by [`wav_ok`] before it
/// was written, so its RIFF size is its length (a truncated file fails).
fn is_wav(wav: &[u8]) -> bool {
    wav.len() > 44
        && &wav[0..4] == b"RIFF"
        && &wav[8..12] == b"WAVE"
        && u32::from_le_bytes([wav[4], wav[5], wav[6], wav[7]]) as usize == wav.len() - 8
}

/// Whether `wav` is a RIFF WAVE file with sound in it. Fixes the sizes in
/// its header, which eSpeak leaves as "unknown" (0x7fff_ffff) when it writes
/// to a pipe and cannot seek back to fill them in.
fn wav_ok(wav: &mut [u8]) -> bool {
    if wav.len() < 12 || &wav[0..4] != b"RIFF" || &wav[8..12] != b"WAVE" {
        return false;
    }
    let Ok(riff_size) = u32::try_from(wav.len() - 8) else { return false };
    wav[4..8].copy_from_slice(&riff_size.to_le_bytes());
    let mut at = 12;
    while at + 8 <= wav.len() {
        let size = u32::from_le_bytes([wav[at + 4], wav[at + 5], wav[at + 6], wav[at + 7]]) as usize;
        let body = at + 8;
        if &wav[at..at + 4] == b"data" {
            let actual = wav.len() - body;
            if size > actual {
                // Cannot fail: `actual` is below the RIFF size checked above.
                wav[at + 4..at + 8].copy_from_slice(&u32::try_from(actual).unwrap_or(u32::MAX).to_le_bytes());
            }
            return actual > 0;
        }
        // Chunks are padded to an even length.
        at = body.saturating_add(size).saturating_add(size & 1);
    }
    false
}

/// The cache's file name for an announcement: its language and a hash of its words.
fn file_name(lang: &str, text: &str) -> String {
    use sha2::{Digest, Sha256};
    let key: String = Sha256::digest(format!("{lang}\n{text}").as_bytes()).iter().take(16).map(|b| format!("{b:02x}")).collect();
    format!("{lang}-{key}.wav")
}

fn remove(path: &Path) {
    if let Err(e) = std::fs::remove_file(path)
        && e.kind() != std::io::ErrorKind::NotFound
    {
        tracing::warn!(file = %path.display(), error = %e, "cannot delete a file of the speech cache");
    }
}

/// What the cache directory holds: size and last use of each file.
#[derive(Debug, Default)]
struct CacheIndex {
    entries: HashMap<String, (u64, SystemTime)>,
    total: u64,
}

impl CacheIndex {
    fn insert(&mut self, name: String, size: u64, used: SystemTime) {
        if let Some((old, _)) = self.entries.insert(name, (size, used)) {
            self.total -= old;
        }
        self.total += size;
    }

    fn remove(&mut self, name: &str) {
        if let Some((size, _)) = self.entries.remove(name) {
            self.total -= size;
        }
    }

    /// Marks a file used; false when the cache does not hold it.
    fn touch(&mut self, name: &str, now: SystemTime) -> bool {
        match self.entries.get_mut(name) {
            Some((_, used)) => {
                *used = now;
                true
            }
            None => false,
        }
    }

    /// Forgets what has been idle longer than `max_idle`, then the least
    /// recently used until `incoming` more bytes fit in `budget`; returns the
    /// files to delete, with their size and last use (to put one back when
    /// it cannot be deleted).
    fn make_room(&mut self, incoming: u64, now: SystemTime, budget: u64, max_idle: Duration) -> Vec<(String, u64, SystemTime)> {
        let mut by_use: Vec<(SystemTime, String, u64)> = self.entries.iter().map(|(n, (size, used))| (*used, n.clone(), *size)).collect();
        by_use.sort();
        let mut victims = Vec::new();
        for (used, name, size) in by_use {
            let idle = now.duration_since(used).is_ok_and(|idle| idle > max_idle);
            if !idle && self.total + incoming <= budget {
                // Sorted by last use: everything after this is newer still.
                break;
            }
            self.remove(&name);
            victims.push((name, size, used));
        }
        victims
    }
}

/// Where a data directory keeps its announcements.
pub fn cache_dir(data_dir: &Path) -> PathBuf {
    data_dir.join("cache").join("speech")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(secs: u64) -> SystemTime {
        SystemTime::UNIX_EPOCH + Duration::from_secs(secs)
    }

    #[test]
    fn the_cache_evicts_the_least_recently_used_to_fit_its_budget() {
        let mut c = CacheIndex::default();
        c.insert("a".into(), 40, at(1));
        c.insert("b".into(), 40, at(2));
        c.insert("c".into(), 40, at(3));
        assert!(c.touch("a", at(4)), "a is used again, so b is now the oldest");
        let gone: Vec<String> = c.make_room(40, at(5), 100, Duration::from_secs(3600)).into_iter().map(|v| v.0).collect();
        assert_eq!(gone, ["b", "c"]);
        assert_eq!(c.total, 40);
        assert!(c.touch("a", at(6)));
    }

    #[test]
    fn the_cache_forgets_what_has_not_been_used_for_long() {
        let mut c = CacheIndex::default();
        c.insert("old".into(), 10, at(0));
        c.insert("new".into(), 10, at(1000));
        let gone: Vec<String> = c.make_room(0, at(1001), 1_000_000, Duration::from_secs(100)).into_iter().map(|v| v.0).collect();
        assert_eq!(gone, ["old"]);
        assert_eq!((c.total, c.entries.len()), (10, 1));
    }

    #[test]
    fn replacing_an_entry_keeps_the_total_right() {
        let mut c = CacheIndex::default();
        c.insert("a".into(), 10, at(0));
        c.insert("a".into(), 30, at(1));
        assert_eq!(c.total, 30);
        c.remove("a");
        c.remove("a");
        assert_eq!(c.total, 0);
    }

    fn wav(data: &[u8], riff: u32, data_size: u32) -> Vec<u8> {
        let mut w = b"RIFF".to_vec();
        w.extend(riff.to_le_bytes());
        w.extend(b"WAVEfmt ");
        w.extend(16u32.to_le_bytes());
        w.extend([1, 0, 1, 0, 0x22, 0x56, 0, 0, 0x44, 0xac, 0, 0, 2, 0, 16, 0]);
        w.extend(b"data");
        w.extend(data_size.to_le_bytes());
        w.extend(data);
        w
    }

    #[test]
    fn a_wav_from_a_pipe_gets_its_sizes_filled_in() {
        let mut w = wav(&[1, 2, 3, 4], 0x7fff_ffff, 0x7fff_ffff);
        assert!(wav_ok(&mut w));
        assert_eq!(u32::from_le_bytes([w[4], w[5], w[6], w[7]]) as usize, w.len() - 8);
        assert_eq!(u32::from_le_bytes([w[40], w[41], w[42], w[43]]), 4);
    }

    #[test]
    fn empty_or_foreign_output_is_not_a_wav() {
        assert!(!wav_ok(&mut []));
        assert!(!wav_ok(&mut b"RIFF\0\0\0\0WAVE".to_vec()), "no data chunk");
        assert!(!wav_ok(&mut wav(&[], 36, 0)), "no sound");
        assert!(!wav_ok(&mut b"<html>oops</html>".to_vec()));
        let mut w = wav(&[0; 8], 44, 8);
        w[8] = b'X';
        assert!(!wav_ok(&mut w));
    }
}
