# Two entry points that work on a fresh machine: `make demo` and `make test`.
# Each creates .venv (once) and installs the package into it.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp

.PHONY: demo test test-fast bench venv clients loot clean

$(STAMP): pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

demo: $(STAMP)
	$(BIN)/spriteforge generate trained/dcss-weapons -n 64 --seed 7 --out demo/new-weapons --overwrite
	$(BIN)/spriteforge slice datasets/sheets/dcss-weapons-2x.png --out demo/weapons --overwrite
	$(BIN)/spriteforge contact demo/weapons --out demo/weapons-contact.png --cols 16 --overwrite
	$(BIN)/spriteforge interpolate trained/dcss-weapons --from 3 --to 11 --via 5 --steps 16 --out demo/morph --overwrite
	$(BIN)/spriteforge generate trained/dcss-weapons-by-class --class axe -n 16 --seed 7 --out demo/axes --overwrite
	$(BIN)/spriteforge generate trained/dcss-weapons-16 -n 64 --seed 7 --out demo/weapons-16px --overwrite
	$(BIN)/spriteforge variations trained/dcss-weapons datasets/dcss/weapons/battle_axe2.png -n 16 --out demo/variations --overwrite
	$(BIN)/spriteforge stylize datasets/photos/chelsea.jpg --style dcss-walls --size 64 --out demo/chelsea-sprite.png --keep-full --overwrite
	@echo "demo: open demo/new-weapons/preview.png (64 new weapons), demo/morph/loop.gif, demo/axes/preview.png," \
	      "demo/weapons-16px/preview.png (16 px), demo/variations/preview.png (near a sprite of yours)," \
	      "demo/chelsea-sprite.png (photo -> sprite) and demo/weapons-contact.png"

# Real clients the tests load our files with: Tiled's tmxrasterizer and Chromium
# (Debian), Phaser 3 + playwright-core (npm), and the loot page's onnxruntime-web. Installed once.
clients:
	@command -v tmxrasterizer >/dev/null && command -v chromium >/dev/null || \
	  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq tiled chromium >/dev/null; }
	@test -d tests/atlas/phaser/node_modules/phaser || \
	  npm install --prefix tests/atlas/phaser --no-audit --no-fund --loglevel=error
	@test -d examples/loot/node_modules/onnxruntime-web || \
	  npm install --prefix examples/loot --no-audit --no-fund --loglevel=error

# The browser example: a new weapon for every chest, generated in the page (examples/loot).
loot: $(STAMP)
	@test -d examples/loot/node_modules/onnxruntime-web || \
	  npm install --prefix examples/loot --no-audit --no-fund --loglevel=error
	$(BIN)/spriteforge export trained/dcss-weapons --out examples/loot/model --overwrite
	$(BIN)/python examples/loot/serve.py

test: $(STAMP) clients
	$(BIN)/python -m pytest -q -n 2

# The fast lane while developing (under a minute): no training, no real clients.
test-fast: $(STAMP)
	$(BIN)/python -m pytest -q -m "not slow and not clients"

bench: $(STAMP)
	$(BIN)/python benchmarks/slice.py
	$(BIN)/python benchmarks/gan_quality.py
	$(BIN)/python benchmarks/latent.py
	$(BIN)/python benchmarks/atlas.py
	$(BIN)/python benchmarks/generate.py
	$(BIN)/python benchmarks/class_check.py
	$(BIN)/python benchmarks/stylize.py
	$(BIN)/python benchmarks/tiles.py --model trained/dcss-floors
	$(BIN)/python benchmarks/tiles.py --model trained/dcss-walls
	$(BIN)/python benchmarks/studio.py

clean:
	rm -rf demo .pytest_cache .hypothesis
