// A board that loses its connection while calls happen shows exactly the
// calls it missed once it is back: it reconnects by itself with `?since=`
// and the server replays the events after the last seq it applied.

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

async function issue(kiosk, service) {
  const r = await server.api('POST', `/api/v1/offices/${OFFICE}/tickets`, kiosk, { service, lang: 'ja' });
  assert.equal(r.status, 201);
  return r.body;
}

async function callNext(staff, counter) {
  const r = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/${counter}/call-next`, staff);
  assert.equal(r.status, 200);
  return r.body;
}

test('a board offline while two calls happen shows both when it is back', async () => {
  const kiosk = server.token('kiosk');
  const staff = server.token('staff');
  const board = await newPage(browser, SIZES.display);
  const sockets = [];
  board.page.on('websocket', (ws) => sockets.push(new URL(ws.url())));
  const announced = [];
  board.page.on('request', (r) => {
    if (r.url().includes('/announcement.wav')) announced.push(new URL(r.url()).searchParams.get('number'));
  });

  // One call before the drop, so the board has a seq to resume from.
  const first = await issue(kiosk, 'moving-in');
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await board.page.waitForSelector('html[data-connection="online"]');
  await callNext(staff, '1');
  await board.page.waitForSelector(`.call[data-number="${first.number}"]`);
  const seqBefore = Number(await board.page.getAttribute('html', 'data-seq'));

  const a = await issue(kiosk, 'moving-out');
  const b = await issue(kiosk, 'residence-certificate');
  await board.page.waitForFunction((s) => Number(document.documentElement.dataset.seq) >= s + 2, seqBefore);

  // The network goes away.
  await board.context.setOffline(true);
  await board.page.waitForSelector('html:not([data-connection="online"])');

  // Two calls while the board cannot hear them.
  const calledA = await callNext(staff, '2');
  const calledB = await callNext(staff, '4');
  assert.deepEqual([calledA.number, calledB.number].sort(), [a.number, b.number].sort());
  assert.equal(await board.page.locator(`.call[data-number="${a.number}"]`).count(), 0, 'an offline board cannot know yet');
  // The reconnecting banner appears after a short grace period.
  await board.page.waitForSelector('#conn-banner:not([hidden])');

  // Back online: the board reconnects by itself and catches up.
  await board.context.setOffline(false);
  await board.page.waitForSelector('html[data-connection="online"]');
  for (const t of [calledA, calledB]) {
    await board.page.waitForSelector(`.call[data-number="${t.number}"]`);
    await board.page.waitForSelector(`#recent-body tr[data-number="${t.number}"]`);
  }
  await board.page.waitForSelector('#conn-banner', { state: 'hidden' });

  // It resumed from where it was (a replay, not a fresh start) …
  const resumed = sockets.slice(1).map((u) => u.searchParams.get('since'));
  assert.ok(resumed.length >= 1, 'the board opened a new socket');
  assert.ok(resumed.every((s) => s !== null && Number(s) >= seqBefore), `reconnected with ?since= (got ${resumed.join(',')})`);
  // … and is now exactly at the server's seq: nothing missing, nothing twice.
  const recent = await board.page.$$eval('#recent-body tr', (rows) => rows.map((r) => r.dataset.number));
  assert.deepEqual(recent.slice(0, 3).sort(), [first.number, a.number, b.number].sort());
  assert.equal(new Set(recent).size, recent.length, 'no call listed twice');

  // The missed calls are announced too, each once.
  await until(() => announced.includes(a.number) && announced.includes(b.number), 'both missed calls announced');
  await board.context.close();
});

test('a lost event (a gap in seq) makes the board start over from a snapshot', async () => {
  const kiosk = server.token('kiosk');
  const staff = server.token('staff');
  const board = await newPage(browser, SIZES.display);
  const sockets = [];
  let loseNext = false;
  let lost = null;
  // Sit between the page and the real server, and lose one frame on demand.
  await board.page.routeWebSocket(/\/ws\/office\//, (ws) => {
    sockets.push(new URL(ws.url()));
    const upstream = ws.connectToServer();
    upstream.onMessage((frame) => {
      const m = JSON.parse(frame);
      if (loseNext && m.type === 'ticket.issued') {
        loseNext = false;
        lost = m.seq;
        return;
      }
      ws.send(frame);
    });
  });
  await open(board.page, `${server.url}/display/?office=${OFFICE}&access_token=${server.token('display')}`);
  await board.page.waitForSelector('html[data-connection="online"]');
  const t = await issue(kiosk, 'seal-registration');
  await callNext(staff, '3');
  await board.page.waitForSelector(`.call[data-number="${t.number}"]`);
  const opened = sockets.length;

  loseNext = true;
  await issue(kiosk, 'seal-registration'); // this event never reaches the page
  const t3 = await issue(kiosk, 'seal-registration'); // this one arrives with a gap before it
  await until(() => lost !== null, 'one event lost on the way');
  await until(() => sockets.length > opened, 'the board reconnects after the gap');
  assert.equal(sockets.at(-1).searchParams.get('since'), null, 'after a gap the board asks for a fresh snapshot, not a replay');
  await board.page.waitForSelector('html[data-connection="online"]');
  await board.page.waitForFunction((s) => Number(document.documentElement.dataset.seq) >= s + 1, lost);

  // And it is fully live again.
  await callNext(staff, '3');
  await callNext(staff, '3');
  await board.page.waitForSelector(`.call[data-number="${t3.number}"]`);
  await board.context.close();
});
