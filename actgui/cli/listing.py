"""``actgui list``: the catalog as a table in the user's language, or as JSON
(:func:`actgui.core.catalog_json.catalog_json`, always English)."""

from __future__ import annotations

import argparse
import json
import math
import sys
from typing import TYPE_CHECKING

from ..core.catalog_json import catalog_json, range_json
from ._i18n import QT_TRANSLATE_NOOP, _, _f, _tr
from ._options import add_lang_option
from ._wide import _display_width, _pad

if TYPE_CHECKING:
    from ..core.spec import ChoiceParam, NumberParam
    from ._parser import Subparsers


def add_parser(subparsers: Subparsers) -> None:
    """Add the ``list`` subcommand to ``actgui``'s subparsers."""
    p = subparsers.add_parser(
        "list",
        help=_(QT_TRANSLATE_NOOP("CLI", "print the catalog of activation functions")),
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Print every activation function: id, name, family, parameters with defaults and valid ranges.",
            )
        ),
    )
    p.add_argument(
        "--json",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "print JSON instead of a table")),
    )
    p.add_argument(
        "--properties",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "also compute each function's properties at its default parameters"
            )
        ),
    )
    add_lang_option(
        p,
        _(
            QT_TRANSLATE_NOOP(
                "CLI",
                "language of the table (default: the system's); --json is always in English",
            )
        ),
        None,
    )


def _param_text(p: NumberParam | ChoiceParam) -> str:
    from ..core.spec import ChoiceParam, format_number

    if isinstance(p, ChoiceParam):
        return _f(
            QT_TRANSLATE_NOOP("CLI", "{name}={default} ({choices})"),
            name=p.name,
            default=p.default,
            choices="|".join(p.choices),
        )
    d = "inf" if math.isinf(p.default) else format_number(p.default)
    text = _f(
        QT_TRANSLATE_NOOP("CLI", "{name}={default} in {allowed}"),
        name=p.name,
        default=d,
        allowed=p.allowed(),
    )
    if p.keras_default is not None:
        text = _f(
            QT_TRANSLATE_NOOP("CLI", "{text}, Keras {value}"),
            text=text,
            value=format_number(p.keras_default),
        )
    return text


#: the table's column titles
_LIST_HEADERS = (
    QT_TRANSLATE_NOOP("CLI", "id"),
    QT_TRANSLATE_NOOP("CLI", "name"),
    QT_TRANSLATE_NOOP("CLI", "family"),
    QT_TRANSLATE_NOOP("CLI", "parameters (default in range)"),
)


def run(args: argparse.Namespace) -> int:
    """Print the catalog (``--json``: as data; ``--properties``: with each function's)."""
    from ..core import catalog
    from ..core import properties as props

    if args.json:  # data: English keys and values whatever the language
        data = catalog_json()
        if args.properties:
            for entry in data:
                act = catalog.get(entry["id"])
                pr = props.compute(act, catalog.resolve_params(act))
                entry["properties"] = dict(pr.as_rows())
                entry["range"] = range_json(pr)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from ..core.spec import Family

    separator = _(QT_TRANSLATE_NOOP("CLI", "; "))
    rows = []
    # grouped by family as in the window's function list: in its order, catalog order within
    by_family = sorted(catalog.CATALOG.values(), key=lambda a: list(Family).index(a.family))
    for act in by_family:
        params = separator.join(_param_text(p) for p in act.params) or "-"
        rows.append((act.id, act.name, _tr("Family", act.family.heading), params))
    head = tuple(_(h) for h in _LIST_HEADERS)
    widths = [max(_display_width(r[i]) for r in (head, *rows)) for i in range(3)]

    def line(cells: tuple[str, ...]) -> str:
        return "  ".join(_pad(c, w) for c, w in zip(cells[:3], widths)) + "  " + cells[3]

    counts = {fam: sum(a.family == fam for a in by_family) for fam in Family}
    lines = [line(head)]
    family = None
    for r, act in zip(rows, by_family):
        if act.family != family:
            family = act.family
            # the window's heading, "Sigmoidal (18)" (its translation too)
            heading = _tr("FunctionList", "{family} ({count})")
            lines += ["", heading.format(family=r[2], count=counts[family])]
        lines.append(line(r))
        if args.properties:
            act = catalog.get(r[0])
            pr = props.compute(act, catalog.resolve_params(act))
            for k, v in pr.as_rows(lambda text: _tr("Properties", text)):
                lines.append(
                    "    "
                    + _f(QT_TRANSLATE_NOOP("CLI", "{property}: {value}"), property=k, value=v)
                )
    lines.append("")
    lines.append(
        _f(
            QT_TRANSLATE_NOOP(
                "CLI", "{count} functions. Parameters: 'actgui list --json' for machine-readable."
            ),
            count=len(rows),
        )
    )
    sys.stdout.write("\n".join(lines) + "\n")
    return 0
