#!/usr/bin/env python3
"""Writes words.js: the words of the web page around the app (web-shell/shell.js:
loading, a download that failed, a browser that cannot run Puerta, an update),
in every interface language, taken from the one translation table.

usage: shell_words.py UI_TEXT_CPP OUTPUT_JS

Every row of the table whose id starts with kShell goes in, as
window.PUERTA_WORDS[language][id]. The page shows them before the app runs
(or when it cannot), so they cannot come from the app itself.
"""
import json
import re
import sys


def literal_value(body):
    """A C++ string literal's text (the escapes the table uses)."""
    return re.sub(r'\\(["\\n])', lambda m: "\n" if m.group(1) == "n" else m.group(1), body)


def texts_of(row):
    """The row's texts in table order: adjacent literals joined, commas between texts."""
    start = row.index("{", row.index(",")) + 1
    texts, current, i = [], None, start
    while i < len(row):
        c = row[i]
        if c == '"':
            m = re.compile(r'"((?:[^"\\]|\\.)*)"').match(row, i)
            current = (current or "") + literal_value(m.group(1))
            i = m.end()
            continue
        if c == ",":
            texts.append(current)
            current = None
        elif c == "}":
            texts.append(current)
            return texts
        i += 1
    raise ValueError("unterminated row: " + row[:60])


def main():
    source, out = sys.argv[1], sys.argv[2]
    table = open(source, encoding="utf-8").read()
    languages = re.findall(r'\{"([a-z]{2})", "', table.split("kLanguages = {{", 1)[1].split("}};", 1)[0])
    words = {code: {} for code in languages}
    for row in re.split(r"(?=\{UiText::k\w+\s*,)", table.split("constexpr Row kTable", 1)[1]):
        m = re.match(r"\{UiText::(kShell\w+)\s*,", row)
        if not m:
            continue
        texts = texts_of(row)
        if len(texts) != len(languages) or any(t is None for t in texts):
            raise ValueError(f"{m.group(1)}: {len(texts)} texts for {len(languages)} languages")
        for code, text in zip(languages, texts):
            words[code][m.group(1)] = text
    if not words["en"]:
        raise ValueError("no kShell rows in " + source)
    with open(out, "w", encoding="utf-8") as f:
        f.write("// Generated from core/i18n/ui_text.cpp by cmake/shell_words.py: the words of\n"
                "// the page around the app, in every interface language. Do not edit.\n")
        f.write("window.PUERTA_WORDS = " + json.dumps(words, ensure_ascii=False, indent=1) + ";\n")


if __name__ == "__main__":
    main()
