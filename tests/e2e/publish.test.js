// The boot camp without internet (README, "Put it online"): the folder
// `puerta publish` writes, served as a static host serves it
// (scripts/serve.mjs sends the precompressed copies), is opened once from
// the link in links.html while there is a network; then the network is gone,
// and the app and the turf it keeps still open and work.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startServer } from '../../scripts/serve.mjs';
import { launchBrowser, newPhone, waitForWidget, tap, typeInto, screenshot, webRoot, puertaBin, waitForOfflineReady,
  choosePinAndName } from './lib/phone.js';
import { packageTurf, writePrivateVoterFile } from './lib/fixtures.js';

const PIN = '582047';
let browser, dir;
before(async () => {
  browser = await launchBrowser();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-publish-'));
});
after(async () => {
  await browser?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const voterRows = (page) => page.evaluate(() => window.puertaWidgets.filter((w) => w.id.includes('##voter-PV-900')).length);

test('the published folder, opened once online, opens the kept turf with the network gone', async () => {
  const csv = path.join(dir, 'voters.csv');
  writePrivateVoterFile(csv);
  const { key } = packageTurf(['--list', csv, '--name', 'Boot camp turf', '--organization', 'Test', '--unsealed-exports'],
    path.join(dir, 'bootcamp.turf'));
  const site = path.join(dir, 'site');
  const log = [];
  const server = await startServer({ root: site, port: 0, log });  // the folder is made next, as an upload would be
  execFileSync(puertaBin, ['publish', site, '--web', webRoot, '--turf', `${path.join(dir, 'bootcamp.turf')}#k=${key}`,
    '--base-url', server.url], { stdio: ['ignore', 'pipe', 'pipe'] });
  const links = fs.readFileSync(site + '.links.html', 'utf8');
  const link = /<a href="([^"]+)"/.exec(links)[1].replaceAll('&amp;', '&');
  assert.equal(link, `${server.url}?turf=bootcamp.turf#k=${key}`);

  // Online, once: the link, a PIN, the canvasser's name, the first door.
  const { context, page } = await newPhone(browser);
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  await choosePinAndName(page, PIN, 'Robot');
  await tap(page, '##next-door');
  await waitForWidget(page, '##result-not_home');
  assert.ok((await voterRows(page)) >= 1, 'the first door shows the turf\'s voters');
  await waitForOfflineReady(page);

  // What the server sent: the app compressed, the package as it was made, never the key.
  const sent = (name) => log.find((e) => new URL(e.url, server.url).pathname === '/' + name && e.status === 200);
  const wasm = sent('index.wasm');
  assert.ok(wasm && wasm.encoding !== 'identity', `index.wasm went ${wasm?.encoding}`);
  assert.ok(wasm.bytes < fs.statSync(path.join(site, 'index.wasm')).size / 2, `index.wasm: ${wasm.bytes} bytes sent`);
  assert.equal(sent('bootcamp.turf')?.encoding, 'identity');
  assert.ok(log.every((e) => !e.url.includes(key)), 'a request named the key');

  // The network gone: the app opens from the phone, the kept turf unlocks, a door result is recorded.
  await server.close();
  await context.setOffline(true);
  await page.reload();
  await waitForWidget(page, '##unlock', 60000);
  await typeInto(page, '##pin', PIN);
  await tap(page, '##unlock');
  await tap(page, '##next-door');
  await waitForWidget(page, '##result-not_home');
  assert.ok((await voterRows(page)) >= 1, 'offline, the first door shows the turf\'s voters');
  await tap(page, '##result-not_home');
  assert.ok((await page.evaluate(() => window.Module._puerta_attempt_count())) >= 1);
  await screenshot(page, 'publish-offline');
  await context.close();
});
