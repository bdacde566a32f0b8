// Storage figures of the web app in headless Chromium as a phone, printed
// (never pass/fail; issue 5):
//   - localStorage's quota in this Chromium, in characters (keys plus values)
//   - recording one door result: a tap on "Not home" until
//     Module._puerta_attempt_count() grows, with a 500-voter turf and the
//     largest turf that fits in localStorage (50,000 voters do not: said so),
//     plain and encrypted
//   - unlocking with the PIN (Argon2id in wasm) on the sample turf
//   node bench/web_storage.mjs      (after scripts/build.sh; needs build/native's
//                                    puerta and bench_storage for the turfs)
//
// How a tap is timed: an init script wraps requestAnimationFrame, which drives
// the app's frames (emscripten_set_main_loop), and reads the attempt count
// after each frame. For a tap it prints
//   frame   how long the one frame that recorded the result ran: the door
//           result for every voter at the door (CanvassSession::Record, each
//           a localStorage.setItem), the app's progress recount, and drawing
//   setItem the part of that frame spent inside localStorage.setItem (wrapped)
//   latency touchend (a capturing listener) to the end of that frame: also
//           the wait for the next animation frame, which has nothing to do
//           with storage
// Not measured: the GPU (SwiftShader draws here), a phone's slower CPU and
// flash storage, what Chromium does after setItem returns (it writes its
// LevelDB later, off the page's thread). 20 taps hold about 40 attempts, fewer
// than the 64 after which a snapshot is written: the snapshot's cost is in
// bench_storage's section 2, not here.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveApp, newPhone, waitForWidget, widgets, tap, typeInto, settle, repoRoot, webRoot } from '../tests/e2e/lib/phone.js';

const TAPS = Number(process.env.PUERTA_BENCH_TAPS || 20);
const WARM_UP_TAPS = 3;
const PIN = '246813';
// Characters left for the taps' journal entries (about 440 a voter at a door)
// when choosing the largest turf that fits.
const RESERVE_CHARS = 120_000;

// The one named by the environment, else the newest build of it.
function executable(variable, ...candidates) {
  if (process.env[variable]) return process.env[variable];
  const found = candidates.map((c) => path.join(repoRoot, c)).filter((c) => fs.existsSync(c));
  return found.sort((a, b) => fs.statSync(b).mtimeMs - fs.statSync(a).mtimeMs)[0];
}
const puertaBin = executable('PUERTA_BIN', 'build/native/native/puerta', 'build/h-bench/native/puerta');
const benchBin = executable('PUERTA_BENCH_STORAGE', 'build/native/bench/bench_storage', 'build/h-bench/bench/bench_storage');
if (!puertaBin || !benchBin) {
  console.log('web_storage: not run (needs build/native/native/puerta and bench_storage: run scripts/build.sh)');
  process.exit(0);
}

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-web-storage-'));
const made = [];

// A turf of `voters` rows of bench_storage's voter file, built by the organizer CLI.
function makeTurf(voters, encrypted) {
  const csv = path.join(tmp, `van-${voters}.csv`);
  if (!fs.existsSync(csv)) {
    const bytes = execFileSync(benchBin, ['--csv', String(voters)], { maxBuffer: 1 << 30 });
    if (!bytes.toString('latin1', 0, 16).startsWith('Voter File VANID')) throw new Error(`${benchBin} --csv: no voter file (an older build?)`);
    fs.writeFileSync(csv, bytes);
  }
  const name = `bench-${voters}${encrypted ? '-pin' : ''}.turf`;
  execFileSync(puertaBin, [
    'package', '--list', csv, '--script', path.join(repoRoot, 'assets/scripts/pledge-to-vote.json'),
    '--name', `Bench ${voters}`, '--organization', 'Bench', '--campaign', 'Bench', '--canvasser', 'Robot',
    // A plain package (made-up voters): this measures storage, not the link.
    '--turf-id', `bench-${voters}`, '--unsealed-exports', '--plain-package', '--made-up-voters',
    ...(encrypted ? [] : ['--no-encryption']), '--out', path.join(webRoot, name),
  ]);
  made.push(path.join(webRoot, name));
  return name;
}

// What storing this turf takes in localStorage: "puerta.turf" and the base64
// of a 16-byte record header, one kind byte, the JSON, and (encrypted) a
// 24-byte nonce and a 16-byte tag (storage/record.h, record_codec.cpp).
function storedChars(name, encrypted) {
  const bytes = fs.statSync(path.join(webRoot, name)).size + 17 + (encrypted ? 40 : 0);
  return 'puerta.turf'.length + 4 * Math.ceil(bytes / 3);
}

// Frames and touches, timed inside the page (see the header).
function instrument() {
  const raf = window.requestAnimationFrame.bind(window);
  window.__bench = { frames: [], starts: [], touchEnd: 0, watch: '', seenAt: 0, count: -1, opened: 0 };
  // The bridge calls Module._puerta_open_turf once the ?turf= link is fetched:
  // note when that call (parse, and store unless a PIN is asked first) returns.
  const wrap = setInterval(() => {
    const m = window.Module;
    if (!m || typeof m._puerta_open_turf !== 'function') return;
    const open = m._puerta_open_turf;
    m._puerta_open_turf = (...args) => {
      try {
        return open(...args);
      } finally {
        window.__bench.opened = performance.now();
      }
    };
    clearInterval(wrap);
  }, 5);
  // Time inside localStorage.setItem (the browser's share of persisting).
  const setItem = Storage.prototype.setItem;
  Storage.prototype.setItem = function (...args) {
    const t0 = performance.now();
    try {
      return setItem.apply(this, args);
    } finally {
      window.__bench.setItemMs += performance.now() - t0;
      window.__bench.setItems += 1;
    }
  };
  window.requestAnimationFrame = (callback) => raf((t) => {
    const start = performance.now();
    window.__bench.setItemMs = 0;
    window.__bench.setItems = 0;
    try {
      callback(t);
    } finally {
      const b = window.__bench;
      b.starts.push(start);
      if (b.starts.length > 200) b.starts.shift();
      const m = window.Module;
      const count = m && m._puerta_attempt_count ? m._puerta_attempt_count() : -1;
      if (count !== b.count) {
        b.frames.push({ start, end: performance.now(), before: b.count, after: count, touchEnd: b.touchEnd,
          setItemMs: b.setItemMs, setItems: b.setItems });
        b.count = count;
      }
      if (b.watch && (window.puertaWidgets || []).some((w) => w.id.endsWith(b.watch))) {
        b.seenAt = performance.now();
        b.watch = '';
      }
    }
  });
  window.addEventListener('touchend', () => { window.__bench.touchEnd = performance.now(); }, { capture: true });
}

async function phone(browser) {
  const p = await newPhone(browser);
  await p.context.addInitScript(instrument);
  return p;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const ms = (x) => x.toFixed(1).padStart(7) + ' ms';

// The largest string localStorage takes, by halving: its length plus the key's.
async function localStorageQuota(browser, url) {
  const { context, page } = await newPhone(browser);
  await page.goto(url + 'manifest.webmanifest');
  const chars = await page.evaluate(() => {
    let lo = 0;
    let hi = 1 << 25;
    while (hi - lo > 1) {
      const mid = Math.floor((lo + hi) / 2);
      try {
        localStorage.setItem('q', 'x'.repeat(mid));
        lo = mid;
      } catch (e) {
        hi = mid;
      }
      localStorage.clear();
    }
    return lo + 1;
  });
  await context.close();
  return chars;
}

// Opens a turf link; with a PIN turf, chooses the PIN. ok once the overview shows.
async function openTurf(page, url, name, encrypted) {
  await page.goto(url + '?turf=' + name);
  if (encrypted) {
    await waitForWidget(page, '##pin', 120000);  // the turf is read; it is stored once the PIN is chosen
    await typeInto(page, '##pin', PIN);
    await typeInto(page, '##again', PIN);
    await tap(page, '##create');
  } else {
    await page.waitForFunction(() => window.__bench.opened > 0, null, { timeout: 120000 });
  }
  await settle(page, 10);
  if ((await widgets(page)).some((w) => w.id.endsWith('##next-door'))) return { ok: true };
  await waitForWidget(page, '##next-door', 5000).catch(() => {});
  if ((await widgets(page)).some((w) => w.id.endsWith('##next-door'))) return { ok: true };
  const stored = await page.evaluate(() => localStorage.getItem('puerta.turf') !== null);
  return { ok: false, why: stored ? 'stored, but no overview' : 'localStorage did not take it; the app stays on its start screen' };
}

// Taps "Not home" at door after door (the app moves on to the next door).
async function timeTaps(page) {
  const rows = [];
  for (let i = 0; i < WARM_UP_TAPS + TAPS; ++i) {
    await settle(page);
    if (!(await widgets(page)).some((w) => w.id.endsWith('##result-not_home'))) await tap(page, '##next-door');
    const target = await waitForWidget(page, '##result-not_home');
    const before = await page.evaluate(() => window.Module._puerta_attempt_count());
    await page.touchscreen.tap(target.x + target.w / 2, target.y + target.h / 2);
    await page.waitForFunction((n) => window.Module._puerta_attempt_count() > n, before, { timeout: 30000 });
    const f = await page.evaluate((n) => window.__bench.frames.find((x) => x.before === n && x.after > n), before);
    const waited = await page.evaluate((x) => window.__bench.starts.filter((t) => t > x.touchEnd && t < x.start).length, f);
    if (i >= WARM_UP_TAPS && f) {
      rows.push({ frame: f.end - f.start, setItem: f.setItemMs, latency: f.end - f.touchEnd, attempts: f.after - f.before, waited });
    }
  }
  return rows;
}

async function tapBench(browser, url, voters, encrypted) {
  const name = makeTurf(voters, encrypted);
  const { context, page } = await phone(browser);
  const opened = await openTurf(page, url, name, encrypted);
  let line = `  ${String(voters).padStart(6)} voters, ${encrypted ? 'encrypted' : 'plain    '}`;
  if (!opened.ok) {
    console.log(`${line}: the turf did not open (${opened.why})`);
  } else {
    const rows = await timeTaps(page);
    const used = await page.evaluate(() => Object.keys(localStorage).reduce((n, k) => n + k.length + localStorage.getItem(k).length, 0));
    line += `: frame ${ms(median(rows.map((r) => r.frame)))} median, max ${ms(Math.max(...rows.map((r) => r.frame)))},`;
    line += ` of which setItem ${ms(median(rows.map((r) => r.setItem)))} median;`;
    line += ` latency ${ms(median(rows.map((r) => r.latency)))} median (${median(rows.map((r) => r.waited))} frames before);`;
    line += ` ${(rows.reduce((n, r) => n + r.attempts, 0) / rows.length).toFixed(1)} attempts a tap;`;
    line += ` localStorage ${(used / 1e6).toFixed(2)} M characters`;
    console.log(line);
  }
  await context.close();
  return opened.ok;
}

// From tapping Unlock to the overview's first frame: Argon2id in wasm, reading
// and decrypting the turf and its attempts, the first frame drawn.
async function unlockBench(browser, url) {
  const { context, page } = await phone(browser);
  await page.goto(url + '?turf=sample.turf');
  await waitForWidget(page, '##pin', 60000);
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);  // the sample turf names no canvasser
  await typeInto(page, '##name', 'Robot');
  await tap(page, '##continue');
  await waitForWidget(page, '##next-door', 60000);
  const times = [];
  for (let i = 0; i < 5; ++i) {
    await page.reload();
    await waitForWidget(page, '##unlock', 60000);
    await typeInto(page, '##pin', PIN);
    await page.evaluate(() => { window.__bench.watch = '##next-door'; window.__bench.seenAt = 0; });
    await tap(page, '##unlock');
    await page.waitForFunction(() => window.__bench.seenAt > 0, null, { timeout: 60000 });
    times.push(await page.evaluate(() => window.__bench.seenAt - window.__bench.touchEnd));
  }
  console.log(`PIN unlock, sample turf (Argon2id 2 passes over 19 MiB in wasm, then loading): median ${ms(median(times)).trim()}, ` +
    `min ${ms(Math.min(...times)).trim()}, max ${ms(Math.max(...times)).trim()} (5 unlocks, touchend to the overview's first frame)`);
  await context.close();
}

const browser = await launchBrowser();
const server = await serveApp();
const url = server.url.endsWith('/') ? server.url : server.url + '/';
try {
  const quota = await localStorageQuota(browser, url);
  console.log(`localStorage quota (Chromium ${browser.version()}): ${quota} characters, keys plus values`);

  // The largest turf that fits, read from two sizes (the turf grows linearly).
  const small = makeTurf(500, true);
  const big = makeTurf(50000, true);
  const a = storedChars(small, true);
  const b = storedChars(big, true);
  const perVoter = (b - a) / 49500;
  const fits = Math.floor((quota - RESERVE_CHARS - (a - 500 * perVoter)) / perVoter / 500) * 500;
  console.log(`turf in localStorage (encrypted): 500 voters ${a} characters, 50,000 voters ${b} characters ` +
    `(${perVoter.toFixed(1)} a voter): 50,000 voters ${b > quota ? 'do NOT fit' : 'fit'}; ` +
    `the largest multiple of 500 leaving ${RESERVE_CHARS} characters for the taps: ${fits} voters`);

  console.log(`record one door result ("Not home"), median of ${TAPS} taps after ${WARM_UP_TAPS}:`);
  for (const encrypted of [false, true]) {
    await tapBench(browser, url, 500, encrypted);
    if (!(await tapBench(browser, url, 50000, encrypted))) await tapBench(browser, url, fits, encrypted);
  }
  await unlockBench(browser, url);
} finally {
  await browser.close();
  await server.close();
  for (const f of made) fs.rmSync(f, { force: true });
  fs.rmSync(tmp, { recursive: true, force: true });
}
