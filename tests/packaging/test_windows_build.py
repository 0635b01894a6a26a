"""The Windows build under Wine (packaging/wine_build.py) and the checks the smoke test
adds for every platform: letters drawn as letters, awkward paths, the system's places.

The build itself runs in .ci/run (`python packaging/build.py --wine --smoke-test`);
these tests pin the pieces that can be checked without Wine.
"""

from __future__ import annotations

import json
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from .conftest import PACKAGING, ROOT, load


@pytest.fixture(scope="module")
def wine_build(build: ModuleType) -> ModuleType:
    return load(PACKAGING / "wine_build.py", "actgui_packaging_wine_build")


def test_wine_only_shims_are_recognised_in_any_folder(wine_build: ModuleType) -> None:
    names = [
        "actgui-0.1.0-windows-x86_64/actgui.exe",
        "actgui-0.1.0-windows-x86_64/_internal/PySide6/Qt6Core.dll",
        "actgui-0.1.0-windows-x86_64/_internal/ICUUC.dll",
        "x\\_internal\\version.dll",
        "actgui-0.1.0-windows-x86_64/_internal/icuuc74.dll",  # a real ICU would be fine
    ]
    assert wine_build.wine_only_files(names) == [names[2], names[3]]


def test_the_smoke_test_knows_the_same_shims(wine_build: ModuleType, smoke: ModuleType) -> None:
    assert set(wine_build.WINE_ONLY) == set(smoke.WINE_ONLY_DLLS)


def test_archive_refuses_a_bundle_with_a_shim(
    wine_build: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    app = tmp_path / "actgui"
    (app / "_internal").mkdir(parents=True)
    (app / "actgui.exe").write_bytes(b"MZ")
    (app / "_internal" / "version.dll").write_bytes(b"MZ")
    with pytest.raises(SystemExit, match="Wine-only shims"):
        wine_build.archive(app, tmp_path, "0.1.0", 1.0)
    (app / "_internal" / "version.dll").unlink()
    out = wine_build.archive(app, tmp_path, "0.1.0", 1.0)
    with zipfile.ZipFile(out) as zf:
        assert zf.namelist() == ["actgui-0.1.0-windows-x86_64/actgui.exe"]
    capsys.readouterr()


def test_windows_wheels_follow_pyproject(wine_build: ModuleType) -> None:
    text = (ROOT / "pyproject.toml").read_text(encoding="utf-8")
    deps = wine_build.runtime_requirements()
    assert any(d.startswith("PySide6-Essentials") and "<6.12" in d for d in deps)
    for dep in deps:
        assert f'"{dep}"' in text


def test_ci_builds_and_smoke_tests_the_windows_app() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "packaging/build.py --wine --smoke-test" in ci
    readme = (ROOT / "packaging" / "README.md").read_text(encoding="utf-8")
    assert "build.py --wine --smoke-test" in readme


def test_shim_sources_are_in_the_repository() -> None:
    for name in ("icuuc_stub.c", "version_proxy.c", "version.def"):
        assert (PACKAGING / "wine" / name).is_file()


# --- checks of smoke_test.py that run on every platform -----------------------------------


@pytest.mark.parametrize("pair", [0, 1])
def test_glyph_sessions_load_and_differ_only_in_letter_order(smoke: ModuleType, pair: int) -> None:
    from actgui.core import session

    _script, first, second = smoke.GLYPH_PAIRS[pair]
    assert sorted(first) == sorted(second) and first != second
    labels = []
    for name in (first, second):
        state = session.from_dict(json.loads(json.dumps(smoke.glyph_session(name))))
        (curve,) = state.curves
        labels.append(state.label_of(curve))
    assert labels == [first, second]


def test_places_expected_on_each_system(smoke: ModuleType, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setattr(smoke, "IS_WIN", True)
    win = smoke.expected_places()
    assert win["settings"] == ("\\HKEY_CURRENT_USER\\Software\\actgui\\actgui",)
    assert "\\AppData\\Roaming\\actgui\\" in win["autosave"]


# --- the app: Qt's offscreen platform on Windows gets the system's fonts ------------------


def test_offscreen_on_windows_reads_the_windows_fonts(tmp_path: Path) -> None:
    from actgui.ui.app import offscreen_font_dir

    (tmp_path / "Fonts").mkdir()
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(tmp_path)}
    assert offscreen_font_dir(env, "win32") == str(tmp_path / "Fonts")
    assert env["QT_QPA_FONTDIR"] == str(tmp_path / "Fonts")
    # the user's own choice stays
    env = {"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(tmp_path), "QT_QPA_FONTDIR": "D:\\f"}
    assert offscreen_font_dir(env, "win32") is None and env["QT_QPA_FONTDIR"] == "D:\\f"
    # a real window, another system, or no such folder: nothing to do
    for env, system in (
        ({"QT_QPA_PLATFORM": "windows", "WINDIR": str(tmp_path)}, "win32"),
        ({"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(tmp_path)}, "linux"),
        ({"QT_QPA_PLATFORM": "offscreen", "WINDIR": str(tmp_path / "none")}, "win32"),
    ):
        assert offscreen_font_dir(env, system) is None
        assert "QT_QPA_FONTDIR" not in env


def test_macos_finder_argument_is_dropped() -> None:
    from actgui.cli import _drop_process_serial_number as drop

    assert drop(["-psn_0_1234", "--lang", "zh_CN"], "darwin") == ["--lang", "zh_CN"]
    assert drop(["-psn_0_1234"], "linux") == ["-psn_0_1234"]  # elsewhere an error, as any
