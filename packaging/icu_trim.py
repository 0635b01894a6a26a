# SPDX-License-Identifier: MIT
"""Trim the ICU data library that PySide6's Linux wheels carry (libicudata.so.NN).

Qt links ICU on Linux; ICU's data library is the largest file of the frozen app
(32 MB of 151 MB for ICU 73), and most of it is locale data for ~800 locales:
currency, language, region, unit and time-zone names, spell-out rules. Qt
formats numbers and dates from its own CLDR tables compiled into QtCore; it asks
ICU for collation (QCollator: the file dialog sorts names with it), case mapping,
non-UTF text codecs, time zones and IDNA. The trimmed data keeps every item that
is not locale data (converters, normalisation, break rules, transliteration, the
time-zone database, supplemental data), collation for every locale, and the
other locale data of the root locale and of the languages actgui ships
(``en*``, ``zh*``). Qt's collation, casing, codecs, time zones and IDNA give the
same results as with the full data (checked for en, zh, de, tr, sv and ja); only
ICU's own display names for other locales fall back to root, and Qt never shows
those.

The library holds one symbol, ``icudtNN_dat``: ICU's *common data* package.
Its layout (ICU's ``ucmndata.h``): a data header (``headerSize`` bytes, with the
format id ``CmnD``), then a table of contents: ``count`` and ``count`` pairs of
uint32 (name offset, data offset) relative to the start of the table, the
names (``icudt73l/coll/root.res``, sorted, NUL-terminated), then the items, each
16-byte aligned. ICU finds an item by binary search over the names, so a package
with some entries left out is as valid as the full one. The trimmed package is
linked into a new library with the same soname and symbol (``cc`` and an
``.incbin``); without a C compiler the build keeps the original library.

Plain Python (struct and subprocess only): the spec, the build and the tests
import it.
"""

from __future__ import annotations

import re
import shutil
import struct
import subprocess
import tempfile
from collections.abc import Callable, Iterable
from pathlib import Path

ALIGN = 16
_FILL = b"\xaa"  # what ICU's own tools pad with
_LOCALE = re.compile(r"[a-z]{2,3}(?:_[A-Za-z0-9]*)*")  # de_.res: de's variants
# .res files whose names look like locales but are not: shared strings and indexes
_NOT_LOCALES = frozenset({"pool", "res_index", "root"})
_LIB = re.compile(r"libicudata\.so\.(\d+)(?:\.\d+)*$")


class IcuDataError(ValueError):
    """The bytes are not an ICU common data package this module understands."""


def _u16(blob: bytes, at: int) -> int:
    return int(struct.unpack_from("<H", blob, at)[0])


def read_package(blob: bytes) -> tuple[bytes, list[tuple[str, bytes]]]:
    """(header, [(name, item bytes), ...]) of a little-endian common data package.

    Item sizes are taken from the distance to the next item (in data-offset order;
    the last item runs to the end): each keeps its own trailing alignment padding.
    """
    if len(blob) < 32 or blob[2:4] != b"\xda\x27":
        raise IcuDataError("no ICU data header (magic 0xda27)")
    header_size = _u16(blob, 0)
    info = blob[4:]
    if info[4] != 0:  # isBigEndian
        raise IcuDataError("big-endian ICU data is not supported")
    if info[8:12] != b"CmnD":
        raise IcuDataError(f"not a common data package (format {info[8:12]!r})")
    toc = header_size
    (count,) = struct.unpack_from("<I", blob, toc)
    pairs = [struct.unpack_from("<II", blob, toc + 4 + 8 * i) for i in range(count)]
    names = []
    for name_off, _data_off in pairs:
        start = toc + name_off
        end = blob.index(b"\0", start)
        names.append(blob[start:end].decode("ascii"))
    by_offset = sorted(range(count), key=lambda i: pairs[i][1])
    items: list[bytes] = [b""] * count
    for rank, i in enumerate(by_offset):
        start = toc + pairs[i][1]
        end = toc + pairs[by_offset[rank + 1]][1] if rank + 1 < count else len(blob)
        items[i] = blob[start:end]
    return blob[:header_size], list(zip(names, items))


def _pad(n: int) -> int:
    return -n % ALIGN


def write_package(header: bytes, items: Iterable[tuple[str, bytes]]) -> bytes:
    """A common data package of these items, names sorted as ICU's lookup needs."""
    entries = sorted(items, key=lambda e: e[0].encode("ascii"))
    count = len(entries)
    names = b"".join(name.encode("ascii") + b"\0" for name, _ in entries)
    table_size = 4 + 8 * count
    data_start = table_size + len(names)
    data_start += _pad(len(header) + data_start)
    name_offsets, data_offsets = [], []
    at_name, at_data = table_size, data_start
    for name, item in entries:
        name_offsets.append(at_name)
        at_name += len(name.encode("ascii")) + 1
        data_offsets.append(at_data)
        at_data += len(item) + _pad(len(item))
    out = bytearray(header)
    out += struct.pack("<I", count)
    for pair in zip(name_offsets, data_offsets):
        out += struct.pack("<II", *pair)
    out += names
    out += _FILL * (len(header) + data_start - len(out))
    for _name, item in entries:
        out += item + _FILL * _pad(len(item))
    return bytes(out)


def keeps_item(name: str, languages: Iterable[str]) -> bool:
    """Whether an item (``icudt73l/zone/de_CH.res``) stays: everything but locale
    data of locales outside ``languages`` (language codes such as ``en``, ``zh``).
    Collation stays for every locale (3.3 MB): Qt's file dialog sorts names with
    QCollator in the user's locale, and a Swede expects Å after Z there."""
    folder, _, leaf = name.rpartition("/")
    if folder.endswith("/coll") or not leaf.endswith(".res"):
        return True
    base = leaf[: -len(".res")]
    if base in _NOT_LOCALES or not _LOCALE.fullmatch(base):
        return True
    return base.split("_", 1)[0] in set(languages)


def trim_package(blob: bytes, keep: Callable[[str], bool]) -> tuple[bytes, list[str]]:
    """(the package with only the items ``keep`` accepts, the names left out)."""
    header, items = read_package(blob)
    dropped = [name for name, _ in items if not keep(name)]
    gone = set(dropped)
    return write_package(header, [(n, b) for n, b in items if n not in gone]), dropped


def _run(cmd: list[str]) -> str:
    return subprocess.run(cmd, check=True, capture_output=True, text=True).stdout


def extract_package(library: Path) -> tuple[str, bytes]:
    """(symbol name, bytes) of the common data in libicudata, read with binutils."""
    symbols = _run(["nm", "-D", "--defined-only", "-S", str(library)])
    found = [line.split() for line in symbols.splitlines() if re.search(r"\bicudt\d+_dat$", line)]
    if len(found) != 1:
        raise IcuDataError(f"{library.name}: expected one icudtNN_dat symbol, found {len(found)}")
    address, size, _kind, symbol = found[0]
    addr, length = int(address, 16), int(size, 16)
    for line in _run(["readelf", "-SW", str(library)]).splitlines():
        fields = line.split("]", 1)[-1].split() if "]" in line else []
        if len(fields) >= 5 and fields[1] == "PROGBITS":
            sec_addr, sec_off, sec_size = (int(f, 16) for f in fields[2:5])
            if sec_addr <= addr < sec_addr + sec_size:
                data = library.read_bytes()
                start = sec_off + addr - sec_addr
                return symbol, data[start : start + length]
    raise IcuDataError(f"{library.name}: no section holds {symbol}")


def link_library(package: bytes, symbol: str, soname: str, out: Path, cc: str) -> None:
    """A shared library ``soname`` whose only symbol is ``symbol``, the package."""
    with tempfile.TemporaryDirectory() as tmp:
        dat = Path(tmp) / "icudt.dat"
        dat.write_bytes(package)
        asm = Path(tmp) / "icudt.s"
        asm.write_text(
            "\t.section .rodata\n"
            f"\t.globl {symbol}\n"
            f"\t.type {symbol}, @object\n"
            f"\t.balign {ALIGN}\n"
            f"{symbol}:\n"
            f'\t.incbin "{dat}"\n'
            f"\t.size {symbol}, .-{symbol}\n"
            '\t.section .note.GNU-stack,"",@progbits\n',
            encoding="ascii",
        )
        cmd = [cc, "-shared", "-nostdlib", f"-Wl,-soname,{soname}", "-o", str(out), str(asm)]
        _run(cmd)


def is_icu_data(dest: str) -> bool:
    """Whether a bundle entry is ICU's data library (``.../libicudata.so.73``)."""
    return bool(_LIB.search(dest.replace("\\", "/").rsplit("/", 1)[-1]))


def trim_library(
    library: Path, out: Path, languages: Iterable[str], cc: str | None = None
) -> tuple[int, int, int] | None:
    """Write a trimmed copy of libicudata to ``out``: (items kept, items left out,
    bytes saved), or None (and no file) when no C compiler or binutils is there."""
    cc = cc or shutil.which("cc") or shutil.which("gcc")
    match = _LIB.search(library.name)
    if not (cc and match and shutil.which("nm") and shutil.which("readelf")):
        return None
    symbol, blob = extract_package(library)
    langs = tuple(languages)
    package, dropped = trim_package(blob, lambda name: keeps_item(name, langs))
    _header, kept = read_package(package)
    if [name for name, _ in kept if not keeps_item(name, langs)]:
        raise IcuDataError("trimmed package holds an item it should not")
    out.parent.mkdir(parents=True, exist_ok=True)
    link_library(package, symbol, f"libicudata.so.{match.group(1)}", out, cc)
    if extract_package(out)[1] != package:
        raise IcuDataError(f"{out.name}: the linked package differs from the trimmed one")
    return len(kept), len(dropped), library.stat().st_size - out.stat().st_size
