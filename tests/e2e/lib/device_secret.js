// The device secret as the app computes it (wasm/js/bridge.js): the CryptoKey
// kept in IndexedDB "puerta-device" signs a fixed label. A test can use the
// key (that is all non-extractable allows) but never read its bytes.

// Runs in the page: { extractable, algorithm, secretHex } or null when there is no key.
async function readInPage() {
  if (!self.indexedDB) return null;
  const db = await new Promise((resolve, reject) => {
    const open = indexedDB.open('puerta-device');
    open.onupgradeneeded = () => open.transaction.abort();  // none: do not create it
    open.onsuccess = () => resolve(open.result);
    open.onerror = () => resolve(null);
    open.onblocked = () => reject(new Error('blocked'));
  });
  if (!db) return null;
  const key = await new Promise((resolve) => {
    const request = db.transaction('keys').objectStore('keys').get('device');
    request.onsuccess = () => resolve(request.result || null);
    request.onerror = () => resolve(null);
  });
  db.close();
  if (!key) return null;
  const signed = await crypto.subtle.sign('HMAC', key, new TextEncoder().encode('puerta device secret v1'));
  const secretHex = [...new Uint8Array(signed)].map((b) => b.toString(16).padStart(2, '0')).join('');
  return { extractable: key.extractable, algorithm: key.algorithm.name, secretHex };
}

export async function readDeviceKey(page) {
  return page.evaluate(readInPage);
}

// Runs in the page: whether any localStorage value (as stored, or
// base64-decoded) holds the first 12 bytes of the secret.
export async function localStorageHoldsSecret(page, secretHex) {
  return page.evaluate((hex) => {
    const needle = hex.slice(0, 24).match(/../g).map((h) => String.fromCharCode(parseInt(h, 16))).join('');
    return Object.keys(localStorage).some((k) => {
      const v = localStorage.getItem(k);
      let decoded = '';
      try { decoded = atob(v.replace(/\s/g, '')); } catch (e) { /* not base64 */ }
      return v.includes(hex.slice(0, 24)) || decoded.includes(needle);
    });
  }, secretHex);
}

// Resolves once the page's device key is there and is not the one whose secret was `oldHex`.
export async function waitForNewDeviceKey(page, oldHex, timeout = 30000) {
  await page.waitForFunction(`(${readInPage})().then((k) => !!k && k.secretHex !== ${JSON.stringify(oldHex)})`, null,
    { timeout });
  return readDeviceKey(page);
}
