#!/usr/bin/env python3
"""Rewrites a module graph-entity-codegen wrote as plain serde structs of the same shapes.

    python3 scripts/v1-scale.py serde  < generated.rs > serde_lib.rs

`serde`: every struct, enum and polymorphic enum with `#[derive(Serialize, Deserialize)]`
instead of the graph-entity derives: the same fields and types (the Edm types and `Flags` as
`String`, `Extra` as a flattened JSON map, `Any{Base}` as an internally tagged enum on
`@odata.type`), `skip_serializing_if` on every optional field, renames where the generated
code has them. It is the baseline `scripts/v1-scale.sh` compares the derives with.
"""

import re
import sys

PRELUDE = """#![allow(dead_code, clippy::all, deprecated, non_camel_case_types)]
use serde::{Deserialize, Serialize};
pub type DateTimeOffset = String;
pub type Guid = String;
pub type Date = String;
pub type TimeOfDay = String;
pub type Duration = String;
pub type Binary = String;
pub type Extra = serde_json::Map<String, serde_json::Value>;
"""


def attribute_blocks(lines):
    """Yields lines, joining a multi-line attribute `#[…(` … `)]` into one line."""
    buffer = None
    pending_variant = []
    pending_field = []
    for line in lines:
        if buffer is not None:
            buffer += " " + line.strip()
            if line.strip().endswith(")]"):
                yield buffer
                buffer = None
            continue
        stripped = line.strip()
        if stripped.startswith("#[") and not stripped.endswith("]"):
            buffer = line.rstrip()
            continue
        if re.match(r"^\s+\w+\($", line):
            variant = line.rstrip()
            continue_variant = True
            buffer_variant = [variant]
            yield from ()
            pending_variant.append(variant)
            continue
        if re.match(r"^\s+pub \S+:$", line):
            pending_field.append(line.rstrip())
            continue
        if pending_field:
            yield pending_field.pop() + " " + line.strip()
            continue
        if pending_variant:
            pending_variant[0] += line.strip()
            if line.strip() == "),":
                yield pending_variant.pop().replace(",)", ")")
            continue
        yield line


def graph_options(attribute):
    inner = attribute.strip()[len("#[graph("):-2]
    return [part.strip() for part in re.split(r",(?![^(]*\))", inner) if part.strip()]


def serde(text):
    # The multi-line `use graph_entity::{…};` goes; the prelude stands for it.
    text = re.sub(r"use graph_entity::\{[^}]*\};\n", "", text)
    out = [PRELUDE]
    kind = None
    pending = []
    last_doc = ""
    for line in attribute_blocks(text.splitlines()):
        stripped = line.strip()
        if stripped.startswith("use graph_entity"):
            continue
        if stripped.startswith("//!"):
            continue
        if stripped.startswith("///"):
            last_doc = stripped
            out.append(line)
            continue
        if stripped.startswith("#[derive(GraphEntity") or stripped.startswith("#[derive(GraphComplex"):
            kind = "struct"
            out.append("#[derive(Serialize, Deserialize, Clone, Debug, Default, PartialEq)]")
            out.append('#[serde(rename_all = "camelCase")]')
            continue
        if stripped.startswith("#[derive(GraphEnum"):
            kind = "enum"
            out.append("#[derive(Serialize, Deserialize, Clone, Debug, PartialEq, Eq, Hash)]")
            continue
        if stripped.startswith("#[derive(GraphPolymorphic"):
            kind = "polymorphic"
            out.append("#[derive(Serialize, Deserialize, Clone, Debug, PartialEq)]")
            out.append('#[serde(tag = "@odata.type")]')
            continue
        if stripped.startswith("#[graph_entity(") or stripped.startswith("#[graph_complex(") or stripped.startswith("#[graph_polymorphic("):
            continue
        if stripped.startswith("#[graph_enum("):
            if "PascalCase" not in stripped:
                out.append('#[serde(rename_all = "camelCase")]')
            continue
        if kind == "enum" and stripped.startswith("pub enum") and (not out[-1].startswith("#[serde(rename_all")):
            if not any(o.startswith("#[serde(rename_all") for o in out[-2:]):
                out.append('#[serde(rename_all = "camelCase")]')
        if stripped.startswith("#[graph("):
            pending.extend(graph_options(stripped))
            continue
        if stripped.startswith("pub ") and ": Option<" in stripped or stripped.startswith("pub ") and stripped.endswith(": Extra,"):
            line = re.sub(r"Flags<\w+>", "String", line)
            options = []
            rename = [o for o in pending if o.startswith("rename")]
            if "extra" in pending:
                options.append("flatten")
            else:
                options.append("default")
                options.append('skip_serializing_if = "Option::is_none"')
            options.extend(rename)
            out.append("    #[serde(%s)]" % ", ".join(options))
            out.append(line)
            pending = []
            continue
        if kind in ("enum", "polymorphic") and re.match(r"^\s+\w+(\(.*\))?,$", line) or (kind == "polymorphic" and re.match(r"^\s+\w+\($", line)):
            rename = [o for o in pending if o.startswith("rename")]
            if "other" in pending:
                if kind == "enum":
                    out.append("    #[serde(untagged)]")
                    out.append(line)
                else:
                    out.append("    #[serde(other)]")
                    out.append("    " + stripped.split("(")[0] + ",")
            else:
                if rename:
                    out.append("    #[serde(%s)]" % ", ".join(rename))
                if kind == "polymorphic":
                    match = re.search(r"`([\w.]+)`", last_doc)
                    if match:
                        out.append('    #[serde(rename = "#%s")]' % match.group(1))
                out.append(line)
            pending = []
            continue
        if stripped == "}":
            kind = None if kind else kind
        out.append(line)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    mode = sys.argv[1] if len(sys.argv) > 1 else "serde"
    source = sys.stdin.read()
    if mode == "serde":
        sys.stdout.write(serde(source))
    else:
        sys.exit("usage: v1-scale.py serde < generated.rs")
