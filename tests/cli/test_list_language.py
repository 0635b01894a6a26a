"""`actgui list` and the help in Chinese: headers, family names and property words
translated, columns aligned on screen, --json the same data in every language, and
the help's section titles with the full-width colon."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import unicodedata
from collections.abc import Iterator

import pytest

from actgui import cli
from actgui.core import catalog


def run(*args: str, lang: str = "en_GB.UTF-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""}
    return subprocess.run(
        [sys.executable, "-m", "actgui", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
        env=env,
    )


@pytest.fixture
def english_after() -> Iterator[None]:
    """In-process runs load the Chinese translator: put English back afterwards."""
    yield
    cli._load_translation("en")


def columns(text: str) -> int:
    """Terminal columns of ``text`` (CJK characters take two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def table_rows(stdout: str) -> list[str]:
    """The header and one line per function (not property lines, not the footer)."""
    lines = stdout.splitlines()
    ids = set(catalog.ids())
    rows = [lines[0]] + [line for line in lines[1:] if line.split(" ", 1)[0] in ids]
    assert len(rows) == len(ids) + 1
    return rows


def cell_starts(line: str) -> list[int]:
    """Screen column where each of the first four cells starts (cells are two or
    more spaces apart; a cell may hold single spaces: "S 型", "LeCun tanh")."""
    starts = [m.start() for m in re.finditer(r"\S+(?: \S+)*", line)][:4]
    assert len(starts) == 4, line
    return [columns(line[:s]) for s in starts]


def test_list_under_a_chinese_locale_has_chinese_headers_and_families() -> None:
    out = run("list", lang="zh_CN.UTF-8")
    assert out.returncode == 0, out.stderr
    rows = table_rows(out.stdout)
    assert rows[0].split()[:3] == ["标识", "名称", "类别"]
    assert rows[0].split()[3].startswith("参数")
    relu = next(r for r in rows if r.startswith("relu "))
    assert "ReLU 系列" in relu
    sigmoid = next(r for r in rows if r.startswith("sigmoid "))
    assert "S 型" in sigmoid and "Sigmoidal" not in sigmoid
    leaky = next(r for r in rows if r.startswith("leaky_relu "))
    assert "negative_slope=0.01，范围 [0.0, 1.0]，Keras 默认 0.3" in leaky
    assert out.stdout.splitlines()[-1].startswith(f"共 {len(catalog.ids())} 个函数")


def test_list_lang_option_and_properties_in_chinese(
    capsys: pytest.CaptureFixture[str], english_after: None
) -> None:
    assert cli.run(["list", "--lang", "zh_CN", "--properties"]) == 0
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["标识", "名称", "类别"]
    sigmoid = out.split("\ntanh ")[0]
    assert "    值域：(0, 1)" in sigmoid
    assert "    单调：严格递增" in sigmoid
    assert "    全局最小值：无" in sigmoid
    assert "range" not in sigmoid and "yes" not in sigmoid
    # and back in English with --lang en, whatever the locale
    assert cli.run(["list", "--lang", "en"]) == 0
    assert capsys.readouterr().out.split()[:3] == ["id", "name", "family"]


@pytest.mark.parametrize("lang", ["zh_CN.UTF-8", "en_GB.UTF-8"])
def test_list_columns_line_up_on_screen(lang: str) -> None:
    out = run("list", lang=lang)
    assert out.returncode == 0, out.stderr
    starts = [cell_starts(row) for row in table_rows(out.stdout)]
    assert all(s == starts[0] for s in starts), {
        row.split()[0]: s for row, s in zip(table_rows(out.stdout), starts) if s != starts[0]
    }
    # two spaces at least between columns, counted on screen
    header = table_rows(out.stdout)[0]
    assert starts[0][1] >= columns(header.split()[0]) + 2


@pytest.mark.parametrize("args", [["list", "--json"], ["list", "--json", "--properties"]])
def test_list_json_is_the_same_data_in_every_language(args: list[str]) -> None:
    english = run(*args, lang="en_GB.UTF-8")
    chinese = run(*args, lang="zh_CN.UTF-8")
    chinese_option = run(*args, "--lang", "zh_CN")
    assert english.returncode == chinese.returncode == chinese_option.returncode == 0
    assert chinese.stdout == english.stdout
    assert chinese_option.stdout == english.stdout
    assert '"family": "sigmoidal"' in english.stdout
    if "--properties" in args:
        assert '"bounded below": "yes"' in english.stdout
    assert not any("\u4e00" <= c <= "\u9fff" for c in english.stdout)


@pytest.mark.parametrize(
    "command",
    [[], ["list"], ["export"], ["depth"], ["screenshot"]],
    ids=lambda c: " ".join(c) or "top",
)
def test_chinese_help_section_titles_take_the_full_width_colon(command: list[str]) -> None:
    out = run(*command, "--help", lang="zh_CN.UTF-8")
    assert out.returncode == 0, out.stderr
    titles = [line for line in out.stdout.splitlines() if line and not line.startswith(" ")]
    assert "选项：" in titles
    if not command:
        assert "位置参数：" in titles
    ascii_colon = [t for t in titles if re.search(r"[\u2e80-\u9fff]:", t)]
    assert ascii_colon == []
    english = run(*command, "--help")
    assert "options:" in english.stdout.splitlines()


def test_an_unknown_lang_is_refused_in_the_locale_language() -> None:
    out = run("list", "--lang", "fr", lang="zh_CN.UTF-8")
    assert out.returncode == 2 and out.stdout == ""
    assert out.stderr.startswith("actgui：错误：") and "'fr'" in out.stderr
    assert "'en', 'zh_CN'" in out.stderr
