"""actgui.core.codegen: every catalog function has a formula, and it is the function."""

from __future__ import annotations

import math
import random
import re
import types

import numpy as np
import pytest

from actgui.core import catalog, codegen
from actgui.core.spec import ChoiceParam, NumberParam, Preset

IDS = catalog.ids()


def test_every_catalog_function_has_a_formula() -> None:
    assert codegen.missing() == [], (
        "add these to actgui/core/codegen/_formulas.py FORMULAS (f as an expression): "
        + ", ".join(codegen.missing())
    )
    assert set(codegen.FORMULAS) <= set(IDS), set(codegen.FORMULAS) - set(IDS)


def _param_sets(act) -> list[dict]:  # type: ignore[no-untyped-def]
    """Defaults (both presets), every choice, and a few random valid values."""
    rng = random.Random(hash(act.id) % 1000)
    sets = [catalog.defaults(act), catalog.defaults(act, Preset.KERAS)]
    for p in act.params:
        if isinstance(p, ChoiceParam):
            sets += [{**catalog.defaults(act), p.name: c} for c in p.choices]
    for _ in range(4):
        given = {}
        for p in act.params:
            if isinstance(p, NumberParam):
                lo = max(p.min, -5.0) if math.isfinite(p.min) else -5.0
                hi = min(p.max, 5.0) if math.isfinite(p.max) else 5.0
                given[p.name] = rng.uniform(lo, hi)
        try:
            sets.append(catalog.resolve_params(act, given))
        except ValueError:
            pass  # an open end or an order between parameters
    return sets


def _grid(act, params) -> np.ndarray:  # type: ignore[no-untyped-def]
    """Points over [-12, 12], and near (not at) every kink and jump."""
    x = np.concatenate([np.linspace(-12, 12, 1201), np.linspace(-1, 1, 201) * 1e-3 + 0.37])
    breaks = [*act.kinks(**params), *act.jumps(**params)]
    for k in breaks:
        if math.isfinite(k):
            x = np.concatenate([x, k + np.array([-0.1, -1e-4, 1e-4, 0.1])])
    return x


def _close(got: np.ndarray, want: np.ndarray, where: str) -> None:
    scale = max(1.0, float(np.nanmax(np.abs(want))) if np.any(np.isfinite(want)) else 1.0)
    finite = np.isfinite(want)
    assert np.all(np.isfinite(got[finite])), where
    bad = ~np.isclose(got, want, rtol=1e-8, atol=1e-11 * scale) & finite
    assert not bad.any(), (where, got[bad][:3], want[bad][:3])


@pytest.mark.parametrize("fid", IDS)
def test_formula_gives_f_and_its_derivatives(fid: str) -> None:
    act = catalog.get(fid)
    for params in _param_sets(act):
        x = _grid(act, params)
        breaks = np.array(
            [k for k in (*act.kinks(**params), *act.jumps(**params)) if math.isfinite(k)]
        )
        away = np.ones(x.shape, dtype=bool)
        for k in breaks:
            away &= np.abs(x - k) > 1e-9 * max(1.0, abs(k))
        got = codegen.evaluate(fid, x, params)
        for order, kernel in enumerate((act.f, act.df, act.d2f)):
            want = kernel(x, **params)
            _close(got[order][away], want[away], f"{fid}{chr(39) * order} {params}")


def _namespace(source: str) -> dict:
    ns: dict = {}
    exec(compile(source, "<generated>", "exec"), ns)  # code made by codegen, from the table
    return ns


@pytest.mark.parametrize("fid", IDS)
def test_numpy_definitions_match_the_core(fid: str) -> None:
    """The numpy source a script carries computes f, and with Jets f' and f''."""
    act = catalog.get(fid)
    defs = codegen._Definitions(codegen.NUMPY)
    defs.need(fid)
    jet = codegen._jet_source()
    ns = _namespace("import math\nimport numpy as np\n\n" + jet + "\n\n" + "\n\n".join(defs.blocks))
    fn = ns[codegen.python_name(fid)]
    for params in _param_sets(act)[:3]:
        x = _grid(act, params)
        with np.errstate(all="ignore"):
            got = ns["derivatives"](lambda u, p=params: fn(u, **p), x)
        ours = codegen.evaluate(fid, x, params)
        for order in range(3):
            _close(np.asarray(got[order]), ours[order], f"{fid} numpy order {order} {params}")


class _Module:
    def __init__(self) -> None:
        pass


def _fake_torch() -> types.ModuleType:
    """Enough of torch, on numpy, to run generated modules."""
    torch = types.ModuleType("torch")
    for name in ("exp", "log", "log1p", "expm1", "sqrt", "abs", "sin", "cos", "tan", "tanh"):
        setattr(torch, name, getattr(np, name))
    for name in ("sinh", "cosh", "where", "maximum", "minimum"):
        setattr(torch, name, getattr(np, name))
    torch.atan = np.arctan
    torch.erf = np.vectorize(math.erf, otypes=[float])
    torch.sigmoid = lambda u: 1 / (1 + np.exp(-u))
    torch.clamp = lambda u, min=None, max=None: np.clip(u, min, max)
    torch.nn = types.SimpleNamespace(
        Module=_Module,
        functional=types.SimpleNamespace(softplus=lambda u: np.logaddexp(0.0, u)),
    )
    return torch


def _fake_keras() -> types.SimpleNamespace:
    ops = types.SimpleNamespace(
        **{n: getattr(np, n) for n in ("exp", "log", "log1p", "expm1", "sqrt", "abs")},
        **{n: getattr(np, n) for n in ("sin", "cos", "tan", "tanh", "sinh", "cosh", "arctan")},
        where=np.where,
        maximum=np.maximum,
        minimum=np.minimum,
        erf=np.vectorize(math.erf, otypes=[float]),
        sigmoid=lambda u: 1 / (1 + np.exp(-u)),
        softplus=lambda u: np.logaddexp(0.0, u),
    )
    return types.SimpleNamespace(ops=ops)


@pytest.mark.parametrize("fid", IDS)
def test_framework_code(fid: str) -> None:
    """Built-ins as the catalog spells them; else torch_module; else code from the formula,
    which (run on numpy stand-ins for torch and keras) computes f."""
    act = catalog.get(fid)
    params = _param_sets(act)[-1]
    x = np.linspace(-4, 4, 81)
    want = act.f(x, **params)
    for framework in ("pytorch", "keras"):
        code = codegen.framework_code(fid, params, framework)
        built_in = catalog.framework_code(fid, params, framework)
        if built_in is not None:
            assert code == built_in
            continue
        if framework == "pytorch" and act.torch_module is not None:
            assert code == act.torch_module(**params).rstrip("\n")
            continue
        source = code.replace("import torch", "").replace("import keras", "")
        ns = {"torch": _fake_torch(), "keras": _fake_keras()}
        exec(compile(source, "<generated>", "exec"), ns)  # our generated code
        with np.errstate(all="ignore"):
            if framework == "pytorch":
                cls = next(v for k, v in ns.items() if isinstance(v, type) and k != "_Module")
                got = cls().forward(x)
            else:
                got = ns[codegen.python_name(fid)](x, **params)
        _close(np.asarray(got, dtype=float), want, f"{fid} {framework}")


@pytest.mark.parametrize("fid", IDS)
def test_latex_states_the_chosen_variant_only(fid: str) -> None:
    """A paper gives the one formula it used: a ``cases`` over a choice parameter's
    values (GELU's approximate = none | tanh) becomes the chosen value's row, and that
    parameter is not listed again beside it; other cases (over x) stay."""
    from actgui.core import texts

    act = catalog.get(fid)
    if not texts.has_text(fid):
        return
    for q in act.params:
        if not isinstance(q, ChoiceParam):
            continue
        for value in q.choices:
            out = codegen.latex(fid, {q.name: value}, orders=(0, 1))
            assert f"\\text{{if }} \\text{{{q.name}}}" not in out, (fid, value, out)
            # a choice stated beside the formula is text LaTeX can set (leaky\_relu)
            for text in re.findall(r"\\text\{([^{}]*)\}", out):
                assert re.search(r"(?<!\\)[_&%#$]", text) is None, (fid, text)


def test_latex_of_gelu_is_the_one_formula_of_its_variant() -> None:
    exact = codegen.latex("gelu", {"approximate": "none"}, orders=(0, 1)).splitlines()
    assert exact[1] == r"\[ f(x) = x \Phi(x) \]"
    assert exact[2].startswith(r"\[ f'(x) = \Phi(x) + ") and "tanh" not in exact[2]
    approx = codegen.latex("gelu", {"approximate": "tanh"}).splitlines()
    assert approx[1].startswith(r"\[ f(x) = \frac{x}{2}\left(1 + \tanh") and "Phi" not in approx[1]
    elu = codegen.latex("elu", orders=(0, 1))
    assert r"\begin{cases} x & \text{if } x > 0" in elu  # a piecewise formula stays whole
