// Screenshots of every page at the size of the device it runs on, kept in
// tests/artifacts/ (git-ignored) for people to look at.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OFFICE, SIZES, ensureArtifacts, launchBrowser, newPage, open, startServer } from './helpers.mjs';

let server;
let browser;
let dir;
const tokens = {};

before(async () => {
  dir = ensureArtifacts();
  server = await startServer();
  browser = await launchBrowser();
  for (const role of ['kiosk', 'staff', 'display']) tokens[role] = server.token(role);
  const issue = async (service, lang) => (await server.api('POST', `/api/v1/offices/${OFFICE}/tickets`, tokens.kiosk, { service, lang })).body;
  const call = async (counter) => (await server.api('POST', `/api/v1/offices/${OFFICE}/counters/${counter}/call-next`, tokens.staff)).body;
  // A plausible morning: a few people in each busy queue, some calls made.
  const plan = [
    ['moving-in', 'ja'],
    ['moving-out', 'en'],
    ['residence-certificate', 'ja'],
    ['family-register-certificate', 'zh-Hans'],
    ['nhi-enrolment', 'vi'],
    ['child-allowance', 'ja-x-easy'],
    ['my-number-card-pickup', 'ja'],
    ['long-term-care', 'ja'],
    ['seal-registration', 'ne'],
    ['moving-within', 'ko'],
    ['residence-certificate', 'pt'],
    ['tax-certificate', 'ja'],
    ['moving-in', 'tl'],
    ['nhi-premium', 'ja'],
    ['maternal-handbook', 'id'],
  ];
  const issued = [];
  for (const [s, l] of plan) issued.push(await issue(s, l));
  for (const c of ['4', '10', '13', '8', '1']) await call(c);
  const recalled = await call('2');
  await server.api('POST', `/api/v1/tickets/${recalled.id}/recall`, tokens.staff);
  const started = await call('15');
  if (started) await server.api('POST', `/api/v1/tickets/${started.id}/start`, tokens.staff);
  tokens.phoneWaiting = issued.at(-3).token;
  tokens.phoneCalled = recalled.token;
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const shot = (page, name) => page.screenshot({ path: path.join(dir, `${name}.png`) });

/** Presses mode toggles; each press flips that mode on or off. */
async function modes(page, ...toggles) {
  for (const t of toggles) {
    const on = await page.evaluate((m) => document.documentElement.classList.contains(`mode-${m}`), t);
    await page.click(`[data-mode-toggle="${t}"]`);
    await page.waitForFunction(([m, want]) => document.documentElement.classList.contains(`mode-${m}`) === want, [t, !on]);
  }
}

test('kiosk, portrait 1080×1920', async () => {
  const { page, context } = await newPage(browser, SIZES.kiosk);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0`);
  await shot(page, 'kiosk-1-start-ja');
  await page.click('button.lang-btn[data-lang="ja-x-easy"]');
  await page.waitForFunction(() => document.documentElement.dataset.uiLang === 'ja-x-easy');
  await shot(page, 'kiosk-2-start-easy-japanese');
  await page.click('button.lang-btn[data-lang="ne"]');
  await page.waitForSelector('html[lang="ne"]');
  await shot(page, 'kiosk-3-start-nepali');
  await page.click('button.lang-btn[data-lang="en"]');
  await page.waitForSelector('html[lang="en"]');
  await page.click('button.category[data-category="certificates"]');
  await shot(page, 'kiosk-4-services-en');
  await page.click('button.service[data-service="residence-certificate"]');
  await shot(page, 'kiosk-5-confirm-en');
  await page.click('#take-ticket');
  await page.waitForSelector('#screen-ticket:not([hidden])');
  await page.waitForSelector('#qr-figure:not([hidden]) svg');
  await shot(page, 'kiosk-6-ticket-en');
  await modes(page, 'contrast');
  await shot(page, 'kiosk-7-ticket-en-high-contrast');
  await modes(page, 'large');
  await page.click('#done');
  await page.waitForSelector('#screen-start:not([hidden])');
  await shot(page, 'kiosk-8-start-large-high-contrast');
  await context.close();
});

test('kiosk, the office system unreachable', async () => {
  const { page, context } = await newPage(browser, SIZES.kiosk);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0&lang=en`);
  await page.click('button.category[data-category="moving"]');
  await page.click('button.service[data-service="moving-in"]');
  await context.setOffline(true);
  await page.click('#take-ticket');
  await page.waitForSelector('#screen-error:not([hidden])');
  await page.waitForSelector('#net-banner:not([hidden])');
  await shot(page, 'kiosk-9-not-issued-offline');
  await context.close();
});

test('kiosk, a life event (one ticket, several counters)', async () => {
  const { page, context } = await newPage(browser, SIZES.kiosk);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0&lang=en`);
  await page.click('button.category[data-category="moving"]');
  await page.waitForSelector('#life-box:not([hidden])');
  await shot(page, 'kiosk-10-moving-with-life-events');
  await page.click('button.life-item[data-life-event="moving-in"]');
  await page.click('button.answer[data-question="children"][data-answer="true"]');
  await page.click('button.answer[data-question="nhi"][data-answer="true"]');
  await page.click('button.answer[data-question="pension"][data-answer="false"]');
  await shot(page, 'kiosk-11-life-event-questions');
  await page.click('#take-life-ticket');
  await page.waitForSelector('#ticket-journey:not([hidden])');
  await page.waitForSelector('#qr-figure:not([hidden]) svg');
  await shot(page, 'kiosk-12-life-event-ticket');
  await context.close();
});

test('kiosk, landscape 1920×1080', async () => {
  const { page, context } = await newPage(browser, SIZES.kioskLandscape);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0`);
  await shot(page, 'kiosk-landscape-1-start');
  await page.click('button.category[data-category="insurance-pension"]');
  await page.click('button.service[data-service="national-pension"]');
  await page.click('#take-ticket');
  await page.waitForSelector('#qr-figure:not([hidden]) svg');
  await shot(page, 'kiosk-landscape-2-ticket');
  await context.close();
});

test('staff desk, 1920×1080', async () => {
  const signin = await newPage(browser, SIZES.desk);
  await open(signin.page, `${server.url}/desk/?office=${OFFICE}&counter=3`);
  await signin.page.waitForSelector('#signin:not([hidden])');
  await shot(signin.page, 'desk-1-sign-in');
  await signin.context.close();

  const { page, context } = await newPage(browser, SIZES.desk);
  await open(page, `${server.url}/desk/?office=${OFFICE}&counter=3&access_token=${tokens.staff}`);
  await page.waitForSelector('#waiting-body tr');
  await shot(page, 'desk-2-idle-with-waiting-list');
  await page.keyboard.press('n');
  await page.waitForSelector('#current:not([hidden])');
  await page.waitForSelector('body.desk:not(.is-busy)');
  await page.waitForSelector('[data-action="recall"]:not([disabled])');
  await shot(page, 'desk-3-called');
  await page.keyboard.press('t');
  await page.waitForSelector('#transfer-dialog[open]');
  await shot(page, 'desk-4-transfer-dialog');
  await page.keyboard.press('Escape');
  await modes(page, 'contrast');
  await shot(page, 'desk-5-high-contrast');
  await context.close();
});

test('waiting-room display, 1920×1080', async () => {
  const { page, context } = await newPage(browser, SIZES.display, { reducedMotion: 'reduce' });
  await open(page, `${server.url}/display/?office=${OFFICE}&access_token=${tokens.display}`);
  await page.waitForSelector('.call');
  await server.api('POST', `/api/v1/offices/${OFFICE}/counters/5/call-next`, tokens.staff);
  await page.waitForSelector('.call.is-new');
  await shot(page, 'display-1-calls');
  await modes(page, 'large');
  await shot(page, 'display-2-large-text');
  await modes(page, 'contrast');
  await shot(page, 'display-3-large-high-contrast');
  await modes(page, 'large');
  await context.setOffline(true);
  await page.waitForSelector('#conn-banner:not([hidden])');
  await shot(page, 'display-4-high-contrast-reconnecting');
  await context.close();
});

test('phone ticket page, 390×844', async () => {
  const opts = { isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
  const waiting = await newPage(browser, SIZES.phone, opts);
  await open(waiting.page, `${server.url}/t/${tokens.phoneWaiting}`);
  await waiting.page.waitForSelector('#ticket:not([hidden])');
  await shot(waiting.page, 'phone-1-waiting');
  await waiting.context.close();

  const called = await newPage(browser, SIZES.phone, opts);
  await open(called.page, `${server.url}/t/${tokens.phoneCalled}?lang=en`);
  await called.page.waitForSelector('#called-banner:not([hidden])');
  await shot(called.page, 'phone-2-called-en');
  await modes(called.page, 'contrast');
  await shot(called.page, 'phone-3-called-high-contrast');
  await called.context.close();
  assert.ok(true);
});
