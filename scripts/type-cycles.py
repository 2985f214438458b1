#!/usr/bin/env python3
"""Counts the cycles among graph-entity-models' types: how far the crate could be split.

    python3 scripts/type-cycles.py [models/src]

Reads every `pub struct` and `pub enum` the generator wrote, takes the types each names (a
field's type, a polymorphic enum's variants), and prints the strongly connected components
of that graph, largest first. Types in different components can live in different crates
as long as every crate only names the crates below it; a cycle has to stay in one crate.
"""

import re
import sys
from pathlib import Path

# Names a field may hold that are not generated types.
NOT_GENERATED = {
    "Option", "Vec", "Box", "String", "Extra", "Flags", "DateTimeOffset", "Guid", "Date",
    "TimeOfDay", "Duration", "Binary",
}
ITEM = re.compile(r"\npub (struct|enum) (\w+) \{(.*?)\n\}", re.S)
FIELD = re.compile(r"^    pub \w+: (.+),$", re.M)
VARIANT = re.compile(r"^    \w+\(\s*(\w+),?\s*\),?$", re.M)
NAME = re.compile(r"\b([A-Z]\w*)\b")


def read(folder):
    """Each generated type, with the generated types it names."""
    names = {}
    for path in sorted(Path(folder).glob("*.rs")):
        for kind, name, body in ITEM.findall(path.read_text()):
            if kind == "struct":
                named = {n for ty in FIELD.findall(body) for n in NAME.findall(ty)}
            else:
                # A polymorphic enum's variants may wrap over two lines.
                named = set(VARIANT.findall(re.sub(r"\(\n\s+", "(", body)))
            names[name] = named - NOT_GENERATED
    return {name: {n for n in named if n in names} for name, named in names.items()}


def components(graph):
    """Tarjan's strongly connected components, without recursion."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = 0
    for start in graph:
        if start in index:
            continue
        work = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = counter
        counter += 1
        stack.append(start)
        on_stack.add(start)
        while work:
            node, edges = work[-1]
            advanced = False
            for target in edges:
                if target not in index:
                    index[target] = low[target] = counter
                    counter += 1
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    advanced = True
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            if advanced:
                continue
            work.pop()
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                found.append(sorted(component))
    return sorted(found, key=lambda component: (-len(component), component))


def levels(graph, found):
    """Each type's level: 0 when it names no type outside its cycle, else one more than the
    highest level it names. A crate per range of levels names only the crates below it."""
    component_of = {name: number for number, component in enumerate(found) for name in component}
    level = {}

    def of(number):
        if number not in level:
            named = {component_of[t] for name in found[number] for t in graph[name]}
            named.discard(number)
            level[number] = 1 + max((of(other) for other in named), default=-1)
        return level[number]

    return {name: of(component_of[name]) for name in graph}


def main():
    sys.setrecursionlimit(100_000)
    folder = sys.argv[1] if len(sys.argv) > 1 else "models/src"
    graph = read(folder)
    found = components(graph)
    cycles = [component for component in found if len(component) > 1]
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(graph)} types, {edges} references between them")
    print(f"{len(cycles)} cycles; the types outside them: {len(graph) - sum(map(len, cycles))}")
    for component in cycles[:5]:
        print(f"  {len(component)} types: {', '.join(component[:6])}{', …' if len(component) > 6 else ''}")
    by_level = {}
    for level in levels(graph, found).values():
        by_level[level] = by_level.get(level, 0) + 1
    print(f"{len(by_level)} levels; types per level, from 0:", " ".join(str(by_level[n]) for n in sorted(by_level)))


if __name__ == "__main__":
    main()
