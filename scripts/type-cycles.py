#!/usr/bin/env python3
"""Counts the cycles among graph-entity-models' types and modules: how far it can be split.

    python3 scripts/type-cycles.py [models]

Reads every `pub struct` and `pub enum` the generator wrote (in `src/` and each part's
`src/`), takes the types each names (a field's type, a polymorphic enum's variants), and
prints the strongly connected components of that graph, largest first, and the levels of
the types; then the same for the modules. Types in different components can live in
different crates as long as every crate only names the crates below it; a cycle has to stay
in one crate.
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


def sources(folder):
    """The `.rs` files of the crate in `folder`: its `src/` and each part's."""
    root = Path(folder)
    return sorted(root.glob("src/*.rs")) + sorted(root.glob("parts/*/src/*.rs"))


def read(folder):
    """Each generated type, with the generated types it names, and the module of each."""
    names = {}
    module_of = {}
    for path in sources(folder):
        for kind, name, body in ITEM.findall(path.read_text()):
            module_of[name] = path.stem
            if kind == "struct":
                named = {n for ty in FIELD.findall(body) for n in NAME.findall(ty)}
            else:
                # A polymorphic enum's variants may wrap over two lines.
                named = set(VARIANT.findall(re.sub(r"\(\n\s+", "(", body)))
            names[name] = named - NOT_GENERATED
    graph = {name: {n for n in named if n in names} for name, named in names.items()}
    return graph, module_of


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


def report(what, graph):
    """Prints the cycles and levels of `graph`."""
    found = components(graph)
    cycles = [component for component in found if len(component) > 1]
    edges = sum(len(targets) for targets in graph.values())
    print(f"{len(graph)} {what}, {edges} references between them")
    print(f"{len(cycles)} cycles; the {what} outside them: {len(graph) - sum(map(len, cycles))}")
    for component in cycles[:5]:
        more = ", …" if len(component) > 6 else ""
        print(f"  {len(component)} {what}: {', '.join(component[:6])}{more}")
    by_level = {}
    for level in levels(graph, found).values():
        by_level[level] = by_level.get(level, 0) + 1
    counts = " ".join(str(by_level[n]) for n in sorted(by_level))
    print(f"{len(by_level)} levels; {what} per level, from 0: {counts}")


def main():
    sys.setrecursionlimit(100_000)
    folder = sys.argv[1] if len(sys.argv) > 1 else "models"
    graph, module_of = read(folder)
    report("types", graph)
    modules = {module: set() for module in module_of.values()}
    for name, targets in graph.items():
        modules[module_of[name]].update(module_of[t] for t in targets)
    for module, named in modules.items():
        named.discard(module)
    report("modules", modules)


if __name__ == "__main__":
    main()
