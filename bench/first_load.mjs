// The first load a phone receives (html, js, wasm, data), as the server
// sends it: the production build published with `puerta publish` (its .gz
// and .br copies) and served by scripts/serve.mjs, asked for with no
// Accept-Encoding, with gzip only, and with br. Beside it, in the same run,
// what the command-line tools make of the same files (gzip -9, brotli -q 11),
// and the ratio. Then where the bytes are: the wasm's sections and largest
// functions (wasm-objdump, Debian's wabt) and the preloaded data by file.
// Prints figures; never fails.
//   node bench/first_load.mjs        (after scripts/build.sh)
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { startServer } from '../scripts/serve.mjs';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const web = process.env.PUERTA_PRODUCTION_ROOT || path.join(repo, 'build/wasm/web');
// Everything the page asks for before its first frame (words.js: the page's
// own words; the icon and manifest its <head> names).
const FIRST_LOAD = ['index.html', 'words.js', 'shell.js', 'style.css', 'icon.svg', 'manifest.webmanifest',
  'index.js', 'index.wasm', 'index.data'];
const BUDGET = 450 * 1024;  // issue 12: the whole first load, as sent
// Which library a (demangled) function name belongs to, first match wins.
const LIBRARIES = [
  ['Dear ImGui, stb_truetype', /^(ImGui|Im[A-Z]|stbtt|stb_)/],
  ['SDL2', /^(SDL_|SDL[A-Z]|Blit|Emscripten_|BlitN)/],
  ['Puerta', /puerta::|anonymous namespace|^main$/],
  ['RapidJSON, cereal', /rapidjson|cereal/],
  ['libsodium', /^(crypto_|blake2b|argon2|sodium|randombytes|chacha|poly1305|ge25519|fe25519|sc25519|x25519|salsa|escrypt)/],
];
const kb = (n) => (n / 1024).toFixed(1).padStart(9) + ' KB';
const has = (tool) => { try { execFileSync('sh', ['-c', `command -v ${tool}`]); return true; } catch { return false; } };

const bin = [process.env.PUERTA_BIN, 'build/native/native/puerta', 'build/dev/native/puerta']
  .filter(Boolean).map((p) => path.resolve(repo, p)).find((p) => fs.existsSync(p));
if (!bin || !fs.existsSync(path.join(web, 'index.wasm'))) {
  console.log('first load: not measured (needs the puerta CLI and build/wasm/web: run scripts/build.sh)');
  process.exit(0);
}

// Bytes on the wire for one request, and the encoding the server chose.
function fetchBytes(url, acceptEncoding) {
  return new Promise((resolve, reject) => {
    http.get(url, { headers: acceptEncoding ? { 'Accept-Encoding': acceptEncoding } : {} }, (res) => {
      let bytes = 0;
      res.on('data', (c) => { bytes += c.length; });
      res.on('end', () => resolve({ bytes, encoding: res.headers['content-encoding'] || 'identity' }));
    }).on('error', reject);
  });
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-first-load-'));
const site = path.join(dir, 'site');
const started = process.hrtime.bigint();
execFileSync(bin, ['publish', site, '--web', web], { stdio: 'ignore' });
const publishMs = Number(process.hrtime.bigint() - started) / 1e6;
const server = await startServer({ root: site, port: 0 });

const peer = (tool, args, file) => execFileSync(tool, [...args, file], { maxBuffer: 1 << 28 }).length;
const withBrotli = has('brotli');
console.log(`first load as scripts/serve.mjs sends the published folder (puerta publish: ${(publishMs / 1000).toFixed(1)} s)`);
console.log(`  ${'file'.padEnd(20)} ${'raw'.padStart(12)} ${'sent gzip'.padStart(12)} ${'gzip -9'.padStart(12)} ` +
  `${'sent br'.padStart(12)} ${'brotli -q11'.padStart(12)}`);
const total = { raw: 0, gzip: 0, gzipPeer: 0, br: 0, brPeer: 0 };
for (const name of FIRST_LOAD) {
  const url = server.url + name;
  const raw = await fetchBytes(url, '');
  const gz = await fetchBytes(url, 'gzip');
  const br = await fetchBytes(url, 'gzip, deflate, br');
  const file = path.join(site, name);
  const gzipPeer = peer('gzip', ['-9', '-c', '-n'], file);
  const brPeer = withBrotli ? peer('brotli', ['-q', '11', '-c'], file) : zlib.brotliCompressSync(fs.readFileSync(file)).length;
  total.raw += raw.bytes; total.gzip += gz.bytes; total.gzipPeer += gzipPeer; total.br += br.bytes; total.brPeer += brPeer;
  console.log(`  ${name.padEnd(20)} ${kb(raw.bytes)} ${kb(gz.bytes)} ${kb(gzipPeer)} ${kb(br.bytes)} ${kb(brPeer)}` +
    (gz.encoding !== 'gzip' || br.encoding !== 'br' ? `   (sent as ${gz.encoding}, ${br.encoding})` : ''));
}
console.log(`  ${'total'.padEnd(20)} ${kb(total.raw)} ${kb(total.gzip)} ${kb(total.gzipPeer)} ${kb(total.br)} ${kb(total.brPeer)}`);
console.log(`  sent gzip / gzip -9: ${(total.gzip / total.gzipPeer).toFixed(3)}; sent br / brotli -q 11: ` +
  `${(total.br / total.brPeer).toFixed(3)}${withBrotli ? '' : ' (node zlib, no brotli command)'}; ` +
  `br / raw: ${(total.br / total.raw).toFixed(3)}`);
const verdict = (n) => `${kb(n).trim()} (${n <= BUDGET ? 'within' : `OVER by ${kb(n - BUDGET).trim()}`})`;
console.log(`  target ${kb(BUDGET).trim()} as sent: br ${verdict(total.br)}, gzip ${verdict(total.gzip)}, ` +
  `raw ${verdict(total.raw)}`);
await server.close();

// Where the wasm's bytes are: its sections, then its largest functions. The
// production build keeps no names (a function is its index); for names, link
// it again with --profiling-funcs (the same code, plus a name section) and
// point PUERTA_WASM at it, e.g. (about a minute on 2 cores):
//   cd build/wasm/wasm && $(sed 's| -o ../web/index.html | --profiling-funcs -o /tmp/named/index.html |' \
//     CMakeFiles/puerta_web.dir/link.txt) && PUERTA_WASM=/tmp/named/index.wasm node ../../../bench/first_load.mjs
// With names, the code is also summed by library (by name: a heuristic).
const wasm = process.env.PUERTA_WASM || path.join(web, 'index.wasm');
if (has('wasm-objdump')) {
  console.log(`\n${wasm.startsWith(repo) ? path.relative(repo, wasm) : wasm} by section (raw, gzip -9 of the section alone):`);
  const bytes = fs.readFileSync(wasm);
  const sections = execFileSync('wasm-objdump', ['-h', wasm]).toString();
  for (const m of sections.matchAll(/^\s*(\S+) start=0x([0-9a-f]+) end=0x([0-9a-f]+) \(size=0x[0-9a-f]+\)(?: count: (\d+))?(?: "([^"]+)")?/gm)) {
    const [, kind, start, end, count, name] = m;
    const part = bytes.subarray(parseInt(start, 16), parseInt(end, 16));
    console.log(`  ${(name ? `${kind} ${name}` : kind).padEnd(22)} ${kb(part.length)} ${kb(zlib.gzipSync(part, { level: 9 }).length)}` +
      (count ? `   ${count} entries` : ''));
  }
  const code = execFileSync('wasm-objdump', ['-x', '-j', 'Code', wasm], { maxBuffer: 1 << 28 }).toString();
  const demangled = has('c++filt')
    ? execFileSync('c++filt', { input: code, maxBuffer: 1 << 28 }).toString() : code;
  const funcs = [...demangled.matchAll(/- func\[(\d+)\] size=(\d+)(?: <(.*)>)?$/gm)]
    .map(([, index, size, name]) => ({ index, size: Number(size), name: name || `func[${index}]` }))
    .sort((a, b) => b.size - a.size);
  const codeBytes = funcs.reduce((s, f) => s + f.size, 0);
  console.log(`  largest of ${funcs.length} functions (${kb(codeBytes).trim()} of code):`);
  let shown = 0;
  for (const f of funcs.slice(0, 12)) {
    shown += f.size;
    console.log(`    ${kb(f.size)}  ${f.name}`);
  }
  console.log(`    the 12 largest: ${((100 * shown) / codeBytes).toFixed(1)} % of the code; ` +
    `functions under 1 KB: ${funcs.filter((f) => f.size < 1024).length}`);
  if (funcs.some((f) => !f.name.startsWith('func['))) {
    const groups = new Map();
    for (const f of funcs) {
      const g = LIBRARIES.find(([, test]) => test.test(f.name))?.[0] ?? 'other (libc, libc++, Emscripten)';
      const sum = groups.get(g) || { bytes: 0, count: 0 };
      groups.set(g, { bytes: sum.bytes + f.size, count: sum.count + 1 });
    }
    console.log('  code by library (by function name):');
    for (const [g, { bytes, count }] of [...groups].sort((a, b) => b[1].bytes - a[1].bytes))
      console.log(`    ${kb(bytes)} ${String(count).padStart(6)} functions  ${g}`);
  }
} else {
  console.log('\nwasm by section: not measured (wasm-objdump missing: Debian package wabt)');
}

// The preloaded data by file, from Emscripten's metadata in index.js (an
// object literal once terser has been over it: read as JavaScript).
const loader = fs.readFileSync(path.join(web, 'index.js'), 'utf8');
const files = /(\{"?files"?:\[\{"?filename"?:.*?"?package_uuid"?:"[^"]*"\})\)/s.exec(loader);
if (files) {
  const data = fs.readFileSync(path.join(web, 'index.data'));
  console.log('\nindex.data by file (raw, gzip -9):');
  for (const f of new Function(`return ${files[1]}`)().files.sort((a, b) => (b.end - b.start) - (a.end - a.start))) {
    const part = data.subarray(f.start, f.end);
    console.log(`  ${f.filename.padEnd(46)} ${kb(part.length)} ${kb(zlib.gzipSync(part, { level: 9 }).length)}`);
  }
}
fs.rmSync(dir, { recursive: true, force: true });
fs.rmSync(site + '.links.html', { force: true });
