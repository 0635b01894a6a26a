"""PyTorch code for every catalog function: a built-in, or a pasteable module.

For each function, at its defaults and at random valid parameters, either
``torch_code`` names a PyTorch built-in or ``torch_module`` writes a module.  Each
module is executed (where torch is installed): it takes the parameters as
constructor arguments defaulting to the given values, trains the learnable ones
(``torch.nn.Parameter``), and its forward and autograd derivative match the kernels.
"""

from __future__ import annotations

import inspect
import math
import zlib

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core.spec import Activation, ChoiceParam, Family, ParamValue

#: random parameter sets per function (besides the defaults)
N_RANDOM = 12
#: of which this many are also executed under torch
N_RUN = 2

#: modules that take some parameters as one tuple: APL's hinges (S of them in general)
GROUPED = {"apl": {"a": ("a1", "a2"), "b": ("b1", "b2")}}

X = np.array([-3.7, -2.2, -1.3, -0.6, -0.15, 0.0, 0.25, 0.8, 1.4, 2.6, 3.9])


def _random_params(act: Activation, n: int) -> list[dict[str, ParamValue]]:
    """``n`` valid parameter sets drawn uniformly over each parameter's range, or the part
    of it near the default (the same ones every run: the generator is seeded with the
    function's id)."""
    rng = np.random.default_rng(zlib.crc32(act.id.encode()))
    out = []
    for _ in range(n):
        given: dict[str, ParamValue] = {}
        for p in act.params:
            if isinstance(p, ChoiceParam):
                given[p.name] = str(rng.choice(p.choices))
                continue
            # within ten units (or ten times the default) of the default
            mid = p.default if math.isfinite(p.default) else 0.0
            width = 10.0 * max(1.0, abs(mid))
            lo, hi = max(p.min, mid - width), min(p.max, mid + width)
            given[p.name] = float(rng.uniform(lo, hi))
        try:
            out.append(dict(catalog.resolve_params(act, given)))
        except ValueError:  # a joint constraint (min_val < max_val): the defaults
            out.append(dict(catalog.defaults(act)))
    return out


def _cases(n: int) -> list[tuple[str, dict[str, ParamValue]]]:
    cases = []
    for act in catalog.CATALOG.values():
        cases.append((act.id, dict(catalog.defaults(act))))
        if act.params:
            cases += [(act.id, p) for p in _random_params(act, n)]
    return cases


@pytest.mark.parametrize("fid", list(catalog.CATALOG))
def test_every_function_has_pytorch_code_or_a_module(fid: str) -> None:
    act = catalog.get(fid)
    for fid_, params in _cases(N_RANDOM):
        if fid_ != fid:
            continue
        if catalog.framework_code(act, params, "pytorch") is not None:
            continue
        assert act.torch_module is not None, f"{fid} {params}: no built-in and no module"
        code = act.torch_module(**params)
        assert "import torch\n" in code and "\nclass " in code, code


def _module_cases() -> list[tuple[str, dict[str, ParamValue]]]:
    cases = []
    for fid, params in _cases(N_RUN):
        act = catalog.get(fid)
        if act.torch_module is None:
            continue
        if catalog.framework_code(act, params, "pytorch") is None or params == catalog.defaults(
            act
        ):
            cases.append((fid, params))
    return cases


def _breaks(act: Activation, params: dict[str, ParamValue]) -> list[float]:
    return [
        float(k)
        for get in (act.kinks, act.jumps, act.switches)
        for k in get(**params)
        if math.isfinite(k)
    ]


def _run(torch, cls, act: Activation, params: dict[str, ParamValue], x: np.ndarray):  # type: ignore[no-untyped-def]
    """(module, f(x), f'(x) by autograd) in float64."""
    if act.family is Family.GLU:
        module = cls(1, 1).double()  # one input, one hidden unit: b = k a along the line
        with torch.no_grad():
            module.w.weight.fill_(1.0)
            module.v.weight.fill_(float(params["k"]))
    else:
        module = cls().double()
    xt = torch.tensor(x, dtype=torch.float64, requires_grad=True)
    y = module(xt.unsqueeze(-1)).squeeze(-1) if act.family is Family.GLU else module(xt)
    if y.requires_grad:
        (grad,) = torch.autograd.grad(y.sum(), xt)
        d1 = grad.detach().numpy()
    else:  # a step: the output does not depend on x through anything differentiable
        d1 = np.zeros_like(x)
    return module, y.detach().numpy(), d1


@pytest.mark.parametrize("fid, params", _module_cases(), ids=lambda v: str(v))
def test_module_runs_and_matches_the_kernel(fid: str, params: dict[str, ParamValue]) -> None:
    torch = pytest.importorskip("torch")
    act = catalog.get(fid)
    assert act.torch_module is not None
    code = act.torch_module(**params)
    assert "import torch\n" in code
    name = code.split("\nclass ", 1)[1].split("(", 1)[0]
    scope: dict = {}
    exec(compile(code, f"<{fid} module>", "exec"), scope)  # our own generated code
    cls = scope[name]
    assert issubclass(cls, torch.nn.Module)

    # the parameters are constructor arguments defaulting to the given values
    if act.family is not Family.GLU:
        sig = {k: v.default for k, v in inspect.signature(cls.__init__).parameters.items()}
        for group, members in GROUPED.get(fid, {}).items():
            assert sig.pop(group) == tuple(params[m] for m in members), (fid, group)
            sig.update((m, params[m]) for m in members)
        for p in act.params:
            if isinstance(p, ChoiceParam) and p.name not in sig:
                continue  # a choice of initial coefficients (PAU): written out instead
            assert p.name in sig, f"{fid}: {p.name} is not a constructor argument"
            assert sig[p.name] == params[p.name], (fid, p.name)

    breaks = _breaks(act, params)
    x = np.array([v for v in X if all(abs(v - k) > 1e-6 for k in breaks)])
    default = torch.get_default_dtype()
    torch.set_default_dtype(torch.float64)  # parameters exactly as given, not float32
    try:
        module, f, d1 = _run(torch, cls, act, params, x)
    finally:
        torch.set_default_dtype(default)

    names = {n.rsplit(".", 1)[-1] for n, _ in module.named_parameters()}
    for group, members in GROUPED.get(fid, {}).items():
        if group in names:
            names |= set(members)
    assert set(act.learnable) <= names, f"{fid}: learnable {act.learnable}, module has {names}"

    want = catalog.evaluate(act, x, params)
    np.testing.assert_allclose(f, want, rtol=1e-12, atol=1e-13, err_msg=f"{fid} f")
    want1 = catalog.evaluate(act, x, params, 1)
    np.testing.assert_allclose(d1, want1, rtol=1e-9, atol=1e-9, err_msg=f"{fid} f'")
