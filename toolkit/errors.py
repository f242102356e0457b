"""The one exception type the CLI turns into a one-line message and exit code 2."""


class SpriteforgeError(Exception):
    """A problem with the user's input (file, option, data), not a bug.

    The message is shown to the user as a single line, so it must say what is
    wrong and, where possible, what to do about it.
    """


class OptionError(SpriteforgeError):
    """A bad value of one parameter. ``param`` is its Python name; the message reads
    "PARAM REASON" (``clusters must be >= 2``), and the CLI names the flag instead
    (``--clusters must be >= 2``)."""

    def __init__(self, param: str, reason: str):
        self.param = param
        self.reason = reason
        super().__init__(f"{param} {reason}")
