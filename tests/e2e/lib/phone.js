// The browser test harness: Debian's Chromium as a phone (390×844 CSS px,
// devicePixelRatio 3, touch), the web app served on 127.0.0.1, and helpers
// that find widgets by their visible label through window.puertaWidgets
// (published by the app from Dear ImGui's item hooks), never by pixel
// positions written into a test.
// The tests run the test build (build/wasm/web-test: PUERTA_TEST_HOOKS, the
// hooks above and the Module._puerta_* readers); phones get build/wasm/web,
// which has none of them (production.test.js checks).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { startServer } from '../../../scripts/serve.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));

// A file the phone exported, as text. The lossless (.jsonl) export is signed
// by the phone (core/crypto/signed_file.h): "PSG1", its public key (32 bytes)
// and the signature (64), then the file itself. From a turf without an
// organizer key the spreadsheet and VAN files are plain CSV ({ signed: false }).
export function readExport(file, { signed = true } = {}) {
  const bytes = fs.readFileSync(file);
  const isSigned = bytes.subarray(0, 4).toString('latin1') === 'PSG1';
  if (isSigned !== signed) throw new Error(`${file} is ${isSigned ? '' : 'not '}signed by the phone`);
  return (signed ? bytes.subarray(100) : bytes).toString('utf8');
}
export const repoRoot = path.resolve(here, '../../..');
export const webRoot = process.env.PUERTA_WEB_ROOT || path.join(repoRoot, 'build/wasm/web-test');
export const productionRoot = process.env.PUERTA_PRODUCTION_ROOT || path.join(repoRoot, 'build/wasm/web');
export const artifacts = path.join(repoRoot, 'tests/e2e/artifacts');
// The organizer's CLI (scripts/build.sh builds it there; PUERTA_BIN for another build).
export const puertaBin = process.env.PUERTA_BIN || path.join(repoRoot, 'build/native/native/puerta');

export const PHONE = {
  viewport: { width: 390, height: 844 },
  deviceScaleFactor: 3,
  isMobile: true,
  hasTouch: true,
  // The phone's language picks Puerta's first screen (navigator.languages):
  // the tests read English unless a test asks for another locale.
  locale: 'en-US',
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36',
};

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
  '--use-gl=angle', '--use-angle=swiftshader', '--enable-unsafe-swiftshader',
];

// `args`: more Chromium switches (e.g. --host-resolver-rules for a test that
// needs a page that is not a secure context).
export async function launchBrowser({ args = [] } = {}) {
  if (!fs.existsSync(path.join(webRoot, 'index.html'))) {
    throw new Error(`no web app at ${webRoot}: build it first (scripts/build.sh does)`);
  }
  return chromium.launch({
    executablePath: process.env.PUERTA_CHROMIUM || '/usr/bin/chromium', args: [...CHROMIUM_ARGS, ...args],
  });
}

// `log`: an array that gets every request the server answers (scripts/serve.mjs).
export async function serveApp(root = webRoot, { log = null } = {}) {
  return startServer({ root, port: 0, host: '127.0.0.1', log });
}

// A fresh phone: its own storage, console errors collected.
export async function newPhone(browser, options = {}) {
  const context = await browser.newContext({ ...PHONE, ...options });
  const page = await context.newPage();
  page.consoleErrors = [];
  page.on('console', (m) => m.type() === 'error' && page.consoleErrors.push(m.text()));
  page.on('pageerror', (e) => page.consoleErrors.push(String(e)));
  return { context, page };
}

// A widget matches by its visible label, its full id, or (for "##name") the
// end of its id, as in tests/ui/ui_harness.h.
function matcher() {
  return (w, l) => w.label === l || w.id === l || (l.startsWith('##') && w.id.endsWith(l));
}

// Waits until the app has drawn a frame showing a widget with this label.
export async function waitForWidget(page, label, timeout = 30000) {
  await page.waitForFunction(
    ([l, m]) => Array.isArray(window.puertaWidgets) && window.puertaWidgets.some((w) => new Function('return ' + m)()(w, l)),
    [label, matcher().toString()],
    { timeout },
  );
  return widget(page, label);
}

export async function widget(page, label) {
  return page.evaluate(
    ([l, m]) => (window.puertaWidgets || []).find((w) => new Function('return ' + m)()(w, l)) || null,
    [label, matcher().toString()],
  );
}

export async function widgets(page) {
  return page.evaluate(() => window.puertaWidgets || []);
}

// Lets the app draw what the last input changed (a few animation frames).
export async function settle(page, frames = 4) {
  await page.evaluate((n) => new Promise((resolve) => {
    const step = (left) => (left <= 0 ? resolve() : requestAnimationFrame(() => step(left - 1)));
    step(n);
  }), frames);
}

// Taps the middle of the widget with this label, as a finger would, and lets
// the app answer before the test goes on (typing right after a tap must reach
// the field that was tapped).
export async function tap(page, label) {
  const w = await waitForWidget(page, label);
  await page.touchscreen.tap(w.x + w.w / 2, w.y + w.h / 2);
  await settle(page);
  return w;
}

// Taps a text field and types into it through the phone keyboard bridge.
export async function typeInto(page, label, text) {
  await tap(page, label);
  await page.keyboard.insertText(text);
  await settle(page);
}

export async function framesDrawn(page) {
  return page.evaluate(() => window.Module._puerta_frames_drawn());
}

export async function stateJson(page) {
  return JSON.parse(await page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_state_json())));
}

export async function screenshot(page, name) {
  fs.mkdirSync(artifacts, { recursive: true });
  const file = path.join(artifacts, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// Resolves once the service worker controls the page: from then on the app
// opens with no network.
export async function waitForOfflineReady(page) {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
}

// What a turf asking for a PIN shows first: the PIN twice, then the
// canvasser's name; ends on the overview (its Next door).
export async function choosePinAndName(page, pin, name) {
  await typeInto(page, '##pin', pin);
  await typeInto(page, '##again', pin);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', name);
  await tap(page, '##continue');
}

// From the overview: Next door, the door's first person, the conversation's
// first step on screen.
export async function startFirstConversation(page, timeout = 60000) {
  await tap(page, '##next-door');
  const voter = await page.waitForFunction(
    () => (window.puertaWidgets || []).find((w) => w.id.includes('##voter-'))?.id, null, { timeout });
  await tap(page, '##' + (await voter.jsonValue()).split('##')[1]);
  await waitForWidget(page, '##step-next', timeout);
}
