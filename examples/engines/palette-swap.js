// Phaser 3 (WebGL): draw a sprite in one row of its spriteforge palette lookup texture
// (`spriteforge recolor ... --indexed --lut` writes NAME.base.png and NAME.lut.png: row 0 the
// sprite's own colours, row k its k-th variant, e.g. a loot tier). Usage:
//   this.load.image('axe', 'axe.base.png'); this.load.image('axe-lut', 'axe.lut.png');
//   const pipe = PaletteSwap.add(this.game, 'tier-epic', 'axe-lut', 4);   // row 4
//   this.add.image(x, y, 'axe').setPipeline('tier-epic');
// A pixel whose colour is entry i of row 0 takes entry i of the chosen row; others keep theirs.
(function (global) {
  const FRAG = `
precision mediump float;
uniform sampler2D uMainSampler;
uniform sampler2D uLut;
uniform float uRow;
uniform float uRows;
uniform float uEntries;
varying vec2 outTexCoord;
void main() {
  vec4 c = texture2D(uMainSampler, outTexCoord);
  gl_FragColor = c;
  for (int i = 1; i < 256; i++) {
    if (float(i) >= uEntries) break;
    float u = (float(i) + 0.5) / uEntries;
    vec4 base = texture2D(uLut, vec2(u, 0.5 / uRows));
    if (all(lessThan(abs(base - c), vec4(0.5 / 255.0)))) {
      gl_FragColor = texture2D(uLut, vec2(u, (uRow + 0.5) / uRows));
      break;
    }
  }
}`;

  class PaletteSwap extends Phaser.Renderer.WebGL.Pipelines.SinglePipeline {
    constructor(game) {
      super({ game, fragShader: FRAG });
      this.lutKey = null;
      this.row = 0;
    }

    onPreRender() {
      const tex = this.game.textures.get(this.lutKey), src = tex.source[0];
      this.set1i('uLut', 1);
      this.set1f('uRow', this.row);
      this.set1f('uRows', src.height);
      this.set1f('uEntries', src.width);
      this.bindTexture(src.glTexture, 1);
    }

    // A named pipeline that draws with row `row` of the lookup texture `lutKey`.
    static add(game, name, lutKey, row) {
      const pipe = game.renderer.pipelines.add(name, new PaletteSwap(game));
      pipe.lutKey = lutKey;
      pipe.row = row;
      return pipe;
    }
  }

  global.PaletteSwap = PaletteSwap;
})(typeof window !== 'undefined' ? window : globalThis);
