#!/usr/bin/env python3
"""Check the documented-body corpus in this folder against Graph's v1.0 schema.

Usage:
    python3 tests/data/documented/check.py PATH/TO/Prod.csdl [--report]

Checks (any failure makes the exit status 1):
  * every *.json file here parses and has exactly the keys
    source, entity, mode, method, url, expect, body (+ optional note), in that order;
  * source is a learn.microsoft.com Graph page with ?view=graph-rest-1.0;
  * mode/method agree (create=POST, update=PATCH, get/list=GET), expect is
    accepted/refused, url starts with '/', body is a JSON object and a list
    body has a "value" array;
  * the file name is <entityType>-<mode>[-<n>].json and matches entity and mode;
  * entity names an EntityType declared in the schema (namespace-qualified).

Then it prints the totals (bodies, entity types, per mode, per expect).

With --report it also lists, for information only, what each body carries that
the schema does not declare: properties unknown to the resolved type (the
@odata.type of the object when present, else the declared type), and string
values of enum-typed properties that are not a member, walking nested complex
values and deep-inserted entities; and, for create bodies, the non-collection
Nullable="false" properties of the type (and its bases, not entity.id) that
the body leaves out
(compared case-sensitively). This is how the observations in README.md were found.
"""
import json
import os
import re
import sys
import xml.etree.ElementTree as ET
from collections import Counter, OrderedDict

EDM = "{http://docs.oasis-open.org/odata/ns/edm}"
KEYS = ["source", "entity", "mode", "method", "url", "expect", "note", "body"]
METHOD = {"create": "POST", "update": "PATCH", "get": "GET", "list": "GET"}
SOURCE = re.compile(r"^https://learn\.microsoft\.com/en-us/graph/api/[A-Za-z0-9/._-]+\?view=graph-rest-1\.0$")
NAME = re.compile(r"^(?P<entity>[A-Za-z0-9]+)-(?P<mode>create|update|get|list)(-(?P<n>[0-9]+))?\.json$")


class Schema:
    def __init__(self, path):
        self.entities = {}   # qualified name -> (base qualified or None, {prop: type})
        self.complex = {}
        self.enums = {}      # qualified name -> set(members)
        self.open = set()    # qualified names of open types
        self.required = {}   # qualified name -> [structural Nullable="false" properties]
        root = ET.parse(path).getroot()
        for schema in root.iter(EDM + "Schema"):
            ns = schema.get("Namespace")
            alias = schema.get("Alias")
            self._read(schema, ns, alias)

    def _q(self, name, ns, alias):
        if name is None:
            return None
        if alias and name.startswith(alias + "."):
            return ns + name[len(alias):]
        if name.startswith("graph."):
            return "microsoft.graph" + name[len("graph"):]
        return name

    def _read(self, schema, ns, alias):
        for kind, table in ((EDM + "EntityType", self.entities), (EDM + "ComplexType", self.complex)):
            for t in schema.findall(kind):
                props = {}
                q = ns + "." + t.get("Name")
                if t.get("OpenType") == "true":
                    self.open.add(q)
                self.required[q] = [p.get("Name") for p in t.findall(EDM + "Property")
                                    if p.get("Nullable") == "false" and not p.get("Type").startswith("Collection(")]
                for p in list(t.findall(EDM + "Property")) + list(t.findall(EDM + "NavigationProperty")):
                    ty = p.get("Type")
                    coll = ty.startswith("Collection(")
                    inner = ty[len("Collection("):-1] if coll else ty
                    props[p.get("Name")] = (self._q(inner, ns, alias), coll)
                table[ns + "." + t.get("Name")] = (self._q(t.get("BaseType"), ns, alias), props)
        for e in schema.findall(EDM + "EnumType"):
            self.enums[ns + "." + e.get("Name")] = {m.get("Name") for m in e.findall(EDM + "Member")}

    def chain(self, qname):
        seen = []
        while qname and qname not in seen:
            seen.append(qname)
            entry = self.entities.get(qname) or self.complex.get(qname)
            qname = entry[0] if entry else None
        return seen

    def props(self, qname):
        out = {}
        seen = set()
        while qname and qname not in seen:
            seen.add(qname)
            entry = self.entities.get(qname) or self.complex.get(qname)
            if not entry:
                break
            base, props = entry
            for k, v in props.items():
                out.setdefault(k, v)
            qname = base
        return out


def resolve_type(obj, default, schema):
    t = obj.get("@odata.type") if isinstance(obj, dict) else None
    if isinstance(t, str):
        q = t.lstrip("#")
        # Graph pages sometimes capitalise the namespace ("#Microsoft.Graph.channel").
        for cand in (q, q[:1].lower() + q[1:] if q else q):
            if cand in schema.entities or cand in schema.complex:
                return cand
        lowered = {k.lower(): k for k in list(schema.entities) + list(schema.complex)}
        if q.lower() in lowered:
            return lowered[q.lower()]
    return default


def report_object(obj, qtype, schema, where, out):
    props = schema.props(qtype)
    for key, value in obj.items():
        if "@" in key:
            continue  # instance or property annotation
        if key not in props:
            if any(t in schema.open for t in schema.chain(qtype)):
                continue  # open type: dynamic properties are allowed
            out.append("%s: property %r not declared on %s" % (where, key, qtype))
            continue
        ty, coll = props[key]
        if ty in schema.complex or ty in schema.entities:
            values = value if (coll and isinstance(value, list)) else [value]
            for n, v in enumerate(values):
                if isinstance(v, dict):
                    sub = "%s.%s" % (where, key) + ("[%d]" % n if coll else "")
                    report_object(v, resolve_type(v, ty, schema), schema, sub, out)
        if ty in schema.enums:
            values = value if (coll and isinstance(value, list)) else [value]
            for v in values:
                if isinstance(v, str):
                    parts = [s.strip() for s in v.split(",")] if v else [v]
                    for part in parts:
                        if part not in schema.enums[ty]:
                            out.append("%s: %s=%r is not a member of %s" % (where, key, v, ty))
                            break


def main(argv):
    args = [a for a in argv[1:] if not a.startswith("--")]
    report = "--report" in argv
    if len(args) != 1:
        sys.stderr.write(__doc__)
        return 2
    schema = Schema(args[0])
    here = os.path.dirname(os.path.abspath(__file__))
    errors, notes = [], []
    modes, expects, types = Counter(), Counter(), set()
    files = sorted(f for f in os.listdir(here) if f.endswith(".json"))
    for f in files:
        path = os.path.join(here, f)
        try:
            with open(path, encoding="utf-8") as fh:
                doc = json.load(fh, object_pairs_hook=OrderedDict)
        except ValueError as e:
            errors.append("%s: not JSON: %s" % (f, e))
            continue
        if not isinstance(doc, dict):
            errors.append("%s: top level is not an object" % f)
            continue
        keys = list(doc.keys())
        want = [k for k in KEYS if k in doc]
        missing = [k for k in KEYS if k != "note" and k not in doc]
        extra = [k for k in keys if k not in KEYS]
        if missing or extra:
            errors.append("%s: missing %s, unexpected %s" % (f, missing, extra))
            continue
        if keys != want:
            errors.append("%s: keys out of order: %s" % (f, keys))
        for k in KEYS:
            if k in doc and k != "body" and not isinstance(doc[k], str):
                errors.append("%s: %s is not a string" % (f, k))
        if not SOURCE.match(doc["source"]):
            errors.append("%s: source is not a graph-rest-1.0 reference page: %s" % (f, doc["source"]))
        mode = doc["mode"]
        if mode not in METHOD:
            errors.append("%s: unknown mode %r" % (f, mode))
            continue
        if doc["method"] != METHOD[mode]:
            errors.append("%s: method %s does not fit mode %s" % (f, doc["method"], mode))
        if doc["expect"] not in ("accepted", "refused"):
            errors.append("%s: expect must be accepted or refused" % f)
        if not doc["url"].startswith("/"):
            errors.append("%s: url must be a path" % f)
        body = doc["body"]
        if not isinstance(body, dict):
            errors.append("%s: body is not an object" % f)
            continue
        if mode == "list" and not isinstance(body.get("value"), list):
            errors.append("%s: list body has no value array" % f)
        entity = doc["entity"]
        if entity not in schema.entities:
            errors.append("%s: %s is not an EntityType of the schema" % (f, entity))
        m = NAME.match(f)
        if not m:
            errors.append("%s: file name is not <entityType>-<mode>[-<n>].json" % f)
        else:
            if entity.rsplit(".", 1)[-1] != m.group("entity"):
                errors.append("%s: file name does not match entity %s" % (f, entity))
            if m.group("mode") != mode:
                errors.append("%s: file name does not match mode %s" % (f, mode))
        if doc["expect"] == "refused" and not doc.get("note"):
            errors.append("%s: a refused body needs a note saying why" % f)
        modes[mode] += 1
        expects[doc["expect"]] += 1
        types.add(entity)
        if report:
            items = []
            if mode == "list":
                items = [(i, "value[%d]" % n) for n, i in enumerate(body.get("value", [])) if isinstance(i, dict)]
            elif set(k for k in body if "@" not in k) == {"value"} and isinstance(body["value"], dict):
                items = [(body["value"], "value")]  # Intune pages wrap single entities in "value"
            else:
                items = [(body, "body")]
            for obj, where in items:
                qtype = resolve_type(obj, entity, schema)
                report_object(obj, qtype, schema, "%s %s" % (f, where), notes)
                if mode == "create":
                    left = [p for t in schema.chain(qtype) if t != "microsoft.graph.entity"
                            for p in schema.required.get(t, []) if p not in obj and p != "id"]
                    if left:
                        notes.append("%s %s: create leaves out Nullable=\"false\" %s" % (f, where, ", ".join(left)))

    print("bodies: %d" % len(files))
    print("entity types: %d" % len(types))
    print("per mode: " + ", ".join("%s %d" % (k, modes[k]) for k in ("create", "update", "get", "list")))
    print("per expect: " + ", ".join("%s %d" % (k, expects[k]) for k in ("accepted", "refused")))
    if report:
        print("\nreport (information only):")
        for n in notes:
            print("  " + n)
    if errors:
        print("\nerrors:")
        for e in errors:
            print("  " + e)
        return 1
    print("ok")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
