// The administration page: a manager signs in with a password, sees every
// device page of the office and the forecast-versus-actual chart, and the
// page passes axe (WCAG 2.2 AA).

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { AxeBuilder } from '@axe-core/playwright';
import { SIZES, artifacts, axeCheck, binary, ensureArtifacts, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

const require = createRequire(import.meta.url);
const AXE = fs.readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  execFileSync(binary, ['user', 'create', '--data', server.dataDir, '--username', 'kanri', '--role', 'admin'], { input: 'correct-horse-battery\n' });
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a manager signs in and sees device pages, the chart and the week', async () => {
  const { page, context, problems } = await newPage(browser, SIZES.desk);
  await open(page, `${server.url}/admin/?lang=en`);
  await page.fill('#username', 'kanri');
  await page.fill('#password', 'wrong-password');
  await page.click('#sign-in-form button[type=submit]');
  await until(async () => (await page.textContent('#sign-in-error')).includes('Wrong'), 'the refusal');
  await page.fill('#password', 'correct-horse-battery');
  await page.click('#sign-in-form button[type=submit]');
  await page.waitForSelector('#chart svg polyline.forecast', { timeout: 15000 });
  const links = await page.$$eval('#pages a', (as) => as.map((a) => a.getAttribute('href')));
  assert.ok(links.includes('/kiosk/?office=yahatanishi'), links.join(' '));
  assert.ok(links.some((l) => l.startsWith('/desk/?office=yahatanishi&counter=')), links.join(' '));
  assert.ok(links.includes('/m/moderation/?lang=en') && links.includes('/m/?lang=en'), `the platform's pages are linked: ${links.join(' ')}`);
  assert.ok((await page.$$('#week tr')).length > 0, 'the week table has rows');
  // A fresh install has no history: the page says the forecast is a prior.
  assert.equal(await page.isVisible('#prior-note'), true);
  const results = await new AxeBuilder({ page, axeSource: AXE }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  assert.deepEqual(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`), []);
  ensureArtifacts();
  await page.screenshot({ path: path.join(artifacts, 'admin-1-forecast.png'), fullPage: true });
  assert.deepEqual(problems.filter((p) => !p.includes('401')), []);
  await context.close();
});

test('the manager reads the day\'s audit trail: who called, transferred or cancelled what', async () => {
  const staff = server.token('staff');
  const kiosk = server.token('kiosk');
  const a = (await server.api('POST', '/api/v1/offices/yahatanishi/tickets', kiosk, { queue: 'A', lang: 'en' })).body;
  const b = (await server.api('POST', '/api/v1/offices/yahatanishi/tickets', kiosk, { queue: 'A', lang: 'en' })).body;
  assert.equal((await server.api('POST', '/api/v1/offices/yahatanishi/counters/1/call-next', staff)).status, 200);
  assert.equal((await server.api('POST', `/api/v1/tickets/${a.id}/transfer`, staff, { queue: 'B' })).status, 200);
  assert.equal((await server.api('POST', `/api/v1/tickets/${b.id}/cancel`, staff)).status, 200);

  const { page, context, problems } = await newPage(browser, SIZES.desk);
  await open(page, `${server.url}/admin/?lang=en`);
  if (await page.isVisible('#sign-in')) {
    await page.fill('#username', 'kanri');
    await page.fill('#password', 'correct-horse-battery');
    await page.click('#sign-in-form button[type=submit]');
  }
  await page.waitForSelector('#audit-box:not([hidden]) #audit tr');
  const rows = await page.$$eval('#audit tr', (trs) => trs.map((tr) => ({ type: tr.dataset.type, cells: [...tr.cells].map((c) => c.textContent) })));
  // Newest first: the cancel, then the transfer, then the call.
  assert.equal(rows[0].type, 'ticket.cancelled');
  assert.equal(rows[0].cells[1], 'Cancelled');
  assert.equal(rows[0].cells[2], b.number);
  assert.match(rows[0].cells[4], /^staff\b/);
  assert.equal(rows[1].cells[1], 'Transferred');
  assert.equal(rows[1].cells[2], `${a.number} (A → B)`);
  assert.equal(rows[2].cells[1], 'Called');
  assert.equal(rows[2].cells[3], '1');
  assert.ok(rows.some((r) => r.type === 'ticket.issued' && /^kiosk\b/.test(r.cells[4])));
  await axeCheck(page, 'admin with the audit trail');

  // Another day: nothing happened.
  await page.fill('#audit-date', '2020-01-06');
  await page.dispatchEvent('#audit-date', 'change');
  await page.waitForSelector('#audit-empty:not([hidden])');
  assert.equal((await page.$$('#audit tr')).length, 0);

  // In Japanese the same trail reads in Japanese.
  await page.selectOption('#lang', 'ja');
  await page.waitForFunction(() => document.getElementById('audit-title').textContent === '操作の記録');
  assert.deepEqual(problems.filter((p) => !p.includes('401')), []);
  await context.close();
});
