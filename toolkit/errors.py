"""The one exception type the CLI turns into a one-line message and exit code 2."""


class SpriteforgeError(Exception):
    """A problem with the user's input (file, option, data), not a bug.

    The message is shown to the user as a single line, so it must say what is
    wrong and, where possible, what to do about it.
    """
