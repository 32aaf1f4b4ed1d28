#!/usr/bin/env python3
"""A client of the lanxi-policy HTTP service, with Python's standard library only.

    lanxi-policy serve --port 8080 &
    python3 examples/python/client.py http://127.0.0.1:8080

Assesses one household, then compares the plan with a reform (a 4000-yuan vocational grant and a
4% floor rate) over three households. Money comes back as exact decimal strings: read it with
decimal.Decimal, never float. Each answer names the rules that produced it: the package version,
the plan and its fingerprint (a reform has a fingerprint of its own).
"""
import json
import sys
import urllib.error
import urllib.request
from decimal import Decimal


def post(base, path, body):
    """POSTs JSON and returns the decoded answer; an error answer is printed and ends the script."""
    request = urllib.request.Request(
        base + path,
        data=json.dumps(body).encode("utf-8"),
        headers={"Content-Type": "application/json"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(request, timeout=30) as response:
            return json.loads(response.read().decode("utf-8"))
    except urllib.error.HTTPError as e:
        error = json.loads(e.read().decode("utf-8"))["error"]
        for issue in error.get("issues", []):
            print(f"  {issue['path']}: {issue['message']} / {issue['messageZh']}", file=sys.stderr)
        sys.exit(f"HTTP {e.code} {error['code']}: {error['message']}")


def household(hid, wage, loans):
    return {
        "id": hid,
        "category": "dibao",
        "members": [{"laborCapable": True}, {"laborCapable": False, "schooling": "secondaryVocational"}],
        "income": {"year": 2023, "wage": wage, "netOperating": "3000.50", "netProperty": "0", "netTransfer": "9000"},
        "loans": loans,
    }


def main(base):
    loan = {"principal": "50000", "annualRate": "0.0435", "startDate": "2023-06-01", "endDate": "2024-06-01"}
    one = post(base, "/v1/assess", household("demo-1", "12000", [loan]))
    r = one["result"]
    print(f"version {one['version']} plan {one['plan']['id']} fingerprint {one['fingerprint']}")
    print(f"household {r['id']}: loan subsidy {Decimal(r['loanSubsidy']['total'])}"
          f" vocational grant {Decimal(r['vocationalGrant']['amount'])}"
          f" total {Decimal(r['totalEntitlement'])}")
    print(f"  per capita {Decimal(r['income']['perCapita'])} meets 16710: {r['income']['met']['perCapita']}")

    households = [household("demo-1", "12000", [loan]), household("demo-2", "30000", []), household("demo-3", "8000", [loan])]
    reform = {"vocationalGrant": {"amount": 4000}, "microcredit": {"floorRate": "0.04"}}
    c = post(base, "/v1/compare", {"households": households, "year": 2023, "reform": reform})
    delta = c["result"]["delta"]
    print(f"compare: baseline fingerprint {c['fingerprint']}")
    print(f"  reform fingerprint {c['reform']['fingerprint']}")
    print(f"  cost change {Decimal(delta['totalEntitlement'])}"
          f" (loan subsidy {Decimal(delta['byBenefit']['loanSubsidy'])},"
          f" vocational grant {Decimal(delta['byBenefit']['vocationalGrant'])})")
    print(f"  gainers {c['result']['gainers']} losers {c['result']['losers']}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: client.py http://127.0.0.1:8080")
    main(sys.argv[1].rstrip("/"))
