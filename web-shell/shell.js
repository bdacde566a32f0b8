// Starts Puerta's web app: checks that this browser can run it, shows download
// progress, and turns every way of failing into a message a canvasser can act
// on, never a blank page.
(function () {
  'use strict';

  const loading = document.getElementById('loading');
  const fill = document.getElementById('loading-fill');
  const loadingText = document.getElementById('loading-text');
  const canvas = document.getElementById('canvas');

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

  // Bytes received so far, per download, for one progress bar over all of them.
  const progress = { wasm: [0, 0], data: [0, 0] };
  function showProgress() {
    const got = progress.wasm[0] + progress.data[0];
    const total = progress.wasm[1] + progress.data[1];
    if (total > 0) {
      fill.style.width = Math.min(100, (100 * got) / total).toFixed(1) + '%';
      loadingText.textContent = 'Loading… ' + Math.round(got / 1024) + ' of ' + Math.round(total / 1024) + ' KB';
    }
  }

  async function fetchWithProgress(url, onProgress) {
    const response = await fetch(url);
    if (!response.ok) throw new Error(url + ': HTTP ' + response.status);
    const total = Number(response.headers.get('Content-Length')) || 0;
    if (!response.body || !total) return response.arrayBuffer();
    const reader = response.body.getReader();
    const bytes = new Uint8Array(total);
    let got = 0;
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      if (got + value.length > bytes.length) return new Blob([bytes.subarray(0, got), value]).arrayBuffer();
      bytes.set(value, got);
      got += value.length;
      onProgress(got, total);
    }
    return bytes.buffer.slice(0, got);
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
        .catch((e) => showProblem('Puerta could not download', 'Check your connection and reload the page. (' + e.message + ')'));
      return {};
    },
    onAbort(what) {
      showProblem('Puerta stopped', 'Reload the page. Everything you saved is still on this phone. (' + what + ')');
    },
  };

  // Called by the app (wasm/main.cpp).
  window.puertaShell = {
    ready() {
      loading.hidden = true;
    },
    fatal(message) {
      showProblem('Puerta can\'t start on this browser', message);
    },
    banner(message) {
      showBanner(message);
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
      if (updating) showBanner('Puerta was updated. Your saved work is safe; the new version starts next time you open Puerta.');
    });
    navigator.serviceWorker.register('sw.js').catch((e) => console.warn('offline support unavailable:', e));
  }

  canvas.addEventListener('webglcontextlost', (e) => {
    e.preventDefault();
    showProblem('The screen stopped working', 'Reload the page. Everything you saved is still on this phone.');
  });

  if (!supportsWebAssembly()) {
    showProblem('Puerta can\'t start on this browser',
      'This browser cannot run WebAssembly, which Puerta needs. Open the link in an up-to-date Chrome, Firefox or Safari.');
  } else if (!supportsWebGL2()) {
    showProblem('Puerta can\'t start on this browser',
      'This browser has WebGL 2 turned off or unavailable, which Puerta needs to draw its screens. ' +
      'Open the link in an up-to-date Chrome, Firefox or Safari, or turn off "lite" or battery-saving browser modes.');
  } else {
    const inert = document.getElementById('app-script').content.querySelector('script');
    const script = document.createElement('script');
    script.src = inert.getAttribute('src');
    script.async = true;
    script.onerror = () => showProblem('Puerta could not download', 'Check your connection and reload the page.');
    document.body.appendChild(script);
  }
})();
