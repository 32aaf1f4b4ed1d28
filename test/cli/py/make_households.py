"""Writes a household workbook as a township office's Excel or WPS would (openpyxl), with bad
cells at known places, and the same households as the library's JSON (for the good ones).

Usage: make_households.py OUT_DIR N SEED
Writes OUT_DIR/in.xlsx, OUT_DIR/expected.json ({"good": [household JSON...], "bad": [[sheet,
row, column]...], "badHouseholds": [id...], "secret": [ID numbers that must never appear]}) and
the same tables as GBK CSV files in OUT_DIR/csv/ (家庭.csv, 成员.csv, ...).
"""
import csv, datetime, json, os, random, sys
from decimal import Decimal
import openpyxl

out, n, seed = sys.argv[1], int(sys.argv[2]), int(sys.argv[3])
rnd = random.Random(seed)
TOWNSHIPS = [("330781001", "兰江街道"), ("330781102", "游埠镇"), ("330781104", "诸葛镇"), ("330781200", "灵洞乡"), ("330781209", "柏社乡")]
CATEGORY = {"低保": "dibao", "低保边缘": "dibian", "特困": "tekun", "其他": "other", "dibao": "dibao"}
SCHOOL = {"无": "none", "义务教育": "compulsory", "中职": "secondaryVocational", "高职": "higherVocational", None: None}

def money(lo, hi):
    return round(rnd.uniform(lo, hi), 2)

def text_of(x):
    # the decimal a cell shows: Python's repr is the shortest round-trip form, as JavaScript's String
    return repr(x) if isinstance(x, float) else str(x)

def id_number(birth):
    body = "990000" + birth.strftime("%Y%m%d") + "%03d" % rnd.randrange(1000)
    w = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2]
    s = sum(int(c) * k for c, k in zip(body, w))
    return body + "10X98765432"[s % 11]

H = ["户编号", "乡镇", "村", "重点帮促村", "类别", "风险码", "收入年度", "工资性收入", "经营净收入", "财产净收入", "转移净收入", "上年人均可支配收入"]
M = ["户编号", "身份证号", "出生日期", "有劳动能力", "就学情况"]
L = ["户编号", "贷款编号", "本金", "年利率", "放款日期", "还款日期", "授信额度", "已付利息"]
A = ["户编号", "名称", "金额", "可叠加"]
rows = {"家庭": [H], "成员": [M], "贷款": [L], "其他教育补助": [A]}
good, bad_cells, bad_households, secrets = [], [], set(), []

for i in range(1, n + 1):
    hid = "T-%04d" % i
    code, name = rnd.choice(TOWNSHIPS)
    cat = rnd.choice(list(CATEGORY))
    wage, op, prop, tr = money(0, 30000), money(-2000, 8000), money(0, 900), money(3000, 20000)
    prev = money(8000, 20000) if rnd.random() < 0.7 else None
    wage_cell = "{:,.2f}".format(wage) if rnd.random() < 0.2 else wage
    hh = [hid, name if rnd.random() < 0.7 else code, "村%d" % rnd.randrange(9), rnd.choice(["是", "否"]), cat, rnd.choice(["红", "黄", "绿", None]),
          2023, wage_cell, op, prop, tr, prev]
    record = {"id": hid, "township": code, "village": hh[2], "inKeyAssistanceVillage": hh[3] == "是", "category": CATEGORY[cat],
              "income": {"year": 2023, "wage": text_of(wage), "netOperating": text_of(op), "netProperty": text_of(prop), "netTransfer": text_of(tr)}}
    if hh[5] is not None:
        record["riskColor"] = {"红": "red", "黄": "yellow", "绿": "green"}[hh[5]]
    if prev is not None:
        record["previousPerCapita"] = text_of(prev)
    rows["家庭"].append(hh)
    members = []
    for k in range(rnd.randint(1, 5)):
        birth = datetime.date(rnd.randint(1940, 2010), rnd.randint(1, 12), rnd.randint(1, 28))
        school = rnd.choice(["无", "义务教育", "中职", "高职", None, None])
        idn = id_number(birth) if rnd.random() < 0.5 else None
        if idn:
            secrets.append(idn)
        labour = rnd.choice(["是", "否", True])
        rows["成员"].append([hid, idn, birth, labour, school])
        m = {"laborCapable": labour in ("是", True), "birthDate": birth.isoformat()}
        if idn:
            m["idNumber"] = idn
        if SCHOOL[school]:
            m["schooling"] = SCHOOL[school]
        members.append(m)
    record["members"] = members
    loans = []
    for k in range(rnd.choice([0, 0, 1, 1, 2])):
        principal = rnd.choice([30000, 50000, 80000, 100000, 12345.67])
        rate = rnd.choice([0.0435, "4.35%", "3.85%", 0.05, "5.2%"])
        start = datetime.date(2023, rnd.randint(1, 12), rnd.randint(1, 28))
        end = start + datetime.timedelta(days=rnd.randint(30, 700))
        start_cell = start if rnd.random() < 0.6 else start.strftime("%Y/%m/%d")
        limit = rnd.choice([None, None, 60000])
        paid = rnd.choice([None, None, money(100, 3000)])
        rows["贷款"].append([hid, "L%d" % (k + 1), principal, rate, start_cell, end, limit, paid])
        rate_text = str(Decimal(rate[:-1]) / 100) if isinstance(rate, str) else text_of(rate)
        loan = {"id": "L%d" % (k + 1), "principal": text_of(principal), "annualRate": rate_text, "startDate": start.isoformat(), "endDate": end.isoformat()}
        if limit is not None:
            loan["creditLimit"] = text_of(limit)
        if paid is not None:
            loan["interestPaid"] = text_of(paid)
        loans.append(loan)
    if loans:
        record["loans"] = loans
    if rnd.random() < 0.15:
        amount, stack = money(500, 4000), rnd.choice(["是", "否"])
        rows["其他教育补助"].append([hid, "国家助学金", amount, stack])
        record["otherEducationAid"] = [{"name": "国家助学金", "amount": text_of(amount), "stackable": stack == "是"}]
    good.append(record)

def spoil(sheet, column, value, pick):
    """Puts a bad value in a cell of `sheet`, in the first data row that `pick` accepts (not yet spoilt)."""
    header = rows[sheet][0]
    col = header.index(column)
    for r in range(1, len(rows[sheet])):
        hid = rows[sheet][r][0]
        if hid in bad_households or not pick(r):
            continue
        rows[sheet][r][col] = value
        bad_cells.append([sheet, r + 1, column])
        bad_households.add(hid)
        return
    raise SystemExit("no row to spoil in " + sheet)

spoil("家庭", "类别", "贫困户", lambda r: r > 5)
spoil("家庭", "工资性收入", -5, lambda r: r > 20)
spoil("家庭", "乡镇", "不存在镇", lambda r: r > 40)
spoil("家庭", "收入年度", "去年", lambda r: r > 60)
spoil("成员", "有劳动能力", "也许", lambda r: r > 10)
spoil("成员", "身份证号", "990000198001011235", lambda r: r > 30 and rows["成员"][r][2] == datetime.date(1980, 1, 1) or r > 80)
spoil("成员", "就学情况", "幼儿园", lambda r: r > 120)
spoil("贷款", "年利率", "abc", lambda r: r > 3)
spoil("贷款", "放款日期", "2023-13-45", lambda r: r > 15)
spoil("贷款", "本金", "五万", lambda r: r > 25)
spoil("其他教育补助", "金额", "lots", lambda r: True)
secrets.append("990000198001011235")
good = [h for h in good if h["id"] not in bad_households]

wb = openpyxl.Workbook()
wb.remove(wb.active)
for name, data in rows.items():
    ws = wb.create_sheet(name)
    for r in data:
        ws.append(r)
ws = wb.create_sheet("备注")
ws.append(["这张表不是数据表，应被忽略"])
wb.save(os.path.join(out, "in.xlsx"))

os.makedirs(os.path.join(out, "csv"), exist_ok=True)
for name, data in rows.items():
    with open(os.path.join(out, "csv", name + ".csv"), "w", encoding="gbk", newline="") as f:
        w = csv.writer(f)
        for r in data:
            w.writerow(["" if v is None else v.isoformat() if isinstance(v, datetime.date) else ("是" if v is True else v) for v in r])

with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
    json.dump({"good": good, "bad": bad_cells, "badHouseholds": sorted(bad_households), "secret": secrets}, f, ensure_ascii=False)
