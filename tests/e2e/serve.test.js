// scripts/serve.mjs sends a file's precompressed copy (FILE.br, FILE.gz, as
// `puerta publish` writes them) with the right Content-Encoding for what the
// request's Accept-Encoding takes, brotli first, with Vary: Accept-Encoding;
// a turf package always goes as it is, no-store. No browser: plain requests,
// bytes compared.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { startServer, acceptedEncodings } from '../../scripts/serve.mjs';

let dir, server;
const wasm = Buffer.from('\0asm' + 'the same words again and again, '.repeat(400));
const turf = Buffer.from('PTK1' + 'ciphertext'.repeat(50));

before(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-serve-'));
  fs.writeFileSync(path.join(dir, 'index.wasm'), wasm);
  fs.writeFileSync(path.join(dir, 'index.wasm.gz'), zlib.gzipSync(wasm, { level: 9 }));
  fs.writeFileSync(path.join(dir, 'index.wasm.br'), zlib.brotliCompressSync(wasm));
  fs.writeFileSync(path.join(dir, 'style.css'), 'body { margin: 0 }\n');  // no copies beside it
  fs.writeFileSync(path.join(dir, 'east.turf'), turf);
  fs.writeFileSync(path.join(dir, 'east.turf.gz'), zlib.gzipSync(turf));  // never sent for a turf
  server = await startServer({ root: dir, port: 0 });
});
after(async () => {
  await server?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

// The response as it came over the wire: node's http never decodes a body.
function get(name, acceptEncoding, method = 'GET') {
  return new Promise((resolve, reject) => {
    const headers = acceptEncoding === undefined ? {} : { 'Accept-Encoding': acceptEncoding };
    http.request(server.url + name, { method, headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', reject).end();
  });
}

const onDisk = (name) => fs.readFileSync(path.join(dir, name));

test('brotli when the request takes it, gzip when it takes only that, the file itself otherwise', async () => {
  const br = await get('index.wasm', 'gzip, deflate, br');
  assert.equal(br.headers['content-encoding'], 'br');
  assert.deepEqual(br.body, onDisk('index.wasm.br'));
  assert.deepEqual(zlib.brotliDecompressSync(br.body), wasm);
  assert.equal(Number(br.headers['content-length']), br.body.length);
  assert.ok(br.body.length < wasm.length / 4, `brotli sent ${br.body.length} bytes of ${wasm.length}`);

  const gz = await get('index.wasm', 'gzip');
  assert.equal(gz.headers['content-encoding'], 'gzip');
  assert.deepEqual(gz.body, onDisk('index.wasm.gz'));
  assert.deepEqual(zlib.gunzipSync(gz.body), wasm);

  const raw = await get('index.wasm', undefined);
  assert.equal(raw.headers['content-encoding'], undefined);
  assert.deepEqual(raw.body, wasm);
  assert.equal(Number(raw.headers['content-length']), wasm.length);
  assert.equal(raw.headers['content-type'], 'application/wasm');

  for (const response of [br, gz, raw]) assert.equal(response.headers.vary, 'Accept-Encoding');
});

test('q-values: a refused encoding is never sent, and * takes any', async () => {
  assert.equal((await get('index.wasm', 'br;q=0, gzip;q=0.5')).headers['content-encoding'], 'gzip');
  assert.equal((await get('index.wasm', 'identity')).headers['content-encoding'], undefined);
  assert.equal((await get('index.wasm', '*')).headers['content-encoding'], 'br');
  assert.equal((await get('index.wasm', 'gzip;q=0, *')).headers['content-encoding'], 'br');
  assert.deepEqual(acceptedEncodings('BR;q=0.1, GZip'), ['br', 'gzip']);
  assert.deepEqual(acceptedEncodings('br;q=0, *;q=0'), []);
  assert.deepEqual(acceptedEncodings(undefined), []);
});

test('a HEAD gives the length of the copy a GET would send', async () => {
  const head = await get('index.wasm', 'br', 'HEAD');
  assert.equal(head.body.length, 0);
  assert.equal(Number(head.headers['content-length']), onDisk('index.wasm.br').length);
});

test('a file without copies goes as it is, with no Vary', async () => {
  const css = await get('style.css', 'gzip, br');
  assert.equal(css.headers['content-encoding'], undefined);
  assert.equal(css.headers.vary, undefined);
  assert.deepEqual(css.body, onDisk('style.css'));
});

test('a turf package goes byte for byte and no-store, even with a .gz beside it', async () => {
  const t = await get('east.turf', 'gzip, br');
  assert.equal(t.headers['content-encoding'], undefined);
  assert.equal(t.headers['cache-control'], 'no-store');
  assert.deepEqual(t.body, turf);
});
