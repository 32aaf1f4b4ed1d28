"""Writes a workbook whose loans have schedules — 到期日, 还款 and 利率调整 rows, a household 授信额度 —
and whose members have 与户主关系 in Chinese, with openpyxl; and the same households as JSON.

Usage: make_schedules.py OUT_DIR
Writes OUT_DIR/schedules.xlsx and OUT_DIR/schedules.json (the households as the library's JSON).
"""
import datetime, json, os, sys
import openpyxl

out = sys.argv[1]
d = datetime.date
wb = openpyxl.Workbook()
wb.remove(wb.active)
home = wb.create_sheet("家庭")
home.append(["户编号", "乡镇", "类别", "收入年度", "工资性收入", "经营净收入", "财产净收入", "转移净收入", "授信额度"])
home.append(["S-1", "诸葛镇", "低保", 2023, 12000, 800, 0, 9000, 80000])
home.append(["S-2", "灵洞乡", "特困", 2023, 0, 0, 0, 15000, None])
members = wb.create_sheet("成员")
members.append(["户编号", "有劳动能力", "就学情况", "与户主关系"])
members.append(["S-1", "是", None, "户主"])
members.append(["S-1", "否", "中职", "子女"])
members.append(["S-2", "否", None, "本人"])
loans = wb.create_sheet("贷款")
loans.append(["户编号", "贷款编号", "本金", "年利率", "放款日期", "还款日期", "到期日", "授信额度"])
loans.append(["S-1", "A", 50000, "4.35%", d(2023, 3, 1), d(2024, 3, 1), d(2023, 12, 31), None])
loans.append(["S-1", "B", 50000, 0.05, d(2023, 6, 1), d(2023, 12, 1), None, 40000])
loans.append(["S-2", "C", 30000, "3.85%", "2023/7/1", "2024-06-30", None, None])
rep = wb.create_sheet("还款")
rep.append(["户编号", "贷款编号", "日期", "金额"])
rep.append(["S-1", "A", d(2023, 9, 1), 20000])
rep.append(["S-2", "C", d(2023, 10, 15), "10,000"])
rc = wb.create_sheet("利率调整")
rc.append(["户编号", "贷款编号", "日期", "年利率"])
rc.append(["S-1", "A", d(2023, 8, 1), "3.95%"])
wb.save(os.path.join(out, "schedules.xlsx"))

households = [
    {"id": "S-1", "township": "330781104", "category": "dibao", "creditLine": "80000",
     "income": {"year": 2023, "wage": "12000", "netOperating": "800", "netProperty": "0", "netTransfer": "9000"},
     "members": [{"laborCapable": True, "relationship": "head"}, {"laborCapable": False, "schooling": "secondaryVocational", "relationship": "child"}],
     "loans": [
         {"id": "A", "principal": "50000", "annualRate": "0.0435", "startDate": "2023-03-01", "endDate": "2024-03-01", "maturityDate": "2023-12-31",
          "repayments": [{"date": "2023-09-01", "amount": "20000"}], "rateChanges": [{"date": "2023-08-01", "annualRate": "0.0395"}]},
         {"id": "B", "principal": "50000", "annualRate": "0.05", "startDate": "2023-06-01", "endDate": "2023-12-01", "creditLimit": "40000"},
     ]},
    {"id": "S-2", "township": "330781200", "category": "tekun",
     "income": {"year": 2023, "wage": "0", "netOperating": "0", "netProperty": "0", "netTransfer": "15000"},
     "members": [{"laborCapable": False, "relationship": "head"}],
     "loans": [{"id": "C", "principal": "30000", "annualRate": "0.0385", "startDate": "2023-07-01", "endDate": "2024-06-30",
                "repayments": [{"date": "2023-10-15", "amount": "10000"}]}]},
]
with open(os.path.join(out, "schedules.json"), "w", encoding="utf-8") as f:
    json.dump(households, f, ensure_ascii=False)
