// Usage: node loot_steps.mjs JOB.json -> prints JSON: per sprite, each clean-up step loot.js ran
// and what it made. JOB: {"style": SpriteStyle.web(), "raw": [[h*w*4 bytes], ...], "w", "h", "seed"}.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

createRequire(import.meta.url)('../../examples/loot/loot.js');  // sets globalThis.Loot
const job = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const style = new globalThis.Loot.Style(job.style);
const sprites = job.raw.map((r) => {
  const steps = [];
  style.clean(Uint8Array.from(r), job.w, job.h, job.seed, (step, value) => steps.push([step, value]));
  return steps;
});
process.stdout.write(JSON.stringify(sprites));
