// Accepting an invitation: the code (from the link or typed), then a user
// name and a password; the account acts for the organisation that invited
// it. The code is checked as soon as it is complete, so that the invitee
// sees whom they are joining before choosing a name.

import { api, param, storeToken } from '/ui/shared/api.js';
import { I18n, htmlLang, staffPageLanguage, startLanguagePicker } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);
let organisation = null;

/** Error codes of the API, as the invitee is told them. */
const ERRORS = {
  invitation_not_found: 'members-error-not-found',
  invitation_gone: 'members-error-gone',
  username_taken: 'members-error-taken',
  bad_request: 'members-error-invalid',
  rate_limited: 'members-error-slow-down',
  busy: 'members-error-busy',
  offline: 'members-error-offline',
  timeout: 'members-error-offline',
};

function say(el, key, vars) {
  if (key) i18n.fill(el, key, vars);
  else el.textContent = '';
}

function translate() {
  document.documentElement.lang = htmlLang(i18n.lang);
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('members-join-title');
  showOrganisation();
}

function orgName(org) {
  if (!org) return '';
  const names = org.name || {};
  return names[i18n.lang] || names['ja-x-easy'] || names.ja || org.id;
}

function showOrganisation() {
  if (organisation) say($('code-status'), 'members-code-ok', { organisation: orgName(organisation) });
}

/** Crockford base32, as the server reads it: 12 characters once the separators are gone. */
function complete(code) {
  return code.replace(/[\s\-ー－]/g, '').length === 12;
}

async function checkCode() {
  const code = $('code').value.trim();
  organisation = null;
  $('account').disabled = true;
  say($('join-error'));
  if (!complete(code)) {
    say($('code-status'));
    return;
  }
  try {
    const found = await api(`/api/v1/invitations/${encodeURIComponent(code)}`);
    organisation = found.organisation;
    $('code').value = found.code;
    $('account').disabled = false;
    showOrganisation();
  } catch (e) {
    say($('code-status'));
    say($('join-error'), ERRORS[e.code] || 'members-error-invalid');
  }
}

async function join(event) {
  event.preventDefault();
  say($('join-error'));
  if (!organisation) {
    await checkCode();
    if (!organisation) return;
  }
  const username = $('username').value.trim();
  const password = $('password').value;
  if (!username || password.length < 8) {
    say($('join-error'), 'members-error-invalid');
    (username ? $('password') : $('username')).focus();
    return;
  }
  const body = { username, password };
  const display = $('display-name').value.trim();
  if (display) body.display_name = display;
  try {
    const session = await api(`/api/v1/invitations/${encodeURIComponent($('code').value.trim())}/accept`, { method: 'POST', body });
    storeToken('member', session.token);
    $('join-form').hidden = true;
    say($('joined-text'), 'members-joined', { name: session.display_name || session.name, organisation: orgName(organisation) });
    $('joined').hidden = false;
    $('joined').focus();
  } catch (e) {
    say($('join-error'), ERRORS[e.code] || 'members-error-invalid');
    if (e.code === 'username_taken') $('username').focus();
  }
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), staffPageLanguage(param('lang')), async () => {
    translate();
  });
  translate();
  $('code').addEventListener('input', checkCode);
  $('join-form').addEventListener('submit', join);
  const code = param('code');
  if (code) {
    $('code').value = code;
    // The code is a one-time secret: not left in the address bar or history.
    const url = new URL(window.location.href);
    url.searchParams.delete('code');
    window.history.replaceState(null, '', url.pathname + url.search);
    await checkCode();
  }
  document.documentElement.dataset.ready = 'true';
}

main();
