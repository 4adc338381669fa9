#!/usr/bin/env python3
# check-include-cycles.py TREE...: fails when a module includes, through any chain of headers,
# a module that includes it back (HACKING.md: layers only look down). foo.c, foo.h and
# foo-private.h are one module; only "quoted" includes of files in the tree count.
#
# SPDX-License-Identifier: GPL-3.0-or-later
import os
import re
import sys


def modules(root):
    files = {}
    for folder, _, names in os.walk(root):
        for name in names:
            if name.endswith(('.c', '.h')):
                files[name] = os.path.join(folder, name)
    edges = {}
    for name, path in files.items():
        here = re.sub(r'(-private)?\.[ch]$', '', name)
        with open(path, errors='replace') as f:
            for included in re.findall(r'#include\s+"([^"]+)"', f.read()):
                included = os.path.basename(included)
                there = re.sub(r'(-private)?\.[ch]$', '', included)
                if included in files and there != here:
                    edges.setdefault(here, set()).add(there)
    return edges


def cycles(edges):
    # Tarjan's strongly connected components; a component of more than one module is a cycle.
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]
    sys.setrecursionlimit(10000)

    def visit(v):
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in sorted(edges.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    for v in sorted(edges):
        if v not in index:
            visit(v)
    return found


trees = sys.argv[1:]
print(f'1..{len(trees)}')
failed = False
for number, tree in enumerate(trees, 1):
    edges = modules(tree)
    found = cycles(edges)
    name = os.path.basename(os.path.normpath(tree))
    if found:
        failed = True
        print(f'not ok {number} {name}: {len(found)} include cycles')
        for component in found:
            print('# cycle: ' + ' '.join(component))
    else:
        print(f'ok {number} {name}: {len(edges)} modules that include others, no cycle')
sys.exit(1 if failed else 0)
