#!/usr/bin/env python3
"""Summarise a speedscope file written by `dotnet-trace collect --format Speedscope`: the frames
with the most inclusive and exclusive samples, over all threads (or those of --thread N).

Usage: speedscope_top.py FILE.speedscope.json [--top 40] [--match TEXT] [--thread N] [--cpu]
--match keeps only frames whose name contains TEXT (case-insensitive) in the inclusive table.
"""
import argparse, collections, json

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--top", type=int, default=40)
ap.add_argument("--match", default="")
ap.add_argument("--thread", type=int, default=None)
ap.add_argument("--cpu", action="store_true", help="count only samples on the CPU (leaf frame CPU_TIME), not waits")
a = ap.parse_args()
doc = json.load(open(a.file, encoding="utf-8"))
frames = [f["name"] for f in doc["shared"]["frames"]]
incl, excl = collections.Counter(), collections.Counter()
total = 0
for i, prof in enumerate(doc["profiles"]):
    if a.thread is not None and i != a.thread:
        continue
    if prof["type"] == "evented":
        stack, last = [], None
        for ev in prof["events"]:
            at = ev["at"]
            if last is not None and stack and (not a.cpu or frames[stack[-1]] == "CPU_TIME"):
                dt = at - last
                total += dt
                excl[stack[-1]] += dt
                for f in set(stack):
                    incl[f] += dt
            last = at
            if ev["type"] == "O":
                stack.append(ev["frame"])
            else:
                stack.pop()
    else:
        for s, w in zip(prof["samples"], prof["weights"]):
            total += w
            if s:
                excl[s[-1]] += w
            for f in set(s):
                incl[f] += w
print(f"total {total:.1f} (units of the file)")
print("inclusive:")
shown = 0
for f, w in incl.most_common():
    name = frames[f]
    if a.match.lower() not in name.lower():
        continue
    print(f"{100 * w / total:6.1f}%  {name[:150]}")
    shown += 1
    if shown >= a.top:
        break
print("exclusive:")
for f, w in excl.most_common(a.top):
    print(f"{100 * w / total:6.1f}%  {frames[f][:150]}")
