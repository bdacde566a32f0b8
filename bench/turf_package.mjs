// Turf package figures, printed (never pass/fail):
//  1. sizes for 100, 500 and 2,000 households of a synthetic multilingual voter
//     file (bench/voter_file.mjs): the plain package JSON, the encrypted
//     package `puerta package` writes, and each through `gzip -9` (the peer:
//     what a web server's compression would make of it; ciphertext does not
//     compress, docs/turf-format.md). "before" is the version 1 envelope
//     (PTK1: the JSON encrypted uncompressed, exactly 68 bytes more than it),
//     "now" the version 2 one `puerta package` writes (PTK2: compressed first),
//     both without the CJK font a package carries for Chinese and Korean
//     canvassers (--no-font), which the last column adds;
//  2. opening a 500-household encrypted package on a phone in headless
//     Chromium (the test build, build/wasm/web-test): from navigating to the
//     link to the walk list on screen, step by step, against the same turf as
//     a plain package and the 100-household one, in the same run.
//   node bench/turf_package.mjs        (after scripts/build.sh; bench/run.sh runs it)
// PUERTA_BIN: the CLI (default build/native/native/puerta). PUERTA_BENCH_QUICK=1: one run per case.
// PUERTA_BENCH_SIZES_ONLY=1: the sizes alone (no browser).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { launchBrowser, serveApp, newPhone, waitForWidget, tap, typeInto, repoRoot, webRoot } from '../tests/e2e/lib/phone.js';
import { makeVoterFile } from './voter_file.mjs';

const puerta = process.env.PUERTA_BIN || path.join(repoRoot, 'build/native/native/puerta');
const SCRIPT = path.join(repoRoot, 'assets/scripts/pledge-to-vote.json');
const RUNS = process.env.PUERTA_BENCH_QUICK ? 1 : 3;
const PIN = '730184';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-bench-turf-'));

// `puerta package` as an organizer runs it; returns the printed link.
function packageTurf(csv, out, extra = []) {
  const printed = execFileSync(puerta, ['package', '--list', csv, '--script', SCRIPT, '--name', 'Bench turf',
    '--organization', 'Bench', '--unsealed-exports', '--base-url', 'http://127.0.0.1/', ...extra, '--out', out],
  { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  return /^link: (\S+)$/m.exec(printed)[1];
}
const gzip9 = (file) => execFileSync('gzip', ['-9', '-c', file], { maxBuffer: 1 << 28 }).length;
const kb = (n) => (n / 1024).toFixed(1).padStart(8) + ' KB';

// --- 1. sizes -----------------------------------------------------------------
const files = {};
console.log('turf package sizes (synthetic voter file: es, en, vi, zh, ko, tl names; pledge script):');
console.log('  households  voters   plain JSON  gzip -9 plain  encrypted before (PTK1)  encrypted now (PTK2)  gzip -9 now  now with CJK font');
for (const households of [100, 500, 2000]) {
  const { csv, voters } = makeVoterFile(households);
  const list = path.join(work, `voters-${households}.csv`);
  fs.writeFileSync(list, csv);
  const plain = path.join(work, `plain-${households}.turf`);
  const encrypted = path.join(work, `encrypted-${households}.turf`);
  const withFont = path.join(work, `font-${households}.turf`);
  packageTurf(list, plain, ['--plain-package', '--made-up-voters', '--no-font']);
  const link = packageTurf(list, encrypted, ['--no-font']);
  packageTurf(list, withFont);
  files[households] = { list, plain, encrypted, link };
  const p = fs.statSync(plain).size;
  const e = fs.statSync(encrypted).size;
  const before = p + 68;  // PTK1: 52-byte header + the JSON + 16-byte tag
  console.log(`  ${String(households).padStart(10)}  ${String(voters).padStart(6)}  ${kb(p)}  ${kb(gzip9(plain)).padStart(13)}  ` +
    `${kb(before).padStart(23)}  ${kb(e).padStart(19)}  ${kb(gzip9(encrypted)).padStart(11)}  ${kb(fs.statSync(withFont).size).padStart(17)}`);
}
if (process.env.PUERTA_BENCH_SIZES_ONLY) {
  fs.rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

// --- 2. opening on a phone --------------------------------------------------------
// Each step ends when the app has drawn the widget that step leads to.
async function openToWalkList(browser, url) {
  const { context, page } = await newPhone(browser);
  const marks = {};
  const t0 = performance.now();
  await page.goto(url);
  await waitForWidget(page, '##pin', 120000);
  marks.open = performance.now() - t0;  // download, decrypt and read the package; the PIN screen
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  let t = performance.now();
  await tap(page, '##create');
  await waitForWidget(page, '##name', 120000);
  marks.pin = performance.now() - t;  // Argon2id, then the turf sealed into storage
  await typeInto(page, '##name', 'Bench');
  t = performance.now();
  await tap(page, '##continue');
  await waitForWidget(page, '##next-door', 60000);
  marks.overview = performance.now() - t;
  t = performance.now();
  await tap(page, '##walk-list');
  await page.waitForFunction(() => (window.puertaWidgets || []).some((w) => w.id.includes('##door-')), null, { timeout: 60000 });
  marks.walkList = performance.now() - t;
  await context.close();
  return marks;
}

// The peer for the first step: the app alone, no link (navigation to its start screen).
async function openAppAlone(browser, url) {
  const { context, page } = await newPhone(browser);
  const t0 = performance.now();
  await page.goto(url);
  await waitForWidget(page, '##sample', 120000);
  const ms = performance.now() - t0;
  await context.close();
  return ms;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const browser = await launchBrowser();
const server = await serveApp(webRoot);
const served = [];
try {
  const cases = [
    ['500 households, encrypted', files[500].encrypted, files[500].link],
    ['500 households, plain package', files[500].plain, null],
    ['100 households, encrypted', files[100].encrypted, files[100].link],
  ];
  console.log(`opening a turf link on a phone (Chromium, phone emulation, SwiftShader, 127.0.0.1; median of ${RUNS}; ` +
    'each step until its screen is drawn; typing the PIN and the name not counted):');
  console.log('                                  open link  PIN chosen   overview   walk list      total');
  const alone = [];
  for (let i = 0; i < RUNS; ++i) alone.push(await openAppAlone(browser, server.url));
  console.log(`  ${'the app alone, no link'.padEnd(30)} ${`${median(alone).toFixed(0)} ms`.padStart(10)}`);
  for (const [label, file, link] of cases) {
    const name = `bench-${path.basename(file)}`;
    fs.copyFileSync(file, path.join(webRoot, name));
    served.push(name);
    const fragment = link ? new URL(link).hash : '';
    const runs = [];
    for (let i = 0; i < RUNS; ++i) runs.push(await openToWalkList(browser, `${server.url}?turf=${name}${fragment}`));
    const col = (k) => `${median(runs.map((r) => r[k])).toFixed(0)} ms`.padStart(10);
    const steps = runs.map((r) => r.open + r.pin + r.overview + r.walkList);
    console.log(`  ${label.padEnd(30)} ${col('open')} ${col('pin')} ${col('overview')} ${col('walkList')}` +
      ` ${`${median(steps).toFixed(0)} ms`.padStart(10)}`);
  }
} finally {
  await browser.close();
  await server.close();
  for (const name of served) fs.rmSync(path.join(webRoot, name), { force: true });
  fs.rmSync(work, { recursive: true, force: true });
}
