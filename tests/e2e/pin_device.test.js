// The PIN's lock is bound to a key that never leaves the browser: a
// non-extractable WebCrypto key in IndexedDB (wasm/js/bridge.js,
// core/crypto/pin.h). A copy of localStorage alone, put into another browser
// profile (its own IndexedDB), does not open with the right PIN, and says
// why; the phone it came from still opens after a reload. On a page that is
// not a secure context there is no such key: Settings says the PIN alone
// guards the copy there.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveApp, newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot } from './lib/phone.js';
import { buildPrivateTurf, removeTurf } from './lib/fixtures.js';
import { readDeviceKey, localStorageHoldsSecret } from './lib/device_secret.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-pin-device.turf';
const app = useApp();
const PIN = '604918';

let turf;  // { name, query: '?turf=NAME#k=KEY' }
before(() => { turf = buildPrivateTurf(TURF); });
after(() => removeTurf(TURF));

const attemptCount = (page) => page.evaluate(() => window.Module._puerta_attempt_count());

async function openWithNewPin(page, url) {
  await page.goto(url + turf.query);
  await waitForWidget(page, '##pin', 60000);
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', 'Device Test');
  await tap(page, '##continue');
}

async function enterPin(page) {
  await waitForWidget(page, '##unlock', 60000);
  await typeInto(page, '##pin', PIN);
  await tap(page, '##unlock');
}

test('a copy of localStorage in another browser profile does not open with the right PIN; the phone still does', async () => {
  const { context, page: phone } = await newPhone(app.browser);
  await openWithNewPin(phone, app.server.url);
  await tap(phone, '##next-door');
  await tap(phone, '##result-not_home');
  await phone.waitForFunction(() => window.Module._puerta_attempt_count() >= 1);
  const recorded = await attemptCount(phone);  // one per person at the door

  const key = await readDeviceKey(phone);
  assert.ok(key, 'a device key in IndexedDB');
  assert.equal(key.extractable, false);
  assert.equal(key.algorithm, 'HMAC');
  assert.equal(await localStorageHoldsSecret(phone, key.secretHex), false, 'localStorage never holds the device secret');
  const copied = await phone.evaluate(() => ({ ...localStorage }));
  assert.ok('puerta.lock' in copied && 'puerta.turf' in copied);

  // Another profile: same origin, its own IndexedDB (so its own device key),
  // the phone's localStorage (all but the interface preferences: each profile
  // picks its own language here, to see the refusal in it).
  for (const [pill, words] of [['EN', /locked on another phone.*no PIN can open it here/], ['ES', /ningún PIN puede abrirla/],
    ['中文', /任何密码都无法/], ['VI', /không mã PIN nào/]]) {
    const { context: otherContext, page: other } = await newPhone(app.browser);
    await other.goto(app.server.url);
    await waitForWidget(other, '##sample', 60000);
    if (pill !== 'EN') await tap(other, pill);
    await other.evaluate((items) => {
      for (const [k, v] of Object.entries(items)) if (k !== 'puerta.app_state') localStorage.setItem(k, v);
    }, copied);
    await other.reload();
    await enterPin(other);
    const error = await waitForWidget(other, '##pin-error');
    assert.match(error.label, words);
    assert.equal(await attemptCount(other), 0, 'nothing was opened');
    assert.ok(await widget(other, '##wipe'), 'erasing is offered');
    assert.notEqual((await readDeviceKey(other)).secretHex, key.secretHex);
    if (pill === '中文') await other.waitForFunction(() => window.Module.FS.analyzePath('/assets/fonts/ui-cjk.ttc').exists);
    await settle(other, 10);
    await screenshot(other, `pin-device-other-profile-${pill}`);
    await otherContext.close();
  }

  // The phone itself: after a reload the same PIN opens, with what was recorded.
  await phone.reload();
  await enterPin(phone);
  await waitForWidget(phone, '##next-door', 60000);
  assert.equal(await attemptCount(phone), recorded);
  assert.deepEqual(phone.consoleErrors, []);
  await context.close();
});

test('not a secure context: no device key, and Settings says the PIN alone guards the copy', async () => {
  const lanBrowser = await launchBrowser({ args: ['--host-resolver-rules=MAP puerta.lan 127.0.0.1'] });
  const server = await serveApp();
  try {
    const { page } = await newPhone(lanBrowser);
    await openWithNewPin(page, server.url.replace('127.0.0.1', 'puerta.lan'));
    assert.equal(await page.evaluate(() => window.isSecureContext), false);
    await tap(page, '##settings');
    const line = await waitForWidget(page, '##pin-only');
    assert.match(line.label, /only your PIN guards the saved list/i);
    await screenshot(page, 'pin-device-not-secure-settings');
    await tap(page, '##lang-es');
    await page.waitForFunction(() => (window.puertaWidgets || []).some((w) => w.id.endsWith('##pin-only') && w.label.includes('solo tu PIN')));
  } finally {
    await lanBrowser.close();
    await server.close();
  }
});
