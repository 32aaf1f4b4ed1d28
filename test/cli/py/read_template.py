"""Reads a template workbook with openpyxl and prints, as JSON, each sheet's header row, its
frozen cell, its data validation lists (range and list) and its example row.

Usage: read_template.py TEMPLATE.xlsx
"""
import json, sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
out = {}
for ws in wb:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    out[ws.title] = {
        "header": rows[0] if rows else [],
        "example": rows[1] if len(rows) > 1 else None,
        "rows": len(rows),
        "frozen": ws.freeze_panes,
        "lists": [[str(d.sqref), d.formula1] for d in ws.data_validations.dataValidation],
        "textColumns": [c for c in "ABCDEFGHIJ" if ws.column_dimensions[c].number_format == "@"],
    }
print(json.dumps(out, ensure_ascii=False, default=str))
