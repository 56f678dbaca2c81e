// The counters' day, in the browser: a manager closes a queue's reception
// early — the kiosk sets its services aside, says why and when reception
// opens, and offers no ticket, and the board says 受付終了; a desk pauses its
// counter with P — call-next is off, the board lists it as paused — and
// resumes with P. axe on each page in that state.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICE, SIZES, axeCheck, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

let server;
let browser;
let staff;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  staff = server.token('staff');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('a queue closed early: the kiosk sets it aside and says why, the board says reception closed', async () => {
  const kiosk = await newPage(browser, SIZES.kiosk);
  await open(kiosk.page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${server.token('kiosk')}&lang=en&print=0`);
  const board = await newPage(browser, SIZES.display);
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await board.page.waitForSelector('html[data-connection="online"]');

  // Residence certificates are queue B at the main office.
  const r = await server.api('POST', `/api/v1/offices/${OFFICE}/queues/B/reception`, staff, { open: false, reason: 'Waits already run past closing time' });
  assert.equal(r.status, 200);
  assert.equal(r.body.reception.why, 'closed_early');

  // The board: queue B says reception closed.
  await board.page.waitForSelector('.queue[data-queue="B"].closed', { timeout: 3000 });
  assert.match(await board.page.textContent('.queue[data-queue="B"] .q-wait'), /受付終了/);
  await axeCheck(board.page, 'board with a queue closed');

  // The kiosk: the service is set aside with the reason and the next opening.
  await kiosk.page.fill('#search-input', 'residence');
  await kiosk.page.press('#search-input', 'Enter');
  const item = kiosk.page.locator('.service[data-service="residence-certificate"]');
  await until(async () => (await item.getAttribute('class'))?.includes('closed'), 'the service is marked closed', 5000);
  assert.match(await item.textContent(), /Reception has closed for today \(Waits already run past closing time\)/);
  assert.match(await item.textContent(), /Next opens:/);
  await axeCheck(kiosk.page, 'kiosk list with a closed service', { kiosk: true });
  await item.click();
  await kiosk.page.waitForSelector('#confirm-closed:not([hidden])');
  assert.equal(await kiosk.page.isHidden('#take-ticket'), true, 'no ticket is offered');
  assert.match(await kiosk.page.textContent('#confirm-closed'), /Next opens:/);
  await axeCheck(kiosk.page, 'kiosk confirm of a closed service', { kiosk: true });

  // Reopened: the kiosk offers the ticket again without a reload.
  assert.equal((await server.api('POST', `/api/v1/offices/${OFFICE}/queues/B/reception`, staff, { open: true })).status, 200);
  await kiosk.page.waitForSelector('#take-ticket:not([hidden])', { timeout: 3000 });
  await board.page.waitForSelector('.queue[data-queue="B"]:not(.closed)', { timeout: 3000 });
  assert.deepEqual(kiosk.problems, []);
  assert.deepEqual(board.problems, []);
});

test('a desk pauses its counter with P: no calls, the board says so; P again resumes', async () => {
  await server.issue('residence-certificate', 'ja');
  const desk = await newPage(browser, SIZES.desk);
  await open(desk.page, `${server.url}/desk/?office=${OFFICE}&counter=4&access_token=${staff}&lang=en`);
  await desk.page.waitForSelector('#workspace:not([hidden])');
  const board = await newPage(browser, SIZES.display);
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await board.page.waitForSelector('html[data-connection="online"]');

  await desk.page.selectOption('#pause-reason', 'phone');
  await desk.page.locator('body').press('p');
  await desk.page.waitForSelector('#paused-banner:not([hidden])');
  assert.match(await desk.page.textContent('#paused-banner'), /paused \(Phone/);
  assert.equal(await desk.page.isDisabled('[data-action="call-next"]'), true, 'call-next is off while paused');
  assert.equal(await desk.page.getAttribute('[data-action="pause"]', 'aria-pressed'), 'true');
  await axeCheck(desk.page, 'desk paused');
  await board.page.waitForSelector('#paused:not([hidden])', { timeout: 3000 });
  assert.match(await board.page.textContent('#paused'), /休止中の窓口: 4番窓口/);

  await desk.page.locator('body').press('p');
  await desk.page.waitForSelector('#paused-banner', { state: 'hidden' });
  assert.equal(await desk.page.isDisabled('[data-action="call-next"]'), false);
  await board.page.waitForSelector('#paused', { state: 'hidden', timeout: 3000 });
  assert.deepEqual(desk.problems, []);
  assert.deepEqual(board.problems, []);
});

test('the public status page shows every queue with a worded lamp and follows changes live', async () => {
  const { page, problems } = await newPage(browser, SIZES.phone);
  await open(page, `${server.url}/status/?lang=en`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.waitForSelector('body[data-live="true"]', { timeout: 5000 });
  const row = page.locator(`section.status-office:first-of-type tr[data-queue="B"]`);
  const before = Number(await row.locator('td').first().textContent());
  assert.match(await page.textContent('h1'), /Waiting at the counters/);
  await axeCheck(page, 'public status page');

  await server.issue('residence-certificate', 'en');
  await until(async () => Number(await row.locator('td').first().textContent()) === before + 1, 'the page follows the new ticket live', 5000);
  const lamp = await row.locator('.lamp').textContent();
  assert.match(lamp, /Not busy|Busy|Very busy/, 'the lamp is a word, not a colour alone');

  // The script-free snippet for the city's site, framed as it would be.
  // No script, so no ready mark to wait for: the page is whole when loaded.
  await page.goto(`${server.url}/status/embed?lang=en`, { waitUntil: 'load' });
  assert.equal(await page.locator('script').count(), 0);
  await axeCheck(page, 'status snippet');
  assert.deepEqual(problems, []);
});

test('reception staff issue a priority ticket from the desk with I', async () => {
  const desk = await newPage(browser, SIZES.desk);
  await open(desk.page, `${server.url}/desk/?office=${OFFICE}&counter=4&access_token=${staff}&lang=en`);
  await desk.page.waitForSelector('#workspace:not([hidden])');
  await desk.page.locator('body').press('i');
  await desk.page.waitForSelector('#issue-dialog[open]');
  await desk.page.selectOption('#issue-service', 'residence-certificate');
  await desk.page.check('#issue-priority');
  await axeCheck(desk.page, 'desk issue dialog');
  await desk.page.click('#issue-dialog button[value="ok"]');
  await until(async () => /Issued B-\d+ with priority/.test(await desk.page.textContent('#action-status')), 'the desk says it issued with priority', 5000);
  assert.deepEqual(desk.problems, []);
});

test('a manager sees the lights and an alert on the operations page and closes a queue from it', async () => {
  for (let i = 0; i < 3; i += 1) await server.issue('residence-certificate', 'ja');
  const ops = await newPage(browser, SIZES.desk);
  ops.page.on('dialog', (d) => d.accept('Waits run past closing'));
  await open(ops.page, `${server.url}/ops/?office=${OFFICE}&lang=en&access_token=${staff}`);
  await ops.page.waitForSelector('#workspace:not([hidden])');
  await ops.page.waitForSelector('#queues tr[data-queue="B"]');
  assert.match(await ops.page.textContent('#queues tr[data-queue="B"]'), /Fine|Watch|Too long/, 'the light is a word');
  await axeCheck(ops.page, 'operations page');
  // Closing reception from the page: the row says so at once.
  await ops.page.click('#queues tr[data-queue="B"] button');
  await until(async () => /Closed early/.test(await ops.page.textContent('#queues tr[data-queue="B"]')), 'queue B shows closed early', 5000);
  assert.match(await ops.page.textContent('#ops-status'), /Reception closed/);
  // And reopens it.
  await ops.page.click('#queues tr[data-queue="B"] button');
  await until(async () => /Open/.test(await ops.page.textContent('#queues tr[data-queue="B"]')), 'queue B open again', 5000);
  assert.deepEqual(ops.problems, []);
});

test('a document to collect: the desk hands it on with D, makes it ready, the board lists it, the desk hands it over', async () => {
  const t = await server.issue('residence-certificate', 'en');
  const desk = await newPage(browser, SIZES.desk);
  await open(desk.page, `${server.url}/desk/?office=${OFFICE}&counter=4&access_token=${staff}&lang=en`);
  await desk.page.waitForSelector('#workspace:not([hidden])');
  const board = await newPage(browser, SIZES.display);
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await board.page.waitForSelector('html[data-connection="online"]');
  // Call until this ticket is at the counter (earlier tests left others waiting).
  for (let i = 0; i < 20 && (await desk.page.getAttribute('body', 'data-current')) !== t.number; i += 1) {
    const current = await desk.page.getAttribute('body', 'data-current');
    await desk.page.locator('body').press(current ? 'f' : 'n');
    await until(async () => (await desk.page.getAttribute('body', 'data-current')) !== current, 'the desk moves on', 5000);
  }
  await desk.page.locator('body').press('d');
  await desk.page.waitForSelector(`#pickup-list li[data-ticket-id="${t.id}"][data-status="preparing"]`);
  await desk.page.click(`#pickup-list li[data-ticket-id="${t.id}"] button`);
  await desk.page.waitForSelector(`#pickup-list li[data-ticket-id="${t.id}"][data-status="ready"]`);
  await board.page.waitForSelector('#ready:not([hidden])', { timeout: 3000 });
  assert.match(await board.page.textContent('#ready'), new RegExp(`お受け取りできます: ${t.number} → 4番窓口`));
  await axeCheck(board.page, 'board with a document ready');
  await axeCheck(desk.page, 'desk with documents to collect');
  await desk.page.click(`#pickup-list li[data-ticket-id="${t.id}"] button`);
  await desk.page.waitForSelector(`#pickup-list li[data-ticket-id="${t.id}"]`, { state: 'detached' });
  await board.page.waitForSelector('#ready', { state: 'hidden', timeout: 3000 });
  assert.deepEqual(desk.problems, []);
  assert.deepEqual(board.problems, []);
});

test('the desk undoes a no-show, brings one back from the list, and calls a number out of turn', async () => {
  const desk = await newPage(browser, SIZES.desk);
  await open(desk.page, `${server.url}/desk/?office=${OFFICE}&counter=4&access_token=${staff}&lang=en`);
  await desk.page.waitForSelector('#workspace:not([hidden])');
  // Finish whatever earlier tests left at counter 4.
  while (await desk.page.getAttribute('body', 'data-current')) {
    const current = await desk.page.getAttribute('body', 'data-current');
    await desk.page.locator('body').press('f');
    await until(async () => (await desk.page.getAttribute('body', 'data-current')) !== current, 'the counter is free', 5000);
  }
  const a = await server.issue('residence-certificate', 'en');
  const b = await server.issue('residence-certificate', 'en');
  // C: call b out of turn.
  await desk.page.locator('body').press('c');
  await desk.page.waitForSelector('#call-number-dialog[open]');
  await desk.page.fill('#call-number-input', b.number);
  await axeCheck(desk.page, 'desk call-number dialog');
  await desk.page.press('#call-number-input', 'Enter');
  await until(async () => (await desk.page.getAttribute('body', 'data-current')) === b.number, 'b is called out of turn', 5000);
  // X, then undo: b waits again, first.
  await desk.page.locator('body').press('x');
  await desk.page.waitForSelector('#undo-row:not([hidden])');
  await desk.page.click('#undo-no-show');
  await until(async () => /is back, first in line/.test(await desk.page.textContent('#action-status')), 'the undo is confirmed', 5000);
  const back = await server.api('GET', `/api/v1/tickets/${b.id}`, staff);
  assert.equal(back.body.status, 'waiting');
  // N calls b (first in line), X; it is listed and brought back from the list.
  await desk.page.locator('body').press('n');
  await until(async () => (await desk.page.getAttribute('body', 'data-current')) === b.number, 'b called first', 5000);
  await desk.page.locator('body').press('x');
  await desk.page.waitForSelector(`#no-show-list li[data-ticket-id="${b.id}"]`);
  await axeCheck(desk.page, 'desk with a no-show list');
  await desk.page.click(`#no-show-list li[data-ticket-id="${b.id}"] button`);
  await desk.page.waitForSelector(`#no-show-list li[data-ticket-id="${b.id}"]`, { state: 'detached' });
  assert.equal((await server.api('GET', `/api/v1/tickets/${b.id}`, staff)).body.status, 'waiting');
  assert.ok(a.number);
  assert.deepEqual(desk.problems, []);
});

test('kiosk: with large text on a landscape screen the take-a-number button stays in view', async () => {
  const kiosk = await newPage(browser, SIZES.kioskLandscape);
  await open(kiosk.page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${server.token('kiosk')}&lang=en&print=0`);
  await kiosk.page.click('[data-mode-toggle="large"]');
  await kiosk.page.waitForSelector('html.mode-large');
  await kiosk.page.fill('#search-input', 'residence');
  await kiosk.page.press('#search-input', 'Enter');
  await kiosk.page.click('.service[data-service="residence-certificate"]');
  await kiosk.page.waitForSelector('#screen-confirm:not([hidden])');
  const seen = await kiosk.page.evaluate(() => {
    const b = document.getElementById('take-ticket').getBoundingClientRect();
    const foot = document.querySelector('.staff-hint').getBoundingClientRect();
    return { bottom: b.bottom, top: b.top, footTop: foot.top, height: window.innerHeight };
  });
  assert.ok(seen.top >= 0 && seen.bottom <= Math.min(seen.footTop, seen.height) + 1, `the button is on screen above the footer: ${JSON.stringify(seen)}`);
  await axeCheck(kiosk.page, 'kiosk confirm with large text, landscape', { kiosk: true });
  assert.deepEqual(kiosk.problems, []);
});
