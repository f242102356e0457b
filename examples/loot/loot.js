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
    const n = x.length;
    const c = [x[rng.integers(n)].slice()];
    const d = x.map((p) => sq(p, c[0]));
    while (c.length < k) {
      let total = 0;
      const cum = d.map((v) => (total += v));
      let j;
      if (total > 0) {
        const t = rng.random() * total;
        j = cum.findIndex((v) => v > t);
        if (j < 0) j = n - 1;
      } else {
        j = rng.integers(n);
      }
      c.push(x[j].slice());
      for (let i = 0; i < n; i++) d[i] = Math.min(d[i], sq(x[i], x[j]));
    }
    let labels = x.map((p) => nearest(p, c));
    for (let it = 0; it < iters; it++) {
      const cnt = new Array(k).fill(0), sums = c.map(() => [0, 0, 0]);
      x.forEach((p, i) => { cnt[labels[i]]++; for (let a = 0; a < 3; a++) sums[labels[i]][a] += p[a]; });
      for (let j = 0; j < k; j++) if (cnt[j] > 0) c[j] = sums[j].map((s) => s / cnt[j]);
      const next = x.map((p) => nearest(p, c));
      if (next.every((v, i) => v === labels[i])) break;
      labels = next;
    }
    return { centres: c, labels };
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
      if (json.dither > 0) console.warn('loot.js: error diffusion (texture styles) is not implemented');
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
      const [n, dim] = this.layout_shape, dist = new Float64Array(n);
      for (let s = 0; s < n; s++) {
        let t = 0;
        for (let j = 0; j < dim; j++) { const e = this.layout[s * dim + j] - f[j]; t += e * e; }
        dist[s] = t;
      }
      const k = Math.min(this.params.neighbours, n);
      return Array.from(dist.keys()).sort((a, b) => dist[a] - dist[b]).slice(0, k);
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
      const keys = new Set(x.map((p) => p.map((v) => rint(v * 1000)).join(',')));
      k = Math.min(k, keys.size);
      const { centres, labels } = kmeans(x, k, rng, this.params.kmeans_iters);
      const cnt = new Array(k).fill(0);
      labels.forEach((l) => cnt[l]++);
      const order = Array.from(cnt.keys()).sort((a, b) => cnt[b] - cnt[a] || a - b);
      const taken = [];
      for (const j of order) {
        let best = -1, bd = Infinity;
        this.palLab.forEach((p, i) => {
          if (taken.includes(i)) return;
          const d = sq(p, centres[j]);
          if (d < bd) { bd = d; best = i; }
        });
        taken.push(best);
      }
      return taken;
    }

    // One raw sprite, (h*w*4) uint8 RGBA -> a clean one, a new Uint8ClampedArray.
    clean(raw, w, h, seed = 0) {
      const P = this.params, n = w * h, out = new Uint8ClampedArray(n * 4);
      const alpha = new Uint8Array(n), solid = new Uint8Array(n);
      for (let i = 0; i < n; i++) { alpha[i] = this.alphaTable[raw[i * 4 + 3]]; solid[i] = alpha[i] >= 128 ? 1 : 0; }
      // 1. specks: 8-connected solid parts below min_island px and island_share of the largest
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
      // beyond the most parts a look-alike has, every minor part goes (cleanup.drop_specks)
      const most = this.islands ? Math.max(...near.map((i) => this.islands[i])) : Infinity;
      const rank = new Array(sizes.length);
      Array.from(sizes.keys()).sort((a, b) => sizes[b] - sizes[a] || a - b).forEach((id, r) => { rank[id] = r; });
      for (let i = 0; i < n; i++) {
        if (!solid[i]) continue;
        const size = sizes[part[i]], minor = size < P.island_share * largest;
        if (minor && (size < P.min_island || rank[part[i]] >= most)) { solid[i] = 0; alpha[i] = 0; }
      }
      // 2. colours: K from the layout's neighbours, chosen from the palette by k-means in Lab
      const where = [], x = [];
      const rawLab = new Array(n);
      for (let i = 0; i < n; i++) {
        if (!solid[i]) continue;
        rawLab[i] = lab(raw[i * 4], raw[i * 4 + 1], raw[i * 4 + 2], P.lightness);
        where.push(i); x.push(rawLab[i]);
      }
      if (x.length && this.hues) {  // hue families, in place: despeckle compares with them too
        const y = this.hueFamilies(x, this.hues);
        where.forEach((i, j) => { rawLab[i] = y[j]; x[j] = y[j]; });
      }
      if (x.length) {
        const k = this.colours(near);
        const chosen = this.palLab.length > k ? this.choose(x, k, seed) : this.palLab.map((_, i) => i);
        const cl = chosen.map((i) => this.palLab[i]);
        const idx = new Int32Array(n).fill(-1);
        where.forEach((i, j) => { idx[i] = nearest(x[j], cl); });
        const clean = P.despeckle > 0 ? this.despeckle(idx, rawLab, cl, w, h) : idx;
        const fixed = this.closeOutline(clean, solid, cl, chosen.map((i) => luma(this.palette[i])),
                                        this.outlineTarget(near), w, h);
        for (const i of where) {
          const c = this.palette[chosen[fixed[i]]];
          out[i * 4] = c[0]; out[i * 4 + 1] = c[1]; out[i * 4 + 2] = c[2];
        }
      }
      // 3. see-through pixels: the nearest colour the set uses there
      for (let i = 0; i < n; i++) {
        out[i * 4 + 3] = alpha[i];
        if (alpha[i] > 0 && !solid[i]) {
          const c = this.soft[nearest(lab(raw[i * 4], raw[i * 4 + 1], raw[i * 4 + 2], 1), this.softLab)];
          out[i * 4] = c[0]; out[i * 4 + 1] = c[1]; out[i * 4 + 2] = c[2];
        }
        if (alpha[i] === 0) out[i * 4] = out[i * 4 + 1] = out[i * 4 + 2] = 0;
      }
      return out;
    }

    // Chromatic pixels pulled within hue_width degrees of one of at most `families` hue
    // centres: the chroma-weighted hue histogram's peaks (cleanup.hue_families).
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
    // first) until the dark-outline share reaches `target` (cleanup.close_outline).
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
    // share (two or more) when its own raw colour is near it (cleanup.despeckle).
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

    // n latents and class labels from `seed` (drawn as generate draws its classes: clusters by
    // size, named classes in turn), or one class index for every sprite.
    draw(n, seed, cls = null) {
      const rng = new PCG64(seed), z = new Float32Array(n * this.latentDim);
      for (let i = 0; i < z.length; i++) z[i] = gaussian(rng);
      const pool = this.meta.label_pool, labels = new Int32Array(n);
      for (let i = 0; i < n; i++) {
        labels[i] = cls !== null ? cls
          : (this.meta.clusters && pool.length ? pool[rng.integers(pool.length)] : i % Math.max(1, this.meta.classes.length));
      }
      return { z, labels };
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

    // n new clean sprites: {raw, sprites, labels}; `cls` a class index or null.
    async roll(n, seed, cls = null) {
      const { z, labels } = this.draw(n, seed, cls);
      const raw = this.toUint8(await this.forward(z, labels));
      return { raw, sprites: raw.map((r) => this.style.clean(r, this.w, this.h)), labels };
    }
  }

  global.Loot = { Roller, Style, PCG64, lab };
})(typeof window !== 'undefined' ? window : globalThis);
