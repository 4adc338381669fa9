#!/bin/sh
# check-yelp.sh: runs one yelp-check command over the guide and fails on any complaint,
# since yelp-check links and orphans print problems but may still exit 0.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
yelp_check=$1 command=$2 dir=$3
cd "$dir" || exit 2
output=$("$yelp_check" "$command" *.page 2>&1)
status=$?
if [ -n "$output" ]; then
  printf '%s\n' "$output"
  exit 1
fi
exit "$status"
