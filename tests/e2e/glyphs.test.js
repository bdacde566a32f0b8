// Chinese and Korean are drawn, never "?": a turf link opened with the
// interface in 中文 or 한국어 shows its Choose-a-PIN screen in real glyphs
// even while the CJK font is still downloading (those words ship with the
// app), later screens wait for the font instead of drawing "?", and the
// Unlock screen and its erase confirmation read right when the font cannot
// be had at all (offline, never kept).
import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { newPhone, waitForWidget, tap, typeInto, settle, screenshot, webRoot } from './lib/phone.js';
import { useApp } from './lib/suite.js';
import { buildPrivateTurf, removeTurf } from './lib/fixtures.js';

const app = useApp();
let turf;
before(() => { turf = buildPrivateTurf('test-glyphs.turf'); });  // { name, query: '?turf=NAME#k=KEY' }
after(() => removeTurf('test-glyphs.turf'));

const FONT = '**/assets/fonts/ui-cjk.ttc';
const PIN = '482915';
const replacementGlyphs = (page) => page.evaluate(() => window.Module._puerta_replacement_glyphs());
const heldForFont = (page) => page.evaluate(() => window.Module._puerta_held_for_font());

// A label in Chinese or Korean script (whatever the wording is today).
const CJK = /[\u3000-\u9fff\uac00-\ud7af]/;

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
