"""Progress bars for long jobs (on stderr, so stdout stays clean for pipes)."""
from __future__ import annotations

import contextlib
import sys

from rich.console import Console
from rich.progress import (BarColumn, MofNCompleteColumn, Progress, TextColumn,
                           TimeElapsedColumn, TimeRemainingColumn)

_console = Console(stderr=True)


@contextlib.contextmanager
def progress_bar(total: int | None, description: str, enabled: bool = True, fields: bool = False):
    """Yield ``advance(n=1, **fields)``; a no-op when disabled or not a terminal."""
    if not enabled:
        yield lambda n=1, **kw: None
        return
    cols = [TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
            TimeElapsedColumn(), TimeRemainingColumn()]
    if fields:
        cols.append(TextColumn("{task.fields[info]}"))
    with Progress(*cols, console=_console, transient=False,
                  disable=not sys.stderr.isatty() and not _force()) as prog:
        task = prog.add_task(description, total=total, info="")

        def advance(n: int = 1, **kw):
            if kw:
                prog.update(task, advance=n, info=" ".join(f"{k} {v}" for k, v in kw.items()))
            else:
                prog.update(task, advance=n)
        yield advance


def _force() -> bool:
    import os
    return os.environ.get("SPRITEFORGE_PROGRESS") == "1"


def info(msg: str) -> None:
    """One status line on stderr."""
    _console.print(msg, highlight=False, markup=False, soft_wrap=True)
