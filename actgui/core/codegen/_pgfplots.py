"""pgfplots: the visible curves as axes with coordinates, from the curves' samples."""

from __future__ import annotations

import math
from collections.abc import Sequence

from ..state import ExplorerState, sample_function
from ._latex import tex_escape
from ._printer import _figure_curves

# --- pgfplots -------------------------------------------------------------------------------

#: samples per curve in a pgfplots figure (plus the kinks): plenty for a paper's column
PGF_POINTS = 201
_PGF_STYLES = {"solid": "solid", "dash": "dashed", "dot": "dotted", "dashdot": "dashdotted"}
_PGF_LABELS = ("$f(x)$", "$f'(x)$", "$f''(x)$")


def _colour_name(i: int) -> str:
    letters = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        letters = chr(ord("A") + r) + letters
    return f"actgui{letters}"


def _coord(v: float) -> str:
    if math.isnan(v):
        return "nan"
    if math.isinf(v):
        return "inf" if v > 0 else "-inf"
    text = f"{v:.7g}"
    return "0" if text in ("-0", "0") else text


def pgfplots(
    state: ExplorerState,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
) -> str:
    """The visible curves as pgfplots axes (one per row), with coordinates: paste into a
    LaTeX document that loads pgfplots."""
    if orders is None:
        orders = [o for o in range(3) if state.rows[o]] or [0]
    lo, hi = x_range if x_range is not None else state.visible_range()
    n = points or PGF_POINTS
    curves = _figure_curves(state)
    lines = [
        "% from actgui; needs \\usepackage{pgfplots} and \\pgfplotsset{compat=1.16}",
    ]
    for i, c in enumerate(curves):
        lines.append(f"\\definecolor{{{_colour_name(i)}}}{{HTML}}{{{c.color.lstrip('#')}}}")
    samples = [sample_function(c.activation, c.params, lo, hi, n) for c in curves]
    for order in sorted(set(orders)):
        options = [
            "width=12cm",
            "height=6cm",
            f"xmin={_coord(lo)}",
            f"xmax={_coord(hi)}",
            "xlabel={$x$}",
            f"ylabel={{{_PGF_LABELS[order]}}}",
            "no markers",
            "unbounded coords=jump",
            "legend pos=outer north east",
            "legend cell align=left",
        ]
        if state.grid:
            options.append("grid=major")
        lines += ["\\begin{tikzpicture}", "\\begin{axis}[", *(f"  {o}," for o in options), "]"]
        for i, (c, s) in enumerate(zip(curves, samples)):
            style = _PGF_STYLES.get(c.style, "solid")
            lines.append(f"\\addplot[color={_colour_name(i)}, thick, {style}] coordinates {{")
            pairs = [f"({_coord(x)},{_coord(y)})" for x, y in zip(s.x, s.y[order])]
            for k in range(0, len(pairs), 6):
                lines.append("  " + " ".join(pairs[k : k + 6]))
            lines.append("};")
            if state.legend:
                lines.append(f"\\addlegendentry{{{tex_escape(state.label_of(c))}}}")
        lines += ["\\end{axis}", "\\end{tikzpicture}", ""]
    return "\n".join(lines)
