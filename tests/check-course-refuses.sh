#!/bin/sh
# check-course-refuses.sh: the course runner refuses each malformed file of a folder with exit 2
# and a sentence naming what is wrong; the sentence expected is in expected.txt, "file<TAB>words".
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
runner=${1:?usage: check-course-refuses.sh RUNNER FOLDER}
folder=${2:?usage: check-course-refuses.sh RUNNER FOLDER}
status=0

while IFS='	' read -r file words; do
  [ -z "$file" ] && continue
  said=$("$runner" "$folder/$file" 2>&1 >/dev/null)
  code=$?
  if [ "$code" -ne 2 ]; then
    echo "$file: exit $code, not 2"
    status=1
  elif ! printf '%s' "$said" | grep -qF -- "$words"; then
    echo "$file: said “$said”, not “$words”"
    status=1
  else
    echo "$file: refused: $said"
  fi
done < "$folder/expected.txt"

exit $status
