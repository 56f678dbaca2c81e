// Shared by the browser tests: the real server on a free port with a fresh
// data directory, tokens minted by its own CLI, and Debian Chromium.

import { spawn, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createRequire } from 'node:module';
import assert from 'node:assert/strict';
import { chromium } from 'playwright-core';
import { AxeBuilder } from '@axe-core/playwright';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const artifacts = path.join(repoRoot, 'tests/artifacts');
export const OFFICE = 'yahatanishi';

export const binary = process.env.MADOGUCHI_BIN
  ? path.resolve(process.env.MADOGUCHI_BIN)
  : path.join(repoRoot, 'target/debug/madoguchi');

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--headless',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // The waiting-room TV is started this way: it must speak without a click.
  '--autoplay-policy=no-user-gesture-required',
];

async function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Spawns `madoguchi serve` and resolves once it answers /healthz. */
async function launch(dataDir, port) {
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(binary, ['serve', '--data', dataDir, '--listen', `127.0.0.1:${port}`, '--reception-always'], {
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, RUST_LOG: process.env.RUST_LOG || 'warn' },
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  const exited = new Promise((resolve) => child.once('exit', resolve));

  const deadline = Date.now() + 30000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`server did not answer /healthz within 30 s:\n${log}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  return { child, exited, log: () => log };
}

/**
 * Starts `madoguchi serve` on 127.0.0.1 with a temporary data directory.
 * Resolves once it answers /healthz.
 */
export async function startServer() {
  if (!fs.existsSync(binary)) {
    throw new Error(`no server binary at ${binary}: run \`cargo build -p madoguchi-server\` or set MADOGUCHI_BIN`);
  }
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'madoguchi-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let proc = await launch(dataDir, port);
  const kioskTokens = {};
  const server = {
    url,
    dataDir,
    get log() {
      return proc.log();
    },
    /** Mints a token with the CLI, as an operator would. */
    token(role, office = OFFICE) {
      const args = ['token', 'create', '--data', dataDir, '--role', role];
      if (office) args.push('--office', office);
      return execFileSync(binary, args, { encoding: 'utf8' }).trim();
    },
    /** Creates a staff account; the password goes in on standard input. */
    user(username, password, office = OFFICE) {
      execFileSync(binary, ['user', 'create', '--data', dataDir, '--username', username, '--office', office], {
        input: `${password}\n`,
        encoding: 'utf8',
      });
    },
    /** Issues a ticket as a kiosk of `office` would, and checks it was issued. */
    async issue(service, lang, office = OFFICE) {
      kioskTokens[office] ??= this.token('kiosk', office);
      const r = await this.api('POST', `/api/v1/offices/${office}/tickets`, kioskTokens[office], { service, lang });
      assert.equal(r.status, 201, `issuing ${service}: ${JSON.stringify(r.body)}`);
      return r.body;
    },
    /** A JSON API call from outside the browser. */
    async api(method, route, token, body) {
      const headers = { Accept: 'application/json' };
      if (token) headers.Authorization = `Bearer ${token}`;
      if (body !== undefined) headers['Content-Type'] = 'application/json';
      const r = await fetch(`${url}${route}`, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
      const text = await r.text();
      return { status: r.status, body: text ? JSON.parse(text) : null };
    },
    /** Kills the server as a power cut would (SIGKILL). */
    async kill() {
      if (proc.child.exitCode === null) {
        proc.child.kill('SIGKILL');
        await proc.exited;
      }
    },
    /** Starts it again on the same address and data directory. */
    async restart() {
      await this.kill();
      proc = await launch(dataDir, port);
    },
    async stop() {
      if (proc.child.exitCode === null) {
        proc.child.kill('SIGTERM');
        await proc.exited;
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
  return server;
}

export async function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
  });
}

/** Real device sizes of the pages. */
export const SIZES = {
  kiosk: { width: 1080, height: 1920 },
  kioskLandscape: { width: 1920, height: 1080 },
  desk: { width: 1920, height: 1080 },
  display: { width: 1920, height: 1080 },
  phone: { width: 390, height: 844 },
};

/** A new page whose console errors and failed requests are collected. */
export async function newPage(browser, viewport, options = {}) {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, ...options });
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(`console: ${m.text()}`);
  });
  return { context, page, problems };
}

/** Opens a page and waits until its script has finished starting. */
export async function open(page, url) {
  await page.goto(url);
  await page.waitForSelector('html[data-ready="true"]', { timeout: 15000 });
}

export function ensureArtifacts() {
  fs.mkdirSync(artifacts, { recursive: true });
  return artifacts;
}

/** Waits until `check()` is true (polling a condition the test cannot await directly). */
export async function until(check, what = 'condition', timeout = 10000) {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
/** The WCAG rule sets every page is held to. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
// axe's target-size rule checks 24 px (WCAG 2.5.8); a touch kiosk wants 44.
const KIOSK_AXE = `${AXE}
;axe.configure({ checks: [{ id: 'target-size', options: { minSize: 44 } }, { id: 'target-offset', options: { minOffset: 44 } }] });`;

/**
 * Runs axe-core on the page as it is and fails with a readable list of the
 * violations. `kiosk` holds touch targets to 44 px.
 */
export async function axeCheck(page, label, { kiosk = false } = {}) {
  const builder = new AxeBuilder({ page, axeSource: kiosk ? KIOSK_AXE : AXE }).withTags(AXE_TAGS);
  if (kiosk) builder.options({ rules: { 'target-size': { enabled: true } } });
  // A fade caught halfway (the board's rotating notice, a call's flash) has
  // no contrast to speak of; axe must judge the page at rest, and a rotation
  // may start during its seconds of work. Reduced motion stops every fade
  // the pages have, for the check only.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  let results;
  try {
    results = await builder.analyze();
  } finally {
    await page.emulateMedia({ reducedMotion: null });
  }
  const report = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 4).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim()}`).join('\n    ')}`,
  );
  assert.deepEqual(report, [], `${label}: axe violations`);
  return results;
}

/** Text of catalog or API HTML without its furigana (<rt>, <rp>) and tags. */
export function plain(html) {
  return String(html ?? '')
    .replace(/<(rt|rp)>.*?<\/\1>/g, '')
    .replace(/<[^>]+>/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Script errors only: a 4xx the page handled still shows as "Failed to load resource". */
export function scriptProblems(problems) {
  return problems.filter((m) => !/Failed to load resource/.test(m));
}
