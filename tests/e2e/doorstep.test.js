// Two voters at one door, on a phone: each one's typed answer and note goes
// out in the export under that voter, a reload in the middle of the second
// conversation brings back what was typed, and a door result afterwards does
// not touch either of them. (The same cases, and more, run headless in
// tests/ui/test_doorstep.cpp; this proves it in a real browser.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import {
  newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, framesDrawn, repoRoot, webRoot, readExport } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const PIN = '482915';
const TURF = 'test-doorstep.turf';
const app = useApp();

// tests/data/turfs/two-voters.turf: Rosa and Beto Quintero at the first door,
// Lin Chen at the second; a script with a typed "how can we reach you?".
function publishTurf() {
  fs.copyFileSync(path.join(repoRoot, 'tests/data/turfs/two-voters.turf'), path.join(webRoot, TURF));
}

async function openWithPin(page) {
  await page.goto(app.server.url + '?turf=' + TURF);
  await waitForWidget(page, '##pin', 60000);
  await typeInto(page, '##pin', PIN);
  await typeInto(page, '##again', PIN);
  await tap(page, '##create');
  await waitForWidget(page, '##name', 60000);
  await typeInto(page, '##name', 'Lupe');
  await tap(page, '##continue');
}

async function talk(page, voterId, reach, note) {
  await tap(page, '##voter-' + voterId);
  await tap(page, '##step-next');            // intro
  await typeInto(page, '##answer-callback', reach);
  await tap(page, '##step-next');
  await tap(page, '##yes');
  await tap(page, '##step-next');            // thanks
  await typeInto(page, '##notes', note);
  await tap(page, '##save');
  await waitForWidget(page, '##someone-else');
}

test('two voters at one door: each keeps their own answers, through a reload, and a door result spares them', async () => {
  publishTurf();
  const { context, page } = await newPhone(app.browser, { acceptDownloads: true });
  try {
    await openWithPin(page);
    await tap(page, '##next-door');

    await talk(page, 'V-ROSA', 'call Rosa at 555-0100', 'Rosa: needs a ride');
    await tap(page, '##someone-else');
    await screenshot(page, 'doorstep-after-first-conversation');
    assert.ok(await widget(page, 'Rosa Quintero  ·  ES  ·  talked with'), 'the door shows Rosa as talked with');

    // Beto: halfway through, the tab is reloaded (a killed tab, a phone call).
    await tap(page, '##voter-V-BETO');
    await tap(page, '##step-next');
    const field = await widget(page, '##answer-callback');
    assert.ok(field, 'the typed step shows');
    await typeInto(page, '##answer-callback', 'beto@example.org');
    await settle(page);
    await page.reload();
    await waitForWidget(page, '##unlock', 60000);
    await typeInto(page, '##pin', PIN);
    await tap(page, '##unlock');
    await waitForWidget(page, '##answer-callback', 60000);
    await screenshot(page, 'doorstep-conversation-restored');
    await tap(page, '##step-next');
    await tap(page, '##yes');
    await tap(page, '##step-next');
    await typeInto(page, '##notes', 'Beto: works nights');
    await tap(page, '##save');
    await tap(page, '##someone-else');

    // Everyone here was talked with: no door result can be put on them.
    assert.equal(await widget(page, '##result-not_home'), null);
    await tap(page, '##next-door');          // on to Lin Chen's door
    await tap(page, '##result-not_home');   // the last door: back to the overview
    await waitForWidget(page, '##export');
    await tap(page, '##export');
    const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-jsonl')]);
    const lines = readExport(await download.path()).trim().split('\n').map((l) => JSON.parse(l)).filter((a) => a.attempt_id);  // after the file's header line
    const byVoter = Object.fromEntries(lines.map((a) => [a.voter_id, a]));
    assert.equal(lines.length, 3, 'one attempt each for Rosa, Beto and Lin: ' + JSON.stringify(lines.map((a) => [a.voter_id, a.result, a.version])));
    assert.equal(byVoter['V-ROSA'].result, 'canvassed');
    assert.deepEqual(byVoter['V-ROSA'].answers.callback, ['call Rosa at 555-0100']);
    assert.equal(byVoter['V-ROSA'].notes, 'Rosa: needs a ride');
    assert.equal(byVoter['V-BETO'].result, 'canvassed');
    assert.deepEqual(byVoter['V-BETO'].answers.callback, ['beto@example.org']);
    assert.equal(byVoter['V-BETO'].notes, 'Beto: works nights');
    assert.equal(byVoter['V-LIN'].result, 'not_home');
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await context.close();
    fs.rmSync(path.join(webRoot, TURF), { force: true });
  }
});

test('with location allowed: one reading per door, stamped on the attempt; no watch until the map asks, and idle stays idle', async () => {
  publishTurf();
  const { context, page } = await newPhone(app.browser, {
    acceptDownloads: true,
    permissions: ['geolocation'],
    geolocation: { latitude: 37.3501, longitude: -121.8801, accuracy: 15 },
  });
  // Count what the page asks of the phone's location service.
  await page.addInitScript(() => {
    window.locationCalls = { once: 0, watch: 0, cleared: 0 };
    const g = navigator.geolocation;
    const once = g.getCurrentPosition.bind(g);
    const watch = g.watchPosition.bind(g);
    g.getCurrentPosition = (...a) => { window.locationCalls.once += 1; return once(...a); };
    const clear = g.clearWatch.bind(g);
    g.watchPosition = (...a) => { window.locationCalls.watch += 1; return watch(...a); };
    g.clearWatch = (...a) => { window.locationCalls.cleared += 1; return clear(...a); };
  });
  try {
    await openWithPin(page);
    await tap(page, '##next-door');
    await page.waitForFunction(() => window.locationCalls.once === 1);
    await settle(page, 10);
    const before = await framesDrawn(page);
    await page.waitForTimeout(1500);  // a span to measure idling over, not a wait for something
    assert.equal(await framesDrawn(page) - before, 0, 'no frames while idle at the door');
    await tap(page, '##result-not_home');   // Rosa and Beto; on to Lin's door
    assert.equal(await page.evaluate(() => window.locationCalls.watch), 0, 'nothing watches the location outside the map');
    assert.equal(await page.evaluate(() => window.locationCalls.once), 2, 'one reading at each door opened');

    await tap(page, '##back');
    await tap(page, '##export');
    const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-jsonl')]);
    const lines = readExport(await download.path()).trim().split('\n').map((l) => JSON.parse(l)).filter((a) => a.attempt_id);  // after the file's header line
    assert.equal(lines.length, 2);
    for (const a of lines) {
      assert.ok(a.location, 'the attempt carries the reading');
      assert.ok(Math.abs(a.location.lat - 37.3501) < 1e-6 && Math.abs(a.location.lon + 121.8801) < 1e-6);
      assert.equal(a.location.accuracy_m, 15);
    }
    await tap(page, '##back');
    await tap(page, '##map');
    await tap(page, '##locate');
    await page.waitForFunction(() => window.locationCalls.watch === 1);
    await tap(page, '##back');
    await page.waitForFunction(() => window.locationCalls.cleared === 1);  // leaving the map stops it
    assert.deepEqual(page.consoleErrors, []);
  } finally {
    await context.close();
    fs.rmSync(path.join(webRoot, TURF), { force: true });
  }
});
