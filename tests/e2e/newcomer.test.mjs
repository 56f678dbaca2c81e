// The whole trip of a ticket, as issue 4 puts it: a newcomer takes a ticket
// at the kiosk, the kiosk prints the server's PDF, the QR code on that paper
// (read by zbar from the rendered page, as a phone's camera would) opens the
// phone page, and the phone page follows the queue until it says which
// counter to go to.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OFFICE, SIZES, axeCheck, launchBrowser, newPage, open, startServer } from './helpers.mjs';

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

/** The QR code of a PDF, as zbar reads it from the page rendered at 200 dpi. */
function qrOf(pdf) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'madoguchi-qr-'));
  try {
    fs.writeFileSync(path.join(dir, 'ticket.pdf'), pdf);
    execFileSync('pdftoppm', ['-png', '-r', '200', '-singlefile', path.join(dir, 'ticket.pdf'), path.join(dir, 'page')]);
    const text = execFileSync('pdftotext', [path.join(dir, 'ticket.pdf'), '-'], { encoding: 'utf8' });
    const qr = execFileSync('zbarimg', ['--quiet', '--raw', path.join(dir, 'page.png')], { encoding: 'utf8' }).trim();
    return { qr, text };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('newcomer: kiosk ticket in Korean → the printed PDF → its QR code → the phone page → "go to counter 4"', async () => {
  const staff = server.token('staff');
  // Someone is already waiting for the same counter.
  const ahead = await server.issue('residence-certificate', 'ja');
  const kiosk = await newPage(browser, SIZES.kiosk);
  // The kiosk fetches its own ticket's PDF: a kiosk token gets only the tickets it issued.
  const kioskToken = server.token('kiosk');
  await open(kiosk.page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${kioskToken}`);
  await kiosk.page.click('button.lang-btn[data-lang="ko"]');
  await kiosk.page.waitForSelector('html[lang="ko"]');
  await kiosk.page.click('button.category[data-category="certificates"]');
  await kiosk.page.click('button.service[data-service="residence-certificate"]');
  await kiosk.page.waitForSelector('#screen-confirm:not([hidden])');
  const issued = kiosk.page.waitForResponse((r) => r.url().endsWith(`/offices/${OFFICE}/tickets`) && r.request().method() === 'POST');
  const printed = kiosk.page.waitForRequest((r) => r.url().includes('/ticket.pdf') && r.method() === 'GET');
  await kiosk.page.click('#take-ticket');
  const ticket = await (await issued).json();
  // The PDF the kiosk asked for, fetched again the same way (headless
  // Chromium's print dialog takes the kiosk page down with it).
  const url = (await printed).url();
  const pdf = await fetch(url, { headers: { authorization: `Bearer ${kioskToken}`, accept: 'application/pdf' } });
  assert.equal(pdf.status, 200);
  assert.match(pdf.headers.get('content-type'), /application\/pdf/);
  const { qr, text } = qrOf(Buffer.from(await pdf.arrayBuffer()));
  assert.ok(text.includes(ticket.number), `the paper shows ${ticket.number}: ${text}`);
  assert.ok(text.includes('주민표'), `and the service in Korean: ${text}`);
  assert.equal(qr, ticket.status_url, 'the QR code is the ticket\'s status address');
  assert.ok(qr.startsWith(`${server.url}/t/`), qr);
  await kiosk.context.close().catch(() => {});

  const phone = await newPage(browser, SIZES.phone, { isMobile: true, hasTouch: true });
  // Opened from the camera: the address as the QR code gives it, no login.
  await open(phone.page, qr);
  await phone.page.waitForSelector('#ticket:not([hidden])');
  assert.equal(await phone.page.getAttribute('html', 'lang'), 'ko', 'in the language the ticket was taken in');
  assert.equal((await phone.page.textContent('#ticket-number')).trim(), ticket.number);

  assert.match(await phone.page.textContent('#ticket-ahead'), /1/, 'one person ahead');

  // Counter 4 serves queue B: first the one ahead, then this ticket.
  const first = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/4/call-next`, staff);
  assert.equal(first.body.id, ahead.id);
  // "You are next", without a reload.
  await phone.page.waitForFunction(() => !/[0-9]/.test(document.getElementById('ticket-ahead').textContent), null, { timeout: 2000 });
  await server.api('POST', `/api/v1/tickets/${first.body.id}/finish`, staff);
  const started = Date.now();
  const mine = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/4/call-next`, staff);
  assert.equal(mine.body.id, ticket.id);
  await phone.page.waitForSelector('#called-banner:not([hidden])');
  assert.ok(Date.now() - started < 2000, 'the phone says so within 2 s of the call');
  assert.match(await phone.page.textContent('#called-text'), /4/);
  await phone.context.close();
});

test('a kiosk opened without its token shows a lock screen, not services that would fail', async () => {
  const { page, context, problems } = await newPage(browser, SIZES.kiosk);
  await open(page, `${server.url}/kiosk/?office=${OFFICE}`);
  assert.equal(await page.isVisible('#screen-locked'), true);
  assert.match(await page.textContent('#locked-title'), /準備中/);
  assert.match(await page.textContent('#locked-en'), /not ready/);
  assert.equal(await page.isVisible('#screen-start'), false, 'nothing to choose');
  assert.equal(await page.locator('button.service:visible, button.category:visible').count(), 0);
  await axeCheck(page, 'kiosk without a token', { kiosk: true });
  // With its token, the same kiosk works.
  await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${server.token('kiosk')}`);
  assert.equal(await page.isVisible('#screen-locked'), false);
  assert.equal(await page.isVisible('#screen-start'), true);
  assert.deepEqual(problems, []);
  await context.close();
});
