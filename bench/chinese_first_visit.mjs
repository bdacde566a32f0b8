// What a Chinese-speaking canvasser's phone downloads from the first visit to
// the first conversation, as the server sends it: the test build of the web
// app (its widget hooks find the buttons; the same files as production plus
// those hooks) published with `puerta publish` (.br/.gz copies) and served by
// scripts/serve.mjs, opened in headless Chromium with the phone in zh-CN, the
// service worker on (its precache is part of a first visit). The turf: the
// sample walk list (made-up voters, Chinese and Korean names among them) and
// the pledge script in six languages, packaged as `puerta package` does.
// "before": packaged --no-font (the phone fetches the app's CJK fonts);
// "after": with the CJK font subset inside the package (native/cli/font_subset.h).
// Prints figures; never fails.
//   node bench/chinese_first_visit.mjs        (after scripts/build.sh)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, newPhone, waitForWidget, settle, choosePinAndName, startFirstConversation, repoRoot, webRoot, puertaBin } from '../tests/e2e/lib/phone.js';
import { startServer } from '../scripts/serve.mjs';

const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-bench-zh-'));
const LIST = path.join(repoRoot, 'assets/sample/walk-list.csv');
const SCRIPT = path.join(repoRoot, 'assets/scripts/pledge-to-vote.json');

function packageTurf(name, extra) {
  const printed = execFileSync(puertaBin, ['package', '--list', LIST, '--script', SCRIPT, '--name', '东区', '--unsealed-exports',
    ...extra, '--out', path.join(work, name)], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  return new URL(/^link: (\S+)$/m.exec(printed)[1]).hash;
}

// Which part of the download a request is.
function partOf(pathname) {
  if (pathname.endsWith('.turf')) return 'turf package';
  if (pathname.includes('/assets/fonts/ui-cjk.ttc')) return 'large CJK font (ui-cjk.ttc)';
  if (pathname.includes('/assets/fonts/ui-cjk-first.ttc')) return 'first screens\' CJK font (ui-cjk-first.ttc)';
  return 'the app (html, js, wasm, data, icon...)';
}

async function firstVisit(browser, site, turf, hash) {
  const log = [];
  const server = await startServer({ root: site, port: 0, log });
  const { context, page } = await newPhone(browser, { locale: 'zh-CN' });
  await page.goto(`${server.url}?turf=${turf}${hash}`);
  await waitForWidget(page, '##pin', 120000);
  await choosePinAndName(page, '730184', 'Li Wei');  // typed: a CJK name would need the large font (by design)
  await startFirstConversation(page, 60000);  // Next door, its first person, the first step
  await page.waitForFunction(() => !window.Module._puerta_held_for_font(), null, { timeout: 60000 });
  await settle(page);
  // The service worker's precache runs beside the page: wait until it is installed.
  await page.evaluate(() => navigator.serviceWorker && navigator.serviceWorker.ready);
  await context.close();
  await server.close();
  const parts = new Map();
  for (const r of log) parts.set(partOf(new URL(r.url, server.url).pathname), (parts.get(partOf(new URL(r.url, server.url).pathname)) || 0) + r.bytes);
  return parts;
}

if (!fs.existsSync(puertaBin) || !fs.existsSync(path.join(webRoot, 'index.wasm'))) {
  console.log('Chinese first visit: not measured (needs build/native/native/puerta and build/wasm/web-test)');
  process.exit(0);
}
const before = packageTurf('zh-before.turf', ['--no-font']);
const after = packageTurf('zh-after.turf', []);
const site = path.join(work, 'site');
execFileSync(puertaBin, ['publish', site, '--web', webRoot, '--turf', path.join(work, 'zh-before.turf') + before,
  '--turf', path.join(work, 'zh-after.turf') + after], { stdio: ['ignore', 'pipe', 'pipe'] });
const browser = await launchBrowser();
try {
  const runs = [['before (no font in the package)', await firstVisit(browser, site, 'zh-before.turf', before)],
    ['after (CJK subset in the package)', await firstVisit(browser, site, 'zh-after.turf', after)]];
  console.log('a Chinese-speaking canvasser, first visit to first conversation (phone in zh-CN, service worker on,');
  console.log('  bytes as scripts/serve.mjs sent them from a `puerta publish` folder, brotli where the browser takes it):');
  const names = [...new Set(runs.flatMap(([, parts]) => [...parts.keys()]))].sort();
  console.log(`  ${''.padEnd(44)} ${runs.map(([label]) => label.padStart(34)).join(' ')}`);
  for (const name of names) console.log(`  ${name.padEnd(44)} ${runs.map(([, p]) => kb(p.get(name) || 0).padStart(34)).join(' ')}`);
  const total = (parts) => [...parts.values()].reduce((a, b) => a + b, 0);
  console.log(`  ${'total'.padEnd(44)} ${runs.map(([, p]) => kb(total(p)).padStart(34)).join(' ')}`);
} finally {
  await browser.close();
  fs.rmSync(work, { recursive: true, force: true });
}
