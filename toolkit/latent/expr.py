"""The latent arithmetic language.

    expr    := term (('+' | '-') term)*
    term    := ['-'] [NUMBER '*'] atom
    atom    := 'mean' '(' expr (',' expr)* ')' | '(' expr ')' | OPERAND

OPERAND is a seed (``7``), a saved latent (``run/sprite_007.npy``), a sprite
written by ``generate`` (``run/sprite_007.png`` or, with a run folder,
``sprite_007``). Names may contain '-' (``new-weapons/sprite_1``); a '-'
between two names needs spaces around it.

``mean`` keeps the members' average length (see ``evaluate``).

Examples: ``"12 - 5 + 30"``, ``"mean(3, 9, 12) - mean(4, 8) + 21"``,
``"0.5*(1 + 2)"``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from ..errors import SpriteforgeError


@dataclass(frozen=True)
class Name:
    text: str


@dataclass(frozen=True)
class Mean:
    items: tuple


@dataclass(frozen=True)
class Scaled:
    factor: float
    item: object


@dataclass(frozen=True)
class Sum:
    terms: tuple   # ((sign, node), ...), sign +1 or -1


_NUMBER = re.compile(r"\d+(\.\d*)?|\.\d+")
_WORD = re.compile(r"[A-Za-z0-9_.~/\\:-]+")


def tokenize(text: str) -> list[tuple[str, str, int]]:
    """(kind, text, position) tokens; kinds: op ( ) , * word."""
    toks, i = [], 0
    while i < len(text):
        c = text[i]
        if c.isspace():
            i += 1
        elif c in "+(),*":
            toks.append((c if c != "+" else "op", c, i))
            i += 1
        elif c == "-":  # a '-' inside a name was consumed with the name
            toks.append(("op", c, i))
            i += 1
        else:
            m = _WORD.match(text, i)
            if not m:
                raise SpriteforgeError(f"unexpected {c!r} at position {i + 1} in {text!r}")
            word = m.group()
            if re.fullmatch(r"\d+-.*", word):  # "3-5": a seed, then minus
                word = word[:word.index("-")]
            toks.append(("word", word, i))
            i += len(word)
    return toks


class _Parser:
    def __init__(self, text: str):
        self.text = text
        self.toks = tokenize(text)
        self.i = 0

    def peek(self):
        return self.toks[self.i] if self.i < len(self.toks) else ("end", "", len(self.text))

    def take(self, kind, what=None):
        t = self.peek()
        if t[0] != kind or (what is not None and t[1] != what):
            want = what or kind
            got = "the end" if t[0] == "end" else repr(t[1])
            raise SpriteforgeError(f"expected {want!r} but found {got} at position {t[2] + 1} in "
                                   f"{self.text!r}")
        self.i += 1
        return t

    def expr(self):
        terms = [(1, self.term())]
        while self.peek()[0] == "op":
            sign = 1 if self.take("op")[1] == "+" else -1
            terms.append((sign, self.term()))
        if len(terms) == 1 and terms[0][0] == 1:
            return terms[0][1]
        return Sum(tuple(terms))

    def term(self):
        t = self.peek()
        if t[0] == "op" and t[1] == "-":
            self.take("op")
            return Sum(((-1, self.term()),))
        if t[0] == "word" and _NUMBER.fullmatch(t[1]) and self.i + 1 < len(self.toks) \
                and self.toks[self.i + 1][0] == "*":
            self.take("word")
            self.take("*")
            return Scaled(float(t[1]), self.atom())
        return self.atom()

    def atom(self):
        t = self.peek()
        if t[0] == "(":
            self.take("(")
            node = self.expr()
            if self.peek()[0] == "end":
                raise SpriteforgeError(f"unbalanced '(' at position {t[2] + 1} in {self.text!r}: "
                                       f"no closing ')'")
            self.take(")")
            return node
        if t[0] == "word" and t[1] == "mean" and self.i + 1 < len(self.toks) \
                and self.toks[self.i + 1][0] == "(":
            self.take("word")
            self.take("(")
            items = [self.expr()]
            while self.peek()[0] == ",":
                self.take(",")
                items.append(self.expr())
            if self.peek()[0] == "end":
                raise SpriteforgeError(f"unbalanced '(' at position {t[2] + 5} in {self.text!r}: "
                                       f"no closing ')'")
            self.take(")")
            return Mean(tuple(items))
        if t[0] == "word":
            self.take("word")
            return Name(t[1])
        got = "the end" if t[0] == "end" else repr(t[1])
        raise SpriteforgeError(f"expected an operand but found {got} at position {t[2] + 1} in "
                               f"{self.text!r}")


def parse(text: str):
    """Parse an expression into Name / Mean / Scaled / Sum nodes.
    Raises SpriteforgeError (with the position) on bad syntax."""
    if not text.strip():
        raise SpriteforgeError("empty expression")
    p = _Parser(text)
    node = p.expr()
    if p.peek()[0] != "end":
        t = p.peek()
        what = "unbalanced ')'" if t[0] == ")" else f"unexpected {t[1]!r}"
        raise SpriteforgeError(f"{what} at position {t[2] + 1} in {text!r}")
    return node


def names(node) -> list[str]:
    """Every operand name in the expression, in order."""
    if isinstance(node, Name):
        return [node.text]
    if isinstance(node, Mean):
        return [n for it in node.items for n in names(it)]
    if isinstance(node, Scaled):
        return names(node.item)
    return [n for _, t in node.terms for n in names(t)]


def evaluate(node, resolve) -> np.ndarray:
    """The latent of an expression; ``resolve(name) -> (D,) array``."""
    if isinstance(node, Name):
        return np.asarray(resolve(node.text), np.float64)
    if isinstance(node, Mean):
        # Averaging k independent latents shrinks the length by ~sqrt(k), into the
        # region near the origin where the generator draws faint, empty sprites.
        # The mean keeps the direction of the average and the members' mean length.
        vs = [evaluate(it, resolve) for it in node.items]
        m = np.mean(vs, axis=0)
        nm = np.linalg.norm(m)
        return m if nm == 0 else m * (np.mean([np.linalg.norm(v) for v in vs]) / nm)
    if isinstance(node, Scaled):
        return node.factor * evaluate(node.item, resolve)
    return sum(s * evaluate(t, resolve) for s, t in node.terms)


def show(node) -> str:
    """Canonical text of an expression (for grid captions and JSON)."""
    if isinstance(node, Name):
        return node.text
    if isinstance(node, Mean):
        return "mean(" + ", ".join(show(i) for i in node.items) + ")"
    if isinstance(node, Scaled):
        inner = show(node.item)
        return f"{node.factor:g}*" + (f"({inner})" if isinstance(node.item, Sum) else inner)
    parts = []
    for k, (s, t) in enumerate(node.terms):
        txt = f"({show(t)})" if isinstance(t, Sum) and len(t.terms) > 1 else show(t)
        parts.append(("- " if s < 0 else ("+ " if k else "")) + txt)
    return " ".join(parts)
