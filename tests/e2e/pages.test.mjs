// Page behaviours beyond the main flow: the kiosk's idle reset, the desk's
// sign-in, shortcuts, double-click safety and lost-connection banner, and
// the resident's phone page following its ticket live.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICE, SIZES, launchBrowser, newPage, open, startServer } from './helpers.mjs';

let server;
let browser;
const tokens = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const role of ['kiosk', 'staff', 'display']) tokens[role] = server.token(role);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const issue = (service, lang = 'ja') => server.issue(service, lang);

test('kiosk: after 30 s untouched it counts down the last 10 s, then starts over in its own language', async () => {
  const { page, context } = await newPage(browser, SIZES.kiosk);
  await page.clock.install();
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0`);
  await page.click('button.lang-btn[data-lang="ko"]');
  await page.waitForSelector('html[lang="ko"]');
  // This resident also wants large text and high contrast.
  await page.click('[data-mode-toggle="large"]');
  await page.click('[data-mode-toggle="contrast"]');
  await page.waitForSelector('html.mode-large.mode-contrast');
  // Japanese on the kiosk breaks at phrase boundaries.
  const breaking = await page.evaluate(() => {
    const el = document.createElement('p');
    el.lang = 'ja';
    document.body.append(el);
    const s = getComputedStyle(el);
    return [s.wordBreak, s.lineBreak];
  });
  assert.deepEqual(breaking, ['auto-phrase', 'strict']);
  await page.click('button.category[data-category="children"]');
  await page.waitForSelector('#screen-list:not([hidden])');

  await page.clock.runFor(19000);
  assert.equal(await page.isVisible('#idle'), false, 'no countdown in the first 20 s');
  await page.clock.runFor(2000);
  await page.waitForSelector('#idle:not([hidden])');
  const seconds = Number(await page.getAttribute('#idle', 'data-seconds'));
  assert.ok(seconds <= 10 && seconds >= 8, `counts down from 10 (showed ${seconds})`);
  assert.match(await page.textContent('#idle-text'), /초/, 'the countdown speaks the screen language');

  // A touch keeps the session.
  await page.click('#service-list button >> nth=0');
  await page.waitForSelector('#screen-confirm:not([hidden])');
  assert.equal(await page.isVisible('#idle'), false);

  await page.clock.runFor(31000);
  await page.waitForSelector('#screen-start:not([hidden])');
  await page.waitForSelector('html[lang="ja"]');
  assert.equal(await page.isVisible('#idle'), false);
  // …and every mode the last resident chose is gone for the next one.
  assert.equal(await page.evaluate(() => document.documentElement.classList.contains('mode-large') || document.documentElement.classList.contains('mode-contrast')), false);
  await context.close();
});

test('kiosk: a life event asks its questions and gives one ticket for every counter it needs', async () => {
  const { page, context } = await newPage(browser, SIZES.kiosk);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0&lang=en`);
  await page.click('button.category[data-category="moving"]');
  await page.waitForSelector('#life-box:not([hidden])');
  await page.click('button.life-item[data-life-event="moving-in"]');
  await page.waitForSelector('#screen-life:not([hidden])');
  const before = await page.$$eval('#life-steps li', (l) => l.length);
  // No children, no school, in National Health Insurance, nobody without a pension.
  for (const [q, a] of [
    ['children', 'false'],
    ['school', 'false'],
    ['nhi', 'true'],
    ['pension', 'false'],
  ]) {
    const b = `button.answer[data-question="${q}"][data-answer="${a}"]`;
    if (await page.$(b)) {
      await page.click(b);
      await page.waitForSelector(`${b}[aria-pressed="true"]`);
    }
  }
  const steps = await page.$$eval('#life-steps li .step-name', (l) => l.map((x) => x.textContent));
  assert.ok(steps.length < before, 'a "no" leaves its counters out');
  assert.ok(steps.length >= 2, `moving in and health insurance remain (${steps.join(' | ')})`);
  const issued = page.waitForResponse((r) => r.url().endsWith('/tickets') && r.request().method() === 'POST');
  await page.click('#take-life-ticket');
  const res = await issued;
  assert.equal(res.status(), 201);
  const body = await res.json();
  assert.deepEqual(JSON.parse(res.request().postData()).answers, { children: false, school: false, nhi: true, pension: false });
  await page.waitForSelector('#screen-ticket:not([hidden])');
  await page.waitForSelector('#ticket-journey:not([hidden])');
  assert.equal(await page.$$eval('#ticket-steps li', (l) => l.length), body.journey.length);
  assert.equal((await page.textContent('#ticket-number')).trim(), body.number);
  await context.close();
});

test('desk: sign in with user name and password; shortcuts; one call per double click; transfer', async () => {
  server.user('tanaka', 'correct horse battery staple');
  const a = await issue('residence-certificate', 'en');
  const b = await issue('seal-certificate', 'vi');
  const { page, context } = await newPage(browser, SIZES.desk);
  const calls = [];
  page.on('request', (r) => {
    if (r.url().includes('/call-next')) calls.push(r.url());
  });
  await open(page, `${server.url}/desk/?office=${OFFICE}&counter=4&lang=en`);
  await page.waitForSelector('#signin:not([hidden])');
  await page.fill('#username', 'tanaka');
  await page.fill('#password', 'wrong');
  await page.click('#signin-submit');
  await page.waitForSelector('#signin-error:not([hidden])');
  assert.match(await page.textContent('#signin-error'), /not correct/);
  await page.fill('#password', 'correct horse battery staple');
  await page.click('#signin-submit');
  await page.waitForSelector('#workspace:not([hidden])');
  await page.waitForSelector(`#waiting-body tr[data-ticket-id="${a.id}"]`);
  // The ticket that has waited longest is marked in words as well as colour.
  assert.match(await page.textContent(`#waiting-body tr[data-ticket-id="${a.id}"]`), /Longest wait/);
  // The keys are shown on the buttons.
  assert.equal((await page.textContent('[data-action="call-next"] kbd')).trim(), 'N');

  await page.dblclick('[data-action="call-next"]');
  await page.waitForSelector('#current:not([hidden])');
  await page.waitForSelector('body.desk:not(.is-busy)');
  assert.equal(calls.length, 1, 'a double click calls one ticket, not two');
  assert.equal(await page.textContent('#cur-number'), a.number);
  assert.equal(await page.isDisabled('[data-action="call-next"]'), true, 'no second call while one is at the counter');

  // R recalls, S starts, T transfers to queue A.
  const recall = page.waitForResponse((r) => r.url().endsWith('/recall'));
  await page.keyboard.press('r');
  assert.equal((await recall).status(), 200);
  await page.waitForSelector('body.desk:not(.is-busy)');
  await page.keyboard.press('s');
  await page.waitForSelector('#cur-status[data-status="serving"]');
  await page.keyboard.press('t');
  await page.waitForSelector('#transfer-dialog[open]');
  await page.selectOption('#transfer-queue', 'A');
  const transfer = page.waitForResponse((r) => r.url().endsWith('/transfer'));
  await page.click('#transfer-dialog button[value="ok"]');
  assert.equal((await transfer).status(), 200);
  await page.waitForSelector('#current-empty:not([hidden])');
  const moved = await server.api('GET', `/api/v1/tickets/${a.id}`, tokens.staff);
  assert.equal(moved.body.queue, 'A');
  assert.equal(moved.body.number, a.number, 'same number after a transfer');

  // The next one: call with N, then X for no-show.
  await page.keyboard.press('n');
  await page.waitForFunction((n) => document.getElementById('cur-number').textContent === n, b.number);
  await page.waitForSelector('body.desk:not(.is-busy)');
  await page.keyboard.press('x');
  await page.waitForSelector('#current-empty:not([hidden])');
  assert.equal((await server.api('GET', `/api/v1/tickets/${b.id}`, tokens.staff)).body.status, 'no_show');

  // Losing the connection shows a banner; it goes away by itself.
  await context.setOffline(true);
  await page.waitForSelector('#conn-banner:not([hidden])');
  assert.equal(await page.getAttribute('#conn', 'data-state'), 'offline');
  await context.setOffline(false);
  await page.waitForSelector('#conn-banner', { state: 'hidden' });
  await page.waitForSelector('#conn[data-state="online"]');
  await context.close();
});

test('phone: the ticket page follows the ticket live and says clearly when it is called', async () => {
  const ahead = [];
  for (let i = 0; i < 6; i++) ahead.push(await issue('national-pension'));
  const mine = await issue('national-pension', 'pt');
  const { page, context } = await newPage(browser, SIZES.phone, { isMobile: true, hasTouch: true });
  await open(page, new URL(mine.status_url).pathname.replace(/^/, server.url));
  await page.waitForSelector('#ticket:not([hidden])');
  assert.equal(await page.getAttribute('html', 'lang'), 'pt', 'opens in the language the ticket was taken in');
  assert.equal(await page.textContent('#ticket-number'), mine.number);
  assert.equal(await page.isVisible('#near-banner'), false, '6 ahead: not near yet');
  await server.api('POST', `/api/v1/offices/${OFFICE}/counters/10/call-next`, tokens.staff);
  await server.api('POST', `/api/v1/offices/${OFFICE}/counters/11/call-next`, tokens.staff);
  await page.waitForSelector('#near-banner:not([hidden])');
  for (let i = 0; i < 4; i++) {
    const c = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/${10 + (i % 2)}/call-next`, tokens.staff);
    await server.api('POST', `/api/v1/tickets/${c.body.id}/finish`, tokens.staff);
  }
  // Counters 10 and 11 serve queue K only.
  const called = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/11/call-next`, tokens.staff);
  assert.equal(called.body.id, mine.id);
  await page.waitForSelector('#called-banner:not([hidden])');
  assert.match(await page.textContent('#called-text'), /11/);
  assert.equal(await page.getAttribute('#called-banner', 'role'), 'alert');
  // Switching language keeps the page live.
  await page.selectOption('#lang-select', 'en');
  await page.waitForSelector('html[lang="en"]');
  // The called text is filled again once the English catalog is in: wait for it, not for the lang attribute alone.
  await page.waitForFunction(() => /Counter 11/.test(document.getElementById('called-text')?.textContent || ''), null, { timeout: 5000 });
  await context.close();

  const gone = await newPage(browser, SIZES.phone);
  await open(gone.page, `${server.url}/t/not-a-real-ticket-token-at-all`);
  await gone.page.waitForSelector('#notfound:not([hidden])');
  await gone.context.close();
});

test('board: announcements play one after another, never over each other; a recall is announced again', async () => {
  const a = await issue('residence-certificate');
  const b = await issue('residence-certificate');
  const { page, context } = await newPage(browser, SIZES.display);
  await open(page, `${server.url}/display/?office=${OFFICE}&access_token=${tokens.display}`);
  await page.waitForSelector('html[data-connection="online"]');
  // Watch what the board says it is announcing, as it changes.
  await page.evaluate(() => {
    window.announcements = [];
    new MutationObserver(() => window.announcements.push(document.body.dataset.announcing ?? null)).observe(document.body, {
      attributes: true,
      attributeFilter: ['data-announcing'],
    });
  });
  const first = (await server.api('POST', `/api/v1/offices/${OFFICE}/counters/4/call-next`, tokens.staff)).body;
  const second = (await server.api('POST', `/api/v1/offices/${OFFICE}/counters/5/call-next`, tokens.staff)).body;
  await server.api('POST', `/api/v1/tickets/${first.id}/recall`, tokens.staff);
  assert.deepEqual([first.number, second.number].sort(), [a.number, b.number].sort());
  // Three announcements (call, call, recall), each a chime and two voices: wait for all three to end.
  await page.waitForFunction(() => window.announcements.filter((x) => x === null).length >= 3, null, { timeout: 90000 });
  const log = await page.evaluate(() => window.announcements);
  // Starts and ends alternate: nothing starts before the one before it has ended.
  assert.deepEqual(log.slice(0, 6), [first.number, null, second.number, null, first.number, null]);
  await context.close();
});
