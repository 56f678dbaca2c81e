// Life-event journeys through the real pages: the desk skips a later step and
// adds one for the resident at its counter, and the kiosk, in Vietnamese,
// Nepali and やさしい日本語, previews exactly the route the server then issues.

import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { OFFICE, SIZES, axeCheck, ensureArtifacts, launchBrowser, newPage, open, plain, scriptProblems, startServer } from './helpers.mjs';

let server;
let browser;
const tokens = {};

before(async () => {
  server = await startServer();
  browser = await launchBrowser();
  for (const role of ['kiosk', 'staff']) tokens[role] = server.token(role);
});

after(async () => {
  await browser?.close();
  await server?.stop();
});

const get = async (route, token) => {
  const r = await server.api('GET', route, token);
  assert.equal(r.status, 200, `${route}: ${JSON.stringify(r.body)}`);
  return r.body;
};

/** A counter of the office that serves `queue`. */
async function counterFor(queue) {
  const counters = await get(`/api/v1/offices/${OFFICE}/counters`);
  return counters.find((c) => c.queues.includes(queue)).id;
}

/** The journey as the desk shows it: one entry per step of `#cur-journey`. */
function shownJourney(page) {
  return page.$$eval('#cur-journey li', (items) => items.map((li) => ({ service: li.dataset.service, section: li.dataset.section, status: li.dataset.status })));
}

const asShown = (journey) => journey.map((s) => ({ service: s.service, section: s.section, status: s.status }));

test('desk: for the resident at the counter, skip a later step and add one; the desk and the server agree', async () => {
  // Moving in with children and health insurance, no school child: three visits.
  const issued = await server.api('POST', `/api/v1/offices/${OFFICE}/tickets`, tokens.kiosk, {
    life_event: 'moving-in',
    lang: 'vi',
    answers: { school: false, nhi: true, pension: true, children: true },
  });
  assert.equal(issued.status, 201);
  const ticket = issued.body;
  assert.deepEqual(
    ticket.journey.map((s) => s.queue),
    ['A', 'K', 'F'],
  );
  const services = await get(`/api/v1/offices/${OFFICE}/services?lang=en`);
  const byId = new Map(services.map((s) => [s.id, s]));

  const { page, context, problems } = await newPage(browser, SIZES.desk);
  await open(page, `${server.url}/desk/?office=${OFFICE}&counter=${await counterFor('A')}&access_token=${tokens.staff}&lang=en`);
  await page.waitForSelector(`#waiting-body tr[data-ticket-id="${ticket.id}"]`);
  await page.keyboard.press('n');
  await page.waitForFunction((n) => document.getElementById('cur-number').textContent === n, ticket.number);
  await page.waitForSelector('body.desk:not(.is-busy)');

  // Every step with its section; a Skip button on the steps still to come.
  assert.deepEqual(await shownJourney(page), asShown(ticket.journey));
  assert.deepEqual(await page.$$eval('#cur-journey .journey-skip', (b) => b.map((x) => x.dataset.step)), ['1', '2']);
  assert.match(await page.textContent('#cur-journey li[data-step="1"] .step-section'), new RegExp(plain(byId.get('nhi-enrolment').section_name)));
  for (const b of await page.$$('.journey-skip, [data-action="add-step"]')) {
    const box = await b.boundingBox();
    assert.ok(box.width >= 44 && box.height >= 44, `a 44 px target at least (${box.width}×${box.height})`);
    assert.ok((await b.getAttribute('aria-label')) || (await b.textContent()).trim(), 'labelled');
  }
  assert.match(await page.getAttribute('#cur-journey li[data-step="1"] .journey-skip', 'aria-label'), /^Skip step 2: .+, .+/);

  // Add a step from the keyboard (A): the certificates counter, right after this one.
  assert.equal((await page.textContent('[data-action="add-step"] kbd')).trim(), 'A');
  await page.keyboard.press('a');
  await page.waitForSelector('#add-step-dialog[open]');
  assert.match(await page.textContent('#add-step-title'), new RegExp(ticket.number));
  await page.selectOption('#add-step-service', 'residence-certificate');
  const added = page.waitForResponse((r) => r.url().endsWith('/journey/steps'));
  await page.click('#add-step-dialog button[value="ok"]');
  assert.equal((await added).status(), 200);
  await page.waitForSelector('#cur-journey li[data-step="1"][data-service="residence-certificate"][data-status="pending"]');
  assert.match(await page.textContent('#action-status'), /added/);

  // Skip the health-insurance visit, from the keyboard too: the clerk is told which section is skipped.
  await page.focus('#cur-journey li[data-step="2"] .journey-skip');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#skip-dialog[open]');
  const skipText = await page.textContent('#skip-text');
  assert.match(skipText, new RegExp(plain(byId.get('nhi-enrolment').section_name)));
  assert.match(skipText, new RegExp(plain(byId.get('nhi-enrolment').name).replace(/[()]/g, '.')));
  const dir = ensureArtifacts();
  await page.screenshot({ path: path.join(dir, 'desk-journey-skip-dialog.png') });
  const skipped = page.waitForResponse((r) => r.url().endsWith('/journey/skip'));
  await page.click('#skip-dialog button[value="ok"]');
  const skipResponse = await skipped;
  assert.equal(skipResponse.status(), 200);
  // The step by its place and by what the desk saw there, so a journey changed meanwhile is refused, not mis-skipped.
  assert.deepEqual(JSON.parse(skipResponse.request().postData()), { step: 2, queue: byId.get('nhi-enrolment').queue, service: 'nhi-enrolment' });
  await page.waitForSelector('#cur-journey li[data-step="2"][data-status="skipped"]');
  assert.equal(await page.$('#cur-journey li[data-step="2"] .journey-skip'), null, 'a skipped step cannot be skipped again');
  assert.equal(await page.textContent('#cur-number'), ticket.number, 'the resident is still at this counter');
  await page.screenshot({ path: path.join(dir, 'desk-journey.png') });

  // Another desk skips the children's visit while this one asks: the desk says so instead of failing silently.
  await page.click('#cur-journey li[data-step="3"] .journey-skip');
  await page.waitForSelector('#skip-dialog[open]');
  const elsewhere = await server.api('POST', `/api/v1/tickets/${ticket.id}/journey/skip`, tokens.staff, { step: 3 });
  assert.equal(elsewhere.status, 200);
  await page.waitForSelector('#cur-journey li[data-step="3"][data-status="skipped"]');
  await page.click('#skip-dialog button[value="ok"]');
  await page.waitForSelector('#action-status[data-tone="alert"]');
  assert.match(await page.textContent('#action-status'), /steps of this ticket have changed/);

  // An error from the server is a sentence on the desk, not a script error.
  await page.click('[data-action="add-step"]');
  await page.waitForSelector('#add-step-dialog[open]');
  await page.$eval('#add-step-service', (s) => {
    s.options[s.selectedIndex].value = 'no-such-service';
  });
  const refused = page.waitForResponse((r) => r.url().endsWith('/journey/steps'));
  await page.click('#add-step-dialog button[value="ok"]');
  assert.equal((await refused).status(), 422);
  await page.waitForFunction(() => /does not handle/.test(document.getElementById('action-status').textContent));

  // What the desk shows is what the server holds.
  const held = await get(`/api/v1/tickets/${ticket.id}`, tokens.staff);
  assert.deepEqual(await shownJourney(page), asShown(held.journey));
  assert.deepEqual(
    held.journey.map((s) => [s.service, s.status]),
    [
      ['moving-in', 'current'],
      ['residence-certificate', 'pending'],
      ['nhi-enrolment', 'skipped'],
      ['child-allowance', 'skipped'],
    ],
  );

  // Finish here: the resident goes on to the added step, same number.
  await page.keyboard.press('f');
  await page.waitForSelector('#current-empty:not([hidden])');
  const moved = await get(`/api/v1/tickets/${ticket.id}`, tokens.staff);
  assert.deepEqual([moved.status, moved.queue, moved.number], ['waiting', 'B', ticket.number]);
  // The desk says where to send the resident next.
  await page.waitForFunction(() => /Next: please send them to/.test(document.getElementById('action-status').textContent));

  // The certificates desk calls it and sees the same journey; nothing is left to skip.
  const next = await newPage(browser, SIZES.desk);
  await open(next.page, `${server.url}/desk/?office=${OFFICE}&counter=${await counterFor('B')}&access_token=${tokens.staff}&lang=en`);
  await next.page.waitForSelector(`#waiting-body tr[data-ticket-id="${ticket.id}"]`);
  await next.page.keyboard.press('n');
  await next.page.waitForFunction((n) => document.getElementById('cur-number').textContent === n, ticket.number);
  await next.page.waitForSelector('#cur-journey li[data-step="1"][data-status="current"]');
  assert.deepEqual(await shownJourney(next.page), asShown((await get(`/api/v1/tickets/${ticket.id}`, tokens.staff)).journey));
  assert.equal(await next.page.$('#cur-journey .journey-skip'), null);
  await next.page.waitForSelector('body.desk:not(.is-busy)');
  await next.page.keyboard.press('f');
  await next.page.waitForSelector('#current-empty:not([hidden])');
  const done = await get(`/api/v1/tickets/${ticket.id}`, tokens.staff);
  assert.equal(done.status, 'done');
  assert.deepEqual(
    done.journey.map((s) => s.status),
    ['done', 'done', 'skipped', 'skipped'],
  );

  assert.deepEqual(scriptProblems(problems), [], 'no script errors on the desk');
  assert.deepEqual(scriptProblems(next.problems), [], 'no script errors on the second desk');
  await next.context.close();
  await context.close();
});

// The test: pick a life event in the resident's language, answer the
// questions, see the route, get one ticket. School: no; health insurance: yes;
// pension: no; children: yes. The school enrolment shares the moving-in
// counter, so the preview must drop just that service from the first visit.
const ANSWERS = { school: false, nhi: true, pension: false, children: true };

for (const lang of ['vi', 'ne', 'ja-x-easy']) {
  test(`kiosk in ${lang}: a life event's questions and route in that language, then one ticket for the whole journey`, async () => {
    const [events, ja, en, catalog] = await Promise.all([
      get(`/api/v1/offices/${OFFICE}/life-events?lang=${encodeURIComponent(lang)}`),
      get(`/api/v1/offices/${OFFICE}/life-events?lang=ja`),
      get(`/api/v1/offices/${OFFICE}/life-events?lang=en`),
      get(`/api/v1/i18n/${encodeURIComponent(lang)}`),
    ]);
    const event = events.find((e) => e.id === 'moving-in');
    const other = (list) => list.find((e) => e.id === 'moving-in');
    assert.equal(event.lang, lang);
    const foreign = lang !== 'ja-x-easy';

    const { page, context, problems } = await newPage(browser, SIZES.kiosk);
    const posts = [];
    page.on('request', (r) => r.method() === 'POST' && r.url().endsWith('/tickets') && posts.push(r));
    await open(page, `${server.url}/kiosk/?office=${OFFICE}&access_token=${tokens.kiosk}&print=0&lang=${encodeURIComponent(lang)}`);
    assert.equal(await page.getAttribute('html', 'lang'), lang === 'ja-x-easy' ? 'ja' : lang);
    assert.equal(await page.getAttribute('html', 'data-ui-lang'), lang);
    await page.click('button.category[data-category="moving"]');
    await page.click('button.life-item[data-life-event="moving-in"]');
    await page.waitForSelector('#screen-life:not([hidden])');

    // Text without its furigana, as a reader sees it.
    const textOf = (selector) =>
      page.$$eval(selector, (els) =>
        els.map((el) => {
          const c = el.cloneNode(true);
          for (const r of c.querySelectorAll('rt, rp')) r.remove();
          return c.textContent.replace(/\s+/g, ' ').trim();
        }),
      );
    assert.deepEqual(await textOf('#life-event-title'), [plain(event.name)]);
    assert.deepEqual(await textOf('#take-life-ticket'), [plain(catalog.messages['kiosk-take-ticket'])], 'the page strings are the catalog of that language');

    // The questions, in the resident's language.
    const legends = await textOf('#life-questions legend');
    assert.deepEqual(legends, event.questions.map((q) => plain(q.text)));
    for (const [i, q] of event.questions.entries()) {
      assert.notEqual(plain(q.text), plain(other(en).questions[i].text), `question ${q.id} is not the English fallback`);
      if (foreign) assert.notEqual(plain(q.text), plain(other(ja).questions[i].text), `question ${q.id} is not the Japanese fallback`);
    }
    if (!foreign) assert.ok((await page.$$('#life-questions legend ruby rt')).length > 0, 'やさしい日本語 carries furigana');

    for (const [q, a] of Object.entries(ANSWERS)) {
      const b = `button.answer[data-question="${q}"][data-answer="${a}"]`;
      await page.click(b);
      await page.waitForSelector(`${b}[aria-pressed="true"]`);
    }

    // The route: every visit with its services, section and floor, in that language.
    const preview = await page.$$eval('#life-steps li', (l) => l.map((li) => ({ services: li.dataset.services, section: li.dataset.section, queue: li.dataset.queue })));
    const names = await textOf('#life-steps li .step-name');
    const wheres = await textOf('#life-steps li .step-where');
    const partName = new Map(event.steps.flatMap((s) => s.services.map((p) => [p.service, plain(p.name)])));
    const sep = lang.startsWith('ja') ? '、' : ', ';
    for (const [i, step] of preview.entries()) {
      const ids = step.services.split(' ');
      assert.equal(names[i], ids.map((id) => partName.get(id)).join(sep), `step ${i + 1} is named in ${lang}`);
      const visit = event.steps.find((s) => s.queue === step.queue);
      assert.ok(visit.floor, 'every visit has a floor');
      assert.equal(wheres[i], `${plain(visit.section_name)} · ${plain(visit.floor)}`, `step ${i + 1} says section and floor`);
      if (foreign) {
        for (const id of ids) {
          const fallbacks = [ja, en].map((l) => plain(other(l).steps.flatMap((s) => s.services).find((p) => p.service === id).name));
          assert.ok(!fallbacks.includes(partName.get(id)), `${id} is named in ${lang}, not a fallback`);
        }
      }
    }
    assert.ok(!preview[0].services.includes('school-enrolment'), 'a "no" leaves out just that service of a shared visit');
    if (lang === 'vi') await axeCheck(page, 'kiosk life event in Vietnamese', { kiosk: true });

    // One ticket for the whole journey; the number on screen is the server's.
    const issued = page.waitForResponse((r) => r.url().endsWith('/tickets') && r.request().method() === 'POST');
    await page.click('#take-life-ticket');
    const res = await issued;
    assert.equal(res.status(), 201);
    const body = await res.json();
    assert.deepEqual(JSON.parse(res.request().postData()), { life_event: 'moving-in', answers: ANSWERS, lang });
    await page.waitForSelector('#screen-ticket:not([hidden])');
    assert.equal((await page.textContent('#ticket-number')).trim(), body.number);
    assert.equal(posts.length, 1, 'one ticket, not one per counter');

    // The preview was the journey the server resolved: same visits, same services, same sections.
    assert.deepEqual(
      preview,
      body.journey.map((j) => ({ services: [j.service, ...(j.also || [])].join(' '), section: j.section, queue: j.queue })),
    );
    assert.ok(body.journey.length >= 3, `three counters or more (${body.journey.length})`);
    const held = await get(`/api/v1/tickets/${body.id}`, tokens.staff);
    assert.deepEqual(held.journey, body.journey);
    assert.equal(held.lang, lang);

    // The ticket screen lists the whole journey, in order, in that language.
    await page.waitForSelector('#ticket-journey:not([hidden])');
    const shown = await page.$$eval('#ticket-steps li', (l) => l.map((li) => ({ services: li.dataset.services, section: li.dataset.section, queue: li.dataset.queue, status: li.dataset.status })));
    assert.deepEqual(
      shown,
      body.journey.map((j) => ({ services: [j.service, ...(j.also || [])].join(' '), section: j.section, queue: j.queue, status: j.status })),
    );
    assert.deepEqual(await textOf('#ticket-steps li .step-name'), names);
    if (lang === 'vi') {
      await page.waitForSelector('#qr-figure:not([hidden]) svg');
      await axeCheck(page, 'kiosk life-event ticket in Vietnamese', { kiosk: true });
    }
    assert.deepEqual(scriptProblems(problems), [], 'no script errors on the kiosk');
    await context.close();
  });
}
