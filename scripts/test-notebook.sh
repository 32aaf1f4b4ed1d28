#!/usr/bin/env bash
# Runs examples/what-if.ipynb on the Deno Jupyter kernel and checks what it produced.
#
#   npm run test:notebook
#
# 1. builds the library when dist/ is missing or older than the sources (the notebook imports ../dist/index.js);
# 2. registers the Deno kernel (`deno jupyter --install --force`) unless it already points at this checkout's deno;
# 3. executes every cell with nbclient (scripts/run-notebook.py; it fails when a cell fails), keeping output
#    the kernel sends just after a cell is done;
# 4. checks the executed notebook: no error output, the tables, two Vega-Lite v5 charts with data, each also as
#    SVG (image/svg+xml, drawn in the kernel by examples/charts.ts), the explanation.
#
# Needs: node_modules (npm ci) and Jupyter's nbconvert, nbclient, ipykernel and jupyter_client
# (Debian: jupyter-nbconvert python3-nbclient python3-ipykernel jupyter-client; see scripts/ci-notebook.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
notebook="examples/what-if.ipynb"
# quiet the Python debugger's notice about frozen modules
export PYDEVD_DISABLE_FILE_VALIDATION=1

# 1. the built library
if [ ! -f dist/index.js ] || [ -n "$(find src package.json tsup.config.ts scripts/write-json-schema.ts -newer dist/index.js -print -quit)" ]; then
  echo "test-notebook: building the library (dist/ is missing or stale)"
  npm run build
fi

# 2. the Deno kernel
deno="$root/node_modules/.bin/deno"
if [ ! -x "$deno" ]; then
  echo "test-notebook: $deno is missing; run npm ci first" >&2
  exit 1
fi
registered="$(jupyter kernelspec list --json 2>/dev/null | python3 -c '
import json, sys
spec = json.load(sys.stdin).get("kernelspecs", {}).get("deno", {}).get("spec", {})
print((spec.get("argv") or [""])[0])
' || true)"
if [ "$registered" != "$deno" ]; then
  echo "test-notebook: registering the Deno kernel"
  "$deno" jupyter --install --force
fi

# 3. execute every cell, with the Python that has Jupyter's nbclient (Debian's, when another python3 comes first)
python=""
for candidate in python3 /usr/bin/python3; do
  if "$candidate" -c 'import nbclient, nbformat' >/dev/null 2>&1; then python="$candidate"; break; fi
done
if [ -z "$python" ]; then
  echo "test-notebook: no python3 with nbclient and nbformat; see scripts/ci-notebook.sh" >&2
  exit 1
fi
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
executed="$work/what-if.executed.ipynb"
run() {
  local start
  start=$(date +%s)
  "$python" scripts/run-notebook.py "$notebook" "$executed" deno
  echo "test-notebook: executed in $(( $(date +%s) - start )) s"
}

# 4. check the outputs
check() {
python3 - "$executed" <<'PY'
import json, sys

nb = json.load(open(sys.argv[1], encoding="utf-8"))
cells = {c.get("id"): c for c in nb["cells"]}
checks = []

def check(name, ok):
    checks.append((name, bool(ok)))
    print(("ok   " if ok else "FAIL ") + name)

def outputs(cell_id):
    return cells.get(cell_id, {}).get("outputs", [])

def text(cell_id):
    return "".join("".join(o.get("text", "")) for o in outputs(cell_id) if o["output_type"] == "stream")

errors = [(c.get("id"), o.get("ename"), o.get("evalue")) for c in nb["cells"] if c["cell_type"] == "code"
          for o in c.get("outputs", []) if o["output_type"] == "error"]
check("no cell raised an error %s" % (errors or ""), not errors)
check("every code cell ran", all(c.get("execution_count") for c in nb["cells"] if c["cell_type"] == "code"))
check("10000 synthetic households, all valid", "10000 households, 0 invalid" in text("generate"))
for cell_id in ("simulate", "compare", "sweep"):
    html = [o for o in outputs(cell_id) if o["output_type"] in ("display_data", "execute_result") and "text/html" in o.get("data", {})]
    body = html[0]["data"]["text/html"] if html else ""
    check("%s shows a table" % cell_id, "<table>" in ("".join(body) if isinstance(body, list) else body))
charts = [o["data"]["application/vnd.vegalite.v5+json"] for c in nb["cells"] if c["cell_type"] == "code"
          for o in c.get("outputs", []) if o["output_type"] in ("display_data", "execute_result")
          and "application/vnd.vegalite.v5+json" in o.get("data", {})]
check("two Vega-Lite v5 charts are displayed", len(charts) == 2)
for i, spec in enumerate(charts):
    check("chart %d is Vega-Lite v5 with data" % (i + 1),
          "vega-lite/v5" in spec.get("$schema", "") and len(spec.get("data", {}).get("values", [])) > 0 and spec.get("layer"))
svgs = [o["data"].get("image/svg+xml") for c in nb["cells"] if c["cell_type"] == "code"
        for o in c.get("outputs", []) if o["output_type"] in ("display_data", "execute_result")
        and "application/vnd.vegalite.v5+json" in o.get("data", {})]
for i, svg in enumerate(svgs):
    body = "".join(svg) if isinstance(svg, list) else (svg or "")
    check("chart %d is shown as SVG too (image/svg+xml, with marks)" % (i + 1),
          body.lstrip().startswith("<svg") and body.count("<path") > 3)
check("the explanation cites clause 2.3.8", "[2.3.8]" in text("explain"))

failed = sum(1 for _, ok in checks if not ok)
print("notebook: %d passed, %d failed" % (len(checks) - failed, failed))
sys.exit(1 if failed else 0)
PY
}

run
check
