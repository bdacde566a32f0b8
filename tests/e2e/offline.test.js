// After one visit the app opens and works with no network at all, and a new
// build is picked up on a later load without losing saved work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, newPhone, waitForWidget, tap, stateJson, screenshot, webRoot, readExport, waitForOfflineReady } from './lib/phone.js';
import { buildPlainTurf, removeTurf } from './lib/fixtures.js';

let browser;
before(async () => { browser = await launchBrowser(); });
after(async () => { await browser?.close(); });

// A copy of the built app that the test may change (a "new release").
function copyOfApp() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-web-'));
  fs.cpSync(webRoot, dir, { recursive: true });
  return dir;
}

test('with the server gone and the phone offline, the app reloads and saves', async () => {
  const root = copyOfApp();
  const server = await startServer({ root, port: 0 });
  const { context, page } = await newPhone(browser);
  await page.goto(server.url);
  await waitForWidget(page, '##sample');
  await waitForOfflineReady(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();
  await tap(page, 'ES');
  await waitForWidget(page, 'Practicar con la zona de ejemplo');
  assert.equal((await stateJson(page)).app_state.interface_language, 'es');
  await page.reload();
  await waitForWidget(page, 'Practicar con la zona de ejemplo');
  await screenshot(page, 'offline-reload');
  await context.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test('offline after one visit: the opened turf, a door result and an export all work', async () => {
  const turf = buildPlainTurf('test-offline.turf');
  const root = copyOfApp();
  removeTurf(turf);
  const server = await startServer({ root, port: 0 });
  const { context, page } = await newPhone(browser, { acceptDownloads: true });
  await page.goto(server.url + '?turf=' + turf);
  await waitForWidget(page, '##next-door');
  await waitForOfflineReady(page);

  await server.close();
  await context.setOffline(true);
  await page.reload();  // the link still names the turf: not fetchable now, the app opens the one it keeps
  await tap(page, '##next-door');
  await tap(page, '##result-not_home');
  await tap(page, '##back');
  await tap(page, '##export');
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-csv')]);
  const rows = readExport(await download.path(), { signed: false }).trim().split(/\r?\n/);
  assert.ok(rows.length >= 2 && rows.slice(1).every((r) => r.includes('not_home') || r.includes('Not Home')),
    'the offline door result is in the export');
  const debug = JSON.parse(await page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_debug_json())));
  assert.equal(debug.attempts.length, rows.length - 1);
  await screenshot(page, 'offline-canvass');
  await context.close();
  fs.rmSync(root, { recursive: true, force: true });
});

test('a new version is picked up on a later load, the canvasser is told, and saved work stays', async () => {
  const root = copyOfApp();
  const server = await startServer({ root, port: 0 });
  const { context, page } = await newPhone(browser);
  await page.goto(server.url);
  await tap(page, 'TL');
  await waitForOfflineReady(page);
  const saved = await page.evaluate(() => localStorage.getItem('puerta.app_state'));

  // Release a new build: the service worker's build id changes.
  const swPath = path.join(root, 'sw.js');
  fs.writeFileSync(swPath, fs.readFileSync(swPath, 'utf8').replace(/const VERSION = '[^']*'/, "const VERSION = 'next-release'"));
  await page.reload();
  await page.waitForSelector('#banner:not([hidden])', { timeout: 30000 });
  // In the language the canvasser chose (Tagalog), as the app's own words are.
  assert.match(await page.textContent('#banner'), /^Na-update ang Puerta\. Ligtas ang mga na-save mo/);
  const version = await page.evaluate(() => new Promise((resolve) => {
    navigator.serviceWorker.addEventListener('message', (e) => resolve(e.data.version), { once: true });
    navigator.serviceWorker.controller.postMessage('version');
  }));
  assert.equal(version, 'next-release');
  await waitForWidget(page, 'Magsanay sa sample na turf');
  assert.equal(await page.evaluate(() => localStorage.getItem('puerta.app_state')), saved);
  await screenshot(page, 'offline-updated');
  await context.close();
  await server.close();
  fs.rmSync(root, { recursive: true, force: true });
});
