// The moderation queue of every module: a moderator signs in, reads what
// members and residents submitted, and approves, hides or rejects each
// item (hiding and rejecting need a reason, which the submitter is told).
// Everything is a native form control, so it works from the keyboard.

import { api, adoptToken, param, storeToken } from '/ui/shared/api.js';
import { I18n, htmlLang, staffPageLanguage, startLanguagePicker } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
let token = adoptToken('moderator');
let modules = {};

const ERRORS = {
  reason_required: 'members-mod-error-reason',
  no_change: 'members-mod-error-no-change',
  unknown_item: 'members-mod-error-gone',
  forbidden: 'members-mod-error-forbidden',
};

function translate() {
  document.documentElement.lang = htmlLang(i18n.lang);
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('members-mod-title');
}

function when(iso) {
  return new Intl.DateTimeFormat(htmlLang(i18n.lang), { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Tokyo' }).format(new Date(iso));
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  try {
    const answer = await api('/api/v1/login', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    token = answer.token;
    storeToken('moderator', token);
    await start();
  } catch {
    i18n.fill($('sign-in-error'), 'members-sign-in-failed');
  }
}

function render(items) {
  const list = $('items');
  const template = $('item-template');
  list.replaceChildren(
    ...items.map((item, n) => {
      const li = template.content.firstElementChild.cloneNode(true);
      for (const el of li.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
      li.querySelector('.mod-summary').textContent = item.summary;
      li.querySelector('.mod-module').textContent = `${modules[item.module] || item.module} · ${item.kind}`;
      li.querySelector('.mod-when').textContent = when(item.submitted_at);
      li.querySelector('.mod-submitter').textContent = item.submitter;
      i18n.fill(li.querySelector('.mod-status'), `members-mod-${item.status}`);
      li.querySelector('.mod-reason').textContent = item.reason || '';
      li.querySelector('.mod-reason-term').hidden = !item.reason;
      const input = li.querySelector('.mod-reason-input');
      input.id = `reason-${n}`;
      li.querySelector('.mod-reason-label').htmlFor = input.id;
      const article = li.querySelector('article');
      article.setAttribute('aria-labelledby', `summary-${n}`);
      li.querySelector('.mod-summary').id = `summary-${n}`;
      // Only the decisions that change something.
      for (const b of li.querySelectorAll('button[value]')) b.hidden = `${b.value === 'approve' ? 'approved' : b.value === 'hide' ? 'hidden' : 'rejected'}` === item.status;
      li.querySelector('form').addEventListener('submit', (e) => decide(e, item, li));
      return li;
    }),
  );
  i18n.fill($('count'), 'members-mod-count', { count: String(items.length) });
}

async function decide(event, item, li) {
  event.preventDefault();
  const decision = event.submitter?.value;
  const reason = li.querySelector('.mod-reason-input').value.trim();
  const error = li.querySelector('.mod-error');
  error.textContent = '';
  if (decision !== 'approve' && !reason) {
    i18n.fill(error, 'members-mod-error-reason');
    li.querySelector('.mod-reason-input').focus();
    return;
  }
  try {
    await api(`/api/v1/moderation/${encodeURIComponent(item.id)}/${decision}`, { method: 'POST', token, body: reason ? { reason } : {} });
    await load();
    $('count').focus();
  } catch (e) {
    i18n.fill(error, ERRORS[e.code] || 'members-error-offline');
  }
}

async function load() {
  const status = $('status').value;
  const items = await api(`/api/v1/moderation?status=${encodeURIComponent(status)}`, { token });
  render(items);
}

async function start() {
  if (!token) {
    $('sign-in').hidden = false;
    $('workspace').hidden = true;
    $('sign-out').hidden = true;
    return;
  }
  try {
    const list = await api(`/api/v1/modules?lang=${encodeURIComponent(i18n.lang)}`);
    modules = Object.fromEntries(list.map((m) => [m.id, m.name]));
    await load();
    $('sign-in').hidden = true;
    $('workspace').hidden = false;
    $('sign-out').hidden = false;
  } catch (e) {
    token = null;
    storeToken('moderator', null);
    $('sign-in').hidden = false;
    $('workspace').hidden = true;
    if (e.code === 'forbidden') i18n.fill($('sign-in-error'), 'members-mod-error-forbidden');
  }
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), staffPageLanguage(param('lang')), async () => {
    translate();
    if (token) await start();
  });
  translate();
  $('sign-in-form').addEventListener('submit', signIn);
  $('status').addEventListener('change', load);
  $('sign-out').addEventListener('click', async () => {
    await api('/api/v1/logout', { method: 'POST', token }).catch(() => null);
    token = null;
    storeToken('moderator', null);
    await start();
  });
  await start();
  document.documentElement.dataset.ready = 'true';
}

main();
