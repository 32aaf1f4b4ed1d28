"""Reads a result workbook with openpyxl and prints what a test checks, as JSON: each sheet's
header and rows (values as Python reads them, numbers as their repr), the number format of every
amount cell of 结果 (when there is one), and whether any cell holds one of the given secrets.

Usage: read_result.py RESULT.xlsx SECRETS.json
"""
import json, sys
import openpyxl

wb = openpyxl.load_workbook(sys.argv[1])
secrets = set(json.load(open(sys.argv[2], encoding="utf-8")))
out = {"sheets": wb.sheetnames, "tables": {}, "formats": {}, "leaks": 0, "frozen": {}}
for ws in wb:
    rows = [list(r) for r in ws.iter_rows(values_only=True)]
    out["tables"][ws.title] = [[repr(v) if isinstance(v, float) else v for v in r] for r in rows]
    out["frozen"][ws.title] = ws.freeze_panes
    out["leaks"] += sum(1 for r in rows for v in r if isinstance(v, str) and any(s in v for s in secrets))
if "结果" in wb.sheetnames:
    ws = wb["结果"]
    header = [c.value for c in ws[1]]
    for name in ["贴息", "扶智补助", "合计", "人均可支配收入"]:
        col = header.index(name) + 1
        out["formats"][name] = sorted({ws.cell(row=r, column=col).number_format for r in range(2, ws.max_row + 1)})
print(json.dumps(out, ensure_ascii=False, default=str))
