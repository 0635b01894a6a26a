"""Languages: Qt Linguist translations of the window, and Qt's own.

The sources are ``resources/translations/actgui_<lang>.ts`` (made with
``pyside6-lupdate``); the compiled ``actgui/translations/actgui_<lang>.qm``
(``pyside6-lrelease``) ship with the package.  Strings made at run time
(family names, property names and values) are listed here with
``QT_TRANSLATE_NOOP`` so that lupdate finds them, and so are the templates of
the core's messages (:mod:`actgui.core.messages`, context ``"Messages"``):
``tests/core/test_messages.py`` checks that :data:`MESSAGES` lists exactly the
templates the core uses.
"""

# ruff: noqa: E501  (one literal per message, as lupdate reads them)

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator

from ..core import messages, texts
from ..core.properties import Properties


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Marks text for pyside6-lupdate (which finds the call by name) and returns it.

    PySide6's own marker does the same but is typed ``(object, object) -> object``;
    this one keeps the text a str.  The UI modules import it from here.
    """
    return text


LANGUAGES = {"en": "English", "zh_CN": "简体中文"}
QM_DIR = Path(__file__).resolve().parent.parent / "translations"

FAMILY_TITLES = (
    QT_TRANSLATE_NOOP("Family", "Sigmoidal"),
    QT_TRANSLATE_NOOP("Family", "ReLU family"),
    QT_TRANSLATE_NOOP("Family", "Smooth gated"),
    QT_TRANSLATE_NOOP("Family", "Hard / piecewise"),
    QT_TRANSLATE_NOOP("Family", "Shrink"),
    QT_TRANSLATE_NOOP("Family", "Gated (GLU)"),
    QT_TRANSLATE_NOOP("Family", "Oscillating"),
    QT_TRANSLATE_NOOP("Family", "Learnable"),
    QT_TRANSLATE_NOOP("Family", "Other"),
)

#: the run-time words of Properties.as_rows, listed for lupdate
PROPERTY_WORDS = (
    QT_TRANSLATE_NOOP("Properties", "range"),
    QT_TRANSLATE_NOOP("Properties", "bounded below"),
    QT_TRANSLATE_NOOP("Properties", "bounded above"),
    QT_TRANSLATE_NOOP("Properties", "monotonic"),
    QT_TRANSLATE_NOOP("Properties", "zero-centred (f(0) = 0, both signs)"),
    QT_TRANSLATE_NOOP("Properties", "symmetry"),
    QT_TRANSLATE_NOOP("Properties", "smoothness"),
    QT_TRANSLATE_NOOP("Properties", "global minimum"),
    QT_TRANSLATE_NOOP("Properties", "global maximum"),
    QT_TRANSLATE_NOOP("Properties", "saturates (f′ → 0)"),
    QT_TRANSLATE_NOOP("Properties", "dead zone (f′ = 0)"),
    QT_TRANSLATE_NOOP("Properties", "≈ identity near 0"),
    QT_TRANSLATE_NOOP("Properties", "yes"),
    QT_TRANSLATE_NOOP("Properties", "no"),
    QT_TRANSLATE_NOOP("Properties", "none"),
    QT_TRANSLATE_NOOP("Properties", "increasing"),
    QT_TRANSLATE_NOOP("Properties", "non-decreasing"),
    QT_TRANSLATE_NOOP("Properties", "decreasing"),
    QT_TRANSLATE_NOOP("Properties", "non-increasing"),
    QT_TRANSLATE_NOOP("Properties", "odd"),
    QT_TRANSLATE_NOOP("Properties", "even"),
    QT_TRANSLATE_NOOP("Properties", "odd about (0, f(0))"),
    QT_TRANSLATE_NOOP("Properties", "discontinuous"),
    QT_TRANSLATE_NOOP("Properties", "C² or smoother"),
    QT_TRANSLATE_NOOP("Properties", "{value} at x = {where}"),
    QT_TRANSLATE_NOOP("Properties", "implementation note"),
    QT_TRANSLATE_NOOP(
        "Properties", "the code switches formula at x = {where}; the curve steps by {size} there"
    ),
    # between the items of a list (two saturating sides, several dead zones)
    QT_TRANSLATE_NOOP("Properties", ", "),
)


#: the templates of the core's error messages (actgui.core.messages.message), for
#: lupdate; a translation keeps every {field} of its template
MESSAGES = (
    # core/spec.py
    QT_TRANSLATE_NOOP("Messages", "NaN is not a number it can take"),
    QT_TRANSLATE_NOOP("Messages", "an infinite value is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "it is below the valid range"),
    QT_TRANSLATE_NOOP("Messages", "it is above the valid range"),
    QT_TRANSLATE_NOOP("Messages", "one of {choices}"),
    # core/catalog.py
    QT_TRANSLATE_NOOP("Messages", "custom function ids start with 'custom:', got {id}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "unknown function {name}; did you mean {names}? (run 'actgui list' for all {count} ids)",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "unknown function {name} (run 'actgui list' for all {count} ids)"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter {name} must be a number in {allowed}, got {value}"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter {name} must be a number in {allowed}, got {type} {value}"
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: parameter {name} = {value} is not allowed ({reason}); allowed: {allowed}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter {name} = {value} is not allowed; allowed: {allowed}"
    ),
    QT_TRANSLATE_NOOP("Messages", "none"),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: unknown parameter {name}; its parameters are: {names}"
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: parameter {low_name} = {low} must be less than {high_name} = {high}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter {low_name} = {low} must be at most {high_name} = {high}"
    ),
    QT_TRANSLATE_NOOP("Messages", "derivative order must be 0, 1 or 2, got {order}"),
    QT_TRANSLATE_NOOP(
        "Messages", "empty function spec; expected an id such as {first} or {second}"
    ),
    QT_TRANSLATE_NOOP("Messages", "function spec is too long (more than {limit} characters)"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot read function spec {spec}; expected id(name=value, ...), for example {example}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "cannot read function spec {spec}; expected id(name=value, ...) with keyword arguments only, for example {example}",
    ),
    QT_TRANSLATE_NOOP("Messages", "{function}: '**' is not allowed in a function spec"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: parameter {name} is given twice ({first} and {second}); give it once",
    ),
    QT_TRANSLATE_NOOP("Messages", "{function}: parameter {name} must be a plain number or name"),
    QT_TRANSLATE_NOOP("Messages", "framework must be 'pytorch' or 'keras', got {framework}"),
    # core/expressions/
    QT_TRANSLATE_NOOP("Messages", "{reason}: {hint}"),
    QT_TRANSLATE_NOOP("Messages", "{reason} at column {column}: {hint}"),
    QT_TRANSLATE_NOOP("Messages", "{reason} at column {column}"),
    QT_TRANSLATE_NOOP("Messages", "e.g. {example}"),
    QT_TRANSLATE_NOOP(
        "Messages", "indeterminate overflow (inf - inf, 0 * inf or inf / inf in float64)"
    ),
    QT_TRANSLATE_NOOP("Messages", "log of a number <= 0"),
    QT_TRANSLATE_NOOP("Messages", "log1p of a number <= -1"),
    QT_TRANSLATE_NOOP("Messages", "sqrt of a negative number"),
    QT_TRANSLATE_NOOP("Messages", "sqrt is not differentiable at 0"),
    QT_TRANSLATE_NOOP("Messages", "division by zero"),
    QT_TRANSLATE_NOOP("Messages", "0 to a negative power"),
    QT_TRANSLATE_NOOP("Messages", "a negative number to a non-integer power"),
    QT_TRANSLATE_NOOP("Messages", "a power with a variable exponent needs a positive base"),
    QT_TRANSLATE_NOOP("Messages", "the power is not differentiable at 0"),
    QT_TRANSLATE_NOOP("Messages", "invalid parameters for {function}"),
    QT_TRANSLATE_NOOP("Messages", "strings are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "comments (`#`) are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "a backslash is not allowed"),
    QT_TRANSLATE_NOOP(
        "Messages", "`;` separates parameter declarations and cannot appear inside the expression"
    ),
    QT_TRANSLATE_NOOP("Messages", "the parameter declaration must be text, got {type}"),
    QT_TRANSLATE_NOOP("Messages", "the expression must be text, got {type}"),
    QT_TRANSLATE_NOOP(
        "Messages", "the parameter declaration is too long ({size} characters; at most {limit})"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "the expression is too long ({size} characters; at most {limit})"
    ),
    QT_TRANSLATE_NOOP("Messages", "NUL byte (U+0000)"),
    QT_TRANSLATE_NOOP("Messages", "control character {char} is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "character {char} is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "use plain ASCII"),
    QT_TRANSLATE_NOOP("Messages", "brackets are nested too deeply (more than {limit} levels)"),
    QT_TRANSLATE_NOOP("Messages", "unmatched `{bracket}`"),
    QT_TRANSLATE_NOOP("Messages", "unclosed `{bracket}`"),
    QT_TRANSLATE_NOOP("Messages", "invalid syntax"),
    QT_TRANSLATE_NOOP("Messages", "invalid decimal literal"),
    QT_TRANSLATE_NOOP("Messages", "invalid hexadecimal literal"),
    QT_TRANSLATE_NOOP("Messages", "invalid octal literal"),
    QT_TRANSLATE_NOOP("Messages", "invalid binary literal"),
    QT_TRANSLATE_NOOP("Messages", "positional argument follows keyword argument"),
    QT_TRANSLATE_NOOP("Messages", "cannot use starred expression here"),
    QT_TRANSLATE_NOOP("Messages", "cannot use double starred expression here"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
    ),
    QT_TRANSLATE_NOOP("Messages", "invalid digit '{digit}' in binary literal"),
    QT_TRANSLATE_NOOP("Messages", "invalid digit '{digit}' in octal literal"),
    QT_TRANSLATE_NOOP("Messages", "the expression is empty: type something like {example}"),
    QT_TRANSLATE_NOOP("Messages", "the expression ends too early"),
    QT_TRANSLATE_NOOP("Messages", "a number has too many digits"),
    QT_TRANSLATE_NOOP("Messages", "cannot read the expression ({reason})"),
    QT_TRANSLATE_NOOP(
        "Messages", "the expression is too complex (nested more than {limit} levels deep)"
    ),
    QT_TRANSLATE_NOOP("Messages", "the expression is too large (more than {limit} operations)"),
    QT_TRANSLATE_NOOP("Messages", "the expression is nested too deeply (more than {limit} levels)"),
    QT_TRANSLATE_NOOP("Messages", "`^` is not a power here: use ** (x**2)"),
    QT_TRANSLATE_NOOP("Messages", "`%` is not supported"),
    QT_TRANSLATE_NOOP("Messages", "`//` is not supported: use /"),
    QT_TRANSLATE_NOOP("Messages", "`@` is not supported"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "`&` is not supported: chain comparisons inside where, e.g. where(0 < x < 1, ...)",
    ),
    QT_TRANSLATE_NOOP("Messages", "`|` is not supported: nest where(...) instead"),
    QT_TRANSLATE_NOOP("Messages", "`<<` is not supported"),
    QT_TRANSLATE_NOOP("Messages", "`>>` is not supported"),
    QT_TRANSLATE_NOOP("Messages", "indexing with [...] is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "lambda is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "comprehensions are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "generator expressions are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "`*` unpacking is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "assignment (`:=`) is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "`a if c else b` is not allowed: use where(c, a, b)"),
    QT_TRANSLATE_NOOP(
        "Messages", "`and`/`or` are not allowed: chain comparisons (0 < x < 1) or nest where(...)"
    ),
    QT_TRANSLATE_NOOP("Messages", "a comma here makes a tuple, which is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "lists are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "sets are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "dictionaries are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "await is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "yield is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "slices are not allowed"),
    QT_TRANSLATE_NOOP(
        "Messages", "name `{name}` is not allowed (no names with leading or double `_`)"
    ),
    QT_TRANSLATE_NOOP("Messages", "unknown name `{name}`"),
    QT_TRANSLATE_NOOP("Messages", "did you mean `{name}`?"),
    QT_TRANSLATE_NOOP("Messages", "declare it as a parameter ({name} = 1.0) or use x"),
    QT_TRANSLATE_NOOP("Messages", "`{operator}` is not supported"),
    QT_TRANSLATE_NOOP(
        "Messages", "a comparison is only allowed as the first argument of where(...)"
    ),
    QT_TRANSLATE_NOOP("Messages", "`{syntax}` is not allowed in an expression"),
    QT_TRANSLATE_NOOP("Messages", "attribute access (`.{name}`) is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "`{value}` is not a number"),
    QT_TRANSLATE_NOOP("Messages", "bytes are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "complex numbers are not allowed"),
    QT_TRANSLATE_NOOP("Messages", "this constant is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "the number is too large for float64 (at most 1.797e308)"),
    QT_TRANSLATE_NOOP("Messages", "`{name}` is a function"),
    QT_TRANSLATE_NOOP("Messages", "call it, as in {example}"),
    QT_TRANSLATE_NOOP("Messages", "this operator is not supported"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "the exponent {value} is too large (constant exponents are limited to |p| <= {limit})",
    ),
    QT_TRANSLATE_NOOP("Messages", "only named functions can be called, as in {example}"),
    QT_TRANSLATE_NOOP("Messages", "`**` unpacking is not allowed"),
    QT_TRANSLATE_NOOP("Messages", "{name} takes two or more arguments"),
    QT_TRANSLATE_NOOP("Messages", "{form}, e.g. {example}"),
    QT_TRANSLATE_NOOP("Messages", "`{name}` is not a function"),
    QT_TRANSLATE_NOOP("Messages", "{name} takes 1 argument, got {count}"),
    QT_TRANSLATE_NOOP("Messages", "{name} takes {k} arguments, got {count}"),
    QT_TRANSLATE_NOOP("Messages", "{name} takes no keyword arguments"),
    QT_TRANSLATE_NOOP("Messages", "where takes 3 arguments (cond, a, b), got {count}"),
    QT_TRANSLATE_NOOP("Messages", "the first argument of where must be a comparison"),
    QT_TRANSLATE_NOOP("Messages", "only < <= > >= == != can compare numbers"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function} takes one argument (an expression in x) and keyword parameters, got {count} arguments",
    ),
    QT_TRANSLATE_NOOP("Messages", "its parameters: {names}"),
    QT_TRANSLATE_NOOP("Messages", "{function} has no parameter `{name}`"),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter {name} is given twice ({first} and {second})"
    ),
    QT_TRANSLATE_NOOP("Messages", "give it once"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: parameter `{name}` must be one of {choices} (a bare word, as in {example})",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: parameter `{name}` accepts {allowed}, but `{param}` ranges over {range}",
    ),
    QT_TRANSLATE_NOOP("Messages", "declare {param} within {allowed}"),
    QT_TRANSLATE_NOOP(
        "Messages", "{function}: parameter `{name}` must be a number or a declared parameter name"
    ),
    QT_TRANSLATE_NOOP("Messages", "`{source}` is undefined ({reason})"),
    QT_TRANSLATE_NOOP("Messages", "`{source}` overflows float64"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "parameter name `{name}` must be a letter followed by up to 31 letters, digits or `_`",
    ),
    QT_TRANSLATE_NOOP("Messages", "parameter name `{name}` must not contain `__`"),
    QT_TRANSLATE_NOOP("Messages", "`{name}` cannot be a parameter name"),
    QT_TRANSLATE_NOOP("Messages", "`{name}` is a function name and cannot be a parameter name"),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}`: default and range must be numbers"),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}`: the default must be a finite number"),
    QT_TRANSLATE_NOOP(
        "Messages", "parameter `{name}`: the range needs lower < upper, got [{low}, {high}]"
    ),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}`: the default {value} is outside {allowed}"),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}`: the step must be a positive number"),
    QT_TRANSLATE_NOOP(
        "Messages", "the parameter declaration is too long (at most {limit} characters)"
    ),
    QT_TRANSLATE_NOOP("Messages", "cannot read the parameter declaration"),
    QT_TRANSLATE_NOOP(
        "Messages", "write it as name = value, optionally followed by in [low, high] and step s"
    ),
    QT_TRANSLATE_NOOP("Messages", "the definition must be text, got {type}"),
    QT_TRANSLATE_NOOP(
        "Messages", "the definition is too long ({size} characters; at most {limit})"
    ),
    QT_TRANSLATE_NOOP("Messages", "too many parameters (at most {limit})"),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}`: give a default or (default, low, high)"),
    QT_TRANSLATE_NOOP("Messages", "parameter `{name}` is declared twice"),
    QT_TRANSLATE_NOOP("Messages", "undefined"),
    QT_TRANSLATE_NOOP("Messages", "{reason} (column {column})"),
    QT_TRANSLATE_NOOP(
        "Messages", "{order} undefined at {count} of {total} points in [{low}, {high}]: {reason}"
    ),
    QT_TRANSLATE_NOOP("Messages", "a custom function must be a mapping"),
    QT_TRANSLATE_NOOP("Messages", "unknown custom function version {version}"),
    QT_TRANSLATE_NOOP("Messages", "a custom function needs text, name and a list of params"),
    QT_TRANSLATE_NOOP("Messages", "each parameter needs a name"),
    QT_TRANSLATE_NOOP("Messages", "parameter {name}: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "the name must be text"),
    QT_TRANSLATE_NOOP("Messages", "the name must be at most {limit} printable characters"),
    QT_TRANSLATE_NOOP("Messages", "the expression is too complex"),
    # core/state/
    QT_TRANSLATE_NOOP(
        "Messages", "a different custom function is already called {name}; choose another name"
    ),
    QT_TRANSLATE_NOOP("Messages", "no curve with id {uid}"),
    QT_TRANSLATE_NOOP("Messages", "x range must be finite numbers, got [{x_min}, {x_max}]"),
    QT_TRANSLATE_NOOP("Messages", "x min ({x_min}) must be less than x max ({x_max})"),
    QT_TRANSLATE_NOOP("Messages", "x range must lie within [-{limit}, {limit}]"),
    QT_TRANSLATE_NOOP("Messages", "x range is narrower than {span}"),
    QT_TRANSLATE_NOOP("Messages", "sample count must be a whole number, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "sample count must be in [{low}, {high}], got {value}"),
    QT_TRANSLATE_NOOP("Messages", "row must be 0 (f), 1 (f') or 2 (f''), got {value}"),
    QT_TRANSLATE_NOOP("Messages", "saturation threshold ε must be in (0, 1], got {value}"),
    QT_TRANSLATE_NOOP("Messages", "unknown option {name}"),
    # core/history.py (the Edit menu's Undo/Redo texts)
    QT_TRANSLATE_NOOP("Messages", "overlay derivatives"),
    QT_TRANSLATE_NOOP("Messages", "grid"),
    QT_TRANSLATE_NOOP("Messages", "legend"),
    QT_TRANSLATE_NOOP("Messages", "saturation shading"),
    QT_TRANSLATE_NOOP("Messages", "dead-zone shading"),
    QT_TRANSLATE_NOOP("Messages", "open {name}"),
    QT_TRANSLATE_NOOP("Messages", "add {name}"),
    QT_TRANSLATE_NOOP("Messages", "add {count} curves"),
    QT_TRANSLATE_NOOP("Messages", "remove {name}"),
    QT_TRANSLATE_NOOP("Messages", "remove {count} curves"),
    QT_TRANSLATE_NOOP("Messages", "switch to {preset} defaults"),
    QT_TRANSLATE_NOOP("Messages", "define a custom function"),
    QT_TRANSLATE_NOOP("Messages", "change {param} of {name}"),
    QT_TRANSLATE_NOOP("Messages", "change the parameters of {name}"),
    QT_TRANSLATE_NOOP("Messages", "show {name}"),
    QT_TRANSLATE_NOOP("Messages", "hide {name}"),
    QT_TRANSLATE_NOOP("Messages", "change the look of {name}"),
    QT_TRANSLATE_NOOP("Messages", "change {count} curves"),
    QT_TRANSLATE_NOOP("Messages", "replace the curves"),
    QT_TRANSLATE_NOOP("Messages", "sweep {param} of {name}"),
    QT_TRANSLATE_NOOP("Messages", "remove a family"),
    QT_TRANSLATE_NOOP("Messages", "show the family of {name}"),
    QT_TRANSLATE_NOOP("Messages", "hide the family of {name}"),
    QT_TRANSLATE_NOOP("Messages", "compare {a} and {b}"),
    QT_TRANSLATE_NOOP("Messages", "remove a comparison"),
    QT_TRANSLATE_NOOP("Messages", "change a comparison's mode"),
    QT_TRANSLATE_NOOP("Messages", "show a comparison"),
    QT_TRANSLATE_NOOP("Messages", "hide a comparison"),
    QT_TRANSLATE_NOOP("Messages", "change the x range"),
    QT_TRANSLATE_NOOP("Messages", "change the sample count"),
    QT_TRANSLATE_NOOP("Messages", "show the {row} row"),
    QT_TRANSLATE_NOOP("Messages", "hide the {row} row"),
    QT_TRANSLATE_NOOP("Messages", "change the rows"),
    QT_TRANSLATE_NOOP("Messages", "change ε"),
    QT_TRANSLATE_NOOP("Messages", "turn on {option}"),
    QT_TRANSLATE_NOOP("Messages", "turn off {option}"),
    QT_TRANSLATE_NOOP("Messages", "change"),
    # core/codegen/ ("copy as code", actgui code)
    QT_TRANSLATE_NOOP("Messages", "no formula is known for {function}"),
    QT_TRANSLATE_NOOP("Messages", "unknown target {target}; choose one of {targets}"),
    # core/session.py
    QT_TRANSLATE_NOOP("Messages", "Expecting value"),
    QT_TRANSLATE_NOOP("Messages", "Expecting property name enclosed in double quotes"),
    QT_TRANSLATE_NOOP("Messages", "Expecting ':' delimiter"),
    QT_TRANSLATE_NOOP("Messages", "Expecting ',' delimiter"),
    QT_TRANSLATE_NOOP("Messages", "Unterminated string starting at"),
    QT_TRANSLATE_NOOP("Messages", "Invalid control character at"),
    QT_TRANSLATE_NOOP("Messages", "Extra data"),
    QT_TRANSLATE_NOOP("Messages", "{where}: {what}"),
    QT_TRANSLATE_NOOP("Messages", "expected a number, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected a finite number, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected true or false, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "session"),
    QT_TRANSLATE_NOOP("Messages", "expected a JSON object at the top level"),
    QT_TRANSLATE_NOOP("Messages", "not an actgui session (expected {format})"),
    QT_TRANSLATE_NOOP("Messages", "expected a whole number, got {value}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "this session has schema version {version}, made by a newer actgui; this one reads versions up to {supported}",
    ),
    QT_TRANSLATE_NOOP("Messages", "unknown schema version {version}"),
    QT_TRANSLATE_NOOP("Messages", "expected [min, max], got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected a whole number in [{low}, {high}], got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected [lo, hi] or null, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "lo ({lo}) must be less than hi ({hi})"),
    QT_TRANSLATE_NOOP("Messages", "expected three booleans, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected 'pytorch' or 'keras', got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected an object"),
    QT_TRANSLATE_NOOP("Messages", "expected a number in (0, 1], got {value}"),
    QT_TRANSLATE_NOOP("Messages", "unknown option"),
    QT_TRANSLATE_NOOP("Messages", "expected a list"),
    QT_TRANSLATE_NOOP("Messages", "at most {limit} custom functions, got {count}"),
    QT_TRANSLATE_NOOP("Messages", "at most {limit} curves, got {count}"),
    QT_TRANSLATE_NOOP("Messages", "expected a function id, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected a colour like {example}, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected one of {choices}, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected an index into curves or null, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "not valid JSON (line {line}, column {column}): {reason}"),
    QT_TRANSLATE_NOOP("Messages", "not a session: JSON nested too deeply"),
    QT_TRANSLATE_NOOP("Messages", "{name} is not allowed in a session (numbers must be finite)"),
    QT_TRANSLATE_NOOP("Messages", "{size} bytes is too large for a session (at most {limit})"),
    QT_TRANSLATE_NOOP("Messages", "cannot read {path}: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "not a UTF-8 text file"),
    # written files (actgui/core/io_atomic.py) and the export data (core/export_data.py)
    QT_TRANSLATE_NOOP("Messages", "the file could not be written"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason}"),
    QT_TRANSLATE_NOOP("Messages", "permission denied"),
    QT_TRANSLATE_NOOP("Messages", "read-only file system"),
    QT_TRANSLATE_NOOP("Messages", "disk full"),
    QT_TRANSLATE_NOOP("Messages", "no such folder"),
    QT_TRANSLATE_NOOP("Messages", "the name is too long"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: folder {folder} does not exist"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {folder} is not a directory"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: it is a directory"),
    QT_TRANSLATE_NOOP("Messages", "cannot write {path}: {reason} (folder {folder})"),
    QT_TRANSLATE_NOOP(
        "Messages", "--derivatives must be a comma-separated subset of 0,1,2, got {text!r}"
    ),
    QT_TRANSLATE_NOOP("Messages", "--x-min ({x_min}) must be less than --x-max ({x_max})"),
    QT_TRANSLATE_NOOP("Messages", "--points must be between {lo} and {hi}, got {value}"),
    # core/sweep.py, core/compare.py, core/state/, core/session.py: families and comparisons
    QT_TRANSLATE_NOOP("Messages", "LO and HI are equal"),
    QT_TRANSLATE_NOOP("Messages", "N = {n} is out of range"),
    QT_TRANSLATE_NOOP("Messages", "N {value} is not a whole number"),
    QT_TRANSLATE_NOOP("Messages", "N, the number of curves, is missing"),
    QT_TRANSLATE_NOOP("Messages", "a sweep has {low} to {high} curves, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "cannot read the range"),
    QT_TRANSLATE_NOOP("Messages", "choose two different curves to compare"),
    QT_TRANSLATE_NOOP("Messages", "comparison must be one of {choices}, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "difference"),
    QT_TRANSLATE_NOOP("Messages", "error in ulps"),
    QT_TRANSLATE_NOOP("Messages", "ratio"),
    QT_TRANSLATE_NOOP("Messages", "expected a parameter name, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected a whole number above 0, not used before, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected an index into curves, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "expected the id of one of the sweeps, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "log spacing needs LO > 0 and HI > 0"),
    QT_TRANSLATE_NOOP("Messages", "only one parameter may be given as a range"),
    QT_TRANSLATE_NOOP("Messages", "{a} / {b}"),
    QT_TRANSLATE_NOOP("Messages", "{a} vs {b} (ulps)"),
    QT_TRANSLATE_NOOP("Messages", "{a} − {b}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function} has no number parameter {name} to animate; its number parameters are: {names}",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: no value of {name} is allowed with the other parameters as they are",
    ),
    QT_TRANSLATE_NOOP("Messages", "{name} is not a number parameter of {function}"),
    QT_TRANSLATE_NOOP("Messages", "{name}: {param} {lo} … {hi} ({count})"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{spec}: {why}; a sweep is written {form} or with ':log' after N, N from {low} to {high}, e.g. {example}",
    ),
    QT_TRANSLATE_NOOP("Messages", "{value} after N is not ':log'"),
    QT_TRANSLATE_NOOP("Messages", "{what} must be a finite number"),
    QT_TRANSLATE_NOOP("Messages", "{what} {value} is not a number"),
    QT_TRANSLATE_NOOP("Messages", "--frames must be between {lo} and {hi}, got {value}"),
    QT_TRANSLATE_NOOP(
        "Messages",
        "--animate {name}: none of the curves has a number parameter {name}; theirs are: {names}",
    ),
    # core/training/ (the training lab)
    QT_TRANSLATE_NOOP("Messages", "{name} must be in {interval}, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "{name} must be a whole number from {lo} to {hi}, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "{name} must be a finite number, got {value}"),
    QT_TRANSLATE_NOOP("Messages", "unknown {name} {value}; choose one of: {allowed}"),
    QT_TRANSLATE_NOOP(
        "Messages", "init 'normal' needs {name}, the standard deviation of the weights"
    ),
    QT_TRANSLATE_NOOP(
        "Messages", "a sigmoid output needs two classes; {data} has {classes}: use softmax"
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{function}: cannot learn {name} = {value}: a learned parameter must start at a finite number",
    ),
    QT_TRANSLATE_NOOP(
        "Messages",
        "{option} {name}: none of the functions has such a parameter; their parameters: {names}",
    ),
    QT_TRANSLATE_NOOP("Messages", "no function to train: give at least one, e.g. 'relu'"),
    QT_TRANSLATE_NOOP(
        "Messages", "at most {limit} functions can be trained side by side, got {count}"
    ),
)


def t(text: str) -> str:
    """The current language's text for one of the property words above."""
    return QCoreApplication.translate("Properties", text)


def family_title(english: str) -> str:
    return QCoreApplication.translate("Family", english)


def property_rows(pr: Properties) -> list[tuple[str, str]]:
    """The properties table, in the current language (numbers stay numbers)."""
    return pr.as_rows(t)


def choose_language(explicit: str | None = None) -> str:
    """--lang, else the saved choice, else the system locale (Chinese -> zh_CN)."""
    if explicit in LANGUAGES:
        return explicit
    saved = QSettings().value("ui/language", "", str)
    if saved in LANGUAGES:
        return saved
    return system_language()


def system_language() -> str:
    """The system locale's language among ours (Chinese -> zh_CN, else English)."""
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


#: Qt's own file dialog texts that Qt 6.11 writes with a mnemonic ("&Look in:") while
#: its Chinese catalog (qtbase_zh_CN) still has them without one ("Look in:"), so the
#: dialog showed them in English: actgui's catalog carries them (Qt asks it too)
QT_CATALOG_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)

_installed: list[QTranslator] = []
_current = "en"


def current() -> str:
    """The language installed last ('en' when none is)."""
    return _current


def _translate_message(template: str) -> str:
    return QCoreApplication.translate(messages.CONTEXT, template)


def install(lang: str) -> bool:
    """Load actgui's and Qt's translators for ``lang``; True if actgui's was found.

    Qt then sends every widget a ``LanguageChange`` event: each widget sets its
    texts again in ``changeEvent``, so a switch while running is complete.  The
    core's messages (:mod:`actgui.core.messages`) follow the same translator.
    """
    global _current
    messages.set_translator(_translate_message)
    texts.set_language(lang)  # function names in the lists, legends and the readout
    _current = lang
    app = QCoreApplication.instance()
    assert app is not None, "a language is installed into a running QApplication"
    for tr in _installed:
        app.removeTranslator(tr)
    _installed.clear()
    if lang == "en":
        return True
    ours = QTranslator()
    found = ours.load(str(QM_DIR / f"actgui_{lang}.qm"))
    if found:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator()
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    return found
