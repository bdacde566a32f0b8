// A small static file server for the phone web app (no dependencies).
//   node scripts/serve.mjs [DIR] [--port N] [--host H]
// Binds 127.0.0.1 unless told otherwise. Sends Content-Length (the loading
// bar needs it), the right MIME types, no-cache for the HTML shell and
// service worker so a new version is noticed on the next load, and no-store
// for turf packages (they name people). A file with a precompressed copy
// beside it (FILE.br, FILE.gz: `puerta publish` makes them) is sent as that
// copy with Content-Encoding when the browser's Accept-Encoding takes it,
// brotli first, and Vary: Accept-Encoding; turf packages are always sent as
// they are.
// Also importable: startServer({ root, port, host, log }) → { url, close() };
// `log`, an array, gets { method, url, status, bytes, encoding } for every request
// (tests read it: what a server sees of a turf link).
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import { fileURLToPath } from 'node:url';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.data': 'application/octet-stream',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  '.csv': 'text/csv; charset=utf-8',
  '.turf': 'application/octet-stream',
};

// The encodings a request's Accept-Encoding takes ("gzip, deflate, br",
// "br;q=0", "*"), in the order the server prefers them.
export function acceptedEncodings(header) {
  const q = new Map();
  for (const part of String(header || '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const weight = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)).find(Boolean);
    q.set(name, weight ? Number(weight[1]) : 1);
  }
  const takes = (name) => (q.has(name) ? q.get(name) : q.get('*') ?? 0) > 0;
  return ['br', 'gzip'].filter(takes);
}

const SUFFIX = { br: '.br', gzip: '.gz' };

// The precompressed copies beside `file`: { br: stat, gzip: stat } as present.
function variantsOf(file, done) {
  const found = {};
  let pending = 2;
  for (const [encoding, suffix] of Object.entries(SUFFIX)) {
    fs.stat(file + suffix, (err, stat) => {
      if (!err && stat.isFile()) found[encoding] = stat;
      if (--pending === 0) done(found);
    });
  }
}

export function startServer({ root, port = 0, host = '127.0.0.1', log = null }) {
  const base = path.resolve(root);
  const server = http.createServer((req, res) => {
    const entry = { method: req.method, url: req.url, status: 0, bytes: 0 };
    if (log) {
      log.push(entry);
      res.on('finish', () => { entry.status = res.statusCode; });
    }
    let urlPath;
    try {
      urlPath = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    } catch {
      res.writeHead(400).end('bad request');
      return;
    }
    if (urlPath.endsWith('/')) urlPath += 'index.html';
    const file = path.resolve(base, '.' + urlPath);
    if (!file.startsWith(base + path.sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    fs.stat(file, (err, stat) => {
      if (err || !stat.isFile()) {
        res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
        return;
      }
      const ext = path.extname(file);
      const fresh = ext === '.html' || path.basename(file) === 'sw.js';
      // A turf package names people: no cache anywhere may keep a copy.
      const personal = ext === '.turf';
      const send = (variants) => {
        const encoding = acceptedEncodings(req.headers['accept-encoding']).find((e) => variants[e]);
        const sent = encoding ? variants[encoding] : stat;
        const headers = {
          'Content-Type': TYPES[ext] || 'application/octet-stream',
          'Content-Length': sent.size,
          'Cache-Control': personal ? 'no-store' : fresh ? 'no-cache' : 'public, max-age=0, must-revalidate',
        };
        if (Object.keys(variants).length) headers.Vary = 'Accept-Encoding';
        if (encoding) headers['Content-Encoding'] = encoding;
        entry.encoding = encoding || 'identity';
        res.writeHead(200, headers);
        if (req.method === 'HEAD') res.end();
        else {
          entry.bytes = sent.size;
          fs.createReadStream(encoding ? file + SUFFIX[encoding] : file).pipe(res);
        }
      };
      if (personal) send({});
      else variantsOf(file, send);
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      resolve({
        url: `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${actual}/`,
        port: actual,
        // Closing also cuts open keep-alive connections: the network is really gone.
        close: () => new Promise((done) => { server.close(done); server.closeAllConnections(); }),
      });
    });
  });
}

function lanAddresses() {
  return Object.values(os.networkInterfaces())
    .flat()
    .filter((a) => a && a.family === 'IPv4' && !a.internal)
    .map((a) => a.address);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const args = process.argv.slice(2);
  const option = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args.splice(i, 2)[1] : fallback;
  };
  const port = Number(option('--port', process.env.PUERTA_PORT || 8080));
  const host = option('--host', process.env.PUERTA_HOST || '127.0.0.1');
  const root = args[0] || 'build/wasm/web';
  const { url } = await startServer({ root, port, host });
  console.log(`\nPuerta's phone web app is being served at ${url}`);
  console.log('Open it in a browser on this computer (Ctrl+C stops the server).');
  if (host === '127.0.0.1') {
    console.log('\nTo open it on a phone on the same Wi-Fi, start with PUERTA_HOST=0.0.0.0 and open');
    console.log(`http://<this computer's address>:${port}/ on the phone.`);
  } else {
    for (const ip of lanAddresses()) console.log(`On a phone on the same network: http://${ip}:${port}/`);
  }
  console.log('Over plain http on a network address the browser will not install the offline');
  console.log('service worker (it needs https or localhost); everything else works.');
}
