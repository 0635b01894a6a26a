"""The command line as a user meets it: -f forms, refusals, help, languages, --json keras."""

from __future__ import annotations

import argparse
import errno
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from actgui import cli
from actgui.core import export_data
from actgui.core.io_atomic import WriteError, atomic_write_bytes, atomic_write_with

ZH = {"LANG": "zh_CN.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}
EN = {"LANG": "en_GB.UTF-8", "LC_ALL": "", "LC_MESSAGES": ""}


def actgui(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=180,
        check=False,
        env={**os.environ, **(env or EN)},
    )


def one_error_line(r: subprocess.CompletedProcess[str]) -> str:
    assert r.returncode == 2, (r.returncode, r.stderr)
    lines = r.stderr.strip().splitlines()
    assert len(lines) == 1, r.stderr
    return lines[0]


# --- -f A B and -f A -f B, everywhere -----------------------------------------


@pytest.mark.parametrize(
    "args",
    [
        ["{out}", "-f", "relu", "tanh", "-f", "expr:a*x; a=2"],
        ["{out}", "-f", "relu", "-f", "tanh", "-f", "expr:a*x; a=2"],
        ["-f", "relu", "tanh", "expr:a*x; a=2", "{out}"],  # OUT after the specs
        ["-f", "relu", "tanh", "expr:a*x; a=2", "--points", "5", "{out}"],
    ],
)
def test_export_takes_both_forms_of_f(tmp_path: Path, args: list[str]) -> None:
    out = tmp_path / "t.csv"
    r = actgui("export", *[a.replace("{out}", str(out)) for a in args], "--points", "5")
    assert r.returncode == 0, r.stderr
    header, data = export_data.read_csv(out.read_text(encoding="utf-8"))
    assert header == [
        "x", "relu", "relu'", "tanh", "tanh'", "expr:a*x; a=2", "(expr:a*x; a=2)'"
    ]  # fmt: skip
    assert data.shape == (5, 7)


def test_export_refuses_two_outputs_and_no_output(tmp_path: Path) -> None:
    line = one_error_line(actgui("export", str(tmp_path / "a.png"), "-f", "relu", "b.png"))
    assert "'b.png' is a file name, not a function" in line
    line = one_error_line(actgui("export", "-f", "relu", "tanh"))
    assert "required: OUT" in line
    line = one_error_line(actgui("export", "-f", "relu", "a.csv", "b.csv"))
    assert "one file to write, got 2: a.csv, b.csv" in line
    assert list(tmp_path.iterdir()) == []


def _parse(*argv: str) -> argparse.Namespace:
    cli._load_translation("en")
    args = cli.build_parser().parse_args(list(argv))
    if args.command in ("export", "screenshot"):
        suffixes = (".png",) if args.command == "screenshot" else (".png", ".csv")
        cli._take_output_from_specs(args, suffixes)
    return args


@pytest.mark.parametrize("command", ["export", "screenshot", "depth"])
def test_every_command_reads_f_the_same_way(command: str) -> None:
    tail = ["--out", "x.png"] if command == "depth" else ["x.png"]
    a = _parse(command, "-f", "relu", "elu(alpha=0.5)", "-f", "gelu", *tail)
    b = _parse(command, "-f", "relu", "-f", "elu(alpha=0.5)", "-f", "gelu", *tail)
    assert a.functions == b.functions == ["relu", "elu(alpha=0.5)", "gelu"]


def test_screenshot_with_specs_before_its_output(tmp_path: Path) -> None:
    out = tmp_path / "s.png"
    r = actgui("screenshot", "-f", "relu", "tanh", str(out), "--width", "400", "--height", "300")
    assert r.returncode == 0, r.stderr
    assert out.stat().st_size > 1000


# --- refusals -------------------------------------------------------------------


def test_a_parameter_given_twice_is_refused(tmp_path: Path) -> None:
    spec = "leaky_relu(negative_slope=0.2, negative_slope=0.3)"
    line = one_error_line(actgui("export", str(tmp_path / "x.csv"), "-f", spec))
    assert "negative_slope" in line and ("twice" in line or "more than once" in line), line
    assert list(tmp_path.iterdir()) == []


def test_init_normal_without_sigma_names_the_option(tmp_path: Path) -> None:
    line = one_error_line(
        actgui("depth", "-f", "relu", "--init", "normal", "--out", str(tmp_path / "d.csv"))
    )
    assert "--init normal needs --sigma" in line
    line = one_error_line(
        actgui("depth", "-f", "relu", "--sigma", "0.1", "--out", str(tmp_path / "d.csv"))
    )
    assert "--sigma applies only to --init normal" in line
    assert list(tmp_path.iterdir()) == []


# --- unwritable paths: the user's path and why ---------------------------------


@pytest.mark.skipif(not os.path.isdir("/sys/kernel"), reason="needs Linux sysfs")
def test_unwritable_folder_names_the_users_path(tmp_path: Path) -> None:
    """/sys refuses new files even to root: once 'cannot write /sys/.a.png.9142je49.tmp'."""
    for out in ("/sys/a.png", "/sys/a.csv"):
        line = one_error_line(actgui("export", out, "-f", "relu"))
        assert f"cannot write {out}: permission denied" in line, line
        assert ".tmp" not in line
    assert not [p for p in os.listdir("/sys") if p.endswith(".tmp")]


@pytest.mark.parametrize(
    "code, reason",
    [
        (errno.EACCES, "permission denied"),
        (errno.EROFS, "read-only file system"),
        (errno.ENOSPC, "disk full"),
        (errno.ENOENT, "no such folder"),
    ],
)
def test_write_errors_say_why_and_leave_nothing(tmp_path: Path, code: int, reason: str) -> None:
    target = tmp_path / "figure.png"

    def writer(tmp: str) -> None:
        Path(tmp).write_bytes(b"partial")
        raise OSError(code, os.strerror(code), tmp)

    with pytest.raises(WriteError) as info:
        atomic_write_with(target, writer)
    assert str(info.value) == f"cannot write {target}: {reason}"
    assert isinstance(info.value, OSError) and info.value.filename == str(target)
    assert list(tmp_path.iterdir()) == []


def test_writer_failing_without_errno_on_a_full_disk(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """QImage.save only says False: the folder's free space tells why."""
    real = os.statvfs

    class Full:
        def __init__(self, st: os.statvfs_result) -> None:
            self.f_flag, self.f_bavail = st.f_flag, 0

    def statvfs(path):  # type: ignore[no-untyped-def]
        return Full(real(path))

    def writer(tmp: str) -> None:
        monkeypatch.setattr(os, "statvfs", statvfs)
        raise OSError(f"could not write PNG to {tmp}")

    with pytest.raises(WriteError) as info:
        atomic_write_with(tmp_path / "f.png", writer)
    assert str(info.value) == f"cannot write {tmp_path / 'f.png'}: disk full"


def test_readable_target_still_written(tmp_path: Path) -> None:
    atomic_write_bytes(tmp_path / "ok.csv", b"x\n1\n")
    assert (tmp_path / "ok.csv").read_bytes() == b"x\n1\n"


# --- help ----------------------------------------------------------------------


def test_help_states_theme_dpi_default_and_expr() -> None:
    text = actgui("export", "--help").stdout
    flat = " ".join(text.split())
    assert "--theme {light,dark} colour theme (default light)" in flat
    assert "pixels / dpi inches (default 96)" in flat
    assert "expr:" in flat and "-f A B or -f A -f B" in flat
    assert "usage: actgui export OUT (-f SPEC [SPEC ...] | --session FILE)" in flat
    assert "expr:" in " ".join(actgui("depth", "--help").stdout.split())


def _metavars(parser: argparse.ArgumentParser) -> dict[str, set[str]]:
    used: dict[str, set[str]] = {}
    for action in parser._actions:
        if action.option_strings and action.metavar:
            used.setdefault(str(action.metavar), set()).add(action.option_strings[-1])
    return used


def test_each_metavar_names_one_option() -> None:
    """depth once had --sigma S / --seed S and --bias B / --batch B."""
    cli._load_translation("en")
    parser = cli.build_parser()
    sub = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, p in sub.choices.items():
        for metavar, options in _metavars(p).items():
            assert len(options) == 1, (name, metavar, options)
    depth = _metavars(sub.choices["depth"])
    assert depth["SD"] == {"--sigma"} and depth["SEED"] == {"--seed"}
    assert depth["BIAS"] == {"--bias"} and depth["SIZE"] == {"--batch"}


# --- Chinese -------------------------------------------------------------------


def test_chinese_help_lists_depth_and_version() -> None:
    text = actgui("--help", env=ZH).stdout
    assert "让一批输入通过深层网络" in text  # depth, once English in the Chinese help
    assert "显示程序版本号并退出" in text  # --version
    assert "show program's version" not in text and "push a batch" not in text


def _columns(line: str) -> int:
    return sum(2 if "\u2e80" <= c <= "\ufffd" else 1 for c in line)


@pytest.mark.parametrize("command", ["", "list", "export", "depth", "train", "screenshot"])
def test_help_fits_80_columns_in_both_languages(command: str) -> None:
    """Chinese has no spaces: wrapped by textwrap it ran to 140 columns."""
    for env in (EN, ZH):
        text = actgui(*([command] if command else []), "--help", env={**env, "COLUMNS": "80"})
        assert text.returncode == 0
        wide = [line for line in text.stdout.splitlines() if _columns(line) > 80]
        assert not wide, wide


def test_depth_help_in_chinese() -> None:
    text = actgui("depth", "--help", env=ZH).stdout
    for zh in ("网络层数", "权重初始化", "随机种子", "要比较的激活函数", "关于 x 的自定义表达式"):
        assert zh in text, zh
    assert "random seed" not in text and "units per layer" not in text
    first, second = text.splitlines()[:2]
    assert first.startswith("用法：actgui depth [-h]")
    indent = len(second) - len(second.lstrip(" "))
    assert indent == _columns("用法：actgui depth ")  # under the program name on screen


def test_errors_in_chinese(tmp_path: Path) -> None:
    line = one_error_line(actgui("export", str(tmp_path / "x.csv"), "-f", "relu",
                                 "--points", "1", env=ZH))  # fmt: skip
    assert line == "actgui：错误：--points 必须在 2 到 1,000,000 之间，实际为 1"
    line = one_error_line(actgui("export", str(tmp_path / "no" / "x.csv"), "-f", "relu", env=ZH))
    assert line.startswith("actgui：错误：无法写入 ") and "不存在" in line
    line = one_error_line(actgui("export", str(tmp_path / "x.png"), "--theme", "blue", env=ZH))
    assert "无效的选项值：'blue'" in line
    line = one_error_line(
        actgui("depth", "-f", "relu", "--init", "normal", "--out", str(tmp_path / "d.csv"), env=ZH)
    )
    assert "--init normal 需要 --sigma" in line
    line = one_error_line(actgui("export", "x.csv", "-f", "relu", "--lang", "zh_CN"))
    assert line == "actgui：错误：无法识别的参数：--lang zh_CN"
    assert list(tmp_path.iterdir()) == []


def test_english_stays_english(tmp_path: Path) -> None:
    line = one_error_line(actgui("export", str(tmp_path / "x.csv"), "-f", "relu", "--points", "1"))
    assert line == "actgui: error: --points must be between 2 and 1,000,000, got 1"


# --- list --json: what each keras string is ------------------------------------


def test_keras_kind_says_what_the_string_is() -> None:
    data = json.loads(actgui("list", "--json").stdout)
    kinds = {}
    for entry in data:
        code, kind = entry["keras"], entry["keras_kind"]
        if code is None:
            assert kind is None
        elif code.startswith("keras.layers."):
            assert kind == "layer" and code.endswith(")")
        elif "(" in code:
            assert kind == "call" and code.startswith("keras.activations.") and "(x" in code
        else:  # keras.ops.erf is a plain function too (no keras.activations.erf exists)
            assert kind == "function" and code.startswith(("keras.activations.", "keras.ops."))
        kinds[entry["id"]] = kind
    assert kinds["tanh"] == "function" and kinds["prelu"] == "layer" and kinds["celu"] == "call"
