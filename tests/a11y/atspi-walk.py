#!/usr/bin/python3
# atspi-walk.py: walks the accessible tree of one process ($HAMMY_PID) as a screen reader gets
# it over AT-SPI, and fails when a control a person can reach with Tab has no real name: none
# at all, or a type name such as "GtkImage" that GTK puts where a name is missing.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys
import time

import pyatspi

# A type name where a name should be, alone or in front of one ("GtkImage Full Screen").
TYPE_NAME = re.compile(r'\b(Gtk|Adw|Hammy|Gdk)[A-Z]\w*')
# Roles that hold the controls rather than being one: a list or a grid takes the focus only to
# pass it to its rows or cells, which are what a screen reader reads.
NOT_CONTROLS = {
    pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG, pyatspi.ROLE_WINDOW, pyatspi.ROLE_PANEL,
    pyatspi.ROLE_FILLER, pyatspi.ROLE_SCROLL_PANE, pyatspi.ROLE_VIEWPORT, pyatspi.ROLE_LABEL,
    pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE,
}
# A closed drop-down's list lives in a popover that is not open; the drop-down itself is what
# the person reaches, and it must be named.
CLOSED_INSIDE = {pyatspi.ROLE_COMBO_BOX}


def find_app(pid):
    desktop = pyatspi.Registry.getDesktop(0)
    for _ in range(100):
        for app in desktop:
            try:
                if app is not None and app.get_process_id() == pid:
                    return app
            except Exception:
                pass
        time.sleep(0.1)
    return None


def on_screen(node):
    try:
        extents = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    except Exception:
        return True  # not a widget (a stack page): its children say
    return extents.width > 0 and extents.height > 0


def walk(node, path, found, seen):
    try:
        states = node.getState()
        role = node.getRole()
        name = node.name or ''
    except Exception:
        return
    key = hash(node)
    if key in seen:
        return
    seen.add(key)
    here = path + [node.getRoleName() + ('“%s”' % name if name else '')]
    # What is on screen: GTK 4.8 marks everything visible and nothing showing, so a page of a
    # stack that is not shown is told by its size, which is none.
    if not states.contains(pyatspi.STATE_VISIBLE) or not on_screen(node):
        return
    if (states.contains(pyatspi.STATE_FOCUSABLE) and states.contains(pyatspi.STATE_VISIBLE) and
            states.contains(pyatspi.STATE_SENSITIVE) and role not in NOT_CONTROLS):
        if not name.strip() or TYPE_NAME.search(name):
            found.append(' > '.join(h for h in here if '“' in h or h is here[-1])
)
    if role in CLOSED_INSIDE:
        return
    for i in range(node.childCount):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        if child is not None:
            walk(child, here, found, seen)


def main():
    pid = int(os.environ['HAMMY_PID'])
    where = sys.argv[1] if len(sys.argv) > 1 else 'the window'
    app = find_app(pid)
    if app is None:
        print('%s: the app never showed up on the accessibility bus' % where)
        return 1
    found, seen = [], set()
    for window in app:
        walk(window, [], found, seen)
    if found:
        print('%s: %d focusable controls have no real name:' % (where, len(found)))
        for f in found:
            print('  ' + f)
        return 1
    print('%s: every focusable control is named (%d nodes walked)' % (where, len(seen)))
    return 0


if __name__ == '__main__':
    sys.exit(main())
