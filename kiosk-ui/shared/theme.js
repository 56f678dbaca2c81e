// Display modes: large text and high contrast.
//
// A mode is a class on <html> (`mode-large`, `mode-contrast`); the CSS
// custom properties in base.css do the rest. Each page kind remembers its
// own modes in localStorage. Toggle buttons are ordinary buttons in the
// page's markup with `data-mode-toggle="large|contrast"`; their pressed
// state is `aria-pressed`, so it is announced and styled without colour.

const MODES = ['large', 'contrast'];
const KEY = (kind) => `madoguchi.modes.${kind}`;

export class Theme {
  constructor(kind) {
    this.kind = kind;
    this.modes = new Set();
    try {
      const saved = JSON.parse(window.localStorage.getItem(KEY(kind)) || '[]');
      for (const m of saved) if (MODES.includes(m)) this.modes.add(m);
    } catch {
      // nothing saved
    }
    this.listeners = [];
    this.render();
  }

  has(mode) {
    return this.modes.has(mode);
  }

  set(mode, on) {
    if (!MODES.includes(mode)) return;
    if (on) this.modes.add(mode);
    else this.modes.delete(mode);
    try {
      window.localStorage.setItem(KEY(this.kind), JSON.stringify([...this.modes]));
    } catch {
      // not remembered; still applied
    }
    this.render();
  }

  toggle(mode) {
    this.set(mode, !this.modes.has(mode));
  }

  onChange(fn) {
    this.listeners.push(fn);
  }

  render() {
    const root = document.documentElement;
    for (const m of MODES) root.classList.toggle(`mode-${m}`, this.modes.has(m));
    for (const b of document.querySelectorAll('[data-mode-toggle]')) {
      b.setAttribute('aria-pressed', String(this.modes.has(b.dataset.modeToggle)));
    }
    for (const fn of this.listeners) fn(this.modes);
  }

  /** Wires every toggle button under `root`. */
  bind(root = document) {
    for (const b of root.querySelectorAll('[data-mode-toggle]')) {
      b.addEventListener('click', () => this.toggle(b.dataset.modeToggle));
    }
    this.render();
  }
}
