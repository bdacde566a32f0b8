// The web app phones get (build/wasm/web) exposes no test or debug entry
// points: nothing a script on the page (or a browser extension) could call
// to read the decrypted session, counters or the widget map. Those exist only
// in the test build (build/wasm/web-test, PUERTA_TEST_HOOKS) the other
// browser tests use.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, serveApp, newPhone, settle, screenshot, productionRoot, webRoot } from './lib/phone.js';

// Every test hook of wasm/main.cpp and wasm/platform_browser.cpp.
const HOOK_EXPORTS = [
  'puerta_frames_drawn', 'puerta_state_json', 'puerta_debug_json', 'puerta_banner', 'puerta_location_text',
  'puerta_depth', 'puerta_attempt_count', 'puerta_replacement_glyphs', 'puerta_held_for_font',
];
const HOOK_GLOBALS = ['puertaWidgets', 'puertaFirstFrameMs'];
// What the production app may export of its own: the answers of
// wasm/js/bridge.js and the shell's calls. A new export must be added here,
// on purpose.
const ALLOWED_EXPORTS = [
  'puerta_request_frames', 'puerta_text_input', 'puerta_key', 'puerta_back', 'puerta_open_turf',
  'puerta_turf_error', 'puerta_turf_downloading', 'puerta_asset_ready', 'puerta_asset_unavailable', 'puerta_location', 'puerta_location_error', 'puerta_other_tab_text',
];

const read = (root, file) => fs.readFileSync(path.join(root, file), 'utf8');

// The wasm's exports by the names the page calls them. At -Oz Emscripten
// minifies export names ("zh"); the emitted JS maps each back:
// _puerta_key=Module["_puerta_key"]=Module["asm"]["Bh"], or once terser has
// been over it (cmake/minify_js.cjs) Module._puerta_key=Module.asm.Bh. Every
// exported function must be mapped, so none can hide behind a short name.
function wasmExports(root) {
  const module = new WebAssembly.Module(fs.readFileSync(path.join(root, 'index.wasm')));
  const names = new Map();
  const mapping = /Module(?:\["(\w+)"\]|\.(\w+))=Module(?:\["asm"\]|\.asm)(?:\["([\w$]+)"\]|\.([\w$]+))/g;
  for (const m of read(root, 'index.js').matchAll(mapping)) names.set(m[3] ?? m[4], m[1] ?? m[2]);
  const functions = WebAssembly.Module.exports(module).filter((e) => e.kind === 'function');
  assert.ok(functions.length > 10, 'the wasm exports functions');
  const unnamed = functions.filter((e) => !names.has(e.name)).map((e) => e.name);
  assert.deepEqual(unnamed, [], `${root}: wasm exports the page's JS does not name`);
  return functions.map((e) => names.get(e.name).replace(/^_/, ''));
}

test('the production wasm, JS and HTML name no test hook', () => {
  const exports = wasmExports(productionRoot);
  const ours = exports.filter((name) => /puerta/i.test(name));
  for (const hook of HOOK_EXPORTS) assert.ok(!exports.includes(hook), `index.wasm exports ${hook}`);
  assert.deepEqual(ours.filter((name) => !ALLOWED_EXPORTS.includes(name)), [],
    'index.wasm exports something of ours that is not a bridge answer');
  const emitted = read(productionRoot, 'index.js') + read(productionRoot, 'index.html') + read(productionRoot, 'shell.js');
  const binary = fs.readFileSync(path.join(productionRoot, 'index.wasm')).toString('latin1');
  for (const name of [...HOOK_EXPORTS, ...HOOK_GLOBALS]) {
    assert.ok(!emitted.includes(name), `the production page's JavaScript or HTML names ${name}`);
    assert.ok(!binary.includes(name), `index.wasm holds the name ${name}`);
  }
});

test('the test build has every hook this test looks for (so the list above is the real one)', () => {
  const exports = wasmExports(webRoot);
  for (const hook of HOOK_EXPORTS) assert.ok(exports.includes(hook), `the test build lacks ${hook}`);
  const emitted = read(webRoot, 'index.js');
  for (const name of HOOK_GLOBALS) assert.ok(emitted.includes(name), `the test build lacks ${name}`);
  for (const name of ALLOWED_EXPORTS) assert.ok(exports.includes(name), `${name} is no longer exported: update the list`);
});

test('the production app runs, and its page has no hook to call', async () => {
  const browser = await launchBrowser();
  const server = await serveApp(productionRoot);
  const { context, page } = await newPhone(browser);
  await page.goto(server.url);
  await page.waitForSelector('#loading', { state: 'hidden', timeout: 60000 });
  await settle(page, 10);
  const found = await page.evaluate(([hooks, globals]) => ({
    module: hooks.filter((h) => typeof window.Module['_' + h] === 'function'),
    globals: globals.filter((g) => g in window),
    bridge: typeof window.Module._puerta_open_turf,
  }), [HOOK_EXPORTS, HOOK_GLOBALS]);
  assert.deepEqual(found, { module: [], globals: [], bridge: 'function' });
  await screenshot(page, 'production-first-screen');
  assert.deepEqual(page.consoleErrors, []);
  await context.close();
  await browser.close();
  await server.close();
});
