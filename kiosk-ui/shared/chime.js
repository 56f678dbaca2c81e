// ピンポーン: the two soft sine tones of a call, shared by the waiting-room
// display and the resident's phone so both sound the same.

/** How long the chime lasts, in milliseconds. */
export const CHIME_MS = 1900;

/** Plays the chime on an audio context (which must be running). */
export function playChime(ctx) {
  const tone = (freq, start, length) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'sine';
    osc.frequency.value = freq;
    const t0 = ctx.currentTime + start;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.35, t0 + 0.02);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + length + 0.05);
  };
  tone(880, 0, 0.9);
  tone(698.46, 0.55, 1.3);
}

/** How long the emergency alarm lasts, in milliseconds. */
export const ALARM_MS = 2400;

/**
 * The emergency alarm: three rising tones, twice, in a harder timbre than
 * the call chime, so nobody takes an alert for a call.
 */
export function playAlarm(ctx) {
  const tone = (freq, start, length) => {
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.type = 'triangle';
    osc.frequency.value = freq;
    const t0 = ctx.currentTime + start;
    gain.gain.setValueAtTime(0.0001, t0);
    gain.gain.exponentialRampToValueAtTime(0.4, t0 + 0.01);
    gain.gain.setValueAtTime(0.4, t0 + length - 0.05);
    gain.gain.exponentialRampToValueAtTime(0.0001, t0 + length);
    osc.connect(gain).connect(ctx.destination);
    osc.start(t0);
    osc.stop(t0 + length + 0.05);
  };
  for (const round of [0, 1.2]) {
    tone(660, round, 0.3);
    tone(880, round + 0.35, 0.3);
    tone(1100, round + 0.7, 0.4);
  }
}
