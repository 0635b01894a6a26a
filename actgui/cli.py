"""Command line: ``actgui`` (window), ``actgui list``, and the commands that follow.

Exit status: 0 on success, 2 on bad input (one line on stderr saying what and
why), 1 on anything unexpected.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import sys
import unicodedata
from collections.abc import Sequence
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # lupdate finds strings in it
    return text


def _cli_language(argv: Sequence[str]) -> str:
    """--lang if given, else the environment's locale (Chinese -> zh_CN).

    An unknown --lang (``--lang fr``) falls back to the locale, so the error that
    refuses it is in the user's language."""
    args = list(argv)
    given = [args[i + 1] for i in range(len(args) - 1) if args[i] == "--lang"]
    given += [a.removeprefix("--lang=") for a in args if a.startswith("--lang=")]
    if given and given[0] in ("en", "zh_CN"):
        return given[0]
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "zh_CN" if value.startswith("zh") else "en"
    return "en"


_translator = None


def _argparse_gettext(text: str) -> str:
    return _(text) if text in _ARGPARSE_WORDS else text


def _(text: str) -> str:
    """The CLI's help in the chosen language (from the window's Qt Linguist .qm)."""
    return _tr("CLI", text)


def _tr(context: str, text: str) -> str:
    """``text`` of the window's translation ``context`` ("Family", "Properties", "CLI")
    in the CLI's chosen language; the English text when there is none."""
    if _translator is None:
        return text
    return _translator.translate(context, text) or text


def _f(template: str, /, **fields: object) -> str:
    """One of the CLI's messages in the chosen language, ``{fields}`` filled in."""
    try:
        return _(template).format(**fields)
    except (KeyError, IndexError, ValueError):  # a broken translation: say it in English
        return template.format(**fields)


def _cat(first: str, second: str) -> str:
    """Two sentences or phrases, with a space between them in English, none in Chinese."""
    wide = "\u3000"
    if (first and first[-1] >= wide) or (second and second[0] >= wide):
        return first + second
    return f"{first} {second}"


#: argparse's own words (it looks them up through argparse._ at run time)
_ARGPARSE_WORDS = (
    QT_TRANSLATE_NOOP("CLI", "usage: "),
    QT_TRANSLATE_NOOP("CLI", "positional arguments"),
    QT_TRANSLATE_NOOP("CLI", "options"),
    QT_TRANSLATE_NOOP("CLI", "show this help message and exit"),
    QT_TRANSLATE_NOOP("CLI", "show program's version number and exit"),
    QT_TRANSLATE_NOOP("CLI", "the following arguments are required: %s"),
    QT_TRANSLATE_NOOP("CLI", "unrecognized arguments: %s"),
    QT_TRANSLATE_NOOP("CLI", "invalid choice: %(value)r (choose from %(choices)s)"),
    QT_TRANSLATE_NOOP("CLI", "invalid %(type)s value: %(value)r"),
    QT_TRANSLATE_NOOP("CLI", "argument %(argument_name)s: %(message)s"),
    QT_TRANSLATE_NOOP("CLI", "expected one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at least one argument"),
    QT_TRANSLATE_NOOP("CLI", "expected at most one argument"),
    QT_TRANSLATE_NOOP("CLI", "ambiguous option: %(option)s could match %(matches)s"),
    QT_TRANSLATE_NOOP("CLI", "not allowed with argument %s"),
    QT_TRANSLATE_NOOP("CLI", "ignored explicit argument %r"),
    QT_TRANSLATE_NOOP("CLI", "one of the arguments %s is required"),
)


def _load_translation(lang: str) -> None:
    """Help, argparse's words, the CLI's and the core's messages in ``lang``."""
    global _translator
    from .core import messages

    argparse._ = _argparse_gettext  # type: ignore[attr-defined]
    _translator = None
    messages.set_translator(None)
    if lang == "en":
        return
    from pathlib import Path

    from PySide6.QtCore import QTranslator

    tr = QTranslator()
    if tr.load(str(Path(__file__).resolve().parent / "translations" / f"actgui_{lang}.qm")):
        _translator = tr
        messages.set_translator(lambda text: tr.translate(messages.CONTEXT, text) or text)


class UsageError(Exception):
    """Bad input from the user: printed as one line, exit status 2."""


def _is_wide(ch: str) -> bool:
    return ch >= "\u2e80" and not ("\ud800" <= ch <= "\uf8ff")


#: Chinese punctuation that never starts a line
_NO_LINE_START = frozenset("，。、；：？！）」』》〉】”’…")


def _wrap_wide(text: str, width: int) -> list[str]:
    """Lines of at most ``width`` columns; a Chinese character is two columns and
    a line may break between any two of them (textwrap breaks only at spaces),
    but never before closing punctuation (the character before it moves down too)."""
    tokens: list[str] = []
    word = ""
    for ch in " ".join(text.split()):
        if ch == " " or _is_wide(ch):
            if word:
                tokens.append(word)
                word = ""
            tokens.append(ch)
        else:
            word += ch
    if word:
        tokens.append(word)

    def columns(parts: list[str]) -> int:
        return sum(2 if _is_wide(c) else 1 for part in parts for c in part)

    lines: list[list[str]] = []
    line: list[str] = []
    for tok in tokens:
        if tok == " ":
            if line:
                line.append(tok)
            continue
        if line and columns(line) + columns([tok]) > width:
            carry: list[str] = []
            while (carry or [tok])[0] in _NO_LINE_START and len(line) > 1 and line[-1] != " ":
                carry.insert(0, line.pop())  # closing marks keep what they close
            lines.append(line)
            line = carry
        line.append(tok)
    if line:
        lines.append(line)
    return ["".join(parts).strip() for parts in lines if "".join(parts).strip()]


def _display_width(text: str) -> int:
    """Columns ``text`` takes in a terminal: wide and full-width characters (CJK) take
    two, combining marks none, the rest one."""
    return sum(
        0 if unicodedata.combining(c) else 2 if unicodedata.east_asian_width(c) in "WF" else 1
        for c in text
    )


def _pad(text: str, width: int) -> str:
    """``text`` followed by spaces up to ``width`` terminal columns."""
    return text + " " * max(0, width - _display_width(text))


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, with Chinese text wrapped by its width on screen."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wide_headings: set[str] = set()

    def start_section(self, heading: str | None) -> None:
        # argparse writes "<heading>:"; a Chinese heading takes the full-width colon
        if heading and _is_wide(heading[-1]):
            self._wide_headings.add(heading)
        super().start_section(heading)

    def format_help(self) -> str:
        text = super().format_help()
        if not self._wide_headings:
            return text
        lines = text.split("\n")
        for i, line in enumerate(lines):
            if line.endswith(":") and line.strip()[:-1] in self._wide_headings:
                lines[i] = line[:-1] + "："
        return "\n".join(lines)

    def _format_usage(self, usage, actions, groups, prefix):  # type: ignore[no-untyped-def]
        text = super()._format_usage(usage, actions, groups, prefix)
        shown = _("usage: ") if prefix is None else prefix
        # continuation lines line up under the program name: argparse counts the
        # prefix in characters ("用法：" is 3, on screen 6); our own usages assume 7
        delta = sum(2 if _is_wide(c) else 1 for c in shown) - (
            7 if usage is not None else len(shown)
        )
        if delta == 0:
            return text
        lines = text.split("\n")
        for i in range(1, len(lines)):
            if lines[i].startswith(" "):
                lines[i] = " " * delta + lines[i] if delta > 0 else lines[i][-delta:]
        return "\n".join(lines)

    def _split_lines(self, text: str, width: int) -> list[str]:
        if any(_is_wide(c) for c in text):
            return _wrap_wide(text, width)
        return super()._split_lines(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        if any(_is_wide(c) for c in text):
            return "\n".join(indent + line for line in _wrap_wide(text, width - len(indent)))
        return super()._fill_text(text, width, indent)


class _Parser(argparse.ArgumentParser):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _HelpFormatter)
        super().__init__(*args, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        command = self.prog.removeprefix("actgui").strip()
        raise UsageError(f"{command}: {message}" if command else message)


class _VersionAction(argparse.Action):
    """argparse's "version" action, reading the version only when it is asked for."""

    def __init__(self, option_strings: list[str], dest: str, help: str | None = None) -> None:
        super().__init__(option_strings, dest=argparse.SUPPRESS, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):  # type: ignore[no-untyped-def]
        from . import __version__

        parser._print_message(f"actgui {__version__}\n", sys.stdout)
        parser.exit()


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="actgui",
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Explore neural-network activation functions: f, f', f'', parameters, properties. With no command, opens the window.",
            )
        ),
    )
    parser.add_argument(
        "--version",
        action=_VersionAction,
        help=_(QT_TRANSLATE_NOOP("CLI", "show program's version number and exit")),
    )
    parser.add_argument(
        "--session",
        metavar="FILE",
        help=_(QT_TRANSLATE_NOOP("CLI", "open the window on a saved session")),
    )
    parser.add_argument(
        "--lang",
        choices=["en", "zh_CN"],
        default=None,
        help=_(QT_TRANSLATE_NOOP("CLI", "language of the window")),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    p_list = sub.add_parser(
        "list",
        help=_(QT_TRANSLATE_NOOP("CLI", "print the catalog of activation functions")),
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Print every activation function: id, name, family, parameters with defaults and valid ranges.",
            )
        ),
    )
    p_list.add_argument(
        "--json",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "print JSON instead of a table")),
    )
    p_list.add_argument(
        "--properties",
        action="store_true",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "also compute each function's properties at its default parameters"
            )
        ),
    )
    p_list.add_argument(
        "--lang",
        choices=["en", "zh_CN"],
        default=None,
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "language of the table (default: the system's); --json is always in English",
            )
        ),
    )
    p_exp = sub.add_parser(
        "export",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "write a figure (.png .svg .pdf) or a table (.csv) of f, f', f''"
            )
        ),
        usage="%(prog)s OUT (-f SPEC [SPEC ...] | --session FILE)\n"
        "                     [--x-min A] [--x-max B] [--points N]\n"
        "                     [--derivatives ORDERS] [--width W] [--height H]\n"
        "                     [--theme {light,dark}] [--style {screen,publication}]\n"
        "                     [--scale S] [--dpi D] [--transparent]\n"
        "                     [--animate PARAM] [--frames FRAMES]",
        description=_cat(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "Export curves without opening the window. The format comes from OUT's suffix: .png, .svg, .pdf or .csv. SPEC is a catalog id, optionally with parameters: leaky_relu(negative_slope=0.2).",
                )
            ),
            _(EXPR_SPEC_HELP),
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    p_exp.add_argument(
        "out",
        metavar="OUT",
        nargs="?",  # also after the specs: export -f relu tanh OUT
        help=_(QT_TRANSLATE_NOOP("CLI", "file to write (.png, .svg, .pdf or .csv)")),
    )
    add_function_option(p_exp, _(QT_TRANSLATE_NOOP("CLI", "function(s) to export, in this order")))
    p_exp.add_argument(
        "--x-min",
        type=float,
        default=None,
        metavar="A",
        help=_(QT_TRANSLATE_NOOP("CLI", "left end of x (default -6)")),
    )
    p_exp.add_argument(
        "--x-max",
        type=float,
        default=None,
        metavar="B",
        help=_(QT_TRANSLATE_NOOP("CLI", "right end of x (default 6)")),
    )
    p_exp.add_argument(
        "--points",
        type=int,
        default=None,
        metavar="N",
        help=_(QT_TRANSLATE_NOOP("CLI", "samples per curve, 2..1000000 (default 2000)")),
    )
    p_exp.add_argument(
        "--derivatives",
        default=None,
        metavar="ORDERS",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "which of f (0), f' (1), f'' (2) to include, e.g. 0,1,2 (default 0,1, or the session's rows)",
            )
        ),
    )
    p_exp.add_argument(
        "--width",
        type=int,
        default=1000,
        metavar="W",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure width in pixels (default 1000)")),
    )
    p_exp.add_argument(
        "--height",
        type=int,
        default=700,
        metavar="H",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure height in pixels (default 700)")),
    )
    p_exp.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=_(QT_TRANSLATE_NOOP("CLI", "colour theme (default light)")),
    )
    p_exp.add_argument(
        "--style",
        choices=["screen", "publication"],
        default="publication",
        help=_(QT_TRANSLATE_NOOP("CLI", "figure style (default publication)")),
    )
    p_exp.add_argument(
        "--scale",
        type=float,
        default=1.0,
        metavar="S",
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG pixel scale, e.g. 2 for 2x (default 1)")),
    )
    p_exp.add_argument(
        "--dpi",
        type=int,
        default=96,
        metavar="D",
        help=_cat(
            _(QT_TRANSLATE_NOOP("CLI", "PDF resolution: page size = pixels / dpi inches")),
            _(QT_TRANSLATE_NOOP("CLI", "(default 96)")),
        ),
    )
    p_exp.add_argument(
        "--transparent",
        action="store_true",
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG with a transparent background")),
    )
    p_exp.add_argument(
        "--animate",
        metavar="PARAM",
        default=None,
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "write an animated .gif of PARAM running across its valid range and back (across LO..HI for a sweep spec)",
            )
        ),
    )
    p_exp.add_argument(
        "--frames",
        type=int,
        default=None,
        metavar="FRAMES",
        help=_(
            QT_TRANSLATE_NOOP("CLI", "frames from one end of the range to the other (default 30)")
        ),
    )
    p_exp.add_argument(
        "--session",
        metavar="FILE",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "export what a saved session shows (its curves, range, samples and rows); -f, --x-min, --x-max, --points and --derivatives override it",
            )
        ),
    )
    from .depth_cli import add_parser as add_depth

    add_depth(sub)
    from .train_cli import add_parser as add_train

    add_train(sub)
    from .code_cli import add_parser as add_code

    add_code(sub)
    p_paths = sub.add_parser(
        "paths",
        help=_(
            QT_TRANSLATE_NOOP(
                "CLI", "print where actgui keeps its settings and the autosaved session"
            )
        ),
        description=_(
            QT_TRANSLATE_NOOP(
                "CLI",
                "Print where actgui keeps its settings (window layout, theme, language, "
                "recent sessions) and the session it saves on quitting, one per line: "
                "a name, a tab, the place.",
            )
        ),
    )
    p_paths.set_defaults(command="paths")
    p_shot = sub.add_parser(
        "screenshot",
        help=_(
            QT_TRANSLATE_NOOP("CLI", "render the whole main window to a PNG (no screen needed)")
        ),
        usage="%(prog)s OUT.png [--lang {en,zh_CN}] [--width W] [--height H]\n"
        "                         [--theme {light,dark}] [--session FILE]\n"
        "                         [-f SPEC [SPEC ...]]",
        description=_(
            QT_TRANSLATE_NOOP("CLI", "Render the main window, as it opens, to a PNG file.")
        ),
        epilog=_(FUNCTIONS_EPILOG),
    )
    p_shot.add_argument(
        "out",
        metavar="OUT.png",
        nargs="?",  # also after the specs: screenshot -f relu tanh OUT.png
        help=_(QT_TRANSLATE_NOOP("CLI", "PNG file to write")),
    )
    p_shot.add_argument(
        "--lang",
        choices=["en", "zh_CN"],
        default="en",
        help=_(QT_TRANSLATE_NOOP("CLI", "language of the window")),
    )
    p_shot.add_argument(
        "--width",
        type=int,
        default=1400,
        metavar="W",
        help=_(QT_TRANSLATE_NOOP("CLI", "window width in pixels (default 1400)")),
    )
    p_shot.add_argument(
        "--height",
        type=int,
        default=880,
        metavar="H",
        help=_(QT_TRANSLATE_NOOP("CLI", "window height in pixels (default 880)")),
    )
    p_shot.add_argument(
        "--theme",
        choices=["light", "dark"],
        default="light",
        help=_(QT_TRANSLATE_NOOP("CLI", "colour theme (default light)")),
    )
    p_shot.add_argument(
        "--session",
        metavar="FILE",
        help=_(QT_TRANSLATE_NOOP("CLI", "render the window on a saved session")),
    )
    add_function_option(
        p_shot,
        _(QT_TRANSLATE_NOOP("CLI", "show these curves instead of the first-launch five")),
    )
    return parser


#: how -f reads, for every command that takes it
FUNCTIONS_HELP = QT_TRANSLATE_NOOP("CLI", "(-f A B or -f A -f B)")
#: a custom expression as a SPEC
EXPR_SPEC_HELP = QT_TRANSLATE_NOOP(
    "CLI",
    'SPEC may also be a custom expression of x: "expr:x*sigmoid(1.702*x)", with parameters: "expr:a*x*sigmoid(b*x); a=1; b=1.702".',
)
FUNCTIONS_EPILOG = QT_TRANSLATE_NOOP(
    "CLI",
    'Several functions: -f relu tanh gelu, or -f relu -f tanh -f gelu. Put a SPEC with parentheses, spaces or ; in quotes: -f relu "leaky_relu(negative_slope=0.2)" "expr:x*tanh(softplus(x))"',
)


def add_function_option(parser: argparse.ArgumentParser, what: str) -> None:
    """``-f SPEC [SPEC ...]``, repeatable: ``-f A B`` and ``-f A -f B`` read alike."""
    parser.add_argument(
        "-f",
        "--function",
        dest="functions",
        action="extend",
        nargs="+",
        metavar="SPEC",
        help=_cat(what, _(FUNCTIONS_HELP)),
    )


def _take_output_from_specs(args: argparse.Namespace, suffixes: tuple[str, ...]) -> None:
    """OUT given after the specs (``-f relu tanh out.png``) was read as a spec: move it."""
    from pathlib import Path

    specs = list(args.functions or [])
    files = [
        s
        for s in specs
        if not s.strip().startswith("expr:")
        and "(" not in s
        and Path(s.strip()).suffix.lower() in suffixes
    ]
    if args.out is None:
        if not files:
            raise UsageError(
                f"{args.command}: "
                + _("the following arguments are required: %s")
                % ("OUT" if suffixes[1:] else "OUT.png")
            )
        if len(files) > 1:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP("CLI", "{command}: one file to write, got {count}: {files}"),
                    command=args.command,
                    count=len(files),
                    files=", ".join(files),
                )
            )
        args.out = files[0]
        specs.remove(files[0])
        args.functions = specs or None
    elif files:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "{command}: {spec!r} is a file name, not a function; give one file to write ({out!r} is already that)",
                ),
                command=args.command,
                spec=files[0],
                out=args.out,
            )
        )


_VALUE_OPTIONS = ("--x-min", "--x-max", "--sigma", "--bias")


def _join_negative_values(argv: Sequence[str]) -> list[str]:
    """argparse reads '-1e-3' as an option; '--x-min -1e-3' becomes '--x-min=-1e-3'."""
    out: list[str] = []
    args = list(argv)
    i = 0
    while i < len(args):
        a = args[i]
        if a in _VALUE_OPTIONS and i + 1 < len(args) and args[i + 1].startswith("-"):
            try:
                float(args[i + 1])
            except ValueError:
                pass
            else:
                out.append(f"{a}={args[i + 1]}")
                i += 2
                continue
        out.append(a)
        i += 1
    return out


def _drop_process_serial_number(argv: Sequence[str], system: str = sys.platform) -> list[str]:
    """macOS may start an .app opened from the Finder with ``-psn_0_12345``; not ours."""
    if system != "darwin":
        return list(argv)
    return [a for a in argv if not a.startswith("-psn_")]


def run(argv: Sequence[str]) -> int:
    argv = _join_negative_values(_drop_process_serial_number(argv))
    try:
        _load_translation(_cli_language(argv))
        args = build_parser().parse_args(list(argv))
        if args.command == "list":
            return _cmd_list(args)
        if args.command == "screenshot":
            _take_output_from_specs(args, (".png",))
            return _cmd_screenshot(args)
        if args.command == "export":
            _take_output_from_specs(args, (".png", ".svg", ".pdf", ".csv", ".gif"))
            return _cmd_export(args)
        if args.command == "depth":
            from .depth_cli import run as run_depth

            return run_depth(args)
        if args.command == "train":
            from .train_cli import run as run_train

            return run_train(args)
        if args.command == "code":
            from .code_cli import run as run_code

            return run_code(args)
        if args.command == "paths":
            return _cmd_paths()
        if args.command is None:
            return _cmd_window(args)
        raise UsageError(f"unknown command {args.command!r}")  # pragma: no cover
    except (UsageError, ValueError) as exc:
        _print_error(_one_line(exc))
        return 2
    except BrokenPipeError:  # `actgui list | head`
        return 0
    except OSError as exc:  # a file cannot be read or written: bad input too
        from .core.io_atomic import WriteError

        if isinstance(exc, WriteError) or not exc.filename:
            _print_error(_one_line(exc))
        else:
            _print_error(f"{exc.filename}: {exc.strerror or exc}")
        return 2
    except KeyboardInterrupt:
        return 130


def _print_error(text: str) -> None:
    print(_f(QT_TRANSLATE_NOOP("CLI", "actgui: error: {message}"), message=text), file=sys.stderr)


def _one_line(exc: BaseException) -> str:
    text = str(exc).strip().replace("\n", " ")
    return text.removeprefix("actgui: ")


def _cmd_window(args: argparse.Namespace) -> int:
    if args.session is not None:
        from .core import session

        session.load(args.session)  # refuse a bad file here: one line, exit 2
    from .ui import app

    return app.main(args.session, lang=args.lang)


def _state_from_specs(specs: list[str] | None):  # type: ignore[no-untyped-def]
    from .core.export_data import add_to_state, parse_specs
    from .core.state import ExplorerState

    if not specs:
        return ExplorerState.first_launch()
    state = ExplorerState()
    # catalog ids, sweeps and expr: expressions alike
    add_to_state(state, [c for spec in specs for c in parse_specs(spec)])
    return state


def _cmd_screenshot(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core.io_atomic import check_writable_target

    if Path(args.out).suffix.lower() != ".png":
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "screenshot writes PNG files; {out!r} does not end in .png"
                ),
                out=args.out,
            )
        )
    for name in ("width", "height"):
        v = getattr(args, name)
        if not 200 <= v <= 10000:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP(
                        "CLI", "--{name} must be between {lo} and {hi} pixels, got {value}"
                    ),
                    name=name,
                    lo=200,
                    hi=10000,
                    value=v,
                )
            )
    check_writable_target(args.out)
    if args.session is not None:
        from .core import session

        state = session.load(args.session)
    else:
        state = _state_from_specs(args.functions)
    from .ui import app

    app.screenshot(args.out, args.width, args.height, state=state, lang=args.lang, theme=args.theme)
    return 0


def _cmd_paths() -> int:
    from .ui import app

    for name, place in app.storage_paths().items():
        print(f"{name}\t{place}")
    return 0


def _json_number(v: float) -> float | None:
    return None if math.isinf(v) else v


def keras_kind(code: str | None) -> str | None:
    """What the ``keras`` string of ``actgui list --json`` is.

    ``function``: a function to pass as ``activation=`` (keras.activations.tanh);
    ``call``: that function applied to a tensor ``x``, its parameters written out
    (keras.activations.celu(x, alpha=1.0)), for ``activation=lambda x: ...``;
    ``layer``: a layer object to put in a model (keras.layers.ELU(alpha=1.0)),
    the form the catalog gives for the ReLU family and ELU, as PyTorch's modules
    do (PReLU, whose slope is learnt, exists only as a layer).
    """
    if code is None:
        return None
    if code.startswith("keras.layers."):
        return "layer"
    return "call" if "(" in code else "function"


def _reference_json(ref: Any) -> dict[str, Any] | None:
    """A Reference as plain data (authors "Family, Given"), or None."""
    if ref is None:
        return None
    return {
        "authors": list(ref.authors),
        "year": ref.year,
        "title": ref.title,
        "venue": ref.venue,
        "url": ref.url,
    }


def _range_json(pr: Any) -> list[dict[str, Any]]:
    """The range as disjoint parts, each an interval or a point (low == high)."""
    return [
        {
            "low": _json_number(part.low.value),
            "low_closed": part.low.closed,
            "high": _json_number(part.high.value),
            "high_closed": part.high.closed,
        }
        for part in pr.range_parts
    ]


def catalog_json() -> list[dict[str, Any]]:
    """The catalog as plain data (infinite values as null: 'no bound')."""
    from .core import catalog
    from .core.spec import ChoiceParam

    out = []
    for act in catalog.CATALOG.values():
        params: list[dict[str, Any]] = []
        for p in act.params:
            if isinstance(p, ChoiceParam):
                entry: dict[str, Any] = {
                    "name": p.name,
                    "default": p.default,
                    "choices": list(p.choices),
                }
            else:
                entry = {
                    "name": p.name,
                    "default": _json_number(p.default),
                    "min": _json_number(p.min),
                    "max": _json_number(p.max),
                    "min_open": p.min_open,
                    "max_open": p.max_open,
                    "step": p.step,
                }
                if p.allow_inf:
                    entry["null_means"] = "no bound (infinity)"
            if p.keras_default is not None:
                kd = p.keras_default
                entry["keras_default"] = _json_number(kd) if isinstance(kd, float) else kd
            if p.doc:
                entry["doc"] = p.doc
            params.append(entry)
        out.append(
            {
                "id": act.id,
                "name": act.name,
                "family": act.family.value,
                "params": params,
                "aliases": list(act.aliases),
                "learnable": list(act.learnable),
                "reference": _reference_json(act.reference),
                "see_also": [_reference_json(r) for r in act.see_also],
                "pytorch": catalog.framework_code(act, None, "pytorch"),
                "keras": (
                    keras := catalog.framework_code(act, catalog.defaults(act, "keras"), "keras")
                ),
                "keras_kind": keras_kind(keras),
                "convention": act.convention,
            }
        )
    return out


def _param_text(p: Any) -> str:
    from .core.spec import ChoiceParam, format_number

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


def _cmd_list(args: argparse.Namespace) -> int:
    from .core import catalog
    from .core import properties as props

    if args.json:  # data: English keys and values whatever the language
        data = catalog_json()
        if args.properties:
            for entry in data:
                act = catalog.get(entry["id"])
                pr = props.compute(act, catalog.resolve_params(act))
                entry["properties"] = dict(pr.as_rows())
                entry["range"] = _range_json(pr)
        json.dump(data, sys.stdout, ensure_ascii=False, indent=1)
        sys.stdout.write("\n")
        return 0
    from .core.spec import Family

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


def _check_animation_args(args: argparse.Namespace, suffix: str) -> None:
    """A .gif needs --animate; --animate and --frames need a .gif."""
    if suffix != ".gif":
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI", "--animate and --frames write a .gif; {out!r} does not end in .gif"
                ),
                out=args.out,
            )
        )
    if args.animate is None:
        raise UsageError(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "a .gif is an animation: name the parameter to animate with --animate PARAM, e.g. --animate negative_slope",
                )
            )
        )
    if args.frames is not None and not 2 <= args.frames <= 1000:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                name="frames",
                lo=2,
                hi=1000,
                value=args.frames,
            )
        )


def _cmd_export(args: argparse.Namespace) -> int:
    from pathlib import Path

    from .core import export_data
    from .core.io_atomic import atomic_write_bytes, check_writable_target

    suffix = Path(args.out).suffix.lower()
    if suffix == ".gif" or args.animate is not None or args.frames is not None:
        _check_animation_args(args, suffix)
    elif suffix not in (".png", ".svg", ".pdf", ".csv"):
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "cannot tell the format of {out!r}: its suffix must be .png, .svg, .pdf or .csv",
                ),
                out=args.out,
            )
        )
    base = None
    if args.session is not None:
        from .core import session

        base = session.load(args.session)
    if not args.functions and base is None:
        raise UsageError(
            _(
                QT_TRANSLATE_NOOP(
                    "CLI",
                    "nothing to export: give at least one -f SPEC (e.g. -f relu) or --session",
                )
            )
        )
    if args.functions:
        curves = [c for spec in args.functions for c in export_data.parse_specs(spec)]
    else:
        assert base is not None
        curves = export_data.state_curves(base)  # its visible curves and comparisons
    lo, hi = base.visible_range() if base is not None else (-6.0, 6.0)
    x_min = lo if args.x_min is None else args.x_min
    x_max = hi if args.x_max is None else args.x_max
    points = (base.points if base is not None else 2000) if args.points is None else args.points
    export_data.check_grid(x_min, x_max, points)
    if args.derivatives is None:
        rows = base.rows if base is not None else [True, True, False]
        orders = tuple(o for o in (0, 1, 2) if rows[o]) or (0,)
    else:
        orders = export_data.parse_orders(args.derivatives)
    for name, lo, hi in (("width", 100, 20000), ("height", 100, 20000), ("dpi", 10, 2400)):
        v = getattr(args, name)
        if not lo <= v <= hi:
            raise UsageError(
                _f(
                    QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                    name=name,
                    lo=lo,
                    hi=hi,
                    value=v,
                )
            )
    if not 0.1 <= args.scale <= 10:
        raise UsageError(
            _f(
                QT_TRANSLATE_NOOP("CLI", "--{name} must be between {lo} and {hi}, got {value}"),
                name="scale",
                lo=0.1,
                hi=10,
                value=args.scale,
            )
        )
    from .ui.figure import check_png_size

    if suffix == ".gif":
        check_png_size(args.width, args.height, 1.0)
    if suffix == ".png":
        check_png_size(args.width, args.height, args.scale)
    check_writable_target(args.out)
    if suffix == ".csv":
        import numpy as np

        x = np.linspace(x_min, x_max, points)
        header, data = export_data.table(curves, x, orders)
        atomic_write_bytes(args.out, export_data.csv_text(header, data).encode("utf-8"))
        return 0
    from .core.state import ExplorerState

    if base is not None and not args.functions:
        state = base  # its curves, colours, options; the grid as asked
        for c in [c for c in state.curves if not c.visible]:
            state.remove_curve(c.uid)
        state.set_x_range(x_min, x_max)
        state.set_points(points)
    else:
        state = ExplorerState(x_min=x_min, x_max=x_max, points=points)
        ranges: dict[int, tuple[float, float]] = {}
        plain: list[export_data.CurveSpec] = []
        for c in curves:
            if c.sweep is None or c.sweep.param != args.animate:
                plain.append(c)
            elif c.params[args.animate] == c.sweep.lo:
                # a sweep of the animated parameter: one curve, animated across LO..HI
                export_data.add_to_state(state, plain)
                plain = []
                ranges[state.add_spec(c).uid] = (c.sweep.lo, c.sweep.hi)
        export_data.add_to_state(state, plain)
    state.set_rows([o in orders for o in (0, 1, 2)])
    from .ui.app import ensure_app
    from .ui.figure import export_figure

    ensure_app(headless=True)
    if suffix == ".gif":
        from .ui.animation import DEFAULT_FRAMES, export_gif

        export_gif(
            state,
            args.out,
            args.animate,
            args.frames if args.frames is not None else DEFAULT_FRAMES,
            args.width,
            args.height,
            theme=args.theme,
            style=args.style,
            ranges=ranges if base is None or args.functions else None,
        )
        return 0
    export_figure(
        state,
        args.out,
        args.width,
        args.height,
        theme=args.theme,
        style=args.style,
        scale=args.scale,
        transparent=args.transparent,
        dpi=args.dpi,
    )
    return 0
