#!/usr/bin/python3
"""Validates JSON documents against a JSON Schema (draft 2020-12) with python3-jsonschema.

    validate_json.py SCHEMA FILE...

Prints one line per problem (file, JSON path, message) and exits 1 when any document is invalid,
2 when the schema itself is broken or a file cannot be read.
"""
import json
import sys

import jsonschema


def main(arguments):
    if len(arguments) < 2:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    schema_path, *paths = arguments
    try:
        with open(schema_path, encoding="utf-8") as handle:
            schema = json.load(handle)
        jsonschema.Draft202012Validator.check_schema(schema)
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"{schema_path}: broken schema: {error}", file=sys.stderr)
        return 2
    validator = jsonschema.Draft202012Validator(schema, format_checker=jsonschema.FormatChecker())
    invalid = 0
    for path in paths:
        try:
            with open(path, encoding="utf-8") as handle:
                document = json.load(handle)
        except (OSError, ValueError) as error:
            print(f"{path}: cannot read: {error}", file=sys.stderr)
            return 2
        errors = sorted(validator.iter_errors(document), key=lambda error: list(error.absolute_path))
        for error in errors:
            location = "/".join(str(part) for part in error.absolute_path) or "(root)"
            print(f"{path}: {location}: {error.message}")
        invalid += bool(errors)
    if invalid:
        print(f"{invalid} of {len(paths)} document(s) invalid", file=sys.stderr)
        return 1
    print(f"{len(paths)} document(s) valid")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
