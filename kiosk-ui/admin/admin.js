// The administration page: links to every device page of an office, the
// managers' view of forecast against actual arrivals per queue (an SVG
// chart drawn here), the next week's counter advice, and (for admins) the
// day's audit trail: who called, transferred or cancelled what, and when.

import { api, adoptToken, storeToken, ApiError, param } from '/ui/shared/api.js';
import { I18n, htmlLang, loadLanguages } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
const SVG = 'http://www.w3.org/2000/svg';
let token = adoptToken('admin');
let role = null;

/** The feed's event types, named for managers. */
const EVENT_KEYS = {
  'ticket.issued': 'admin-ev-issued',
  'ticket.called': 'admin-ev-called',
  'ticket.recalled': 'admin-ev-recalled',
  'ticket.started': 'admin-ev-started',
  'ticket.finished': 'admin-ev-finished',
  'ticket.advanced': 'admin-ev-advanced',
  'ticket.no_show': 'admin-ev-no-show',
  'ticket.cancelled': 'admin-ev-cancelled',
  'ticket.transferred': 'admin-ev-transferred',
  'ticket.journey_changed': 'admin-ev-journey-changed',
  'day.started': 'admin-ev-day-started',
  'printer.attention': 'admin-ev-printer-attention',
};

function translate() {
  document.documentElement.lang = i18n.lang === 'ja-x-easy' ? 'ja' : i18n.lang;
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('admin-title');
}

function isoDay(d) {
  return d.toISOString().slice(0, 10);
}

function addDays(date, n) {
  const d = new Date(date.getTime());
  d.setUTCDate(d.getUTCDate() + n);
  return d;
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  try {
    const answer = await api('/api/v1/login', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    token = answer.token;
    storeToken('admin', token);
    await start();
  } catch (e) {
    i18n.fill($('sign-in-error'), 'admin-sign-in-failed');
  }
}

async function start() {
  if (!token) {
    $('sign-in').hidden = false;
    $('workspace').hidden = true;
    return;
  }
  let session;
  try {
    session = await api('/api/v1/session', { token });
  } catch (e) {
    if (e instanceof ApiError && e.status === 401) {
      storeToken('admin', null);
      token = null;
      return start();
    }
    throw e;
  }
  role = session.role;
  $('sign-in').hidden = true;
  $('workspace').hidden = false;
  $('sign-out').hidden = false;
  const offices = await api(`/api/v1/offices?lang=${encodeURIComponent(i18n.lang)}`);
  const select = $('office');
  select.replaceChildren(
    ...offices
      .filter((o) => !session.office || o.id === session.office)
      .map((o) => new Option(o.name, o.id)),
  );
  const wanted = param('office');
  if (wanted) select.value = wanted;
  await showOffice();
}

async function showOffice() {
  const office = $('office').value;
  const [counters, offices] = await Promise.all([
    api(`/api/v1/offices/${office}/counters?lang=${encodeURIComponent(i18n.lang)}`),
    api(`/api/v1/offices?lang=${encodeURIComponent(i18n.lang)}`),
  ]);
  const links = [
    ['admin-kiosk', `/kiosk/?office=${office}`],
    ['admin-display', `/display/?office=${office}`],
    ['admin-calendar', `/calendar/${office}?lang=${i18n.lang}`],
    ...counters.map((c) => [null, `/desk/?office=${office}&counter=${c.id}`, `${i18n.text('admin-desk')}: ${c.name}`]),
    ['admin-portal', `/m/?lang=${i18n.lang}`],
    ['admin-moderation', `/m/moderation/?lang=${i18n.lang}`],
    // Every enabled side module's pages.
    ...(await api(`/api/v1/modules?lang=${encodeURIComponent(i18n.lang)}`).catch(() => []))
      .filter((m) => m.enabled)
      .map((m) => [null, `/m/${m.id}/?lang=${i18n.lang}`, m.name]),
  ];
  $('pages').replaceChildren(
    ...links.map(([key, href, label]) => {
      const li = document.createElement('li');
      const a = document.createElement('a');
      a.href = href;
      a.textContent = label || i18n.text(key);
      li.append(a);
      return li;
    }),
  );
  const queues = offices.find((o) => o.id === office)?.queues || [];
  const q = $('queue');
  const previous = q.value;
  q.replaceChildren(...queues.map((x) => new Option(`${x.id} — ${x.name}`, x.id)));
  if (queues.some((x) => x.id === previous)) q.value = previous;
  await Promise.all([showChart(), showWeek(), showAudit()]);
}

/** The day's changes at the office, newest first (admins only: the route refuses others). */
async function showAudit() {
  $('audit-box').hidden = role !== 'admin';
  if (role !== 'admin') return;
  const office = $('office').value;
  const date = $('audit-date').value;
  const audit = await api(`/api/v1/offices/${office}/audit${date ? `?date=${date}` : ''}`, { token });
  if (!date) $('audit-date').value = audit.date;
  const time = new Intl.DateTimeFormat(htmlLang(i18n.lang), { hour: '2-digit', minute: '2-digit', second: '2-digit', timeZone: 'Asia/Tokyo' });
  const rows = audit.entries
    .slice()
    .reverse()
    .map((e) => {
      const tr = document.createElement('tr');
      tr.dataset.type = e.type;
      const what = EVENT_KEYS[e.type] ? i18n.text(EVENT_KEYS[e.type]) : e.type;
      const number = e.number ? (e.from_queue ? `${e.number} (${e.from_queue} → ${e.queue})` : e.number) : e.note || '';
      for (const text of [time.format(new Date(e.at)), what, number, e.counter || '', e.actor || '']) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      return tr;
    });
  $('audit').replaceChildren(...rows);
  $('audit-empty').hidden = rows.length > 0;
}

async function showChart() {
  const office = $('office').value;
  const queue = $('queue').value;
  const today = new Date(`${isoDay(new Date())}T00:00:00Z`);
  const from = addDays(today, -56);
  const [forecast, history] = await Promise.all([
    api(`/api/v1/offices/${office}/forecast?from=${isoDay(from)}&days=84`),
    api(`/api/v1/offices/${office}/history?from=${isoDay(from)}&to=${isoDay(addDays(today, -1))}`, { token }),
  ]);
  const actual = new Map(history.days.filter((d) => d.queues[queue] !== undefined).map((d) => [d.date, d.queues[queue]]));
  const days = forecast.days.filter((d) => d.open);
  $('prior-note').hidden = !days.some((d) => d.queues[queue]?.source === 'prior');
  drawChart(days, queue, actual, isoDay(today));
  let errorSum = 0;
  let n = 0;
  for (const d of days) {
    if (actual.has(d.date)) {
      errorSum += Math.abs(actual.get(d.date) - d.queues[queue].arrivals);
      n += 1;
    }
  }
  if (n) i18n.fill($('error-note'), 'admin-error', { mae: (errorSum / n).toFixed(1) });
  else i18n.fill($('error-note'), 'admin-no-history');
}

function drawChart(days, queue, actual, today) {
  const W = 960;
  const H = 320;
  const pad = { l: 48, r: 12, t: 12, b: 36 };
  const values = days.flatMap((d) => [d.queues[queue]?.p90 || 0, actual.get(d.date) || 0]);
  const max = Math.max(10, ...values) * 1.05;
  const x = (i) => pad.l + (i * (W - pad.l - pad.r)) / Math.max(1, days.length - 1);
  const y = (v) => H - pad.b - (v * (H - pad.t - pad.b)) / max;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', `0 0 ${W} ${H}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', `${i18n.text('admin-chart-title')}: ${queue}`);
  const el = (name, attrs) => {
    const e = document.createElementNS(SVG, name);
    for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
    svg.append(e);
    return e;
  };
  const top = days.map((d, i) => `${x(i)},${y(d.queues[queue]?.p90 || 0)}`);
  const bottom = days.map((d, i) => `${x(i)},${y(d.queues[queue]?.p10 || 0)}`).reverse();
  el('polygon', { class: 'band', points: [...top, ...bottom].join(' ') });
  el('polyline', { class: 'forecast', points: days.map((d, i) => `${x(i)},${y(d.queues[queue]?.arrivals || 0)}`).join(' ') });
  el('line', { class: 'axis', x1: pad.l, y1: H - pad.b, x2: W - pad.r, y2: H - pad.b });
  el('line', { class: 'axis', x1: pad.l, y1: pad.t, x2: pad.l, y2: H - pad.b });
  for (const tick of [0, 0.5, 1]) {
    const v = Math.round(max * tick);
    el('text', { x: 4, y: y(v) + 4 }).textContent = String(v);
  }
  const todayIndex = days.findIndex((d) => d.date >= today);
  if (todayIndex > 0) el('line', { class: 'today', x1: x(todayIndex), y1: pad.t, x2: x(todayIndex), y2: H - pad.b });
  days.forEach((d, i) => {
    if (i % 10 === 0) el('text', { x: x(i) - 18, y: H - 12 }).textContent = d.date.slice(5);
    if (actual.has(d.date)) {
      const dot = el('circle', { class: 'actual', cx: x(i), cy: y(actual.get(d.date)), r: 4 });
      const title = document.createElementNS(SVG, 'title');
      title.textContent = `${d.date}: ${actual.get(d.date)} / ${d.queues[queue]?.arrivals}`;
      dot.append(title);
    }
  });
  $('chart').replaceChildren(svg);
}

async function showWeek() {
  const office = $('office').value;
  const forecast = await api(`/api/v1/offices/${office}/forecast?days=7`);
  const rows = [];
  for (const d of forecast.days.filter((x) => x.open)) {
    for (const [queue, f] of Object.entries(d.queues)) {
      const tr = document.createElement('tr');
      for (const text of [d.date, String(d.level), queue, f.arrivals.toFixed(0), String(f.counters)]) {
        const td = document.createElement('td');
        td.textContent = text;
        tr.append(td);
      }
      rows.push(tr);
    }
  }
  $('week').replaceChildren(...rows);
}

async function main() {
  const langs = await loadLanguages().catch(() => [{ tag: 'ja', name: '日本語' }]);
  const lang = param('lang') || 'ja';
  await i18n.use(lang);
  const select = $('lang');
  select.replaceChildren(...langs.map((l) => new Option(l.name, l.tag)));
  select.value = i18n.lang;
  select.addEventListener('change', async () => {
    await i18n.use(select.value);
    translate();
    await start();
  });
  translate();
  $('sign-in-form').addEventListener('submit', signIn);
  $('office').addEventListener('change', showOffice);
  $('queue').addEventListener('change', showChart);
  $('audit-date').addEventListener('change', showAudit);
  $('sign-out').addEventListener('click', () => {
    storeToken('admin', null);
    token = null;
    $('sign-out').hidden = true;
    start();
  });
  await start();
  // Tests and kiosks wait for this before they look.
  document.documentElement.dataset.ready = 'true';
}

main();
