// Usage: node check.mjs URL  -> prints the page's window.__frames as JSON (e.g. {"frameName": [x, y,
// w, h], ...} as Phaser 3 sees the atlas). WebGL through SwiftShader (no GPU here).
import { chromium } from 'playwright-core';

const url = process.argv[2];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-quic', '--no-first-run',
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
