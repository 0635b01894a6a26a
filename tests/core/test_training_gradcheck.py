"""Backpropagation through every catalog function's network equals central differences.

Small networks (a handful of points, a few units) in three shapes, with every
numeric parameter that has a finite value learned too: the gradient of the loss
with respect to each weight, bias and learned parameter is compared with a
central difference of the loss.  Points where a pre-activation lies near a kink
or jump of f are avoided (a difference across a kink measures neither side).
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core.spec import NumberParam
from actgui.core.training import param_grad
from actgui.core.training.network import Network, layer_shapes

#: (hidden layers, width, classes, head)
SHAPES = [(1, 3, 2, "sigmoid"), (2, 4, 3, "softmax"), (3, 2, 2, "softmax")]
H = 1e-6


def _learnable(act, params) -> list[str]:  # type: ignore[no-untyped-def]
    out = []
    for p in act.params:
        if isinstance(p, NumberParam) and math.isfinite(float(params[p.name])):
            out.append(p.name)
    return out


def _loss(net: Network, x: np.ndarray, y: np.ndarray) -> float:
    net.sync_params()
    buf = net.forward(x, derivatives=False)
    return net.loss(buf, y, gradient=False)[0]


def _near_break(net: Network, x: np.ndarray, margin: float = 1e-3) -> bool:
    act, params = net.act, net.params
    points = [float(v) for v in (*act.kinks(**params), *act.jumps(**params))]
    if not points:
        return False
    buf = net.forward(x, derivatives=False)
    for k in range(net.layers):
        z = buf.z[k]
        for p in points:
            if np.any(np.abs(z - p) < margin * max(1.0, abs(p))):
                return True
    return False


def _network(fid: str, shape, seed: int):  # type: ignore[no-untyped-def]
    layers, width, classes, head = shape
    act = catalog.get(fid)
    params = catalog.resolve_params(act)
    learned = _learnable(act, params)
    outputs = 1 if head == "sigmoid" else classes
    shapes = layer_shapes(layers, width, outputs)
    rng = np.random.default_rng(seed)
    size = sum(fi * fo + fo for fi, fo in shapes)
    theta0 = rng.standard_normal(size) * 0.8
    net = Network(act, params, learned, layers, width, classes, head, theta0)
    x = rng.uniform(-1.0, 1.0, (5, 2))
    y = np.arange(5) % classes
    return net, x, y


def _numeric_gradient(net: Network, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    theta = net.theta
    out = np.empty_like(theta)
    for i in range(theta.size):
        old = theta[i]
        h = H * max(1.0, abs(old))
        lo, hi = -np.inf, np.inf
        if i >= net.n_weights:
            lo, hi = net.bounds[i - net.n_weights]
        if old - 2 * h >= lo and old + 2 * h <= hi:
            # five-point stencil (error ~ h^4 f5): fast oscillators such as SIREN
            # (sin 30x) defeat the three-point one's h^2 third-derivative term
            vals = {}
            for m in (-2, -1, 1, 2):
                theta[i] = old + m * h
                vals[m] = _loss(net, x, y)
            out[i] = (8 * (vals[1] - vals[-1]) - (vals[2] - vals[-2])) / (12 * h)
        else:  # at the edge of a parameter's range: one-sided, second order
            s = 1.0 if old + 2 * h <= hi else -1.0
            vals = []
            for m in (0, 1, 2):
                theta[i] = old + s * m * h
                vals.append(_loss(net, x, y))
            out[i] = (-3 * vals[0] + 4 * vals[1] - vals[2]) / (2 * s * h)
        theta[i] = old
    net.sync_params()
    return out


@pytest.mark.parametrize("fid", catalog.ids())
def test_backprop_equals_central_differences(fid: str) -> None:
    with np.errstate(all="raise", under="ignore"):
        for shape in SHAPES:
            for seed in range(40):
                net, x, y = _network(fid, shape, seed)
                if not _near_break(net, x):
                    break
            else:
                pytest.fail(f"{fid}: no seed keeps the pre-activations off the kinks")
            buf = net.forward(x)
            net.loss(buf, y, gradient=True)
            net.backward(x, buf)
            analytic = net.grad.copy()
            numeric = _numeric_gradient(net, x, y)
            scale = max(1.0, float(np.abs(numeric).max()))
            err = np.abs(analytic - numeric)
            worst = int(np.argmax(err))
            where = "weights" if worst < net.n_weights else net.learned[worst - net.n_weights]
            assert err[worst] <= 2e-6 * scale, (
                f"{fid} {shape}: backprop {analytic[worst]!r} vs differences "
                f"{numeric[worst]!r} at {where} (index {worst})"
            )


@pytest.mark.parametrize(("fid", "name"), sorted(param_grad.ANALYTIC))
def test_analytic_parameter_derivatives(fid: str, name: str) -> None:
    """The analytic ∂f/∂θ equal the central difference the other parameters use."""
    act = catalog.get(fid)
    x = np.concatenate((np.linspace(-6, 6, 121), [-1e6, 1e6, -1e300, 1e300, 0.0]))
    for value in (0.05, 0.3, 1.0, 2.5):
        p = act.param(name)
        assert isinstance(p, NumberParam)
        if not p.min <= value <= p.max:
            continue
        params = catalog.resolve_params(act, {name: value})
        with np.errstate(all="raise", under="ignore"):
            exact = param_grad.param_derivative(act, name, x, params)
        assert np.all(np.isfinite(exact))
        saved = param_grad.ANALYTIC.pop((fid, name))
        try:
            diff = param_grad.param_derivative(act, name, x[:121], params)
        finally:
            param_grad.ANALYTIC[(fid, name)] = saved
        np.testing.assert_allclose(exact[:121], diff, rtol=1e-7, atol=1e-8)
