#!/usr/bin/env python3
"""Joins fonts into one collection (face 0, face 1, ... in the order given), so
the phone fetches the regular and bold CJK faces in one file.

usage: make_ttc.py OUTPUT FONT...
"""
import sys

from fontTools.ttLib import TTFont
from fontTools.ttLib.ttCollection import TTCollection

collection = TTCollection()
collection.fonts = [TTFont(path) for path in sys.argv[2:]]
collection.save(sys.argv[1], shareTables=True)
