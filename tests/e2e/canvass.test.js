// A canvasser's whole shift on a phone: open the turf from its link, choose a
// PIN, knock every kind of door, talk through both branches of the script with
// a language switch and a typed note, reload mid-turf and resume exactly, then
// send results and check the file. Screenshots of every screen in English,
// Spanish, Chinese and Vietnamese land in tests/e2e/artifacts/.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import {
  newPhone, waitForWidget, widget, widgets, tap, typeInto, settle, screenshot, readExport } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const PIN = '482915';
const app = useApp();

async function attemptCount(page) {
  return page.evaluate(() => window.Module._puerta_attempt_count());
}

async function firstVoterAtDoor(page) {
  const all = await widgets(page);
  const voter = all.find((w) => w.id.includes('##voter-'));
  assert.ok(voter, 'the door lists its people');
  return '##' + voter.id.split('##')[1];
}

// Answers the current step by tapping the first of these ids that is on screen.
async function answer(page, ...ids) {
  await settle(page);
  for (const id of ids) {
    if (await widget(page, id)) return tap(page, id);
  }
  throw new Error('none of ' + ids.join(', ') + ' is on screen');
}

async function everyScreen(page, lang) {
  await waitForWidget(page, '##next-door');
  await settle(page, 20);  // Chinese and Korean glyphs arrive after their font is fetched
  await page.waitForTimeout(800);
  await settle(page);
  await screenshot(page, `screen-${lang}-overview`);
  await tap(page, '##walk-list');
  await screenshot(page, `screen-${lang}-walk-list`);
  await tap(page, '##back');
  await tap(page, '##next-door');
  await screenshot(page, `screen-${lang}-door`);
  await tap(page, await firstVoterAtDoor(page));
  await screenshot(page, `screen-${lang}-conversation`);
  await tap(page, '##back');
  await tap(page, '##back');
  await tap(page, '##stats');
  await screenshot(page, `screen-${lang}-numbers`);
  await tap(page, '##back');
  await tap(page, '##export');
  await screenshot(page, `screen-${lang}-send-results`);
  await tap(page, '##back');
  await tap(page, '##settings');
  await screenshot(page, `screen-${lang}-settings`);
  await tap(page, '##back');
  await tap(page, '##map');
  await screenshot(page, `screen-${lang}-map`);
  await tap(page, '##back');
}

test('a full canvass of the sample turf, with a reload in the middle, then results out', async () => {
  const { context, page } = await newPhone(app.browser, { acceptDownloads: true });
  await page.goto(app.server.url + '?turf=sample.turf');

  // The turf asks for a PIN (encryption at rest), then who is canvassing.
  await waitForWidget(page, '##pin', 60000);
  await screenshot(page, 'screen-en-create-pin');
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', 'Lupe Ortiz');
  await screenshot(page, 'screen-en-welcome');
  await tap(page, '##continue');
  await everyScreen(page, 'en');

  // Every door result once, each at the next door in walk order.
  const doorResults = [
    ['##result-not_home'], ['##result-refused'], ['##result-hostile'], ['##result-moved'],
    ['##result-deceased'], ['##result-inaccessible'], ['##result-wrong_address'],
    ['##result-come_back', '##evening'], ['##result-left_literature'], ['##result-language_barrier', '##heard-vi'],
  ];
  await tap(page, '##next-door');
  for (const taps of doorResults) {
    const before = await attemptCount(page);
    for (const id of taps) await tap(page, id);
    assert.ok(await attemptCount(page) > before, `${taps[0]} was saved`);
  }

  // A conversation, branch "registered": switch to Spanish mid-way, then back.
  await tap(page, await firstVoterAtDoor(page));
  await tap(page, '##script-lang-es');
  await answer(page, '##step-next');                 // intro, read in Spanish
  await screenshot(page, 'screen-es-conversation-step');
  await tap(page, '##script-lang-en');
  await answer(page, '##opt-yes');                   // registered
  await answer(page, '##yes');                       // pledge
  await answer(page, '##opt-early');                 // how
  await answer(page, '##no');                        // info in language
  await answer(page, '##step-next');                 // thanks
  await typeInto(page, '##notes', 'Wants a ride on election day — 选举日需要搭车');
  await screenshot(page, 'screen-en-conversation-end');
  await tap(page, '##save');
  await waitForWidget(page, '##someone-else');
  const afterFirstTalk = await attemptCount(page);
  await tap(page, '##next-door');

  // A reload in the middle of the turf: locked, then exactly where it was.
  const nextDoor = (await widgets(page)).find((w) => w.id === 'Back##back') && (await page.evaluate(() =>
    (window.puertaWidgets || []).map((w) => w.id).filter((id) => id.includes('##voter-')).join('|')));
  await page.reload();
  await waitForWidget(page, '##unlock', 60000);
  await screenshot(page, 'screen-en-unlock');
  await typeInto(page, '##pin', PIN);
  await tap(page, '##unlock');
  await waitForWidget(page, '##next-door', 60000);
  assert.equal(await attemptCount(page), afterFirstTalk, 'every acknowledged attempt is back, none twice');
  await tap(page, '##next-door');
  const resumed = await page.evaluate(() =>
    (window.puertaWidgets || []).map((w) => w.id).filter((id) => id.includes('##voter-')).join('|'));
  assert.equal(resumed, nextDoor, 'the same next door as before the reload');

  // The other branch: not registered, does not want to now, comes back later.
  await tap(page, await firstVoterAtDoor(page));
  await answer(page, '##step-next');
  await answer(page, '##opt-no');
  await answer(page, '##no');                        // register now? no: come_back shows
  await answer(page, '##day-1');                     // when to come back: picked, not typed
  await answer(page, '##hour-18');
  await screenshot(page, 'screen-en-date-picker');
  await answer(page, '##step-next');
  while (!(await widget(page, '##save'))) await answer(page, '##yes', '##opt-mail', '##step-next');
  await tap(page, '##save');
  await waitForWidget(page, '##someone-else');

  // Results out: the spreadsheet through a download (no share sheet here).
  await tap(page, '##back');
  await tap(page, '##back');
  await waitForWidget(page, '##export');
  await tap(page, '##export');
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-csv')]);
  const csv = readExport(await download.path(), { signed: false });
  assert.ok(csv.startsWith('\uFEFF'), 'UTF-8 with BOM for spreadsheets');
  const rows = csv.replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  const total = await attemptCount(page);
  assert.equal(rows.length - 1, total, 'one row per attempt');
  assert.ok(csv.includes('Wants a ride on election day'), 'the typed note is exported');
  for (const result of ['Not Home', 'Refused', 'Moved', 'Deceased', 'Come Back', 'Language Barrier', 'Canvassed']) {
    assert.ok(csv.includes(result) || csv.includes(result.toLowerCase().replace(' ', '_')), `${result} is in the file`);
  }
  const [lossless] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-jsonl')]);
  const lines = readExport(await lossless.path()).trim().split('\n');
  assert.equal(lines.length - 1, total, 'lossless: a header line and one line per attempt version');

  // Raw storage holds none of the list's names, addresses or phone numbers.
  const raw = await page.evaluate(() => JSON.stringify({ ...localStorage }));
  for (const secret of ['Hernández', 'Esperanza', 'Oak Ave', '555-01', 'Lupe Ortiz', 'Wants a ride']) {
    assert.ok(!raw.includes(secret), `${secret} is not readable in localStorage`);
  }

  // The other languages, every screen.
  await tap(page, '##back');
  for (const lang of ['es', 'zh', 'vi']) {
    await tap(page, '##settings');
    await tap(page, `##lang-${lang}`);
    await tap(page, '##back');
    await everyScreen(page, lang);
  }
  assert.deepEqual(page.consoleErrors.filter((e) => !e.includes('GL Driver')), []);
  await context.close();
});
