"""Sources and module code for UI tests, put on real catalog functions (most have
none yet): a short arXiv reference, a long one with further sources and a DOI with
few places to break, and a PyTorch module with a line wider than any panel."""

from __future__ import annotations

import dataclasses

import pytest

from actgui.core import catalog
from actgui.core.spec import Activation, Reference

GELU = Reference(
    authors=("Hendrycks, Dan", "Gimpel, Kevin"),
    year=2016,
    title="Gaussian Error Linear Units (GELUs)",
    venue="arXiv preprint",
    url="https://arxiv.org/abs/1606.08415",
)
ELFWING = Reference(
    authors=("Elfwing, Stefan", "Uchibe, Eiji", "Doya, Kenji"),
    year=2018,
    title="Sigmoid-weighted linear units for neural network function approximation "
    "in reinforcement learning",
    venue="Neural Networks",
    url="https://doi.org/10.1016/j.neunet.2017.12.012",
)
SWISH = Reference(
    authors=("Ramachandran, Prajit", "Zoph, Barret", "Le, Quoc V."),
    year=2017,
    title="Searching for Activation Functions",
    venue="arXiv preprint",
    url="https://arxiv.org/abs/1710.05941",
)
LONG = Reference(
    authors=tuple(f"Verylongfamilyname{i}, Given" for i in range(12)),
    year=2020,
    title="Neural Networks Fail to Learn Periodic Functions and How to Fix It: "
    "Supercalifragilisticexpialidociously Long Words in Titles",
    venue="Advances in Neural Information Processing Systems 33 (NeurIPS 2020), "
    "Proceedings of the Thirty-Fourth Annual Conference",
    url="https://doi.org/10.5555/3495724.3495862.ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789",
)

MODULE = '''import torch


class Snake(torch.nn.Module):
    """x + sin(alpha x)^2 / alpha with a learnable frequency alpha (Ziyin et al., 2020)."""

    def __init__(self, alpha: float = {alpha!r}) -> None:
        super().__init__()
        self.alpha = torch.nn.Parameter(torch.tensor(float(alpha)))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + torch.sin(self.alpha * x) ** 2 / self.alpha
'''


def snake_module(**params: object) -> str:
    return MODULE.format(**params)


def with_sources() -> dict[str, Activation]:
    """gelu: a short arXiv source; silu: a source and two more; snake: a long source,
    module code and a learnable parameter."""
    get = catalog.get
    return {
        "gelu": dataclasses.replace(get("gelu"), reference=GELU),
        "silu": dataclasses.replace(get("silu"), reference=GELU, see_also=(ELFWING, SWISH)),
        "snake": dataclasses.replace(
            get("snake"),
            reference=LONG,
            see_also=(dataclasses.replace(LONG, year=2021), ELFWING, SWISH),
            torch_module=snake_module,
            learnable=("alpha",),
        ),
    }


@pytest.fixture(name="sources")
def sources_fixture(monkeypatch):  # type: ignore[no-untyped-def]
    """The catalog with :func:`with_sources` in place, for one test."""
    acts = with_sources()
    for fid, act in acts.items():
        monkeypatch.setitem(catalog.CATALOG, fid, act)
    return acts
