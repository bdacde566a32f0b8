// A turf link carries its own key: `puerta package` (the real CLI) writes the
// package encrypted and prints https://HOST/PATH/?turf=NAME.turf#k=KEY. The
// server only ever sends ciphertext (the fragment never leaves the browser);
// the phone decrypts, takes the key out of the address bar, and a link that
// does not open says why. crypto/package_cipher.h, core/ui/app_turf.cpp.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { launchBrowser, serveApp, newPhone, waitForWidget, widget, tap, typeInto, settle, screenshot, webRoot, choosePinAndName } from './lib/phone.js';
import { packageTurf, writePrivateVoterFile } from './lib/fixtures.js';

const TURF = 'test-link.turf';
const OTHER = 'test-link-other.turf';
const PIN = '730184';
const NAMES = ['Zenobia', 'Quintanilla', 'Thaddeus', 'Okonkwo-Reyes', 'Phượng', 'Ximena', 'Bartholomew', 'Wenceslao',
  'Achterberg', 'Marigold Terrace', 'Kestrelwood', 'Quillfeather', '408-555-7391', '4085557391'];

const requests = [];
let browser, server, dir, link, otherKey;
before(async () => {
  browser = await launchBrowser();
  server = await serveApp(webRoot, { log: requests });
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'puerta-link-'));
  const csv = path.join(dir, 'voters.csv');
  writePrivateVoterFile(csv);
  const args = ['--list', csv, '--name', 'Link test turf', '--organization', 'Test', '--unsealed-exports',
    '--base-url', server.url];
  ({ link } = packageTurf(args, path.join(webRoot, TURF)));
  ({ key: otherKey } = packageTurf(args, path.join(webRoot, OTHER)));
});
after(async () => {
  await browser?.close();
  await server?.close();
  for (const f of [TURF, OTHER]) fs.rmSync(path.join(webRoot, f), { force: true });
  fs.rmSync(dir, { recursive: true, force: true });
});

// The PIN and the canvasser's name a turf asks for, then the first door.
async function choosePinAndOpenFirstDoor(page) {
  await choosePinAndName(page, PIN, 'Robot');
  await tap(page, '##next-door');
}

const banner = (page) => page.evaluate(() => window.Module.UTF8ToString(window.Module._puerta_banner()));
const found = (bytes) => NAMES.filter((n) => bytes.includes(Buffer.from(n, 'utf8')));

test('the printed link opens the turf; the server only ever sent ciphertext; the key leaves the address bar', async () => {
  assert.match(link, new RegExp(`^${server.url.replace(/[.]/g, '\\.')}\\?turf=${TURF}#k=[A-Za-z0-9_-]{43}$`));
  const key = new URL(link).hash.slice('#k='.length);
  const onDisk = fs.readFileSync(path.join(webRoot, TURF));
  assert.equal(onDisk.subarray(0, 4).toString('latin1'), 'PTK2');
  assert.deepEqual(found(onDisk), [], 'the package on the server names voters');

  const { context, page } = await newPhone(browser);
  const received = [];
  page.on('response', async (r) => { if (new URL(r.url()).pathname.endsWith('.turf')) received.push(await r.body()); });
  const seen = requests.length;
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  // Gone from the address bar and from the history entry, before anything else.
  const address = await page.evaluate(() => ({ href: location.href, hash: location.hash }));
  assert.ok(!address.href.includes('#k=') && !address.href.includes(key), address.href);
  assert.equal(address.hash, '');

  await choosePinAndOpenFirstDoor(page);
  await waitForWidget(page, '##result-not_home');
  const voters = await page.evaluate(() => window.puertaWidgets.filter((w) => w.id.includes('##voter-PV-900')).length);
  assert.ok(voters >= 1, 'the first door shows the turf\'s voters');
  assert.equal(await banner(page), '');
  await screenshot(page, 'turf-link-opened');
  assert.ok(!(await page.evaluate(() => location.href)).includes('#k='));

  // What the server saw: requests for the app and the package, none holding the key.
  const log = requests.slice(seen);
  const turfRequests = log.filter((r) => new URL(r.url, server.url).pathname.endsWith('.turf'));
  assert.ok(turfRequests.length >= 1 && turfRequests.every((r) => r.status === 200), JSON.stringify(log));
  for (const r of log) assert.ok(!r.url.includes(key) && !r.url.includes('k='), 'the key reached the server: ' + r.url);
  assert.ok(turfRequests.every((r) => r.bytes === onDisk.length), JSON.stringify(turfRequests));
  // And what the browser received for it: the same ciphertext, no name.
  assert.ok(received.length >= 1);
  for (const body of received) {
    assert.ok(body.equals(onDisk));
    assert.deepEqual(found(body), []);
  }
  await context.close();
});

test('a link with a wrong key or none says so, and the phone keeps what it recorded', async () => {
  const { context, page } = await newPhone(browser);
  const wrong = link.replace(/#k=.*/, '#k=' + otherKey);
  await page.goto(wrong);
  await waitForWidget(page, '##sample', 60000);
  await page.waitForFunction(() => window.Module?._puerta_banner && window.Module.UTF8ToString(window.Module._puerta_banner()) !== '');
  assert.equal(await banner(page), 'This link\'s key does not open this turf. Ask your organizer to send the link again.');
  assert.ok(!(await page.evaluate(() => location.href)).includes('#k='));
  await screenshot(page, 'turf-link-wrong-key');

  // The right link opens it; a door is recorded; then the link without its key.
  await page.goto(link);
  await waitForWidget(page, '##pin', 60000);
  await choosePinAndOpenFirstDoor(page);
  await tap(page, '##result-not_home');
  const recorded = await page.evaluate(() => window.Module._puerta_attempt_count());
  assert.ok(recorded >= 1);

  await page.goto(link.replace(/#k=.*/, ''));
  await waitForWidget(page, '##unlock', 60000);
  await page.waitForFunction(() => window.Module.UTF8ToString(window.Module._puerta_banner()) !== '');
  assert.match(await banner(page), /^This turf link is incomplete: the part after # is missing\..*Nothing recorded on this phone was changed\.$/);
  await screenshot(page, 'turf-link-no-key');
  await typeInto(page, '##pin', PIN);
  await tap(page, '##unlock');
  await waitForWidget(page, '##next-door', 60000);
  assert.equal(await page.evaluate(() => window.Module._puerta_attempt_count()), recorded);
  assert.ok(await widget(page, '##next-door'));
  await context.close();
});

test('the message is in the canvasser\'s language', async () => {
  const expected = {
    es: 'La clave de este enlace no abre esta zona.',
    zh: '这个链接里的密钥打不开这个片区。',
    ko: '이 링크의 키로는 이 구역을 열 수 없어요.',
  };
  for (const [lang, text] of Object.entries(expected)) {
    const { context, page } = await newPhone(browser);
    await page.goto(server.url);
    await tap(page, '##lang-' + lang);
    await page.goto(link.replace(/#k=.*/, '#k=' + otherKey));
    await waitForWidget(page, '##sample', 60000);
    await page.waitForFunction(() => window.Module.UTF8ToString(window.Module._puerta_banner()) !== '');
    assert.ok((await banner(page)).startsWith(text), await banner(page));
    if (lang !== 'es') {  // the Chinese and Korean font arrives on first use
      // (An earlier note here said a page loaded with Chinese or Korean already
      // chosen drew "?" once the font was there. Not seen on 2026-12-03 after
      // the first-screens font gained its bold face: the screenshots
      // turf-link-wrong-key-zh/-ko show every word drawn.)
      await page.waitForFunction(() => window.Module.FS.analyzePath('/assets/fonts/ui-cjk.ttc').exists, null, { timeout: 30000 });
    }
    await settle(page, 8);
    await screenshot(page, `turf-link-wrong-key-${lang}`);
    await context.close();
  }
});

// A link whose turf is not on the server (a typo, a package taken down): the
// server's answer, said in the canvasser's language (the fetch's own reason is
// English and stays in the console).
test('a link to a turf the server does not have says so, in the canvasser\'s language', async () => {
  const expected = {
    en: 'This link does not lead to a turf (the server answered 404). Ask your organizer to send the link again.',
    vi: 'Đường link này không dẫn tới khu vực nào (máy chủ trả lời 404). Hãy nhờ người tổ chức gửi lại đường link.',
    zh: '这个链接找不到片区（服务器回复 404）。请让组织者重新发一次链接。',
  };
  for (const [lang, text] of Object.entries(expected)) {
    const { context, page } = await newPhone(browser);
    await page.goto(server.url);
    await tap(page, '##lang-' + lang);
    await page.goto(server.url + '?turf=no-such-turf.turf#k=' + otherKey);
    await waitForWidget(page, '##sample', 60000);
    await page.waitForFunction(() => window.Module.UTF8ToString(window.Module._puerta_banner()) !== '');
    assert.equal(await banner(page), text);
    await context.close();
  }
});
