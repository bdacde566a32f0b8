// One browser and one server for a test file, started before its tests and
// stopped after them; optionally a turf package built for the file.
import { before, after } from 'node:test';
import { launchBrowser, serveApp } from './phone.js';
import { buildPlainTurf, removeTurf } from './fixtures.js';

export function useApp({ turf } = {}) {
  const app = { browser: null, server: null, turf };
  before(async () => {
    if (turf) buildPlainTurf(turf);
    app.browser = await launchBrowser();
    app.server = await serveApp();
  });
  after(async () => {
    await app.browser?.close();
    await app.server?.close();
    if (turf) removeTurf(turf);
  });
  return app;
}
