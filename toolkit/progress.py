"""Progress for long jobs, on stderr (stdout stays clean for pipes): a bar on a terminal,
a plain line every PLAIN_EVERY seconds otherwise (a log file, CI)."""
from __future__ import annotations

import contextlib
import os
import sys
import time

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

_console = Console(stderr=True)


PLAIN_EVERY = 30.0  # seconds between plain progress lines (SPRITEFORGE_PROGRESS_EVERY)


@contextlib.contextmanager
def progress_bar(total: int | None, description: str, enabled: bool = True, fields: bool = False):
    """Yield ``advance(n=1, **fields)``: a bar on a terminal, plain lines otherwise, nothing
    when disabled."""
    if not enabled:
        yield lambda n=1, **kw: None
        return
    if not sys.stderr.isatty() and not _force():
        with _plain(total, description) as advance:
            yield advance
        return
    cols = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TimeRemainingColumn()]
    if fields:
        cols.append(TextColumn("{task.fields[info]}"))
    with Progress(*cols, console=_console, transient=False) as prog:
        task = prog.add_task(description, total=total, info="")

        def advance(n: int = 1, **kw):
            if kw:
                prog.update(task, advance=n, info=" ".join(f"{k} {v}" for k, v in kw.items()))
            else:
                prog.update(task, advance=n)
        yield advance


@contextlib.contextmanager
def _plain(total: int | None, description: str):
    """Progress as a plain line every PLAIN_EVERY seconds, and a last one at the end when
    any was printed (short jobs print none)."""
    every = float(os.environ.get("SPRITEFORGE_PROGRESS_EVERY", PLAIN_EVERY))
    t0 = time.monotonic()
    state = {"done": 0, "last": t0, "info": "", "printed": False}

    def line() -> str:
        done, secs = state["done"], time.monotonic() - t0
        of = f"/{total} ({done / total:.0%})" if total else ""
        rest = f", {state['info']}" if state["info"] else ""
        return f"{description}: {done}{of} in {secs:.0f} s{rest}"

    def advance(n: int = 1, **kw):
        state["done"] += n
        if kw:
            state["info"] = " ".join(f"{k} {v}" for k, v in kw.items())
        now = time.monotonic()
        if now - state["last"] >= every:
            state["last"], state["printed"] = now, True
            info(line())
    yield advance
    if state["printed"]:
        info(line())


def _force() -> bool:
    return os.environ.get("SPRITEFORGE_PROGRESS") == "1"


def info(msg: str) -> None:
    """One status line on stderr."""
    _console.print(msg, highlight=False, markup=False, soft_wrap=True)
