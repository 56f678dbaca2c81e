// The staff desk: one counter's current ticket, its actions, and who waits.
//
// State comes from the office feed (snapshot, then events by seq). Answers
// to our own actions are applied at once as well, so the desk never waits
// for its own echo; applying the same ticket twice changes nothing.

import { ApiError, adoptToken, api, apiResponse, param, storeToken } from '/ui/shared/api.js';
import { I18n, htmlLang, languageOptions, loadLanguages, plainText, waitMinutes } from '/ui/shared/i18n.js';
import { placeIcons } from '/ui/shared/icons.js';
import { Theme } from '/ui/shared/theme.js';
import { OfficeFeed } from '/ui/shared/ws.js';

const $ = (id) => document.getElementById(id);
const LANG_KEY = 'madoguchi.desk.lang';
const NAME_KEY = 'madoguchi.desk.name';
const OFFLINE_GRACE_MS = 1500;
const FINAL = new Set(['done', 'no_show', 'cancelled', 'unserved']);

const i18n = new I18n();
const theme = new Theme('desk');

const state = {
  office: param('office'),
  counter: param('counter'),
  token: null,
  languages: [],
  services: new Map(),
  serviceList: [],
  queueNames: new Map(),
  counterNames: new Map(),
  counterQueues: [],
  queues: new Map(),
  tickets: new Map(),
  busy: false,
  feed: null,
  connection: 'connecting',
  offlineTimer: null,
  hadSnapshot: false,
};

// ---------------------------------------------------------------- helpers

function minutesSince(iso, until = Date.now()) {
  const t = Date.parse(iso);
  if (Number.isNaN(t)) return null;
  return Math.max(0, Math.floor((until - t) / 60000));
}

function clock(iso) {
  try {
    return new Intl.DateTimeFormat(htmlLang(i18n.lang), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
  } catch {
    return iso;
  }
}

function langName(tag) {
  return state.languages.find((l) => l.tag === tag)?.name || tag;
}

/**
 * A resident's language as the staff member reads it (ネパール語, not
 * नेपाली), followed by its own name, which helps to greet them.
 */
function langLabel(el, tag) {
  const own = langName(tag);
  let mine = own;
  try {
    mine = tag === 'ja-x-easy' ? own : new Intl.DisplayNames([htmlLang(i18n.lang)], { type: 'language' }).of(tag) || own;
  } catch {
    // An unknown tag: its own name.
  }
  el.lang = htmlLang(i18n.lang);
  el.replaceChildren(mine);
  if (own && own !== mine) {
    const native = document.createElement('span');
    native.lang = htmlLang(tag);
    native.className = 'lang-native';
    native.textContent = ` (${own})`;
    el.append(native);
  }
}

function serviceName(t) {
  if (t.service && state.services.has(t.service)) return state.services.get(t.service).name;
  return state.queueNames.get(t.queue) || t.queue;
}

function status(key, vars, tone = 'info') {
  const el = $('action-status');
  el.dataset.tone = tone;
  i18n.fill(el, key, vars);
}

// ---------------------------------------------------------------- state

function applyTicket(t) {
  if (!t || !t.id) return;
  if (FINAL.has(t.status)) state.tickets.delete(t.id);
  else state.tickets.set(t.id, { ...state.tickets.get(t.id), ...t });
}

function applyQueues(queues) {
  for (const q of queues || []) state.queues.set(q.id, q);
}

function current() {
  let best = null;
  for (const t of state.tickets.values()) {
    if (t.counter !== state.counter || (t.status !== 'called' && t.status !== 'serving')) continue;
    if (!best || (t.called_at || '') > (best.called_at || '')) best = t;
  }
  return best;
}

function waitingHere() {
  const mine = new Set(state.counterQueues);
  return [...state.tickets.values()]
    .filter((t) => t.status === 'waiting' && mine.has(t.queue))
    .sort((a, b) => (a.issued_at < b.issued_at ? -1 : a.issued_at > b.issued_at ? 1 : 0));
}

// ---------------------------------------------------------------- render

function render() {
  renderCurrent();
  renderWaiting();
  renderPickup();
  renderButtons();
}

/** For ten seconds after a no-show, one click puts the resident back. */
function offerUndo(t) {
  clearTimeout(state.undoTimer);
  state.undoTicket = t;
  $('undo-row').hidden = false;
  state.undoTimer = setTimeout(() => {
    $('undo-row').hidden = true;
    state.undoTicket = null;
  }, 10000);
}

async function bringBack(t) {
  if (!t || state.busy) return;
  state.busy = true;
  try {
    await ticketAction(t, 'return', 'desk-did-return');
    $('undo-row').hidden = true;
    state.undoTicket = null;
    await loadNoShows();
  } catch (e) {
    explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

/** Today's no-shows of this counter's queues, for 呼び戻し. */
async function loadNoShows() {
  try {
    const list = await api(`/api/v1/offices/${encodeURIComponent(state.office)}/no-shows`, { token: state.token });
    const mine = new Set(state.counterQueues || []);
    state.noShows = (list || []).filter((t) => mine.size === 0 || mine.has(t.queue));
  } catch {
    state.noShows = state.noShows || [];
  }
  renderNoShows();
}

function renderNoShows() {
  const list = state.noShows || [];
  $('no-shows').hidden = list.length === 0;
  $('no-show-list').replaceChildren(
    ...list.slice(0, 10).map((t) => {
      const li = document.createElement('li');
      li.dataset.ticketId = t.id;
      const label = document.createElement('span');
      label.className = 'num';
      label.textContent = t.number;
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn';
      i18n.fill(b, 'desk-noshow-return');
      b.addEventListener('click', () => bringBack(t));
      li.append(label, ' ', b);
      return li;
    }),
  );
}

async function submitCallNumber(returnValue) {
  const number = $('call-number-input').value.trim().toUpperCase();
  if (returnValue !== 'ok' || !number || state.busy) return;
  state.busy = true;
  renderButtons();
  try {
    const t = await api(`/api/v1/offices/${encodeURIComponent(state.office)}/counters/${encodeURIComponent(state.counter)}/call-number`, {
      method: 'POST',
      token: state.token,
      body: { number },
    });
    applyTicket(t);
    status('desk-did-call', { number: t.number }, 'ok');
  } catch (e) {
    if (e instanceof ApiError && e.code === 'unknown_number') status('desk-error-unknown-number', { number }, 'alert');
    else explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

/** Documents being made (交付待ち) and ready: make one ready here, or hand it over. */
function renderPickup() {
  const list = [...state.tickets.values()].filter((t) => t.status === 'preparing' || t.status === 'ready').sort((a, b) => (a.number < b.number ? -1 : 1));
  $('pickup').hidden = list.length === 0;
  $('pickup-list').replaceChildren(
    ...list.map((t) => {
      const li = document.createElement('li');
      li.dataset.ticketId = t.id;
      li.dataset.status = t.status;
      const label = document.createElement('span');
      label.className = 'num';
      label.textContent = t.number;
      const what = document.createElement('span');
      i18n.fill(what, t.status === 'ready' ? 'desk-pickup-ready' : 'desk-pickup-preparing', { counter: t.counter || '' });
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn';
      i18n.fill(b, t.status === 'ready' ? 'desk-pickup-handed' : 'desk-pickup-make-ready');
      b.addEventListener('click', () => pickupAction(t));
      li.append(label, ' ', what, ' ', b);
      return li;
    }),
  );
}

async function pickupAction(t) {
  if (state.busy) return;
  state.busy = true;
  try {
    if (t.status === 'ready') await ticketAction(t, 'finish', 'desk-did-finish');
    else await ticketAction(t, 'ready', 'desk-did-ready', { counter: state.counter });
  } catch (e) {
    explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

function renderCurrent() {
  const t = current();
  $('current').hidden = !t;
  $('current-empty').hidden = Boolean(t);
  document.body.dataset.current = t ? t.number : '';
  if (!t) return;
  $('current').dataset.ticketId = t.id;
  $('cur-number').textContent = t.number;
  const st = $('cur-status');
  st.dataset.status = t.status;
  i18n.fill(st, t.status === 'serving' ? 'desk-status-serving' : 'desk-status-called');
  if (t.recalls > 0) st.append(document.createTextNode(' · '), i18n.el('span', 'desk-recalls', { count: t.recalls }));
  i18n.put($('cur-service'), serviceName(t));
  langLabel($('cur-lang'), t.lang);
  const waited = t.called_at ? Math.max(0, Math.floor((Date.parse(t.called_at) - Date.parse(t.issued_at)) / 60000)) : minutesSince(t.issued_at);
  i18n.fill($('cur-waited'), 'desk-minutes', { minutes: waited ?? '—' });
  if (t.called_at) i18n.fill($('cur-called'), 'desk-called-ago', { time: clock(t.called_at), minutes: minutesSince(t.called_at) ?? 0 });
  else $('cur-called').textContent = '—';
  renderJourney(t);
}

/** A step's services by name, in the desk's language. */
function stepServices(step) {
  const name = (id) => state.services.get(id)?.name || id;
  const names = [step.service, ...(step.also || [])].filter(Boolean).map(name);
  return names.length ? names : [state.queueNames.get(step.queue) || step.queue];
}

/** A step's section by name: from its service, else any service of that section. */
function stepSection(step) {
  const own = step.service && state.services.get(step.service);
  if (own?.section === step.section && own.section_name) return own.section_name;
  return state.serviceList.find((s) => s.section === step.section)?.section_name || step.section || '';
}

/**
 * The journey of the ticket at the counter, with a Skip button on every step
 * still to come. Rebuilt only when it changed (the desk re-renders every few
 * seconds), and a focused button keeps its focus across a rebuild.
 */
function renderJourney(t) {
  const journey = t.journey || [];
  const list = $('cur-journey');
  const key = JSON.stringify([t.id, i18n.lang, journey, state.services.size]);
  $('cur-journey-row').hidden = journey.length === 0;
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  const focused = list.contains(document.activeElement) ? document.activeElement.dataset.step : null;
  list.replaceChildren(
    ...journey.map((step, i) => {
      const li = document.createElement('li');
      li.dataset.status = step.status;
      li.dataset.step = String(i);
      li.dataset.service = step.service || '';
      li.dataset.section = step.section || '';
      const text = document.createElement('span');
      text.className = 'step-text';
      const label = i18n.put(document.createElement('span'), stepServices(step).join(' / '));
      label.className = 'step-name';
      const section = i18n.put(document.createElement('span'), stepSection(step));
      section.className = 'step-section';
      text.append(label, section);
      const mark = i18n.el('span', `desk-step-${step.status}`, undefined, 'step-status');
      li.append(text, mark);
      if (step.status === 'pending') {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn journey-btn journey-skip';
        b.dataset.step = String(i);
        b.setAttribute('aria-haspopup', 'dialog');
        b.setAttribute('aria-label', i18n.text('desk-journey-skip-label', { position: i + 1, section: plainText(stepSection(step)), service: plainText(stepServices(step).join(' / ')) }));
        b.append(i18n.el('span', 'desk-journey-skip'));
        b.addEventListener('click', () => openSkip(t.id, i));
        li.append(b);
      }
      return li;
    }),
  );
  if (focused !== null) {
    const again = list.querySelector(`button[data-step="${focused}"]`) || list.querySelector('button');
    (again || document.querySelector('[data-action="add-step"]')).focus();
  }
}

function renderWaiting() {
  const list = waitingHere();
  $('queue-count').textContent = String(list.length);
  $('waiting-empty').hidden = list.length > 0;
  $('waiting-table').hidden = list.length === 0;
  const longest = list[0];
  $('waiting-body').replaceChildren(
    ...list.map((t) => {
      const tr = document.createElement('tr');
      tr.dataset.ticketId = t.id;
      const num = document.createElement('th');
      num.scope = 'row';
      num.className = 'num w-number';
      num.textContent = t.number;
      const svc = i18n.put(document.createElement('td'), serviceName(t));
      const lang = document.createElement('td');
      langLabel(lang, t.lang);
      const wait = document.createElement('td');
      wait.className = 'col-wait num';
      i18n.fill(wait, 'desk-minutes', { minutes: minutesSince(t.issued_at) ?? '—' });
      if (t === longest && list.length > 1) {
        tr.classList.add('longest');
        const badge = i18n.el('span', 'desk-longest', undefined, 'longest-badge');
        num.append(document.createElement('br'), badge);
      }
      tr.append(num, svc, lang, wait);
      return tr;
    }),
  );
  $('queue-summary').replaceChildren(
    ...state.counterQueues.map((id) => {
      const q = state.queues.get(id);
      const li = document.createElement('li');
      const name = document.createElement('span');
      name.className = 'qs-name';
      name.textContent = `${id} · ${state.queueNames.get(id) || q?.name || ''}`;
      const figures = document.createElement('span');
      figures.className = 'qs-figures';
      const m = waitMinutes(q?.estimated_wait_seconds);
      i18n.fill(figures, 'desk-queue-figures', { count: q?.waiting ?? 0, minutes: m ?? 0 });
      li.append(name, figures);
      return li;
    }),
  );
}

function renderButtons() {
  const t = current();
  const st = t?.status;
  const paused = state.counterState?.state && state.counterState.state !== 'open';
  const allowed = {
    'call-next': !t && !paused,
    pause: true,
    issue: true,
    'call-number': !t && !paused,
    recall: st === 'called',
    start: st === 'called',
    'no-show': st === 'called',
    transfer: st === 'called' || st === 'serving',
    prepare: st === 'called' || st === 'serving',
    finish: st === 'called' || st === 'serving',
    'add-step': st === 'called' || st === 'serving',
  };
  for (const b of document.querySelectorAll('[data-action]')) {
    b.disabled = state.busy || !allowed[b.dataset.action];
  }
  for (const b of document.querySelectorAll('.journey-skip')) b.disabled = state.busy || !t;
  const pause = document.querySelector('[data-action="pause"]');
  pause.setAttribute('aria-pressed', String(Boolean(paused)));
  i18n.fill($('pause-label'), paused ? 'desk-resume' : 'desk-pause');
  $('pause-reason').disabled = Boolean(paused) || state.busy;
  $('paused-banner').hidden = !paused;
  if (paused) {
    const since = state.counterState.since ? new Date(state.counterState.since).toLocaleTimeString(htmlLang(i18n.lang), { hour: '2-digit', minute: '2-digit', timeZone: 'Asia/Tokyo' }) : '';
    i18n.fill($('paused-banner'), 'desk-paused', { reason: i18n.raw(`desk-pause-${state.counterState.reason || 'other'}`), since });
  }
  document.body.classList.toggle('is-busy', state.busy);
}

function renderConnection() {
  const c = $('conn');
  c.dataset.state = state.connection;
  i18n.fill($('conn-text'), state.connection === 'online' ? 'desk-live' : state.connection === 'connecting' ? 'desk-connecting' : 'desk-offline');
}

// ---------------------------------------------------------------- actions

const ACTIONS = {
  'call-next': async () => {
    const { status: code, body } = await apiResponse(
      `/api/v1/offices/${encodeURIComponent(state.office)}/counters/${encodeURIComponent(state.counter)}/call-next`,
      { method: 'POST', token: state.token },
    );
    if (code === 204 || !body) {
      status('desk-nobody-waiting');
      return;
    }
    applyTicket(body);
    status('desk-did-call', { number: body.number }, 'ok');
  },
  recall: (t) => ticketAction(t, 'recall', 'desk-did-recall'),
  start: (t) => ticketAction(t, 'start', 'desk-did-start'),
  'no-show': async (t) => {
    await ticketAction(t, 'no-show', 'desk-did-no-show');
    offerUndo(t);
  },
  finish: (t) => ticketAction(t, 'finish', 'desk-did-finish'),
  transfer: (t) => openTransfer(t),
  'add-step': () => openAddStep(),
  issue: () => openIssue(),
  'call-number': () => {
    const d = $('call-number-dialog');
    d.returnValue = '';
    $('call-number-input').value = '';
    d.showModal();
  },
  // D: the counter is done; the resident waits for a document (交付待ち).
  prepare: (t) => ticketAction(t, 'prepare', 'desk-did-prepare'),
  // P: a break, a phone call, paperwork — the counter is not called to and
  // not counted in estimates until P again. One key; the reason is the
  // one chosen beside it (a break unless changed).
  pause: async () => {
    const paused = state.counterState?.state && state.counterState.state !== 'open';
    const body = paused ? { state: 'open' } : { state: 'paused', reason: $('pause-reason').value };
    const answer = await api(`/api/v1/offices/${encodeURIComponent(state.office)}/counters/${encodeURIComponent(state.counter)}/state`, { method: 'POST', token: state.token, body });
    state.counterState = answer;
    status(paused ? 'desk-did-resume' : 'desk-did-pause', undefined, 'ok');
  },
};

async function ticketAction(t, path, doneKey, body) {
  const answer = await api(`/api/v1/tickets/${encodeURIComponent(t.id)}/${path}`, { method: 'POST', token: state.token, body });
  // A finished journey step comes back waiting in another queue: not ours
  // any more — and the resident needs to hear where to go next.
  applyTicket(answer);
  if (path === 'finish' && answer?.status === 'waiting' && answer.queue !== t.queue) {
    const next = plainText(state.queueNames.get(answer.queue) || answer.queue);
    status('desk-did-advance', { number: answer.number, next }, 'ok');
    return;
  }
  status(doneKey, { number: answer?.number || t.number }, 'ok');
}

async function run(action) {
  if (state.busy) return;
  const button = document.querySelector(`[data-action="${action}"]`);
  if (!button || button.disabled) return;
  const t = current();
  if (action === 'transfer' || action === 'add-step' || action === 'issue' || action === 'call-number') {
    ACTIONS[action](t);
    return;
  }
  // Taken before the first await: a second click or key press finds us busy.
  state.busy = true;
  renderButtons();
  try {
    await ACTIONS[action](t);
  } catch (e) {
    explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

function explain(e) {
  if (!(e instanceof ApiError)) {
    status('desk-error-other', undefined, 'alert');
    return;
  }
  if (e.status === 401) {
    signOut('desk-session-expired');
    return;
  }
  // The codes the desk can explain best first, then by status.
  const byCode = {
    offline: 'desk-error-offline',
    timeout: 'desk-error-offline',
    step_not_pending: 'desk-error-step-changed',
    step_changed: 'desk-error-step-changed',
    unknown_step: 'desk-error-step-changed',
    not_on_journey: 'desk-error-step-changed',
    counter_not_open: 'desk-error-paused',
    unknown_service: 'desk-error-unknown-service',
  };
  const byStatus = { 403: 'desk-error-forbidden', 409: 'desk-error-conflict', 404: 'desk-error-not-found', 503: 'desk-error-unavailable' };
  const key = byCode[e.code] || byStatus[e.status] || 'desk-error-other';
  status(key, undefined, 'alert');
}

function openTransfer(t) {
  if (!t) return;
  const d = $('transfer-dialog');
  d.dataset.ticketId = t.id;
  // Escape closes without setting a value: never let an old "ok" count again.
  d.returnValue = '';
  i18n.fill($('transfer-title'), 'desk-transfer-title', { number: t.number });
  $('transfer-queue').replaceChildren(
    ...[...state.queueNames.entries()].map(([id, name]) => {
      const o = document.createElement('option');
      o.value = id;
      o.textContent = `${id} · ${plainText(name)}`;
      o.selected = id === t.queue;
      return o;
    }),
  );
  $('transfer-service').replaceChildren(...serviceOptions((s) => `${plainText(s.name)} (${s.queue})`, t.service));
  d.showModal();
}

/**
 * I: a ticket from reception — for someone who asks at the desk, who is
 * called ahead (elderly, disabled, pregnant, a child in arms: only that it
 * is a priority ticket is kept), or who came in time but reached the desk
 * after reception closed.
 */
function openIssue() {
  const d = $('issue-dialog');
  d.returnValue = '';
  $('issue-service').replaceChildren(...serviceOptions((s) => `${plainText(s.name)} (${s.queue})`, $('issue-service').value || null));
  $('issue-priority').checked = false;
  $('issue-override').checked = false;
  d.showModal();
}

async function submitIssue(returnValue) {
  if (returnValue !== 'ok' || state.busy) return;
  const body = { service: $('issue-service').value, lang: i18n.lang, priority: $('issue-priority').checked, override: $('issue-override').checked };
  state.busy = true;
  renderButtons();
  try {
    const t = await api(`/api/v1/offices/${encodeURIComponent(state.office)}/tickets`, { method: 'POST', token: state.token, body });
    applyTicket(t);
    status(t.priority ? 'desk-did-issue-priority' : 'desk-did-issue', { number: t.number }, 'ok');
  } catch (e) {
    if (e instanceof ApiError && e.code === 'reception_closed') status('desk-error-reception-closed', undefined, 'alert');
    else explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

/** The office's services as `<option>`s grouped by category, labelled by `label`, `selected` chosen. */
function serviceOptions(label, selected) {
  const groups = new Map();
  for (const s of state.serviceList) {
    if (!groups.has(s.category)) {
      const g = document.createElement('optgroup');
      g.label = plainText(s.category_name);
      groups.set(s.category, g);
    }
    const o = document.createElement('option');
    o.value = s.id;
    o.textContent = label(s);
    o.selected = s.id === selected;
    groups.get(s.category).append(o);
  }
  return [...groups.values()];
}

async function submitTransfer(returnValue) {
  const d = $('transfer-dialog');
  const t = state.tickets.get(d.dataset.ticketId);
  if (returnValue !== 'ok' || !t || state.busy) return;
  const kind = new FormData($('transfer-form')).get('kind');
  const body = kind === 'service' ? { service: $('transfer-service').value } : { queue: $('transfer-queue').value };
  state.busy = true;
  renderButtons();
  try {
    await ticketAction(t, 'transfer', 'desk-did-transfer', body);
  } catch (e) {
    explain(e);
  } finally {
    state.busy = false;
    render();
  }
}

// ---------------------------------------------------------------- journey steps

/** Asks before skipping step `index` of the ticket's journey, naming the section and services. */
function openSkip(ticketId, index) {
  const t = state.tickets.get(ticketId);
  const step = t?.journey?.[index];
  if (!step || state.busy) return;
  const d = $('skip-dialog');
  d.dataset.ticketId = t.id;
  d.dataset.step = String(index);
  // What the clerk agreed to skip: checked again before sending, the journey may change meanwhile.
  d.dataset.stepKey = JSON.stringify([step.service, step.queue]);
  d.returnValue = '';
  i18n.fill($('skip-title'), 'desk-skip-title', { number: t.number });
  i18n.fill($('skip-text'), 'desk-skip-text', { number: t.number, section: plainText(stepSection(step)), service: plainText(stepServices(step).join(' / ')) });
  d.showModal();
}

async function submitSkip() {
  const d = $('skip-dialog');
  const t = state.tickets.get(d.dataset.ticketId);
  if (d.returnValue !== 'ok' || state.busy) return;
  // Finished or sent on by someone else while the dialog was open.
  if (!t) {
    status('desk-error-conflict', undefined, 'alert');
    return;
  }
  const index = Number(d.dataset.step);
  const step = t.journey?.[index];
  if (!step || step.status !== 'pending' || JSON.stringify([step.service, step.queue]) !== d.dataset.stepKey) {
    status('desk-error-step-changed', undefined, 'alert');
    return;
  }
  // The step as seen: if another desk changed the journey meanwhile, the server refuses (step_changed).
  const seen = { step: index, queue: step.queue, ...(step.service ? { service: step.service } : {}) };
  await journeyAction(t, 'journey/skip', seen, 'desk-did-skip', { section: plainText(stepSection(step)) });
}

function openAddStep() {
  const t = current();
  if (!t || state.busy) return;
  const d = $('add-step-dialog');
  d.dataset.ticketId = t.id;
  d.returnValue = '';
  i18n.fill($('add-step-title'), 'desk-add-title', { number: t.number });
  i18n.fill($('add-step-hint'), 'desk-add-hint', { number: t.number });
  $('add-step-service').replaceChildren(...serviceOptions((s) => `${plainText(s.name)} — ${plainText(s.section_name)} (${s.queue})`));
  d.showModal();
}

async function submitAddStep() {
  const d = $('add-step-dialog');
  const t = state.tickets.get(d.dataset.ticketId);
  const service = $('add-step-service').value;
  if (d.returnValue !== 'ok' || !service || state.busy) return;
  if (!t) {
    status('desk-error-conflict', undefined, 'alert');
    return;
  }
  await journeyAction(t, 'journey/steps', { service }, 'desk-did-add', { service: plainText(state.services.get(service)?.name || service) });
}

async function journeyAction(t, path, body, doneKey, vars) {
  state.busy = true;
  renderButtons();
  try {
    const answer = await api(`/api/v1/tickets/${encodeURIComponent(t.id)}/${path}`, { method: 'POST', token: state.token, body });
    applyTicket(answer);
    status(doneKey, { number: answer?.number || t.number, ...vars }, 'ok');
  } catch (e) {
    explain(e);
  } finally {
    state.busy = false;
    render();
    // The button that opened the dialog may be gone with the old list.
    if (!document.activeElement || document.activeElement === document.body) {
      ($('cur-journey').querySelector('button') || document.querySelector('[data-action="add-step"]')).focus();
    }
  }
}

function onKey(e) {
  if (e.ctrlKey || e.metaKey || e.altKey || e.repeat) return;
  if ($('workspace').hidden || document.querySelector('dialog[open]')) return;
  const tag = e.target?.tagName;
  if (tag === 'INPUT' || tag === 'SELECT' || tag === 'TEXTAREA') return;
  const map = { n: 'call-next', r: 'recall', s: 'start', x: 'no-show', t: 'transfer', f: 'finish', a: 'add-step', p: 'pause', i: 'issue', d: 'prepare', c: 'call-number' };
  const action = map[e.key.toLowerCase()];
  if (!action) return;
  e.preventDefault();
  run(action);
}

// ---------------------------------------------------------------- sign-in

function showOnly(id) {
  for (const s of ['signin', 'pick-counter', 'workspace']) $(s).hidden = s !== id;
}

function signOut(reasonKey) {
  state.feed?.stop();
  state.feed = null;
  // Ended on the server too, so the session token stops working at once
  // (not only forgotten by this browser). A token that already failed
  // needs no telling; nothing waits for the answer.
  if (state.token && !reasonKey) {
    api('/api/v1/logout', { method: 'POST', token: state.token }).catch(() => {});
  }
  state.token = null;
  storeToken('desk', null);
  try {
    localStorage.removeItem(NAME_KEY);
  } catch {
    // nothing stored
  }
  $('sign-out').hidden = true;
  $('staff-name').hidden = true;
  showOnly('signin');
  const err = $('signin-error');
  err.hidden = !reasonKey;
  if (reasonKey) i18n.fill(err, reasonKey);
  $('username').focus();
}

async function signIn(e) {
  e.preventDefault();
  const username = $('username').value.trim();
  const password = $('password').value;
  const err = $('signin-error');
  if (!username || !password) {
    err.hidden = false;
    i18n.fill(err, 'desk-sign-in-missing');
    return;
  }
  $('signin-submit').disabled = true;
  try {
    const answer = await api('/api/v1/login', { method: 'POST', body: { username, password } });
    if (!answer?.token) throw new ApiError(500, 'no_token', 'no token');
    if (answer.role !== 'staff' && answer.role !== 'admin') throw new ApiError(403, 'forbidden', 'role');
    storeToken('desk', answer.token);
    try {
      localStorage.setItem(NAME_KEY, answer.name || username);
    } catch {
      // not remembered
    }
    if (!state.office && answer.office) state.office = answer.office;
    $('password').value = '';
    err.hidden = true;
    await enter(answer.token);
  } catch (ex) {
    err.hidden = false;
    const key =
      ex instanceof ApiError && ex.status === 401
        ? 'desk-sign-in-wrong'
        : ex instanceof ApiError && ex.status === 429
          ? 'desk-sign-in-throttled'
          : ex instanceof ApiError && ex.status === 403
            ? 'desk-error-forbidden'
            : ex instanceof ApiError && ex.offline
              ? 'desk-error-offline'
              : 'desk-error-other';
    i18n.fill(err, key);
  } finally {
    $('signin-submit').disabled = false;
  }
}

// ---------------------------------------------------------------- start

async function loadNames() {
  const lang = encodeURIComponent(i18n.lang);
  const office = encodeURIComponent(state.office);
  const [services, offices, counters] = await Promise.all([
    api(`/api/v1/offices/${office}/services?lang=${lang}`).catch(() => []),
    api(`/api/v1/offices?lang=${lang}`).catch(() => []),
    api(`/api/v1/offices/${office}/counters?lang=${lang}`).catch(() => []),
  ]);
  state.serviceList = services;
  state.services = new Map(services.map((s) => [s.id, s]));
  const o = offices.find((x) => x.id === state.office);
  state.officeName = o?.name || state.office;
  state.queueNames = new Map((o?.queues || []).map((q) => [q.id, q.name]));
  for (const q of o?.queues || []) if (!state.queues.has(q.id)) state.queues.set(q.id, q);
  state.counters = counters;
  state.counterNames = new Map(counters.map((c) => [c.id, c.name]));
  const mine = counters.find((c) => c.id === state.counter);
  state.counterQueues = mine?.queues || [];
}

function renderChrome() {
  i18n.apply();
  $('office-name').textContent = state.officeName || '';
  const counterName = state.counterNames.get(state.counter);
  $('desk-title').textContent = counterName || '';
  if (counterName) document.title = `${counterName} · ${i18n.text('desk-page-title')}`;
  $('lang-select').replaceChildren(...languageOptions(state.languages, i18n.lang));
  renderConnection();
}

function renderCounterPicker() {
  $('counter-list').replaceChildren(
    ...(state.counters || []).map((c) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn counter-btn';
      const name = document.createElement('span');
      name.className = 'counter-name';
      name.textContent = c.name;
      const qs = document.createElement('span');
      qs.className = 'counter-queues';
      qs.textContent = c.queues.map((q) => `${q} · ${plainText(state.queueNames.get(q) || q)}`).join(' / ');
      b.append(name, qs);
      b.addEventListener('click', () => {
        const url = new URL(window.location.href);
        url.searchParams.set('counter', c.id);
        url.searchParams.set('office', state.office);
        window.history.replaceState(null, '', url.pathname + url.search);
        state.counter = c.id;
        enter(state.token);
      });
      li.append(b);
      return li;
    }),
  );
}

async function enter(token) {
  state.token = token;
  if (!state.office) {
    const offices = await api('/api/v1/offices').catch(() => []);
    state.office = offices[0]?.id || 'yahatanishi';
  }
  // Check the token before showing anything that needs it.
  const who = await whoAmI(token);
  if (who === 'unauthorized') {
    signOut('desk-session-expired');
    return;
  }
  if (who === 'forbidden') {
    signOut('desk-error-forbidden');
    return;
  }
  if (who?.name) {
    try {
      localStorage.setItem(NAME_KEY, who.name);
    } catch {
      // not remembered
    }
  }
  await loadNames();
  const name = (() => {
    try {
      return localStorage.getItem(NAME_KEY);
    } catch {
      return null;
    }
  })();
  $('staff-name').hidden = !name;
  $('staff-name').textContent = name || '';
  $('sign-out').hidden = false;
  renderChrome();
  if (!state.counter || !state.counterNames.has(state.counter)) {
    renderCounterPicker();
    showOnly('pick-counter');
    return;
  }
  showOnly('workspace');
  render();
  startFeed();
}

/**
 * Who the token belongs to: `GET /api/v1/session` answers `{role, office,
 * name}`. 'unauthorized' or 'forbidden' when the token cannot work this
 * desk; null when the server cannot say (offline, or no such route).
 */
async function whoAmI(token) {
  try {
    const me = await api('/api/v1/session', { token });
    if (me && me.role && me.role !== 'staff' && me.role !== 'admin') return 'forbidden';
    if (me && me.office && state.office && me.office !== state.office && me.role !== 'admin') return 'forbidden';
    return me;
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) return 'unauthorized';
    if (e instanceof ApiError && e.status === 403) return 'forbidden';
    return null;
  }
}

function startFeed() {
  state.feed?.stop();
  state.feed = new OfficeFeed({
    office: state.office,
    token: () => state.token,
    onSnapshot: (snap) => {
      state.tickets = new Map();
      for (const t of snap.tickets || []) applyTicket(t);
      for (const c of snap.counters || []) if (c.current) applyTicket(c.current);
      const mine = (snap.counters || []).find((c) => c.id === state.counter);
      loadNoShows();
      state.counterState = mine ? { state: mine.state || 'open', reason: mine.reason || '', since: null } : null;
      applyQueues(snap.queues);
      state.hadSnapshot = true;
      render();
    },
    onEvent: (ev) => {
      if (ev.type === 'day.started') {
        state.tickets = new Map();
        state.counterState = null;
      }
      if (ev.type === 'ticket.no_show' || ev.type === 'ticket.returned') loadNoShows();
      // This counter paused or opened (from this desk or another).
      if (ev.type === 'counter.state' && ev.counter === state.counter) {
        state.counterState = { state: ev.state || 'open', reason: ev.reason || '', since: ev.at };
      }
      if (ev.type === 'printer.attention') {
        state.printer = ev.printer;
        i18n.fill($('printer-text'), 'desk-printer-attention', { printer: ev.printer || '' });
        $('printer-banner').hidden = false;
      }
      applyTicket(ev.ticket);
      applyQueues(ev.queues);
      render();
    },
    onState: (s, info) => {
      state.connection = s;
      renderConnection();
      // A socket that keeps failing may mean the token was revoked or expired.
      if (s === 'offline' && info?.attempt === 3) {
        whoAmI(state.token).then((who) => {
          if (who === 'unauthorized') signOut('desk-session-expired');
        });
      }
      clearTimeout(state.offlineTimer);
      if (s === 'online') {
        $('conn-banner').hidden = true;
      } else {
        // A short blip while reconnecting is not worth a banner.
        state.offlineTimer = setTimeout(() => {
          if (state.connection !== 'online') $('conn-banner').hidden = false;
        }, OFFLINE_GRACE_MS);
      }
    },
  });
  state.feed.start();
}

async function changeLanguage(tag) {
  try {
    await i18n.use(tag);
  } catch {
    return;
  }
  try {
    localStorage.setItem(LANG_KEY, tag);
  } catch {
    // not remembered
  }
  if (state.token && state.office) await loadNames();
  renderChrome();
  if (!$('pick-counter').hidden) renderCounterPicker();
  if (!$('printer-banner').hidden) i18n.fill($('printer-text'), 'desk-printer-attention', { printer: state.printer || '' });
  render();
}

async function main() {
  placeIcons();
  theme.bind();
  $('signin-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', () => signOut());
  $('lang-select').addEventListener('change', (e) => changeLanguage(e.target.value));
  $('printer-dismiss').addEventListener('click', () => ($('printer-banner').hidden = true));
  for (const b of document.querySelectorAll('[data-action]')) b.addEventListener('click', () => run(b.dataset.action));
  document.addEventListener('keydown', onKey);
  for (const r of document.querySelectorAll('input[name="kind"]')) {
    r.addEventListener('change', () => {
      const svc = new FormData($('transfer-form')).get('kind') === 'service';
      $('transfer-service-field').hidden = !svc;
      $('transfer-queue-field').hidden = svc;
    });
  }
  $('transfer-dialog').addEventListener('close', () => submitTransfer($('transfer-dialog').returnValue));
  $('skip-dialog').addEventListener('close', submitSkip);
  $('issue-dialog').addEventListener('close', () => submitIssue($('issue-dialog').returnValue));
  $('call-number-dialog').addEventListener('close', () => submitCallNumber($('call-number-dialog').returnValue));
  $('undo-no-show').addEventListener('click', () => bringBack(state.undoTicket));
  $('add-step-dialog').addEventListener('close', submitAddStep);
  setInterval(() => !$('workspace').hidden && render(), 15000);

  const token = adoptToken('desk');
  try {
    state.languages = await loadLanguages();
  } catch {
    state.languages = [];
  }
  let lang = param('lang');
  if (!lang) {
    try {
      lang = localStorage.getItem(LANG_KEY);
    } catch {
      lang = null;
    }
  }
  try {
    await i18n.use(lang || 'ja');
  } catch {
    // keys show; still usable
  }
  renderChrome();
  if (token) await enter(token);
  else signOut();
  document.documentElement.dataset.ready = 'true';
}

main();
