"""The seeded random streams: every draw is ``np.random.default_rng([seed, STREAM, ...])``.

A stream per purpose keeps draws independent of each other, so adding a draw to one
step never shifts another's (and the same seed gives the same bytes). One place for
their numbers, so two purposes never share one by accident.
"""
BATCH = 1          # training batch indices: [seed, step, BATCH]
CLUSTER_DRAW = 1   # generate's cluster per sprite: [seed, CLUSTER_DRAW]
ENCODE = 11        # encode's candidate latents: [seed, ENCODE]
EVAL_CLASSES = 3   # evaluate's class per sample: [seed, EVAL_CLASSES]
NOVELTY = 5        # generate's redraws: [seed, NOVELTY, sprite, round]
PATH_LENGTH = 7    # evaluate's latent pairs for the path length: [seed, PATH_LENGTH]
PICK = 9           # the best-snapshot pick's latents and classes: [seed, PICK]
VARIATIONS = 13    # variations' offsets: [seed, VARIATIONS]
PROGRESS = 424242  # the latents of training's progress grids: [seed, PROGRESS]
TILES = 15         # quilted tiles: [seed, TILES, tile] (families drawn as CLUSTER_DRAW)
LEVEL_SCATTER = 17 # which variant lies on each floor cell of a level: [seed, LEVEL_SCATTER]
