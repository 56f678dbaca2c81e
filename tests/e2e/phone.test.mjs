// "Your turn is near" on the resident's phone: the banner, a chime, vibration
// and a system notification when the ticket comes near and when it is
// called, once each; the same after the phone was offline (asleep); and the
// "notify me" button for a resident who has not decided yet.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OFFICE, SIZES, axeCheck, launchBrowser, newPage, open, scriptProblems, startServer, until } from './helpers.mjs';

let server;
let browser;
const tokens = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  tokens.staff = server.token('staff');
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const issue = (service, lang = 'en') => server.issue(service, lang);

const callAt = async (counter) => {
  const r = await server.api('POST', `/api/v1/offices/${OFFICE}/counters/${counter}/call-next`, tokens.staff);
  assert.equal(r.status, 200);
  return r.body;
};

/**
 * Records notifications, sounds and vibrations while still letting the real
 * APIs run. With `android`, the page's `new Notification()` throws as it does
 * on Android Chrome, where only a service worker may show one.
 */
function spies({ android = false } = {}) {
  window.__alerts = { notes: [], tones: 0, vibrations: [] };
  const Real = window.Notification;
  if (Real) {
    class Spy extends Real {
      constructor(title, options) {
        if (android) throw new TypeError("Failed to construct 'Notification': Illegal constructor. Use ServiceWorkerRegistration.showNotification() instead.");
        super(title, options);
        window.__alerts.notes.push({ title, body: options?.body || '', tag: options?.tag || '', via: 'page' });
      }
    }
    Object.defineProperty(Spy, 'permission', { get: () => Real.permission });
    Spy.requestPermission = (...a) => Real.requestPermission(...a);
    window.Notification = Spy;
  }
  const registration = window.ServiceWorkerRegistration?.prototype;
  if (registration?.showNotification) {
    const real = registration.showNotification;
    registration.showNotification = function (title, options) {
      window.__alerts.notes.push({ title, body: options?.body || '', tag: options?.tag || '', via: 'worker', url: options?.data?.url || '' });
      return real.call(this, title, options);
    };
  }
  const AC = window.AudioContext;
  if (AC) {
    const real = AC.prototype.createOscillator;
    AC.prototype.createOscillator = function () {
      window.__alerts.tones += 1;
      return real.call(this);
    };
  }
  navigator.vibrate = (pattern) => {
    window.__alerts.vibrations.push(pattern);
    return true;
  };
}

const alerts = (page) => page.evaluate(() => window.__alerts);

/** One more notification, as the page shows them (the touch above closed the last). */
const notifyFromPage = (page, url) =>
  page.evaluate(async (url) => {
    const registration = await navigator.serviceWorker.getRegistration('/ui/ticket/');
    await registration.showNotification('again', { data: { url } });
  }, url);

/** The titles of the notifications the service worker is showing now. */
const shown = (page) =>
  page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration('/ui/ticket/');
    return registration ? (await registration.getNotifications()).map((n) => n.title) : [];
  });

test('phone (as on Android): near and called each alert once — banner, chime, vibration, notification — also after being offline', async () => {
  // Queue K (national pension) is served by counters 10 and 11 only.
  const ahead = [];
  for (let i = 0; i < 6; i++) ahead.push(await issue('national-pension'));
  const mine = await issue('national-pension');
  const { page, context, problems } = await newPage(browser, SIZES.phone, { isMobile: true, hasTouch: true });
  await context.grantPermissions(['notifications'], { origin: server.url });
  await context.addInitScript(spies, { android: true });
  await open(page, `${server.url}${new URL(mine.status_url).pathname}`);
  await page.waitForSelector('#ticket:not([hidden])');
  const view = await server.api('GET', `/api/v1/public/tickets/${mine.token}`);
  assert.equal(view.body.near_position, 5, 'the ward says when "near" begins');

  // Allowed already: no button, a note that says so.
  assert.equal(await page.isVisible('#notify-on'), true);
  assert.equal(await page.isVisible('#notify-btn'), false);
  // A touch lets the page make sound.
  await page.tap('#ticket-number');
  assert.equal(await page.isVisible('#near-banner'), false, '6 ahead: not near yet');
  assert.deepEqual((await alerts(page)).notes, [], 'opening the page alerts nobody');

  // Two called: position 5 is near.
  const first = [await callAt(10), await callAt(11)];
  await page.waitForSelector('#near-banner:not([hidden])');
  await until(async () => (await alerts(page)).notes.length === 1, 'the near notification');
  let a = await alerts(page);
  assert.match(a.notes[0].title, new RegExp(mine.number));
  assert.match(a.notes[0].body, /coming soon/i);
  assert.equal(a.notes[0].via, 'worker', 'shown through the service worker');
  assert.equal(a.notes[0].url, page.url(), 'touching it comes back to this ticket');
  await until(async () => (await shown(page)).some((t) => t.includes(mine.number)), 'the notification on screen');
  assert.equal(a.tones, 2, 'one chime (two tones)');
  assert.equal(a.vibrations.length, 1);

  // Moving closer does not alert again.
  for (const t of first) await server.api('POST', `/api/v1/tickets/${t.id}/finish`, tokens.staff);
  const next = await callAt(10);
  await page.waitForFunction(() => document.getElementById('ticket-ahead').textContent.trim() === '3');
  assert.equal((await alerts(page)).notes.length, 1, 'no second "near"');

  // Asleep (offline) while the line moves and the ticket is called.
  await context.setOffline(true);
  await page.waitForSelector('#conn-banner:not([hidden])');
  await server.api('POST', `/api/v1/tickets/${next.id}/finish`, tokens.staff);
  for (let i = 0; i < 3; i++) {
    const t = await callAt(10);
    await server.api('POST', `/api/v1/tickets/${t.id}/finish`, tokens.staff);
  }
  const called = await callAt(11);
  assert.equal(called.id, mine.id);
  const woke = Date.now();
  await context.setOffline(false);
  await page.waitForSelector('#called-banner:not([hidden])');
  await page.waitForSelector('#conn-banner', { state: 'hidden' });
  await until(async () => (await alerts(page)).notes.length === 2, 'the called notification after waking');
  a = await alerts(page);
  assert.match(a.notes[1].title, new RegExp(mine.number));
  assert.match(a.notes[1].body, /Counter 11/);
  assert.equal(a.tones, 4);
  assert.deepEqual(a.vibrations[1], [400, 150, 400]);
  assert.ok(Date.now() - woke < 10000, 'resynced soon after waking');

  // Called again to another counter: one more alert; a plain recall: none.
  await server.api('POST', `/api/v1/tickets/${mine.id}/recall`, tokens.staff);
  await server.api('POST', `/api/v1/tickets/${mine.id}/transfer`, tokens.staff, { queue: 'K' });
  const started = Date.now();
  const again = await callAt(10);
  assert.equal(again.id, mine.id);
  await page.waitForFunction(() => /10/.test(document.getElementById('called-text').textContent));
  assert.ok(Date.now() - started < 2000, 'the banner follows the call within 2 s');
  await until(async () => (await alerts(page)).notes.length === 3, 'called to counter 10');
  assert.match((await alerts(page)).notes[2].body, /Counter 10/);
  // Chromium logs each reconnection attempt made while offline; nothing else may appear.
  assert.deepEqual(scriptProblems(problems.filter((p) => !p.includes('ERR_INTERNET_DISCONNECTED'))), []);

  // Touching the notification: the worker brings the ticket's tab forward,
  // or opens the ticket again when the tab is gone. (A script cannot touch
  // a system notification, so the worker's own handler gets the event, with
  // focusing and opening recorded instead of done.)
  if (!context.serviceWorkers().length) await context.waitForEvent('serviceworker');
  const [worker] = context.serviceWorkers();
  const touch = () =>
    worker.evaluate(async () => {
      const touched = [];
      WindowClient.prototype.focus = function () {
        touched.push(['focus', this.url]);
        return Promise.resolve(this);
      };
      self.clients.openWindow = (url) => {
        touched.push(['open', url]);
        return Promise.resolve(null);
      };
      const [shownNow] = await self.registration.getNotifications();
      const event = new NotificationEvent('notificationclick', { notification: shownNow });
      let handled = Promise.resolve();
      event.waitUntil = (p) => {
        handled = p;
      };
      self.dispatchEvent(event);
      await handled;
      return touched;
    });
  const ticketUrl = page.url();
  assert.deepEqual(await touch(), [['focus', ticketUrl]], 'the open tab comes forward');
  await notifyFromPage(page, ticketUrl);
  await page.close();
  assert.deepEqual(await touch(), [['open', ticketUrl]], 'the closed tab opens again');
  await context.close();
});

test('phone: "notify me" asks once; the answer is shown; the page stays accessible', async () => {
  const mine = await issue('residence-certificate', 'vi');
  const { page, context, problems } = await newPage(browser, SIZES.phone, { isMobile: true, hasTouch: true });
  await context.addInitScript(spies, { android: true });
  await open(page, `${server.url}${new URL(mine.status_url).pathname}`);
  await page.waitForSelector('#ticket:not([hidden])');
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  await page.waitForSelector('#notify-btn:not([hidden])');
  assert.match(await page.textContent('#notify-btn'), /Báo cho tôi/);
  await axeCheck(page, 'phone with the notify button');
  await page.click('#notify-btn');
  // Headless Chromium answers for the user; the page shows whichever answer came.
  await until(async () => !(await page.isVisible('#notify-btn')), 'the button goes once answered');
  const permission = await page.evaluate(() => Notification.permission);
  assert.ok(['granted', 'denied'].includes(permission), permission);
  assert.equal(await page.isVisible(permission === 'granted' ? '#notify-on' : '#notify-blocked'), true);
  assert.deepEqual(scriptProblems(problems), []);
  await context.close();
});

test('phone: the page survives the server being killed and started again — offline, said plainly, then live again', async () => {
  // Queue B (certificates): no other test here uses it.
  const mine = await issue('residence-certificate', 'vi');
  const { page, context, problems } = await newPage(browser, SIZES.phone, { isMobile: true, hasTouch: true });
  await open(page, `${server.url}${new URL(mine.status_url).pathname}`);
  await page.waitForSelector('#ticket:not([hidden])');
  assert.equal((await page.textContent('#ticket-number')).trim(), mine.number);

  await server.kill();
  await page.waitForSelector('#conn-banner:not([hidden])', { timeout: 10000 });
  assert.equal(await page.getAttribute('#conn-banner', 'role'), 'status');
  assert.match(await page.textContent('#conn-banner'), /\S/, 'says so in words');
  assert.equal((await page.textContent('#ticket-number')).trim(), mine.number, 'the number stays on screen');

  await server.restart();
  // The page retries with a backoff of at most 15 s.
  await page.waitForSelector('#conn-banner', { state: 'hidden', timeout: 20000 });
  // Counter 4 may call others first (tickets earlier tests left waiting).
  let started;
  for (let i = 0; i < 20; i++) {
    started = Date.now();
    const called = await callAt(4);
    if (called.id === mine.id) break;
    await server.api('POST', `/api/v1/tickets/${called.id}/finish`, tokens.staff);
  }
  await page.waitForSelector('#called-banner:not([hidden])');
  assert.ok(Date.now() - started < 2000, 'live again: the call shows within 2 s');
  assert.match(await page.textContent('#called-text'), /4/);
  assert.deepEqual(scriptProblems(problems.filter((p) => !/ERR_CONNECTION_REFUSED|ERR_CONNECTION_RESET|WebSocket/.test(p))), []);
  await context.close();
});

test('phone: after a transfer it names the new section and says the counter changed', async () => {
  const mine = await server.issue('residence-certificate', 'en');
  const { page, problems } = await newPage(browser, SIZES.phone);
  await open(page, `${server.url}${new URL(mine.status_url).pathname}`);
  await until(async () => /Citizens Affairs/.test(await page.textContent('#ticket-where')), 'the first section is shown', 5000);
  const r = await server.api('POST', `/api/v1/tickets/${mine.id}/transfer`, tokens.staff, { queue: 'K' });
  assert.equal(r.status, 200);
  await until(async () => /National Health Insurance and Pension Section/.test(await page.textContent('#ticket-where')), 'the new section is shown', 5000);
  const where = await page.textContent('#ticket-where');
  assert.match(where, /^Your counter has changed/);
  assert.doesNotMatch(where, /Citizens Affairs/);
  await axeCheck(page, 'phone after a transfer');
  assert.deepEqual(problems, []);
});
