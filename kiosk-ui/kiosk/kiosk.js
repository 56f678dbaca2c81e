// The touch kiosk: choose a language and a need, confirm, take a ticket.
//
// The one promise this page keeps above all: it shows a ticket number only
// after the server answered 201 (the ticket is on disk). Every other
// outcome says plainly that no ticket was issued and to ask staff.
//
// Screens: start (language, topics, search) → list (a topic's services,
// with its life events on top) → confirm (one service) or life (a life
// event's questions and counters) → issuing → ticket | error.

import { ApiError, adoptToken, api, apiResponse, fetchRaw, param, resolveOffice } from '/ui/shared/api.js';
import { I18n, htmlLang, loadCatalog, loadLanguages, plainText, waitMinutes } from '/ui/shared/i18n.js';
import { categoryIcon, icon, placeIcons } from '/ui/shared/icons.js';
import { Theme } from '/ui/shared/theme.js';
import { OfficeFeed } from '/ui/shared/ws.js';

const IDLE_MS = 30000;
const COUNTDOWN_MS = 10000;
const OFFLINE_GRACE_MS = 2500;
const SCREENS = ['start', 'list', 'confirm', 'life', 'issuing', 'ticket', 'error'];

const $ = (id) => document.getElementById(id);

const state = {
  office: null,
  officeName: '',
  token: null,
  defaultLang: 'ja',
  languages: [],
  services: [],
  lifeEvents: [],
  /** service or life event id → its names in ja and en, so a search in any language finds it. */
  searchIndex: new Map(),
  queues: new Map(),
  screen: 'start',
  trail: [],
  list: null,
  selected: null,
  life: null,
  answers: {},
  ticket: null,
  ticketFor: null,
  busy: false,
  lastTouch: Date.now(),
  offlineSince: null,
};

const i18n = new I18n();
const theme = new Theme('kiosk');

// ---------------------------------------------------------------- helpers

function joinList(items) {
  const sep = htmlLang(i18n.lang).startsWith('ja') || htmlLang(i18n.lang).startsWith('zh') ? '、' : ', ';
  return items.filter(Boolean).join(sep);
}

function normalise(s) {
  return plainText(s || '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s・、,.()（）「」]/g, '');
}

/** The wait as words (catalog HTML in やさしい日本語), median and p90 when known. */
function waitText(seconds, p90) {
  const m = waitMinutes(seconds);
  if (m === null) return i18n.raw('kiosk-wait-unknown');
  if (m === 0) return i18n.raw('kiosk-wait-none');
  const max = waitMinutes(p90);
  if (max && max > m) return i18n.raw('wait-range', { minutes: m, max });
  return i18n.raw('kiosk-wait-minutes', { minutes: m });
}

/** Catalog HTML or plain text into an element (catalog strings only). */
/**
 * Whether a service takes tickets now: `null` when it does, else what the
 * server said (`{why, reason, opens}`) — the queue's live state from the
 * feed first (a manager's early closing), then the service's own hours. An
 * `until` already past counts as closed until the list is fetched again.
 */
function closedReception(s) {
  const q = state.queues.get(s.queue);
  if (q?.reception && !q.reception.open) return q.reception;
  const r = s.reception;
  if (r && !r.open) return r;
  if (r?.until && Date.parse(r.until) <= Date.now()) return { open: false, why: 'over' };
  return null;
}

const CLOSED_KEYS = { over: 'kiosk-reception-over', not_yet: 'kiosk-reception-not-yet', break: 'kiosk-reception-break', closed_day: 'kiosk-reception-closed-day' };

/** The title and the "opens next" line for a closed reception. */
function closedTexts(r) {
  const title = r.why === 'closed_early' ? i18n.raw('kiosk-reception-closed-early', { reason: r.reason || '' }) : i18n.raw(CLOSED_KEYS[r.why] || 'kiosk-reception-over');
  let opens = '';
  if (r.opens) {
    const when = new Intl.DateTimeFormat(htmlLang(i18n.lang), { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(r.opens));
    opens = i18n.raw('kiosk-reception-opens', { when });
  }
  return { title, opens };
}

function fillClosed(box, titleEl, opensEl, r) {
  box.hidden = !r;
  if (!r) return;
  const { title, opens } = closedTexts(r);
  setRich(titleEl, title);
  setRich(opensEl, opens);
  opensEl.hidden = !opens;
}

function setRich(el, html) {
  const holder = new I18n();
  holder.lang = i18n.lang;
  holder.messages = { x: html };
  holder.fallback = {};
  holder.fill(el, 'x');
  return el;
}

/** An element holding API text (names, guidance), ruby-aware. */
function put(tag, text, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  return i18n.put(el, text);
}

function whereParts(service) {
  const g = service.guidance || {};
  return [service.section_name, g.floor, g.counters?.length ? joinList(g.counters) : null].filter(Boolean);
}

function whereHtml(service) {
  return whereParts(service).join(' · ');
}

// ---------------------------------------------------------------- data

async function loadServices() {
  const office = encodeURIComponent(state.office);
  const lang = encodeURIComponent(i18n.lang);
  const [services, events] = await Promise.all([
    api(`/api/v1/offices/${office}/services?lang=${lang}`),
    api(`/api/v1/offices/${office}/life-events?lang=${lang}`).catch(() => []),
  ]);
  state.services = services || [];
  state.lifeEvents = events || [];
  if (state.searchIndex.size === 0) {
    // Names in Japanese and English too, so "住民票" and "residence" both find it whatever the screen language.
    for (const l of ['ja', 'en']) {
      const [s, e] = await Promise.all([
        api(`/api/v1/offices/${office}/services?lang=${l}`).catch(() => []),
        api(`/api/v1/offices/${office}/life-events?lang=${l}`).catch(() => []),
      ]);
      for (const x of s) index(x.id, [x.name, x.category_name, x.section_name, x.guidance?.queue_name, x.guidance?.description]);
      for (const x of e) index(`life:${x.id}`, [x.name, ...(x.steps || []).map((st) => st.service_name)]);
    }
  }
}

function index(id, texts) {
  state.searchIndex.set(id, (state.searchIndex.get(id) || '') + ' ' + normalise(texts.filter(Boolean).join(' ')));
}

async function loadOffice() {
  try {
    const offices = await api(`/api/v1/offices?lang=${encodeURIComponent(i18n.lang)}`);
    const o = offices.find((x) => x.id === state.office);
    if (o) {
      state.officeName = o.name;
      for (const q of o.queues || []) state.queues.set(q.id, q);
    }
    noteReachable(true);
  } catch (e) {
    if (e instanceof ApiError && e.offline) noteReachable(false);
  }
}

function categories() {
  const seen = new Map();
  for (const s of state.services) {
    if (!seen.has(s.category)) seen.set(s.category, { id: s.category, name: s.category_name, icon: s.icon, services: [] });
    seen.get(s.category).services.push(s);
  }
  return [...seen.values()];
}

/** Life events that belong with a topic: the ones drawn with the topic's icon. */
function lifeEventsFor(category) {
  return state.lifeEvents.filter((e) => e.icon && e.icon === category?.icon);
}

// ---------------------------------------------------------------- screens

function show(name, { push = true } = {}) {
  if (push && state.screen !== name && !['issuing', 'error', 'ticket'].includes(state.screen)) state.trail.push(state.screen);
  state.screen = name;
  for (const s of SCREENS) $(`screen-${s}`).hidden = s !== name;
  document.body.dataset.screen = name;
  $('lang-switch').hidden = name === 'start';
  $('main').scrollTop = 0;
  window.scrollTo(0, 0);
  const heading = $(`screen-${name}`).querySelector('h1');
  if (heading) {
    heading.setAttribute('tabindex', '-1');
    heading.focus({ preventScroll: true });
  }
}

function back() {
  const prev = state.trail.pop() || 'start';
  show(prev, { push: false });
}

function home() {
  state.trail = [];
  state.list = null;
  state.selected = null;
  state.life = null;
  state.answers = {};
  state.ticket = null;
  $('search-input').value = '';
  show('start', { push: false });
}

function renderChrome() {
  i18n.apply();
  $('office-name').textContent = plainText(state.officeName);
  const current = state.languages.find((l) => l.tag === i18n.lang);
  $('lang-current').textContent = current ? current.name : i18n.lang;
  $('lang-current').lang = htmlLang(i18n.lang);
  renderLanguages($('lang-list'));
  renderLanguages($('lang-dialog-list'));
}

function renderLanguages(ul) {
  ul.replaceChildren(
    ...state.languages.map((l) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'btn lang-btn';
      b.lang = htmlLang(l.tag);
      b.dataset.lang = l.tag;
      b.setAttribute('aria-pressed', String(l.tag === i18n.lang));
      const mark = document.createElement('span');
      mark.className = 'lang-mark';
      mark.setAttribute('aria-hidden', 'true');
      b.append(mark, document.createTextNode(l.name));
      b.addEventListener('click', () => chooseLanguage(l.tag));
      li.append(b);
      return li;
    }),
  );
}

function renderStart() {
  // When nothing takes tickets (at night, on a holiday), say so first.
  const closed = state.services.map(closedReception);
  const all = closed.length > 0 && closed.every(Boolean);
  const soonest = all ? closed.filter((r) => r.opens).sort((a, b) => Date.parse(a.opens) - Date.parse(b.opens))[0] || closed[0] : null;
  fillClosed($('reception-banner'), $('reception-banner-title'), $('reception-banner-opens'), soonest);
  $('category-list').replaceChildren(
    ...categories().map((c) => {
      const li = document.createElement('li');
      const b = document.createElement('button');
      b.type = 'button';
      b.className = 'category';
      b.dataset.category = c.id;
      const ic = document.createElement('span');
      ic.className = 'category-icon';
      ic.append(categoryIcon(c.id, c.icon));
      const text = document.createElement('span');
      text.className = 'category-text';
      text.append(
        put('span', c.name, 'category-name'),
        put('span', joinList(c.services.slice(0, 3).map((s) => s.name)), 'category-examples'),
      );
      b.append(ic, text, icon('next', 'category-arrow'));
      b.addEventListener('click', () => openList({ type: 'category', id: c.id }));
      li.append(b);
      return li;
    }),
  );
}

function openList(list) {
  state.list = list;
  renderList();
  show('list');
}

function renderList() {
  const list = state.list;
  if (!list) return;
  let services;
  let events;
  if (list.type === 'category') {
    const c = categories().find((x) => x.id === list.id);
    services = c ? c.services : [];
    events = lifeEventsFor(c);
    const title = $('list-title');
    title.replaceChildren(categoryIcon(list.id, c?.icon), put('span', c ? c.name : ''));
  } else {
    const words = normalise(list.query);
    const hit = (id, texts) => (normalise(texts.join(' ')) + (state.searchIndex.get(id) || '')).includes(words);
    services = state.services.filter((s) => hit(s.id, [s.name, s.category_name, s.section_name]));
    events = state.lifeEvents.filter((e) => hit(`life:${e.id}`, [e.name]));
    i18n.fill($('list-title'), 'kiosk-search-results', { query: list.query });
  }
  $('list-empty').hidden = services.length + events.length > 0;
  $('list-hint').hidden = services.length === 0;
  $('life-box').hidden = events.length === 0;
  $('life-list').replaceChildren(...events.map(lifeItem));
  $('service-list').replaceChildren(...services.map(serviceItem));
}

function serviceItem(s) {
  const li = document.createElement('li');
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'service';
  b.dataset.service = s.id;
  const where = document.createElement('span');
  where.className = 'service-where';
  where.append(icon('place'), put('span', whereHtml(s)));
  const wait = document.createElement('span');
  wait.className = 'service-wait';
  const q = state.queues.get(s.queue);
  const closed = closedReception(s);
  if (closed) {
    b.classList.add('closed');
    const { title, opens } = closedTexts(closed);
    wait.append(icon('clock'), setRich(document.createElement('span'), [title, opens].filter(Boolean).join(' · ')));
  } else if (q) {
    wait.append(
      icon('people'),
      setRich(document.createElement('span'), `${i18n.raw('kiosk-queue-waiting', { count: q.waiting })} · ${waitText(q.estimated_wait_seconds, q.estimated_wait_p90_seconds)}`),
    );
  }
  b.append(put('span', s.name, 'service-name'), where, wait, icon('next', 'service-arrow'));
  b.addEventListener('click', () => openConfirm(s));
  li.append(b);
  return li;
}

function lifeItem(e) {
  const li = document.createElement('li');
  const b = document.createElement('button');
  b.type = 'button';
  b.className = 'service life-item';
  b.dataset.lifeEvent = e.id;
  const steps = document.createElement('span');
  steps.className = 'service-where';
  steps.append(icon('list'), put('span', joinList(e.steps.map((s) => s.service_name))));
  b.append(put('span', e.name, 'service-name'), steps, icon('next', 'service-arrow'));
  b.addEventListener('click', () => openLife(e));
  li.append(b);
  return li;
}

// ---------------------------------------------------------------- one service

function openConfirm(service) {
  state.selected = service;
  state.life = null;
  renderConfirm();
  show('confirm');
  loadOffice().then(() => state.screen === 'confirm' && renderConfirm());
}

function renderConfirm() {
  const s = state.selected;
  if (!s) return;
  const g = s.guidance || {};
  i18n.put($('confirm-service'), s.name);
  $('confirm-description').hidden = !g.description;
  i18n.put($('confirm-description'), g.description || '');
  i18n.put($('confirm-where'), whereHtml(s));
  const q = state.queues.get(s.queue);
  setRich(
    $('confirm-waiting'),
    q ? `${i18n.raw('kiosk-people-count', { count: q.waiting })} · ${waitText(q.estimated_wait_seconds, q.estimated_wait_p90_seconds)}` : i18n.raw('kiosk-wait-unknown'),
  );
  const closed = closedReception(s);
  fillClosed($('confirm-closed'), $('confirm-closed-title'), $('confirm-closed-opens'), closed);
  $('take-ticket').hidden = Boolean(closed);
  fillBring($('confirm-bring-row'), $('confirm-bring'), g.bring);
  $('confirm-fee-row').hidden = !g.fee;
  i18n.put($('confirm-fee'), g.fee || '');
  $('confirm-time-row').hidden = !g.time;
  i18n.put($('confirm-time'), g.time || '');
}

function fillBring(row, ul, bring) {
  const items = Array.isArray(bring) ? bring : bring ? [bring] : [];
  row.hidden = items.length === 0;
  ul.replaceChildren(...items.map((b) => put('li', b)));
}

// ---------------------------------------------------------------- a life event

function openLife(e) {
  state.life = e;
  state.selected = null;
  state.answers = {};
  renderLife();
  show('life');
}

/**
 * The visits that remain with the answers given, as the server will resolve
 * them (queue-core's `journey::resolve`): every service of a visit carries
 * its own question, so a "no" leaves out just that service; a visit with no
 * service left goes; neighbouring visits of the same queue then become one
 * (each service once). Unanswered questions keep their services: nobody
 * misses a counter. The ticket screen shows the journey the server issued.
 */
function lifeSteps() {
  const e = state.life;
  if (!e) return [];
  const out = [];
  for (const visit of e.steps) {
    for (const part of visitServices(visit)) {
      if (part.when && state.answers[part.when] === false) continue;
      const last = out.at(-1);
      if (last && last.queue === visit.queue) {
        if (last.service !== part.service && !last.also.includes(part.service)) {
          last.also.push(part.service);
          last.also_names.push(part.name);
        }
      } else {
        out.push({ ...visit, service: part.service, service_name: part.name, also: [], also_names: [] });
      }
    }
  }
  return out;
}

/** A visit's services with their questions; from a server without `services`, the visit as one block. */
function visitServices(visit) {
  if (Array.isArray(visit.services)) return visit.services;
  const when = visit.when || [];
  const all = when.length === 0 || when.some((q) => state.answers[q] !== false);
  if (!all) return [];
  return [visit.service, ...(visit.also || [])].map((service, i) => ({ service, name: i === 0 ? visit.service_name : visit.also_names?.[i - 1], when: null }));
}

function renderLife() {
  const e = state.life;
  if (!e) return;
  i18n.put($('life-event-title'), e.name);
  $('life-questions').replaceChildren(
    ...(e.questions || []).map((q) => {
      const box = document.createElement('fieldset');
      box.className = 'question';
      const legend = put('legend', q.text);
      const row = document.createElement('div');
      row.className = 'answer-row';
      for (const [value, key] of [
        [true, 'kiosk-yes'],
        [false, 'kiosk-no'],
      ]) {
        const b = document.createElement('button');
        b.type = 'button';
        b.className = 'btn answer';
        b.dataset.question = q.id;
        b.dataset.answer = String(value);
        b.setAttribute('aria-pressed', String(state.answers[q.id] === value));
        const mark = document.createElement('span');
        mark.className = 'lang-mark';
        mark.setAttribute('aria-hidden', 'true');
        b.append(mark, i18n.el('span', key));
        b.addEventListener('click', () => {
          state.answers[q.id] = value;
          renderLife();
        });
        row.append(b);
      }
      box.append(legend, row);
      return box;
    }),
  );
  renderSteps($('life-steps'), lifeSteps());
}

function renderSteps(ol, steps, journey) {
  ol.replaceChildren(
    ...steps.map((s, i) => {
      const li = document.createElement('li');
      li.className = 'step';
      if (journey?.[i]?.status) li.dataset.status = journey[i].status;
      // What the visit is, for people who check the screen against the ticket (and for tests).
      li.dataset.queue = s.queue || '';
      li.dataset.section = s.section || '';
      li.dataset.services = [s.service, ...(s.also || [])].filter(Boolean).join(' ');
      const names = [s.service_name, ...(s.also_names || [])].filter(Boolean);
      li.append(put('span', joinList(names), 'step-name'), put('span', [s.section_name, s.floor].filter(Boolean).join(' · '), 'step-where'));
      return li;
    }),
  );
}

// ---------------------------------------------------------------- issuing

async function issue(body) {
  if (state.busy) return;
  state.busy = true;
  for (const b of document.querySelectorAll('#take-ticket, #take-life-ticket')) b.disabled = true;
  show('issuing');
  try {
    const { status, body: ticket } = await apiResponse(`/api/v1/offices/${encodeURIComponent(state.office)}/tickets`, {
      method: 'POST',
      body: { ...body, lang: i18n.lang },
      token: state.token,
      timeout: 15000,
    });
    // Only a 201 with a number is a ticket. Anything else is not shown as one.
    if (status !== 201 || !ticket || typeof ticket.number !== 'string') throw new ApiError(status, 'unexpected_answer', 'no ticket in answer');
    state.ticket = ticket;
    state.ticketFor = state.life ? { life: state.life, steps: lifeSteps() } : { service: state.selected };
    noteReachable(true);
    renderTicket();
    show('ticket');
    loadQr(ticket);
    if (param('print') !== '0') printTicket(ticket);
  } catch (e) {
    showError(e);
  } finally {
    state.busy = false;
    for (const b of document.querySelectorAll('#take-ticket, #take-life-ticket')) b.disabled = false;
  }
}

function takeTicket() {
  if (state.selected) issue({ service: state.selected.id });
}

function takeLifeTicket() {
  if (state.life) issue({ life_event: state.life.id, answers: { ...state.answers } });
}

function showError(e) {
  let key = 'kiosk-error-other';
  if (e instanceof ApiError) {
    if (e.code === 'offline') key = 'kiosk-error-offline';
    else if (e.code === 'timeout') key = 'kiosk-error-timeout';
    else if (e.status === 401 || e.status === 403) key = 'kiosk-error-setup';
    else if (e.status === 503) key = 'kiosk-error-busy';
    else if (e.code === 'reception_closed') key = 'kiosk-error-closed';
    if (e.offline) noteReachable(false);
  }
  state.lastError = key;
  i18n.fill($('error-detail'), key);
  show('error');
}

function renderTicket() {
  const t = state.ticket;
  if (!t) return;
  const life = state.ticketFor?.life ? state.lifeEvents.find((e) => e.id === state.ticketFor.life.id) || state.ticketFor.life : null;
  const s = state.services.find((x) => x.id === t.service) || state.ticketFor?.service;
  $('screen-ticket').dataset.ticketId = t.id;
  $('ticket-number').textContent = t.number;
  i18n.put($('ticket-service'), life ? life.name : s ? s.name : '');
  const ahead = typeof t.position === 'number' ? t.position - 1 : null;
  if (ahead === null) i18n.fill($('ticket-ahead'), 'kiosk-wait-unknown');
  else if (ahead <= 0) i18n.fill($('ticket-ahead'), 'kiosk-ahead-none');
  else i18n.fill($('ticket-ahead'), 'kiosk-people-count', { count: ahead });
  setRich($('ticket-wait'), waitText(t.estimated_wait_seconds, t.estimated_wait_p90_seconds));
  i18n.put($('ticket-where'), s ? whereHtml(s) : '');
  fillBring($('ticket-bring-row'), $('ticket-bring'), s?.guidance?.bring);
  // A journey: every counter in order, with the same number.
  const steps = life ? lifeStepsFor(life, t) : [];
  $('ticket-journey').hidden = steps.length < 2;
  renderSteps($('ticket-steps'), steps, t.journey);
  // The block printed when the PDF cannot be.
  $('pt-office').textContent = plainText(state.officeName);
  $('pt-label').textContent = i18n.text('kiosk-your-number');
  $('pt-number').textContent = t.number;
  $('pt-service').textContent = plainText(life ? life.name : s ? s.name : '');
  $('pt-where').textContent = plainText(s ? whereHtml(s) : '');
  try {
    $('pt-time').textContent = new Intl.DateTimeFormat(htmlLang(i18n.lang), {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'Asia/Tokyo',
    }).format(new Date(t.issued_at));
  } catch {
    $('pt-time').textContent = t.issued_at;
  }
}

/** The life event's steps as the server resolved them for this ticket (its journey), named in the screen language. */
function lifeStepsFor(life, t) {
  if (!Array.isArray(t.journey)) return state.ticketFor?.steps || [];
  const names = new Map();
  for (const st of life.steps) {
    names.set(st.service, st.service_name);
    (st.also || []).forEach((a, i) => names.set(a, st.also_names?.[i]));
    for (const part of st.services || []) names.set(part.service, part.name);
  }
  const nameOf = (id) => names.get(id) || state.services.find((x) => x.id === id)?.name || id;
  return t.journey.map((j) => {
    const known = life.steps.find((s) => s.service === j.service) || life.steps.find((s) => s.queue === j.queue) || {};
    const svc = state.services.find((x) => x.id === j.service);
    return {
      service: j.service,
      also: j.also || [],
      queue: j.queue,
      section: j.section,
      service_name: j.service ? nameOf(j.service) : j.queue,
      // What the server kept for this visit, not every service the life event might need.
      also_names: (j.also || []).map(nameOf),
      section_name: known.section_name || svc?.section_name || '',
      floor: known.floor || svc?.guidance?.floor || '',
    };
  });
}

async function loadQr(t) {
  $('qr-figure').hidden = true;
  try {
    const res = await fetchRaw(`/api/v1/tickets/${encodeURIComponent(t.id)}/qr.svg`, { token: state.token, accept: 'image/svg+xml' });
    const svg = safeSvg(await res.text());
    if (state.ticket !== t) return;
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', i18n.text('kiosk-qr-label'));
    $('qr-box').replaceChildren(svg);
    const printed = svg.cloneNode(true);
    printed.removeAttribute('role');
    printed.removeAttribute('aria-label');
    printed.setAttribute('aria-hidden', 'true');
    $('pt-qr').replaceChildren(printed);
    $('qr-figure').hidden = false;
  } catch {
    // No QR (offline): the printed ticket still has one.
  }
}

/** Parses an SVG document and keeps only drawing: no scripts, handlers, links or inline styles. */
function safeSvg(text) {
  const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
  const root = doc.documentElement;
  if (!root || root.nodeName.toLowerCase() !== 'svg' || doc.querySelector('parsererror')) throw new Error('not an svg');
  for (const bad of root.querySelectorAll('script, foreignObject, iframe, a, style')) bad.remove();
  for (const el of [root, ...root.querySelectorAll('*')]) {
    for (const a of [...el.attributes]) {
      if (/^on/i.test(a.name) || a.name === 'style' || /href$/i.test(a.name)) el.removeAttribute(a.name);
    }
  }
  root.removeAttribute('width');
  root.removeAttribute('height');
  return document.importNode(root, true);
}

/**
 * Prints the ticket. With `&printer=ID` the kiosk asks the server to print
 * on that office printer (thermal, ESC/POS). Otherwise the browser prints
 * the server's PDF from a hidden frame, or, failing that, the page's own
 * print-only ticket block. On a kiosk started with `--kiosk-printing` the
 * browser prints without a dialog.
 */
async function printTicket(t) {
  const printer = param('printer');
  delete $('print-status').dataset.tone;
  if (printer) {
    i18n.fill($('print-status'), 'kiosk-printing');
    try {
      await api(`/api/v1/tickets/${encodeURIComponent(t.id)}/print`, { method: 'POST', token: state.token, body: { printer }, timeout: 8000 });
    } catch {
      // The desks are told the printer needs attention; the resident keeps the screen and the QR.
      i18n.fill($('print-status'), 'kiosk-printer-failed');
      $('print-status').dataset.tone = 'alert';
    }
    return;
  }
  i18n.fill($('print-status'), 'kiosk-printing');
  let printed = false;
  try {
    // Only a real PDF is printed: check it first (an error page must not come out on paper).
    const res = await fetchRaw(`/api/v1/tickets/${encodeURIComponent(t.id)}/ticket.pdf`, { token: state.token, accept: 'application/pdf' });
    if (!/pdf/i.test(res.headers.get('content-type') || '')) throw new Error('not a pdf');
    const frame = document.createElement('iframe');
    frame.className = 'print-frame';
    frame.setAttribute('aria-hidden', 'true');
    frame.tabIndex = -1;
    frame.title = t.number;
    // A same-origin address (the page's CSP allows no blob: frames); a frame cannot send a header, so the token rides along.
    const src = `/api/v1/tickets/${encodeURIComponent(t.id)}/ticket.pdf?access_token=${encodeURIComponent(state.token || '')}`;
    await new Promise((resolve, reject) => {
      frame.addEventListener('load', resolve, { once: true });
      frame.addEventListener('error', reject, { once: true });
      frame.src = src;
      document.body.append(frame);
      setTimeout(() => reject(new Error('pdf load timeout')), 8000);
    });
    frame.contentWindow.focus();
    frame.contentWindow.print();
    printed = true;
    setTimeout(() => frame.remove(), 60000);
  } catch {
    printed = false;
  }
  if (!printed) window.print();
}

// ---------------------------------------------------------------- language

async function chooseLanguage(tag) {
  if ($('lang-dialog').open) $('lang-dialog').close();
  try {
    await i18n.use(tag);
  } catch {
    return;
  }
  try {
    await loadServices();
  } catch (e) {
    if (e instanceof ApiError && e.offline) noteReachable(false);
  }
  // What is on screen follows the new language.
  if (state.selected) state.selected = state.services.find((s) => s.id === state.selected.id) || state.selected;
  if (state.life) state.life = state.lifeEvents.find((e) => e.id === state.life.id) || state.life;
  await loadOffice();
  renderChrome();
  renderStart();
  if (state.screen === 'list') renderList();
  if (state.screen === 'confirm') renderConfirm();
  if (state.screen === 'life') renderLife();
  if (state.screen === 'ticket') renderTicket();
  if (state.screen === 'error' && state.lastError) i18n.fill($('error-detail'), state.lastError);
}

// ---------------------------------------------------------------- idle reset

function touched() {
  state.lastTouch = Date.now();
  hideIdle();
}

function pristine() {
  return state.screen === 'start' && i18n.lang === state.defaultLang && !$('search-input').value && !$('lang-dialog').open && !theme.has('large') && !theme.has('contrast');
}

function idleTick() {
  if (state.screen === 'issuing' || pristine()) {
    state.lastTouch = Date.now();
    hideIdle();
    return;
  }
  const left = IDLE_MS - (Date.now() - state.lastTouch);
  if (left <= 0) {
    hideIdle();
    resetToStart();
  } else if (left <= COUNTDOWN_MS) {
    const seconds = Math.ceil(left / 1000);
    if ($('idle').hidden) {
      $('idle').hidden = false;
      $('idle-announce').textContent = i18n.text('kiosk-idle-countdown', { seconds });
    }
    if ($('idle').dataset.seconds !== String(seconds)) {
      i18n.fill($('idle-text'), 'kiosk-idle-countdown', { seconds });
      $('idle').dataset.seconds = String(seconds);
    }
  } else {
    hideIdle();
  }
}

function hideIdle() {
  if (!$('idle').hidden) {
    $('idle').hidden = true;
    $('idle-announce').textContent = '';
    delete $('idle').dataset.seconds;
  }
}

async function resetToStart() {
  if ($('lang-dialog').open) $('lang-dialog').close();
  // The next resident starts as every resident does: the language, large
  // text and high contrast chosen by the last one go with them.
  theme.set('large', false);
  theme.set('contrast', false);
  home();
  if (i18n.lang !== state.defaultLang) await chooseLanguage(state.defaultLang);
  state.lastTouch = Date.now();
}

// ---------------------------------------------------------------- connection

function noteReachable(ok) {
  if (ok) {
    state.offlineSince = null;
    setOfflineBanner(false);
  } else if (state.offlineSince === null) {
    state.offlineSince = Date.now();
  }
}

function setOfflineBanner(on) {
  $('net-banner').hidden = !on;
  document.body.classList.toggle('is-offline', on);
}

function watchConnection() {
  if (state.token) {
    const feed = new OfficeFeed({
      office: state.office,
      token: () => state.token,
      onSnapshot: (snap) => {
        for (const q of snap.queues || []) mergeQueue(q);
        noteReachable(true);
        refreshLive();
      },
      onEvent: (ev) => {
        for (const q of ev.queues || []) mergeQueue(q);
        refreshLive();
      },
      onState: (s) => {
        if (s === 'online') noteReachable(true);
        else if (s === 'offline') noteReachable(false);
      },
    });
    feed.start();
  }
  // A health check as well: it also covers a kiosk without a token yet.
  const check = async () => {
    try {
      const r = await fetch('/healthz', { cache: 'no-store' });
      if (!r.ok) noteReachable(false);
      else if (!state.token) noteReachable(true);
    } catch {
      noteReachable(false);
    }
  };
  setInterval(check, 10000);
  window.addEventListener('offline', () => noteReachable(false));
  window.addEventListener('online', check);
  setInterval(() => {
    if (state.offlineSince !== null && Date.now() - state.offlineSince >= OFFLINE_GRACE_MS) setOfflineBanner(true);
  }, 500);
}

/** Live figures from the feed; the names stay those of the screen language. */
function mergeQueue(q) {
  const known = state.queues.get(q.id) || {};
  state.queues.set(q.id, { ...known, waiting: q.waiting, estimated_wait_seconds: q.estimated_wait_seconds, estimated_wait_p90_seconds: q.estimated_wait_p90_seconds, reception: q.reception, id: q.id });
}

function refreshLive() {
  if (state.screen === 'start') renderStart();
  if (state.screen === 'list') renderList();
  if (state.screen === 'confirm') renderConfirm();
}

// ---------------------------------------------------------------- start

function bind() {
  placeIcons();
  theme.bind();
  for (const b of document.querySelectorAll('[data-action="back"]')) b.addEventListener('click', back);
  for (const b of document.querySelectorAll('[data-action="home"]')) b.addEventListener('click', home);
  $('take-ticket').addEventListener('click', takeTicket);
  $('take-life-ticket').addEventListener('click', takeLifeTicket);
  $('retry').addEventListener('click', () => {
    if (state.life) show('life', { push: false });
    else if (state.selected) show('confirm', { push: false });
    else home();
  });
  $('done').addEventListener('click', resetToStart);
  $('print-again').addEventListener('click', () => state.ticket && printTicket(state.ticket));
  $('idle-continue').addEventListener('click', touched);
  $('lang-switch').addEventListener('click', () => $('lang-dialog').showModal());
  $('lang-dialog-close').addEventListener('click', () => $('lang-dialog').close());
  $('search-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const q = $('search-input').value.trim();
    if (q) openList({ type: 'search', query: q });
  });
  for (const type of ['pointerdown', 'keydown', 'input', 'touchstart', 'wheel']) {
    document.addEventListener(type, touched, { capture: true, passive: true });
  }
  setInterval(idleTick, 250);
}

async function main() {
  bind();
  state.token = adoptToken('kiosk');
  // Without its token the kiosk cannot issue: a lock screen, rather than
  // letting a resident choose a service and fail at the end.
  $('screen-locked').hidden = Boolean(state.token);
  document.body.classList.toggle('locked', !state.token);
  const requested = param('lang');
  try {
    state.languages = await loadLanguages();
  } catch {
    state.languages = [];
  }
  const known = state.languages.map((l) => l.tag);
  state.defaultLang = requested && (known.length === 0 || known.includes(requested)) ? requested : 'ja';
  try {
    await i18n.use(state.defaultLang);
  } catch {
    // Without a catalog the keys show; the page still works.
  }
  if (!state.token) {
    const en = await loadCatalog('en').catch(() => null);
    $('locked-en').textContent = i18n.lang === 'en' ? '' : en?.messages['kiosk-not-set-up'] || '';
  }
  try {
    state.office = await resolveOffice();
  } catch {
    state.office = param('office') || 'yahatanishi';
  }
  try {
    await loadServices();
    $('services-error').hidden = true;
  } catch {
    $('services-error').hidden = false;
    noteReachable(false);
  }
  await loadOffice();
  renderChrome();
  renderStart();
  show('start', { push: false });
  watchConnection();
  // Reception hours pass while nobody touches the kiosk (16:30 for one
  // service, 17:15 for all): the list is fetched again every minute.
  setInterval(() => {
    loadServices()
      .then(() => {
        refreshLive();
        if (state.screen === 'confirm') renderConfirm();
      })
      .catch(() => {});
  }, 60000);
  document.documentElement.dataset.ready = 'true';
}

main();
