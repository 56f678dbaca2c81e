// The managers' live view of the day: each queue's line, longest wait,
// estimate and traffic light; each counter's state and for how long; the
// alerts to act on, with the action beside each (close a queue's
// reception, post a board notice); tomorrow's forecast a link away.
// Refreshed on every change of the office's feed (and every 15 s).

import { api, adoptToken, param, storeToken } from '/ui/shared/api.js';
import { I18n, htmlLang, staffPageLanguage, startLanguagePicker } from '/ui/shared/i18n.js';
import { OfficeFeed } from '/ui/shared/ws.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
const state = { token: adoptToken('desk'), office: param('office') || 'yahatanishi', feed: null, last: null, timer: null };

function cell(tag, text, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function minutes(seconds) {
  return i18n.text('ops-minutes', { minutes: Math.round((seconds || 0) / 60) });
}

function translate() {
  document.documentElement.lang = htmlLang(i18n.lang);
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('ops-title');
  $('forecast-link').href = `/calendar/${encodeURIComponent(state.office)}?lang=${encodeURIComponent(i18n.lang)}`;
}

async function closeReception(queue) {
  const reason = window.prompt(i18n.text('ops-close-reason'), i18n.text('ops-close-reason-default'));
  if (!reason) return;
  await act(() => api(`/api/v1/offices/${encodeURIComponent(state.office)}/queues/${encodeURIComponent(queue)}/reception`, { method: 'POST', token: state.token, body: { open: false, reason } }), 'ops-did-close');
}

async function openReception(queue) {
  await act(() => api(`/api/v1/offices/${encodeURIComponent(state.office)}/queues/${encodeURIComponent(queue)}/reception`, { method: 'POST', token: state.token, body: { open: true } }), 'ops-did-open');
}

async function act(call, doneKey) {
  try {
    await call();
    i18n.fill($('ops-status'), doneKey);
    await load();
  } catch (e) {
    $('ops-status').textContent = `${i18n.text('ops-failed')} (${e.code || e.message})`;
  }
}

function button(key, onClick) {
  const b = cell('button');
  b.type = 'button';
  b.className = 'btn';
  i18n.fill(b, key);
  b.addEventListener('click', onClick);
  return b;
}

function render(ops) {
  state.last = ops;
  $('alerts').replaceChildren(
    ...ops.alerts.map((a) => {
      const li = cell('li', undefined, `ops-alert ops-alert-${a.kind}`);
      const text = cell('span');
      i18n.fill(text, `ops-alert-${a.kind}`, { queue: a.queue || '', counter: a.counter || '', minutes: Math.round(a.seconds / 60) });
      li.append(text);
      if (a.kind === 'past_closing' || a.kind === 'wait_high') li.append(' ', button('ops-close-reception', () => closeReception(a.queue)));
      return li;
    }),
  );
  $('no-alerts').hidden = ops.alerts.length > 0;
  $('queues').replaceChildren(
    ...ops.queues.map((q) => {
      const tr = cell('tr');
      tr.dataset.queue = q.id;
      tr.dataset.light = q.light;
      const th = cell('th', `${q.id} ${q.name}`);
      th.scope = 'row';
      const light = cell('td');
      const lamp = cell('span', undefined, `ops-light ops-light-${q.light}`);
      i18n.fill(lamp, `ops-light-${q.light}`);
      light.append(lamp);
      const rec = cell('td');
      if (q.reception.open) {
        rec.append(i18n.text('ops-open'), ' ', button('ops-close-reception', () => closeReception(q.id)));
      } else {
        rec.append(i18n.text(q.reception.why === 'closed_early' ? 'ops-closed-early' : 'ops-closed'), ' ');
        if (q.reception.why === 'closed_early') rec.append(button('ops-open-reception', () => openReception(q.id)));
      }
      tr.append(th, light, cell('td', String(q.waiting), 'num'), cell('td', minutes(q.longest_wait_seconds)), cell('td', minutes(q.estimated_wait_seconds)), cell('td', String(q.served_this_hour), 'num'), rec);
      return tr;
    }),
  );
  $('counters').replaceChildren(
    ...ops.counters.map((c) => {
      const tr = cell('tr');
      tr.dataset.counter = c.id;
      tr.dataset.state = c.state;
      const th = cell('th', c.name || c.id);
      th.scope = 'row';
      const st = cell('td');
      i18n.fill(st, `ops-state-${c.state}`);
      if (c.reason) st.append(` (${c.reason})`);
      tr.append(th, st, cell('td', c.for_seconds == null ? '—' : minutes(c.for_seconds)), cell('td', c.number || '—', 'num'));
      return tr;
    }),
  );
}

async function load() {
  try {
    const offices = await api(`/api/v1/offices?lang=${encodeURIComponent(i18n.lang)}`).catch(() => []);
    const here = offices.find((o) => o.id === state.office);
    if (here) $('office-name').textContent = here.name;
    render(await api(`/api/v1/offices/${encodeURIComponent(state.office)}/operations?lang=${encodeURIComponent(i18n.lang)}`, { token: state.token }));
  } catch (e) {
    if (e.status === 401 || e.status === 403) {
      state.token = null;
      storeToken('desk', null);
      await start();
    }
  }
}

/** Loads again a moment after changes settle: a burst of calls is one load. */
function soon() {
  clearTimeout(state.timer);
  state.timer = setTimeout(load, 400);
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  try {
    const answer = await api('/api/v1/login', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    state.token = answer.token;
    storeToken('desk', state.token);
    await start();
  } catch {
    i18n.fill($('sign-in-error'), 'members-sign-in-failed');
  }
}

async function postNotice(event) {
  event.preventDefault();
  const title = { ja: $('notice-ja').value };
  if ($('notice-en').value) title.en = $('notice-en').value;
  await act(() => api('/api/v1/notices', { method: 'POST', token: state.token, body: { offices: [state.office], title, body: title, priority: 5 } }), 'ops-did-notice');
  $('notice-form').reset();
}

async function start() {
  const signedIn = Boolean(state.token);
  $('sign-in').hidden = signedIn;
  $('workspace').hidden = !signedIn;
  $('sign-out').hidden = !signedIn;
  if (!signedIn) return;
  await load();
  state.feed?.stop();
  state.feed = new OfficeFeed({ office: state.office, token: () => state.token, onSnapshot: soon, onEvent: soon, onState: () => {} });
  state.feed.start();
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), staffPageLanguage(param('lang')), async () => {
    translate();
    if (state.last) await load();
  });
  translate();
  $('office-name').textContent = state.office;
  $('sign-in-form').addEventListener('submit', signIn);
  $('notice-form').addEventListener('submit', postNotice);
  $('sign-out').addEventListener('click', async () => {
    await api('/api/v1/logout', { method: 'POST', token: state.token }).catch(() => null);
    state.token = null;
    storeToken('desk', null);
    state.feed?.stop();
    await start();
  });
  setInterval(() => state.token && load(), 15000);
  await start();
  document.documentElement.dataset.ready = 'true';
}

main();
