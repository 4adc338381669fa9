#!/bin/sh
# check-version.sh: `hammy --version` prints "hammy VERSION" and quits at once, without a display
# (the Debian package's check runs it from /usr/bin the same way).
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
hammy=${1:?usage: check-version.sh HAMMY VERSION} version=${2:?usage: check-version.sh HAMMY VERSION}
out=$(env -u DISPLAY -u WAYLAND_DISPLAY "$hammy" --version 2>&1)
status=$?
if [ "$status" -ne 0 ] || [ "$out" != "hammy $version" ]; then
  echo "hammy --version exited $status and printed: $out"
  echo "expected: hammy $version"
  exit 1
fi
echo "$out"
