#!/usr/bin/env python3
"""Writes N synthetic ODCS v3.1.0 data contracts (and matching Avro schemas) for the benchmarks.

Each contract has the size of the sample domain's contracts: a full header (description, team,
support, SLA, a glue and an athena server, a reader and a writer role) and, by default, 3 tables
of 12 columns each. Every table mixes string/varchar, integer (int/bigint), decimal(p,s), date,
timestamp and boolean columns, has a primary key (composite on every second table), one date
partition key, quality rules and some restricted columns.

The output is deterministic: the same --seed and arguments give byte-identical files. Only the
Python standard library is used.

Usage:
    python3 bench/gen-contracts.py --count 1000 --out DIR [--avsc-out DIR] [--seed 42]
                                   [--tables 3] [--fields 12] [--clean]

--avsc-out writes one Avro schema (.avsc, with logical types) per table, for the comparison
with avro-maven-plugin on the same inputs.
"""

import argparse
import json
import pathlib
import random
import re
import sys

SCHEMA_URL = ("https://raw.githubusercontent.com/bitol-io/open-data-contract-standard/main/"
              "schema/odcs-json-schema-v3.1.0.json")

DOMAINS = ["sales", "supply", "marketing", "finance", "logistics", "procurement"]
TABLE_NOUNS = [
    "orders", "shipments", "invoices", "returns", "promotions", "deliveries", "receipts",
    "forecasts", "campaigns", "claims", "payments", "allocations", "replenishments", "listings",
    "settlements", "assortments",
]
WORDS = [
    "order", "customer", "channel", "region", "promo", "carrier", "supplier", "warehouse", "route",
    "campaign", "segment", "contract", "invoice", "batch", "vendor", "account", "season", "market",
    "shelf", "pallet", "store", "brand", "tariff", "budget", "coupon", "lane", "depot", "zone",
]
PARTITION_NAMES = ["event_date", "business_date", "snapshot_date", "load_date"]
CLASSIFICATIONS = ["public", "internal", "internal", "internal", "restricted"]

# Column kinds; every table gets one of each, the rest is drawn at random.
KINDS = ["varchar", "string", "int", "bigint", "decimal", "date", "timestamp", "boolean"]

YAML_RESERVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"}
PLAIN = re.compile(r"^[A-Za-z_][A-Za-z0-9_ ./,()*+-]*$")


# ---------------------------------------------------------------------------------------------
# A tiny block-style YAML writer: keys in insertion order, strings quoted only when needed.

def scalar(value):
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if (PLAIN.match(text) and text.lower() not in YAML_RESERVED and not text.endswith(" ")
            and ": " not in text and " #" not in text):
        return text
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid YAML double-quoted scalar


def emit(value, indent, out):
    pad = " " * indent
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, (dict, list)) and item:
                out.append(f"{pad}{key}:")
                emit(item, indent + 2, out)
            elif isinstance(item, (dict, list)):
                out.append(f"{pad}{key}: {'{}' if isinstance(item, dict) else '[]'}")
            else:
                out.append(f"{pad}{key}: {scalar(item)}")
    elif isinstance(value, list):
        for item in value:
            if isinstance(item, dict):
                lines = []
                emit(item, indent + 2, lines)
                lines[0] = f"{pad}- " + lines[0][indent + 2:]
                out.extend(lines)
            elif isinstance(item, list):
                raise ValueError("nested lists are not used")
            else:
                out.append(f"{pad}- {scalar(item)}")
    else:
        raise ValueError(f"not a collection: {value!r}")


def to_yaml(document):
    out = [f"# yaml-language-server: $schema={SCHEMA_URL}"]
    emit(document, 0, out)
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------------------------
# Contract model

def column(rng, kind, name, required):
    """One property of kind `kind` (ODCS dict) plus its Avro type."""
    prop = {"name": name}
    if kind == "varchar":
        length = rng.choice([8, 12, 16, 32, 64])
        prop.update(logicalType="string", physicalType=f"varchar({length})")
        if rng.random() < 0.5:
            prop["logicalTypeOptions"] = {"pattern": f"^[A-Z0-9-]{{1,{length}}}$"}
        avro = "string"
    elif kind == "string":
        prop.update(logicalType="string", physicalType="string")
        if rng.random() < 0.3:
            prop["logicalTypeOptions"] = {"maxLength": 2000}
        avro = "string"
    elif kind == "int":
        prop.update(logicalType="integer", physicalType="int")
        if rng.random() < 0.5:
            prop["logicalTypeOptions"] = {"minimum": 0}
        avro = "int"
    elif kind == "bigint":
        prop.update(logicalType="integer", physicalType="bigint")
        avro = "long"
    elif kind == "decimal":
        precision = rng.choice([9, 12, 14, 18, 38])
        scale = rng.choice([2, 2, 3, 4]) if precision < 38 else 10
        prop.update(logicalType="number", physicalType=f"decimal({precision},{scale})")
        avro = {"type": "bytes", "logicalType": "decimal", "precision": precision, "scale": scale}
    elif kind == "date":
        prop.update(logicalType="date", physicalType="date")
        avro = {"type": "int", "logicalType": "date"}
    elif kind == "timestamp":
        prop.update(logicalType="timestamp", physicalType="timestamp",
                    logicalTypeOptions={"timezone": True})
        avro = {"type": "long", "logicalType": "timestamp-micros"}
    elif kind == "boolean":
        prop.update(logicalType="boolean", physicalType="boolean")
        avro = "boolean"
    else:
        raise ValueError(kind)
    prop["required"] = required
    return prop, avro


def column_name(kind, word):
    return {
        "varchar": f"{word}_code",
        "string": f"{word}_note",
        "int": f"{word}_count",
        "bigint": f"{word}_seq",
        "decimal": f"{word}_amount",
        "date": f"{word}_date",
        "timestamp": f"{word}_at",
        "boolean": f"is_{word}",
    }[kind]


def table(rng, index, noun, fields, namespace):
    """One schema object and its Avro record."""
    entity = noun[:-1] if noun.endswith("s") else noun
    key = f"{entity}_id"
    composite = index % 2 == 1
    partition = rng.choice(PARTITION_NAMES)
    used = {key, partition}
    props, avro_fields = [], []

    def add(prop, avro, doc):
        prop_with_doc = {"name": prop.pop("name"), "description": doc}
        prop_with_doc.update(prop)
        props.append(prop_with_doc)
        avro_type = avro if prop["required"] else ["null", avro]
        field = {"name": prop_with_doc["name"], "type": avro_type, "doc": doc}
        if not prop["required"]:
            field["default"] = None
        avro_fields.append(field)

    length = rng.choice([16, 24, 36])
    prop, avro = column(rng, "varchar", key, True)
    prop["physicalType"] = f"varchar({length})"
    prop["logicalTypeOptions"] = {"pattern": f"^[A-Z]{{3}}-[0-9]{{{length - 4}}}$"}
    prop.update(primaryKey=True, primaryKeyPosition=1, classification="internal",
                criticalDataElement=True,
                quality=[{"type": "library", "metric": "nullValues", "mustBe": 0,
                          "dimension": "completeness", "severity": "error"}])
    add(prop, avro, f"Identifier of the {entity.replace('_', ' ')}.")
    if composite:
        prop, avro = column(rng, "int", "line_number", True)
        prop["logicalTypeOptions"] = {"minimum": 1}
        prop.update(primaryKey=True, primaryKeyPosition=2, classification="internal")
        add(prop, avro, "Position of the line within its parent, starting at 1.")
        used.add("line_number")
    prop, avro = column(rng, "date", partition, True)
    prop.update(partitioned=True, partitionKeyPosition=1, classification="internal")
    add(prop, avro, "Business day of the row; the partition key.")

    rest = fields - len(props)
    kinds = KINDS[:] + [rng.choice(KINDS) for _ in range(max(0, rest - len(KINDS)))]
    kinds = kinds[:rest]
    rng.shuffle(kinds)
    decimal_column = None
    for kind in kinds:
        while True:
            name = column_name(kind, rng.choice(WORDS))
            if name not in used:
                used.add(name)
                break
        prop, avro = column(rng, kind, name, rng.random() < 0.6)
        prop["classification"] = rng.choice(CLASSIFICATIONS)
        if kind == "decimal" and decimal_column is None:
            decimal_column = name
        add(prop, avro, f"The {name.replace('_', ' ')} of the {entity.replace('_', ' ')}.")

    key_columns = [key, "line_number"] if composite else [key]
    quality = [
        {"type": "library", "metric": "rowCount", "mustBeGreaterThan": 0,
         "dimension": "completeness", "severity": "error"},
        {"type": "library", "metric": "duplicateValues", "mustBe": 0,
         "arguments": {"properties": key_columns}, "dimension": "uniqueness", "severity": "error"},
    ]
    if decimal_column is not None:
        quality.append({"type": "sql", "query": f"SELECT COUNT(*) FROM {noun} WHERE {decimal_column} < 0",
                        "mustBe": 0, "dimension": "accuracy", "severity": "warning"})
    obj = {
        "name": noun,
        "physicalName": noun,
        "physicalType": "table",
        "businessName": noun.replace("_", " ").capitalize(),
        "description": f"One row per {entity.replace('_', ' ')}"
                       + (" line." if composite else "."),
        "properties": props,
        "quality": quality,
    }
    record = {
        "type": "record",
        "name": "".join(part.capitalize() for part in noun.split("_")),
        "namespace": namespace,
        "doc": obj["description"],
        "fields": avro_fields,
    }
    return obj, record


def contract(rng, number, width, tables, fields):
    label = f"{number:0{width}d}"
    domain = rng.choice(DOMAINS)
    product = f"bench-{label}"
    account = f"{rng.randrange(10**11, 10**12):012d}"
    nouns = rng.sample(TABLE_NOUNS, tables) if tables <= len(TABLE_NOUNS) else [
        f"{TABLE_NOUNS[i % len(TABLE_NOUNS)]}_{i}" for i in range(tables)]
    objects, records = [], []
    for index, noun in enumerate(nouns):
        obj, record = table(rng, index, noun, fields, f"dev.datamesh.bench.c{label}")
        objects.append(obj)
        records.append(record)
    first = objects[0]["name"]
    partition = next(p["name"] for p in objects[0]["properties"] if p.get("partitioned"))
    document = {
        "apiVersion": "v3.1.0",
        "kind": "DataContract",
        "id": f"urn:datacontract:{domain}:{product}",
        "name": f"Benchmark contract {label}",
        "version": f"1.{rng.randrange(10)}.{rng.randrange(10)}",
        "status": "active",
        "domain": domain,
        "dataProduct": product,
        "tenant": "acme-cpg",
        "description": {
            "purpose": f"Synthetic {domain} data product number {label}, generated for benchmarks.",
            "usage": "Benchmark input only; shaped like the sample domain's contracts.",
            "limitations": "The data does not exist; no server is real.",
        },
        "tags": ["benchmark", domain],
        "team": {
            "name": f"{domain}-data",
            "description": f"The {domain} domain's data product team.",
            "members": [
                {"username": "owner", "name": "Product Owner", "role": "Data Product Owner"},
                {"username": "engineer", "name": "Data Engineer", "role": "Data Engineer"},
            ],
        },
        "support": [
            {"channel": f"#{domain}-data", "url": f"https://chat.example.com/{domain}-data",
             "tool": "slack", "scope": "interactive"},
        ],
        "slaProperties": [
            {"property": "frequency", "value": 1, "unit": "d", "element": f"{first}.{partition}"},
            {"property": "latency", "value": rng.choice([4, 6, 12, 24]), "unit": "h",
             "element": f"{first}.{partition}"},
            {"property": "retention", "value": rng.choice([1, 2, 3, 7]), "unit": "y",
             "element": f"{first}.{partition}"},
        ],
        "servers": [
            {"server": "glue-prod", "type": "glue", "environment": "prod", "account": account,
             "database": f"bench_{domain}_{label}",
             "location": f"s3://acme-{domain}-bench-lake/{product}/", "format": "parquet"},
            {"server": "athena-prod", "type": "athena", "environment": "prod",
             "stagingDir": f"s3://acme-{domain}-bench-athena/{product}/",
             "schema": f"bench_{domain}_{label}", "regionName": "eu-west-1"},
        ],
        "roles": [
            {"role": "arn:aws:iam::210987654321:role/demand-planning-reader", "access": "read",
             "firstLevelApprovers": "owner"},
            {"role": f"arn:aws:iam::{account}:role/{product}-etl", "access": "write",
             "firstLevelApprovers": "engineer"},
        ],
        "schema": objects,
    }
    return product, document, records


def clean(directory, pattern):
    for path in directory.glob(pattern):
        path.unlink()


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, required=True, help="number of contracts")
    parser.add_argument("--out", type=pathlib.Path, required=True, help="directory for *.odcs.yaml")
    parser.add_argument("--avsc-out", type=pathlib.Path, help="directory for one *.avsc per table")
    parser.add_argument("--seed", type=int, default=42, help="random seed (default 42)")
    parser.add_argument("--tables", type=int, default=3, help="tables per contract (default 3)")
    parser.add_argument("--fields", type=int, default=12, help="columns per table (default 12)")
    parser.add_argument("--clean", action="store_true",
                        help="delete existing *.odcs.yaml / *.avsc in the output directories first")
    args = parser.parse_args(argv)
    if args.count < 1 or args.tables < 1 or args.fields < 3:
        parser.error("--count and --tables must be at least 1, --fields at least 3")

    args.out.mkdir(parents=True, exist_ok=True)
    if args.avsc_out:
        args.avsc_out.mkdir(parents=True, exist_ok=True)
    if args.clean:
        clean(args.out, "*.odcs.yaml")
        if args.avsc_out:
            clean(args.avsc_out, "*.avsc")

    rng = random.Random(args.seed)
    width = max(4, len(str(args.count)))
    schemas = 0
    for number in range(1, args.count + 1):
        product, document, records = contract(rng, number, width, args.tables, args.fields)
        (args.out / f"{product}.odcs.yaml").write_text(to_yaml(document), encoding="utf-8", newline="\n")
        if args.avsc_out:
            for record in records:
                name = f"{product}-{record['name'].lower()}.avsc"
                (args.avsc_out / name).write_text(json.dumps(record, indent=2) + "\n", encoding="utf-8",
                                                  newline="\n")
                schemas += 1
    print(f"wrote {args.count} contracts to {args.out}"
          + (f" and {schemas} Avro schemas to {args.avsc_out}" if args.avsc_out else ""), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
