#!/usr/bin/env python3
"""Writes the characters Puerta's CJK font must hold, one file of text.

The font is fetched only when Chinese or Korean first appears, then kept for
offline use. It holds every CJK character of the interface and the bundled
scripts and sample turf, plus the characters names and notes most often use:
the 3,755 level-1 hanzi of GB 2312 and the 2,350 hangul syllables of
KS X 1001 (what most Chinese and Korean text is written with).

usage: cjk_characters.py OUTPUT SOURCE_FILE...
"""
import sys


def common_characters():
    chars = []
    for row in range(0xB0, 0xD8):          # GB 2312 level 1: rows 16-55
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for row in range(0xB0, 0xC9):          # KS X 1001 hangul: rows 16-40
        for cell in range(0xA1, 0xFF):
            try:
                chars.append(bytes([row, cell]).decode("euc-kr"))
            except UnicodeDecodeError:
                pass
    # CJK punctuation and full-width forms that Chinese and Korean text uses.
    chars += [chr(c) for c in range(0x3000, 0x3040)]
    chars += [chr(c) for c in range(0xFF01, 0xFF5F)]
    return chars


def wanted(c):
    o = ord(c)
    return o >= 0x2E80 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F


def main():
    out, sources = sys.argv[1], sys.argv[2:]
    chars = set(common_characters())
    for path in sources:
        with open(path, encoding="utf-8", errors="ignore") as f:
            chars.update(c for c in f.read() if wanted(c))
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(chars)))


if __name__ == "__main__":
    main()
