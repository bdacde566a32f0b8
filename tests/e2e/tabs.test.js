// Two tabs of one origin must never both write (two journals interleaved
// would lose responses). The first tab holds a Web Lock for its life; a second
// tab says "Puerta is open in another tab", in the canvasser's language,
// writes nothing, and takes over by itself once the first tab is closed.
// Where Web Locks do not exist (plain http on a LAN address) the tabs ask each
// other over a BroadcastChannel instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveApp, newPhone, waitForWidget, tap, screenshot } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-tabs.turf';
const app = useApp({ turf: TURF });

const count = (page) => page.evaluate(() => window.Module._puerta_attempt_count());
const storage = (page) => page.evaluate(() => ({ ...localStorage }));

// Opens a second tab of the app in the same browser profile and waits until
// it has decided (the app's runtime is loaded either way).
async function openSecondTab(context, url) {
  const second = await context.newPage();
  second.consoleErrors = [];
  second.on('pageerror', (e) => second.consoleErrors.push(String(e)));
  await second.goto(url);
  await second.waitForSelector('#other-tab:not([hidden])', { timeout: 60000 });
  return second;
}

async function recordNotHome(page) {
  const before = await count(page);
  await tap(page, '##result-not_home');
  await page.waitForFunction((n) => window.Module._puerta_attempt_count() > n, before);
}

test('a second tab says the app is open in another tab, writes nothing; the first keeps working', async () => {
  const { context, page: first } = await newPhone(app.browser);
  await first.goto(app.server.url + '?turf=' + TURF);
  await tap(first, '##settings');
  await tap(first, '##lang-es');
  await tap(first, '##back');
  await tap(first, '##next-door');
  await recordNotHome(first);
  const stored = await storage(first);

  const second = await openSecondTab(context, app.server.url + '?turf=' + TURF);
  assert.equal(await second.textContent('#other-tab-title'), 'Puerta está abierta en otra pestaña');
  assert.match(await second.textContent('#other-tab-text'), /Esta no guarda nada/);
  await screenshot(second, 'tabs-second-tab');
  const state = await second.evaluate(() => ({
    widgets: 'puertaWidgets' in window,
    loading: document.getElementById('loading').hidden,
    frames: window.Module._puerta_frames_drawn(),
  }));
  assert.deepEqual(state, { widgets: false, loading: true, frames: 0 }, 'the app does not run in the second tab');
  assert.deepEqual(await storage(second), stored, 'the second tab wrote nothing');

  // The first tab goes on as if nothing happened.
  await first.bringToFront();
  await recordNotHome(first);
  const total = await count(first);
  assert.notDeepEqual(await storage(first), stored);
  assert.ok(await second.isVisible('#other-tab'));

  // Closing the first tab hands the app to the second, with everything recorded.
  await first.close();
  await second.bringToFront();
  await waitForWidget(second, '##next-door', 60000);
  assert.ok(await second.isHidden('#other-tab'));
  assert.equal(await count(second), total);
  await tap(second, '##next-door');
  await recordNotHome(second);
  assert.deepEqual(second.consoleErrors, []);
  await context.close();
});

test('a reload of the only tab opens the app, never the other-tab message', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.addInitScript(() => {
    // Remembers whether the message was ever shown on this page.
    new MutationObserver(() => {
      const el = document.getElementById('other-tab');
      if (el && !el.hidden) sessionStorage.setItem('saw-other-tab', '1');
    }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'] });
  });
  await page.goto(app.server.url + '?turf=' + TURF);
  await waitForWidget(page, '##next-door');
  for (let i = 0; i < 3; ++i) {
    await page.reload();
    await waitForWidget(page, '##next-door');
  }
  assert.equal(await page.evaluate(() => sessionStorage.getItem('saw-other-tab')), null);
  await context.close();
});

// Plain http on a laptop's LAN address: no Web Locks there.
let lanBrowser;
before(async () => {
  lanBrowser = await launchBrowser({ args: ['--host-resolver-rules=MAP puerta.lan 127.0.0.1'] });
});
after(async () => { await lanBrowser?.close(); });

test('without Web Locks (not a secure context) a second tab is stopped too', async () => {
  const server = await serveApp();
  const url = server.url.replace('127.0.0.1', 'puerta.lan') + '?turf=' + TURF;
  const { context, page: first } = await newPhone(lanBrowser);
  try {
    await first.goto(url);
    await waitForWidget(first, '##next-door', 60000);
    assert.equal(await first.evaluate(() => 'locks' in navigator), false);
    await tap(first, '##next-door');
    await recordNotHome(first);
    const stored = await storage(first);

    const second = await openSecondTab(context, url);
    assert.equal(await second.textContent('#other-tab-title'), 'Puerta is open in another tab');
    assert.deepEqual(await storage(second), stored, 'the second tab wrote nothing');
    await first.bringToFront();
    await recordNotHome(first);
    const total = await count(first);

    await first.close();
    await second.bringToFront();
    await waitForWidget(second, '##next-door', 60000);
    assert.equal(await count(second), total);
  } finally {  // a failed step must not leave a server keeping this file's process alive
    await context.close();
    await server.close();
  }
});
