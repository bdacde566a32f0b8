// Receipts close the loop on a phone: the canvasser sends the full record,
// the organizer's `puerta receipt` reads the very file the phone downloaded,
// and the code typed on the phone's keyboard marks those results received;
// a mistyped code is refused, the marks outlast a reload, and once nothing
// waits, erasing asks only once (docs/receipts.md).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, puertaBin } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const TURF = 'test-receipt.turf';
const app = useApp({ turf: TURF });

const label = async (page, id) => (await waitForWidget(page, id)).label;

// What the organizer runs on the file the phone sent; the code it prints for the phone.
function organizerReceipt(file) {
  const printed = execFileSync(puertaBin, ['receipt', file], { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
  const code = /^device [0-9a-f]{16}: ([0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}) /m.exec(printed)?.[1];
  if (!code) throw new Error('puerta receipt printed no code: ' + printed);
  return code;
}

test('the organizer\'s receipt, typed on the phone, marks the results received and survives a reload', async () => {
  const { context, page } = await newPhone(app.browser, { acceptDownloads: true });
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##next-door');
  await tap(page, '##result-not_home');
  await tap(page, '##back');
  await tap(page, '##next-door');
  await tap(page, '##result-moved');
  await tap(page, '##back');
  await tap(page, '##export');
  const waiting = await label(page, '##not-received');
  const held = Number(/^(\d+) results? not yet received by your organizer$/.exec(waiting)?.[1]);
  assert.ok(held >= 2, `the counter reads "${waiting}"`);

  // Sent: the file the phone downloads is the file the organizer reads.
  const [download] = await Promise.all([page.waitForEvent('download'), tap(page, '##share-jsonl')]);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-receipt-'));
  const sent = path.join(dir, 'sent.jsonl');
  fs.copyFileSync(await download.path(), sent);
  const code = organizerReceipt(sent);

  // One symbol wrong: refused, nothing marked.
  await tap(page, '##enter-receipt');
  const typo = code.slice(0, 5) + (code[5] === '7' ? '8' : '7') + code.slice(6);
  await typeInto(page, '##receipt', typo);
  await tap(page, '##check-receipt');
  assert.equal(await label(page, '##receipt-problem'),
    'One of the letters or numbers is wrong. Check the code and type it again.');
  assert.equal(await label(page, '##not-received'), waiting);

  // Typed again, in lower case as a phone keyboard may give it.
  await tap(page, '##receipt');
  // The bridge hands ImGui one key a frame (a quick press could be lost): each Backspace is let through before the next.
  for (let i = 0; i < typo.length; ++i) {
    await page.keyboard.press('Backspace');
    await settle(page);
  }
  await page.keyboard.insertText(code.toLowerCase());
  await settle(page);
  await tap(page, '##check-receipt');
  assert.equal(await label(page, '##receipt-received'), `${held} ${held === 1 ? 'result' : 'results'} received by your organizer`);
  assert.equal(await label(page, '##all-received'), 'Your organizer has received all your results.');
  await screenshot(page, 'receipt-received');

  // Persisted before the screen said so: a reload still knows.
  await page.reload();
  await tap(page, '##export');
  assert.equal(await label(page, '##all-received'), 'Your organizer has received all your results.');
  const stored = await page.evaluate(() => localStorage.getItem('puerta.received') || '');
  assert.ok(stored.length > 0, 'the marks are in storage');
  assert.ok(!fs.readFileSync(sent, 'utf8').split('"attempt_id":"').slice(1)
    .some((rest) => stored.includes(rest.slice(0, 32))), 'no attempt id in the clear in storage');

  // Nothing waits for the organizer: erasing asks once, as it always did.
  await tap(page, '##wipe');
  await waitForWidget(page, '##yes-wipe');
  assert.equal(await widget(page, '##wipe-unreceived'), null);
  await tap(page, '##yes-wipe');
  await waitForWidget(page, '##sample');
  fs.rmSync(dir, { recursive: true, force: true });
  await context.close();
});

test('results never received: the erase warning names how many and asks twice', async () => {
  const { context, page } = await newPhone(app.browser);
  await page.goto(app.server.url + '?turf=' + TURF);
  await tap(page, '##next-door');
  await tap(page, '##result-not_home');
  await tap(page, '##back');
  await tap(page, '##export');
  const held = Number(/^(\d+) /.exec(await label(page, '##not-received'))?.[1]);
  await tap(page, '##wipe');
  assert.equal(await label(page, '##wipe-unreceived'),
    held === 1
      ? "1 result was never received by your organizer. If you erase this phone's copy now, it is lost for good."
      : `${held} results were never received by your organizer. If you erase this phone's copy now, they are lost for good.`);
  await screenshot(page, 'receipt-erase-warning');
  await tap(page, '##wipe-anyway');
  await tap(page, '##yes-wipe');
  await waitForWidget(page, '##sample');
  await context.close();
});
