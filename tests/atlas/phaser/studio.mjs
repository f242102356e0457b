// Usage: node studio.mjs URL SPRITE.png SCREENSHOT.png -> prints JSON: what a person did in the
// studio page with real clicks and keys (browse, keep, breed, morph, steer, recolour, drop, export,
// reload).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url, spritePng, shot] = process.argv.slice(2);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
const out = { errors: [], outside: [] };
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  page.on('pageerror', (e) => out.errors.push(e.message));
  const host = new URL(url).host;
  await page.route('**/*', (route) => {  // nothing from outside the local server
    const u = new URL(route.request().url());
    if (u.host === host || u.protocol === 'data:' || u.protocol === 'blob:') return route.continue();
    out.outside.push(u.href);
    return route.abort();
  });
  const ids = () => page.$$eval('#grid .sprite', (cs) => cs.map((c) => c.dataset.id));
  const tray = () => page.$$eval('#tray .sprite', (cs) => cs.length);
  const t0 = Date.now();
  await page.goto(url);
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  out.ready_ms = Date.now() - t0;
  out.browse = (await ids()).length;
  const pixelated = await page.$eval('#grid .sprite img', (i) => [getComputedStyle(i).imageRendering, i.width]);
  out.pixelated = pixelated;
  // keep: a click, then the keyboard (arrow, Enter)
  await page.click('#grid .sprite >> nth=0');
  await page.waitForFunction(() => document.querySelectorAll('#tray .sprite').length === 1);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => document.querySelectorAll('#tray .sprite').length === 2);
  out.kept = await tray();
  // more: Space draws the next batch
  const first = (await ids())[0];
  const t1 = Date.now();
  await page.keyboard.press('Space');
  await page.waitForFunction((f) => document.querySelector('#grid .sprite').dataset.id !== f, first);
  out.more_ms = Date.now() - t1;
  out.more_differs = (await ids())[0] !== first;
  // breed from the two favourites
  await page.click('#tray .sprite >> nth=0');
  await page.click('#tray .sprite >> nth=1');
  const t2 = Date.now();
  await page.click('#breed');
  await page.waitForFunction(() => document.querySelector('#grid-title').textContent.startsWith('Children'));
  out.breed_ms = Date.now() - t2;
  out.children = (await ids()).length;
  out.lineage = await page.$eval('#lineage', (e) => e.textContent);
  await page.click('#grid .sprite >> nth=0');  // keep a child: its lineage names its parents
  await page.waitForFunction(() => document.querySelectorAll('#tray .sprite').length === 3);
  // morph between the two selected favourites, then move the slider
  await page.click('#morph');
  await page.waitForFunction(() => document.querySelectorAll('#morph-strip img').length === 9);
  await page.$eval('#morph-t', (r) => { r.value = 8; r.dispatchEvent(new Event('input')); });
  out.morph = await page.$$eval('#morph-strip img', (is) => [is.length, is.findIndex((i) => i.className === 'at')]);
  await page.screenshot({ path: shot });  // children in the grid, favourites, lineage, the morph
  // steer: one favourite selected, a direction slider moved
  await page.click('#tray .sprite >> nth=1');  // deselect the second: one left
  await page.click('#steer');
  await page.waitForFunction(() => document.querySelectorAll('#steer-strip img').length === 5);
  const before = await page.$$eval('#steer-strip img', (is) => is.map((i) => i.dataset.id));
  await page.$eval('#dirs input', (r) => { r.value = 2; r.dispatchEvent(new Event('change')); });
  await page.waitForFunction((b) => document.querySelector('#steer-strip img').dataset.id !== b[0], before);
  out.steer = await page.$$eval('#steer-strip img', (is) => is.length);
  // the selected favourite in the five loot tiers, then in a shipped palette
  await page.click('#recolor');
  await page.waitForFunction(() => document.querySelector('#grid-title').textContent.startsWith('Common'));
  out.tiers = (await ids()).length;
  await page.selectOption('#palette', 'db16');
  await page.click('#recolor');
  await page.waitForFunction(() => document.querySelector('#grid-title').textContent.startsWith('In db16'));
  out.in_palette = (await ids()).length;
  // drop a PNG of the user's onto the page
  const b64 = readFileSync(spritePng).toString('base64');
  await page.evaluate((b64) => {
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const dt = new DataTransfer();
    dt.items.add(new File([bytes], 'mine.png', { type: 'image/png' }));
    document.querySelector('#drop').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true }));
  }, b64);
  await page.waitForFunction(() => document.querySelector('#grid-title').textContent.startsWith('Your sprite'),
                             null, { timeout: 240000 });
  out.dropped = (await ids()).length;
  // export: the zip is served
  await page.click('#export');
  await page.waitForSelector('#download:not([hidden])');
  out.zip = await page.$eval('#download', async (a) => {
    const r = await fetch(a.href);
    return [r.status, r.headers.get('content-type'), (await r.arrayBuffer()).byteLength, a.getAttribute('href')];
  });
  // reload: the favourites come back
  await page.reload();
  await page.waitForSelector('body[data-ready="1"]', { timeout: 60000 });
  out.after_reload = await tray();
  out.status = await page.$eval('#status', (e) => e.textContent);
} catch (e) {
  out.exception = String(e.stack || e);
} finally {
  await browser.close();
}
console.log(JSON.stringify(out));
