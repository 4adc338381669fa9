#!/bin/sh
# run-fuzzer.sh FUZZER SEEDS DICT SECONDS: a bounded fuzzing run for the test suite. New inputs go
# to a temporary folder and the seeds in the tree are only read; a crash is kept in the working
# directory (the build's tests/fuzz/) and the run fails.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu

fuzzer=$1 seeds=$2 dict=$3 seconds=$4
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# GLib stops on a fatal message (a critical, g_error) with SIGTRAP: a crash like any other.
ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}handle_sigtrap=1"
export ASAN_OPTIONS

exec "$fuzzer" -max_total_time="$seconds" -timeout=5 -rss_limit_mb=2048 -max_len=65536 \
  -dict="$dict" -print_final_stats=1 -artifact_prefix="$PWD/$(basename "$fuzzer")-" "$work" "$seeds"
