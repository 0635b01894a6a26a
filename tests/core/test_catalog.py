"""Catalog shape, parameter validation, specs, presets and framework code."""

from __future__ import annotations

import math
import re

import numpy as np
import pytest

from actgui.core import catalog
from actgui.core.spec import ChoiceParam, Family, NumberParam, Preset

ALL = list(catalog.CATALOG.values())
IDS = [a.id for a in ALL]

TORCH_NN = {
    "relu": "ReLU",
    "leaky_relu": "LeakyReLU",
    "prelu": "PReLU",
    "rrelu": "RReLU",
    "relu6": "ReLU6",
    "elu": "ELU",
    "celu": "CELU",
    "selu": "SELU",
    "softplus": "Softplus",
    "sigmoid": "Sigmoid",
    "tanh": "Tanh",
    "log_sigmoid": "LogSigmoid",
    "softsign": "Softsign",
    "gelu": "GELU",
    "silu": "SiLU",
    "mish": "Mish",
    "hardshrink": "Hardshrink",
    "softshrink": "Softshrink",
    "tanhshrink": "Tanhshrink",
    "hardtanh": "Hardtanh",
    "hardsigmoid": "Hardsigmoid",
    "hard_swish": "Hardswish",
    "threshold": "Threshold",
}
KERAS_ACTIVATIONS = [
    "relu",
    "relu6",
    "elu",
    "celu",
    "selu",
    "sigmoid",
    "tanh",
    "log_sigmoid",
    "softsign",
    "softplus",
    "gelu",
    "silu",
    "mish",
    "hard_swish",
    "hardsigmoid",
    "hardshrink",
    "softshrink",
    "tanhshrink",
    "hardtanh",
    "squareplus",
    "sparse_plus",
    "sparse_sigmoid",
    "exponential",
    "identity",
    "leaky_relu",
    "threshold",
]
WIKIPEDIA_AND_CLASSICS = [
    "identity",
    "binary_step",
    "soboleva_tanh",
    "elish",
    "gaussian",
    "sinusoid",
    "arctan",
    "lecun_tanh",
    "bent_identity",
    "symmetrical_sigmoid",
    "log_log",
    "absolute",
    "sinc",
    "isru",
    "isrlu",
    "sqnl",
    "srelu",
]


def _mid_params(act):  # type: ignore[no-untyped-def]
    """Parameters away from the defaults (a fraction into the range, another choice)."""
    out = {}
    for p in act.params:
        if isinstance(p, ChoiceParam):
            out[p.name] = next(c for c in p.choices if c != p.default)
        else:
            lo = p.min if math.isfinite(p.min) else p.default - 5
            hi = p.max if math.isfinite(p.max) else p.default + 5
            v = lo + 0.37 * (hi - lo)
            out[p.name] = v if v != p.default else lo + 0.61 * (hi - lo)
    return catalog.resolve_params(act, out)


def test_at_least_45_distinct_functions() -> None:
    # Entries whose curves coincide at the defaults count once (celu and elu at
    # alpha = 1, soboleva_tanh and tanh at a = b = c = d = 1) ...
    x = np.linspace(-7.3, 7.1, 997)
    groups: dict[tuple[float, ...], list[str]] = {}
    for a in ALL:
        key = tuple(np.round(catalog.evaluate(a, x), 9))
        groups.setdefault(key, []).append(a.id)
    assert len(groups) >= 45
    # ... and each such coincidence is a parametric family meeting a special case:
    # away from the defaults the members differ.
    for ids in (g for g in groups.values() if len(g) > 1):
        curves = {
            fid: tuple(np.round(catalog.evaluate(fid, x, _mid_params(catalog.get(fid))), 9))
            for fid in ids
        }
        assert len(set(curves.values())) == len(ids), ids


@pytest.mark.parametrize(
    "function_id", sorted(set(TORCH_NN) | set(KERAS_ACTIVATIONS) | set(WIKIPEDIA_AND_CLASSICS))
)
def test_required_function_present(function_id: str) -> None:
    assert function_id in catalog.CATALOG


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_declaration_is_sound(act) -> None:  # type: ignore[no-untyped-def]
    assert re.fullmatch(r"[a-z][a-z0-9]*(_[a-z0-9]+)*", act.id)
    assert act.name and act.name.strip() == act.name
    assert isinstance(act.family, Family)
    assert act.convention or not (
        act.kinks(**catalog.defaults(act)) or act.jumps(**catalog.defaults(act))
    )
    for p in act.params:
        if isinstance(p, NumberParam):
            assert p.check(p.default) is None, p
            if p.keras_default is not None:
                assert p.check(p.keras_default) is None, p
            assert p.step > 0 and math.isfinite(p.step)
            assert p.min < p.max
        else:
            assert isinstance(p, ChoiceParam)
            assert p.default in p.choices
    for preset in Preset:
        catalog.resolve_params(act, None, preset)  # defaults satisfy joint constraints


@pytest.mark.parametrize("function_id, name", sorted(TORCH_NN.items()))
def test_torch_names_and_code(function_id: str, name: str) -> None:
    act = catalog.get(function_id)
    code = catalog.framework_code(act, None, "pytorch")
    assert code is not None and code.startswith(f"torch.nn.{name}(")


def test_framework_code_follows_parameters() -> None:
    assert catalog.framework_code("leaky_relu", {"negative_slope": 0.2}, "pytorch") == (
        "torch.nn.LeakyReLU(negative_slope=0.2)"
    )
    assert catalog.framework_code("leaky_relu", {"negative_slope": 0.2}, "keras") == (
        "keras.layers.LeakyReLU(negative_slope=0.2)"
    )
    assert catalog.framework_code("arctan", None, "pytorch") is None
    assert catalog.framework_code("silu", {"beta": 2.0}, "pytorch") is None
    assert catalog.framework_code("silu", None, "pytorch") == "torch.nn.SiLU()"
    with pytest.raises(ValueError, match="framework"):
        catalog.framework_code("relu", None, "jax")


def test_presets_differ_where_frameworks_do() -> None:
    assert catalog.defaults("leaky_relu", "pytorch") == {"negative_slope": 0.01}
    assert catalog.defaults("leaky_relu", "keras") == {"negative_slope": 0.3}
    assert catalog.defaults("prelu", "pytorch") == {"init": 0.25}
    assert catalog.defaults("prelu", "keras") == {"init": 0.0}
    # Keras 3: keras.activations.gelu(x, approximate=False), the same as PyTorch
    assert catalog.defaults("gelu", "keras") == {"approximate": "none"}
    assert catalog.defaults("gelu", "pytorch") == {"approximate": "none"}
    assert catalog.differs_by_preset(catalog.get("leaky_relu"))
    assert not catalog.differs_by_preset(catalog.get("sigmoid"))


def test_rrelu_knows_its_band_and_uses_the_mean_slope() -> None:
    act = catalog.get("rrelu")
    assert {p.name for p in act.params} == {"lower", "upper"}
    y = catalog.evaluate(act, [-2.0], {"lower": 0.1, "upper": 0.3})
    assert y[0] == pytest.approx(-2.0 * 0.2, rel=1e-15)


def test_gelu_approximate_is_a_choice() -> None:
    p = catalog.get("gelu").param("approximate")
    assert isinstance(p, ChoiceParam) and set(p.choices) == {"none", "tanh"}


def test_aliases() -> None:
    assert catalog.get("swish") is catalog.get("silu")
    assert catalog.get("linear") is catalog.get("identity")
    assert catalog.get("Leaky-ReLU") is catalog.get("leaky_relu")


# --- bad input ----------------------------------------------------------------------


def test_unknown_function_suggests() -> None:
    with pytest.raises(ValueError, match=r"unknown function 'sigmod'.*'sigmoid'"):
        catalog.get("sigmod")


@pytest.mark.parametrize(
    "given, pattern",
    [
        ({"slope": 0.1}, r"leaky_relu: unknown parameter 'slope'.*'negative_slope'"),
        (
            {"negative_slope": 5.0},
            r"leaky_relu: parameter 'negative_slope' = 5\.0 .*above.*\[0\.0, 1\.0\]",
        ),
        ({"negative_slope": -0.5}, r"'negative_slope' = -0\.5 .*below"),
        ({"negative_slope": float("nan")}, r"'negative_slope' = nan .*NaN"),
        ({"negative_slope": float("inf")}, r"'negative_slope' = inf .*infinite"),
        (
            {"negative_slope": "abc"},
            r"'negative_slope' must be a number in \[0\.0, 1\.0\], got 'abc'",
        ),
        ({"negative_slope": [1]}, r"'negative_slope' must be a number .*got list"),
        ({"negative_slope": True}, r"'negative_slope' must be a number .*got bool"),
    ],
)
def test_bad_parameters_are_named(given, pattern) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ValueError, match=pattern):
        catalog.resolve_params("leaky_relu", given)


def test_bad_choice_and_joint_constraints() -> None:
    with pytest.raises(ValueError, match=r"gelu: parameter 'approximate' = 'fast'.*'none', 'tanh'"):
        catalog.resolve_params("gelu", {"approximate": "fast"})
    with pytest.raises(
        ValueError, match=r"hardtanh: parameter 'min_val' = 2\.0 must be less than 'max_val'"
    ):
        catalog.resolve_params("hardtanh", {"min_val": 2.0, "max_val": 1.0})
    with pytest.raises(ValueError, match=r"rrelu: parameter 'lower'"):
        catalog.resolve_params("rrelu", {"lower": 0.5, "upper": 0.2})
    with pytest.raises(ValueError, match="order"):
        catalog.evaluate("relu", [0.0], order=3)


def test_inf_only_where_allowed() -> None:
    assert catalog.resolve_params("relu_general", {"max_value": math.inf})["max_value"] == math.inf


# --- specs ----------------------------------------------------------------------


def test_parse_spec() -> None:
    act, p = catalog.parse_spec("leaky_relu(negative_slope=0.2)")
    assert act.id == "leaky_relu" and p == {"negative_slope": 0.2}
    act, p = catalog.parse_spec(" gelu(approximate='tanh') ")
    assert p == {"approximate": "tanh"}
    act, p = catalog.parse_spec("gelu(approximate=tanh)")
    assert p == {"approximate": "tanh"}
    act, p = catalog.parse_spec("hardtanh(min_val=-2, max_val=3)")
    assert p == {"min_val": -2.0, "max_val": 3.0}
    assert catalog.parse_spec("relu")[0].id == "relu"


@pytest.mark.parametrize(
    "spec, pattern",
    [
        ("", "empty"),
        ("leaky_relu(0.2)", "keyword arguments only"),
        ("leaky_relu(negative_slope=__import__('os'))", "plain number"),
        ("leaky_relu(negative_slope=1+1)", "plain number"),
        ("leaky_relu(", "cannot read"),
        ("os.system('x')", "cannot read"),
        ("nosuch(a=1)", "unknown function"),
        ("leaky_relu(**{'a': 1})", r"\*\*"),
    ],
)
def test_parse_spec_rejects(spec: str, pattern: str) -> None:
    with pytest.raises(ValueError, match=pattern):
        catalog.parse_spec(spec)


@pytest.mark.parametrize("act", ALL, ids=IDS)
def test_format_spec_round_trip(act) -> None:  # type: ignore[no-untyped-def]
    for preset in Preset:
        p = catalog.resolve_params(act, None, preset)
        text = catalog.format_spec(act, p)
        again_act, again = catalog.parse_spec(text)
        assert again_act is act and again == p


def test_legend_label_adds_params_inside_a_names_parentheses() -> None:
    from actgui.core.state import Curve

    def label(fid: str, **given: object) -> str:
        return Curve(0, fid, catalog.resolve_params(fid, given), "#000000").label()

    assert label("flexible_relu", b=0.5) == "FReLU (flexible ReLU; b=0.5)"
    assert label("flexible_relu") == "FReLU (flexible ReLU)"
    assert label("repu", p=3.0) == "RePU (ReLUᵖ; p=3)"
    assert label("leaky_relu", negative_slope=0.3) == "Leaky ReLU (negative_slope=0.3)"


def test_normal_cdf_is_named_phi_and_probit_is_explained() -> None:
    from actgui.core import texts

    assert catalog.get("normal_cdf").name == "Normal CDF (Φ)"
    assert catalog.get("probit").id == "normal_cdf"  # the name people use for it
    for lang in ("en", "zh_CN"):
        assert "Φ⁻¹" in texts.for_function("normal_cdf", lang).summary
    # frelu finds Flexible ReLU; its text names the better-known (spatial) funnel FReLU
    assert catalog.get("frelu").id == "flexible_relu"
    assert "ECCV 2020" in texts.for_function("flexible_relu", "en").summary
    assert "ECCV 2020" in texts.for_function("flexible_relu", "zh_CN").summary
