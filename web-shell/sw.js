// Puerta's service worker: after one visit the app opens and works with no
// network (canvassers lose signal between houses and in apartment blocks).
//
// What Cache Storage holds is the app and nothing personal:
// - App files live in a cache named after the build (@PUERTA_BUILD_ID@ is
//   replaced at build time by a hash of the files), served cache-first.
// - Assets fetched later (fonts: the Chinese and Korean ones) are kept in a
//   cache that outlives versions, network-first. The small one for the first
//   screens' Chinese and Korean words (PIN, unlock) is left out of the page's
//   first load but installed with the app here, so a phone offline can
//   always be unlocked in those languages.
// - Turf packages (*.turf: names, addresses, phone numbers in the clear) are
//   never cached: they go to the network only. Once opened, the app keeps the
//   turf in its own storage, encrypted when the turf asks for it.
// - A new build installs beside the old one, takes over, deletes every other
//   cache of ours (an older version kept turfs in "puerta-data"), and tells
//   the page, which tells the canvasser. Saved work lives in
//   localStorage, not here, so an update never touches it.
// The page's "Erase this phone's copy" (wasm/js/bridge.js) keeps the same
// caches and deletes every other one.
const VERSION = '@PUERTA_BUILD_ID@';
const APP_CACHE = 'puerta-app-' + VERSION;
const ASSET_CACHE = 'puerta-assets';
const APP_FILES = [
  './', 'index.html', 'words.js', 'shell.js', 'style.css', 'index.js', 'index.wasm', 'index.data',
  'manifest.webmanifest', 'icon.svg', 'assets/fonts/ui-cjk-first.ttc',
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
      // Ours only (older builds, and "puerta-data" where an older version kept turfs).
      if (name.startsWith('puerta-') && name !== APP_CACHE && name !== ASSET_CACHE) await caches.delete(name);
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
  const cache = await caches.open(ASSET_CACHE);
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
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  const scope = new URL(self.registration.scope).pathname;
  const path = url.pathname.startsWith(scope) ? url.pathname.slice(scope.length) : url.pathname;
  if (path.toLowerCase().endsWith('.turf')) return;  // personal data: the network only, never a cache
  if (request.mode === 'navigate' || APP_FILES.includes(path)) event.respondWith(appFirst(request));
  else if (path.startsWith('assets/')) event.respondWith(networkThenCache(request));
  // Anything else goes to the network as if there were no service worker.
});
