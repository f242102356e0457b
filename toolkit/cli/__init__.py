"""The ``spriteforge`` command: a thin typer layer over the Python API, one module per stage
(sheets, gan, latent, style, atlas; studio for picking and recolouring).

Every subcommand parses options, calls the library and prints what it did. User errors
(SpriteforgeError, bad options) become one line on stderr and exit code 2; the stack trace is
only shown with SPRITEFORGE_DEBUG=1.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

import typer

from ..errors import SpriteforgeError
from .base import app
from . import sheets, gan, latent, style, atlas, studio  # noqa: E402,I001  (pipeline order: --help's)

_STAGES = (sheets, gan, latent, style, atlas, studio)  # importing each registered its commands

__all__ = ["app", "main", "run"]

try:  # recent typer vendors click: its usage errors derive from TyperException
    from typer.exceptions import TyperException as _ClickError
except ImportError:  # older typer runs on click itself
    from click.exceptions import ClickException as _ClickError

# API parameter -> the flag that sets it, where it is not --PARAM-WITH-DASHES
FLAGS = {"n": "-n", "class_balance": "--balance", "labels": "--conditional", "json_out": "--json",
         "klass": "--class", "start": "--from", "end": "--to", "fmt": "--format", "folder": "--dir",
         "open_page": "--open"}


def _flag(param: str) -> str:
    return FLAGS.get(param, "--" + param.replace("_", "-"))


def _one_line(msg: str) -> str:
    return " ".join(str(msg).split())


def _checked(command: str, fn):
    """``fn`` with its numeric options checked against ``limits.RANGES`` before it runs."""
    import functools

    @functools.wraps(fn)
    def run(*args, **kwargs):
        from ..limits import check_numbers
        check_numbers(command, kwargs)
        return fn(*args, **_shipped_names(kwargs))
    return run


_SHIPPED_KINDS = {"model": "model", "models": "model", "floors": "model", "walls": "model",
                  "weapons": "model", "photo": "photo", "tileset": "tileset"}


def _shipped_names(kwargs: dict) -> dict:
    """Model, photo and atlas arguments that name something shipped (``dcss-weapons``,
    ``chelsea``) -> its path, from any folder; an existing path is kept as given."""
    from ..shipped import resolve
    out = dict(kwargs)
    for key, kind in _SHIPPED_KINDS.items():
        v = out.get(key)
        if isinstance(v, Path):
            out[key] = resolve(v, kind)
        elif isinstance(v, list) and all(isinstance(x, Path) for x in v):
            out[key] = [resolve(x, kind) for x in v]
    return out


for _c in app.registered_commands:  # one place for every command's numeric ranges
    _c.callback = _checked(_c.name or _c.callback.__name__, _c.callback)


def main(argv: list[str] | None = None) -> int:
    """Entry point: run the CLI, turning user errors into one line + exit 2."""
    args = sys.argv[1:] if argv is None else argv
    cmd = typer.main.get_command(app)
    try:
        rv = cmd.main(args=args, prog_name="spriteforge", standalone_mode=False)
        if rv == 130:  # typer turns Ctrl-C into Exit(130) and returns its code
            print("spriteforge: interrupted", file=sys.stderr)
            return 130
        return rv if isinstance(rv, int) and not isinstance(rv, bool) and rv else 0
    except SpriteforgeError as e:
        if os.environ.get("SPRITEFORGE_DEBUG"):
            raise
        msg = e.render(_flag)  # {param} in a message: the flag
        print(f"spriteforge: error: {_one_line(msg)}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("spriteforge: interrupted", file=sys.stderr)
        return 130
    except MemoryError:
        print("spriteforge: error: out of memory", file=sys.stderr)
        return 2
    except OSError as e:  # read-only or full disk, a folder where a file goes, permissions
        if os.environ.get("SPRITEFORGE_DEBUG"):
            raise
        where = f": {e.filename}" if getattr(e, "filename", None) else ""
        print(f"spriteforge: error: {_one_line(e.strerror or e)}{where}", file=sys.stderr)
        return 2
    except RecursionError:
        print("spriteforge: error: input nested too deeply", file=sys.stderr)
        return 2
    except typer.Exit as e:
        return int(e.exit_code)
    except typer.Abort:
        print("spriteforge: aborted", file=sys.stderr)
        return 130
    except _ClickError as e:  # click's own: an unknown option, a missing argument, a bad value
        if not args:  # no command at all: the help, as no_args_is_help asks
            print(e.format_message(), file=sys.stderr)
            return 2
        print(f"spriteforge: error: {_one_line(e.format_message())}", file=sys.stderr)
        return int(getattr(e, "exit_code", 2)) or 2


def run() -> None:
    # TensorFlow's start-up lines are kept off the console by toolkit/_quiet.py
    sys.exit(main())
