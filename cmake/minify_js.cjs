// Shrinks the phone web app's index.js in place with terser (Debian's
// node-terser): Debian's Emscripten cannot run Closure (see README, toolchain
// notes), and its own pass only strips whitespace. Only names local to a
// function are renamed: the page's scripts (web-shell/shell.js) and the
// bridge reach the runtime through top-level names (Module, FS) and strings
// (Module["_puerta_…"]), which stay as they are.
//   NODE_PATH=/usr/share/nodejs node cmake/minify_js.cjs build/wasm/web/index.js
const fs = require('fs');
const { minify } = require('terser');

const file = process.argv[2];
minify(fs.readFileSync(file, 'utf8'), { ecma: 2018, compress: { passes: 2 }, mangle: true, toplevel: false })
  .then((result) => fs.writeFileSync(file, result.code))
  .catch((error) => { console.error(`minify_js: ${file}: ${error.message}`); process.exit(1); });
