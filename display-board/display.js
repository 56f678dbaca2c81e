// The waiting-room screen: who is called to which counter, what was called
// before, how long each queue waits, and a rotating notice in every
// language. Labels are bilingual (the board's language, then English, or
// Japanese when the board itself is in English).
//
// Between calls the board also shows the ward's notices (and, later, what
// the side modules offer), in rotation in the place of the recent calls; a
// call takes that place back at once, for as long as it is new. An
// emergency alert goes over everything, with its own alarm, until it is
// cancelled or expires; calls go on being shown and announced under it.
//
// The office feed is resynced by seq (shared/ws.js): after a drop the board
// reconnects with `since`, the server replays the calls it missed, and each
// is shown and announced like a live one.

import { adoptToken, api, param, resolveOffice } from '/ui/shared/api.js';
import { I18n, htmlLang, loadCatalog, loadLanguages, waitMinutes } from '/ui/shared/i18n.js';
import { placeIcons } from '/ui/shared/icons.js';
import { Theme } from '/ui/shared/theme.js';
import { OfficeFeed } from '/ui/shared/ws.js';
import { Announcer } from '/board/announcer.js';
import { playAlarm } from '/ui/shared/chime.js';

const $ = (id) => document.getElementById(id);
const RECENT_MAX = 10;
const HERO_MAX = 3;
const NEW_FOR_MS = 20000;
const NOTICE_EVERY_MS = 7000;
const NOTICES = ['board-notice-wait', 'board-notice-watch', 'board-notice-phone', 'board-notice-help'];
const SOUND_KEY = 'madoguchi.board.sound';
/** How long a notice stays before the next: longer for higher priorities. */
const CONTENT_BASE_MS = 8000;
const CONTENT_PER_PRIORITY_MS = 1000;

const primary = new I18n();
const secondary = new I18n();
const theme = new Theme('display');

const state = {
  office: null,
  token: null,
  tickets: new Map(),
  recent: [],
  queues: new Map(),
  // Counters paused or closed (id → state), from the snapshot and the feed.
  counterStates: new Map(),
  queueNames: { primary: new Map(), secondary: new Map() },
  counterNames: { primary: new Map(), secondary: new Map() },
  fresh: new Map(),
  notices: [],
  noticeIndex: 0,
  // Ward notices and emergency alerts, from the snapshot and the feed.
  content: { notices: [], alerts: [] },
  contentIndex: 0,
  contentTimer: null,
  contentShown: null,
  alertShown: null,
  alarmed: new Set(),
  connection: 'connecting',
  offlineTimer: null,
};

// ---------------------------------------------------------------- text

/** Fills an element with the same message in the board's two languages. */
function pair(el, key, vars) {
  const a = primary.el('span', key, vars, 'pair-a');
  a.lang = htmlLang(primary.lang);
  const b = secondary.el('span', key, vars, 'pair-b');
  b.lang = htmlLang(secondary.lang);
  el.replaceChildren(a, b);
  return el;
}

function counterLabel(id) {
  const el = document.createElement('span');
  el.className = 'counter-label';
  const a = document.createElement('span');
  a.className = 'pair-a';
  a.lang = htmlLang(primary.lang);
  a.textContent = state.counterNames.primary.get(id) || id;
  const b = document.createElement('span');
  b.className = 'pair-b';
  b.lang = htmlLang(secondary.lang);
  b.textContent = state.counterNames.secondary.get(id) || id;
  el.append(a, b);
  return el;
}

function hhmm(iso) {
  try {
    return new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
  } catch {
    return '';
  }
}

// ---------------------------------------------------------------- state

function remember(t) {
  if (t && t.id) state.tickets.set(t.id, t);
}

function noteCall(t, kind, at) {
  state.recent = state.recent.filter((r) => r.id !== t.id);
  state.recent.unshift({ id: t.id, number: t.number, counter: t.counter, at: t.called_at || at, kind, recalls: t.recalls || 0 });
  state.recent.length = Math.min(state.recent.length, RECENT_MAX);
}

function applySnapshot(snap) {
  state.tickets = new Map();
  for (const t of snap.tickets || []) remember(t);
  for (const c of snap.counters || []) {
    if (c.current) remember(c.current);
  }
  state.recent = [];
  for (const t of snap.recent_calls || []) {
    if (!state.tickets.has(t.id)) remember(t);
    noteCall(t, t.recalls > 0 ? 'recalled' : 'called', t.called_at);
  }
  for (const q of snap.queues || []) state.queues.set(q.id, q);
  state.counterStates = new Map((snap.counters || []).filter((c) => c.state && c.state !== 'open').map((c) => [c.id, c.state]));
  state.content = { notices: snap.notices || [], alerts: snap.alerts || [] };
  render();
}

function applyEvent(ev) {
  if (ev.type === 'day.started') {
    state.tickets = new Map();
    state.recent = [];
    state.fresh.clear();
  }
  if (ev.ticket) remember(ev.ticket);
  for (const q of ev.queues || []) state.queues.set(q.id, q);
  if (ev.type === 'day.started') state.counterStates = new Map();
  if (ev.type === 'counter.state' && ev.counter) {
    if (ev.state && ev.state !== 'open') state.counterStates.set(ev.counter, ev.state);
    else state.counterStates.delete(ev.counter);
  }
  applyContent(ev);
  if (ev.type === 'ticket.ready' && ev.ticket) {
    $('live').textContent = primary.text('board-live-ready', {
      number: ev.ticket.number,
      counter: state.counterNames.primary.get(ev.ticket.counter) || ev.ticket.counter,
    });
  }
  if ((ev.type === 'ticket.called' || ev.type === 'ticket.recalled') && ev.ticket?.counter) {
    const kind = ev.type === 'ticket.recalled' ? 'recalled' : 'called';
    noteCall(ev.ticket, kind, ev.at);
    state.fresh.set(ev.ticket.id, { until: Date.now() + NEW_FOR_MS, kind, seq: ev.seq });
    announcer.enqueue({ number: ev.ticket.number, counter: ev.ticket.counter, lang: ev.ticket.lang, kind, id: ev.ticket.id });
    const live = $('live');
    live.textContent = `${primary.text(kind === 'recalled' ? 'board-live-recalled' : 'board-live-called', {
      number: ev.ticket.number,
      counter: state.counterNames.primary.get(ev.ticket.counter) || ev.ticket.counter,
    })}`;
  }
  render();
}

// ---------------------------------------------------------------- render

function render() {
  renderCalling();
  renderRecent();
  renderQueues();
  renderAlert();
  renderContent();
}

// ---------------------------------------------------------------- content

/** Notices and alerts as the feed changes them. */
function applyContent(ev) {
  const c = state.content;
  // A CAP Update ends the alerts it replaces in the same event that
  // raises its own: the board never shows both, nor neither.
  if (Array.isArray(ev.ends)) c.alerts = c.alerts.filter((a) => !ev.ends.includes(a.id));
  if (ev.type === 'notice.published' && ev.notice) {
    c.notices = c.notices.filter((n) => n.id !== ev.notice.id).concat([ev.notice]);
  } else if (ev.type === 'notice.withdrawn') {
    c.notices = c.notices.filter((n) => n.id !== ev.notice_id);
  } else if (ev.type === 'alert.issued' && ev.alert) {
    c.alerts = c.alerts.filter((a) => a.id !== ev.alert.id).concat([ev.alert]);
  } else if (ev.type === 'alert.cancelled') {
    c.alerts = c.alerts.filter((a) => a.id !== ev.alert_id);
  }
}

/** The text of a multilingual field in a board language, else easy Japanese, else Japanese. */
function textIn(field, lang) {
  if (!field) return { lang: 'ja', text: '' };
  for (const tag of [lang, 'ja-x-easy', 'ja']) if (field[tag]) return { lang: tag, text: field[tag] };
  return { lang: 'ja', text: '' };
}

function putText(el, field, i18n) {
  const t = textIn(field, i18n.lang);
  el.lang = htmlLang(t.lang);
  if (t.lang === 'ja-x-easy') {
    // Easy Japanese carries furigana markup: through the pages' allow-list.
    const tmp = new I18n();
    tmp.lang = 'ja-x-easy';
    tmp.messages = { x: t.text };
    tmp.fill(el, 'x');
  } else {
    el.textContent = t.text;
  }
  return t;
}

/** Both board languages, the second only where it says something else. */
function putPair(container, field) {
  const [a, b] = container.children;
  const ta = putText(a, field, primary);
  const tb = putText(b, field, secondary);
  b.hidden = tb.text === ta.text;
}

const TOKYO = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

/** Whether a notice shows now: within from/until, on its weekdays and in its hours (Tokyo). */
function showing(n, now = new Date()) {
  if (now < new Date(n.from) || now >= new Date(n.until)) return false;
  const parts = Object.fromEntries(TOKYO.formatToParts(now).map((p) => [p.type, p.value]));
  if (n.weekdays && !n.weekdays.includes(parts.weekday.toLowerCase())) return false;
  if (n.hours) {
    const hm = `${parts.hour}:${parts.minute}`;
    if (hm < n.hours.from.slice(0, 5) || hm >= n.hours.until.slice(0, 5)) return false;
  }
  return true;
}

function liveAlerts(now = new Date()) {
  const order = { Extreme: 0, Severe: 1, Moderate: 2 };
  return state.content.alerts.filter((a) => new Date(a.expires) > now).sort((a, b) => order[a.severity] - order[b.severity]);
}

/** A call is new: the place of the content belongs to it. */
function callIsNew() {
  const now = Date.now();
  for (const f of state.fresh.values()) if (f.until > now) return true;
  return false;
}

function renderContent() {
  const notices = state.content.notices.filter((n) => showing(n)).sort((a, b) => b.priority - a.priority);
  const panel = $('content');
  const show = notices.length > 0 && !callIsNew();
  panel.hidden = !show;
  document.querySelector('.recent').hidden = show;
  document.body.dataset.content = show ? 'notice' : 'calls';
  if (!show) {
    state.contentShown = null;
    clearTimeout(state.contentTimer);
    state.contentTimer = null;
    return;
  }
  const n = notices[state.contentIndex % notices.length];
  if (state.contentShown !== n.id || !state.contentTimer) {
    putPair($('content-heading'), n.title);
    putPair($('content-body'), n.body);
    $('content-item').dataset.notice = n.id;
    $('content-count').textContent = notices.length > 1 ? `${(state.contentIndex % notices.length) + 1} / ${notices.length}` : '';
    state.contentShown = n.id;
    clearTimeout(state.contentTimer);
    state.contentTimer = setTimeout(() => {
      state.contentIndex += 1;
      state.contentTimer = null;
      renderContent();
    }, CONTENT_BASE_MS + CONTENT_PER_PRIORITY_MS * (n.priority || 0));
  }
}

function renderAlert() {
  const bar = $('alert');
  const [a] = liveAlerts();
  bar.hidden = !a;
  document.body.dataset.alert = a ? a.severity.toLowerCase() : '';
  if (!a) {
    state.alertShown = null;
    return;
  }
  // Filled once per alert: a role=alert region filled again would be read out again.
  const key = `${a.id}|${primary.lang}`;
  if (state.alertShown === key) return;
  state.alertShown = key;
  alarm(a);
  bar.dataset.alertId = a.id;
  pair($('alert-kind'), a.exercise ? 'board-alert-exercise' : 'board-alert');
  const head = $('alert-headline');
  putPair(head, a.headline);
  putText($('alert-description'), a.description, primary);
}

/**
 * The alarm for an alert newly on screen: its own sound, never the call
 * chime, once per alert. It waits a moment (an alert replayed after a
 * reconnect may be followed at once by its cancellation) and for a call
 * being spoken to end, so that it never drowns a call. The bar itself is
 * role=alert: screen readers hear it from there, once.
 */
function alarm(a) {
  if (state.alarmed.has(a.id)) return;
  state.alarmed.add(a.id);
  const started = Date.now();
  const sound = () => {
    if (!liveAlerts().some((x) => x.id === a.id)) return;
    if (document.body.dataset.announcing && Date.now() - started < 15000) {
      setTimeout(sound, 300);
      return;
    }
    document.body.dataset.alarms = String(Number(document.body.dataset.alarms || 0) + 1);
    const ctx = announcer.ctx;
    if (!announcer.muted && ctx && ctx.state === 'running') playAlarm(ctx);
  };
  setTimeout(sound, 300);
}

function renderCalling() {
  const now = Date.now();
  // One line per counter: its latest call that is still waiting for the resident.
  const seen = new Set();
  const active = state.recent
    .filter((r) => state.tickets.get(r.id)?.status === 'called' && !seen.has(r.counter) && seen.add(r.counter))
    .slice(0, theme.has('large') ? 2 : HERO_MAX);
  $('calling-empty').hidden = active.length > 0;
  // Keep the element of a call that is already on screen, so that its flash
  // runs once per call and is not restarted by unrelated updates.
  const existing = new Map([...$('calling-list').children].map((li) => [li.dataset.key, li]));
  $('calling-list').replaceChildren(
    ...active.map((r, i) => {
      const fresh = state.fresh.get(r.id);
      const isNew = Boolean(fresh && fresh.until > now);
      const key = `${r.id}|${r.counter}|${isNew ? fresh.seq : 'old'}`;
      const li = existing.get(key) || callItem(r, isNew ? fresh : null);
      li.dataset.key = key;
      li.classList.toggle('call-first', i === 0);
      return li;
    }),
  );
  // The newest call always shows; older ones only if they fit whole.
  const box = document.querySelector('.calling');
  const list = $('calling-list');
  const limit = box.getBoundingClientRect().bottom;
  while (list.children.length > 1 && list.lastElementChild.getBoundingClientRect().bottom > limit + 1) list.lastElementChild.remove();
}

function callItem(r, fresh) {
  const li = document.createElement('li');
  li.className = 'call';
  li.dataset.ticketId = r.id;
  li.dataset.number = r.number;
  const num = document.createElement('span');
  num.className = 'call-number num';
  num.textContent = r.number;
  const arrow = document.createElement('span');
  arrow.className = 'call-arrow';
  arrow.setAttribute('aria-hidden', 'true');
  arrow.textContent = '→';
  const to = document.createElement('span');
  to.className = 'call-to';
  to.append(counterLabel(r.counter));
  li.append(num, arrow, to);
  if (fresh) {
    li.classList.add('is-new');
    const badge = document.createElement('span');
    badge.className = 'call-badge';
    pair(badge, fresh.kind === 'recalled' ? 'board-badge-recalled' : 'board-badge-new');
    li.append(badge);
  }
  return li;
}

function renderRecent() {
  const rows = state.recent.slice(0, RECENT_MAX);
  $('recent-body').replaceChildren(
    ...rows.map((r) => {
      const tr = document.createElement('tr');
      tr.dataset.number = r.number;
      const th = document.createElement('th');
      th.scope = 'row';
      th.className = 'num r-number';
      th.textContent = r.number;
      const counter = document.createElement('td');
      counter.className = 'r-counter';
      counter.append(counterLabel(r.counter));
      const time = document.createElement('td');
      time.className = 'r-time num';
      time.textContent = hhmm(r.at);
      if (r.recalls > 0 || r.kind === 'recalled') {
        const mark = document.createElement('span');
        mark.className = 'r-recall';
        pair(mark, 'board-badge-recalled');
        counter.append(mark);
      }
      tr.append(th, counter, time);
      return tr;
    }),
  );
  // Show only whole rows: drop the ones that would be cut off at the bottom.
  const box = document.querySelector('.recent');
  const limit = box.getBoundingClientRect().bottom - parseFloat(getComputedStyle(box).paddingBottom);
  const body = $('recent-body');
  while (body.lastElementChild && body.lastElementChild.getBoundingClientRect().bottom > limit + 1) body.lastElementChild.remove();
}

function renderQueues() {
  const ids = state.queueNames.primary.size ? [...state.queueNames.primary.keys()] : [...state.queues.keys()];
  $('queue-list').replaceChildren(
    ...ids.map((id) => {
      const q = state.queues.get(id) || {};
      const li = document.createElement('li');
      li.className = 'queue';
      li.dataset.queue = id;
      const letter = document.createElement('span');
      letter.className = 'q-letter';
      letter.textContent = id;
      const name = document.createElement('span');
      name.className = 'q-name';
      name.lang = htmlLang(primary.lang);
      name.textContent = state.queueNames.primary.get(id) || q.name || '';
      const count = document.createElement('span');
      count.className = 'q-count';
      primary.fill(count, 'board-waiting-count', { count: q.waiting ?? 0 });
      const wait = document.createElement('span');
      wait.className = 'q-wait';
      const m = waitMinutes(q.estimated_wait_seconds);
      if (q.reception && !q.reception.open) {
        li.classList.add('closed');
        primary.fill(wait, 'board-reception-closed');
      } else {
        primary.fill(wait, m ? 'board-wait-minutes' : 'board-wait-none', { minutes: m ?? 0 });
      }
      const figures = document.createElement('span');
      figures.className = 'q-figures';
      figures.append(count, wait);
      li.append(letter, name, figures);
      return li;
    }),
  );
  // Documents ready for pickup (交付): the number and where to collect it.
  const ready = [...state.tickets.values()].filter((t) => t.status === 'ready');
  $('ready').hidden = ready.length === 0;
  if (ready.length) {
    const items = ready.map((t) => `${t.number} → ${state.counterNames.primary.get(t.counter) || t.counter}`).join('、');
    primary.fill($('ready'), 'board-ready', { tickets: items });
  }
  // Counters on a break or closed: residents see why nobody is called there.
  const paused = [...(state.counterStates || new Map()).keys()].map((id) => state.counterNames.primary.get(id) || id);
  $('paused').hidden = paused.length === 0;
  if (paused.length) primary.fill($('paused'), 'board-paused', { counters: paused.join('、') });
}

function tickClock() {
  const now = new Date();
  try {
    $('clock-time').textContent = new Intl.DateTimeFormat('ja-JP', { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(now);
    $('clock-date').textContent = new Intl.DateTimeFormat(htmlLang(primary.lang) === 'ja' ? 'ja-JP' : htmlLang(primary.lang), {
      month: 'long',
      day: 'numeric',
      weekday: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(now);
  } catch {
    $('clock-time').textContent = now.toTimeString().slice(0, 5);
  }
  // Let the "new" marks expire on their own.
  let expired = false;
  for (const [id, f] of state.fresh) {
    if (f.until <= Date.now()) {
      state.fresh.delete(id);
      expired = true;
    }
  }
  if (expired) renderCalling();
  // Notices come back once the last call is no longer new; alerts and
  // notices leave when they expire.
  renderContent();
  renderAlert();
}

function rotateNotice() {
  if (!state.notices.length) return;
  const n = state.notices[state.noticeIndex % state.notices.length];
  state.noticeIndex += 1;
  const el = $('notice');
  el.classList.remove('notice-in');
  el.lang = htmlLang(n.lang);
  if (n.lang === 'ja-x-easy') {
    const tmp = new I18n();
    tmp.lang = 'ja-x-easy';
    tmp.messages = { x: n.text };
    tmp.fill(el, 'x');
  } else {
    el.textContent = n.text;
  }
  // Reflow so the fade starts again.
  void el.offsetWidth;
  el.classList.add('notice-in');
}

async function loadNotices() {
  let langs = [];
  try {
    langs = (await loadLanguages()).map((l) => l.tag);
  } catch {
    langs = [primary.lang, secondary.lang];
  }
  const catalogs = await Promise.all(langs.map((l) => loadCatalog(l).catch(() => null)));
  state.notices = [];
  for (const key of NOTICES) {
    for (const c of catalogs) {
      if (c && c.messages[key]) state.notices.push({ lang: c.lang, text: c.messages[key] });
    }
  }
}

// ---------------------------------------------------------------- sound

const announcer = new Announcer({
  office: 'pending',
  token: () => state.token,
  onStart: (item) => {
    const li = document.querySelector(`.call[data-ticket-id="${CSS.escape(item.id)}"]`);
    if (li) {
      li.classList.remove('is-speaking');
      void li.offsetWidth;
      li.classList.add('is-speaking');
    }
    document.body.dataset.announcing = item.number;
  },
  onEnd: () => {
    delete document.body.dataset.announcing;
  },
  onBlocked: (blocked) => renderSound(blocked),
});

function renderSound(blocked = false) {
  const b = $('sound');
  const on = !announcer.muted;
  b.setAttribute('aria-pressed', String(on && !blocked));
  b.classList.toggle('sound-blocked', blocked && on);
  pair($('sound-label'), blocked && on ? 'board-sound-blocked' : on ? 'board-sound-on' : 'board-sound-off');
}

// ---------------------------------------------------------------- chrome

async function loadNames() {
  const office = encodeURIComponent(state.office);
  const [op, os, cp, cs] = await Promise.all([
    api(`/api/v1/offices?lang=${encodeURIComponent(primary.lang)}`).catch(() => []),
    api(`/api/v1/offices?lang=${encodeURIComponent(secondary.lang)}`).catch(() => []),
    api(`/api/v1/offices/${office}/counters?lang=${encodeURIComponent(primary.lang)}`).catch(() => []),
    api(`/api/v1/offices/${office}/counters?lang=${encodeURIComponent(secondary.lang)}`).catch(() => []),
  ]);
  const p = op.find((o) => o.id === state.office);
  const s = os.find((o) => o.id === state.office);
  $('office-ja').textContent = p?.name || state.office;
  $('office-ja').lang = htmlLang(primary.lang);
  $('office-en').textContent = s?.name || '';
  $('office-en').lang = htmlLang(secondary.lang);
  state.queueNames.primary = new Map((p?.queues || []).map((q) => [q.id, q.name]));
  state.queueNames.secondary = new Map((s?.queues || []).map((q) => [q.id, q.name]));
  for (const q of p?.queues || []) if (!state.queues.has(q.id)) state.queues.set(q.id, q);
  state.counterNames.primary = new Map(cp.map((c) => [c.id, c.name]));
  state.counterNames.secondary = new Map(cs.map((c) => [c.id, c.name]));
}

function renderChrome() {
  primary.apply();
  for (const el of document.querySelectorAll('[data-pair]')) pair(el, el.dataset.pair);
  renderSound(announcer.ctx ? announcer.ctx.state !== 'running' : false);
}

function setConnection(s) {
  state.connection = s;
  document.body.dataset.connection = s;
  clearTimeout(state.offlineTimer);
  if (s === 'online') $('conn-banner').hidden = true;
  else {
    state.offlineTimer = setTimeout(() => {
      if (state.connection !== 'online') $('conn-banner').hidden = false;
    }, 3000);
  }
}

/** Lists show only what fits whole; when the space changes (banner, mode, TV resolution), fit again. */
function watchSpace() {
  let pending = false;
  const again = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      render();
    });
  };
  const ro = new ResizeObserver(again);
  ro.observe(document.querySelector('.calling'));
  ro.observe(document.querySelector('.recent'));
}

async function main() {
  placeIcons();
  theme.bind();
  theme.onChange(() => render());
  state.token = adoptToken('display');
  const lang = param('lang') || 'ja';
  try {
    await primary.use(lang);
    await secondary.use(primary.lang === 'en' ? 'ja' : 'en');
  } catch {
    // keys show; the board still works
  }
  try {
    state.office = await resolveOffice();
  } catch {
    state.office = param('office') || 'yahatanishi';
  }
  announcer.office = state.office;
  try {
    announcer.setMuted(localStorage.getItem(SOUND_KEY) === 'off');
  } catch {
    // default: sound on
  }
  $('sound').addEventListener('click', async () => {
    const blocked = $('sound').classList.contains('sound-blocked');
    if (blocked) {
      await announcer.unlock();
      return;
    }
    announcer.setMuted(!announcer.muted);
    try {
      localStorage.setItem(SOUND_KEY, announcer.muted ? 'off' : 'on');
    } catch {
      // not remembered
    }
    if (!announcer.muted) await announcer.unlock();
    renderSound(announcer.ctx ? announcer.ctx.state !== 'running' : false);
  });
  // Any touch or key on the board (a technician's) also allows sound.
  document.addEventListener('pointerdown', () => announcer.unlock(), { once: true });
  await loadNames();
  renderChrome();
  render();
  watchSpace();
  tickClock();
  setInterval(tickClock, 1000);
  loadNotices().then(() => {
    rotateNotice();
    setInterval(rotateNotice, NOTICE_EVERY_MS);
  });
  if (!state.token) {
    $('setup-banner').hidden = false;
    document.documentElement.dataset.ready = 'true';
    return;
  }
  const feed = new OfficeFeed({
    office: state.office,
    token: () => state.token,
    onSnapshot: applySnapshot,
    onEvent: applyEvent,
    onState: setConnection,
  });
  feed.start();
  // Try to start audio at once: works where the autoplay policy allows it.
  announcer.unlock();
  document.documentElement.dataset.ready = 'true';
}

main();
