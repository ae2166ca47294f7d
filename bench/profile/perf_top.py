#!/usr/bin/env python3
"""Summarise `perf script` output of a whole `editorial-lint` run, naming the tool's and the
framework's precompiled (ReadyToRun) methods as well as the JIT-compiled ones.

perf names JIT-compiled code from the runtime's perf map (DOTNET_PerfMapEnabled=1), but code
precompiled into the assemblies shows as "[unknown]" in the .dll. A publish with
-p:PublishReadyToRunEmitSymbols=true writes NAME.ni.r2rmap beside each of the tool's assemblies
(method RVA, size, name); this reads them, and the .dll's section table, to name such frames.

    dotnet publish src/EditorialLint.Cli -c Release -r linux-x64 --self-contained false \\
        -p:PublishReadyToRun=true -p:PublishReadyToRunEmitSymbols=true -o /tmp/edl
    DOTNET_PerfMapEnabled=1 DOTNET_EnableWriteXorExecute=0 perf record -F 2999 -e cpu-clock -g -o run.perf -- \
        dotnet /tmp/edl/editorial-lint.dll lint CORPUS
    perf script -i run.perf --show-mmap-events | bench/profile/perf_top.py [--top 40] [--match TEXT]

Prints the methods with the most samples at the top of the stack (exclusive) and anywhere on it
(inclusive), then the share of each module. --match keeps inclusive rows whose name contains TEXT.
"""
import argparse
import bisect
import collections
import os
import re
import struct
import sys

FRAME = re.compile(r"^\s*([0-9a-f]+)\s+(.*?)\s+\((.*)\)\s*$")
# A mapping of a file: [start(length) @ offset in the file ...]: protection path
MMAP = re.compile(r"PERF_RECORD_MMAP2? .*\[(0x[0-9a-f]+)\((0x[0-9a-f]+)\) @ (0x[0-9a-f]+|0)\b.*\]: \S+ (\S+)\s*$")


class Image:
    """One precompiled assembly: its sections (file offset to RVA) and its methods by RVA."""

    def __init__(self, dll, r2rmap):
        data = open(dll, "rb").read()
        pe = struct.unpack_from("<I", data, 0x3C)[0]
        count = struct.unpack_from("<H", data, pe + 6)[0]
        optional = struct.unpack_from("<H", data, pe + 20)[0]
        table = pe + 24 + optional
        self.sections = []
        for i in range(count):
            _, _, va, raw_size, raw_ptr = struct.unpack_from("<8sIIII", data, table + 40 * i)
            self.sections.append((raw_ptr, raw_size, va))
        rows = []
        for line in open(r2rmap, encoding="utf-8"):
            parts = line.rstrip("\n").split(" ", 2)
            if len(parts) == 3 and int(parts[0], 16) < 0xF0000000:
                rows.append((int(parts[0], 16), int(parts[1], 16), parts[2]))
        rows.sort()
        self.starts = [r[0] for r in rows]
        self.rows = rows

    def name(self, offset):
        for raw_ptr, raw_size, va in self.sections:
            if raw_ptr <= offset < raw_ptr + raw_size:
                rva = offset - raw_ptr + va
                i = bisect.bisect_right(self.starts, rva) - 1
                if i >= 0 and rva < self.rows[i][0] + self.rows[i][1]:
                    return self.rows[i][2]
        return None


def short(name):
    name = re.sub(r"\[(OptimizedTier1OSR|OptimizedTier1|Optimized|QuickJitted|Tier0|Instrumented\w*|PreJIT)\]", "", name)
    name = re.sub(r"\b(class|valuetype|instance)\s+", "", name)
    m = re.search(r"([\w.`<>+\[\],]+::[\w.`<>|]+)\(", name)
    return m.group(1) if m else name[:120]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--top", type=int, default=40)
    ap.add_argument("--match", default="")
    a = ap.parse_args()

    images = {}
    mappings = collections.defaultdict(list)  # path -> [(start, end, offset in the file)]

    def image_for(dso):
        if dso not in images:
            r2rmap = re.sub(r"\.dll$", ".ni.r2rmap", dso)
            images[dso] = Image(dso, r2rmap) if dso.endswith(".dll") and os.path.exists(r2rmap) else None
        return images[dso]

    incl, excl, modules = collections.Counter(), collections.Counter(), collections.Counter()
    total = 0
    stack = []

    def flush():
        nonlocal total
        if not stack:
            return
        total += 1
        names = []
        for sym, dso, offset in stack:
            name = sym
            if sym.startswith("[unknown]"):
                img = image_for(dso) if offset is not None else None
                name = (img.name(offset) if img else None) or f"[{os.path.basename(dso)}]"
            names.append(short(name))
        excl[names[0]] += 1
        modules[os.path.basename(stack[0][1])] += 1
        for n in set(names):
            incl[n] += 1

    for line in sys.stdin:
        if not line.strip():
            flush()
            stack = []
            continue
        if not line[0].isspace():
            stack = []
            if (mm := MMAP.search(line)) is not None:
                start, length = int(mm.group(1), 16), int(mm.group(2), 16)
                mappings[mm.group(4)].append((start, start + length, int(mm.group(3), 16)))
            continue
        m = FRAME.match(line)
        if not m:
            continue
        address, sym, dso = int(m.group(1), 16), m.group(2), m.group(3)
        # For a frame it cannot name, perf prints the offset in the file that holds it; an address
        # in the process instead is turned into one through the file's mappings (--show-mmap-events).
        offset = None
        if sym.startswith("[unknown]") and dso.endswith(".dll"):
            offset = address
            for start, end, file_offset in mappings.get(dso, ()):
                if start <= address < end:
                    offset = address - start + file_offset
                    break
        sym = re.sub(r"\+0x[0-9a-f]+$", "", sym)
        stack.append((sym, dso, offset))
    flush()

    print(f"{total} samples")
    print("-- exclusive --")
    for k, v in excl.most_common(a.top):
        print(f"{100 * v / total:6.2f}%  {k}", flush=True)
    print("-- inclusive --")
    rows = [(k, v) for k, v in incl.most_common() if a.match.lower() in k.lower()][: a.top]
    for k, v in rows:
        print(f"{100 * v / total:6.2f}%  {k}")
    print("-- modules (exclusive) --")
    for k, v in modules.most_common(15):
        print(f"{100 * v / total:6.2f}%  {k}")


if __name__ == "__main__":
    main()
