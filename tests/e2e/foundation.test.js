// The first screen on a phone: it loads, it is a real screen, a choice is
// saved through cereal into localStorage, and a reload brings it back.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  newPhone, waitForWidget, widgets, tap, framesDrawn, stateJson, screenshot,
} from './lib/phone.js';
import { useApp } from './lib/suite.js';

const app = useApp();

test('the first screen fills a portrait phone, crisply, with thumb-sized targets', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await waitForWidget(page, '##sample');
  assert.equal(await page.isHidden('#loading'), true, 'the loading screen goes away');

  // The canvas covers the viewport at device resolution (crisp at DPR 3).
  const canvas = await page.evaluate(() => {
    const c = document.getElementById('canvas');
    const r = c.getBoundingClientRect();
    return { w: c.width, h: c.height, cssW: r.width, cssH: r.height };
  });
  assert.deepEqual(canvas, { w: 390 * 3, h: 844 * 3, cssW: 390, cssH: 844 });

  for (const w of await widgets(page)) {
    assert.ok(w.h >= 48, `"${w.label}" is ${w.h} px tall; touch targets need 48`);
    assert.ok(w.x >= 0 && w.x + w.w <= 390, `"${w.label}" fits across the screen`);
  }
  const sample = await waitForWidget(page, 'Practice with the sample turf');
  assert.ok(sample.w >= 300, 'the main button spans the screen');
  await screenshot(page, 'foundation-first-screen');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('a choice is saved through cereal into localStorage and survives a reload', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await tap(page, 'ES');
  await waitForWidget(page, 'Practicar con la zona de ejemplo');

  const stored = await page.evaluate(() => localStorage.getItem('puerta.app_state'));
  assert.ok(stored, 'state is in localStorage');
  const bytes = Buffer.from(stored, 'base64');
  assert.equal(bytes.subarray(0, 4).toString('latin1'), 'PRT1', 'a framed Puerta record');
  assert.equal((await stateJson(page)).app_state.interface_language, 'es');

  await page.reload();
  await waitForWidget(page, 'Practicar con la zona de ejemplo');
  assert.equal((await stateJson(page)).app_state.interface_language, 'es', 'it came back from localStorage');
  assert.equal(await page.evaluate(() => localStorage.getItem('puerta.app_state')), stored);
  await screenshot(page, 'foundation-after-reload');
  await context.close();
});

test('an idle page draws no frames', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await waitForWidget(page, '##sample');
  await page.waitForTimeout(500);
  const before = await framesDrawn(page);
  await page.waitForTimeout(1500);
  assert.equal(await framesDrawn(page) - before, 0);
  await tap(page, 'VI');
  await waitForWidget(page, 'Tập với khu vực mẫu');
  assert.ok(await framesDrawn(page) > before, 'a tap draws');
  await context.close();
});

test('without WebGL 2 the page says so instead of staying blank', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.addInitScript(() => {
    const original = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : original.call(this, kind, ...rest);
    };
  });
  await page.goto(app.server.url);
  await page.waitForSelector('#problem:not([hidden])');
  assert.match(await page.textContent('#problem'), /WebGL 2/);
  await screenshot(page, 'foundation-no-webgl2');
  await context.close();
});

test('without WebAssembly the page says so instead of staying blank', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.addInitScript(() => { delete window.WebAssembly; });
  await page.goto(app.server.url);
  await page.waitForSelector('#problem:not([hidden])');
  assert.match(await page.textContent('#problem'), /WebAssembly/);
  await context.close();
});
