// Members of organisations: staff hand out an invitation, the invitee opens
// its link on a phone, sees whom they are joining, chooses a name and a
// password, and is a member; the same link does not work twice. The page
// passes axe (WCAG 2.2 AA) in Japanese and English.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { OFFICE, SIZES, axeCheck, binary, launchBrowser, newPage, open, startServer, until } from './helpers.mjs';

let server;
let browser;
let org;

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  org = execFileSync(binary, ['org', 'create', '--data', server.dataDir, '--kind', 'shop', '--name', '黒崎ベーカリー', '--name-en', 'Kurosaki Bakery', '--office', OFFICE], {
    encoding: 'utf8',
  }).trim();
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

async function invitation() {
  const r = await server.api('POST', '/api/v1/invitations', server.token('staff'), { organisation: org });
  assert.equal(r.status, 201, JSON.stringify(r.body));
  return r.body;
}

test('an invitee joins from the link on a phone, once', async () => {
  const { url, code } = await invitation();
  const { page, context, problems } = await newPage(browser, SIZES.phone, { locale: 'ja-JP' });
  await open(page, url);
  // Japanese by default for a Japanese phone; the code is read, checked, and taken out of the address bar.
  await until(async () => (await page.textContent('#code-status')).includes('黒崎ベーカリー'), 'the organisation named');
  assert.equal(await page.inputValue('#code'), code);
  assert.ok(!page.url().includes(code), `the code is not left in the address: ${page.url()}`);
  await axeCheck(page, 'join page (ja)');

  await page.selectOption('#lang', 'en');
  await until(async () => (await page.textContent('#code-status')).includes('Kurosaki Bakery'), 'the English name');
  await axeCheck(page, 'join page (en)');
  await page.fill('#display-name', 'Yamamoto');
  await page.fill('#username', 'bakery-owner');
  await page.fill('#password', 'short');
  await page.click('#join-form button[type=submit]');
  await until(async () => (await page.textContent('#join-error')).includes('at least 8'), 'a short password refused');
  await page.fill('#password', 'a long enough password');
  await page.click('#join-form button[type=submit]');
  await page.waitForSelector('#joined:not([hidden])');
  assert.match(await page.textContent('#joined-text'), /Yamamoto, you are now a member of “Kurosaki Bakery”/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'joined', 'focus moves to the result');

  // The member signs in with what they chose, as a member of the shop.
  const login = await server.api('POST', '/api/v1/login', undefined, { username: 'bakery-owner', password: 'a long enough password' });
  assert.equal(login.status, 200);
  assert.equal(login.body.organisation, org);
  assert.equal(login.body.role, 'member');

  // The same link again: said plainly, nothing to fill in.
  const again = await context.newPage();
  await open(again, `${url}&lang=en`);
  await until(async () => (await again.textContent('#join-error')).includes('used already'), 'a used code refused');
  assert.equal(await again.$eval('#account', (f) => f.disabled), true);
  assert.deepEqual(problems, []);
  await context.close();
});

test('a code read out and typed by hand works too, and a name already taken is said', async () => {
  const first = await invitation();
  const joined = await server.api('POST', `/api/v1/invitations/${first.code}/accept`, undefined, { username: 'taken-name', password: 'a long enough password' });
  assert.equal(joined.status, 201);
  const { code } = await invitation();
  const { page, context } = await newPage(browser, SIZES.phone);
  await open(page, `${server.url}/m/join/?lang=en`);
  assert.equal(await page.$eval('#account', (f) => f.disabled), true, 'nothing to fill in before a code');
  await page.fill('#code', code.toLowerCase().replaceAll('-', ' '));
  await until(async () => (await page.textContent('#code-status')).includes('Kurosaki Bakery'), 'the typed code checked');
  await page.fill('#username', 'taken-name');
  await page.fill('#password', 'a long enough password');
  await page.click('#join-form button[type=submit]');
  await until(async () => (await page.textContent('#join-error')).includes('taken'), 'the taken name said');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'username');
  await context.close();
});

/** Enters an item in the moderation queue as a module does (no module of the build takes public input yet). */
function submitted(id, summary) {
  const script = `
import sqlite3, sys
c = sqlite3.connect(sys.argv[1])
c.execute("INSERT INTO platform_moderation (id, module, kind, item, summary, submitter, status, submitted_at) VALUES (?, 'probe', 'tip', ?, ?, 'public', 'pending', 1800000000000000)", (sys.argv[2], sys.argv[2], sys.argv[3]))
c.commit()
`;
  execFileSync('python3', ['-c', script, `${server.dataDir}/madoguchi.sqlite3`, id, summary]);
}

test('a moderator works the queue from the keyboard: approve, and hide with a reason', async () => {
  execFileSync(binary, ['user', 'create', '--data', server.dataDir, '--username', 'moderator-sato', '--role', 'moderator'], { input: 'a long enough password\n' });
  submitted('m1', '駅前の花壇がきれいになりました');
  submitted('m2', '電話 090-0000-0000 に連絡して');
  const { page, context, problems } = await newPage(browser, SIZES.desk);
  await open(page, `${server.url}/m/moderation/?lang=en`);
  await page.fill('#username', 'moderator-sato');
  await page.fill('#password', 'a long enough password');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#workspace:not([hidden]) .mod-item');
  assert.equal(await page.locator('.mod-item').count(), 2);
  assert.match(await page.textContent('#count'), /2 items/);
  await axeCheck(page, 'moderation queue (en)');

  // Approve the first with the keyboard alone.
  await page.locator('.mod-item').first().locator('button[value=approve]').focus();
  await page.keyboard.press('Enter');
  await until(async () => (await page.locator('.mod-item').count()) === 1, 'the approved item leaves the pending list');
  // Hiding without a reason is refused on the page, with the reason field focused.
  const item = page.locator('.mod-item').first();
  await item.locator('button[value=hide]').click();
  assert.match(await item.locator('.mod-error').textContent(), /reason/);
  assert.equal(await page.evaluate(() => document.activeElement?.classList.contains('mod-reason-input')), true);
  await item.locator('textarea').fill('A private phone number');
  await item.locator('button[value=hide]').click();
  await until(async () => (await page.locator('.mod-item').count()) === 0, 'the hidden item leaves the pending list');

  // Hidden is not deleted: it is listed under "Hidden", with its reason.
  await page.selectOption('#status', 'hidden');
  await page.waitForSelector('.mod-item');
  assert.match(await page.locator('.mod-item .mod-reason').textContent(), /A private phone number/);
  await page.selectOption('#lang', 'ja');
  await until(async () => (await page.textContent('h1')).includes('モデレーション'), 'Japanese');
  await axeCheck(page, 'moderation queue, hidden (ja)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('the portal lists the offices and the way in for partners, in the resident\'s language', async () => {
  const { page, context, problems } = await newPage(browser, SIZES.phone);
  await open(page, `${server.url}/m/?lang=vi`);
  assert.equal(await page.getAttribute('html', 'lang'), 'vi');
  assert.match(await page.textContent('h1'), /Yahatanishi/);
  assert.equal(await page.locator('#offices li').count(), 4, 'every office, with its calendar');
  assert.match(await page.getAttribute('#offices li a >> nth=0', 'href'), /^\/calendar\/yahatanishi\?lang=vi$/);
  assert.equal(await page.isVisible('#no-modules'), true, 'no module is enabled in this build yet: said so');
  assert.equal(await page.getAttribute('#join', 'href'), '/m/join/?lang=vi');
  await axeCheck(page, 'portal (vi)');
  await page.selectOption('#lang', 'ja-x-easy');
  await until(async () => (await page.innerHTML('h1')).includes('<ruby>'), 'easy Japanese with furigana');
  await axeCheck(page, 'portal (やさしい日本語)');
  assert.deepEqual(problems, []);
  await context.close();
});

test('a member signs in once for the modules\' pages and is sent back where they came from', async () => {
  const first = await invitation();
  const joined = await server.api('POST', `/api/v1/invitations/${first.code}/accept`, undefined, { username: 'returning-member', password: 'a long enough password' });
  assert.equal(joined.status, 201);
  const { page, context, problems } = await newPage(browser, SIZES.phone);
  await open(page, `${server.url}/m/signin/?lang=en&next=//evil.example/`);
  await axeCheck(page, 'sign-in (en)');
  await page.fill('#username', 'returning-member');
  await page.fill('#password', 'wrong password');
  await page.click('#sign-in-form button[type=submit]');
  await until(async () => (await page.textContent('#sign-in-error')).includes('Wrong'), 'a wrong password said');
  await page.fill('#password', 'a long enough password');
  await page.click('#sign-in-form button[type=submit]');
  await page.waitForURL(`${server.url}/m/`, { timeout: 5000 });
  assert.ok(!page.url().includes('evil'), 'never sent to another site');
  const stored = await page.evaluate(() => localStorage.getItem('madoguchi.token.member'));
  assert.ok(stored && stored.startsWith('mdg_'), 'the session is kept for the modules\' pages');
  await open(page, `${server.url}/m/signin/?lang=en`);
  await until(async () => (await page.textContent('#signed-in-text')).includes('returning-member'), 'signed in, said');
  // The one failed request is the wrong password above.
  assert.deepEqual(problems.filter((p) => !p.includes('401 (Unauthorized)')), []);
  await context.close();
});
