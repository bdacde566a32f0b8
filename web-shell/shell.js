// Starts Puerta's web app: checks that this browser can run it, makes sure no
// other tab of this origin runs it too, shows download progress, and turns
// every way of failing into a message a canvasser can act on, never a blank
// page.
(function () {
  'use strict';

  const loading = document.getElementById('loading');
  const fill = document.getElementById('loading-fill');
  const loadingText = document.getElementById('loading-text');
  const canvas = document.getElementById('canvas');
  const LOCK = 'puerta-app';  // the Web Lock (or BroadcastChannel) of the tab running the app
  const forever = () => new Promise(() => {});

  // The page's words, in the interface language: words.js (generated from
  // the app's translation table, core/i18n/ui_text.cpp). The language is the
  // one the app last said (puertaShell.language), else the phone's first
  // one Puerta speaks (the app's own rule: i18n/ui_text.h PickUiLanguage).
  const LANGUAGE_KEY = 'puerta.shell_language';
  const WORDS = window.PUERTA_WORDS || { en: {} };
  function pageLanguage() {
    let saved = null;
    try { saved = localStorage.getItem(LANGUAGE_KEY); } catch (e) { /* storage off: the phone's language */ }
    if (saved && WORDS[saved]) return saved;
    for (const tag of navigator.languages || [navigator.language || 'en']) {
      let primary = String(tag).split(/[-_]/)[0].toLowerCase();
      if (primary === 'fil') primary = 'tl';
      if (WORDS[primary]) return primary;
    }
    return 'en';
  }
  function say(id, ...numbers) {
    let text = (WORDS[pageLanguage()] || {})[id] || (WORDS.en || {})[id] || '';
    for (const n of numbers) text = text.replace('%u', String(n));
    return text;
  }
  document.documentElement.lang = pageLanguage();
  loadingText.textContent = say('kShellLoading');

  function showProblem(title, text) {
    loading.hidden = true;
    document.getElementById('problem-title').textContent = title;
    document.getElementById('problem-text').textContent = text;
    document.getElementById('problem').hidden = false;
  }

  function supportsWebAssembly() {
    try {
      if (typeof WebAssembly !== 'object' || typeof WebAssembly.instantiate !== 'function') return false;
      // The smallest valid module: magic number and version.
      const module = new WebAssembly.Module(Uint8Array.of(0x0, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00));
      return module instanceof WebAssembly.Module;
    } catch (e) {
      return false;
    }
  }

  function supportsWebGL2() {
    try {
      return !!document.createElement('canvas').getContext('webgl2');
    } catch (e) {
      return false;
    }
  }

  // Bytes received so far, per download, for one progress bar over all of
  // them. A total of 0 is unknown (a compressed download: see below).
  const progress = { wasm: [0, 0], data: [0, 0] };
  function showProgress() {
    const got = progress.wasm[0] + progress.data[0];
    const total = progress.wasm[1] + progress.data[1];
    if (total > 0 && progress.wasm[1] > 0) {
      fill.style.width = Math.min(100, (100 * got) / total).toFixed(1) + '%';
      loadingText.textContent = say('kShellLoadingKb', Math.round(got / 1024), Math.round(total / 1024));
    } else if (got > 0) {
      // Sent compressed, the size is unknown: the loaded amount alone.
      loadingText.textContent = say('kShellLoading') + ' ' + Math.round(got / 1024) + ' KB';
    }
  }

  // A host sending the precompressed copy (index.wasm.br or .gz, with
  // Content-Encoding: scripts/serve.mjs, nginx's brotli_static) gives the
  // compressed size as Content-Length while the body reads decoded: the
  // decoded size is then unknown, and the body is read to its end whatever
  // Content-Length said.
  async function fetchWithProgress(url, onProgress) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const encoded = (response.headers.get('Content-Encoding') || 'identity') !== 'identity';
    const total = encoded ? 0 : Number(response.headers.get('Content-Length')) || 0;
    if (!response.body) return response.arrayBuffer();
    const reader = response.body.getReader();
    const chunks = [];
    let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      chunks.push(value);
      got += value.length;
      onProgress(got, total);
    }
    return new Blob(chunks).arrayBuffer();
  }

  window.Module = {
    canvas: canvas,
    // Emscripten reports the preloaded-assets download as "Downloading data... (got/total)".
    setStatus(status) {
      const m = /\((\d+(?:\.\d+)?)\/(\d+)\)/.exec(status || '');
      if (m) {
        progress.data = [Number(m[1]), Number(m[2])];
        showProgress();
      }
    },
    // Fetch the wasm ourselves so the bar also moves while it downloads.
    instantiateWasm(imports, done) {
      fetchWithProgress('index.wasm', (got, total) => {
        progress.wasm = [got, total];
        showProgress();
      })
        .then((bytes) => WebAssembly.instantiate(bytes, imports))
        .then((result) => done(result.instance, result.module))
        .catch((e) => {
          console.warn('could not download the app', e);
          showProblem(say('kShellCannotDownload'), say('kShellCheckConnection'));
        });
      return {};
    },
    onAbort(what) {
      console.warn('the app stopped', what);
      showProblem(say('kShellStopped'), say('kShellSavedStays'));
    },
  };

  // Called by the app (wasm/main.cpp).
  window.puertaShell = {
    ready() {
      loading.hidden = true;
    },
    // What SDL said (English, for a developer) goes to the console; the
    // canvasser reads why in their language: no WebGL 2 context.
    fatal(message) {
      console.warn('the app cannot start', message);
      showProblem(say('kShellCannotStart'), say('kShellNoWebGl'));
    },
    banner(message) {
      showBanner(message);
    },
    // The interface language, whenever the app starts or it changes: kept for
    // the next load's first words.
    language(code) {
      try { localStorage.setItem(LANGUAGE_KEY, code); } catch (e) { /* private mode: the phone's language then */ }
      document.documentElement.lang = code;
    },
  };

  function showBanner(text) {
    const banner = document.getElementById('banner');
    banner.textContent = text;
    banner.hidden = false;
    setTimeout(() => { banner.hidden = true; }, 8000);
  }

  // Offline: the service worker keeps the app (and opened turf) on the phone.
  // It needs a secure context: https, or http on localhost.
  if ('serviceWorker' in navigator && window.isSecureContext) {
    const updating = !!navigator.serviceWorker.controller;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      if (updating) showBanner(say('kShellUpdated'));
    });
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('offline support unavailable:', e));
  }

  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showProblem(say('kShellScreenStopped'), say('kShellSavedStays'));
  });

  if (!supportsWebAssembly()) {
    showProblem(say('kShellCannotStart'), say('kShellNoWasm'));
  } else if (!supportsWebGL2()) {
    showProblem(say('kShellCannotStart'), say('kShellNoWebGl'));
  } else {
    holdTheApp().then(loadApp);
  }

  function loadApp(mine) {
    if (!mine) {
      // Another tab runs the app: load it here without running main(), say
      // so in the canvasser's language, and run it once that tab is gone.
      window.Module.noInitialRun = true;
      window.Module.onRuntimeInitialized = showOtherTab;
    }
    const inert = document.getElementById('app-script').content.querySelector('script');
    const script = document.createElement('script');
    script.src = inert.getAttribute('src');
    script.async = true;
    script.onerror = () => showProblem(say('kShellCannotDownload'), say('kShellCheckConnection'));
    document.body.appendChild(script);
  }

  function showOtherTab() {
    const Module = window.Module;
    const [title, text] = Module.UTF8ToString(Module._puerta_other_tab_text()).split('\n');
    loading.hidden = true;
    document.getElementById('other-tab-title').textContent = title;
    document.getElementById('other-tab-text').textContent = text || '';
    document.getElementById('other-tab').hidden = false;
    waitForTheApp(() => {
      document.getElementById('other-tab').hidden = true;
      Module.callMain([]);
    });
  }

  // --- one tab at a time ---------------------------------------------------------
  // Two tabs writing the same journal would lose responses, so only the tab
  // holding the Web Lock "puerta-app" (for the page's whole life) runs the
  // app. A later tab asks with ifAvailable, does not get it, and waits for it
  // without writing anything.
  // Without Web Locks (they need a secure context: not on a laptop's plain
  // http LAN address) the tab running the app answers the others over a
  // BroadcastChannel; a tab that hears no answer within 300 ms runs it. That
  // is weaker (two tabs opened in the same instant could both run, a frozen
  // background tab does not answer), hence Web Locks first.
  // Resolves true when this tab now holds the app, false when another tab does.
  function holdTheApp() {
    if (!navigator.locks) return holdOverChannel();
    return new Promise((resolve) => {
      navigator.locks.request(LOCK, { ifAvailable: true }, (lock) => {
        resolve(!!lock);
        return lock ? forever() : null;
      }).catch(() => resolve(true));  // refused (a sandboxed frame): run as before
    });
  }

  function waitForTheApp(then) {
    if (navigator.locks) {
      navigator.locks.request(LOCK, () => {
        then();
        return forever();
      });
      return;
    }
    // The other tab says 'released' when it goes (pagehide), but a closed or
    // killed tab may say nothing: ask again every few seconds as well.
    const channel = new BroadcastChannel(LOCK);
    let asking = false;
    const tryToHold = () => {
      if (asking) return;
      asking = true;
      holdOverChannel().then((mine) => {
        asking = false;
        if (!mine) return;
        clearInterval(poll);
        channel.close();
        then();
      });
    };
    const poll = setInterval(tryToHold, 2000);
    channel.onmessage = (e) => { if (e.data === 'released') tryToHold(); };
  }

  function holdOverChannel() {
    if (!('BroadcastChannel' in window)) return Promise.resolve(true);
    const channel = new BroadcastChannel(LOCK);
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        channel.onmessage = (e) => { if (e.data === 'who-has-it') channel.postMessage('i-do'); };
        window.addEventListener('pagehide', () => channel.postMessage('released'));
        resolve(true);
      }, 300);
      channel.onmessage = (e) => {
        if (e.data !== 'i-do') return;
        clearTimeout(timer);
        channel.close();
        resolve(false);
      };
      channel.postMessage('who-has-it');
    });
  }
})();
