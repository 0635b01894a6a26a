"""The matplotlib script: a runnable file that redraws the figure with numpy and
matplotlib only (its functions written by :mod:`._printer`, f' and f'' by the jets of
:mod:`actgui.core.codegen_jet`, copied in)."""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from importlib import resources

from ..state import ExplorerState
from ._printer import NUMPY, RESERVED, _call, _Definitions, _figure_curves, _value

# --- matplotlib --------------------------------------------------------------------------

_LINESTYLES = {"solid": "-", "dash": "--", "dot": ":", "dashdot": "-."}
_ROW_LABELS = ("f(x)", "f′(x)", "f″(x)")


#: a type checker's note on a line of codegen_jet.py (the scripts get the line without it)
_TYPE_IGNORE = re.compile(r"  # type: ignore\[[\w-]+\].*$")


def _jet_source() -> str:
    """codegen_jet.py from its marker on, as a script's helpers: no imports, no type notes."""
    text = resources.files("actgui.core").joinpath("codegen_jet.py").read_text(encoding="utf-8")
    body = text.split("# --- copied into scripts from here ---\n", 1)[1]
    lines = [
        _TYPE_IGNORE.sub("", line)
        for line in body.splitlines()
        if not line.startswith(("import ", "from "))
    ]
    return "\n".join(lines).strip("\n")


_PLAIN_HELPERS = {
    "sigmoid": (
        "def sigmoid(u):\n"
        '    """1 / (1 + exp(-u)), without overflow."""\n'
        "    e = np.exp(-np.abs(u))\n"
        "    return np.where(u >= 0, 1.0 / (1.0 + e), e / (1.0 + e))"
    ),
    "softplus": (
        'def softplus(u):\n    """log(1 + exp(u)), without overflow."""\n'
        "    return np.logaddexp(0.0, u)"
    ),
    "erf": (
        "erf = np.vectorize(math.erf, otypes=[float])\n"
        '"""The error function (numpy has none; math.erf, point by point)."""'
    ),
}

_SAMPLES = '''
def samples(f, lo, hi, n, kinks=(), jumps=()):
    """x and f, f', f'' on n even points over [lo, hi], plus each kink and jump and a
    hair either side of it; NaN where the line must break, as actgui draws it."""
    x = np.linspace(lo, hi, n)
    breaks = sorted({*kinks, *jumps})
    if breaks:
        extra = []
        for k in breaks:
            eps = max((hi - lo) * 1e-9, 8.0 * float(np.spacing(abs(k))))
            extra += [k - eps, k, k + eps]
        x = np.unique(np.concatenate([x, np.array(extra)]))
        x = x[(x >= lo) & (x <= hi)]
    y = np.array(DERIVATIVES(f, x), dtype=float)
    if breaks:
        y[1:, np.searchsorted(x, np.array(breaks))] = np.nan
        if jumps:
            y[0, np.searchsorted(x, np.array(sorted(jumps)))] = np.nan
    return x, y
'''


def matplotlib_script(
    state: ExplorerState,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
) -> str:
    """A runnable script that draws the state's figure with matplotlib and numpy only.

    ``python fig.py`` shows it; ``python fig.py out.png`` (or .pdf, .svg) saves it.
    Rows are ``orders`` (default: the state's rows), over ``x_range`` (default: the
    range on screen) at ``points`` samples (default: the state's).
    """
    if orders is None:
        orders = [o for o in range(3) if state.rows[o]] or [0]
    orders = sorted(set(orders))
    lo, hi = x_range if x_range is not None else state.visible_range()
    n = points or state.points
    curves = _figure_curves(state)
    derivatives = any(o > 0 for o in orders)
    defs = _Definitions(NUMPY, state)
    calls = []
    for c in curves:
        act = c.activation
        custom = state.custom.get(act.id)
        # a custom function's parameter named like a script's helper gets a "_"
        rename = {
            p.name: p.name + "_" if custom is not None and p.name in RESERVED else p.name
            for p in act.params
        }
        defs.need(act.id)
        kinks = [float(k) for k in act.kinks(**c.params) if lo < k < hi]
        jumps = [float(k) for k in act.jumps(**c.params) if lo < k < hi]
        calls.append((c, _call(act, c.params, rename.__getitem__), kinks, jumps))
    used = "\n\n\n".join(defs.blocks)
    helpers = []
    if derivatives:
        helpers.append(_jet_source())
    else:
        for name, code in _PLAIN_HELPERS.items():
            if re.search(rf"\b{name}\(", used):
                helpers.append(code)
        helpers.append(
            "def derivatives(f, x):\n"
            '    """f at the points x (this figure shows no derivative)."""\n'
            "    return (np.broadcast_to(np.asarray(f(x), dtype=float), np.shape(x)),)"
        )
    lines = [
        '"""The figure from actgui, redrawn with numpy and matplotlib.',
        "",
        "python this.py           shows it",
        "python this.py fig.png   saves it (.png, .pdf, .svg: any format matplotlib writes)",
        '"""',
        "",
        "import math",
        "import sys",
        "",
        "import matplotlib.pyplot as plt",
        "import numpy as np",
        "",
        'np.seterr(all="ignore")  # overflow far out on the x axis is expected, not an error',
        "",
        "",
        "\n\n\n".join(helpers),
        "",
        "",
        _SAMPLES.strip("\n").replace("DERIVATIVES", "derivatives"),
        "",
        "",
        "# --- the functions -------------------------------------------------------------",
        "",
        "",
        used,
        "",
        "",
        "# --- the figure ----------------------------------------------------------------",
        "",
        f"X_MIN, X_MAX, POINTS = {_value(lo)}, {_value(hi)}, {n}",
        "# label, function, colour, line style, kinks, jumps",
        "CURVES = [",
    ]
    for c, call, kinks, jumps in calls:
        label = state.label_of(c)
        style = _LINESTYLES.get(c.style, "-")
        lines.append(
            f"    ({label!r}, lambda x: {call}, {c.color!r}, {style!r},"
            f" {_list(kinks)}, {_list(jumps)}),"
        )
    lines.append("]")
    index = {c.uid: i for i, c in enumerate(curves)}
    compares = [k for k in state.compares if k.visible and k.a in index and k.b in index]
    lines.append("# the comparisons' row: label, curve a, curve b (indices in CURVES), mode,")
    lines.append("# colour, line style")
    lines.append("COMPARES = [")
    for k in compares:
        lines.append(
            f"    ({state.label_of(k)!r}, {index[k.a]}, {index[k.b]}, {k.mode!r},"
            f" {k.color!r}, {_LINESTYLES.get(k.style, '-')!r}),"
        )
    lines.append("]")
    overlay = bool(state.overlay) and len(orders) > 1 and 0 in orders
    rows = [0] if overlay else list(orders)
    lines += [
        f"ROWS = {rows!r}  # 0: f, 1: f', 2: f''",
        f"OVERLAY = {[o for o in orders if o > 0] if overlay else []!r}"
        "  # derivatives drawn on the f plot, f' dashed, f'' dotted",
        "LABELS = " + repr(list(_ROW_LABELS)),
        "",
        "fig, axes = plt.subplots(",
        "    len(ROWS) + bool(COMPARES), 1, sharex=True, squeeze=False,",
        "    figsize=(7, 1.0 + 2.6 * (len(ROWS) + bool(COMPARES))),",
        ")",
        "for label, f, colour, style, kinks, jumps in CURVES:",
        "    x, y = samples(f, X_MIN, X_MAX, POINTS, kinks, jumps)",
        "    for ax, order in zip(axes[:, 0], ROWS):",
        "        ax.plot(x, y[order], color=colour, linestyle=style, label=label)",
        "    for order in OVERLAY:",
        '        dash = "--" if order == 1 else ":"',
        '        axes[0, 0].plot(x, y[order], color=colour, linestyle=dash, label="_" + label)',
        "for label, a, b, mode, colour, style in COMPARES:",
        "    # both curves at the same points: the grid and both curves' kinks and jumps",
        "    marks = [*CURVES[a][4], *CURVES[a][5], *CURVES[b][4], *CURVES[b][5]]",
        "    x = np.union1d(np.linspace(X_MIN, X_MAX, POINTS), marks)",
        "    ya = derivatives(CURVES[a][1], x)[0]",
        "    yb = derivatives(CURVES[b][1], x)[0]",
        '    if mode == "difference":',
        "        y = ya - yb",
        '    elif mode == "ratio":',
        "        y = np.where(yb != 0, ya / np.where(yb != 0, yb, 1.0), np.nan)",
        "    else:  # the error of a in units in the last place of b",
        "        ok = np.isfinite(ya) & np.isfinite(yb)",
        "        y = np.where(ok, (ya - yb) / np.spacing(np.abs(np.where(ok, yb, 0.0))), np.nan)",
        "    axes[-1, 0].plot(x, y, color=colour, linestyle=style, label=label)",
        "for ax, order in zip(axes[:, 0], ROWS):",
        "    ax.set_ylabel(LABELS[order])",
        "if COMPARES:",
        '    axes[-1, 0].set_ylabel({"difference": "a − b", "ratio": "a / b"}.get(',
        '        COMPARES[0][3] if len({c[3] for c in COMPARES}) == 1 else "", "a vs b"',
        "    ))",
        *(['    axes[-1, 0].legend(loc="best", fontsize="small")'] if state.legend else []),
        "for ax in axes[:, 0]:",
        f"    ax.grid({bool(state.grid)!r}, alpha=0.3)",
        '    ax.axhline(0, color="0.5", linewidth=0.6)',
        "axes[-1, 0].set_xlabel('x')",
        "axes[-1, 0].set_xlim(X_MIN, X_MAX)",
    ]
    if state.legend and curves:
        lines.append('axes[0, 0].legend(loc="best", fontsize="small")')
    lines += [
        "fig.tight_layout()",
        "",
        'if __name__ == "__main__":',
        "    if len(sys.argv) > 1:",
        "        fig.savefig(sys.argv[1], dpi=150)",
        "    else:",
        "        plt.show()",
    ]
    return "\n".join(lines).replace("\n\n\n\n\n", "\n\n\n") + "\n"


def _list(values: Iterable[float]) -> str:
    return "[" + ", ".join(_value(v) for v in values) + "]"
