// A turf package carries the CJK font its screens need (`puerta package`
// subsets Noto Sans CJK with HarfBuzz: native/cli/font_subset.h): a canvasser
// whose phone speaks Chinese opens the link and reaches the first
// conversation with every character drawn (no replacement glyph) and no
// request for the app's large CJK font. The same turf packaged --no-font
// fetches it: the check can fail. core/ui/theme.h (UsePackageFont).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { newPhone, waitForWidget, tap, settle, screenshot, webRoot, repoRoot, choosePinAndName, startFirstConversation } from './lib/phone.js';
import { useApp } from './lib/suite.js';
import { packageTurf, removeTurf } from './lib/fixtures.js';

const app = useApp();
const LIST = path.join(repoRoot, 'assets/sample/walk-list.csv');  // made-up voters with Chinese and Korean names
const WITH_FONT = 'test-font-zh.turf';
const WITHOUT_FONT = 'test-font-none.turf';
let withFont, withoutFont;
before(() => {
  const args = ['--list', LIST, '--name', '东区 · 星期六', '--organization', 'Vecinos', '--unsealed-exports',
    '--base-url', 'http://127.0.0.1/'];
  withFont = new URL(packageTurf(args, path.join(webRoot, WITH_FONT)).link);
  withoutFont = new URL(packageTurf([...args, '--no-font'], path.join(webRoot, WITHOUT_FONT)).link);
});
after(() => { removeTurf(WITH_FONT); removeTurf(WITHOUT_FONT); });

const BIG_FONT = '/assets/fonts/ui-cjk.ttc';

// From the link to the first conversation, the phone in Chinese; every font requested.
async function canvassInChinese(link, shot) {
  // The service worker precaches the first screens' font for offline use: blocked here, so
  // what is counted is what the screens themselves asked for.
  const { context, page } = await newPhone(app.browser, { locale: 'zh-CN', serviceWorkers: 'block' });
  const fonts = [];
  page.on('request', (r) => { if (r.url().includes('/assets/fonts/')) fonts.push(new URL(r.url()).pathname); });
  await page.goto(`${app.server.url}${link.search}${link.hash}`);
  await waitForWidget(page, '##pin', 60000);
  await choosePinAndName(page, '730184', 'Li Wei');  // typed: a CJK name would need the large font (by design)
  await startFirstConversation(page);
  await tap(page, '##script-lang-zh');  // the script in Chinese too (the first door's voter prefers English)
  await settle(page);
  await page.waitForFunction(() => !window.Module._puerta_held_for_font(), null, { timeout: 30000 });
  await settle(page);
  const replacement = await page.evaluate(() => window.Module._puerta_replacement_glyphs());
  if (shot) await screenshot(page, shot);
  await context.close();
  return { fonts, replacement };
}

test('zh: a turf with its own font reaches the first conversation in Chinese with no request for the big font', async () => {
  const { fonts, replacement } = await canvassInChinese(withFont, 'package-font-zh-conversation');
  assert.equal(replacement, 0, 'a character was drawn as a replacement glyph');
  assert.ok(!fonts.includes(BIG_FONT), `fonts asked for: ${fonts}`);
  assert.deepEqual(fonts, [], 'no CJK font fetched at all');
});

test('zh: the same turf packaged --no-font fetches the big font (the check above can fail)', async () => {
  const { fonts } = await canvassInChinese(withoutFont, null);
  assert.ok(fonts.includes(BIG_FONT), `fonts asked for: ${fonts}`);
});
