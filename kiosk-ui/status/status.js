// The public congestion page (混雑状況): every office's queues — waiting,
// the estimated wait of a number taken now, the numbers being called,
// reception open or closed — live from the server's status stream, in the
// resident's language. The lamp is a word as well as a colour.

import { api, param } from '/ui/shared/api.js';
import { I18n, htmlLang, startLanguagePicker } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
const state = { names: new Map(), offices: [], updated: null, live: false };

function cell(tag, text, className) {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

function when(iso) {
  return new Intl.DateTimeFormat(htmlLang(i18n.lang), { timeZone: 'Asia/Tokyo', month: 'long', day: 'numeric', weekday: 'short', hour: 'numeric', minute: '2-digit' }).format(new Date(iso));
}

function render() {
  document.documentElement.lang = htmlLang(i18n.lang);
  document.title = i18n.text('status-title');
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  const only = param('office');
  $('offices').replaceChildren(
    ...state.offices
      .filter((o) => !only || o.office === only)
      .map((o) => {
        const section = cell('section');
        section.className = 'status-office';
        const h = cell('h2', state.names.get(o.office) || o.name);
        const table = cell('table');
        const head = cell('tr');
        for (const key of ['status-col-queue', 'status-col-waiting', 'status-col-wait', 'status-col-calling']) {
          const th = cell('th');
          th.scope = 'col';
          i18n.fill(th, key);
          head.append(th);
        }
        const thead = cell('thead');
        thead.append(head);
        const body = cell('tbody');
        for (const q of o.queues) {
          const tr = cell('tr');
          tr.dataset.queue = q.id;
          tr.dataset.level = q.reception === 'open' ? q.level : 'closed';
          const name = cell('th', `${q.id} ${state.names.get(`${o.office}/${q.id}`) || q.name}`);
          name.scope = 'row';
          const wait = cell('td', undefined, 'status-wait');
          if (q.reception === 'closed') {
            i18n.fill(wait, 'status-closed');
            if (q.opens) wait.append(' · ', i18n.text('status-opens', { when: when(q.opens) }));
          } else {
            const lamp = cell('span', undefined, `lamp lamp-${q.level}`);
            i18n.fill(lamp, `status-level-${q.level}`);
            wait.append(lamp, ' ', i18n.text('status-wait-minutes', { minutes: Math.round(q.estimated_wait_seconds / 60) }));
          }
          const calling = cell('td', q.now_calling.length ? q.now_calling.join(', ') : i18n.text('status-none'), 'num');
          const waiting = cell('td', String(q.waiting), 'num');
          // On a phone the rows become cards: each cell says what it is.
          waiting.dataset.label = i18n.text('status-col-waiting');
          wait.dataset.label = i18n.text('status-col-wait');
          calling.dataset.label = i18n.text('status-col-calling');
          tr.append(name, waiting, wait, calling);
          body.append(tr);
        }
        table.append(thead, body);
        section.append(h, table);
        return section;
      }),
  );
  if (state.updated) {
    const t = new Intl.DateTimeFormat(htmlLang(i18n.lang), { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit', second: '2-digit' }).format(state.updated);
    $('updated').textContent = i18n.text('status-updated', { time: t });
  }
  i18n.fill($('live-state'), state.live ? 'status-live' : 'status-offline');
  document.body.dataset.live = String(state.live);
}

/** Office and queue names in the page's language (the stream speaks Japanese). */
async function loadNames() {
  const offices = await api(`/api/v1/public/status?lang=${encodeURIComponent(i18n.lang)}`).catch(() => []);
  state.names = new Map();
  for (const o of offices) {
    state.names.set(o.office, o.name);
    for (const q of o.queues) state.names.set(`${o.office}/${q.id}`, q.name);
  }
  if (!state.offices.length) {
    state.offices = offices;
    state.updated = new Date();
  }
}

function follow() {
  const source = new EventSource('/api/v1/public/status/stream');
  source.addEventListener('status', (e) => {
    try {
      state.offices = JSON.parse(e.data);
      state.updated = new Date();
      state.live = true;
      render();
    } catch {
      // A malformed message changes nothing on screen.
    }
  });
  source.addEventListener('error', () => {
    // EventSource reconnects by itself; say so meanwhile.
    state.live = false;
    render();
  });
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), param('lang'), async () => {
    await loadNames();
    render();
  });
  await loadNames();
  render();
  follow();
  document.documentElement.dataset.ready = 'true';
}

main();
