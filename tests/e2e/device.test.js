// What the app tells the canvasser about how this browser keeps their work:
// Settings says whether navigator.storage.persist() was granted (asked at the
// first tap); a page that is not a secure context (plain http on a laptop's
// LAN address: no service worker) says on the start screen that it will not
// work offline; iOS Safari outside the Home Screen gets a card on adding it
// there (Safari deletes a site's storage after 7 days without a visit).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { launchBrowser, serveApp, newPhone, waitForWidget, widget, tap, settle, screenshot } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-device.turf';
const app = useApp({ turf: TURF });

const IPHONE_SAFARI = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 ' +
  '(KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1';

// Answers navigator.storage.persisted() with false and persist() with `grant`,
// counting the calls to persist().
async function fakePersist(context, grant) {
  await context.addInitScript((granted) => {
    window.persistCalls = 0;
    navigator.storage.persisted = () => Promise.resolve(false);
    navigator.storage.persist = () => {
      window.persistCalls += 1;
      return Promise.resolve(granted);
    };
  }, grant);
}

const persistCalls = (page) => page.evaluate(() => window.persistCalls);

// Chinese and Korean glyphs are drawn once their font has been fetched
// (bridge.js writes it into the app's file system) and rasterized.
async function waitForCjkFont(page) {
  await page.waitForFunction(() => window.Module.FS.analyzePath('/assets/fonts/ui-cjk.ttc').exists, null, { timeout: 30000 });
  await settle(page, 10);
}

for (const [grant, line] of [[true, 'Storage: kept by this browser'], [false, 'Storage: may be cleared by the browser']]) {
  test(`persist() is asked once, at the first tap, and Settings shows the answer (${grant ? 'granted' : 'refused'})`, async () => {
    const { context, page } = await newPhone(app.browser);
    await fakePersist(context, grant);
    await page.goto(app.server.url + '?turf=' + TURF);
    await waitForWidget(page, '##next-door');
    await settle(page, 8);
    assert.equal(await persistCalls(page), 0, 'not asked before the canvasser does anything');
    await tap(page, '##settings');
    const shown = await waitForWidget(page, line);
    assert.ok(shown.id.endsWith('##storage'));
    await tap(page, '##lang-es');
    await waitForWidget(page, grant ? 'Almacenamiento: este navegador lo conserva' : 'Almacenamiento: el navegador podría borrarlo');
    assert.equal(await persistCalls(page), 1, 'asked once');
    await screenshot(page, `device-settings-storage-${grant ? 'kept' : 'may-be-cleared'}`);
    await context.close();
  });
}

test('Settings shows what this browser really answered', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##settings');
  await page.waitForFunction(() => (window.puertaWidgets || []).some((w) => w.id.endsWith('##storage')));
  await settle(page, 8);
  const persisted = await page.evaluate(() => navigator.storage.persisted());
  const shown = await widget(page, '##storage');
  assert.equal(shown.label, persisted ? 'Storage: kept by this browser' : 'Storage: may be cleared by the browser');
  await context.close();
});

test('on a secure page (https, or localhost) there is no offline warning and no Home Screen card', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await waitForWidget(page, '##sample');
  await settle(page, 8);
  assert.equal(await page.evaluate(() => window.isSecureContext), true);
  assert.equal(await widget(page, '##no-offline'), null);
  assert.equal(await widget(page, '##home-screen'), null, 'an Android phone gets no iOS card');
  await context.close();
});

test('iOS Safari outside the Home Screen: a card on how to add Puerta there', async () => {
  const { context, page } = await newPhone(app.browser, { userAgent: IPHONE_SAFARI });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => false }));
  await page.goto(app.server.url);
  const card = await waitForWidget(page, '##home-screen');
  assert.equal(card.label, 'Add Puerta to your Home Screen');
  assert.ok(card.x >= 0 && card.x + card.w <= 390 && card.h >= 48);
  await screenshot(page, 'device-ios-home-screen-card-en');
  for (const [pill, title] of [
    ['ES', 'Agrega Puerta a tu pantalla de inicio'], ['中文', '把 Puerta 添加到主屏幕'],
    ['VI', 'Thêm Puerta vào Màn hình chính'], ['한국어', 'Puerta를 홈 화면에 추가하세요'],
    ['TL', 'Idagdag ang Puerta sa Home Screen mo'],
  ]) {
    await tap(page, pill);
    assert.ok((await waitForWidget(page, title)).id.endsWith('##home-screen'));
    if (pill === '中文') await waitForCjkFont(page);
    await screenshot(page, `device-ios-home-screen-card-${pill}`);
  }
  await context.close();
});

test('iOS, opened from the Home Screen (standalone): no card', async () => {
  const { context, page } = await newPhone(app.browser, { userAgent: IPHONE_SAFARI });
  await page.addInitScript(() => Object.defineProperty(Navigator.prototype, 'standalone', { get: () => true }));
  await page.goto(app.server.url);
  await waitForWidget(page, '##sample');
  await settle(page, 8);
  assert.equal(await widget(page, '##home-screen'), null);
  await context.close();
});

// A laptop's LAN address over plain http: Chromium is told that the name
// puerta.lan is 127.0.0.1, so the page is not a secure context.
let lanBrowser;
before(async () => {
  lanBrowser = await launchBrowser({ args: ['--host-resolver-rules=MAP puerta.lan 127.0.0.1'] });
});
after(async () => { await lanBrowser?.close(); });

test('not a secure context: the start screen says the app will not work offline there, translated', async () => {
  const server = await serveApp();
  const url = server.url.replace('127.0.0.1', 'puerta.lan');
  const { context, page } = await newPhone(lanBrowser);
  await page.goto(url);
  const card = await waitForWidget(page, '##no-offline', 60000);
  assert.equal(await page.evaluate(() => window.isSecureContext), false);
  assert.equal(await page.evaluate(() => 'serviceWorker' in navigator), false);
  assert.match(card.label, /does not work offline.*Send your results the same day/);
  await screenshot(page, 'device-not-secure-no-offline');
  await tap(page, 'ES');
  const es = await waitForWidget(page, '##no-offline');
  assert.match(es.label, /no funciona sin conexión.*Envía tus resultados el mismo día/);
  for (const [pill, words] of [['中文', '当天'], ['VI', 'ngay trong ngày'], ['한국어', '그날 바로'], ['TL', 'araw ding iyon']]) {
    await tap(page, pill);
    await page.waitForFunction((w) => (window.puertaWidgets || []).some((x) => x.id.endsWith('##no-offline') && x.label.includes(w)), words);
    if (pill === '中文') await waitForCjkFont(page);
    await screenshot(page, `device-not-secure-no-offline-${pill}`);
  }
  await context.close();
  await server.close();
});
