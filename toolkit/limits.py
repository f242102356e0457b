"""Every numeric option's range, declared once, checked before any work.

``check_numbers(command, values)`` refuses NaN and infinite floats for every option, and
values outside ``RANGES`` (by option name, or ``"command.option"`` where one command's
differs), with an ``OptionError`` naming the option. Checks that need more than a range
(sizes, files, models) stay with the library function that owns them.
"""
from __future__ import annotations

import math

from .errors import OptionError

SEED_MAX = 2 ** 32 - 1   # numpy's seeds are unsigned 32-bit words
BIG = 10_000_000         # step and every counts: a bound far past any real run

#: option -> (low, high, low exclusive); "command.option" overrides "option"
RANGES: dict[str, tuple[float, float, bool]] = {
    "seed": (0, SEED_MAX, False),
    "minutes": (0, 7 * 24 * 60, True),
    "steps": (1, BIG, False),
    "encode.steps": (0, 5000, False),
    "variations.steps": (0, 5000, False),
    "tune_steps": (0, 5000, False),
    "n": (1, 100_000, False),        # sprites one call writes
    "variations.n": (1, 10_000, False),
    "studio.n": (1, 256, False),     # sprites one studio request may ask for
    "truncation": (0, 1, True),
    "spread": (0, 2, True),
    "mutation": (0, 2, False),
    "morph.steps": (2, 64, False),
    "batch_size": (1, 1024, False),
    "sample_every": (1, BIG, False),
    "checkpoint_every": (1, BIG, False),
    "class_loss": (0, 100, False),
    "evaluate.n": (10, 10_000, False),
    "fps": (0, 100, True),
    "strength": (0, 10, False),
    "iterations": (0, 100_000, False),
    "margin": (0, 100_000, False),
    "spacing": (0, 100_000, False),
    "limit": (1, 100_000, False),
    "count": (1, 4096, False),
    "first": (0, 4096, False),
    "size": (1, 4096, False),
    "padding": (0, 256, False),
    "extrude": (0, 256, False),
    "max_size": (1, 65_536, False),
}


def check_numbers(command: str, values: dict) -> None:
    """OptionError for the first numeric value of ``values`` (option name -> value) that is
    NaN, infinite, or outside its declared range for ``command``."""
    for name, v in values.items():
        if isinstance(v, bool) or not isinstance(v, (int, float)):
            continue
        if isinstance(v, float) and not math.isfinite(v):
            raise OptionError(name, f"must be a finite number, got {v}")
        lo, hi, open_lo = RANGES.get(f"{command}.{name}", RANGES.get(name, (None, None, False)))
        if lo is None:
            continue
        if v > hi or v < lo or (open_lo and v == lo):
            span = f"in ({_num(lo)}, {_num(hi)}]" if open_lo else f"{_num(lo)}..{_num(hi)}"
            raise OptionError(name, f"must be {span}, got {_num(v)}")


def _num(x: float) -> str:
    return str(int(x)) if float(x).is_integer() and abs(x) < 1e15 else f"{x:g}"
