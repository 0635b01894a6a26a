"""The parser of the typesetter: the LaTeX subset of the function texts into a tree.

:func:`parse` turns fractions, roots, scripts, ``\\left( \\right)``, ``cases``,
``\\text``, ``\\operatorname`` and the usual symbols into a tree of typed
records (:class:`Node` and its subclasses: :class:`Glyphs`, :class:`Row`,
:class:`Space`, :class:`Frac`, :class:`Sqrt`, :class:`Scripts`, :class:`Fenced`,
:class:`Cases`).  Anything it does not know becomes :class:`Glyphs` holding its
plain text rather than being dropped.  No Qt here (a test checks): measuring and
painting the tree is :mod:`actgui.ui.math_view`'s.
"""

from __future__ import annotations

from dataclasses import dataclass, field

#: Greek letters set in italics (as TeX does); custom functions' parameters with these
#: names are typeset as the letters too
GREEK_LETTERS = frozenset(
    {
        "alpha",
        "beta",
        "gamma",
        "delta",
        "epsilon",
        "lambda",
        "mu",
        "sigma",
        "tau",
        "phi",
        "theta",
        "kappa",
        "eta",
        "omega",
        "rho",
    }
)

SYMBOLS = {
    "alpha": "α",
    "beta": "β",
    "gamma": "γ",
    "delta": "δ",
    "epsilon": "ε",
    "lambda": "λ",
    "mu": "μ",
    "sigma": "σ",
    "tau": "τ",
    "phi": "φ",
    "pi": "π",
    "theta": "θ",
    "Phi": "Φ",
    "Sigma": "Σ",
    "kappa": "κ",
    "eta": "η",
    "omega": "ω",
    "rho": "ρ",
    "cdot": "·",
    "times": "×",
    "leq": "≤",
    "le": "≤",
    "geq": "≥",
    "ge": "≥",
    "neq": "≠",
    "infty": "∞",
    "pm": "±",
    "approx": "≈",
    "to": "→",
    "in": "∈",
    "ldots": "…",
    "cdots": "⋯",
    "prime": "′",
    "partial": "∂",
    "lt": "<",
    "gt": ">",
    "mid": "|",
    "{": "{",
    "}": "}",
    "|": "‖",
    "%": "%",
    "_": "_",
    "&": "&",
}
SPACES = {",": 0.17, ":": 0.22, ";": 0.28, " ": 0.25, "quad": 1.0, "qquad": 2.0, "!": -0.1}
OPERATORS = {
    "exp",
    "ln",
    "log",
    "tanh",
    "sinh",
    "cosh",
    "sin",
    "cos",
    "tan",
    "arctan",
    "max",
    "min",
    "sech",
    "erf",
    "erfc",
    "sign",
    "sgn",
    "softplus",
}
DELIMS = {
    "(": "(",
    ")": ")",
    "[": "[",
    "]": "]",
    "|": "|",
    ".": "",
    "\\{": "{",
    "\\}": "}",
    "\\lbrace": "{",
    "\\rbrace": "}",
    "\\lvert": "|",
    "\\rvert": "|",
}


# --- parse tree ---------------------------------------------------------------


@dataclass
class Node:
    pass


@dataclass
class Glyphs(Node):
    text: str
    italic: bool = False
    upright_op: bool = False  # \tanh, \max: upright, with a little space after


@dataclass
class Row(Node):
    items: list[Node] = field(default_factory=list)


@dataclass
class Space(Node):
    em: float


@dataclass
class Frac(Node):
    num: Node
    den: Node


@dataclass
class Sqrt(Node):
    body: Node


@dataclass
class Scripts(Node):
    base: Node
    sup: Node | None = None
    sub: Node | None = None


@dataclass
class Fenced(Node):
    left: str
    body: Node
    right: str


@dataclass
class Cases(Node):
    rows: list[tuple[Node, Node]]


class _Parser:
    def __init__(self, text: str) -> None:
        self.s = text
        self.i = 0

    def peek(self) -> str:
        return self.s[self.i] if self.i < len(self.s) else ""

    def command(self) -> str:
        # at a backslash: read \name or \<symbol>
        self.i += 1
        start = self.i
        while self.i < len(self.s) and self.s[self.i].isalpha():
            self.i += 1
        if self.i == start and self.i < len(self.s):
            self.i += 1
        return self.s[start : self.i]

    def group(self) -> Node:
        """{...} or a single token."""
        self.skip_ws()
        if self.peek() == "{":
            self.i += 1
            row = self.row(stop="}")
            self.i += 1
            return row
        return self.atom() or Row()

    def raw_group(self) -> str:
        self.skip_ws()
        if self.peek() != "{":
            c = self.peek()
            self.i += 1
            return c
        depth, start = 0, self.i
        while self.i < len(self.s):
            c = self.s[self.i]
            depth += c == "{"
            depth -= c == "}"
            self.i += 1
            if depth == 0:
                break
        return self.s[start + 1 : self.i - 1]

    def skip_ws(self) -> None:
        while self.peek() == " ":
            self.i += 1

    def delim(self) -> str:
        self.skip_ws()
        if self.peek() == "\\":
            name = "\\" + self.command()
            return DELIMS.get(name, name[1:])
        c = self.peek()
        self.i += 1
        return DELIMS.get(c, c)

    def row(self, stop: str = "", stop_words: tuple[str, ...] = ()) -> Row:
        items: list[Node] = []
        while self.i < len(self.s):
            c = self.peek()
            if stop and c == stop:
                break
            if stop_words and any(self.s.startswith(w, self.i) for w in stop_words):
                break
            if c in "^_":
                self.i += 1
                arg = self.group()
                base = items.pop() if items else Glyphs("")
                if not isinstance(base, Scripts):
                    base = Scripts(base)
                if c == "^":
                    base.sup = arg
                else:
                    base.sub = arg
                items.append(base)
                continue
            if c == "'":
                self.i += 1
                items.append(Glyphs("′"))
                continue
            if c in "+-" and items and not _is_open(items[-1]):
                self.i += 1
                items.append(Glyphs(f"\u2005{'−' if c == '-' else '+'}\u2005"))
                continue
            node = self.atom()
            if node is not None:
                if isinstance(node, Glyphs) and node.upright_op and items:
                    if _ends_ordinary(items[-1]):
                        items.append(Space(SPACES[","]))  # s max, not "smax" (TeX's thin space)
                items.append(node)
        return Row(items)

    def atom(self) -> Node | None:
        c = self.peek()
        if c == "":
            return None
        if c == " ":
            self.i += 1
            return None
        if c == "{":
            self.i += 1
            r = self.row(stop="}")
            self.i += 1
            return r
        if c == "}":
            self.i += 1
            return None
        if c == "\\":
            return self.control()
        self.i += 1
        if c.isalpha():
            return Glyphs(c, italic=True)
        if c == "-":
            return Glyphs("−")
        if c in "+=<>":
            return Glyphs(f"\u2009{c}\u2009" if c in "=<>" else c)
        return Glyphs(c)

    def control(self) -> Node | None:
        name = self.command()
        if name == "frac" or name == "dfrac" or name == "tfrac":
            return Frac(self.group(), self.group())
        if name == "sqrt":
            return Sqrt(self.group())
        if name in ("text", "mathrm", "textrm", "operatorname", "mathit"):
            txt = self.raw_group()
            if name == "operatorname":
                return Glyphs(txt, upright_op=True)
            if name == "mathit":
                return Glyphs(txt, italic=True)
            return Glyphs(txt)
        if name == "left":
            left = self.delim()
            body = self.row(stop_words=("\\right",))
            if self.s.startswith("\\right", self.i):
                self.i += len("\\right")
                right = self.delim()
            else:
                right = ""
            return Fenced(left, body, right)
        if name == "right":  # unmatched
            self.delim()
            return None
        if name == "begin":
            env = self.raw_group()
            return self.environment(env)
        if name in SPACES:
            return Space(SPACES[name])
        if name in OPERATORS:
            return Glyphs(name, upright_op=True)
        if name in SYMBOLS:
            sym = SYMBOLS[name]
            if sym in "≤≥≠≈→∈×±":
                sym = f"\u2009{sym}\u2009"
            return Glyphs(
                sym,
                italic=name in GREEK_LETTERS,
            )
        if name in ("big", "Big", "bigg", "Bigg", "displaystyle", "limits", "nolimits"):
            return None
        return Glyphs("\\" + name)  # unknown: visible, not dropped

    def environment(self, env: str) -> Node:
        end = f"\\end{{{env}}}"
        rows: list[tuple[Node, Node]] = []
        while self.i < len(self.s) and not self.s.startswith(end, self.i):
            left = self.row(stop="&", stop_words=("\\\\", end))
            right: Node = Row()
            if self.peek() == "&":
                self.i += 1
                right = self.row(stop_words=("\\\\", end))
            if self.s.startswith("\\\\", self.i):
                self.i += 2
            rows.append((left, right))
        self.i += len(end)
        if env in ("cases", "dcases"):
            return Cases(rows)
        return Row([r for pair in rows for r in pair])


def _is_open(node: Node) -> bool:
    """True after which + and - are signs, not binary operators."""
    if isinstance(node, Glyphs):
        t = node.text.strip("\u2009\u2005 ")
        return (
            t in ("", "(", "[", "=", "<", ">", "≤", "≥", "−", "+", "·", "×", ",") or node.upright_op
        )
    return False


def _ends_ordinary(node: Node) -> bool:
    """True for what TeX sets a thin space between and a following operator name:
    a letter, digit or closing bracket, a scripted, fenced or fraction box."""
    if isinstance(node, (Scripts, Fenced, Frac, Sqrt)):
        return True
    if isinstance(node, Glyphs) and node.text and not node.upright_op:
        last = node.text[-1]
        return last.isalnum() or last in ")]|′"
    return False


def parse(latex: str) -> Node:
    text = latex.strip()
    if text.startswith("$") and text.endswith("$"):
        text = text.strip("$")
    return _Parser(text).row()
