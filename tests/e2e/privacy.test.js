// Nothing private is left behind in the browser. A turf package names people
// (names, addresses, phone numbers): the service worker never caches it, the
// app keeps it only encrypted behind the PIN, and "Erase this phone's copy"
// leaves nothing of it in any storage area the origin has.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, waitForOfflineReady } from './lib/phone.js';
import { buildPrivateTurf, personalStrings, removeTurf } from './lib/fixtures.js';
import { scanStorage } from './lib/storage_scan.js';
import { readDeviceKey, waitForNewDeviceKey } from './lib/device_secret.js';
import { useApp } from './lib/suite.js';

const PLAIN_TURF = 'test-privacy-plain.turf';
const app = useApp({ turf: PLAIN_TURF });
const PIN = '730184';
const CANVASSER = 'Yolanda Testcanvasser';
const NOTE = 'Prefers visits after six, ask for Quokka';

let privateTurf;
let secrets;
before(() => {
  privateTurf = buildPrivateTurf('test-privacy.turf');
  secrets = [...personalStrings(privateTurf.turf), CANVASSER, NOTE];
});
after(() => removeTurf('test-privacy.turf'));

const attemptCount = (page) => page.evaluate(() => window.Module._puerta_attempt_count());
const banner = (page) => page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_banner()));

function describe(found) {
  return found.map((f) => `"${f.needle}" in ${f.where}`).join('\n');
}

test('the search finds a turf\'s people when storage holds them readable (control)', async () => {
  // A turf without encryption is stored readable (base64 of plain bytes): the
  // scan must see it there, or its silence elsewhere would prove nothing.
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + PLAIN_TURF);
  await waitForWidget(page, '##next-door');
  const { found } = await scanStorage(page, ['Hernández', 'Esperanza St', '555-0101']);
  assert.ok(found.some((f) => f.where.startsWith('localStorage puerta.turf')), describe(found) || 'nothing found');
  await context.close();
});

test('the service worker keeps the app and its fonts, never a turf; offline the kept turf still opens', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + PLAIN_TURF);
  await waitForWidget(page, '##next-door');
  await waitForOfflineReady(page);
  await page.reload();  // now the turf and everything else is fetched through the service worker
  await waitForWidget(page, '##next-door');
  await tap(page, '##settings');
  await tap(page, '##lang-zh');  // the Chinese font is fetched now, and kept for offline use
  await page.waitForFunction(async () => {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      if ((await cache.keys()).some((r) => r.url.endsWith('/assets/fonts/ui-cjk.ttc'))) return true;
    }
    return false;
  }, null, { timeout: 30000 });

  const { areas } = await scanStorage(page, []);
  const urls = Object.values(areas.caches).flat();
  const APP_FILES = ['', 'index.html', 'words.js', 'shell.js', 'style.css', 'index.js', 'index.wasm', 'index.data',
    'manifest.webmanifest', 'icon.svg'];
  for (const url of urls) {
    const file = new URL(url).pathname.slice(1);
    assert.ok(APP_FILES.includes(file) || file.startsWith('assets/fonts/'), `Cache Storage holds ${url}`);
  }
  assert.ok(!urls.some((u) => u.includes('.turf')), 'no turf in Cache Storage');
  assert.ok(Object.keys(areas.caches).every((n) => n.startsWith('puerta-app-') || n === 'puerta-assets'),
    `caches: ${Object.keys(areas.caches)}`);

  // With no network, the link's turf cannot be fetched: the app opens the one it keeps, without complaint.
  await context.setOffline(true);
  await page.reload();
  await waitForWidget(page, '##next-door');
  await settle(page, 8);
  assert.equal(await banner(page), '');
  await context.close();
});

test('with a PIN, no storage area holds a name, street or phone readable; erasing leaves nothing of the turf', async () => {
  const { context, page } = await newPhone(app.browser);
  const link = app.server.url + privateTurf.query;  // the key in the fragment, as `puerta package` prints it
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  await waitForOfflineReady(page);
  // The link opened again (the first load took the key out of the address):
  // the turf fetched again, this time through the service worker.
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', CANVASSER);
  await tap(page, '##continue');
  await tap(page, '##settings');
  await tap(page, '##lang-vi');  // an interface preference, which erasing keeps
  await tap(page, '##back');

  // A door result, then a conversation with a note.
  await tap(page, '##next-door');
  await tap(page, '##result-not_home');
  const voter = await page.evaluate(() => window.puertaWidgets.find((w) => w.id.includes('##voter-')).id);
  await tap(page, '##' + voter.split('##')[1]);
  while (!(await widget(page, '##save'))) {
    const next = (await widget(page, '##opt-yes')) ? '##opt-yes' : (await widget(page, '##yes')) ? '##yes' : '##step-next';
    await tap(page, next);
  }
  await typeInto(page, '##notes', NOTE);
  await tap(page, '##save');
  await waitForWidget(page, '##someone-else');
  assert.ok(await attemptCount(page) >= 2);

  const during = await scanStorage(page, secrets);
  assert.deepEqual(during.found, [], 'readable while canvassing:\n' + describe(during.found));
  assert.ok('puerta.turf' in during.areas.localStorage, 'the turf is kept (encrypted) in localStorage');

  // Leftovers the app must erase too: what an older version's service worker
  // cached (the turf file itself), and whatever else the origin may hold.
  await page.evaluate(async (url) => {
    const cache = await caches.open('puerta-data');
    await cache.put(url, await fetch(url, { cache: 'no-store' }));
    sessionStorage.setItem('puerta.last-turf', url);
    await new Promise((resolve, reject) => {
      const open = indexedDB.open('puerta-leftover', 1);
      open.onupgradeneeded = () => open.result.createObjectStore('turfs');
      open.onsuccess = () => {
        const tx = open.result.transaction('turfs', 'readwrite');
        tx.objectStore('turfs').put({ voters: 'Zenobia Quintanilla, 712 Marigold Terrace' }, 'turf');
        tx.oncomplete = () => { open.result.close(); resolve(); };
        tx.onerror = () => reject(tx.error);
      };
      open.onerror = () => reject(open.error);
    });
  }, new URL(privateTurf.name, app.server.url).href);
  const seeded = await scanStorage(page, secrets);
  assert.ok(seeded.found.length > 0, 'the leftovers are there before erasing');

  // Erase this phone's copy.
  const keyBefore = await readDeviceKey(page);
  assert.ok(keyBefore, 'the PIN is bound to a device key');
  await tap(page, '##back');
  await tap(page, '##back');
  await tap(page, '##export');
  await tap(page, '##wipe');
  await tap(page, '##wipe-anyway');  // no receipt came back for these results (receipt.test.js)
  await tap(page, '##yes-wipe');
  await waitForWidget(page, '##sample');
  await page.waitForFunction(async () => {
    const caches_ = await caches.keys();
    return Object.keys(localStorage).every((k) => k === 'puerta.app_state' || k === 'puerta.shell_language') &&
      sessionStorage.length === 0 &&
      caches_.every((n) => n.startsWith('puerta-app-') || n === 'puerta-assets') &&
      (await indexedDB.databases()).every((db) => db.name === 'puerta-device');
  }, null, { timeout: 30000 });
  // The device key went too; the one there now is new, made for the next PIN.
  await waitForNewDeviceKey(page, keyBefore.secretHex);

  const afterErase = await scanStorage(page, secrets);
  assert.deepEqual(afterErase.found, [], 'left after erasing:\n' + describe(afterErase.found));
  assert.deepEqual(Object.keys(afterErase.areas.localStorage).sort(), ['puerta.app_state', 'puerta.shell_language'],
    'only the interface preferences stay (no turf, profile, PIN check or attempts, encrypted or not)');
  assert.equal(afterErase.areas.localStorage['puerta.shell_language'], 2, 'the page\'s language: a two-letter code, nothing else');
  assert.deepEqual(afterErase.areas.sessionStorage, {});
  assert.deepEqual(afterErase.areas.indexedDB, { 'puerta-device': { keys: 1 } }, 'only the new device key');
  for (const urls of Object.values(afterErase.areas.caches)) {
    assert.ok(!urls.some((u) => u.includes('.turf')), 'no turf in the app\'s own caches');
  }
  await screenshot(page, 'privacy-after-erase');

  // A reload finds nothing to open: the start screen.
  await page.goto(app.server.url);
  await waitForWidget(page, '##sample');
  await settle(page);
  assert.equal(await attemptCount(page), 0);
  await context.close();
});
