#!/usr/bin/env bash
# Remake the README's GAN pictures and the example tileset from the shipped generators.
#   bash docs/figures.sh        (from the repository root, after `make venv`)
set -euo pipefail
cd "$(dirname "$0")/.."
export PATH="$PWD/.venv/bin:$PATH" TF_CPP_MIN_LOG_LEVEL=3
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# 64 new weapons (also the example tileset's weapons)
spriteforge generate trained/dcss-weapons -n 64 --seed 7 --out "$tmp/generated-weapons"
cp "$tmp/generated-weapons/preview.png" docs/generated-weapons.png

# Morph strips: unconditional seed 3 -> 5 -> 11; conditional sword -> axe on latent 3
spriteforge interpolate trained/dcss-weapons --from 3 --to 11 --via 5 --steps 16 --out "$tmp/morph"
spriteforge interpolate trained/dcss-weapons-by-class --from 3 --from-class sword --to-class axe \
  --steps 16 --out "$tmp/morph-class"

# Latent arithmetic
spriteforge arithmetic trained/dcss-weapons "mean(3, 9, 12) - mean(4, 8) + 21" --out "$tmp/arith"
cp "$tmp/arith/grid.png" docs/arithmetic.png

# Ten per class
classes="sword axe mace polearm staff dagger whip bow missile"
for c in $classes; do
  spriteforge generate trained/dcss-weapons-by-class --class "$c" -n 10 --seed 7 --out "$tmp/cls/$c"
done
python - "$tmp" $classes <<'PY'
import sys
import numpy as np
from toolkit.io import read_rgba, save_png
from toolkit.sheets import contact_sheet
tmp, classes = sys.argv[1], sys.argv[2:]
strips = [read_rgba(f"{tmp}/{d}/preview.png") for d in ("morph", "morph-class")]
save_png("docs/interpolation-strips.png", np.concatenate(strips))
ims = [read_rgba(f"{tmp}/cls/{c}/sprite_{i:03d}.png") for c in classes for i in range(10)]
save_png("docs/weapons-by-class.png", contact_sheet(np.stack(ims), cols=10, scale=2))
PY

# 64 new 16 px weapons (README)
spriteforge generate trained/dcss-weapons-16 -n 64 --seed 7 --out "$tmp/generated-16"
cp "$tmp/generated-16/preview.png" docs/generated-weapons-16.png

# Variations of three DCSS weapons (README): from the model as it is, and from the copy tuned to each
for w in battle_axe2 mace2 rapier1; do
  spriteforge variations trained/dcss-weapons "datasets/dcss/weapons/$w.png" -n 8 --tune-steps 0 --out "$tmp/var0/$w"
  spriteforge variations trained/dcss-weapons "datasets/dcss/weapons/$w.png" -n 8 --out "$tmp/var/$w"
done
python - "$tmp" battle_axe2 mace2 rapier1 <<'PY'
import sys
import numpy as np
from toolkit.io import read_rgba, save_png
from toolkit.sheets import contact_sheet
tmp, names = sys.argv[1], sys.argv[2:]
rows = [[read_rgba(f"datasets/dcss/weapons/{w}.png")] + [read_rgba(f"{tmp}/{d}/{w}/variation_{i:03d}.png")
        for i in range(8)] for w in names for d in ("var0", "var")]
save_png("docs/variations.png", contact_sheet(np.stack([x for r in rows for x in r]), cols=9, scale=3))
PY

# A level from new art only (README): 640 x 576 px of it, on black
spriteforge level --floors trained/dcss-floors --walls trained/dcss-walls --weapons trained/dcss-weapons \
  --out "$tmp/gen-level/l.tmx"
python - "$tmp/gen-level/l.png" <<'PY'
import sys
from PIL import Image
level = Image.open(sys.argv[1]).convert("RGBA").crop((640, 64, 1280, 640))
Image.alpha_composite(Image.new("RGBA", level.size, (0, 0, 0, 255)), level).convert("RGB").save("docs/generated-level.png")
PY

# Variants of one tile (README): a DCSS wall and a floor, each 2x2, then 7 variants of each
for t in walls/brick_brown-vines0 floors/sandstone_floor0; do
  spriteforge tiles "datasets/dcss/$t.png" --variants 7 --seed 1 --out "$tmp/var-$(basename $t)" --overwrite
done
python - "$tmp" <<'PY'
import sys
import numpy as np
from toolkit.io import read_rgba, save_png
from toolkit.sheets import contact_sheet
tmp = sys.argv[1]
rows = []
for t in ("walls/brick_brown-vines0", "floors/sandstone_floor0"):
    name = t.split("/")[1]
    rows += [read_rgba(f"datasets/dcss/{t}.png")] + [read_rgba(f"{tmp}/var-{name}/variant_{i:03d}.png") for i in range(7)]
save_png("docs/tile-variants.png", contact_sheet(np.stack([np.tile(r, (2, 2, 1)) for r in rows]), cols=8, scale=2))
PY

# Example tileset and level (tilesets/README.md)
rm -rf tilesets/dcss-dungeon tilesets/levels
spriteforge atlas floor=dcss-floors wall=dcss-walls weapon="$tmp/generated-weapons" --prefix \
  --out tilesets/dcss-dungeon
spriteforge level tilesets/dcss-dungeon --out tilesets/levels/dungeon.tmx --seed 3
cp tilesets/levels/dungeon.png docs/dungeon-level.png
echo "figures remade in docs/ and tilesets/"
