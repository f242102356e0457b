// Usage: node loot.mjs URL JOB.json -> prints JSON: what the loot page (examples/loot) made.
// JOB: {"z": [...], "labels": [...]} latents to run and clean; "presses": SPACE presses in the
// dungeon; "classKeys": C presses before them; "bench": sprites to time (0: none), "benchScan":
// how many of them to time also with the palette scanned;
// "screenshot": a PNG path for the page after.
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const [url, jobFile] = process.argv.slice(2);
const job = JSON.parse(readFileSync(jobFile, 'utf8'));
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
         '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });  // the whole 1280x960 map
  const failed = [];
  page.on('pageerror', (e) => console.error('page error:', e.message));
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.error('console:', m.text()); });
  page.on('requestfailed', (r) => failed.push(r.url()));
  page.on('response', (r) => { if (r.status() >= 400) failed.push(r.url()); });
  const host = new URL(url).host, outside = [];
  await page.route('**/*', (route) => {  // everything must come from the local server
    const u = new URL(route.request().url());
    if (u.host === host || u.protocol === 'data:') return route.continue();
    outside.push(u.href);
    return route.abort();
  });
  await page.goto(url);
  await page.waitForFunction(() => window.__loot && (window.__loot.ready || window.__loot.error),
                             null, { timeout: 120000 });
  const out = await page.evaluate(async (job) => {
    const L = window.__loot;
    if (L.error) return { error: L.error };  // reported below, before any key press
    const r = L.roller;
    const x = await r.forward(Float32Array.from(job.z), job.labels);
    const raw = r.toUint8(x);
    const clean = raw.map((s) => Array.from(r.style.clean(s, r.w, r.h)));
    const res = { float: Array.from(x), raw: raw.map((s) => Array.from(s)), clean, bench: null };
    if (job.bench) {
      const { z, labels } = r.draw(job.bench, 7);
      await r.forward(z.slice(0, r.latentDim * 8), labels.slice(0, 8));  // warm-up
      let t = performance.now();
      const y = await r.forward(z, labels);
      const tForward = performance.now() - t;
      const sprites = r.toUint8(y);
      const each = [];
      t = performance.now();
      for (const s of sprites) { const t1 = performance.now(); r.style.clean(s, r.w, r.h); each.push(performance.now() - t1); }
      res.bench = { n: job.bench, forward_ms: tForward, clean_ms: performance.now() - t, clean_each_ms: each };
      if (job.benchScan) {  // the same sprites with the palette scanned (no index), interleaved: same load
        const index = r.style.index, pairs = [];
        for (const s of sprites.slice(0, job.benchScan)) {
          let t1 = performance.now(); r.style.clean(s, r.w, r.h); const a = performance.now() - t1;
          r.style.index = null;
          t1 = performance.now(); r.style.clean(s, r.w, r.h); const b = performance.now() - t1;
          r.style.index = index;
          pairs.push([a, b]);
        }
        res.bench.pairs_ms = pairs;
      }
    }
    return res;
  }, job);
  if (out.error) throw new Error(out.error);
  if (job.presses) await page.click('canvas', { position: { x: 2, y: 2 } });  // focus the game
  for (let i = 0; i < (job.classKeys || 0); i++) {  // one press at a time, each seen before the next
    const before = await page.evaluate(() => window.__loot.cls);
    await page.keyboard.press('c');
    await page.waitForFunction((b) => window.__loot.cls !== b, before, { timeout: 20000 });
  }
  for (let i = 0; i < (job.presses || 0); i++) {
    await page.keyboard.press('Space');
    await page.waitForFunction((k) => window.__loot.rolled >= k, i + 1, { timeout: 60000 });
  }
  if (job.presses) {  // every pressed chest drawn (a busy machine can lag the last roll behind the count)
    await page.waitForFunction((n) => window.__loot.chests.slice(0, n).every((c) => c.pixels),
                               job.presses, { timeout: 60000 });
  }
  for (let i = 0; i < (job.tierClicks || 0); i++) {  // click the first chest: its next loot tier
    const box = await page.evaluate(() => {
      const c = window.__loot.chests[0], cam = c.img.scene.cameras.main, canvas = document.querySelector('canvas');
      const r = canvas.getBoundingClientRect(), sx = r.width / canvas.width, sy = r.height / canvas.height;
      return { x: r.left + (c.img.x - cam.scrollX) * sx, y: r.top + (c.img.y - cam.scrollY) * sy };
    });
    await page.mouse.click(box.x, box.y);
    await page.waitForFunction((k) => (window.__loot.tiered || 0) >= k, i + 1, { timeout: 20000 });
    out['tier' + i] = await page.evaluate(() => ({ tier: window.__loot.chests[0].tier, pixels: window.__loot.chests[0].pixels,
                                                     rolled: Array.from(window.__loot.chests[0].rolled) }));
  }
  if (job.screenshot) {
    await page.waitForTimeout(400);  // the last chest's pop-in tween
    await page.locator('canvas').screenshot({ path: job.screenshot });
  }
  out.chests = await page.evaluate(() => window.__loot.chests.map((c) => c.pixels || null));
  out.labels = await page.evaluate(() => window.__loot.chests.map((c) => (c.label === undefined ? null : c.label)));
  out.status = await page.evaluate(() => document.getElementById('status').textContent);
  out.failed = failed;
  out.outside = outside;
  console.log(JSON.stringify(out));
} finally {
  await browser.close();
}
