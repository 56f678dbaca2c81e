// The portal of the ward's services (/m/): each office's congestion
// calendar, the side modules this server has enabled, and the way in for
// shops, facilities and groups. In every language of the ward.

import { api, param } from '/ui/shared/api.js';
import { I18n, htmlLang, startLanguagePicker } from '/ui/shared/i18n.js';

const i18n = new I18n();
const $ = (id) => document.getElementById(id);

function link(href, text, lang) {
  const li = document.createElement('li');
  const a = document.createElement('a');
  a.href = href;
  a.textContent = text;
  if (lang) a.lang = htmlLang(lang);
  li.append(a);
  return li;
}

async function render() {
  document.documentElement.lang = htmlLang(i18n.lang);
  for (const el of document.querySelectorAll('[data-i18n]')) i18n.fill(el, el.dataset.i18n);
  document.title = i18n.text('portal-title');
  const lang = encodeURIComponent(i18n.lang);
  const [offices, modules] = await Promise.all([api(`/api/v1/offices?lang=${lang}`).catch(() => []), api(`/api/v1/modules?lang=${lang}`).catch(() => [])]);
  $('status-link').href = `/status/?lang=${lang}`;
  i18n.fill($('status-link'), 'status-title');
  $('offices').replaceChildren(...offices.map((o) => link(`/calendar/${encodeURIComponent(o.id)}?lang=${lang}`, `${o.name} — ${i18n.text('portal-calendar')}`)));
  const enabled = modules.filter((m) => m.enabled);
  $('modules').replaceChildren(...enabled.map((m) => link(`/m/${encodeURIComponent(m.id)}/?lang=${lang}`, m.name)));
  $('no-modules').hidden = enabled.length > 0;
  for (const id of ['join', 'moderation']) $(id).href = `/m/${id}/?lang=${lang}`;
}

async function main() {
  await startLanguagePicker(i18n, $('lang'), param('lang'), async () => {
    await render();
  });
  await render();
  document.documentElement.dataset.ready = 'true';
}

main();
