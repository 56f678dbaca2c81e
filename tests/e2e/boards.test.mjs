// Boards show more than calls: a ward notice appears between calls within
// 2 s and rotates with the next; a call takes the screen at once and is
// announced; an emergency alert goes over everything with its own alarm,
// calls go on beneath it, and it ends when cancelled. axe on the board in
// each state.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICE, SIZES, axeCheck, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

let server;
let browser;
let admin;
let staff;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  admin = server.token('admin', null);
  staff = server.token('staff');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

function notice(ja, en, priority = 0) {
  return { offices: [OFFICE], title: { ja, en: `${en}` }, body: { ja: `${ja}の詳細です。`, en: `About ${en}.` }, priority };
}

test('a notice shows between calls, rotates, and yields to a call at once', async () => {
  const { page, problems } = await newPage(browser, SIZES.display);
  const announced = [];
  page.on('request', (r) => {
    if (r.url().includes('/announcement.wav')) announced.push(Date.now());
  });
  await open(page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await page.waitForSelector('html[data-connection="online"]');
  assert.equal(await page.isHidden('#content'), true, 'no notice, no panel: the recent calls show');

  const posted = Date.now();
  const first = await server.api('POST', '/api/v1/notices', staff, notice('年末年始の閉庁', 'Closed over New Year', 0));
  assert.equal(first.status, 201);
  await page.waitForSelector('#content:not([hidden])', { timeout: 2000 });
  const shownAfter = Date.now() - posted;
  assert.ok(shownAfter < 2000, `the notice shows within 2 s (${shownAfter} ms)`);
  assert.match(await page.textContent('#content-heading'), /年末年始の閉庁/);
  assert.match(await page.textContent('#content-heading'), /Closed over New Year/, 'and in the board\'s second language');
  assert.equal(await page.isHidden('.recent'), true, 'in the place of the recent calls');
  await axeCheck(page, 'board with a notice');

  // A second notice: the board turns to it at the next rotation.
  const second = await server.api('POST', '/api/v1/notices', staff, notice('マイナンバーカードの受け取り', 'My Number cards', 0));
  await until(async () => (await page.getAttribute('#content-item', 'data-notice')) === second.body.id, 'the rotation reaches the second notice', 12000);
  assert.match(await page.textContent('#content-count'), /2 \/ 2/);

  // A call during the rotation takes the screen at once and is announced.
  const ticket = await server.issue('residence-certificate', 'ja');
  const called = Date.now();
  const r = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/4/call-next`, staff);
  assert.equal(r.status, 200);
  await page.waitForSelector(`.call[data-number="${ticket.number}"].is-new`, { timeout: 2000 });
  const callShownAfter = Date.now() - called;
  assert.equal(await page.isHidden('#content'), true, 'the notice gives way to the call');
  assert.equal(await page.isVisible(`#recent-body tr[data-number="${ticket.number}"]`), true);
  await until(() => announced.some((t) => t >= called), 'the call is announced', 3000);
  assert.ok(callShownAfter < 2000, `the call shows within 2 s (${callShownAfter} ms)`);

  // Withdrawn notices leave the rotation.
  for (const id of [first.body.id, second.body.id]) assert.equal((await server.api('DELETE', `/api/v1/notices/${id}`, staff)).status, 204);
  await until(async () => (await page.evaluate(() => document.body.dataset.content)) === 'calls', 'no notice left');
  assert.deepEqual(problems, []);
});

test('an emergency alert goes over everything with its own alarm, calls go on, and it ends', async () => {
  const { page, problems } = await newPage(browser, SIZES.display);
  await open(page, `${server.url}/display/?office=${OFFICE}&lang=en&access_token=${server.token('display')}`);
  await page.waitForSelector('html[data-connection="online"]');
  const alert = {
    offices: [OFFICE],
    headline: { ja: '強い地震がありました', en: 'A strong earthquake has occurred' },
    description: { ja: '落ち着いて、職員の指示に従ってください。', en: "Stay calm and follow the staff's directions." },
    severity: 'Extreme',
  };
  const raised = Date.now();
  const r = await server.api('POST', '/api/v1/alerts', admin, alert);
  assert.equal(r.status, 201);
  await page.waitForSelector('#alert:not([hidden])', { timeout: 2000 });
  assert.ok(Date.now() - raised < 2000, 'within 2 s');
  assert.match(await page.textContent('#alert-headline'), /A strong earthquake has occurred/);
  assert.match(await page.textContent('#alert-headline'), /強い地震がありました/);
  assert.match(await page.textContent('#alert-description'), /Stay calm/);
  await until(async () => (await page.evaluate(() => document.body.dataset.alarms)) === '1', 'its own alarm', 3000);
  const box = await page.locator('#alert').boundingBox();
  assert.ok(box && box.y < 5, 'at the top of the screen, over everything');
  await axeCheck(page, 'board with an emergency alert');

  // Calls go on beneath it.
  const ticket = await server.issue('residence-certificate', 'en');
  await server.api('POST', `/api/v1/offices/${OFFICE}/counters/4/call-next`, staff);
  await page.waitForSelector(`.call[data-number="${ticket.number}"]`, { timeout: 2000 });
  assert.equal(await page.isVisible('#alert'), true, 'the alert stays over the call');

  assert.equal(await page.evaluate(() => document.body.dataset.alarms), '1', 'once, however often the board renders');

  assert.equal((await server.api('DELETE', `/api/v1/alerts/${r.body.id}`, admin)).status, 204);
  await page.waitForSelector('#alert', { state: 'hidden', timeout: 2000 });
  assert.deepEqual(problems, []);
});
