// Usage: node check.mjs URL  -> prints {"frameName": [x, y, w, h], ...} as Phaser 3 sees the atlas.
import { chromium } from 'playwright-core';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage();
  page.on('pageerror', (e) => console.error('page error:', e.message));
  await page.goto(url);
  await page.waitForFunction(() => window.__frames !== undefined, null, { timeout: 60000 });
  console.log(JSON.stringify(await page.evaluate(() => window.__frames)));
} finally {
  await browser.close();
}
