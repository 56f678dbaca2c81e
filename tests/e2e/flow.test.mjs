// A resident takes a ticket at the kiosk in English, the desk calls it, the
// waiting-room board shows it and asks the server for its announcement, and
// the desk finishes it. Everything through the real pages.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICE, SIZES, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

let server;
let browser;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

test('kiosk (English) → desk calls → board shows and announces → desk finishes', async () => {
  const staff = server.token('staff');

  // The board first, so it is live before anything happens.
  const board = await newPage(browser, SIZES.display);
  const announcements = [];
  board.page.on('request', (r) => {
    if (r.url().includes('/announcement.wav')) announcements.push(new URL(r.url()).searchParams);
  });
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  assert.ok(!board.page.url().includes('access_token'), 'the board takes its token out of the address bar');
  await board.page.waitForSelector('html[data-connection="online"]');

  // The kiosk, in English.
  const kiosk = await newPage(browser, SIZES.kiosk);
  await open(kiosk.page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${server.token('kiosk')}`);
  assert.ok(!kiosk.page.url().includes('access_token'), 'the kiosk takes its token out of the address bar');
  await kiosk.page.click('button.lang-btn[data-lang="en"]');
  await kiosk.page.waitForSelector('html[lang="en"]');
  assert.equal((await kiosk.page.textContent('#needs-title')).trim(), 'What do you need today?');
  await kiosk.page.click('button.category[data-category="certificates"]');
  await kiosk.page.click('button.service[data-service="residence-certificate"]');
  await kiosk.page.waitForSelector('#screen-confirm:not([hidden])');
  const issued = kiosk.page.waitForResponse((r) => r.url().endsWith(`/offices/${OFFICE}/tickets`) && r.request().method() === 'POST');
  // The paper ticket: the kiosk prints the server's PDF.
  const printed = kiosk.page.waitForRequest((r) => r.url().includes('/ticket.pdf?access_token='));
  await kiosk.page.click('#take-ticket');
  const issueResponse = await issued;
  assert.equal(issueResponse.status(), 201);
  await kiosk.page.waitForSelector('#screen-ticket:not([hidden])');
  const number = (await kiosk.page.textContent('#ticket-number')).trim();
  const ticketId = await kiosk.page.getAttribute('#screen-ticket', 'data-ticket-id');
  assert.match(number, /^B-\d{3}$/, 'a certificate ticket is numbered in queue B');
  assert.equal(number, (await issueResponse.json()).number, 'the kiosk shows exactly the number the server issued');
  await kiosk.page.waitForSelector('#qr-figure:not([hidden]) svg');
  await printed;

  const stored = await server.api('GET', `/api/v1/tickets/${ticketId}`, staff);
  assert.equal(stored.body.lang, 'en', 'the ticket remembers the resident chose English');
  assert.equal(stored.body.status, 'waiting');

  // The desk at counter 4 (queue B) sees the ticket waiting and calls it with the N key.
  const desk = await newPage(browser, SIZES.desk);
  await open(desk.page, `${server.url}/desk/?office=${OFFICE}&counter=4&access_token=${staff}`);
  await desk.page.waitForSelector(`#waiting-body tr[data-ticket-id="${ticketId}"]`);
  const firstAnnouncement = board.page.waitForRequest((r) => r.url().includes('/announcement.wav') && r.url().includes(`number=${number}`));
  await desk.page.keyboard.press('n');
  await desk.page.waitForFunction((n) => document.getElementById('cur-number')?.textContent === n, number);
  // The resident's language in the staff member's words (英語), then its own name.
  assert.equal(await desk.page.getAttribute('#cur-lang', 'lang'), 'ja');
  assert.match(await desk.page.textContent('#cur-lang'), /^英語 \(English\)$/);
  assert.equal(await desk.page.getAttribute('#cur-lang .lang-native', 'lang'), 'en');

  // The board shows the call large, to counter 4, and asks for the spoken announcement.
  await board.page.waitForSelector(`.call[data-number="${number}"]`);
  assert.match(await board.page.textContent(`.call[data-number="${number}"] .call-to`), /4/);
  assert.ok(await board.page.isVisible(`.call[data-number="${number}"].is-new .call-badge`), 'a new call is marked in words, not only by colour');
  await board.page.waitForSelector(`#recent-body tr[data-number="${number}"]`);
  await firstAnnouncement;
  const forThis = () => announcements.filter((p) => p.get('number') === number);
  await until(() => forThis().length >= 2, 'the English announcement is requested too');
  // Japanese first, then English, for this ticket and this counter.
  assert.deepEqual(
    forThis()
      .slice(0, 2)
      .map((p) => [p.get('lang'), p.get('counter')]),
    [
      ['ja', '4'],
      ['en', '4'],
    ],
  );

  // The desk finishes it; the board's "now calling" lets it go.
  await desk.page.click('[data-action="finish"]');
  await desk.page.waitForSelector('#current-empty:not([hidden])');
  const done = await server.api('GET', `/api/v1/tickets/${ticketId}`, staff);
  assert.equal(done.body.status, 'done');
  await board.page.waitForSelector(`.call[data-number="${number}"]`, { state: 'detached' });
  assert.ok(await board.page.isVisible(`#recent-body tr[data-number="${number}"]`), 'a finished call stays in the recent list');

  for (const p of [board, kiosk, desk]) {
    const unexpected = p.problems.filter((m) => !/Failed to load resource/.test(m));
    assert.deepEqual(unexpected, [], 'no script errors on the pages');
  }
});

test('the kiosk never shows a ticket the server did not issue', async () => {
  const kiosk = await newPage(browser, SIZES.kiosk);
  await open(kiosk.page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${server.token('kiosk')}&lang=en&print=0`);
  await kiosk.page.click('button.category[data-category="moving"]');
  await kiosk.page.click('button.service[data-service="moving-in"]');
  await kiosk.page.waitForSelector('#screen-confirm:not([hidden])');
  // The office system goes away between choosing and taking the number.
  await kiosk.context.setOffline(true);
  await kiosk.page.click('#take-ticket');
  await kiosk.page.waitForSelector('#screen-error:not([hidden])');
  assert.equal(await kiosk.page.isVisible('#screen-ticket'), false);
  assert.equal((await kiosk.page.textContent('#ticket-number')).trim(), '');
  assert.match(await kiosk.page.textContent('#error-title'), /No number was issued/);
  await kiosk.page.waitForSelector('#net-banner:not([hidden])');
  await kiosk.context.setOffline(false);
  await kiosk.context.close();
});
