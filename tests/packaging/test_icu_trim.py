# SPDX-License-Identifier: MIT
"""packaging/icu_trim.py: ICU's common data package read, trimmed and relinked.

The last test trims the libicudata that PySide6 carries and runs Qt with the
trimmed copy preloaded: collation, casing, codecs, time zones and IDNA must
give what they give with the full data.
"""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from .conftest import PACKAGING, load

icu_trim = load(PACKAGING / "icu_trim.py", "icu_trim")

PREFIX = "icudt99l/"


def _header() -> bytes:
    info = struct.pack("<HHBBBB4s4s4s", 20, 0, 0, 0, 2, 0, b"CmnD", bytes([1, 0, 0, 0]), b"\0" * 4)
    body = info + b" test package\0"
    size = 4 + len(body)
    size += -size % 16
    return struct.pack("<HBB", size, 0xDA, 0x27) + body + b"\0" * (size - 4 - len(body))


def _items() -> list[tuple[str, bytes]]:
    names = ["root.res", "de.res", "de_.res", "de_CH.res", "en_GB.res", "zh_Hant_TW.res"]
    names += ["pool.res", "res_index.res", "cnvalias.icu", "coll/sv.res", "zone/fr.res"]
    names += ["zone/zh.res", "brkitr/thaidict.dict", "supplementalData.res"]
    # odd lengths: the writer pads each item to 16 bytes
    return [(PREFIX + n, bytes([i + 1]) * (7 + 13 * i)) for i, n in enumerate(names)]


def _offsets(blob: bytes) -> list[tuple[int, int]]:
    toc = struct.unpack_from("<H", blob, 0)[0]
    (count,) = struct.unpack_from("<I", blob, toc)
    return [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]


def test_written_package_reads_back_sorted_and_aligned() -> None:
    header = _header()
    blob = icu_trim.write_package(header, _items())
    got_header, got = icu_trim.read_package(blob)
    assert got_header == header
    names = [n for n, _ in got]
    assert names == sorted(n for n, _ in _items())  # ICU looks names up by bisection
    want = dict(_items())
    for name, item in got:  # each item comes back with its padding to 16 bytes
        assert item[: len(want[name])] == want[name]
        assert set(item[len(want[name]) :]) <= {0xAA} and len(item) % 16 == 0
    for _name_off, data_off in _offsets(blob):
        assert (len(header) + data_off) % 16 == 0
    assert icu_trim.write_package(got_header, got) == blob  # read, write: same bytes


def test_keeps_all_but_other_languages_locale_data() -> None:
    def keeps(name: str) -> bool:
        return icu_trim.keeps_item(PREFIX + name, ("en", "zh"))

    for kept in ("root.res", "en_GB.res", "zh_Hant_TW.res", "zone/zh.res", "pool.res"):
        assert keeps(kept), kept
    for kept in ("res_index.res", "supplementalData.res", "cnvalias.icu"):
        assert keeps(kept), kept
    assert keeps("brkitr/thaidict.dict") and keeps("coll/sv.res")  # not locale names
    for dropped in ("de.res", "de_.res", "de_CH.res", "zone/fr.res"):
        assert not keeps(dropped), dropped
    trimmed, left_out = icu_trim.trim_package(
        icu_trim.write_package(_header(), _items()),
        lambda n: icu_trim.keeps_item(n, ("en", "zh")),
    )
    assert sorted(left_out) == sorted(
        PREFIX + n for n in ("de.res", "de_.res", "de_CH.res", "zone/fr.res")
    )
    assert len(icu_trim.read_package(trimmed)[1]) == len(_items()) - 4


def test_rejects_what_is_not_a_common_data_package() -> None:
    with pytest.raises(icu_trim.IcuDataError, match="magic"):
        icu_trim.read_package(b"\0" * 64)
    bad = bytearray(_header())
    bad[12:16] = b"ResB"
    with pytest.raises(icu_trim.IcuDataError, match="common data"):
        icu_trim.read_package(bytes(bad) + b"\0" * 16)


def test_is_icu_data() -> None:
    assert icu_trim.is_icu_data("PySide6/Qt/lib/libicudata.so.73")
    assert icu_trim.is_icu_data("PySide6\\Qt\\lib\\libicudata.so.73.2")
    assert not icu_trim.is_icu_data("PySide6/Qt/lib/libicuuc.so.73")


_QT_CHECK = textwrap.dedent(
    """
    import functools
    from PySide6.QtCore import QCollator, QDateTime, QLocale, QStringDecoder, QTimeZone, QUrl
    words = ["Zebra", "äpfel", "apple", "Ölkanne", "ıi", "中文", "阿", "波", "Ångström", "zz"]
    for loc in ["en_US", "zh_CN", "zh_TW", "de_DE", "tr_TR", "sv_SE", "ja_JP"]:
        c = QCollator(QLocale(loc))
        print(loc, sorted(words, key=functools.cmp_to_key(c.compare)))
        print(loc, QLocale(loc).toUpper("istanbul ß"), QLocale(loc).toLower("İSTANBUL"))
    for name in ["GB18030", "Shift_JIS", "Big5", "KOI8-R"]:
        print(name, QStringDecoder(name).isValid())
    tz = QTimeZone(b"Europe/Berlin")
    print(tz.isValid(), tz.offsetFromUtc(QDateTime.fromSecsSinceEpoch(1700000000)))
    print(QUrl.toAce("bücher.例え.jp").data())
    """
)


def _pyside_icu_data() -> Path | None:
    try:
        import PySide6
    except ImportError:
        return None
    found = sorted(Path(PySide6.__file__).parent.glob("Qt/lib/libicudata.so.*"))
    return found[0] if found else None


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux wheels carry ICU")
def test_qt_gives_the_same_results_with_the_trimmed_data(tmp_path: Path) -> None:
    library = _pyside_icu_data()
    if library is None:
        pytest.skip("this PySide6 carries no libicudata")
    if not (shutil.which("cc") or shutil.which("gcc")):
        pytest.skip("no C compiler to link the trimmed data (.ci/run installs gcc)")
    out = tmp_path / library.name
    result = icu_trim.trim_library(library, out, ("en", "zh", "yue"))
    assert result is not None
    kept, dropped, saved = result
    assert dropped > 1000 and saved > 10e6, result  # ICU 73: 2,723 items, 15.6 MB
    # the package in the new library is the old one minus exactly the dropped items
    _, full = icu_trim.read_package(icu_trim.extract_package(library)[1])
    _, trimmed = icu_trim.read_package(icu_trim.extract_package(out)[1])
    assert len(full) == kept + dropped and dict(trimmed).items() <= dict(full).items()

    def run(preload: Path | None) -> str:
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
        if preload is not None:
            env["LD_PRELOAD"] = str(preload)
        proc = subprocess.run(
            [sys.executable, "-c", _QT_CHECK], env=env, capture_output=True, text=True, timeout=120
        )
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    full_run = run(None)
    assert "sv_SE" in full_run and "True 3600" in full_run
    assert run(out) == full_run
