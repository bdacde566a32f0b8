// Puerta's service worker: after one visit the app opens and works with no
// network (canvassers lose signal between houses and in apartment blocks).
//
// - App files live in a cache named after the build (@PUERTA_BUILD_ID@ is
//   replaced at build time by a hash of the files), served cache-first.
// - Turf packages and fonts fetched later are kept in a cache that outlives
//   versions, network-first so a re-cut turf is picked up when online.
// - A new build installs beside the old one, takes over, and tells the page,
//   which tells the canvasser. Saved work lives in localStorage, not here, so
//   an update never touches it.
const VERSION = '@PUERTA_BUILD_ID@';
const APP_CACHE = 'puerta-app-' + VERSION;
const DATA_CACHE = 'puerta-data';
const APP_FILES = [
  './', 'index.html', 'shell.js', 'style.css', 'index.js', 'index.wasm', 'index.data',
  'manifest.webmanifest', 'icon.svg',
];

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches.open(APP_CACHE)
      .then((cache) => cache.addAll(APP_FILES.map((f) => new Request(f, { cache: 'reload' }))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith('puerta-app-') && name !== APP_CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data === 'version') event.source.postMessage({ type: 'version', version: VERSION });
});

async function appFirst(request) {
  const cache = await caches.open(APP_CACHE);
  const hit = await cache.match(request, { ignoreSearch: request.mode === 'navigate' });
  if (hit) return hit;
  return fetch(request);
}

async function networkThenCache(request) {
  const cache = await caches.open(DATA_CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(request, response.clone());
    return response;
  } catch (e) {
    const hit = await cache.match(request);
    if (hit) return hit;
    throw e;
  }
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  const file = new URL(request.url).pathname.split('/').pop();
  const isAppFile = request.mode === 'navigate' || APP_FILES.includes(file);
  event.respondWith(isAppFile ? appFirst(request) : networkThenCache(request));
});
