"""The one exception type the CLI turns into a one-line message and exit code 2."""
import re

_PARAM = re.compile(r"\{([a-z][a-z0-9_]*)\}")  # {param}: a parameter named in a message


class SpriteforgeError(Exception):
    """A problem with the user's input (file, option, data), not a bug.

    The message is shown to the user as a single line, so it must say what is
    wrong and, where possible, what to do about it. A parameter it names is written
    ``{param}`` (its Python name): ``str()`` reads ``param``, and the CLI's ``render``
    the flag (``--param``), so the library never spells a flag.
    """

    def __init__(self, message: str):
        self.template = message
        super().__init__(_PARAM.sub(r"\1", message))

    def render(self, flag) -> str:
        """The message with each ``{param}`` as ``flag(param)`` (the CLI's flag names)."""
        return _PARAM.sub(lambda m: flag(m.group(1)), self.template)


class OptionError(SpriteforgeError):
    """A bad value of one parameter. ``param`` is its Python name; the message reads
    "PARAM REASON" (``clusters must be >= 2``), and the CLI names the flag instead
    (``--clusters must be >= 2``)."""

    def __init__(self, param: str, reason: str):
        self.param = param
        self.reason = reason
        super().__init__(f"{{{param}}} {reason}")
