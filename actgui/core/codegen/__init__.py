"""Code for the curves: numpy formulas, matplotlib scripts, PyTorch, Keras, LaTeX, pgfplots.

One table, :data:`FORMULAS`, writes every catalog function's f as an expression
in the language of custom functions (:mod:`actgui.core.expressions`), with the
catalog's parameter names.  Everything else is generated from it:

* the functions of the script that "copy as matplotlib" writes, as numpy
  formulas (``np.where(x > 0, x, negative_slope * x)``), with f' and f'' by
  the chain rule (:mod:`actgui.core.codegen_jet`, copied into the script);
* PyTorch and Keras code where the framework has no built-in;
* the same for custom functions, from their expression.

A test compiles each entry and checks f, f' and f'' against the catalog's
kernels, and fails for a catalog function that has no entry: a function added
to the catalog needs one line here.  LaTeX comes from the function texts
(:mod:`actgui.core.texts`), pgfplots from the curves' samples.

The package, one module per part (each reads alone):

* :mod:`._formulas`: the table and the trees compiled from it, :func:`evaluate`;
* :mod:`._printer`: a tree as Python source in one target's vocabulary, and the
  function definitions a piece of code needs;
* :mod:`._matplotlib`, :mod:`._frameworks` (PyTorch, Keras), :mod:`._latex`,
  :mod:`._pgfplots`: one target each;
* here: :func:`code_for_state`, what ``actgui code`` prints, and every public name.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from ..messages import message
from ..state import ExplorerState
from ._formulas import FORMULAS, evaluate, formula, missing
from ._frameworks import framework_code
from ._latex import latex, latex_for_state, tex_escape
from ._matplotlib import _jet_source as _jet_source  # tests check the jets
from ._matplotlib import matplotlib_script
from ._pgfplots import PGF_POINTS, pgfplots
from ._printer import KERAS, NUMPY, RESERVED, TORCH, Vocabulary, _figure_curves, python_name
from ._printer import _Definitions as _Definitions  # tests check the definitions

__all__ = [
    "FORMULAS",
    "KERAS",
    "NUMPY",
    "PGF_POINTS",
    "RESERVED",
    "TARGETS",
    "TORCH",
    "Vocabulary",
    "code_for_state",
    "evaluate",
    "formula",
    "framework_code",
    "latex",
    "latex_for_state",
    "matplotlib_script",
    "missing",
    "pgfplots",
    "python_name",
    "tex_escape",
]

#: what ``actgui code --target`` accepts
TARGETS = ("pytorch", "keras", "matplotlib", "latex", "pgfplots")


def code_for_state(
    state: ExplorerState,
    target: str,
    orders: Sequence[int] | None = None,
    x_range: tuple[float, float] | None = None,
    points: int | None = None,
    expression_latex: Callable[[str], str | None] | None = None,
) -> str:
    """What ``actgui code --target TARGET`` prints for the state's visible curves."""
    if target == "matplotlib":
        return matplotlib_script(state, orders, x_range, points)
    if target == "pgfplots":
        return pgfplots(state, orders, x_range, points)
    if target == "latex":
        return latex_for_state(state, orders, expression_latex)
    if target in ("pytorch", "keras"):
        blocks = [
            framework_code(c.function_id, c.params, target, state) for c in _figure_curves(state)
        ]
        return "\n\n".join(blocks) + "\n"
    raise ValueError(
        message(
            "unknown target {target}; choose one of {targets}",
            target=repr(target),
            targets=", ".join(TARGETS),
        )
    )
