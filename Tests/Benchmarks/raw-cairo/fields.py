#!/usr/bin/env python3
"""Dumps the fields of sdgbrief's CSV tables for csv-writer.c: tables
separated by 0x1D, records by 0x1E, fields by 0x1F, each table led by its
name. The fields are read back with Python's csv module, so the C writer
gets exactly the values sdgbrief wrote and must produce the same bytes."""
import csv
import pathlib
import sys

folder, target = pathlib.Path(sys.argv[1]), sys.argv[2]
tables = []
for name in ["cases", "case_sdgs", "metrics", "milestones", "partners", "conclusions", "sdg_goals"]:
    with open(folder / f"{name}.csv", encoding="utf-8-sig", newline="") as handle:
        records = ["\x1f".join(row) for row in csv.reader(handle)]
    tables.append(name + "\x1e" + "\x1e".join(records))
pathlib.Path(target).write_bytes("\x1d".join(tables).encode("utf-8"))
