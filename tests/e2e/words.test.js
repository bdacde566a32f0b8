// The phone's own language: on a first visit, before anything is chosen,
// Puerta speaks the first of navigator.languages that it knows; a choice made
// in the app wins from then on.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPhone, waitForWidget, widget, tap, typeInto, settle, stateJson, screenshot } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const app = useApp();

test('a Vietnamese phone opens Puerta in Vietnamese', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'vi-VN' });
  await page.goto(app.server.url);
  assert.deepEqual(await page.evaluate(() => navigator.languages[0]), 'vi-VN');
  await waitForWidget(page, 'Tập với khu vực mẫu');
  assert.equal((await stateJson(page)).app_state.interface_language, 'vi');
  await screenshot(page, 'words-first-screen-vi');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

test('a Korean phone opens in Korean; choosing Español is kept over the phone\'s language', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'ko-KR' });
  await page.goto(app.server.url);
  await waitForWidget(page, '예시 구역으로 연습하기');
  await tap(page, 'ES');
  await waitForWidget(page, 'Practicar con la zona de ejemplo');
  await page.reload();
  await waitForWidget(page, 'Practicar con la zona de ejemplo');
  assert.equal((await stateJson(page)).app_state.interface_language, 'es');
  await context.close();
});

test('a phone in a language Puerta does not speak opens in English', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'de-DE' });
  await page.goto(app.server.url);
  await waitForWidget(page, 'Practice with the sample turf');
  await context.close();
});

// A Chinese phone at a door: the names family-first, the Language-barrier
// choices each in its own script, "Other" in Chinese. Screenshots to look at.
test('a Chinese phone at a door: names and language names as their speakers write them', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'zh-CN' });
  await page.goto(app.server.url + '?turf=sample.turf');
  await waitForWidget(page, '##pin', 60000);
  await typeInto(page, '##pin', '482915');
  await typeInto(page, '##again', '482915');
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', '王秀英');
  await tap(page, '##continue');
  await tap(page, '##walk-list');
  await settle(page, 20);  // the Chinese glyphs arrive with their font
  await page.waitForTimeout(800);
  await settle(page);
  await screenshot(page, 'words-zh-walk-list');
  await tap(page, '##back');
  await tap(page, '##next-door');
  await tap(page, '##result-language_barrier');
  assert.equal((await widget(page, '##heard-ru')).label, 'Русский');
  assert.equal((await widget(page, '##heard-so')).label, 'Soomaali');
  assert.equal((await widget(page, '##heard-other')).label, '其他');
  await screenshot(page, 'words-zh-language-barrier');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
});

// The page around the app (web-shell/shell.js) speaks the same language:
// "Loading…", and what it says when this browser cannot run Puerta (words.js,
// generated from the app's translation table). First the phone's language,
// then the one chosen in the app, kept for the next load.
test('the page\'s own words follow the phone\'s language, then the one chosen in the app', async () => {
  const { context, page } = await newPhone(app.browser, { locale: 'vi-VN' });
  await page.goto(app.server.url);
  await waitForWidget(page, 'Tập với khu vực mẫu');
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'vi');
  assert.match(await page.evaluate(() => document.getElementById('loading-text').textContent), /^Đang tải…/);
  await tap(page, '中文');
  await waitForWidget(page, '用示范片区练习', 60000);
  assert.equal(await page.evaluate(() => localStorage.getItem('puerta.shell_language')), 'zh');
  await page.reload();
  await waitForWidget(page, '##sample', 60000);
  assert.equal(await page.evaluate(() => document.documentElement.lang), 'zh');
  assert.match(await page.evaluate(() => document.getElementById('loading-text').textContent), /^正在加载…/);
  // A browser with WebGL 2 turned off: the page says so, in Chinese.
  await page.addInitScript(() => {
    const getContext = HTMLCanvasElement.prototype.getContext;
    HTMLCanvasElement.prototype.getContext = function (kind, ...rest) {
      return kind === 'webgl2' ? null : getContext.call(this, kind, ...rest);
    };
  });
  await page.reload();
  await page.waitForSelector('#problem:not([hidden])');
  assert.equal(await page.textContent('#problem-title'), 'Puerta 无法在这个浏览器上启动');
  assert.match(await page.textContent('#problem-text'), /^这个浏览器关闭了或不支持 WebGL 2/);
  await screenshot(page, 'words-no-webgl-zh');
  await context.close();
});
