// Phone behaviours SDL2 and Dear ImGui do not give for free: the browser's
// back button, the on-screen keyboard (with Backspace and IME composition),
// the file picker, location on the map, rotation, text size and contrast.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, webRoot, readExport } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-phone.turf';
const app = useApp({ turf: TURF });

const depth = (page) => page.evaluate(() => window.Module._puerta_depth());

test('the back button goes back one screen instead of leaving the app', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##walk-list');
  await tap(page, '##' + (await page.evaluate(() => window.puertaWidgets.find((w) => w.id.includes('##door-')).id.split('##')[1])));
  assert.equal(await depth(page), 3);
  await page.goBack();
  await waitForWidget(page, '##f-all');
  assert.equal(await depth(page), 2, 'back to the walk list');
  await page.goBack();
  await waitForWidget(page, '##next-door');
  assert.equal(await depth(page), 1, 'back to the overview');
  assert.ok(page.url().startsWith(app.server.url), 'still in the app');
  // The app's own Back keeps history in step: the browser's back then leaves nothing behind.
  await tap(page, '##settings');
  await tap(page, '##back');
  await waitForWidget(page, '##next-door');
  assert.equal(await depth(page), 1);
  await context.close();
});

test('the phone keyboard types, deletes and composes into a text field', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await tap(page, '##sample');
  await tap(page, '##pin');
  assert.equal(await page.evaluate(() => document.activeElement && document.activeElement.id), 'keyboard-proxy',
    'tapping a text field focuses the keyboard bridge (so a phone raises its keyboard)');
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##next-door');
  await tap(page, await page.evaluate(() => '##' + window.puertaWidgets.find((w) => w.id.includes('##voter-')).id.split('##')[1]));
  while (!(await widget(page, '##save'))) {
    const next = (await widget(page, '##opt-yes')) ? '##opt-yes' : (await widget(page, '##yes')) ? '##yes' : '##step-next';
    await tap(page, next);
  }
  await typeInto(page, '##notes', 'Habla españolx');
  await page.keyboard.press('Backspace');
  await settle(page);
  // A Chinese IME: composing text is held back, the result arrives on compositionend.
  await page.evaluate(() => {
    const proxy = document.getElementById('keyboard-proxy');
    proxy.dispatchEvent(new CompositionEvent('compositionstart', { data: '' }));
    proxy.value = 'nihao';
    proxy.dispatchEvent(new InputEvent('input', { data: 'nihao', isComposing: true, inputType: 'insertCompositionText' }));
    proxy.value = '你好';
    proxy.dispatchEvent(new CompositionEvent('compositionend', { data: '你好' }));
  });
  await settle(page, 8);
  await tap(page, '##save');
  await waitForWidget(page, '##someone-else');
  await tap(page, '##back');
  await tap(page, '##back');
  await tap(page, '##export');
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-jsonl')]);
  const text = readExport(await download.path());
  assert.ok(text.includes('"notes":"Habla español你好"'), 'typed, corrected with Backspace, composed in Chinese');
  await context.close();
});

test('a PIN field raises the digits keypad, other fields the text keyboard', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  await tap(page, '##sample');
  const proxy = () => page.evaluate(() => {
    const p = document.getElementById('keyboard-proxy');
    return { focused: document.activeElement === p, inputmode: p.getAttribute('inputmode'),
             autocomplete: p.getAttribute('autocomplete'), enterkeyhint: p.getAttribute('enterkeyhint') };
  });
  await tap(page, '##pin');
  assert.deepEqual(await proxy(), { focused: true, inputmode: 'numeric', autocomplete: 'off', enterkeyhint: 'done' },
    'the PIN field: digits keypad, nothing remembered');
  await page.keyboard.insertText('482915');
  await tap(page, '##again');
  assert.equal((await proxy()).inputmode, 'numeric');
  await page.keyboard.insertText('482915');
  await tap(page, '##create');
  await tap(page, '##name');
  assert.deepEqual(await proxy(), { focused: true, inputmode: 'text', autocomplete: 'off', enterkeyhint: 'enter' },
    'the name field after it: the text keyboard again');
  await context.close();
});

test('a turf package opens from the phone file picker', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url);
  // The start screen first (a slow first load is not a missing file picker),
  // then the tap that must open the picker: browsers open one only for a tap.
  await waitForWidget(page, '##file', 60000);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), tap(page, '##file')]);
  await chooser.setFiles(path.join(webRoot, TURF));
  await waitForWidget(page, '##next-door', 30000);
  await context.close();
});

test('the map shows where the canvasser is once they allow location', async () => {
  const { context, page } = await newPhone(app.browser, {
    geolocation: { latitude: 37.34995, longitude: -121.8795, accuracy: 25 },
    permissions: ['geolocation'],
  });
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##map');
  await tap(page, '##locate');
  await page.waitForFunction(() => window.Module.UTF8ToString(window.Module._puerta_location_text()) !== '');
  const [lat, lon, accuracy] = (await page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_location_text()))).split(',').map(Number);
  assert.ok(Math.abs(lat - 37.34995) < 1e-4 && Math.abs(lon + 121.8795) < 1e-4 && accuracy === 25);
  await settle(page);
  await screenshot(page, 'phone-map-you-are-here');
  // A door on the map is a tap target that opens it.
  await tap(page, await page.evaluate(() => '##' + window.puertaWidgets.find((w) => w.id.includes('##stop-')).id.split('##')[1]));
  await waitForWidget(page, '##result-not_home');
  await context.close();
});

test('rotation, larger text and high contrast keep every target on screen', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##settings');
  await tap(page, '##size-2');
  await tap(page, '##contrast-on');
  await screenshot(page, 'phone-settings-larger-contrast');
  await tap(page, '##back');
  await page.setViewportSize({ width: 844, height: 390 });
  await page.waitForFunction(() => document.getElementById('canvas').width === 844 * 3);
  await settle(page, 8);
  const canvas = await page.evaluate(() => ({ w: document.getElementById('canvas').width, h: document.getElementById('canvas').height }));
  assert.deepEqual(canvas, { w: 844 * 3, h: 390 * 3 }, 'the canvas follows the rotation at full resolution');
  for (const w of await page.evaluate(() => window.puertaWidgets)) {
    assert.ok(w.x >= 0 && w.x + w.w <= 844 + 0.5, `"${w.label}" fits across the landscape screen`);
    assert.ok(w.h >= 48, `"${w.label}" is at least 48 px tall`);
  }
  await screenshot(page, 'phone-landscape-overview');
  // What does not fit scrolls: a finger drag brings the next door up.
  const cdp = await context.newCDPSession(page);
  const touch = (type, y) => cdp.send('Input.dispatchTouchEvent', { type, touchPoints: type === 'touchEnd' ? [] : [{ x: 420, y }] });
  await touch('touchStart', 350);
  for (let y = 340; y >= 60; y -= 20) await touch('touchMove', y);
  await touch('touchEnd');
  await settle(page, 30);
  await waitForWidget(page, '##next-door');
  await context.close();
});
