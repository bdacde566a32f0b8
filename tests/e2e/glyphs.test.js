// Chinese and Korean are drawn, never "?": a phone in another language
// fetches no CJK font yet draws 中文 and 한국어 on its language picker (their
// glyphs ship with the app, the rest stays out of the first load); a turf
// link opened with the interface in 中文 or 한국어 shows its Choose-a-PIN
// screen in real glyphs even while the large CJK font is still downloading
// (the first screens' small font comes first), later screens wait for the
// font instead of drawing "?", and the Unlock screen and its erase
// confirmation read right when the large font cannot be had at all
// (offline, never kept).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPhone, waitForWidget, tap, typeInto, settle, screenshot, webRoot } from './lib/phone.js';
import { useApp } from './lib/suite.js';
import { buildPrivateTurf, removeTurf } from './lib/fixtures.js';

const app = useApp();
let turf;
// --no-font: the app's fetched CJK fonts are what is tested here (a package's
// own font is package_font.test.js's).
before(() => { turf = buildPrivateTurf('test-glyphs.turf', ['--no-font']); });  // { name, query: '?turf=NAME#k=KEY' }
after(() => removeTurf('test-glyphs.turf'));

const FONT = '**/assets/fonts/ui-cjk.ttc';
const PIN = '482915';
const replacementGlyphs = (page) => page.evaluate(() => window.Module._puerta_replacement_glyphs());
const heldForFont = (page) => page.evaluate(() => window.Module._puerta_held_for_font());

// A label in Chinese or Korean script (whatever the wording is today).
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/;

const FIRST_FONT = 'assets/fonts/ui-cjk-first.ttc';
const fontsAsked = (page) => {
  const asked = [];
  page.on('request', (r) => { if (r.url().includes('/assets/fonts/')) asked.push(new URL(r.url()).pathname); });
  return asked;
};

test('en: the language picker draws 中文 and 한국어 with no CJK font fetched; choosing 中文 fetches the small one first', async () => {
  const { context, page } = await newPhone(app.browser, { serviceWorkers: 'block' });
  const asked = fontsAsked(page);
  await page.goto(app.server.url);
  assert.match((await waitForWidget(page, '##lang-zh')).label, /中文/);
  assert.match((await waitForWidget(page, '##lang-ko')).label, /한국어/);
  await settle(page);
  assert.equal(await replacementGlyphs(page), 0);
  assert.deepEqual(asked, []);
  await tap(page, '##lang-zh');
  await page.waitForFunction(() => !window.Module._puerta_held_for_font());
  await settle(page);
  assert.equal(await replacementGlyphs(page), 0);
  assert.ok(asked.some((p) => p.endsWith(FIRST_FONT)), `fonts asked for: ${asked}`);
  await context.close();
});

test('the service worker installs the first screens\' CJK font with the app, for an offline unlock', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await waitForWidget(page, '##lang-zh');
  const cached = await page.evaluate(async (font) => {
    await navigator.serviceWorker.ready;  // active: its install (every app file cached) is done
    for (const name of await caches.keys()) {
      if (!name.startsWith('puerta-app-')) continue;
      if ((await (await caches.open(name)).keys()).some((r) => r.url.endsWith(font))) return name;
    }
    return null;
  }, FIRST_FONT);
  assert.ok(cached, 'ui-cjk-first.ttc in the app cache');
  await context.close();
});

for (const lang of ['zh', 'ko']) {
  test(`${lang}: the PIN screen of a turf link draws real glyphs before the CJK font arrives, and nothing shows "?" after`, async () => {
    // No service worker: every font request goes through the routes below.
    const { context, page } = await newPhone(app.browser, { serviceWorkers: 'block' });
    let release;
    const fontHere = new Promise((resolve) => { release = resolve; });
    await page.route(FONT, async (route) => {
      await fontHere;
      await route.fulfill({ body: fs.readFileSync(path.join(webRoot, 'assets/fonts/ui-cjk.ttc')) });
    });
    await page.goto(app.server.url);
    await tap(page, `##lang-${lang}`);
    await page.goto(app.server.url + turf.query);
    const create = await waitForWidget(page, '##create');
    assert.match(create.label, CJK);
    await settle(page);
    assert.equal(await replacementGlyphs(page), 0);
    assert.equal(await heldForFont(page), 0);
    await screenshot(page, `glyphs-${lang}-choose-pin-before-font`);

    await typeInto(page, '##pin', PIN);
    await typeInto(page, '##again', PIN);
    await tap(page, '##create');
    // The welcome screen's words are in the font still on its way: held, no text.
    await page.waitForFunction(() => window.Module._puerta_held_for_font() === 1);
    assert.deepEqual((await page.evaluate(() => window.puertaWidgets)).length, 0);
    release();
    await waitForWidget(page, '##continue');
    await settle(page);
    assert.equal(await replacementGlyphs(page), 0);
    await screenshot(page, `glyphs-${lang}-welcome`);
    await context.close();
  });

  test(`${lang}: Unlock and its erase confirmation read right with no CJK font to be had`, async () => {
    const { context, page } = await newPhone(app.browser, { serviceWorkers: 'block' });
    await page.goto(app.server.url);
    await tap(page, `##lang-${lang}`);
    await page.goto(app.server.url + turf.query);
    await typeInto(page, '##pin', PIN);
    await typeInto(page, '##again', PIN);
    await tap(page, '##create');
    await waitForWidget(page, '##continue');
    // Reopened offline, the fetched font gone: the Unlock screen is drawn at once.
    await page.route(FONT, (route) => route.abort('internetdisconnected'));
    await page.goto(app.server.url);
    const unlock = await waitForWidget(page, '##unlock');
    assert.match(unlock.label, CJK);
    await settle(page);
    assert.equal(await replacementGlyphs(page), 0);
    await screenshot(page, `glyphs-${lang}-unlock`);
    await tap(page, '##wipe');
    const yes = await waitForWidget(page, '##yes-wipe');
    assert.match(yes.label, CJK);
    assert.equal(await replacementGlyphs(page), 0);
    await screenshot(page, `glyphs-${lang}-unlock-erase`);
    await context.close();
  });
}
