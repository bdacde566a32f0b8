// Storage at its limits on a phone: a full localStorage gets a clear banner
// and the app keeps working in memory (and exports what it could not save);
// after sending results, one confirmed action erases the phone's copy.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { newPhone, waitForWidget, tap, settle, screenshot, readExport } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-storage.turf';
const app = useApp({ turf: TURF });

const count = (page) => page.evaluate(() => window.Module._puerta_attempt_count());
const banner = (page) => page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_banner()));

// Fills localStorage until fewer than `leave` characters of quota remain.
async function fillStorage(page, leave) {
  return page.evaluate((room) => {
    let chunk = 1 << 20;
    let i = 0;
    while (chunk >= room) {
      try {
        localStorage.setItem('filler-' + i++, 'x'.repeat(chunk));
      } catch (e) {
        chunk = Math.floor(chunk / 2);
      }
    }
    return i;
  }, leave);
}

test('a full localStorage: the canvasser is told, nothing half-saved, work goes on in memory', async () => {
  const { context, page } = await newPhone(app.browser, { acceptDownloads: true });
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##next-door');
  await tap(page, '##result-not_home');
  const saved = await count(page);
  assert.ok(saved > 0);
  const keysBefore = await page.evaluate(() => Object.keys(localStorage).sort());

  await fillStorage(page, 200);
  await tap(page, '##result-refused');
  assert.match(await banner(page), /Storage is full — export your responses now/);
  assert.equal(await count(page), saved, 'the refused attempt is not counted as saved');
  const keysAfter = await page.evaluate(() => Object.keys(localStorage).filter((k) => !k.startsWith('filler-')).sort());
  assert.deepEqual(keysAfter, keysBefore, 'storage kept exactly what it had');
  await screenshot(page, 'storage-full-banner');

  // The app keeps working, and the export carries the unsaved attempt too.
  await tap(page, '##back');
  await tap(page, '##export');
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-csv')]);
  const rows = readExport(await download.path(), { signed: false }).trim().split(/\r?\n/);
  assert.ok(rows.length - 1 > saved, `the file has ${rows.length - 1} attempts, storage had ${saved}`);
  assert.ok(rows.some((r) => r.includes('refused')), 'the refused door is exported');
  await context.close();
});

test('after sending results, erasing the phone leaves nothing of the list or responses', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##next-door');
  await tap(page, '##result-moved');
  await tap(page, '##back');
  await tap(page, '##export');
  await tap(page, '##wipe');
  await tap(page, '##wipe-anyway');  // no receipt came back for the door result (receipt.test.js)
  await screenshot(page, 'storage-wipe-confirm');
  await tap(page, '##yes-wipe');
  await waitForWidget(page, '##sample');
  await settle(page);
  const stored = await page.evaluate(() => ({ ...localStorage }));
  // The interface preferences, and the page's language (web-shell/shell.js).
  assert.deepEqual(Object.keys(stored).filter((k) => k !== 'puerta.app_state' && k !== 'puerta.shell_language'), [],
    'nothing but the interface preferences may remain');
  assert.ok(!stored['puerta.shell_language'] || /^[a-z]{2}$/.test(stored['puerta.shell_language']));
  assert.ok(!JSON.stringify(stored).includes('Esperanza'));
  await context.close();
});
