// Reads every storage area a page's origin has, for privacy tests:
// localStorage and sessionStorage (values also base64-decoded: an unencrypted
// Puerta record is base64 of plain bytes), every Cache Storage cache's every
// request URL and response body, and every IndexedDB database's every object
// store (keys and values). Returns where each needle was found
// (case-insensitive, as UTF-8 text) and what each area holds.

// Runs in the page.
async function scanInPage(needles) {
  const lower = needles.map((n) => n.toLowerCase());
  const utf8 = new TextDecoder('utf-8');
  const found = [];
  const look = (where, text) => {
    const t = String(text).toLowerCase();
    lower.forEach((n, i) => { if (t.includes(n)) found.push({ where, needle: needles[i] }); });
  };
  const lookWithBase64 = (where, text) => {
    look(where, text);
    const compact = String(text).replace(/\s/g, '');
    if (compact.length >= 8 && /^[A-Za-z0-9+/]+={0,2}$/.test(compact)) {
      try {
        look(where + ' (base64-decoded)', utf8.decode(Uint8Array.from(atob(compact), (c) => c.charCodeAt(0))));
      } catch (e) { /* not base64 after all */ }
    }
  };
  const bytesAsText = async (v) => {
    if (v instanceof Blob) return utf8.decode(await v.arrayBuffer());
    if (v instanceof ArrayBuffer) return utf8.decode(v);
    if (ArrayBuffer.isView(v)) return utf8.decode(v);
    if (typeof v === 'string') return v;
    return JSON.stringify(v, (k, x) => (x instanceof ArrayBuffer || ArrayBuffer.isView(x) ? utf8.decode(x) : x));
  };
  const done = (request) => new Promise((resolve, reject) => {
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });

  const areas = { localStorage: {}, sessionStorage: {}, caches: {}, indexedDB: {} };
  for (const [name, storage] of [['localStorage', localStorage], ['sessionStorage', sessionStorage]]) {
    for (const key of Object.keys(storage)) {
      const value = storage.getItem(key);
      areas[name][key] = value.length;
      look(`${name} key ${key}`, key);
      lookWithBase64(`${name} ${key}`, value);
    }
  }
  if (self.caches) {
    for (const name of await caches.keys()) {
      const cache = await caches.open(name);
      areas.caches[name] = [];
      for (const request of await cache.keys()) {
        areas.caches[name].push(request.url);
        look(`cache ${name} URL`, decodeURIComponent(request.url));
        const response = await cache.match(request);
        look(`cache ${name} ${request.url}`, utf8.decode(await response.arrayBuffer()));
      }
    }
  }
  if (self.indexedDB && indexedDB.databases) {
    for (const info of await indexedDB.databases()) {
      const db = await done(indexedDB.open(info.name));
      areas.indexedDB[info.name] = {};
      for (const storeName of db.objectStoreNames) {
        const store = db.transaction(storeName, 'readonly').objectStore(storeName);
        const [keys, values] = await Promise.all([done(store.getAllKeys()), done(store.getAll())]);
        areas.indexedDB[info.name][storeName] = keys.length;
        for (const key of keys) look(`indexedDB ${info.name}/${storeName} key`, await bytesAsText(key));
        for (const value of values) look(`indexedDB ${info.name}/${storeName}`, await bytesAsText(value));
      }
      db.close();
    }
  }
  return { found, areas };
}

export async function scanStorage(page, needles) {
  return page.evaluate(scanInPage, needles);
}
