// Puerta's JavaScript bridges, linked with --pre-js: the browser abilities
// that SDL2 and Dear ImGui do not give a phone web app. C++ reaches them
// through Module.puerta.* (called from wasm/platform_browser.cpp); they answer
// through the puerta_* functions exported by wasm/main.cpp.
//
// Browser quirks this file works around (checked 2026-11 in Chromium 156):
// - SDL 2.26's Emscripten driver never creates a text input, so a phone shows
//   no keyboard: a hidden <input> is focused instead. iOS Safari opens the
//   keyboard only for focus() inside the touch handler itself, so the
//   touchend listener focuses it when the finger lands on a text field (the
//   app tells the bridge where those are each frame: setTextFields).
// - Keys typed into that input must not also reach SDL's window listeners
//   (the text would arrive twice): they stop propagating at the input.
// - Android keyboards send Backspace as an 'input' event of type
//   deleteContentBackward, not as a keydown, once the field is empty.
// - navigator.storage.persist() may show a prompt (Firefox): it is asked at
//   the canvasser's first tap, not on load. Chromium answers from site
//   engagement without asking; iOS Safari keeps storage of Home Screen apps
//   but deletes a site's storage after 7 days of use without a visit.
// - A turf link carries its package's key in the fragment (#k=...), which no
//   browser sends to a server; it is taken out of the address bar and the
//   history entry (history.replaceState) when this file runs, before the app
//   has even loaded, so it is not left on screen, in a bookmark or a reload.
// - Cache Storage, navigator.storage, the Web Locks API and crypto.subtle
//   exist only in a secure context (https, or http on localhost): on a
//   laptop's LAN address there is no offline copy, which the start screen
//   says, and no device secret, which Settings says.
Module.puerta = (function () {
  'use strict';

  function withUtf8(text, use) {
    const size = lengthBytesUTF8(text) + 1;
    const ptr = Module._malloc(size);
    stringToUTF8(text, ptr, size);
    try {
      return use(ptr);
    } finally {
      Module._free(ptr);
    }
  }

  // ?turf=NAME.turf#k=KEY (crypto/package_cipher.h): read once, then gone
  // from the address. ?turf= goes too when a key came with it: a reload then
  // opens the turf the app keeps, instead of a package it has no key for.
  const link = (function takeTurfLink() {
    const url = new URL(location.href);
    const name = url.searchParams.get('turf');
    const key = new URLSearchParams(url.hash.slice(1)).get('k');
    if (key === null) return { name, key: '' };
    url.hash = '';
    url.searchParams.delete('turf');
    history.replaceState(history.state, '', url.pathname + url.search);
    return { name, key };
  })();

  function withBytes(bytes, use) {
    const ptr = Module._malloc(Math.max(1, bytes.length));
    HEAPU8.set(bytes, ptr);
    try {
      return use(ptr, bytes.length);
    } finally {
      Module._free(ptr);
    }
  }

  // --- keyboard -----------------------------------------------------------------
  const KEYS = { Backspace: 0, Enter: 1, ArrowLeft: 2, ArrowRight: 3, Tab: 4, Delete: 5, Home: 6, End: 7 };
  let proxy = null;

  function sendText(text) {
    if (text) withUtf8(text, (p) => Module._puerta_text_input(p));
  }

  // The keyboard each kind of field raises (ui/platform.h TextInputKind): a PIN
  // gets the digits pad, and nothing is remembered or suggested for it. Set
  // before focus() (iOS reads them then); Android re-reads them on a new focus.
  const KEYBOARDS = {
    text: { inputmode: 'text', autocomplete: 'off', enterkeyhint: 'enter', autocapitalize: 'sentences' },
    number: { inputmode: 'decimal', autocomplete: 'off', enterkeyhint: 'next', autocapitalize: 'off' },
    pin: { inputmode: 'numeric', autocomplete: 'off', enterkeyhint: 'done', autocapitalize: 'off' },
  };
  let keyboard = 'text';
  function setKeyboard(kind) {
    if (!(kind in KEYBOARDS)) kind = 'text';
    // (no destructuring: Emscripten 3.1.6's JS optimizer mangles `for (const [a, b] of ...)`)
    const attributes = KEYBOARDS[kind];
    for (const name of Object.keys(attributes)) proxy.setAttribute(name, attributes[name]);
    const changed = kind !== keyboard;
    keyboard = kind;
    return changed;
  }

  function makeProxy() {
    proxy = document.createElement('input');
    proxy.id = 'keyboard-proxy';
    proxy.type = 'text';
    proxy.setAttribute('autocorrect', 'off');
    proxy.setAttribute('spellcheck', 'false');
    proxy.setAttribute('aria-label', 'Text input');
    // Kept on screen (some browsers refuse to focus hidden inputs) but invisible;
    // 16 px so iOS does not zoom the page when it gets focus.
    proxy.style.cssText = 'position:fixed;left:0;bottom:0;width:1px;height:1px;opacity:0;font-size:16px;border:0;padding:0;';
    setKeyboard('text');
    document.body.appendChild(proxy);
    proxy.addEventListener('input', (e) => {
      if (e.isComposing) return;  // wait for compositionend (Chinese, Vietnamese, Korean IMEs)
      if (e.inputType === 'deleteContentBackward' && !proxy.value) Module._puerta_key(KEYS.Backspace);
      sendText(proxy.value);
      proxy.value = '';
    });
    proxy.addEventListener('compositionend', (e) => {
      sendText(e.data || proxy.value);
      proxy.value = '';
    });
    for (const type of ['keydown', 'keypress', 'keyup']) {
      proxy.addEventListener(type, (e) => {
        e.stopPropagation();
        if (type === 'keydown' && !e.isComposing && e.key in KEYS && !proxy.value) {
          Module._puerta_key(KEYS[e.key]);
          if (e.key !== 'Tab') e.preventDefault();
        }
      });
    }
  }

  // Where the text fields were drawn last frame (rectangles only).
  let textFields = [];
  function setTextFields(widgets) {
    textFields = widgets.filter((w) => w.kind === 'text').map((w) => ({ x: w.x, y: w.y, w: w.w, h: w.h, input: w.input }));
  }

  function textFieldAt(x, y) {
    return textFields.find((w) => x >= w.x && x <= w.x + w.w && y >= w.y && y <= w.y + w.h);
  }

  function watchTouches(canvas) {
    canvas.addEventListener('touchend', (e) => {
      const t = e.changedTouches[0];
      const field = t && textFieldAt(t.clientX, t.clientY);
      if (!field) return;
      setKeyboard(field.input);
      proxy.focus({ preventScroll: true });
    }, { passive: true, capture: true });
  }

  // --- back button ------------------------------------------------------------------
  // History entries mirror the app's screen depth. history.go() is
  // asynchronous: a pushState before its popstate arrives lands on the wrong
  // entry and the next Back leaves the app. So one go() at a time: later
  // depths wait for its popstate, then the latest one is applied.
  let depth = 1;
  let target = 1;
  let goingBack = false;
  function sync() {
    if (goingBack) return;
    if (target > depth) {
      for (; depth < target; ++depth) history.pushState({ puerta: depth + 1 }, '');
    } else if (target < depth) {
      goingBack = true;
      history.go(target - depth);
      depth = target;
    }
  }
  function setDepth(n) {
    target = n;
    sync();
  }
  window.addEventListener('popstate', (e) => {
    if (goingBack) {  // our own go(): done, apply what was asked meanwhile
      goingBack = false;
      sync();
      return;
    }
    depth = (e.state && e.state.puerta) || 1;  // the phone's back button
    target = depth;
    Module._puerta_back();
  });

  // --- files in and out ------------------------------------------------------------
  function openTurf(bytes, source, key = '') {
    withBytes(bytes, (p, n) => withUtf8(source, (s) => withUtf8(key, (k) => Module._puerta_open_turf(p, n, s, k))));
  }

  function pickTurfFile() {
    const input = document.createElement('input');
    input.type = 'file';
    input.accept = '.turf,.json,application/json';
    input.addEventListener('change', async () => {
      const file = input.files && input.files[0];
      if (file) openTurf(new Uint8Array(await file.arrayBuffer()), file.name);
    });
    // Browsers open a file picker only while a tap is fresh (transient
    // activation); say so in the console when the frame came too late.
    if (navigator.userActivation && !navigator.userActivation.isActive)
      console.warn('puerta: the file picker needs a fresh tap; the browser may ignore this one');
    input.click();
  }

  // The link names the turf (?turf=eastside.turf). It is fetched past every
  // cache (no-store: the browser's HTTP cache keeps no copy of the names in
  // it; the service worker never caches it either), so a reload with no
  // network cannot fetch it again: then the turf the app already keeps
  // (storage key "puerta.turf", core/app/canvass_session.cpp) simply opens.
  // An encrypted package's key is link.key (taken from the address above);
  // the core decrypts it and keeps the turf only in its sealed store.
  async function openTurfFromUrl() {
    const name = link.name;
    if (!name) return;
    Module._puerta_turf_downloading(1);  // no CJK font fetched before the package says whether it brings one
    let response;
    try {
      response = await fetch(name, { cache: 'no-store' });
    } catch (e) {
      let kept = false;
      try { kept = localStorage.getItem('puerta.turf') !== null; } catch (ignored) {}
      // The browser's reason is English: the app says it in the canvasser's language.
      console.warn('could not fetch', name, e);
      if (!kept) Module._puerta_turf_error(0);
      else Module._puerta_turf_downloading(0);
      return;
    }
    try {
      if (!response.ok) {
        Module._puerta_turf_error(response.status);
        return;
      }
      openTurf(new Uint8Array(await response.arrayBuffer()), name, link.key);
    } catch (e) {
      console.warn('could not read', name, e);
      Module._puerta_turf_error(0);
    }
  }

  function shareFile(name, mime, bytes) {
    const blob = new Blob([bytes], { type: mime });
    const file = new File([blob], name, { type: mime });
    if (navigator.canShare && navigator.canShare({ files: [file] })) {
      navigator.share({ files: [file], title: name }).catch(() => download(blob, name));
      return 'shared';
    }
    download(blob, name);
    return 'downloaded';
  }

  function download(blob, name) {
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = name;
    document.body.appendChild(a);
    a.click();
    setTimeout(() => { URL.revokeObjectURL(a.href); a.remove(); }, 10000);
  }

  // --- assets fetched on first need (the CJK font) -------------------------------------
  // The app holds back frames that need the font until it is here or known
  // to be unavailable (offline and never kept by the service worker): then
  // it draws with what it has.
  async function requestAsset(name) {
    try {
      const response = await fetch('assets/' + name);
      if (!response.ok) throw new Error('HTTP ' + response.status);
      const bytes = new Uint8Array(await response.arrayBuffer());
      const path = '/assets/' + name;
      FS.mkdirTree(path.substring(0, path.lastIndexOf('/')));
      FS.writeFile(path, bytes);
      withUtf8(name, (p) => Module._puerta_asset_ready(p));
    } catch (e) {
      console.warn('could not fetch', name, e);
      withUtf8(name, (p) => Module._puerta_asset_unavailable(p));
    }
  }

  // --- location --------------------------------------------------------------------
  let watch = null;
  function watchLocation(on) {
    if (on && watch === null && navigator.geolocation) {
      watch = navigator.geolocation.watchPosition(
        (p) => Module._puerta_location(p.coords.latitude, p.coords.longitude, p.coords.accuracy),
        (e) => withUtf8(e.message || 'location unavailable', (m) => Module._puerta_location_error(m)),
        { enableHighAccuracy: true, maximumAge: 10000, timeout: 30000 });
    } else if (!on && watch !== null) {
      navigator.geolocation.clearWatch(watch);
      watch = null;
    } else if (on && !navigator.geolocation) {
      withUtf8('this browser has no location', (m) => Module._puerta_location_error(m));
    }
  }

  // One reading for the attempts about to be recorded, and only when the
  // canvasser already allowed location: a door is no place for a prompt.
  async function readLocationOnce() {
    if (!navigator.geolocation || !navigator.permissions) return;
    try {
      const status = await navigator.permissions.query({ name: 'geolocation' });
      if (status.state !== 'granted') return;
    } catch (e) {
      return;
    }
    navigator.geolocation.getCurrentPosition(
      (p) => Module._puerta_location(p.coords.latitude, p.coords.longitude, p.coords.accuracy),
      () => {},  // no reading: the attempt is saved without one
      { enableHighAccuracy: true, maximumAge: 60000, timeout: 20000 });
  }

  // --- how this browser keeps the work --------------------------------------------
  // Cache names the service worker (web-shell/sw.js) uses for the app itself.
  const isAppCache = (name) => name.startsWith('puerta-app-') || name === 'puerta-assets';
  const KEPT = { unknown: 0, persistent: 1, bestEffort: 2 };
  let kept = KEPT.unknown;

  function isIosSafariTab() {
    const ua = navigator.userAgent || '';
    const ios = /iPhone|iPad|iPod/.test(ua) || (/Macintosh/.test(ua) && navigator.maxTouchPoints > 1);  // iPadOS
    const standalone = navigator.standalone === true ||
      (window.matchMedia && window.matchMedia('(display-mode: standalone)').matches);
    return ios && !standalone;
  }
  const worksOffline = !!window.isSecureContext && 'serviceWorker' in navigator;
  const homeScreenTip = isIosSafariTab();

  function setKept(persistent) {
    kept = persistent ? KEPT.persistent : KEPT.bestEffort;
    Module._puerta_request_frames();
  }

  // Asks once, at the first tap (a prompt, where a browser shows one, then
  // follows something the canvasser did). Without the API nothing is promised.
  function watchPersistence() {
    const storage = navigator.storage;
    if (!storage || !storage.persist || !storage.persisted) {
      setKept(false);
      return;
    }
    storage.persisted().then((yes) => {
      if (yes) {
        setKept(true);
        return;
      }
      if (kept === KEPT.unknown) setKept(false);
      const ask = () => {
        window.removeEventListener('pointerdown', ask, true);
        storage.persist().then(setKept, () => setKept(false));
      };
      window.addEventListener('pointerdown', ask, true);
    }, () => setKept(false));
  }

  // Bits for wasm/platform_browser.cpp: 1 works offline, 2 suggest the Home
  // Screen, kept (0 unknown, 1 persistent, 2 best effort) from bit 2.
  function deviceStorage() {
    return (worksOffline ? 1 : 0) | (homeScreenTip ? 2 : 0) | (kept << 2);
  }

  // --- the device secret ----------------------------------------------------------
  // The PIN's lock is bound to 32 bytes that never leave this browser
  // (core/crypto/pin.h), so a copy of localStorage alone cannot test a single
  // PIN: an HMAC-SHA-256 key that WebCrypto made non-extractable (no script
  // can read its bytes, ours included), kept as a CryptoKey in IndexedDB
  // "puerta-device", signs a fixed label. It is read while the app downloads
  // and main() waits for it (a run dependency in Module.preRun; at most 5 s,
  // then the app starts without it and picks it up when it comes). Without WebCrypto or IndexedDB (not a
  // secure context: plain http on a LAN address; storage blocked) there is
  // none, and the PIN alone guards the store (Settings says so).
  const DEVICE_DB = 'puerta-device';
  const DEVICE_LABEL = new TextEncoder().encode('puerta device secret v1');
  let deviceSecretBytes = null;

  // This origin's key, or `fresh` stored as it, in one readwrite transaction:
  // two tabs starting at once end up with the same key.
  function keepDeviceKey(fresh) {
    return new Promise((resolve, reject) => {
      const open = indexedDB.open(DEVICE_DB, 1);
      open.onupgradeneeded = () => open.result.createObjectStore('keys');
      open.onerror = () => reject(open.error);
      open.onblocked = () => reject(new Error('IndexedDB blocked'));
      open.onsuccess = () => {
        const db = open.result;
        const tx = db.transaction('keys', 'readwrite');
        const store = tx.objectStore('keys');
        let key = null;
        const get = store.get('device');
        get.onsuccess = () => {
          key = get.result || fresh;
          if (!get.result) store.add(fresh, 'device');
        };
        tx.oncomplete = () => { db.close(); resolve(key); };  // closed: erasing must not be blocked
        tx.onerror = tx.onabort = () => { db.close(); reject(tx.error); };
      };
    });
  }

  async function loadDeviceSecret() {
    try {
      if (!window.isSecureContext || !window.crypto || !crypto.subtle || !window.indexedDB) return;
      const fresh = await crypto.subtle.generateKey({ name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
      const key = await keepDeviceKey(fresh);
      deviceSecretBytes = new Uint8Array(await crypto.subtle.sign('HMAC', key, DEVICE_LABEL));
    } catch (e) {
      console.warn('no device secret: the PIN alone guards this copy', e);
    }
  }

  // Started at once, so it overlaps the download of the app; main() waits for it.
  const deviceSecretLoaded = loadDeviceSecret();
  Module.preRun = [].concat(Module.preRun || [], () => {
    addRunDependency('puerta-device-secret');
    const waited = new Promise((resolve) => setTimeout(resolve, 5000));
    Promise.race([deviceSecretLoaded, waited]).then(() => removeRunDependency('puerta-device-secret'));
  });

  // For wasm/platform_browser.cpp: copies the secret to `ptr`, 1; or 0 (none).
  function deviceSecret(ptr) {
    if (!deviceSecretBytes) return 0;
    HEAPU8.set(deviceSecretBytes, ptr);
    return 1;
  }

  function deleteDatabase(name) {
    return new Promise((resolve) => {
      const request = indexedDB.deleteDatabase(name);
      request.onsuccess = request.onerror = request.onblocked = () => resolve();
    });
  }

  // "Erase this phone's copy", after the app removed its own keys: every
  // other trace of a turf this origin could hold. Only the interface
  // preferences (keepKey) and the app's own files stay. This empties the
  // whole origin's storage: serve Puerta from an origin of its own. The
  // device key goes with the rest; a new, unrelated one is made at once.
  async function eraseLocalData(keepKey) {
    deviceSecretBytes = null;  // until the new key below: a PIN set meanwhile is the PIN's alone, bound at its next unlock
    try {
      // The interface language stays, as the app's preferences do (the page's
      // own words read it: web-shell/shell.js).
      for (const key of Object.keys(localStorage)) {
        if (key !== keepKey && key !== 'puerta.shell_language') localStorage.removeItem(key);
      }
    } catch (e) { console.warn('erase: localStorage', e); }
    try { sessionStorage.clear(); } catch (e) { console.warn('erase: sessionStorage', e); }
    try {
      if (window.caches) {
        for (const name of await caches.keys()) {
          if (!isAppCache(name)) {
            await caches.delete(name);
            continue;
          }
          const cache = await caches.open(name);
          for (const request of await cache.keys()) {
            const url = new URL(request.url);
            if (url.pathname.toLowerCase().endsWith('.turf') || url.searchParams.has('turf')) await cache.delete(request);
          }
        }
      }
    } catch (e) { console.warn('erase: Cache Storage', e); }
    try {
      if (window.indexedDB && indexedDB.databases) {
        for (const db of await indexedDB.databases()) if (db.name) await deleteDatabase(db.name);
      }
      if (window.indexedDB) await deleteDatabase(DEVICE_DB);  // also where databases() is missing
    } catch (e) { console.warn('erase: IndexedDB', e); }
    await loadDeviceSecret();  // a new device key, for the next PIN
  }

  return {
    // Called once the app is up (wasm/main.cpp).
    start() {
      watchPersistence();
      makeProxy();
      watchTouches(Module.canvas);
      history.replaceState({ puerta: 1 }, '');
      window.addEventListener('resize', () => Module._puerta_request_frames());
      openTurfFromUrl();
    },
    setTextInputActive(on, kind) {
      if (!proxy) return;
      const changed = setKeyboard(on ? kind : 'text');
      // Another kind of field while the keyboard is up: a new focus makes Android raise the other keyboard.
      if (on && changed && document.activeElement === proxy) proxy.blur();
      if (on && document.activeElement !== proxy) proxy.focus({ preventScroll: true });
      if (!on && document.activeElement === proxy) proxy.blur();
    },
    setDepth,
    setTextFields,
    deviceStorage,
    deviceSecret,
    eraseLocalData,
    pickTurfFile,
    shareFile,
    requestAsset,
    watchLocation,
    readLocationOnce,
  };
})();
