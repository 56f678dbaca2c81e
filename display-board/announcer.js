// Call announcements, strictly one after another.
//
// Each call is: a two-tone chime (drawn with an oscillator, so it needs no
// file and works when speech does not), then the server-rendered speech in
// Japanese, then English, then the ticket's own language when the server
// has a voice for it. One queue, one player: an announcement never starts
// before the previous one has ended, and nothing is ever cut off. A recall
// is a new item and is announced again.

import { CHIME_MS, playChime } from '/ui/shared/chime.js';

const GAP_MS = 700;
const BETWEEN_LANGS_MS = 300;
const SPOKEN = ['ja', 'en'];

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export class Announcer {
  /**
   * @param {object} o
   * @param {string} o.office
   * @param {() => string | null} [o.token] the board's display token: the server speaks only for its office's devices
   * @param {(item: any) => void} [o.onStart] the moment an item begins (chime)
   * @param {(item: any) => void} [o.onEnd]
   * @param {(blocked: boolean) => void} [o.onBlocked] autoplay refused / allowed again
   */
  constructor({ office, token = () => null, onStart = () => {}, onEnd = () => {}, onBlocked = () => {} }) {
    this.office = office;
    this.token = token;
    this.onStart = onStart;
    this.onEnd = onEnd;
    this.onBlocked = onBlocked;
    this.queue = [];
    this.running = false;
    this.muted = false;
    this.ctx = null;
    this.current = null;
  }

  /** The audio context, created on first use (it starts suspended without a gesture or the autoplay flag). */
  context() {
    if (!this.ctx) {
      const AC = window.AudioContext || window.webkitAudioContext;
      if (!AC) return null;
      this.ctx = new AC();
      this.ctx.addEventListener('statechange', () => this.onBlocked(this.ctx.state !== 'running'));
    }
    return this.ctx;
  }

  /** Call from a user gesture to allow sound where autoplay is blocked. */
  async unlock() {
    const ctx = this.context();
    if (ctx && ctx.state !== 'running') {
      try {
        await ctx.resume();
      } catch {
        // still blocked
      }
    }
    this.onBlocked(!ctx || ctx.state !== 'running');
  }

  setMuted(m) {
    this.muted = m;
  }

  /** Queues a call: `{number, counter, lang, kind}`; an identical call already waiting is not queued twice. */
  enqueue(item) {
    const key = `${item.number}|${item.counter}`;
    if (this.queue.some((q) => `${q.number}|${q.counter}` === key)) return;
    // Fetch the speech now, while earlier calls are still being spoken, so
    // this one is ready when its turn comes.
    item.clips = this.languages(item).map((lang) => this.fetchClip(item, lang));
    this.queue.push(item);
    this.loop();
  }

  get pending() {
    return this.queue.length + (this.current ? 1 : 0);
  }

  async loop() {
    if (this.running) return;
    this.running = true;
    try {
      while (this.queue.length) {
        const item = this.queue.shift();
        this.current = item;
        try {
          await this.play(item);
        } catch {
          // One failed announcement must not stop the ones after it.
        }
        this.current = null;
        await sleep(GAP_MS);
      }
    } finally {
      this.running = false;
    }
  }

  async play(item) {
    const ctx = this.context();
    if (ctx && ctx.state === 'suspended') {
      try {
        await Promise.race([ctx.resume(), sleep(300)]);
      } catch {
        // blocked by autoplay policy
      }
      this.onBlocked(ctx.state !== 'running');
    }
    const clips = item.clips || this.languages(item).map((lang) => this.fetchClip(item, lang));
    this.onStart(item);
    if (!this.muted) await this.chime();
    for (const clip of clips) {
      const buffer = await clip;
      if (buffer && !this.muted) {
        await this.playBuffer(buffer);
        await sleep(BETWEEN_LANGS_MS);
      }
    }
    this.onEnd(item);
  }

  /** Japanese, English, then the resident's own language when it is another one. */
  languages(item) {
    const langs = [...SPOKEN];
    if (item.lang && !SPOKEN.includes(item.lang) && item.lang !== 'ja-x-easy') langs.push(item.lang);
    return langs;
  }

  async fetchClip(item, lang) {
    const url =
      `/api/v1/offices/${encodeURIComponent(this.office)}/announcement.wav` +
      `?number=${encodeURIComponent(item.number)}&counter=${encodeURIComponent(item.counter)}&lang=${encodeURIComponent(lang)}`;
    try {
      const headers = { Accept: 'audio/wav' };
      const token = this.token();
      if (token) headers.Authorization = `Bearer ${token}`;
      const res = await fetch(url, { headers });
      // 503 speech_unavailable or speech_busy, 404 no_voice: the chime and the flash carry the call.
      if (!res.ok) return null;
      const data = await res.arrayBuffer();
      const ctx = this.context();
      if (!ctx) return null;
      return await ctx.decodeAudioData(data);
    } catch {
      return null;
    }
  }

  /** Plays a decoded clip to its end (or a safety timeout when the context is blocked). */
  playBuffer(buffer) {
    const ctx = this.context();
    if (!ctx) return Promise.resolve();
    return new Promise((resolve) => {
      const src = ctx.createBufferSource();
      src.buffer = buffer;
      src.connect(ctx.destination);
      const done = () => {
        clearTimeout(guard);
        resolve();
      };
      src.onended = done;
      const guard = setTimeout(done, buffer.duration * 1000 + 1500);
      src.start();
    });
  }

  /** ピンポーン: two soft sine tones. */
  chime() {
    const ctx = this.context();
    if (!ctx) return sleep(1200);
    playChime(ctx);
    return sleep(CHIME_MS);
  }
}
