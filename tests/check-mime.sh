#!/bin/sh
# check-mime.sh: the MIME types install cleanly into a database of their own and map the
# extensions to them.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -eu
xml=${1:?usage: check-mime.sh MIME-XML}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/mime/packages"
cp "$xml" "$tmp/mime/packages/hammy.xml"
out=$(update-mime-database -V "$tmp/mime" 2>&1) || { echo "$out"; exit 1; }
if echo "$out" | grep -qiE 'warning|error'; then
  echo "$out"
  exit 1
fi
grep -q '^application/x-hammy-plan:\*\.hammyplan$' "$tmp/mime/globs" || { echo "no glob for .hammyplan"; exit 1; }
grep -q '^application/x-hammy-backup:\*\.hammybackup$' "$tmp/mime/globs" || { echo "no glob for .hammybackup"; exit 1; }
echo "MIME types install cleanly"
