// Killed tabs: an automated canvasser records door results while the page's
// renderer is crashed at random moments (through the DevTools protocol). After
// each crash the app is opened again, and every result the app had
// acknowledged must be there, with nothing recorded twice.
//   PUERTA_KILLS=200 node --test kill.test.js    (the longer run; default 50)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newPhone, waitForWidget, widgets, tap, settle } from './lib/phone.js';
import { useApp } from './lib/suite.js';

const KILLS = Number(process.env.PUERTA_KILLS || 50);
const PLAIN_TURF = 'test-plain.turf';
const app = useApp({ turf: PLAIN_TURF });

const count = (page) => page.evaluate(() => window.Module._puerta_attempt_count());

// A little deterministic randomness, so a failing run can be repeated.
let seed = 20261121;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);

// Gets to a door screen: the next door the app moved on to, or one from the walk list.
async function openSomeDoor(page) {
  for (let step = 0; step < 6; ++step) {
    await settle(page);
    const all = await widgets(page);
    const has = (suffix) => all.some((w) => w.id.endsWith(suffix));
    if (has('##result-not_home')) {
      return all.filter((w) => w.id.includes('##voter-')).length;  // attempts one door result makes
    }
    const doors = all.filter((w) => w.id.includes('##door-') && w.y > 100 && w.y + w.h < 840);
    if (doors.length) await tap(page, '##' + doors[Math.floor(random() * doors.length)].id.split('##')[1]);
    else if (has('##walk-list')) await tap(page, '##walk-list');
    else await tap(page, '##back');
  }
  throw new Error('could not reach a door');
}

test(`${KILLS} renderer crashes while recording: nothing acknowledged is lost, nothing doubles`, async () => {
  const { context, page: first } = await newPhone(app.browser);
  await first.goto(app.server.url + '?turf=' + PLAIN_TURF);
  await waitForWidget(first, '##next-door', 60000);
  let page = first;
  let acknowledged = 0;  // attempts the app had confirmed before the last crash
  let inFlight = 0;      // attempts a result tapped just before the crash may add
  let crashesMidSave = 0;

  for (let kill = 0; kill < KILLS; ++kill) {
    const now = await count(page);
    assert.ok(now >= acknowledged, `after crash ${kill}: ${now} attempts, ${acknowledged} had been acknowledged`);
    assert.ok(now <= acknowledged + inFlight, `after crash ${kill}: ${now} attempts, at most ${acknowledged + inFlight} possible`);
    acknowledged = now;

    // One or two results the app confirms, then one more that the crash may interrupt.
    const confirmed = 1 + Math.floor(random() * 2);
    for (let i = 0; i < confirmed; ++i) {
      await openSomeDoor(page);
      await tap(page, '##result-not_home');
      acknowledged = await count(page);
    }
    inFlight = await openSomeDoor(page);
    const target = (await widgets(page)).find((w) => w.id.endsWith('##result-not_home'));
    const cdp = await context.newCDPSession(page);
    const crashed = page.waitForEvent('crash');
    await page.touchscreen.tap(target.x + target.w / 2, target.y + target.h / 2);
    await new Promise((r) => setTimeout(r, Math.floor(random() * 40)));
    cdp.send('Page.crash').catch(() => {});
    await crashed;
    crashesMidSave += 1;

    page = await context.newPage();
    await page.goto(app.server.url);
    await waitForWidget(page, '##walk-list', 60000);
    await settle(page);
  }
  const final = await count(page);
  assert.ok(final >= acknowledged && final <= acknowledged + inFlight);
  console.log(`# ${crashesMidSave} crashes, ${final} attempts stored at the end`);
  await context.close();
});
