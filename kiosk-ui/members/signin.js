// The one sign-in for members, moderators and staff on the modules' pages.
// The session token is kept in this browser (the pages send it as a bearer
// token, never as a cookie, so no other site can make the browser use it);
// `?next=/m/…` returns to the page that asked.

import { api, param, storeToken, storedToken } from '/ui/shared/api.js';
import { I18n, htmlLang, staffPageLanguage, startLanguagePicker } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
let token = storedToken('member');

/** Only a page of this site's modules: never another site. */
function nextPage() {
  const next = param('next') || '/m/';
  return /^\/m\/[A-Za-z0-9_\-/]*(\?[^#]*)?$/.test(next) && !next.startsWith('//') ? next : '/m/';
}

function translate() {
  document.documentElement.lang = htmlLang(i18n.lang);
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('members-sign-in');
}

async function show() {
  $('next').href = nextPage();
  if (!token) {
    $('sign-in-form').hidden = false;
    $('signed-in').hidden = true;
    return;
  }
  try {
    const who = await api('/api/v1/session', { token });
    i18n.fill($('signed-in-text'), 'members-signed-in', { name: who.name || who.role });
    $('sign-in-form').hidden = true;
    $('signed-in').hidden = false;
  } catch {
    token = null;
    storeToken('member', null);
    $('sign-in-form').hidden = false;
    $('signed-in').hidden = true;
  }
}

async function signIn(event) {
  event.preventDefault();
  $('sign-in-error').textContent = '';
  try {
    const answer = await api('/api/v1/login', { method: 'POST', body: { username: $('username').value, password: $('password').value } });
    token = answer.token;
    storeToken('member', token);
    if (param('next')) {
      window.location.assign(nextPage());
      return;
    }
    await show();
    $('signed-in').focus();
  } catch (e) {
    i18n.fill($('sign-in-error'), e.code === 'too_many_attempts' ? 'members-error-slow-down' : 'members-sign-in-failed');
  }
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), staffPageLanguage(param('lang')), async () => {
    translate();
    await show();
  });
  translate();
  $('sign-in-form').addEventListener('submit', signIn);
  $('sign-out').addEventListener('click', async () => {
    await api('/api/v1/logout', { method: 'POST', token }).catch(() => null);
    token = null;
    storeToken('member', null);
    await show();
  });
  await show();
  document.documentElement.dataset.ready = 'true';
}

main();
