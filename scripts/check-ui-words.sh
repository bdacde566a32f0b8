#!/usr/bin/env bash
# Words on the screen come from the translation table (core/i18n/ui_text.cpp),
# never from text built elsewhere: a Status message from the core, an English
# literal, a browser's own reason. Run by ctest (core.ui_words); prints every
# place that puts such text where the canvasser reads it, and fails on any.
#
# What it looks for, in the App and the front ends (core/ui, wasm/, native/):
#   - banner_, notice_ or pin_error_ set from a Status's .message(), or from a
#     string literal that reads as words ("Storage full", "Saved");
#   - a screen drawing such a literal (ui::Paragraph, TextColored, buttons,
#     chips), other than the app's name. Widget ids ("##share-csv") and
#     lower-case keys ("jsonl", "yes") are not words a canvasser reads;
#   - the web page (web-shell/shell.js) showing such a literal: its words come
#     from words.js, generated from the same table (cmake/shell_words.py).
# tests/ui/test_problems.cpp checks, problem by problem, that what is said is
# the table's text in every language; this catches the next place that is not.
set -uo pipefail
cd "$(dirname "$0")/.."
exec /usr/bin/python3 - core/ui/*.cpp core/ui/screens/*.cpp wasm/*.cpp native/*.cpp web-shell/shell.js <<'PY'
import re
import sys

LITERAL = re.compile(r'"((?:[^"\\]|\\.)*)"|\'((?:[^\'\\]|\\.)*)\'')  # C++ and JS literals
SETS_TEXT = re.compile(r'\b(banner_|notice_|pin_error_)\s*\+?=')
DRAWS = re.compile(r'\bui::(Paragraph|TextColored|TextWrappedColored|PrimaryButton|SecondaryButton|ChoiceButton|Chip)\('
                   r'|\b(showProblem|showBanner)\(|\.textContent\s*=')
ALLOWED = {"Puerta"}


def reads_as_words(text):
    """A literal a person would read: two words in a row, or one capitalised
    word ("Saved", "Loading… "). Not an id ("kShellLoading", "jsonl")."""
    visible = text.split("##", 1)[0].strip()
    if visible in ALLOWED:
        return False
    return bool(re.search(r"[A-Za-z]{2,} [A-Za-z]{2,}", visible) or re.fullmatch(r"[A-Z][a-z]+\W*", visible))


def statements(path):
    """Each statement (up to its ';' or '{'), comments dropped, with its first line's number."""
    with open(path, encoding="utf-8") as f:
        lines = [l.split("//", 1)[0] for l in f]
    start, text = 1, ""
    for number, line in enumerate(lines, 1):
        if not text.strip():
            start, text = number, ""
        text += line
        if re.search(r"[;{}]\s*$", line):
            yield start, " ".join(text.split())
            text = ""


bad = []
for path in sys.argv[1:]:
    for number, code in statements(path):
        literals = [m.group(1) if m.group(1) is not None else m.group(2) for m in LITERAL.finditer(code)]
        where = f"{path}:{number}: {code}"
        if SETS_TEXT.search(code) and (".message()" in code or any(reads_as_words(t) for t in literals)):
            bad.append(where)
        elif "ShowProblem(" in code:
            bad.append(where)
        elif DRAWS.search(code) and any(reads_as_words(t) for t in literals):
            bad.append(where)
for where in bad:
    print(where)
if bad:
    print(f"ui words: {len(bad)} place(s) put text outside the translation table on screen")
    sys.exit(1)
print("ui words: every text on screen comes from the translation table")
PY
