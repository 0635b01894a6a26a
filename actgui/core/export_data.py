"""Tables of f, f', f'' for export (CSV), numpy only.

The CSV layout is shared by the window and `actgui export`: first column
``x``, then for each curve in order one column per requested derivative order,
ascending, headed ``SPEC``, ``SPEC'``, ``SPEC''``, or ``(SPEC)'`` and
``(SPEC)''`` for an ``expr:`` spec with parameters (see :func:`column_header`).

Numbers are the shortest decimal text that reads back to the same float64
(Python's ``repr``: ``0.851``, ``1e-06``), integers without ``.0``, zero
never signed (``0``, not ``-0``).  A value that is not finite is written
``nan``, ``inf`` or ``-inf``, which ``float()``, ``numpy.loadtxt`` and
``pandas.read_csv`` read as NaN and infinities.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from . import catalog
from .messages import message
from .spec import Activation, FloatArray, ParamValue

MIN_POINTS, MAX_POINTS = 2, 1_000_000
MAX_ABS_X = 1e12


@dataclass(frozen=True)
class CurveSpec:
    """A curve to export: the header text, the function and its parameters."""

    label: str
    activation: Activation
    params: dict[str, ParamValue]
    #: the compiled CustomFunction of an ``expr:`` spec, else None
    custom: Any = None
    #: the :class:`~actgui.core.sweep.Sweep` a member of a parameter family came from
    sweep: Any = None

    @classmethod
    def parse(cls, spec: str) -> CurveSpec:
        """``relu``, ``elu(alpha=0.5)`` or a custom ``expr:a*x*sigmoid(b*x); a=1; b=1.702``."""
        text = spec.strip()
        if text.startswith("expr:"):
            from .expressions import ExpressionError, compile_definition

            try:
                fn = compile_definition(text[len("expr:") :])
            except ExpressionError as exc:
                raise ExpressionError(f"expr: {exc}", exc.position, exc.end) from None
            return cls(text, fn.activation, dict(fn.defaults()), fn)
        act, params = catalog.parse_spec(spec)
        return cls(text, act, params)


def parse_specs(spec: str) -> list[CurveSpec]:
    """One spec, or the N members of a sweep ``name(param=LO..HI:N)``, each headed by
    its full spec (the members of one sweep share one :class:`Sweep` object)."""
    from . import sweep

    if not sweep.has_range(spec):
        return [CurveSpec.parse(spec)]
    act, base, sw = sweep.parse(spec)
    return [
        CurveSpec(sweep.member_spec(act, p, sw.param), act, p, None, sw)
        for p in sweep.members(act, base, sw)
    ]


def state_curves(state: Any) -> list[CurveSpec]:
    """What an :class:`~actgui.core.state.ExplorerState` shows, as specs to export:
    its visible curves, then its visible comparisons (``diff(A, B)``)."""
    out = []
    for c in state.drawn():
        if not c.visible:
            continue
        if hasattr(c, "function_id"):
            out.append(CurveSpec(c.spec(), c.activation, dict(c.params)))
        else:
            out.append(CurveSpec(state.spec_of(c), state.compare_activation(c), {}))
    return out


def add_to_state(state: Any, specs: Sequence[CurveSpec]) -> None:
    """Add specs' curves to a state; the members of a sweep as one family."""
    i = 0
    while i < len(specs):
        spec = specs[i]
        if spec.sweep is None:
            state.add_spec(spec)
            i += 1
            continue
        j = i
        while j < len(specs) and specs[j].sweep is spec.sweep:
            j += 1
        state.add_group(spec.activation.id, spec.params, spec.sweep)
        i = j


def check_grid(x_min: float, x_max: float, points: int) -> None:
    """ValueError naming the problem with an x grid."""
    if not (math.isfinite(x_min) and math.isfinite(x_max)):
        raise ValueError(
            message(
                "x range must be finite numbers, got [{x_min}, {x_max}]", x_min=x_min, x_max=x_max
            )
        )
    if not x_min < x_max:
        raise ValueError(
            message(
                "--x-min ({x_min}) must be less than --x-max ({x_max})",
                x_min=f"{x_min:g}",
                x_max=f"{x_max:g}",
            )
        )
    if max(abs(x_min), abs(x_max)) > MAX_ABS_X:
        raise ValueError(
            message("x range must lie within [-{limit}, {limit}]", limit=f"{MAX_ABS_X:g}")
        )
    if not MIN_POINTS <= points <= MAX_POINTS:
        raise ValueError(
            message(
                "--points must be between {lo} and {hi}, got {value}",
                lo=MIN_POINTS,
                hi=f"{MAX_POINTS:,}",
                value=points,
            )
        )


def parse_orders(text: str) -> tuple[int, ...]:
    """'0,1,2' -> (0, 1, 2); sorted, unique, each in 0..2."""
    bad = message(
        "--derivatives must be a comma-separated subset of 0,1,2, got {text!r}", text=text
    )
    try:
        orders = sorted({int(part) for part in text.split(",") if part.strip()})
    except ValueError:
        raise ValueError(bad) from None
    if not orders or any(o not in (0, 1, 2) for o in orders):
        raise ValueError(bad)
    return tuple(orders)


def column_header(spec: str, order: int) -> str:
    """The heading of a column of ``spec``'s derivative ``order`` (0, 1 or 2).

    ``SPEC``, ``SPEC'``, ``SPEC''``.  A catalog spec ends in its id or in ``)``,
    so primes after it read as the derivative of the whole
    (``gelu(approximate='tanh')'``).  A custom expression with parameters,
    ``expr:a*x; a=1``, ends in a parameter: ``a=1'`` would read as a prime on
    ``1``; so where an ``expr:`` spec holds ``;`` or a quote, its derivative
    columns are headed ``(SPEC)'`` and ``(SPEC)''``, parentheses round it all.
    """
    if order == 0:
        return spec
    primes = "'" * order
    if ";" in spec or (spec.startswith("expr:") and any(q in spec for q in "'\"")):
        return f"({spec}){primes}"
    return spec + primes


def parse_column_header(text: str) -> tuple[str, int]:
    """Inverse of :func:`column_header`: ``(spec, order)``."""
    body = text.rstrip("'")
    order = len(text) - len(body)
    if order == 0 or order > 2:
        return text, 0
    if body.startswith("(") and body.endswith(")"):
        inner = body[1:-1]
        if column_header(inner, order) == text:
            return inner, order
    if column_header(body, order) == text:
        return body, order
    return text, 0


def table(
    curves: Sequence[CurveSpec], x: FloatArray, orders: Iterable[int] = (0, 1, 2)
) -> tuple[list[str], FloatArray]:
    """Header and columns: x, then each curve's requested orders."""
    orders = tuple(orders)
    header = ["x"]
    cols = [np.asarray(x, dtype=np.float64)]
    for c in curves:
        act = c.activation
        if len(set(orders)) > 1:  # the fused kernel, where there is one
            ys: Any = act.evaluate_all(cols[0], c.params)
        else:
            kernels = (act.f, act.df, act.d2f)
            ys = {o: np.asarray(kernels[o](cols[0], **c.params), dtype=np.float64) for o in orders}
        for o in orders:
            header.append(column_header(c.label, o))
            cols.append(ys[o])
    return header, np.column_stack(cols)


def number_text(value: float) -> str:
    """One number as :func:`number_lines` writes it: ``0.851``, ``2``, ``0`` (never ``-0``)."""
    return repr(float(value) + 0.0).removesuffix(".0")


def number_lines(data: FloatArray) -> str:
    """Rows of ``data`` as comma-separated shortest round-trip numbers, one per line.

    ``repr(float)`` is the shortest text that reads back exactly; joined row by
    row it is as fast as ``numpy.savetxt(fmt="%.17g")`` and much faster than
    ``numpy.format_float_positional(unique=True)``.
    """
    values = np.asarray(data, dtype=np.float64)
    if values.ndim == 1:
        values = values[:, None]
    if values.size == 0:
        return ""
    values = values + 0.0  # -0.0 + 0.0 is +0.0: zero is never written signed
    line = ",".join(["%r"] * values.shape[1])
    text = "\n".join(map(line.__mod__, map(tuple, values.tolist()))) + "\n"
    # repr ends an integral float in ".0" ("2.0", "-6.0"); nothing else ends so
    return text.replace(".0,", ",").replace(".0\n", "\n")


def csv_text(header: Sequence[str], data: FloatArray) -> str:
    """CSV with a quoted-as-needed header and shortest round-trip float64 numbers."""
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerow(header)
    return buf.getvalue() + number_lines(data)


def read_csv(text: str) -> tuple[list[str], FloatArray]:
    """Inverse of :func:`csv_text` (for tests and for users' scripts)."""
    lines = text.splitlines()
    header = next(csv.reader([lines[0]]))
    data = np.loadtxt(io.StringIO("\n".join(lines[1:])), delimiter=",", ndmin=2)
    return header, data
