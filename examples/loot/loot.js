// Roll new sprites in a browser from a `spriteforge export` folder.
//
// onnxruntime-web runs generator.onnx; clean() follows SpriteStyle.clean
// (toolkit/pixelart/cleanup.py) step for step, with style.json as its data and
// numpy's random generator (PCG64) for its seeded k-means start, so a raw sprite
// cleans to the same bytes here as in Python (but for float ties).
(function (global) {
  'use strict';

  function seedSequenceState(seed, words) {  // numpy.random.SeedSequence(seed).generate_state(words, uint32)
    const mul = (a, b) => Math.imul(a, b) >>> 0;
    let hashA = 0x43b0d7e5;
    const hashmix = (v) => {
      v = (v ^ hashA) >>> 0;
      hashA = mul(hashA, 0x931e8875);
      v = mul(v, hashA);
      return (v ^ (v >>> 16)) >>> 0;
    };
    const mix = (x, y) => {
      let r = (mul(0xca01f9dd, x) - mul(0x4973f715, y)) >>> 0;
      return (r ^ (r >>> 16)) >>> 0;
    };
    const entropy = [];
    let s = BigInt(seed);
    do { entropy.push(Number(s & 0xFFFFFFFFn)); s >>= 32n; } while (s > 0n);
    const pool = [0, 0, 0, 0];
    for (let i = 0; i < 4; i++) pool[i] = hashmix(i < entropy.length ? entropy[i] : 0);
    for (let a = 0; a < 4; a++) for (let b = 0; b < 4; b++) if (a !== b) pool[b] = mix(pool[b], hashmix(pool[a]));
    for (let a = 4; a < entropy.length; a++) for (let b = 0; b < 4; b++) pool[b] = mix(pool[b], hashmix(entropy[a]));
    let hashB = 0x8b51f9dd;
    const out = [];
    for (let i = 0; i < words; i++) {
      let v = (pool[i % 4] ^ hashB) >>> 0;
      hashB = mul(hashB, 0x58f38ded);
      v = mul(v, hashB);
      out.push((v ^ (v >>> 16)) >>> 0);
    }
    return out;
  }
  const M128 = (1n << 128n) - 1n, M64 = (1n << 64n) - 1n;
  const PCG_MULT = (2549297995355413924n << 64n) + 4865540595714422341n;
  // numpy.random.default_rng(seed): PCG64 (XSL-RR 128/64) seeded through SeedSequence, with
  // Generator.random() and Generator.integers(n) drawn as numpy draws them.
  class PCG64 {
    constructor(seed) {
      const w = seedSequenceState(seed, 8).map(BigInt);
      const u64 = (i) => w[2 * i] | (w[2 * i + 1] << 32n);
      const initstate = (u64(0) << 64n) | u64(1), initseq = (u64(2) << 64n) | u64(3);
      this.inc = ((initseq << 1n) | 1n) & M128;
      this.state = 0n;
      this.step();
      this.state = (this.state + initstate) & M128;
      this.step();
      this.buffered = null;
    }
    step() { this.state = (this.state * PCG_MULT + this.inc) & M128; }
    next64() {
      this.step();
      const hi = this.state >> 64n, lo = this.state & M64, x = hi ^ lo, rot = hi >> 58n;
      return ((x >> rot) | (x << ((64n - rot) & 63n))) & M64;
    }
    next32() {
      if (this.buffered !== null) { const v = this.buffered; this.buffered = null; return v; }
      const v = this.next64();
      this.buffered = Number(v >> 32n);
      return Number(v & 0xFFFFFFFFn);
    }
    random() { return Number(this.next64() >> 11n) / 9007199254740992; }
    integers(n) {  // [0, n), numpy's Lemire draw for ranges under 2^32
      const rng = n - 1;
      if (rng === 0) return 0;
      let m = this.next32() * n, left = m % 4294967296;
      if (left < n) {
        const threshold = (4294967295 - rng) % n;
        while (left < threshold) { m = this.next32() * n; left = m % 4294967296; }
      }
      return Math.floor(m / 4294967296);
    }
  }

  function gaussian(rng) {  // Box-Muller (numpy's standard_normal is a ziggurat: other latents)
    let u = 0;
    while (u === 0) u = rng.random();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.random());
  }

  function rint(v) {  // numpy's rint: halves to even
    const r = Math.round(v);
    return (r - v === 0.5 && r % 2 !== 0) ? r - 1 : r;
  }

  // sRGB 0..255 -> CIE Lab (D65), as skimage.color.rgb2lab; L* times `lightness`.
  function lab(r, g, b, lightness) {
    const lin = (c) => { c /= 255; return c > 0.04045 ? Math.pow((c + 0.055) / 1.055, 2.4) : c / 12.92; };
    const R = lin(r), G = lin(g), B = lin(b);
    const f = (t) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((0.412453 * R + 0.357580 * G + 0.180423 * B) / 0.95047);
    const y = f(0.212671 * R + 0.715160 * G + 0.072169 * B);
    const z = f((0.019334 * R + 0.119193 * G + 0.950227 * B) / 1.08883);
    return [(116 * y - 16) * lightness, 500 * (x - y), 200 * (y - z)];
  }

  function sq(a, b) {
    const d0 = a[0] - b[0], d1 = a[1] - b[1], d2 = a[2] - b[2];
    return d0 * d0 + d1 * d1 + d2 * d2;
  }

  function median(v) {
    const s = v.slice().sort((a, b) => a - b), k = s.length;
    return k % 2 ? s[(k - 1) / 2] : (s[k / 2 - 1] + s[k / 2]) / 2;
  }

  function luma(c) { return c[0] * 0.299 + c[1] * 0.587 + c[2] * 0.114; }  // stats.luma

  function nearest(p, centres) {  // lowest index on a tie
    let best = 0, bd = Infinity;
    for (let j = 0; j < centres.length; j++) {
      const d = sq(p, centres[j]);
      if (d < bd) { bd = d; best = j; }
    }
    return best;
  }

  function kmeans(x, k, rng, iters) {  // k-means++ start, then Lloyd (toolkit/kmeans.py)
    const n = x.length, X = new Float64Array(n * 3);
    x.forEach((p, i) => { X[i * 3] = p[0]; X[i * 3 + 1] = p[1]; X[i * 3 + 2] = p[2]; });
    const C = new Float64Array(k * 3);
    const d2 = (i, j, Y) => {  // squared distance of row i of X to row j of Y, summed left to right
      const e0 = X[i * 3] - Y[j * 3], e1 = X[i * 3 + 1] - Y[j * 3 + 1], e2 = X[i * 3 + 2] - Y[j * 3 + 2];
      return e0 * e0 + e1 * e1 + e2 * e2;
    };
    const d2c = (a, c) => {  // between two centres
      const e0 = C[a * 3] - C[c * 3], e1 = C[a * 3 + 1] - C[c * 3 + 1], e2 = C[a * 3 + 2] - C[c * 3 + 2];
      return e0 * e0 + e1 * e1 + e2 * e2;
    };
    let j = rng.integers(n);
    C.set(X.subarray(j * 3, j * 3 + 3), 0);
    const d = new Float64Array(n), cum = new Float64Array(n);
    for (let i = 0; i < n; i++) d[i] = d2(i, 0, C);
    for (let m = 1; m < k; m++) {
      let total = 0;
      for (let i = 0; i < n; i++) cum[i] = (total += d[i]);
      if (total > 0) {
        const t = rng.random() * total;
        j = n - 1;
        for (let i = 0; i < n; i++) if (cum[i] > t) { j = i; break; }
      } else {
        j = rng.integers(n);
      }
      const c0 = X[j * 3], c1 = X[j * 3 + 1], c2 = X[j * 3 + 2];
      C[m * 3] = c0; C[m * 3 + 1] = c1; C[m * 3 + 2] = c2;
      for (let i = 0, o = 0; i < n; i++, o += 3) {
        const e0 = X[o] - c0, e1 = X[o + 1] - c1, e2 = X[o + 2] - c2, v = e0 * e0 + e1 * e1 + e2 * e2;
        if (v < d[i]) d[i] = v;
      }
    }
    // Lloyd with Hamerly's bounds: a row whose distance to its centre (an upper bound) stays
    // below its distance to every other (a lower bound) and half the gap to the nearest other
    // centre keeps its label unscanned. The bounds carry a margin, so the labels are exactly a
    // full scan's (nearest centre, the lowest index on a tie).
    const up = new Float64Array(n), low = new Float64Array(n), half = new Float64Array(k);
    const safe = (v) => v * (1 + 1e-9) + 1e-9;
    const scan = (i, out) => {  // the exact nearest centre of row i, bounds reset
      const x0 = X[i * 3], x1 = X[i * 3 + 1], x2 = X[i * 3 + 2];
      let best = 0, bd = Infinity, second = Infinity;
      for (let c = 0, o = 0; c < k; c++, o += 3) {
        const e0 = x0 - C[o], e1 = x1 - C[o + 1], e2 = x2 - C[o + 2];
        const v = e0 * e0 + e1 * e1 + e2 * e2;
        if (v < bd) { second = bd; bd = v; best = c; } else if (v < second) second = v;
      }
      out[i] = best;
      up[i] = Math.sqrt(bd);
      low[i] = Math.sqrt(second);
    };
    let labels = new Int32Array(n);
    for (let i = 0; i < n; i++) scan(i, labels);
    const cnt = new Float64Array(k), sums = new Float64Array(k * 3), old = new Float64Array(k * 3);
    const moved = new Float64Array(k);
    for (let it = 0; it < iters; it++) {
      cnt.fill(0); sums.fill(0);
      for (let i = 0; i < n; i++) {
        const l = labels[i];
        cnt[l]++;
        for (let a = 0; a < 3; a++) sums[l * 3 + a] += X[i * 3 + a];
      }
      old.set(C);
      for (let c = 0; c < k; c++) if (cnt[c] > 0) for (let a = 0; a < 3; a++) C[c * 3 + a] = sums[c * 3 + a] / cnt[c];
      let most = 0;
      for (let c = 0; c < k; c++) {
        const e0 = C[c * 3] - old[c * 3], e1 = C[c * 3 + 1] - old[c * 3 + 1], e2 = C[c * 3 + 2] - old[c * 3 + 2];
        moved[c] = Math.sqrt(e0 * e0 + e1 * e1 + e2 * e2);
        most = Math.max(most, moved[c]);
      }
      for (let c = 0; c < k; c++) {
        let g = Infinity;
        for (let o = 0; o < k; o++) if (o !== c) g = Math.min(g, d2c(c, o));
        half[c] = Math.sqrt(g) / 2;
      }
      const next = new Int32Array(n);
      let same = true;
      for (let i = 0; i < n; i++) {
        const l = labels[i];
        up[i] = safe(up[i] + moved[l]);
        low[i] = (low[i] - most) * (1 - 1e-9) - 1e-9;
        const bound = Math.max(low[i], half[l] * (1 - 1e-9) - 1e-9);
        if (up[i] < bound) { next[i] = l; continue; }
        up[i] = safe(Math.sqrt(d2(i, l, C)));  // a tight upper bound first: often enough
        if (up[i] < bound) { next[i] = l; continue; }
        scan(i, next);
        if (next[i] !== l) same = false;
      }
      if (same) break;
      labels = next;
    }
    const centres = [];
    for (let c = 0; c < k; c++) centres.push([C[c * 3], C[c * 3 + 1], C[c * 3 + 2]]);
    return { centres, labels: Array.from(labels) };
  }

  // Palette colours bucketed on a grid of `cell`-unit cubes: the nearest colour not taken yet
  // without a scan (toolkit/pixelart/palette.py PaletteIndex: the same answers).
  class PaletteIndex {
    constructor(colours, cell) {
      this.colours = colours;
      this.cell = cell;
      const q = colours.map((p) => p.map((v) => Math.floor(v / cell)));
      this.lo = [Infinity, Infinity, Infinity];
      const hi = [-Infinity, -Infinity, -Infinity];
      for (const r of q) for (let a = 0; a < 3; a++) { this.lo[a] = Math.min(this.lo[a], r[a]); hi[a] = Math.max(hi[a], r[a]); }
      this.shape = hi.map((v, a) => v - this.lo[a] + 1);
      const cells = this.shape[0] * this.shape[1] * this.shape[2];
      const key = q.map((r) => ((r[0] - this.lo[0]) * this.shape[1] + r[1] - this.lo[1]) * this.shape[2] + r[2] - this.lo[2]);
      this.starts = new Int32Array(cells + 1);
      for (const k of key) this.starts[k + 1]++;
      for (let i = 0; i < cells; i++) this.starts[i + 1] += this.starts[i];
      this.order = new Int32Array(colours.length);
      const fill = this.starts.slice(0, cells);
      key.forEach((k, i) => { this.order[fill[k]++] = i; });  // ascending colour index within a cell
    }

    // Index of the colour nearest c among those not `used` (least squared distance, lowest
    // index on a tie; -1 if all are used): rings of cells grow until nothing outside is nearer.
    nearestFree(c, used) {
      const S = this.shape, cell = [0, 1, 2].map((a) => Math.floor(c[a] / this.cell) - this.lo[a]);
      let reach = 0, r = 0;
      for (let a = 0; a < 3; a++) {
        reach = Math.max(reach, cell[a], S[a] - 1 - cell[a]);
        r = Math.max(r, -cell[a], cell[a] - S[a] + 1);
      }
      for (;; r++) {
        const lo = cell.map((v, a) => Math.min(Math.max(v - r, 0), S[a] - 1));
        const hi = cell.map((v, a) => Math.min(Math.max(v + r, 0), S[a] - 1));
        let best = -1, bd = Infinity;
        if (lo.every((v, a) => v <= hi[a])) {
          for (let x = lo[0]; x <= hi[0]; x++) for (let y = lo[1]; y <= hi[1]; y++) {
            const row = (x * S[1] + y) * S[2];
            for (let t = this.starts[row + lo[2]]; t < this.starts[row + hi[2] + 1]; t++) {
              const i = this.order[t];
              if (used[i]) continue;
              const d = sq(this.colours[i], c);
              if (d < bd || (d === bd && i < best)) { bd = d; best = i; }
            }
          }
        }
        if (best >= 0 && (r >= reach || bd < r * this.cell * (r * this.cell) * (1 - 1e-9))) return best;
        if (best < 0 && r >= reach) return -1;
      }
    }
  }

  // Floyd-Steinberg on a serpentine path (steps.diffuse): each solid pixel takes its nearest
  // colour of `cl` and passes `strength` x its error on to the solid pixels not yet visited;
  // the next row's share wraps around the side edges (tiles that repeat).
  const DIFFUSION = [[0, 1, 7 / 16], [1, -1, 3 / 16], [1, 0, 5 / 16], [1, 1, 1 / 16]];
  function diffuse(lab, solid, cl, strength, w, h) {
    const n = w * h, work = new Float64Array(n * 3), idx = new Int32Array(n).fill(-1);
    for (let i = 0; i < n; i++) if (solid[i]) for (let c = 0; c < 3; c++) work[i * 3 + c] = lab[i][c];
    const K = cl.length, flat = new Float64Array(K * 3);
    cl.forEach((p, j) => { flat[j * 3] = p[0]; flat[j * 3 + 1] = p[1]; flat[j * 3 + 2] = p[2]; });
    for (let y = 0; y < h; y++) {
      const d = y % 2 === 0 ? 1 : -1;
      for (let s = 0; s < w; s++) {
        const x = d === 1 ? s : w - 1 - s, i = y * w + x;
        if (!solid[i]) continue;
        const v0 = work[i * 3], v1 = work[i * 3 + 1], v2 = work[i * 3 + 2];
        let k = 0, bd = Infinity;
        for (let j = 0; j < K; j++) {
          const e0 = flat[j * 3] - v0, e1 = flat[j * 3 + 1] - v1, e2 = flat[j * 3 + 2] - v2;
          const e = e0 * e0 + e1 * e1 + e2 * e2;
          if (e < bd) { bd = e; k = j; }
        }
        idx[i] = k;
        const r0 = (v0 - flat[k * 3]) * strength, r1 = (v1 - flat[k * 3 + 1]) * strength;
        const r2 = (v2 - flat[k * 3 + 2]) * strength;
        for (const [dy, dx, wt] of DIFFUSION) {
          const yy = y + dy;
          let xx = x + dx * d;
          if (yy >= h || ((xx < 0 || xx >= w) && dy === 0)) continue;
          xx = ((xx % w) + w) % w;
          const q = yy * w + xx;
          if (solid[q]) { work[q * 3] += r0 * wt; work[q * 3 + 1] += r1 * wt; work[q * 3 + 2] += r2 * wt; }
        }
      }
    }
    return idx;
  }

  class Style {
    constructor(json) {
      Object.assign(this, json);
      const p = json.params;
      this.palLab = json.palette.map((c) => lab(c[0], c[1], c[2], p.lightness));
      const soft = json.see_through.length ? json.see_through : json.palette;
      this.soft = soft;
      this.softLab = soft.map((c) => lab(c[0], c[1], c[2], 1));
      const bytes = Uint8Array.from(atob(json.layout_f32), (ch) => ch.charCodeAt(0));
      this.layout = new Float32Array(bytes.buffer);
      this.alphaTable = new Uint8Array(256);
      if (json.alpha_table) this.alphaTable.set(json.alpha_table);  // the snap's levels, weighted by use
      else for (let v = 0; v < 256; v++) {  // styles exported before: the nearest level
        let best = json.alphas[0];
        for (const l of json.alphas) if (Math.abs(v - l) < Math.abs(v - best)) best = l;
        this.alphaTable[v] = best;  // ascending levels: a tie keeps the lower
      }
      if (json.chroma_sigma > 0) console.warn('loot.js: chroma smoothing is not implemented');
      this.used = new Uint8Array(this.palLab.length);
      this.index = this.palLab.length > p.index_from ? new PaletteIndex(this.palLab, p.index_cell) : null;
    }

    // The training sprites nearest this sprite's layout (cleanup.SpriteStyle._near).
    near(px, w, h) {
      const cell = this.layout_cell, cw = w / cell, ch = h / cell, f = new Float64Array(cw * ch * 4);
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 4, a = px[i + 3] / 255, o = ((Math.floor(y / cell) * cw) + Math.floor(x / cell)) * 4;
        for (let c = 0; c < 3; c++) f[o + c] += (px[i + c] * a + 127.5 * (1 - a)) / 255;
        f[o + 3] += a;
      }
      for (let i = 0; i < f.length; i++) f[i] /= cell * cell;
      const [n, dim] = this.layout_shape, dist = new Float64Array(n), L = this.layout;
      for (let s = 0, o = 0; s < n; s++, o += dim) {
        let t = 0;
        for (let j = 0; j < dim; j++) { const e = L[o + j] - f[j]; t += e * e; }
        dist[s] = t;
      }
      const k = Math.min(this.params.neighbours, n), top = [];  // the k nearest, in order (a stable sort's)
      for (let s = 0; s < n; s++) {
        if (top.length === k && !(dist[s] < dist[top[k - 1]])) continue;
        let at = top.length;
        while (at > 0 && dist[s] < dist[top[at - 1]]) at--;
        top.splice(at, 0, s);
        if (top.length > k) top.pop();
      }
      return top;
    }

    // Colours for this sprite: median colour count of its nearest training sprites.
    colours(near) {
      return rint(median(near.map((i) => this.counts[i])));
    }

    // Dark-outline share to reach: the lowest of the nearest training sprites' (NaN: none).
    outlineTarget(near) {
      if (!this.outlines) return NaN;
      const o = near.map((i) => this.outlines[i]).filter((v) => v >= 0);
      return o.length ? Math.min(...o) : NaN;
    }

    // K palette indices that describe the pixels `x` (Lab), most used first (palette.choose_lab).
    choose(x, k, seed) {
      const rng = new PCG64(seed);
      const keys = new Set();  // distinct colours (3 decimals), counted only until there are k
      for (let i = 0; i < x.length && keys.size < k; i++) {
        const p = x[i];
        keys.add(`${rint(p[0] * 1000)},${rint(p[1] * 1000)},${rint(p[2] * 1000)}`);
      }
      k = Math.min(k, keys.size);
      const { centres, labels } = kmeans(x, k, rng, this.params.kmeans_iters);
      const cnt = new Array(k).fill(0);
      labels.forEach((l) => cnt[l]++);
      const order = Array.from(cnt.keys()).sort((a, b) => cnt[b] - cnt[a] || a - b);
      const taken = [], used = this.used;
      for (const j of order) {
        let best = -1;
        if (this.index) best = this.index.nearestFree(centres[j], used);
        else {
          let bd = Infinity;
          this.palLab.forEach((p, i) => {
            if (used[i]) return;
            const d = sq(p, centres[j]);
            if (d < bd) { bd = d; best = i; }
          });
        }
        taken.push(best);
        used[best] = 1;
      }
      for (const i of taken) used[i] = 0;
      return taken;
    }

    // One raw sprite, (h*w*4) uint8 RGBA -> a clean one, a new Uint8ClampedArray: the steps of
    // cleanup.STEPS in order. trace(step, value), if given, sees what each step that runs made
    // (Python's SpriteStyle.clean reports the same, per pixel, -1 / null off the solid).
    clean(raw, w, h, seed = 0, trace = null) {
      const P = this.params, n = w * h, out = new Uint8ClampedArray(n * 4);
      const emit = trace ? (step, made) => trace(step, made()) : () => {};  // made: only when traced
      const alpha = new Uint8Array(n), solid = new Uint8Array(n);
      for (let i = 0; i < n; i++) { alpha[i] = this.alphaTable[raw[i * 4 + 3]]; solid[i] = alpha[i] >= 128 ? 1 : 0; }
      emit('alpha', () => Array.from(alpha));
      // specks: 8-connected solid parts below min_island px and island_share of the largest
      const part = new Int32Array(n).fill(-1), sizes = [];
      for (let s = 0; s < n; s++) {
        if (!solid[s] || part[s] >= 0) continue;
        const id = sizes.length, stack = [s];
        part[s] = id;
        let size = 0;
        while (stack.length) {
          const p = stack.pop(), py = Math.floor(p / w), px = p % w;
          size++;
          for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
            const y = py + dy, x = px + dx, q = y * w + x;
            if (y >= 0 && y < h && x >= 0 && x < w && solid[q] && part[q] < 0) { part[q] = id; stack.push(q); }
          }
        }
        sizes.push(size);
      }
      const largest = Math.max(0, ...sizes), near = this.near(raw, w, h);
      // beyond the most parts a look-alike has, every minor part goes (steps.drop_specks)
      const most = this.islands ? Math.max(...near.map((i) => this.islands[i])) : Infinity;
      const rank = new Array(sizes.length);
      Array.from(sizes.keys()).sort((a, b) => sizes[b] - sizes[a] || a - b).forEach((id, r) => { rank[id] = r; });
      for (let i = 0; i < n; i++) {
        if (!solid[i]) continue;
        const size = sizes[part[i]], minor = size < P.island_share * largest;
        if (minor && (size < P.min_island || rank[part[i]] >= most)) { solid[i] = 0; alpha[i] = 0; }
      }
      emit('specks', () => Array.from(solid));
      const where = [], x = [];
      const rawLab = new Array(n).fill(null);
      for (let i = 0; i < n; i++) {
        if (!solid[i]) continue;
        rawLab[i] = lab(raw[i * 4], raw[i * 4 + 1], raw[i * 4 + 2], P.lightness);
        where.push(i); x.push(rawLab[i]);
      }
      if (this.hues) {  // hue families, in place: despeckle compares with them too
        if (x.length) {
          const y = this.hueFamilies(x, this.hues);
          where.forEach((i, j) => { rawLab[i] = y[j]; x[j] = y[j]; });
        }
        emit('hues', () => rawLab.slice());
      }
      // choose: K from the layout's neighbours, chosen from the palette by k-means in Lab
      const k = this.colours(near);
      const chosen = !x.length ? [] : this.palLab.length > k ? this.choose(x, k, seed) : this.palLab.map((_, i) => i);
      const cl = chosen.map((i) => this.palLab[i]);
      emit('choose', () => chosen.slice());
      let idx;
      if (this.dither > 0) {  // texture styles: error diffusion in place of despeckle and outline
        idx = x.length ? diffuse(rawLab, solid, cl, this.dither, w, h) : new Int32Array(n).fill(-1);
        emit('map', () => Array.from(idx));
      } else {
        idx = new Int32Array(n).fill(-1);
        where.forEach((i, j) => { idx[i] = nearest(x[j], cl); });
        emit('map', () => Array.from(idx));
        if (P.despeckle > 0) {
          idx = this.despeckle(idx, rawLab, cl, w, h);
          emit('despeckle', () => Array.from(idx));
        }
        if (this.outlines) {
          idx = this.closeOutline(idx, solid, cl, chosen.map((i) => luma(this.palette[i])),
                                  this.outlineTarget(near), w, h);
          emit('outline', () => Array.from(idx));
        }
      }
      for (const i of where) {
        const c = this.palette[chosen[idx[i]]];
        out[i * 4] = c[0]; out[i * 4 + 1] = c[1]; out[i * 4 + 2] = c[2];
      }
      // see_through: pixels 0 < alpha < 128 take the nearest colour the set uses there
      for (let i = 0; i < n; i++) {
        out[i * 4 + 3] = alpha[i];
        if (alpha[i] > 0 && !solid[i]) {
          const c = this.soft[nearest(lab(raw[i * 4], raw[i * 4 + 1], raw[i * 4 + 2], 1), this.softLab)];
          out[i * 4] = c[0]; out[i * 4 + 1] = c[1]; out[i * 4 + 2] = c[2];
        }
        if (alpha[i] === 0) out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = 0;
      }
      emit('see_through', () => Array.from(out));
      return out;
    }

    // Chromatic pixels pulled within hue_width degrees of one of at most `families` hue
    // centres: the chroma-weighted hue histogram's peaks (steps.hue_families).
    hueFamilies(x, families) {
      const P = this.params, bins = P.hue_bins, width = 360 / bins, W = P.hue_width;
      const c = x.map((p) => Math.hypot(p[1], p[2]));
      const ch = [];
      c.forEach((v, j) => { if (v > P.hue_chroma) ch.push(j); });
      if (ch.length < 2 || families < 1) return x;
      const wrap = (v) => { const m = v % 360; return m < 0 ? m + 360 : m; };  // numpy's float %
      const h = ch.map((j) => wrap(Math.atan2(x[j][2], x[j][1]) * (180 / Math.PI)));
      const hist = new Float64Array(bins);
      ch.forEach((j, t) => { hist[Math.min(Math.floor(h[t] / width), bins - 1)] += c[j]; });
      let total = 0;
      for (let b = 0; b < bins; b++) total += hist[b];
      const smooth = new Float64Array(bins), kern = [1, 6, 15, 20, 15, 6, 1];
      for (let s = -3; s <= 3; s++) {
        for (let b = 0; b < bins; b++) smooth[b] += kern[s + 3] * hist[(((b - s) % bins) + bins) % bins];
      }
      const centres = Array.from({ length: bins }, (_, b) => (b + 0.5) * width);
      const gapTo = (a, b) => Math.abs(wrap(a - b + 180) - 180);
      const picked = [];
      for (let f = 0; f < families; f++) {
        let j = 0;
        for (let b = 1; b < bins; b++) if (smooth[b] > smooth[j]) j = b;
        let near = 0;
        for (let b = 0; b < bins; b++) if (gapTo(centres[b], centres[j]) <= W) near += hist[b];
        if (picked.length && (smooth[j] <= 0 || near < P.hue_share * total)) break;
        picked.push(centres[j]);
        for (let b = 0; b < bins; b++) if (gapTo(centres[b], centres[j]) < 2 * W) smooth[b] = 0;
      }
      const out = x.slice();
      ch.forEach((j, t) => {
        let d = Infinity;
        for (const p of picked) {
          const e = wrap(h[t] - p + 180) - 180;
          if (Math.abs(e) < Math.abs(d)) d = e;
        }
        if (Math.abs(d) <= W) return;
        const turned = (h[t] - d + Math.min(Math.max(d, -W), W)) * (Math.PI / 180);
        out[j] = [x[j][0], c[j] * Math.cos(turned), c[j] * Math.sin(turned)];
      });
      return out;
    }

    // Silhouette pixels nearest to dark take the nearest dark-enough colour (a neighbour's
    // first) until the dark-outline share reaches `target` (steps.close_outline).
    closeOutline(idx, solid, cl, cy, target, w, h) {
      const out = idx.slice();
      if (!Number.isFinite(target)) return out;
      const n = w * h, y = new Float64Array(n), ref = new Float64Array(n);
      const s = (yy, xx) => yy >= 0 && yy < h && xx >= 0 && xx < w && solid[yy * w + xx] === 1;
      const clear = (yy, xx) => yy >= 0 && yy < h && xx >= 0 && xx < w && !solid[yy * w + xx];  // the frame is not
      const edge = new Uint8Array(n), interior = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        if (!solid[i]) continue;
        y[i] = cy[idx[i]];
        const r = Math.floor(i / w), c = i % w;
        edge[i] = s(r - 1, c) && s(r + 1, c) && s(r, c - 1) && s(r, c + 1) ? 0 : 1;
        interior[i] = 1 - edge[i];
      }
      let scored = 0, dark = 0;
      const isScored = new Uint8Array(n), open = new Uint8Array(n);
      for (let i = 0; i < n; i++) {
        if (!edge[i]) continue;
        const r = Math.floor(i / w), c = i % w;
        let tot = 0, cnt = 0;
        for (let dy = -1; dy <= 1; dy++) for (let dx = -1; dx <= 1; dx++) {
          if (dy === 0 && dx === 0) continue;
          const yy = r + dy, xx = c + dx;
          if (yy >= 0 && yy < h && xx >= 0 && xx < w && interior[yy * w + xx]) { tot += y[yy * w + xx]; cnt++; }
        }
        if (!cnt) continue;
        isScored[i] = 1; scored++;
        ref[i] = tot / cnt - this.params.outline_margin;
        if (y[i] < ref[i]) dark++;
        open[i] = clear(r - 1, c) || clear(r + 1, c) || clear(r, c - 1) || clear(r, c + 1) ? 1 : 0;
      }
      let need = Math.ceil(target * scored - 1e-9) - dark;
      if (need <= 0) return out;
      const cand = [];
      for (let i = 0; i < n; i++) if (isScored[i] && y[i] >= ref[i] && open[i]) cand.push(i);
      cand.sort((a, b) => (y[a] - ref[a]) - (y[b] - ref[b]) || a - b);
      for (const i of cand) {
        const darkCols = [];
        cy.forEach((v, k) => { if (v < ref[i]) darkCols.push(k); });
        if (!darkCols.length) continue;
        const r = Math.floor(i / w), c = i % w, nb = new Set();
        if (r > 0 && solid[i - w]) nb.add(out[i - w]);
        if (r < h - 1 && solid[i + w]) nb.add(out[i + w]);
        if (c > 0 && solid[i - 1]) nb.add(out[i - 1]);
        if (c < w - 1 && solid[i + 1]) nb.add(out[i + 1]);
        const shared = darkCols.filter((k) => nb.has(k));
        const pool = shared.length ? shared : darkCols;
        let best = pool[0], bd = Infinity;
        for (const k of pool) { const d = sq(cl[k], cl[out[i]]); if (d < bd) { bd = d; best = k; } }
        out[i] = best;
        if (--need <= 0) break;
      }
      return out;
    }

    // A solid pixel whose colour none of its 4-neighbours share takes the colour most of them
    // share (two or more) when its own raw colour is near it (steps.despeckle).
    despeckle(idx, rawLab, cl, w, h) {
      const out = idx.slice();
      for (let y = 0; y < h; y++) for (let x = 0; x < w; x++) {
        const i = y * w + x;
        if (idx[i] < 0) continue;
        const nb = [y > 0 ? idx[i - w] : -1, y < h - 1 ? idx[i + w] : -1,
                    x > 0 ? idx[i - 1] : -1, x < w - 1 ? idx[i + 1] : -1];
        if (nb.includes(idx[i])) continue;
        let best = -1, votes = 0;
        for (const c of nb) {
          if (c < 0) continue;
          const v = nb.filter((o) => o === c).length;
          if (v > votes) { votes = v; best = c; }
        }
        if (votes >= 2 && Math.sqrt(sq(cl[best], rawLab[i])) < this.params.despeckle) out[i] = best;
      }
      return out;
    }
  }

  // CIE Lab (D65) -> sRGB 0..255 floats, as skimage.color.lab2rgb (pixelart.palette.from_lab).
  const RGB_FROM_XYZ = [3.2404813432005266, -1.5371515162713183, -0.4985363261688878,
    -0.9692549499965682, 1.8759900014898907, 0.04155592655829284,
    0.055646639135177166, -0.20404133836651123, 1.0573110696453443];
  function fromLab(L, a, b) {
    const y = (L + 16) / 116, x = a / 500 + y, z = Math.max(y - b / 200, 0);
    const f = (t) => (t > 0.2068966 ? t ** 3 : (t - 16 / 116) / 7.787);
    const X = f(x) * 0.95047, Y = f(y), Z = f(z) * 1.08883, M = RGB_FROM_XYZ;
    return [0, 3, 6].map((o) => {
      let v = X * M[o] + Y * M[o + 1] + Z * M[o + 2];
      v = v > 0.0031308 ? 1.055 * v ** (1 / 2.4) - 0.055 : v * 12.92;
      return Math.min(Math.max(v, 0), 1) * 255;
    });
  }

  // Whether (L*, chroma, hue radians) lies inside sRGB (pixelart.recolor._fits).
  function fits(L, c, h) {
    const fy = (L + 16) / 116, f = [fy + c * Math.cos(h) / 500, fy, fy - c * Math.sin(h) / 200];
    const w = [0.95047, 1, 1.08883], xyz = f.map((t, i) => (t > 6 / 29 ? t ** 3 : (t - 16 / 116) / 7.787) * w[i]);
    const M = RGB_FROM_XYZ;
    return [0, 3, 6].every((o) => {
      const v = xyz[0] * M[o] + xyz[1] * M[o + 1] + xyz[2] * M[o + 2];
      return v >= -1e-6 && v <= 1 + 1e-6;
    });
  }

  // Loot tiers (toolkit/pixelart/recolor.py): a sprite's main colour ramp turned to a tier's hue
  // at its own lightness; outline, alpha and the other ramps kept. `params`: style.json's "tiers".
  const TIER = { outline_l: 22, hue_chroma: 15, family_width: 40, tier_chroma: 45 };
  function toTier(rgba, colour, P = TIER) {
    const tally = new Map();
    for (let i = 0; i < rgba.length; i += 4) {
      if (!rgba[i + 3]) continue;
      const key = (rgba[i] << 16) | (rgba[i + 1] << 8) | rgba[i + 2];
      tally.set(key, (tally.get(key) || 0) + 1);
    }
    const keys = [...tally.keys()].sort((a, b) => a - b);  // numpy's unique order: R, then G, then B
    const cols = keys.map((k) => [k >> 16, (k >> 8) & 255, k & 255]), counts = keys.map((k) => tally.get(k));
    const labs = cols.map((c) => lab(c[0], c[1], c[2], 1));
    const chroma = labs.map((l) => Math.hypot(l[1], l[2]));
    const hue = labs.map((l) => (((Math.atan2(l[2], l[1]) * 180) / Math.PI) % 360 + 360) % 360);
    // ramps: neutral (0) or a hue family, strongest colours first (recolor.ramps)
    const ramp = new Array(cols.length).fill(0), centres = [];
    const byChroma = Array.from(cols.keys()).sort((a, b) => chroma[b] - chroma[a] || a - b);
    for (const i of byChroma) {
      if (chroma[i] <= P.hue_chroma) continue;
      const gaps = centres.map((x) => Math.abs((((hue[i] - x + 180) % 360) + 360) % 360 - 180));
      const g = gaps.length ? Math.min(...gaps) : Infinity;
      if (g <= P.family_width) ramp[i] = 1 + gaps.indexOf(g);
      else { centres.push(hue[i]); ramp[i] = centres.length; }
    }
    const weight = new Map();
    cols.forEach((_, i) => { if (labs[i][0] >= P.outline_l) weight.set(ramp[i], (weight.get(ramp[i]) || 0) + counts[i]); });
    if (!weight.size) return { sprite: Uint8ClampedArray.from(rgba), swap: new Map() };
    let main = -1, most = -1;
    for (const [r, v] of [...weight.entries()].sort((a, b) => a[0] - b[0])) if (v > most) { most = v; main = r; }
    const t = lab(colour[0], colour[1], colour[2], 1), tc = Math.hypot(t[1], t[2]), th = Math.atan2(t[2], t[1]);
    const swap = new Map();
    cols.forEach((c, i) => {
      if (ramp[i] !== main || labs[i][0] < P.outline_l) return;
      const L = labs[i][0], want = tc <= P.hue_chroma ? 0 : Math.max(chroma[i], P.tier_chroma, tc);
      let lo = 0, hi = want;
      if (fits(L, hi, th)) lo = hi;
      else for (let k = 0; k < 20; k++) { const mid = (lo + hi) / 2; if (fits(L, mid, th)) lo = mid; else hi = mid; }
      const rgb = fromLab(L, lo * Math.cos(th), lo * Math.sin(th)).map((v) => Math.min(255, Math.max(0, rint(v))));
      swap.set((c[0] << 16) | (c[1] << 8) | c[2], rgb);
    });
    const out = Uint8ClampedArray.from(rgba);
    for (let i = 0; i < out.length; i += 4) {
      const m = out[i + 3] ? swap.get((out[i] << 16) | (out[i + 1] << 8) | out[i + 2]) : null;
      if (m) { out[i] = m[0]; out[i + 1] = m[1]; out[i + 2] = m[2]; }
    }
    return { sprite: out, swap };
  }
  const TIERS = { common: [200, 200, 200], uncommon: [30, 255, 0], rare: [0, 112, 221], epic: [163, 53, 238],
    legendary: [255, 128, 0] };  // recolor.TIERS

  class Roller {
    // Roller.load('model/', ort): generator.json, style.json and an onnxruntime-web session.
    static async load(dir, ort) {
      const base = dir.endsWith('/') ? dir : dir + '/';
      const meta = await (await fetch(base + 'generator.json')).json();
      const style = new Style(await (await fetch(base + meta.style_json)).json());
      const session = await ort.InferenceSession.create(base + meta.file, { executionProviders: ['wasm'] });
      return new Roller(meta, style, session, ort);
    }

    constructor(meta, style, session, ort) {
      Object.assign(this, { meta, style, session, ort });
      [, this.size] = meta.output;  // G draws size x size; tiles that were not square are cut out
      [this.w, this.h] = meta.tile || [this.size, this.size];
      this.latentDim = meta.latent_dim;
      this.conditional = 'label' in meta.inputs;
    }

    // n latents and class labels from `seed`: `cls` a class index for every sprite, else as
    // generate draws them when not told: clusters by size, named classes in turn (sprite
    // `start + i` of a run gets class (start + i) mod classes).
    draw(n, seed, cls = null, start = 0) {
      const rng = new PCG64(seed), z = new Float32Array(n * this.latentDim);
      for (let i = 0; i < z.length; i++) z[i] = gaussian(rng);
      const pool = this.meta.label_pool, labels = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        labels[i] = cls !== null ? cls
          : (this.meta.clusters && pool.length ? pool[rng.integers(pool.length)]
            : (start + i) % Math.max(1, this.meta.classes.length));
      }
      return { z, labels };
    }

    // The class index of a name or number (as `?class=` gives it); null for none, -1 unknown.
    classIndex(name) {
      if (name === null || name === '' || !this.conditional || this.meta.clusters) return null;
      const i = this.meta.classes.indexOf(name);
      if (i >= 0) return i;
      const k = Number(name);
      return Number.isInteger(k) && k >= 0 && k < this.meta.classes.length ? k : -1;
    }

    // The generator's output for latents z (n * latentDim) and labels: Float32Array in [-1, 1].
    async forward(z, labels) {
      const n = z.length / this.latentDim, feeds = { z: new this.ort.Tensor('float32', z, [n, this.latentDim]) };
      if (this.conditional) feeds.label = new this.ort.Tensor('int32', Int32Array.from(labels), [n]);
      const res = await this.session.run(feeds);
      return res[this.session.outputNames[0]].data;
    }

    // -> n raw w x h sprites as Uint8ClampedArrays, as the meta's to_uint8 says (float32
    // arithmetic), cut from the centre of the output when the tiles were not square.
    toUint8(x) {
      const S = this.size, y0 = (S - this.h) >> 1, x0 = (S - this.w) >> 1, out = [];
      for (let s = 0; s * S * S * 4 < x.length; s++) {
        const a = new Uint8ClampedArray(this.w * this.h * 4);
        for (let y = 0; y < this.h; y++) for (let xx = 0; xx < this.w; xx++) for (let c = 0; c < 4; c++) {
          const v = x[((s * S + y + y0) * S + xx + x0) * 4 + c];
          a[(y * this.w + xx) * 4 + c] = Math.min(255, Math.max(0, rint(Math.fround(Math.fround(v + 1) * 127.5))));
        }
        out.push(a);
      }
      return out;
    }

    // n new clean sprites: {raw, sprites, labels}; `cls` a class index or null; `start`: how
    // many this run drew before (named classes come in turn across the calls).
    async roll(n, seed, cls = null, start = 0) {
      const { z, labels } = this.draw(n, seed, cls, start);
      const raw = this.toUint8(await this.forward(z, labels));
      return { raw, sprites: raw.map((r) => this.style.clean(r, this.w, this.h)), labels };
    }
  }

  global.Loot = { Roller, Style, PCG64, PaletteIndex, lab, fromLab, toTier, TIERS };
})(typeof window !== 'undefined' ? window : globalThis);
