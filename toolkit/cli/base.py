"""The ``spriteforge`` typer app and what every command module shares."""
from __future__ import annotations

import typer

from ..errors import SpriteforgeError

app = typer.Typer(
    name="spriteforge",
    help="Game art from sprite sheets: slice sheets into training sets, train a small-data GAN, "
         "explore its latent space, stylise photos as pixel art, pack level-ready atlases.",
    no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False,
    rich_markup_mode=None, context_settings={"help_option_names": ["-h", "--help"]})


def _version(value: bool) -> None:
    if value:
        from .. import __version__
        print(f"spriteforge {__version__}")
        raise typer.Exit()

@app.callback()
def _root(version: bool = typer.Option(False, "--version", help="Print the version and exit.",
                                       is_eager=True, callback=_version)):
    """Game art from sprite sheets."""


def _int_option(name: str, value: str) -> int:
    try:
        return int(value)
    except ValueError:
        raise SpriteforgeError(f"{name} must be an integer or 'auto', got {value!r}") from None


# API parameter -> the flag that sets it, where it is not --PARAM-WITH-DASHES
