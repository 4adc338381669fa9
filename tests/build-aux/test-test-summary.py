#!/usr/bin/env python3
# test-test-summary.py: build-aux/test-summary fed with sample meson testlog.json files, as TAP:
# each case counts once over the runs, the worst outcome wins, and an empty run fails.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import subprocess
import sys

summary = sys.argv[1]
logs = os.path.join(os.path.dirname(os.path.abspath(__file__)), "testlogs")

# (what it checks, arguments, the lines it prints, its exit status)
cases = [
    ("a case that passed in the main run and failed under the sanitizers counts once, as failed",
     ["--main", "main.json", "--sanitizers", "sanitize.json", "--sanitizers", "sanitize-triage.json",
      "--fuzzing", "fuzz.json"],
     ["sanitizers: 3 passed, 2 failed, 1 skipped",
      "fuzzing: 3 targets, 1 failed",
      "6 passed, 3 failed, 2 skipped"], 1),
    ("the same cases passing again are not counted twice",
     ["--main", "main.json", "--sanitizers", "sanitize-clean.json", "--fuzzing", "fuzz-clean.json"],
     ["sanitizers: 2 passed, 0 failed, 1 skipped",
      "fuzzing: 1 targets, 0 failed",
      "6 passed, 0 failed, 2 skipped"], 0),
    ("the main run alone prints only the closing line",
     ["--main", "main.json"],
     ["5 passed, 0 failed, 2 skipped"], 0),
    ("a run of nothing fails",
     ["--main", "empty.json"],
     ["0 passed, 1 failed"], 1),
    ("an empty sanitizer run fails even when the main run passed",
     ["--main", "main.json", "--sanitizers", "empty.json"],
     ["sanitizers: 0 passed, 1 failed",
      "5 passed, 1 failed, 2 skipped"], 1),
    ("a missing log fails",
     ["--main", "main.json", "--fuzzing", "no-such-log.json"],
     ["fuzzing: 1 targets, 1 failed",
      "5 passed, 1 failed, 2 skipped"], 1),
]

print("TAP version 14")
print(f"1..{len(cases)}")
failures = 0
for number, (name, args, lines, status) in enumerate(cases, 1):
    args = [os.path.join(logs, a) if a.endswith(".json") else a for a in args]
    run = subprocess.run([sys.executable, summary] + args, capture_output=True, text=True)
    printed = run.stdout.splitlines()
    if printed == lines and run.returncode == status:
        print(f"ok {number} - {name}")
    else:
        failures += 1
        print(f"not ok {number} - {name}")
        print(f"# expected {lines} and exit {status}, got {printed} and exit {run.returncode}")
        for line in run.stderr.splitlines():
            print(f"# {line}")
sys.exit(1 if failures else 0)
