#!/bin/sh
# atspi-walk.sh SCREENSHOT-TOOL WALKER: shows every page and dialog of Hammy in turn, with the
# accessibility bridge on, and walks each one's accessible tree as a screen reader would
# (atspi-walk.py). Run on a session bus and a display of its own (dbus-run-session,
# with-xvfb.sh): the accessibility bus starts on demand there.
#
# SPDX-License-Identifier: GPL-3.0-or-later
set -u
tool="$1"
walker="$2"
status=0

# Two days after a race: the calm phase, with exercises due today.
calm='{"rf_saddle_bladder": false, "rf_weakness": false, "rf_calf": false, "rf_unwell": false, "side": "both", "onset": "after_race", "days_since_onset": 2, "location": "diffuse", "pain_rest": 2, "pain_walking": 4, "pop": false, "gait_altered": false}'
clot='{"rf_saddle_bladder": false, "rf_weakness": false, "rf_calf": true, "rf_unwell": false}'

# Two walks at a time, each app with a data folder of its own: a walk mostly waits on D-Bus.
results=$(mktemp -d)
n=0
walk() {
  where="$1"
  shift
  n=$((n + 1))
  (
    data=$(mktemp -d)
    out=$(mktemp --suffix=.png)
    if ! env -u NO_AT_BRIDGE GTK_A11Y=atspi XDG_DATA_HOME="$data" "$tool" --width 1000 --height 760 -o "$out" \
         --then-run "/usr/bin/python3 $walker '$where'" "$@" > "$results/$n.log" 2>&1; then
      touch "$results/$n.failed"
    fi
    rm -rf "$data" "$out"
  ) &
  if [ $((n % 2)) -eq 0 ]; then
    wait
  fi
}

walk "Triage, the start" --page triage
walk "Triage, the safety questions" --triage start
walk "Triage, the questions" --triage step:feel
walk "Triage, the self-checks" --triage step:checks
walk "Triage, an urgent result" --triage "$clot"
walk "Triage, a result" --triage "$calm"
walk "Today, the plan" --triage "$calm" --then-page today
walk "Session, ready" --triage "$calm" --session ready
walk "Session, a hold" --triage "$calm" --session hold
walk "Session, the rating" --triage "$calm" --session rate
walk "Session, stopped" --triage "$calm" --session stopped
walk "Session, a red flag" --triage "$calm" --session red-flag
walk "Session, the summary" --triage "$calm" --session summary
walk "History" --page history --history 2026-11-20
walk "Library" --page library
walk "Library, an exercise" --page library --show exercise:glute-bridge
walk "The safety notice" --page triage --dialog notice
walk "Preferences" --page today --dialog preferences
walk "Keyboard shortcuts" --page today --dialog shortcuts
walk "About" --page today --dialog about
walk "The plan editor" --triage "$calm" --then-page today --dialog editor
walk "The morning check-in" --triage "$calm" --then-page today --dialog checkin
walk "The visit summary" --triage "$calm" --then-page today --dialog visit
walk "A new profile" --page today --dialog profile-new

wait
for log in $(ls "$results"/*.log | sort -t/ -k1 -V); do
  grep -v '^/tmp/' "$log"
done
if ls "$results"/*.failed > /dev/null 2>&1; then
  status=1
fi
rm -rf "$results"
exit $status
