// Page text from the locale catalogs (`config/locales/{lang}/ui.ftl`, served
// as JSON by `GET /api/v1/i18n/{lang}`).
//
// Markup names its text with attributes; nothing readable is written in the
// HTML or JS themselves:
//   <h1 data-i18n="kiosk-title"></h1>
//   <input data-i18n-placeholder="kiosk-search-placeholder">
//   <button data-i18n-aria-label="theme-large-text">
// Variables are written `{$name}` in the catalog and filled here.
//
// やさしい日本語 (`ja-x-easy`) carries furigana as <ruby> markup, so its
// strings are inserted as HTML after a strict allow-list pass; every other
// language is inserted as text.

const EASY = 'ja-x-easy';
const ALLOWED = new Set(['RUBY', 'RT', 'RP', 'RB', 'BR', 'STRONG', 'EM', 'B']);
const PLACEHOLDER = /\{\s*\$([A-Za-z0-9_-]+)\s*\}/g;

/** The `lang` attribute value for a catalog tag. */
export function htmlLang(tag) {
  return tag === EASY ? 'ja' : tag;
}

/** `<option>`s for a language picker, each named in its own script and language, `current` selected. */
export function languageOptions(languages, current) {
  return languages.map((l) => {
    const o = document.createElement('option');
    o.value = l.tag;
    o.lang = htmlLang(l.tag);
    o.textContent = l.name;
    o.selected = l.tag === current;
    return o;
  });
}

const catalogCache = new Map();

/** Loads a catalog; resolves to `{lang, messages}` (empty messages on failure). */
export async function loadCatalog(lang) {
  if (catalogCache.has(lang)) return catalogCache.get(lang);
  const pending = fetch(`/api/v1/i18n/${encodeURIComponent(lang)}`, { headers: { Accept: 'application/json' } })
    .then((r) => (r.ok ? r.json() : Promise.reject(new Error(`i18n ${r.status}`))))
    .then((c) => ({ lang: c.lang || lang, messages: c.messages || {} }))
    .catch((e) => {
      catalogCache.delete(lang);
      throw e;
    });
  catalogCache.set(lang, pending);
  return pending;
}

/** The configured languages: `[{tag, name}]`, each name in its own script. */
export async function loadLanguages() {
  const r = await fetch('/api/v1/i18n', { headers: { Accept: 'application/json' } });
  if (!r.ok) throw new Error(`i18n list ${r.status}`);
  const body = await r.json();
  return body.languages || [];
}

/**
 * A page's language picker: fills `select` with the configured languages,
 * puts `i18n` in `initial` (else Japanese), and after every switch calls
 * `onChange` so the page can write itself again.
 */
export async function startLanguagePicker(i18n, select, initial, onChange) {
  const langs = await loadLanguages().catch(() => [{ tag: 'ja', name: '日本語' }]);
  await i18n.use(initial || 'ja');
  select.replaceChildren(...languageOptions(langs, i18n.lang));
  select.addEventListener('change', async () => {
    await i18n.use(select.value);
    await onChange();
  });
}

/** The language a member or staff page starts in: the address's, else the browser's Japanese, else English. */
export function staffPageLanguage(fromAddress) {
  return fromAddress || (navigator.language?.startsWith('ja') ? 'ja' : 'en');
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]);
}

/** Builds a fragment from catalog HTML, keeping only ruby and emphasis. */
function safeFragment(html) {
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  const out = document.createDocumentFragment();
  const copy = (from, to) => {
    for (const node of from.childNodes) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.nodeValue));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if (ALLOWED.has(node.nodeName)) {
          const el = document.createElement(node.nodeName.toLowerCase());
          copy(node, el);
          to.appendChild(el);
        } else {
          copy(node, to);
        }
      }
    }
  };
  copy(tpl.content, out);
  return out;
}

/** Plain text of catalog HTML: the base text without its readings. */
export function plainText(html) {
  if (!html || !String(html).includes('<')) return html ?? '';
  const tpl = document.createElement('template');
  tpl.innerHTML = html;
  for (const rt of tpl.content.querySelectorAll('rt, rp')) rt.remove();
  return tpl.content.textContent.replace(/\s+/g, ' ').trim();
}

export class I18n {
  constructor() {
    this.lang = 'ja';
    this.messages = {};
    this.fallback = {};
  }

  get isHtml() {
    return this.lang === EASY;
  }

  /** Switches language: loads the catalog (and Japanese as the fallback). */
  async use(lang) {
    const [main, ja] = await Promise.all([loadCatalog(lang), lang === 'ja' ? null : loadCatalog('ja').catch(() => null)]);
    this.lang = main.lang;
    this.messages = main.messages;
    this.fallback = ja ? ja.messages : main.messages;
    return this;
  }

  has(key) {
    return key in this.messages || key in this.fallback;
  }

  /** The raw catalog value with variables filled (HTML for ja-x-easy). */
  raw(key, vars = {}) {
    const fromMain = this.messages[key];
    const template = fromMain ?? this.fallback[key] ?? key;
    const html = this.isHtml && fromMain !== undefined;
    return template.replace(PLACEHOLDER, (_, name) => {
      const v = vars[name];
      if (v === undefined || v === null) return '';
      return html ? escapeHtml(v) : String(v);
    });
  }

  /** Plain text, for attributes, titles and logs. */
  text(key, vars) {
    const s = this.raw(key, vars);
    return this.isHtml ? plainText(s) : s;
  }

  /** Puts a message into an element: as safe HTML for ja-x-easy, else as text. */
  fill(el, key, vars) {
    const s = this.raw(key, vars);
    if (this.isHtml) el.replaceChildren(safeFragment(s));
    else el.textContent = s;
    return el;
  }

  /**
   * Puts text that came from the API (a service or section name, guidance)
   * into an element. In やさしい日本語 such text carries ruby markup, so it
   * goes through the same allow-list as the catalog's own strings.
   */
  put(el, text) {
    const s = text ?? '';
    if (this.isHtml && s.includes('<')) el.replaceChildren(safeFragment(s));
    else el.textContent = plainText(s);
    return el;
  }

  /** Makes a new element holding a message. */
  el(tag, key, vars, className) {
    const e = document.createElement(tag);
    if (className) e.className = className;
    return this.fill(e, key, vars);
  }

  /** Fills every `data-i18n*` element under `root` and sets the document language. */
  apply(root = document) {
    if (root === document) {
      document.documentElement.lang = htmlLang(this.lang);
      document.documentElement.dataset.uiLang = this.lang;
    }
    for (const el of root.querySelectorAll('[data-i18n]')) {
      this.fill(el, el.dataset.i18n, el.dataset.i18nVars ? JSON.parse(el.dataset.i18nVars) : undefined);
    }
    for (const attr of ['aria-label', 'placeholder', 'title', 'alt', 'content']) {
      const data = `data-i18n-${attr}`;
      for (const el of root.querySelectorAll(`[${data}]`)) el.setAttribute(attr, this.text(el.getAttribute(data)));
    }
    const title = document.querySelector('title[data-i18n-title-key]');
    if (root === document && title) document.title = this.text(title.dataset.i18nTitleKey);
  }
}

/** Minutes for people: "about N minutes", rounded up, never below 1 unless 0. */
export function waitMinutes(seconds) {
  if (seconds === null || seconds === undefined) return null;
  if (seconds <= 0) return 0;
  return Math.max(1, Math.round(seconds / 60));
}
