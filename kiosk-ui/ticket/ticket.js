// The resident's live ticket on a phone: /t/{token}.
//
// The token in the address is the only key; the page reads the ticket once
// over HTTP (to tell "no such ticket" from "offline"), then follows it on
// /ws/ticket/{token}, which sends the whole ticket on every change.

import { ApiError, api, param } from '/ui/shared/api.js';
import { playChime } from '/ui/shared/chime.js';
import { I18n, htmlLang, languageOptions, loadLanguages, plainText, waitMinutes } from '/ui/shared/i18n.js';
import { placeIcons } from '/ui/shared/icons.js';
import { Theme } from '/ui/shared/theme.js';
import { TicketFeed } from '/ui/shared/ws.js';

const $ = (id) => document.getElementById(id);
const LANG_KEY = 'madoguchi.phone.lang';
/** Until the server says (`near_position`, from the ward's configuration). */
const NEAR_DEFAULT = 5;

const i18n = new I18n();
const theme = new Theme('phone');
const token = decodeURIComponent(window.location.pathname.split('/').filter(Boolean).pop() || '');

const state = {
  ticket: null,
  languages: [],
  services: new Map(),
  counters: new Map(),
  queueNames: new Map(),
  officeName: '',
  namesFor: null,
  updatedAt: null,
  connection: 'connecting',
  offlineTimer: null,
  /** What the resident has been alerted to already: 'near', or the counter called to. */
  alerted: { near: false, calledTo: null },
  audio: null,
  /** Whether the first state has been shown (alerts are for what changes after). */
  seenLive: false,
};

const nearPosition = (t) => (Number.isInteger(t?.near_position) && t.near_position > 0 ? t.near_position : NEAR_DEFAULT);
const isNear = (t) => !!t && t.status === 'waiting' && !t.expired && typeof t.position === 'number' && t.position <= nearPosition(t);

// --- Alerts: banner (render), chime, vibration, notification ----------------

/** The audio context, made or resumed from a user gesture (phones allow sound only after one). */
function unlockAudio() {
  const AC = window.AudioContext || window.webkitAudioContext;
  if (!AC) return;
  try {
    if (!state.audio) state.audio = new AC();
    if (state.audio.state !== 'running') state.audio.resume().catch(() => {});
  } catch {
    // no sound on this phone; the banner and vibration remain
  }
}

/** ピンポーン: the display's chime, where sound is allowed. */
function chime() {
  const ctx = state.audio;
  if (ctx && ctx.state === 'running') playChime(ctx);
}

function vibrate(pattern) {
  try {
    navigator.vibrate?.(pattern);
  } catch {
    // not allowed without a gesture
  }
}

function notificationsGranted() {
  return 'Notification' in window && Notification.permission === 'granted';
}

/**
 * The service worker that shows notifications, registered when the browser
 * has them (secure pages only: https, or localhost). Its scope is its own
 * folder, not this page: it controls nothing, it only shows notifications.
 */
const worker = 'serviceWorker' in navigator && window.isSecureContext && 'Notification' in window
  ? navigator.serviceWorker.register('/ui/ticket/sw.js').catch(() => null)
  : Promise.resolve(null);

/**
 * A system notification, if the resident allowed them: through the service
 * worker where there is one (the only way on Android Chrome; touching it
 * returns to this page), else from the page.
 */
async function notify(title, body, tag) {
  if (!notificationsGranted()) return;
  const options = { body, tag, renotify: true, lang: htmlLang(i18n.lang), data: { url: window.location.href } };
  const registration = await worker;
  if (registration) {
    try {
      await registration.showNotification(title, options);
      return;
    } catch {
      // fall back to a page notification
    }
  }
  try {
    const n = new Notification(title, options);
    n.onclick = () => window.focus();
  } catch {
    // neither way is allowed here: the banner, chime and vibration remain
  }
}

/** Alerts once per moment: when the ticket comes near, and when it is called (again to another counter). */
function alertIfDue(t) {
  if (!t || t.expired) return;
  if (isNear(t) && !state.alerted.near) {
    state.alerted.near = true;
    chime();
    vibrate([200, 100, 200]);
    notify(`${t.number} · ${plainText(i18n.text('phone-near'))}`, plainText(i18n.text('phone-near')), `madoguchi-${t.number}`);
  }
  if (t.status === 'called' && state.alerted.calledTo !== t.counter) {
    state.alerted.calledTo = t.counter;
    state.alerted.near = true;
    chime();
    vibrate([400, 150, 400]);
    const where = plainText(i18n.text('phone-called-text', { counter: plainText(counterName(t.counter)) }));
    notify(`${t.number} · ${plainText(i18n.text('phone-called-title'))}`, where, `madoguchi-${t.number}`);
  }
  if (t.status === 'ready' && !state.alerted.ready) {
    state.alerted.ready = true;
    chime();
    vibrate([400, 150, 400]);
    const where = plainText(i18n.text('phone-status-ready', { counter: plainText(counterName(t.counter)) }));
    notify(`${t.number} · ${where}`, where, `madoguchi-${t.number}`);
  }
  if (t.status === 'waiting') {
    // Sent back to wait (a transfer, the next step of a journey): the next
    // call alerts again, wherever it is.
    state.alerted.calledTo = null;
    if (!isNear(t)) state.alerted.near = false;
  }
}

function renderNotify() {
  const t = state.ticket;
  const live = t && !t.expired && ['waiting', 'called', 'preparing'].includes(t.status);
  const supported = 'Notification' in window;
  const permission = supported ? Notification.permission : 'unsupported';
  $('notify-box').hidden = !live || !supported;
  $('notify-btn').hidden = permission !== 'default';
  $('notify-on').hidden = permission !== 'granted';
  $('notify-blocked').hidden = permission !== 'denied';
}

async function askToNotify() {
  unlockAudio();
  try {
    await Notification.requestPermission();
  } catch {
    // an old browser without the promise form: nothing to do
  }
  renderNotify();
}

function counterName(id) {
  return state.counters.get(id) || id || '';
}

async function loadNames(office) {
  const key = `${office}|${i18n.lang}`;
  if (state.namesFor === key) return;
  const lang = encodeURIComponent(i18n.lang);
  const o = encodeURIComponent(office);
  const [services, counters, offices] = await Promise.all([
    api(`/api/v1/offices/${o}/services?lang=${lang}`).catch(() => []),
    api(`/api/v1/offices/${o}/counters?lang=${lang}`).catch(() => []),
    api(`/api/v1/offices?lang=${lang}`).catch(() => []),
  ]);
  state.services = new Map(services.map((s) => [s.id, s]));
  state.counters = new Map(counters.map((c) => [c.id, c.name]));
  const off = offices.find((x) => x.id === office);
  state.officeName = off?.name || '';
  state.queueNames = new Map((off?.queues || []).map((q) => [q.id, q.name]));
  state.namesFor = key;
}

function render() {
  const t = state.ticket;
  if (!t) return;
  $('ticket').hidden = false;
  i18n.put($('office-name'), state.officeName);
  $('ticket-number').textContent = t.number;
  const svc = t.service && state.services.get(t.service);
  i18n.put($('ticket-service'), svc ? svc.name : state.queueNames.get(t.queue) || '');
  document.body.dataset.status = t.expired || t.status === 'unserved' ? 'expired' : t.status;

  const waiting = t.status === 'waiting' && !t.expired;
  const called = t.status === 'called' && !t.expired;
  const ready = t.status === 'ready' && !t.expired;
  $('called-banner').hidden = !called && !ready;
  if (called) i18n.fill($('called-text'), 'phone-called-text', { counter: plainText(counterName(t.counter)) });
  // A document ready at a counter gets the same banner as a call.
  if (ready) i18n.fill($('called-text'), 'phone-status-ready', { counter: plainText(counterName(t.counter)) });
  $('near-banner').hidden = !isNear(t);

  const st = $('ticket-status');
  // A ticket still open when its day ended was closed with the day.
  if (t.expired || t.status === 'unserved') i18n.fill(st, 'phone-status-expired', { day: t.day });
  else if (t.status === 'waiting') i18n.fill(st, 'phone-status-waiting');
  else if (t.status === 'called') i18n.fill(st, 'phone-status-called', { counter: plainText(counterName(t.counter)) });
  else if (t.status === 'serving') i18n.fill(st, 'phone-status-serving', { counter: plainText(counterName(t.counter)) });
  else if (t.status === 'done') i18n.fill(st, 'phone-status-done');
  else if (t.status === 'no_show') i18n.fill(st, 'phone-status-no-show');
  else if (t.status === 'cancelled') i18n.fill(st, 'phone-status-cancelled');
  else if (t.status === 'preparing') i18n.fill(st, 'phone-status-preparing');
  else if (t.status === 'ready') i18n.fill(st, 'phone-status-ready', { counter: plainText(counterName(t.counter)) });
  else st.textContent = '';

  $('facts').hidden = !waiting && !called;
  $('fact-ahead').hidden = !waiting;
  $('fact-wait').hidden = !waiting;
  if (waiting) {
    const ahead = (t.position ?? 1) - 1;
    if (ahead <= 0) i18n.fill($('ticket-ahead'), 'phone-ahead-none');
    else i18n.fill($('ticket-ahead'), 'phone-people-count', { count: ahead });
    const m = waitMinutes(t.estimated_wait_seconds);
    const max = waitMinutes(t.estimated_wait_p90_seconds);
    if (m === null) i18n.fill($('ticket-wait'), 'phone-wait-unknown');
    else if (m === 0) i18n.fill($('ticket-wait'), 'phone-wait-none');
    else if (max && max > m) i18n.fill($('ticket-wait'), 'wait-range', { minutes: m, max });
    else i18n.fill($('ticket-wait'), 'phone-wait-minutes', { minutes: m });
  }
  // Where to go follows the queue the ticket waits in now: after a transfer
  // (A-003 to 国保年金課) the service it was taken for is elsewhere.
  const here = svc && svc.queue === t.queue ? svc : [...state.services.values()].find((s) => s.queue === t.queue);
  const where = [];
  if (here) where.push(here.section_name, here.guidance?.floor);
  if (t.counter && called) where.push(counterName(t.counter));
  else if (here?.guidance?.counters?.length) where.push(here.guidance.counters.join(' / '));
  const moved = state.seenQueue && state.seenQueue !== t.queue && !t.expired;
  state.seenQueue = t.queue;
  if (moved) state.movedAt = Date.now();
  const lately = state.movedAt && !t.expired && t.status === 'waiting';
  i18n.put($('ticket-where'), [lately ? i18n.text('phone-moved') : '', ...where].filter(Boolean).join(' · '));

  const journey = t.journey || [];
  $('journey-box').hidden = journey.length === 0 || t.expired;
  $('journey').replaceChildren(
    ...journey.map((step) => {
      const li = document.createElement('li');
      li.dataset.status = step.status;
      const s = step.service && state.services.get(step.service);
      const names = [s ? s.name : state.queueNames.get(step.queue) || step.queue, ...(step.also || []).map((a) => state.services.get(a)?.name || a)];
      li.append(i18n.put(document.createElement('span'), names.join(' / ')), i18n.el('span', `phone-step-${step.status}`, undefined, 'step-status'));
      return li;
    }),
  );

  document.title = called ? `🔔 ${t.number} → ${plainText(counterName(t.counter))}` : `${t.number} · ${i18n.text('phone-page-title')}`;
  renderNotify();
  renderUpdated();
}

function renderUpdated() {
  if (!state.updatedAt) return;
  let time = '';
  try {
    time = new Intl.DateTimeFormat(htmlLang(i18n.lang), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(state.updatedAt);
  } catch {
    time = state.updatedAt.toISOString().slice(11, 16);
  }
  i18n.fill($('updated'), state.connection === 'online' ? 'phone-updated-live' : 'phone-updated-at', { time });
}

async function onTicket(t, reason) {
  state.ticket = t;
  state.updatedAt = new Date();
  await loadNames(t.office);
  render();
  // The first read only shows where things stand; alerts are for changes
  // seen live (after a phone wakes, the resync brings the latest state and
  // alerts once if it moved on meanwhile).
  if (reason === 'snapshot' && !state.seenLive) {
    state.seenLive = true;
    if (isNear(t)) state.alerted.near = true;
    if (t.status === 'called') state.alerted.calledTo = t.counter;
    return;
  }
  alertIfDue(t);
}

function renderLanguages() {
  $('lang-select').replaceChildren(...languageOptions(state.languages, i18n.lang));
}

async function useLanguage(tag) {
  try {
    await i18n.use(tag);
  } catch {
    return;
  }
  i18n.apply();
  renderLanguages();
  if (state.ticket) {
    await loadNames(state.ticket.office);
    render();
  }
}

async function main() {
  placeIcons();
  theme.bind();
  try {
    state.languages = await loadLanguages();
  } catch {
    state.languages = [];
  }
  let stored = null;
  try {
    stored = localStorage.getItem(LANG_KEY);
  } catch {
    stored = null;
  }
  $('notify-btn').addEventListener('click', askToNotify);
  // Any touch may unlock sound for the chime (phones allow it only after one).
  document.addEventListener('pointerdown', unlockAudio, { passive: true });
  document.addEventListener('keydown', unlockAudio);
  $('lang-select').addEventListener('change', (e) => {
    try {
      localStorage.setItem(LANG_KEY, e.target.value);
    } catch {
      // not remembered
    }
    useLanguage(e.target.value);
  });

  let first = null;
  let failure = null;
  try {
    first = await api(`/api/v1/public/tickets/${encodeURIComponent(token)}`);
  } catch (e) {
    failure = e;
  }
  await useLanguage(param('lang') || stored || first?.lang || 'ja');
  if (failure instanceof ApiError && (failure.status === 404 || failure.status === 400)) {
    $('notfound').hidden = false;
    document.documentElement.dataset.ready = 'true';
    return;
  }
  if (first) await onTicket(first, 'snapshot');
  if (first?.expired) {
    document.documentElement.dataset.ready = 'true';
    return;
  }
  const feed = new TicketFeed({
    token,
    onTicket,
    onState: (s) => {
      state.connection = s;
      clearTimeout(state.offlineTimer);
      if (s === 'online') $('conn-banner').hidden = true;
      else if (!state.ticket?.expired) {
        state.offlineTimer = setTimeout(() => {
          if (state.connection !== 'online' && !state.ticket?.expired) $('conn-banner').hidden = false;
        }, 2500);
      }
      renderUpdated();
    },
  });
  feed.start();
  document.documentElement.dataset.ready = 'true';
}

main();
