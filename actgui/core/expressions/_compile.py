"""Conversion of the parsed tree, node by node against the whitelist, into the private tree.

:class:`_Compiler` refuses anything not on the whitelist with an
:class:`ExpressionError` at its column, folds constant subtrees (an undefined or
overflowing constant is refused), and collects the switching quantities (abs,
max/min, where, catalog kinks) that :mod:`._breaks` searches for kinks and jumps.
"""

from __future__ import annotations

import ast
import math
import re
from collections.abc import Mapping
from typing import Any

import numpy as np

from .. import catalog
from ..messages import mark, message
from ..spec import Activation, ChoiceParam, NumberParam, format_number, format_value
from ._base import MAX_EXPONENT, ExpressionError, _err, _example, _short
from ._dual import _Diag, _run
from ._elementary import _CONSTANTS, _FUNCTION_NAMES, _UNARY, FUNCTIONS
from ._parse import _parse as _parse  # for codegen: _Compiler(text, p).expr(_parse(text))
from ._tree import (
    _COMPARE,
    _Bin,
    _Catalog,
    _Const,
    _Neg,
    _Node,
    _Param,
    _Pick,
    _Unary,
    _Var,
    _Where,
)

_BINOPS = {ast.Add: "+", ast.Sub: "-", ast.Mult: "*", ast.Div: "/", ast.Pow: "**"}
#: reasons (templates for :func:`message`) by refused operator and syntax
_BAD_BINOPS = {
    ast.BitXor: mark("`^` is not a power here: use ** (x**2)"),
    ast.Mod: mark("`%` is not supported"),
    ast.FloorDiv: mark("`//` is not supported: use /"),
    ast.MatMult: mark("`@` is not supported"),
    ast.BitAnd: mark(
        "`&` is not supported: chain comparisons inside where, e.g. where(0 < x < 1, ...)"
    ),
    ast.BitOr: mark("`|` is not supported: nest where(...) instead"),
    ast.LShift: mark("`<<` is not supported"),
    ast.RShift: mark("`>>` is not supported"),
}
_REFUSED: dict[type, str] = {
    ast.Subscript: mark("indexing with [...] is not allowed"),
    ast.Lambda: mark("lambda is not allowed"),
    ast.ListComp: mark("comprehensions are not allowed"),
    ast.SetComp: mark("comprehensions are not allowed"),
    ast.DictComp: mark("comprehensions are not allowed"),
    ast.GeneratorExp: mark("generator expressions are not allowed"),
    ast.JoinedStr: mark("strings are not allowed"),
    ast.FormattedValue: mark("strings are not allowed"),
    ast.Starred: mark("`*` unpacking is not allowed"),
    ast.NamedExpr: mark("assignment (`:=`) is not allowed"),
    ast.IfExp: mark("`a if c else b` is not allowed: use where(c, a, b)"),
    ast.BoolOp: mark(
        "`and`/`or` are not allowed: chain comparisons (0 < x < 1) or nest where(...)"
    ),
    ast.Tuple: mark("a comma here makes a tuple, which is not allowed"),
    ast.List: mark("lists are not allowed"),
    ast.Set: mark("sets are not allowed"),
    ast.Dict: mark("dictionaries are not allowed"),
    ast.Await: mark("await is not allowed"),
    ast.Yield: mark("yield is not allowed"),
    ast.YieldFrom: mark("yield is not allowed"),
    ast.Slice: mark("slices are not allowed"),
}


def _pos(n: ast.AST) -> tuple[int, int]:
    p = int(getattr(n, "col_offset", 0))
    e = getattr(n, "end_col_offset", None)
    return p, (int(e) if e is not None and getattr(n, "end_lineno", 1) == 1 else p + 1)


class _Compiler:
    def __init__(self, text: str, params: Mapping[str, NumberParam]) -> None:
        self.text = text
        self.params = params
        self.switches: list[tuple[str, _Node, Any]] = []

    # -- names --------------------------------------------------------------------------

    def _known(self) -> list[str]:
        return sorted({*FUNCTIONS, *self.params, *catalog.CATALOG, *catalog.ALIASES})

    def _unknown(self, name: str, pos: int, end: int, called: bool) -> ExpressionError:
        shown = _short(name)
        if name.startswith("_") or "__" in name:
            return _err(
                message(
                    "name `{name}` is not allowed (no names with leading or double `_`)",
                    name=shown,
                ),
                pos,
                end,
            )
        cands = self._known()
        lower = {c.lower(): c for c in cands}
        close = [lower[name.lower()]] if name.lower() in lower else []
        import difflib  # only for a mistyped name: ~5 ms at start-up otherwise

        close = close or difflib.get_close_matches(name, cands, n=1, cutoff=0.6)
        reason = message("unknown name `{name}`", name=shown)
        if close:
            return _err(reason, pos, end, message("did you mean `{name}`?", name=close[0]))
        if not called and re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,31}", name):
            return _err(
                reason,
                pos,
                end,
                message("declare it as a parameter ({name} = 1.0) or use x", name=name),
            )
        return _err(reason, pos, end)

    # -- expressions ----------------------------------------------------------------------

    def expr(self, n: ast.AST) -> _Node:
        pos, end = _pos(n)
        if isinstance(n, ast.Constant):
            return self._constant(n, pos, end)
        if isinstance(n, ast.Name):
            return self._name(n.id, pos, end)
        if isinstance(n, ast.UnaryOp):
            if isinstance(n.op, ast.USub):
                return self._fold(_Neg(self.expr(n.operand), pos, end))
            if isinstance(n.op, ast.UAdd):
                return self.expr(n.operand)
            op = "not" if isinstance(n.op, ast.Not) else "~"
            raise _err(message("`{operator}` is not supported", operator=op), pos, end)
        if isinstance(n, ast.BinOp):
            return self._binop(n, pos, end)
        if isinstance(n, ast.Call):
            return self._call(n, pos, end)
        if isinstance(n, ast.Compare):
            raise _err(
                message("a comparison is only allowed as the first argument of where(...)"),
                pos,
                end,
                _example("where(x > 0, x, 0)"),
            )
        if type(n) in _REFUSED:
            reason = message(_REFUSED[type(n)])
        else:
            reason = message("`{syntax}` is not allowed in an expression", syntax=type(n).__name__)
        if isinstance(n, ast.Attribute):
            reason = message("attribute access (`.{name}`) is not allowed", name=_short(n.attr))
            pos = end - len(n.attr) - 1
        if isinstance(n, ast.Tuple) and n.elts:
            pos = _pos(n.elts[0])[1]
            while pos < len(self.text) and self.text[pos] in " )\t\r\n":
                pos += 1
        raise _err(reason, max(pos, 0), end)

    def _constant(self, n: ast.Constant, pos: int, end: int) -> _Node:
        v = n.value
        if isinstance(v, bool) or v is None or v is Ellipsis:
            raise _err(message("`{value}` is not a number", value=repr(v)), pos, end)
        if isinstance(v, str):
            raise _err(message("strings are not allowed"), pos, end)
        if isinstance(v, bytes):
            raise _err(message("bytes are not allowed"), pos, end)
        if isinstance(v, complex):
            raise _err(message("complex numbers are not allowed"), pos, end)
        if not isinstance(v, (int, float)):  # pragma: no cover - ast gives no other kinds
            raise _err(message("this constant is not allowed"), pos, end)
        try:
            f = float(v)
        except OverflowError:
            f = math.inf
        if not math.isfinite(f):
            raise _err(message("the number is too large for float64 (at most 1.797e308)"), pos, end)
        return _Const(f, pos, end)

    def _name(self, name: str, pos: int, end: int) -> _Node:
        if name == "x":
            return _Var(pos, end, True)
        if name in self.params:
            return _Param(name, pos, end)
        if name in _CONSTANTS:
            return _Const(_CONSTANTS[name], pos, end)
        if name in _FUNCTION_NAMES or name in catalog.CATALOG or name in catalog.ALIASES:
            raise _err(
                message("`{name}` is a function", name=name),
                pos,
                end,
                message("call it, as in {example}", example=f"{name}(x)"),
            )
        raise self._unknown(name, pos, end, called=False)

    def _binop(self, n: ast.BinOp, pos: int, end: int) -> _Node:
        op = _BINOPS.get(type(n.op))
        if op is None:
            opos = self._op_pos(n)
            if type(n.op) in _BAD_BINOPS:
                raise _err(message(_BAD_BINOPS[type(n.op)]), opos)
            raise _err(message("this operator is not supported"), opos)  # pragma: no cover
        a = self.expr(n.left)
        b = self.expr(n.right)
        if op == "**" and isinstance(b, _Const) and abs(float(b.value)) > MAX_EXPONENT:
            raise _err(
                message(
                    "the exponent {value} is too large "
                    "(constant exponents are limited to |p| <= {limit})",
                    value=format_number(float(b.value)),
                    limit=f"{MAX_EXPONENT:g}",
                ),
                b.pos,
                b.end,
            )
        return self._fold(_Bin(op, a, b, pos, end))

    def _op_pos(self, n: ast.BinOp) -> int:
        """Column of a binary operator: the first non-space after the left operand."""
        _, lend = _pos(n.left)
        i = lend
        while i < len(self.text) and self.text[i] in " )\t\r\n":
            i += 1
        return min(i, len(self.text))

    def _call(self, n: ast.Call, pos: int, end: int) -> _Node:
        if not isinstance(n.func, ast.Name):
            self.expr(n.func)  # refused with its own message (attribute, lambda, ...)
            raise _err(
                message("only named functions can be called, as in {example}", example="exp(x)"),
                pos,
                end,
            )
        name = n.func.id
        fpos, fend = _pos(n.func)
        for a in n.args:
            if isinstance(a, ast.Starred):
                raise _err(message("`*` unpacking is not allowed"), *_pos(a))
        for kw in n.keywords:
            if kw.arg is None:
                raise _err(message("`**` unpacking is not allowed"), *_pos(kw.value))
        if name in _UNARY and not n.keywords:
            self._arity(name, n, 1, fpos, fend)
            arg = self.expr(n.args[0])
            node = _Unary(name, arg, pos, end)
            if name == "abs" and arg.xdep:
                self.switches.append(("kink", arg, None))
            return self._fold(node)
        if name in ("min", "max"):
            self._no_keywords(name, n)
            if len(n.args) < 2:
                raise _err(
                    message("{name} takes two or more arguments", name=name),
                    pos,
                    end,
                    message(
                        "{form}, e.g. {example}", form=f"{name}(a, b)", example=f"{name}(x, 0.1*x)"
                    ),
                )
            args = [self.expr(a) for a in n.args]
            acc = args[0]
            for b in args[1:]:
                acc = self._fold(_Pick(name == "max", acc, b, pos, end))
                if isinstance(acc, _Pick) and acc.xdep:
                    self.switches.append(("kink", _Bin("-", acc.a, acc.b, pos, end), None))
            return acc
        if name == "where":
            return self._where(n, pos, end, fpos, fend)
        if name in _UNARY and name not in catalog.CATALOG:
            self._no_keywords(name, n)
        act = catalog.CATALOG.get(name) or catalog.CATALOG.get(catalog.ALIASES.get(name, ""))
        if act is not None:
            return self._catalog_call(act, n, pos, end, fpos, fend)
        if name in ("x", *_CONSTANTS) or name in self.params:
            raise _err(message("`{name}` is not a function", name=name), fpos, fend)
        raise self._unknown(name, fpos, fend, called=True)

    def _arity(self, name: str, n: ast.Call, k: int, fpos: int, fend: int) -> None:
        if len(n.args) != k:
            if k == 1:
                reason = message(
                    "{name} takes 1 argument, got {count}", name=name, count=len(n.args)
                )
            else:  # pragma: no cover - every plain function takes one argument
                reason = message(
                    "{name} takes {k} arguments, got {count}", name=name, k=k, count=len(n.args)
                )
            raise _err(reason, fpos, fend)

    def _no_keywords(self, name: str, n: ast.Call) -> None:
        if n.keywords:
            kw = n.keywords[0]
            raise _err(message("{name} takes no keyword arguments", name=name), *_pos(kw))

    def _where(self, n: ast.Call, pos: int, end: int, fpos: int, fend: int) -> _Node:
        self._no_keywords("where", n)
        if len(n.args) != 3:
            raise _err(
                message("where takes 3 arguments (cond, a, b), got {count}", count=len(n.args)),
                fpos,
                fend,
                _example("where(x > 0, x, 0.1*x)"),
            )
        cond = n.args[0]
        if not isinstance(cond, ast.Compare):
            raise _err(
                message("the first argument of where must be a comparison"),
                *_pos(cond),
                _example("where(x > 0, x, 0)"),
            )
        terms = [self.expr(cond.left), *(self.expr(c) for c in cond.comparators)]
        ops = [type(o) for o in cond.ops]
        for o, t in zip(cond.ops, cond.comparators):
            if type(o) not in _COMPARE:
                raise _err(message("only < <= > >= == != can compare numbers"), *_pos(t))
        a = self.expr(n.args[1])
        b = self.expr(n.args[2])
        node = _Where(terms, ops, a, b, pos, end)
        for i in range(len(ops)):
            lhs, rhs = terms[i], terms[i + 1]
            if lhs.xdep or rhs.xdep:
                self.switches.append(("where", _Bin("-", lhs, rhs, pos, end), None))
        return self._fold(node)

    def _catalog_call(
        self, act: Activation, n: ast.Call, pos: int, end: int, fpos: int, fend: int
    ) -> _Node:
        if len(n.args) != 1:
            raise _err(
                message(
                    "{function} takes one argument (an expression in x) and keyword parameters, "
                    "got {count} arguments",
                    function=act.id,
                    count=len(n.args),
                ),
                fpos,
                fend,
                _example(f"{act.id}(x" + (f", {act.params[0].name}=...)" if act.params else ")")),
            )
        arg = self.expr(n.args[0])
        fixed: dict[str, Any] = {}
        refs: dict[str, str] = {}
        given: dict[str, ast.keyword] = {}
        for kw in n.keywords:
            kpos, kend = _pos(kw)
            assert kw.arg is not None
            try:
                p = act.param(kw.arg)
            except KeyError:
                names = ", ".join(q.name for q in act.params) or message("none")
                import difflib  # only for a mistyped name: ~5 ms at start-up otherwise

                close = difflib.get_close_matches(kw.arg, [q.name for q in act.params], n=1)
                if close:
                    hint = message("did you mean `{name}`?", name=close[0])
                else:
                    hint = message("its parameters: {names}", names=names)
                raise _err(
                    message(
                        "{function} has no parameter `{name}`", function=act.id, name=_short(kw.arg)
                    ),
                    kpos,
                    kend,
                    hint,
                ) from None
            if kw.arg in given:
                raise _err(
                    message(
                        "{function}: parameter {name} is given twice ({first} and {second})",
                        function=act.id,
                        name=f"`{kw.arg}`",
                        first=self._src_of(given[kw.arg].value),
                        second=self._src_of(kw.value),
                    ),
                    kpos,
                    kend,
                    message("give it once"),
                )
            given[kw.arg] = kw
            fixed_value = self._kw_value(act, p, kw.value, refs, kw.arg)
            if fixed_value is not None:
                fixed[kw.arg] = fixed_value[0]
                why = p.check(fixed_value[0]) if isinstance(p, NumberParam) else None
                if why is not None:
                    raise _err(
                        message(
                            "{function}: parameter {name} = {value} is not allowed ({reason}); "
                            "allowed: {allowed}",
                            function=act.id,
                            name=f"`{kw.arg}`",
                            value=format_value(fixed_value[0]),
                            reason=why,
                            allowed=p.allowed(),
                        ),
                        kpos,
                        kend,
                    )
        try:
            resolved = catalog.resolve_params(
                act, {**fixed, **{k: self.params[v].default for k, v in refs.items()}}
            )
        except ValueError as exc:
            raise _err(str(exc), pos, end) from None
        node = _Catalog(act, arg, resolved if not refs else fixed, refs, pos, end)
        if arg.xdep:
            if refs:
                ks: Any = node
            else:
                ks = (tuple(act.kinks(**resolved)), tuple(act.jumps(**resolved)))
            self.switches.append(("catalog", arg, ks))
        return self._fold(node)

    def _kw_value(
        self, act: Activation, p: Any, value: ast.expr, refs: dict[str, str], kw: str
    ) -> tuple[Any] | None:
        vpos, vend = _pos(value)
        if isinstance(p, ChoiceParam):
            if isinstance(value, ast.Name) and value.id in p.choices:
                return (value.id,)
            raise _err(
                message(
                    "{function}: parameter `{name}` must be one of {choices} "
                    "(a bare word, as in {example})",
                    function=act.id,
                    name=kw,
                    choices=", ".join(p.choices),
                    example=f"{kw}={p.choices[-1]}",
                ),
                vpos,
                vend,
            )
        if isinstance(value, ast.Name) and value.id in ("inf", "None", "none"):
            return (math.inf,)
        if isinstance(value, ast.Name) and value.id in self.params:
            decl = self.params[value.id]
            if not _range_inside(decl, p):
                raise _err(
                    message(
                        "{function}: parameter `{name}` accepts {allowed}, but `{param}` "
                        "ranges over {range}",
                        function=act.id,
                        name=kw,
                        allowed=p.allowed(),
                        param=value.id,
                        range=decl.allowed(),
                    ),
                    vpos,
                    vend,
                    message(
                        "declare {param} within {allowed}", param=value.id, allowed=p.allowed()
                    ),
                )
            refs[kw] = value.id
            return None
        node = self.expr(value)
        if not isinstance(node, _Const):
            raise _err(
                message(
                    "{function}: parameter `{name}` must be a number or a declared parameter name",
                    function=act.id,
                    name=kw,
                ),
                vpos,
                vend,
            )
        return (float(node.value),)

    # -- constant folding ---------------------------------------------------------------------

    def _fold(self, node: _Node) -> _Node:
        """Replace a node whose inputs are all constants by its (finite) value."""
        kids = node.children()
        consts = (
            [t for t in node.terms if isinstance(t, _Const)] if isinstance(node, _Where) else []
        )
        if isinstance(node, _Where) and len(consts) == len(node.terms):
            cond = all(
                bool(_COMPARE[op][1](consts[i].value, consts[i + 1].value))
                for i, op in enumerate(node.ops)
            )
            return node.a if cond else node.b
        if isinstance(node, _Catalog) and node.refs:
            return node  # its parameters are only known at evaluation time
        if not kids or not all(isinstance(c, _Const) for c in kids):
            return node
        diag = _Diag()
        v = _run(node, np.float64(0.0), {}, 0, diag)[0]
        f = float(np.asarray(v))
        if math.isnan(f):
            why = diag.records[0][2] if diag.records else message("undefined")
            raise _err(
                message("`{source}` is undefined ({reason})", source=self._src(node), reason=why),
                node.pos,
                node.end,
            )
        if math.isinf(f):
            raise _err(
                message("`{source}` overflows float64", source=self._src(node)),
                node.pos,
                node.end,
            )
        return _Const(f, node.pos, node.end)

    def _src(self, node: _Node) -> str:
        return _short(self.text[node.pos : node.end].strip() or "?")

    def _src_of(self, n: ast.AST) -> str:
        pos, end = _pos(n)
        return _short(self.text[pos:end].strip() or "?")


def _range_inside(decl: NumberParam, p: NumberParam) -> bool:
    """True when every value the declared parameter can take is valid for ``p``."""
    lo_ok = decl.min > p.min or (decl.min == p.min and (not p.min_open or decl.min_open))
    hi_ok = decl.max < p.max or (decl.max == p.max and (not p.max_open or decl.max_open))
    return lo_ok and hi_ok
