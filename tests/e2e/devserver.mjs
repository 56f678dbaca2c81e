// UI development without rebuilding the server.
//
// The server embeds the pages and catalogs at build time. While working on
// the pages, run a built server and put this in front of it: it serves
// kiosk-ui/, display-board/ and config/locales/ straight from disk and
// passes everything else (API, websockets) through.
//
//   node tests/e2e/devserver.mjs --backend 127.0.0.1:8080 --listen 127.0.0.1:8090
//
// Not used by the tests, which always run the real binary.

import http from 'node:http';
import net from 'node:net';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const args = Object.fromEntries(
  process.argv
    .slice(2)
    .join(' ')
    .split('--')
    .filter(Boolean)
    .map((kv) => kv.trim().split(/\s+/)),
);
const [backendHost, backendPort] = (args.backend || '127.0.0.1:8080').split(':');
const [host, port] = (args.listen || '127.0.0.1:8090').split(':');

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8', '.svg': 'image/svg+xml' };
const LANGS = ['ja', 'ja-x-easy', 'en', 'zh-Hans', 'zh-Hant', 'ko', 'vi', 'ne', 'id', 'tl', 'pt'];

function catalog(lang) {
  const file = path.join(root, 'config/locales', lang, 'ui.ftl');
  if (!fs.existsSync(file)) return null;
  const messages = {};
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    const m = /^([a-z0-9-]+)\s*=\s?(.*)$/.exec(line);
    if (m) messages[m[1]] = m[2].replace(/\{\s*\$([A-Za-z0-9_-]+)\s*\}/g, '{$$$1}');
  }
  return { lang, messages };
}

function staticFile(urlPath) {
  const map = [
    [/^\/kiosk\/$/, 'kiosk-ui/kiosk/index.html'],
    [/^\/desk\/$/, 'kiosk-ui/desk/index.html'],
    [/^\/display\/$/, 'display-board/index.html'],
    [/^\/t\/[^/]+$/, 'kiosk-ui/ticket/index.html'],
  ];
  for (const [re, file] of map) if (re.test(urlPath)) return path.join(root, file);
  if (urlPath.startsWith('/ui/')) return path.join(root, 'kiosk-ui', path.normalize(urlPath.slice(4)).replace(/^(\.\.[/\\])+/, ''));
  if (urlPath.startsWith('/board/')) return path.join(root, 'display-board', path.normalize(urlPath.slice(7)).replace(/^(\.\.[/\\])+/, ''));
  return null;
}

const server = http.createServer((req, res) => {
  const url = new URL(req.url, 'http://x');
  if (url.pathname === '/api/v1/i18n') {
    const languages = LANGS.map((tag) => ({ tag, name: catalog(tag)?.messages['language-name'] || tag }));
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ languages }));
    return;
  }
  const i18n = /^\/api\/v1\/i18n\/([^/]+)$/.exec(url.pathname);
  if (i18n) {
    const c = catalog(decodeURIComponent(i18n[1])) || catalog('ja');
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(c));
    return;
  }
  const file = staticFile(url.pathname);
  if (file) {
    fs.readFile(file, (err, data) => {
      if (err) {
        res.writeHead(404);
        res.end();
        return;
      }
      res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(data);
    });
    return;
  }
  const up = http.request({ host: backendHost, port: backendPort, method: req.method, path: req.url, headers: req.headers }, (r) => {
    res.writeHead(r.statusCode, r.headers);
    r.pipe(res);
  });
  up.on('error', () => {
    res.writeHead(502);
    res.end();
  });
  req.pipe(up);
});

// Websockets: pass the upgrade through byte for byte.
server.on('upgrade', (req, socket, head) => {
  const up = net.connect(Number(backendPort), backendHost, () => {
    up.write(`${req.method} ${req.url} HTTP/1.1\r\n`);
    for (let i = 0; i < req.rawHeaders.length; i += 2) up.write(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}\r\n`);
    up.write('\r\n');
    up.write(head);
    up.pipe(socket);
    socket.pipe(up);
  });
  up.on('error', () => socket.destroy());
  socket.on('error', () => up.destroy());
});

server.listen(Number(port), host, () => console.log(`dev pages on http://${host}:${port}, API from ${backendHost}:${backendPort}`));
