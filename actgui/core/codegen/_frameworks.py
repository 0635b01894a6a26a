"""PyTorch and Keras code: the framework's built-in where there is one, else a
module (PyTorch) or a function (Keras) written from the formula."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from typing import Any

from .. import catalog
from ..spec import Activation, ParamValue
from ..state import ExplorerState
from ._printer import KERAS, RESERVED, TORCH, _call, _Definitions, _escape_doc, _resolve, _value

# --- PyTorch and Keras ----------------------------------------------------------------------


def _class_name(name: str) -> str:
    plain = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    words = re.findall(r"[A-Za-z0-9]+", plain)
    out = "".join(w if w[:1].isupper() else w[:1].upper() + w[1:] for w in words) or "Activation"
    return out if out[0].isalpha() else "F" + out


def framework_code(
    function_id: str,
    params: Mapping[str, ParamValue] | None,
    framework: str,
    state: ExplorerState | None = None,
) -> str:
    """PyTorch or Keras code for a function with ``params``: the framework's built-in
    (:func:`catalog.framework_code`), else (PyTorch) the catalog's ``torch_module``,
    else code written from the function's formula."""
    act = _resolve(function_id, state)
    custom = state.custom.get(act.id) if state is not None else None
    if custom is not None:
        p = dict(params or {p.name: p.default for p in act.params})
    else:
        p = catalog.resolve_params(act, params)
        built_in = catalog.framework_code(act, p, framework)
        if built_in is not None:
            return built_in
        if framework == "pytorch" and act.torch_module is not None:
            return act.torch_module(**p).rstrip("\n")
    if framework == "pytorch":
        return _torch_module(act, p, state)
    return _keras_function(act, p, state)


def _torch_module(act: Activation, params: Mapping[str, ParamValue], state: Any) -> str:
    defs = _Definitions(TORCH, state)
    fn = defs.need(act.id)
    names = [q.name for q in act.params]
    rename = {n: (n + "_" if n in RESERVED else n) for n in names}
    cls = _class_name(act.name)
    init = ", ".join(["self", *(f"{rename[n]}={_value(params[n])}" for n in names)])
    lines = ["import math", "", "import torch", "", "", *_join(defs.blocks), "", ""]
    lines += [f"class {cls}(torch.nn.Module):", f'    """{_escape_doc(act.name)} (from actgui)."""']
    lines += ["", f"    def __init__({init}):", "        super().__init__()"]
    lines += [f"        self.{rename[n]} = {rename[n]}" for n in names]
    args = ", ".join(["x", *(f"{n}=self.{rename[n]}" for n in names)])
    lines += ["", "    def forward(self, x):", f"        return {fn}({args})"]
    return "\n".join(lines)


def _keras_function(act: Activation, params: Mapping[str, ParamValue], state: Any) -> str:
    defs = _Definitions(KERAS, state)
    fn = defs.need(act.id)
    rename = (lambda n: n + "_" if n in RESERVED else n) if act.id.startswith("custom:") else str
    call = _call(act, params, rename)
    lines = ["import math", "", "import keras", "", "", *_join(defs.blocks), "", ""]
    if call == f"{fn}(x)":
        lines.append(f"# use: keras.layers.Dense(64, activation={fn})")
    else:
        lines.append(f"# use: keras.layers.Dense(64, activation=lambda x: {call})")
    return "\n".join(lines)


def _join(blocks: list[str]) -> list[str]:
    return "\n\n\n".join(blocks).split("\n")
