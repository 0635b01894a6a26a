"""Custom activation functions typed as expressions in x (see :mod:`._compile` for now)."""

from __future__ import annotations

from ._compile import (
    CONVENTION,
    FUNCTIONS,
    MAX_BRACKET_DEPTH,
    MAX_BREAKS,
    MAX_EXPONENT,
    MAX_LENGTH,
    MAX_NODES,
    MAX_PARAMS,
    MAX_SWITCHES,
    MAX_TREE_DEPTH,
    CustomFunction,
    ExpressionError,
    compile_definition,
    compile_expression,
    parse_definition,
    parse_parameter,
)

__all__ = [
    "CONVENTION",
    "FUNCTIONS",
    "MAX_BRACKET_DEPTH",
    "MAX_BREAKS",
    "MAX_EXPONENT",
    "MAX_LENGTH",
    "MAX_NODES",
    "MAX_PARAMS",
    "MAX_SWITCHES",
    "MAX_TREE_DEPTH",
    "CustomFunction",
    "ExpressionError",
    "compile_definition",
    "compile_expression",
    "parse_definition",
    "parse_parameter",
]
