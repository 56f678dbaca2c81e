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
import { SIZES, artifacts, binary, ensureArtifacts, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

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
