// A turf's last day on a real phone: `puerta package --expires DAY` (the real
// CLI), the link opened in Chromium, a door recorded while the day lasts;
// then the phone's clock passes the day's midnight (Date.now moved forward by
// a script the page runs before the app; the app reads the time through it). The turf still unlocks, records
// nothing more, says why, and still sends what was recorded.
// turf/turf_expiry.h, core/ui/app_doorstep.cpp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  launchBrowser, serveApp, newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, webRoot,
  choosePinAndName, readExport, widgets,
} from './lib/phone.js';
import { packageTurf, writePrivateVoterFile } from './lib/fixtures.js';

const TURF = 'test-expiry.turf';
const PIN = '604219';
const DAY_MS = 24 * 60 * 60 * 1000;
const EXPIRED_EN = 'This turf has expired';

let browser, server, dir, link, lastDay;
before(async () => {
  browser = await launchBrowser();
  server = await serveApp(webRoot);
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-expiry-'));
  const csv = path.join(dir, 'voters.csv');
  writePrivateVoterFile(csv);
  // Tomorrow, where the turf is (UTC here), so the first part never runs
  // past the day's end, however late the test starts.
  lastDay = new Date(Date.now() + DAY_MS).toISOString().slice(0, 10);
  ({ link } = packageTurf(['--list', csv, '--name', 'Expiry test turf', '--organization', 'Test', '--unsealed-exports',
    '--base-url', server.url, '--utc-offset', '0', '--expires', lastDay], path.join(webRoot, TURF)));
});
after(async () => {
  await browser?.close();
  await server?.close();
  fs.rmSync(path.join(webRoot, TURF), { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

const banner = (page) => page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_banner()));
const attempts = (page) => page.evaluate(() => window.Module._puerta_attempt_count());

test('after its last day a turf records nothing more, says so, and still sends what was recorded', async () => {
  const { context, page } = await newPhone(browser);
  // The phone's clock: real time plus the shift kept in this tab's
  // sessionStorage, in place before the app's first line runs.
  await context.addInitScript(() => {
    const shift = Number(sessionStorage.getItem('test-clock-shift') || 0);
    const realNow = Date.now.bind(Date);
    Date.now = () => realNow() + shift;
  });
  const midnightAfter = Date.parse(lastDay + 'T00:00:00Z') + DAY_MS;
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  await choosePinAndName(page, PIN, 'Robot');
  await waitForWidget(page, '##next-door', 60000);
  await screenshot(page, 'expiry-en-last-day');
  await tap(page, '##next-door');
  await waitForWidget(page, '##result-not_home');
  await tap(page, '##result-not_home');  // saved, and on to the next door
  // One attempt for each person at that door.
  await page.waitForFunction(() => window.Module._puerta_attempt_count() > 0, null, { timeout: 30000 });
  const recorded = await attempts(page);

  // A minute after that day's midnight, the phone reopened: it unlocks, and
  // no door opens.
  const shift = midnightAfter + 60 * 1000 - Date.now();
  await page.evaluate((ms) => sessionStorage.setItem('test-clock-shift', String(ms)), shift);
  await page.reload();
  await waitForWidget(page, '##unlock', 60000);
  await typeInto(page, '##pin', PIN);
  await tap(page, '##unlock');
  // The overview says why, and offers no Next door.
  await waitForWidget(page, '##export', 60000);
  await settle(page);
  await screenshot(page, 'expiry-en-expired');
  assert.equal(await widget(page, '##next-door'), null, 'no Next door on an expired turf');
  // A door tapped in the walk list does not open either; the banner says why.
  await tap(page, '##walk-list');
  const door = (await widgets(page)).find((w) => w.id.includes('##door-'));
  assert.ok(door, 'the walk list still shows the doors');
  await tap(page, '##' + door.id.split('##')[1]);
  await settle(page);
  assert.equal(await widget(page, '##result-not_home'), null, 'no door opens on an expired turf');
  assert.ok((await banner(page)).startsWith(EXPIRED_EN), 'the phone says why: ' + (await banner(page)));
  assert.equal(await attempts(page), recorded, 'nothing recorded, nothing lost');
  await tap(page, '##back');

  // Sending results never stops: the attempts from the last day come out.
  await tap(page, '##export');
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-csv')]);
  const rows = readExport(await download.path(), { signed: false }).replace(/^\uFEFF/, '').trim().split(/\r?\n/);
  assert.equal(rows.length, 1 + recorded, 'a header and the door recorded on the last day');
  for (const row of rows.slice(1)) assert.match(row, /not_home|Not Home/);
  await context.close();
});
