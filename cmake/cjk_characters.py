#!/usr/bin/env python3
"""Writes the characters one of Puerta's CJK fonts must hold, one file of text.

usage:
  cjk_characters.py --common OUTPUT SOURCE_FILE...
      every CJK character of the sources, plus the characters names and notes
      most often use: the 3,755 level-1 hanzi of GB 2312 and the 2,350 hangul
      syllables of KS X 1001 (the regular face of the font fetched when
      Chinese or Korean first appears, then kept for offline use).
  cjk_characters.py --sources OUTPUT SOURCE_FILE...
      every CJK character of the sources (the bold face: interface words,
      headings and the bundled scripts).
  cjk_characters.py --names OUTPUT UI_TEXT_CPP
      the characters of the languages' own names (中文, 한국어): every phone
      shows them on the language picker, so their small font ships with the
      app (in the first load).
  cjk_characters.py --first-screens OUTPUT UI_TEXT_CPP SCREEN_FILE...
      the characters of the interface words the screens a canvasser sees
      before the large font is fetched use (start, choose a PIN, unlock,
      erase, the language picker): every UiText row of UI_TEXT_CPP whose id
      one of the SCREEN_FILEs names, in every language, and the languages'
      own names. Kept out of the first load: fetched the first time such a
      character is drawn and precached by the service worker, so a turf link
      opened in Chinese or Korean shows its PIN screen without waiting for
      the large font, and an offline phone can still be unlocked.
  cjk_characters.py --first-screens-bold OUTPUT UI_TEXT_CPP SCREEN_FILE...
      of those, the characters of the short texts (at most SHORT characters:
      titles, buttons, chips, one-line messages), which the screens draw in
      bold: the shipped font's bold face. Paragraphs are drawn regular, or are
      rare enough to wait for the fetched font's bold.
"""
import re
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


def read(path):
    with open(path, encoding="utf-8", errors="ignore") as f:
        return f.read()


SHORT = 24


def literals(row):
    """The string literals of one table row, escapes left as written."""
    return re.findall(r'"((?:[^"\\]|\\.)*)"', row)


def first_screen_characters(ui_text_cpp, screen_files, short_only=False):
    ids = set()
    for path in screen_files:
        ids.update(re.findall(r"UiText::(k\w+)", read(path)))
    table = read(ui_text_cpp)
    chars = set()
    # A row runs from "{UiText::kId," to the next row (or the table's end).
    rows = re.split(r"(?=\{UiText::k\w+\s*,)", table)
    for row in rows:
        m = re.match(r"\{UiText::(k\w+)\s*,", row)
        if m and m.group(1) in ids:
            for text in literals(row) if short_only else [row]:
                if not short_only or len(text) <= SHORT:
                    chars.update(c for c in text if wanted(c))
    chars.update(name_characters(ui_text_cpp))
    return chars


def name_characters(ui_text_cpp):
    """The language list (before the table): names in their own script."""
    head = read(ui_text_cpp).split("constexpr Row kTable", 1)[0]
    return set(c for c in head if wanted(c))


def main():
    mode, out, sources = sys.argv[1], sys.argv[2], sys.argv[3:]
    if mode == "--names":
        chars = name_characters(sources[0])
    elif mode in ("--first-screens", "--first-screens-bold"):
        chars = first_screen_characters(sources[0], sources[1:], mode == "--first-screens-bold")
    else:
        chars = set(common_characters()) if mode == "--common" else set()
        for path in sources:
            chars.update(c for c in read(path) if wanted(c))
    chars.add("\u3000")  # never an empty subset
    with open(out, "w", encoding="utf-8") as f:
        f.write("".join(sorted(chars)))


if __name__ == "__main__":
    main()
