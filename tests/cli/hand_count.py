#!/usr/bin/env python3
"""The report's numbers counted by hand, for tests/cli/campaign_collect.sh:
read the opened JSON-lines files (every version of every attempt), keep the
latest version of each attempt, leave out practice and the attempt ids given
with --rejected, and count per organization and day (UTC) as the README
defines the columns. Prints the CSV rows `puerta report --by org,day` should
print, total last, without the BOM and header.

A follow-up's language is the one heard, else the conversation's, else the
voter's preferred language in the walk list (VOTERS.csv: id and language
columns), else "unknown".

With --followups, prints instead the rows `puerta followups --format csv`
should print: per voter (their id), attempts in time order; a Come Back,
Call Back or Language Barrier puts the voter on the list (the later one
replacing), a conversation, refusal or result that stops contact takes them
off; sorted by language, date, voter.

usage: hand_count.py SCRIPT.json VOTERS.csv [--followups] [--rejected ID]... FILE.jsonl...
"""
import csv
import datetime
import json
import sys

args = sys.argv[1:]
script = json.load(open(args.pop(0), encoding="utf-8"))
support = {(s["id"], v) for s in script["steps"] for v in s.get("support_ids", [])}
with open(args.pop(0), encoding="utf-8", newline="") as f:
    preferred = {r["id"]: r["language"] for r in csv.DictReader(f)}
followups = bool(args) and args[0] == "--followups"
if followups:
    args.pop(0)
rejected = set()
while args and args[0] == "--rejected":
    rejected.add(args[1])
    args = args[2:]

latest = {}
for path in args:
    with open(path, encoding="utf-8") as f:
        header = json.loads(f.readline())
        for line in f:
            a = json.loads(line)
            a["turf"] = header.get("turf_id", "")
            held = latest.get(a["attempt_id"])
            if held is None or a["version"] > held["version"]:
                latest[a["attempt_id"]] = a

def day(a):
    return datetime.datetime.fromtimestamp(a["time_unix"], datetime.timezone.utc).strftime("%Y-%m-%d")

def follow_language(a):
    return a["follow_up_language"] or a["language"] or preferred.get(a["voter_id"]) or "unknown"

def row(name, attempts):
    doors = {(a["turf"], a["household_id"]) for a in attempts if a.get("channel", "door") == "door"}
    contacted = {(a["turf"], a["household_id"]) for a in attempts
                 if a.get("channel", "door") == "door" and a["result"] == "canvassed"}
    conversations = [a for a in attempts if a["result"] == "canvassed"]
    ids = [a for a in conversations
           if any((step, v) in support for step, values in a.get("answers", {}).items() for v in values)]
    follow = [a for a in attempts if a["result"] in ("come_back", "call_back", "language_barrier")]
    languages = {}
    for a in follow:
        lang = follow_language(a)
        languages[lang] = languages.get(lang, 0) + 1
    rate = len(contacted) / len(doors) if doors else 0
    return name + [str(len(attempts)), str(len(doors)), str(len(contacted)), str(len(conversations)),
                   "%.4f" % rate, str(len(ids)), str(len(follow)),
                   " ".join("%s:%d" % kv for kv in sorted(languages.items()))]

counted = [a for a in latest.values() if not a.get("practice") and a["attempt_id"] not in rejected]
if followups:
    waiting = {}
    for a in sorted(counted, key=lambda a: (a["time_unix"], a["attempt_id"])):
        if a["result"] in ("come_back", "call_back", "language_barrier"):
            waiting[a["voter_id"]] = a
        elif a["result"] in ("canvassed", "refused", "hostile", "moved", "deceased", "do_not_call", "opted_out"):
            waiting.pop(a["voter_id"], None)
    rows = []
    for a in waiting.values():
        door = a["turf"] + "/" + a["household_id"] if a.get("channel", "door") == "door" else ""
        rows.append([follow_language(a), day(a), a["voter_id"], a["turf"], door, a["result"],
                     a["organization"], a["canvasser"], a["attempt_id"]])
    for r in sorted(rows):
        print(",".join([r[2], r[3], r[4], r[5], r[1], r[0]] + r[6:]))
    sys.exit(0)
groups = {}
for a in counted:
    groups.setdefault((a["organization"], day(a)), []).append(a)
for key in sorted(groups):
    print(",".join(row(list(key), groups[key])))
print(",".join(row(["total", ""], counted)))
