// Simple line icons, drawn inline so that they take the text colour of
// every mode (an <img> could not). 24×24 grid, 2px strokes, round joins.
// Icons are decoration next to words: they are hidden from assistive tech.

const NS = 'http://www.w3.org/2000/svg';

/** Each icon is a list of [element, attributes]. */
const SHAPES = {
  // Categories (by the `icon` names in the ward configuration)
  moving: [
    ['path', { d: 'M2 7h11v9H2z' }],
    ['path', { d: 'M13 10h4l4 3.5V16h-8z' }],
    ['circle', { cx: 6, cy: 17.5, r: 1.8 }],
    ['circle', { cx: 17, cy: 17.5, r: 1.8 }],
    ['path', { d: 'M5 10.5h5' }],
  ],
  certificate: [
    ['path', { d: 'M6 2.5h8l4 4V21.5H6z' }],
    ['path', { d: 'M14 2.5v4h4' }],
    ['path', { d: 'M9 10h6M9 13h6' }],
    ['circle', { cx: 12.5, cy: 17.5, r: 1.8 }],
  ],
  'id-card': [
    ['rect', { x: 2.5, y: 5, width: 19, height: 14, rx: 2 }],
    ['circle', { cx: 8.5, cy: 11, r: 2.2 }],
    ['path', { d: 'M5 16.2c.8-1.7 2-2.4 3.5-2.4s2.7.7 3.5 2.4' }],
    ['path', { d: 'M14.5 10h4.5M14.5 13.5h3.5' }],
  ],
  baby: [
    ['path', { d: 'M4 9h12a6 6 0 0 1-12 0z' }],
    ['path', { d: 'M10 9V3.5A5.5 5.5 0 0 1 15.5 9' }],
    ['path', { d: 'M16 9l2.5-3.5H21' }],
    ['circle', { cx: 6.5, cy: 19, r: 1.8 }],
    ['circle', { cx: 14, cy: 19, r: 1.8 }],
  ],
  rings: [
    ['circle', { cx: 9, cy: 14, r: 5.5 }],
    ['circle', { cx: 15, cy: 14, r: 5.5 }],
    ['path', { d: 'M7.5 4.5 9 7l1.5-2.5' }],
  ],
  flower: [
    ['circle', { cx: 12, cy: 8, r: 2.2 }],
    ['path', { d: 'M12 5.8c0-2.4 1-3.6 2.5-3.3 1.3.3 1.2 2.6-.6 4.3' }],
    ['path', { d: 'M12 5.8c0-2.4-1-3.6-2.5-3.3-1.3.3-1.2 2.6.6 4.3' }],
    ['path', { d: 'M14.2 8.5c2.2.5 3.2 1.6 2.7 2.9-.5 1.2-2.6 1-4-.9' }],
    ['path', { d: 'M9.8 8.5c-2.2.5-3.2 1.6-2.7 2.9.5 1.2 2.6 1 4-.9' }],
    ['path', { d: 'M12 10.5V21.5M12 17c-2.5 0-4-1.2-4.5-3M12 15.5c2.2 0 3.6-1 4-2.5' }],
  ],
  'health-card': [
    ['rect', { x: 2.5, y: 5, width: 19, height: 14, rx: 2 }],
    ['path', { d: 'M12 8.5v7M8.5 12h7' }],
  ],
  elderly: [
    ['circle', { cx: 10, cy: 4, r: 2 }],
    ['path', { d: 'M10 7.5 8 13l2.5 2.5.5 6' }],
    ['path', { d: 'M9.5 8.5 13 11h2.5' }],
    ['path', { d: 'M8 13l-2.5 8.5' }],
    ['path', { d: 'M16 11v10.5M16 11c1 0 1.7-.6 1.7-1.5' }],
  ],
  support: [
    ['path', { d: 'M12 20s-8-4.6-8-10.3C4 6.6 6.2 5 8.3 5c1.6 0 2.9.9 3.7 2.2C12.8 5.9 14.1 5 15.7 5 17.8 5 20 6.6 20 9.7 20 15.4 12 20 12 20z' }],
    ['path', { d: 'M8.5 11.5h2l1-2 1.5 4 1-2h1.5' }],
  ],
  community: [
    ['path', { d: 'M2.5 11 8 6.5l5.5 4.5V20h-11z' }],
    ['path', { d: 'M13.5 9.5 17 6.5l4.5 3.8V20h-8' }],
    ['path', { d: 'M6.5 20v-4.5h3V20' }],
    ['path', { d: 'M16.5 13h2' }],
  ],
  // Interface
  search: [
    ['circle', { cx: 10.5, cy: 10.5, r: 6.5 }],
    ['path', { d: 'm15.5 15.5 5.5 5.5' }],
  ],
  back: [['path', { d: 'M19 12H5M11 5l-7 7 7 7' }]],
  next: [['path', { d: 'M5 12h14M13 5l7 7-7 7' }]],
  globe: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'M2.5 12h19M12 2.5c2.6 2.6 3.9 5.8 3.9 9.5s-1.3 6.9-3.9 9.5c-2.6-2.6-3.9-5.8-3.9-9.5s1.3-6.9 3.9-9.5z' }],
  ],
  staff: [
    ['circle', { cx: 12, cy: 7, r: 3.5 }],
    ['path', { d: 'M4.5 21c.6-4.2 3.5-7 7.5-7s6.9 2.8 7.5 7' }],
    ['path', { d: 'M12 14v3.5' }],
  ],
  help: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'M9.3 9.2a2.8 2.8 0 0 1 5.4 1c0 1.9-2.7 2.4-2.7 4.1' }],
    ['path', { d: 'M12 17.6v.2' }],
  ],
  printer: [
    ['path', { d: 'M6.5 9V3h11v6' }],
    ['rect', { x: 2.5, y: 9, width: 19, height: 8, rx: 2 }],
    ['path', { d: 'M6.5 14h11v7h-11z' }],
  ],
  clock: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'M12 6.5V12l3.5 2.5' }],
  ],
  people: [
    ['circle', { cx: 9, cy: 8, r: 3.2 }],
    ['path', { d: 'M2.5 20c.5-3.8 3-6 6.5-6s6 2.2 6.5 6' }],
    ['circle', { cx: 17, cy: 9, r: 2.5 }],
    ['path', { d: 'M16.5 14c2.8.1 4.6 2 5 5' }],
  ],
  place: [
    ['path', { d: 'M12 21.5s-7-6.2-7-12a7 7 0 0 1 14 0c0 5.8-7 12-7 12z' }],
    ['circle', { cx: 12, cy: 9.5, r: 2.5 }],
  ],
  offline: [
    ['path', { d: 'M2.5 8.8a14 14 0 0 1 5-2.8M12 5c3.6 0 6.9 1.4 9.5 3.8M5.5 12.3a9.5 9.5 0 0 1 3.7-2.1M15 10.5a9.4 9.4 0 0 1 3.5 1.8M9 15.8a4.8 4.8 0 0 1 6 0' }],
    ['path', { d: 'M12 19.5v.2M3 3l18 18' }],
  ],
  alert: [
    ['path', { d: 'M12 3 1.8 20.5h20.4z' }],
    ['path', { d: 'M12 9.5v5M12 17.5v.2' }],
  ],
  info: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'M12 11v6M12 7.3v.2' }],
  ],
  check: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'm7.5 12.5 3 3 6-6.5' }],
  ],
  bell: [
    ['path', { d: 'M6 16.5V11a6 6 0 0 1 12 0v5.5l1.5 2h-15z' }],
    ['path', { d: 'M10 20.5a2 2 0 0 0 4 0' }],
  ],
  speaker: [
    ['path', { d: 'M3 9.5h4L12 5v14l-5-4.5H3z' }],
    ['path', { d: 'M15.5 9a4.2 4.2 0 0 1 0 6M18 6.5a7.8 7.8 0 0 1 0 11' }],
  ],
  qr: [
    ['rect', { x: 3, y: 3, width: 7, height: 7 }],
    ['rect', { x: 14, y: 3, width: 7, height: 7 }],
    ['rect', { x: 3, y: 14, width: 7, height: 7 }],
    ['path', { d: 'M14 14h3v3h-3zM20 14v.2M17 20h4M20 17v3' }],
  ],
  large: [
    ['path', { d: 'M3 19 8 5l5 14M4.8 14.5h6.4' }],
    ['path', { d: 'M14.5 19l3.2-8.5 3.3 8.5M15.6 16.3h4.3' }],
  ],
  contrast: [
    ['circle', { cx: 12, cy: 12, r: 9.5 }],
    ['path', { d: 'M12 2.5v19a9.5 9.5 0 0 0 0-19z', fill: 'currentColor' }],
  ],
  arrow: [['path', { d: 'M3 12h16M13 5l7 7-7 7' }]],
  list: [['path', { d: 'M8 6h13M8 12h13M8 18h13M3.5 6h.2M3.5 12h.2M3.5 18h.2' }]],
  bag: [
    ['path', { d: 'M4 8h16l-1.2 12.5H5.2z' }],
    ['path', { d: 'M8.5 10V6.5a3.5 3.5 0 0 1 7 0V10' }],
  ],
  signout: [
    ['path', { d: 'M14 4h5.5v16H14' }],
    ['path', { d: 'M10 8l-4 4 4 4M6 12h10' }],
  ],
};

/** Category id → icon name, for servers that do not send the icon. */
const CATEGORY_ICONS = {
  moving: 'moving',
  certificates: 'certificate',
  'my-number': 'id-card',
  children: 'baby',
  marriage: 'rings',
  bereavement: 'flower',
  'insurance-pension': 'health-card',
  'elderly-care': 'elderly',
  welfare: 'support',
  community: 'community',
};

export function categoryIcon(categoryId, iconName) {
  return icon(iconName && SHAPES[iconName] ? iconName : CATEGORY_ICONS[categoryId] || 'list');
}

/** An <svg> element for a named icon, hidden from assistive technology. */
export function icon(name, className = 'icon') {
  const svg = document.createElementNS(NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  svg.setAttribute('class', className);
  for (const [tag, attrs] of SHAPES[name] || SHAPES.info) {
    const el = document.createElementNS(NS, tag);
    for (const [k, v] of Object.entries(attrs)) el.setAttribute(k, String(v));
    svg.appendChild(el);
  }
  return svg;
}

/** Replaces every `<span data-icon="name">` placeholder under root with its icon. */
export function placeIcons(root = document) {
  for (const slot of root.querySelectorAll('[data-icon]')) {
    const cls = slot.getAttribute('class') || 'icon';
    slot.replaceWith(icon(slot.dataset.icon, cls));
  }
}
