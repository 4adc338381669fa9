#!/bin/sh
# check-potfiles.sh: fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in names a file that does not exist.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
srcdir=${1:?usage: check-potfiles.sh SOURCE_ROOT}
cd "$srcdir" || exit 2

listed=$(sed 's/#.*//; /^[[:space:]]*$/d' po/POTFILES.in)
status=0

for f in $listed; do
  if [ ! -f "$f" ]; then
    echo "po/POTFILES.in lists $f, which does not exist"
    status=1
  fi
done

# C: _() N_() C_() NC_() g_dgettext; UI: translatable="yes"; data: anything that is merged
# through gettext (desktop, metainfo, schema).
candidates=$(find src tools data -type f \( -name '*.c' -o -name '*.h' -o -name '*.ui' \
                                       -o -name '*.desktop.in*' -o -name '*.metainfo.xml.in*' -o -name '*.mime.xml.in' \
                                       -o -name '*.gschema.xml' -o -name '*.json' \) | sort)
for f in $candidates; do
  case "$f" in
    *.desktop.in*|*.metainfo.xml.in*|*.mime.xml.in|*.gschema.xml) needs=1 ;;
    *) if grep -qE '(^|[^A-Za-z0-9_])(_|N_|C_|NC_)\(|translatable="yes"' "$f"; then needs=1; else needs=0; fi ;;
  esac
  [ "$needs" = 1 ] || continue
  if ! printf '%s\n' "$listed" | grep -qxF "$f"; then
    echo "$f has translatable strings but is not in po/POTFILES.in"
    status=1
  fi
done

[ "$status" = 0 ] && echo "po/POTFILES.in is complete"
exit "$status"
