#!/usr/bin/env bash
# Every write on a full disk is all or nothing: on a small tmpfs filled up with a filler file,
# `set`, `import`, `import --all`, `export`, `export --all`, `chart` (SVG, PNG, PDF), `graph`
# (SVG, GraphML) and `report` each exit non-zero, leave the earlier output file byte for byte as
# it was and no temporary file beside it, and the workbook passes `check` with its rows unchanged.
# Needs permission to mount a tmpfs (root); exits 77 (skipped) where it has none.
# Usage: disk_full.sh WAFERSHARE
set -u
bin=$1
export QT_QPA_PLATFORM=offscreen
work=$(mktemp -d)
disk=$work/disk
mkdir "$disk"
if ! mount -t tmpfs -o size=1m tmpfs "$disk" 2>/dev/null; then
  echo "cannot mount a tmpfs here (needs root); skipped"
  rm -rf "$work"
  exit 77
fi
trap 'umount "$disk"; rm -rf "$work"' EXIT

failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
sha() { sha256sum "$1" | cut -c1-64; }

# fill [KB]: fills the disk up, leaving KB kilobytes free (none by default).
fill() {
  local leave=${1:-0} avail
  avail=$(df --output=avail -k "$disk" | tail -n 1 | tr -d ' ')
  if ((leave == 0)); then
    dd if=/dev/zero of="$disk/filler" bs=4k status=none 2>/dev/null
  else
    dd if=/dev/zero of="$disk/filler" bs=1k count=$((avail - leave)) status=none 2>/dev/null
  fi
}
unfill() { rm -f "$disk/filler"; }

# The files on the disk besides the filler, one line each, to catch a temporary file left over.
files() { (cd "$disk" && ls -A | grep -v '^filler$' | sort | tr '\n' ' '); }

# A workbook outside the tmpfs for the output commands, so that opening it needs no space there.
wb=$work/wb.sqlite
"$bin" check --db "$wb" >/dev/null || { echo "cannot create a workbook"; exit 1; }
wb_sum=$(sha "$wb")

# output NAME ARGS...: runs `wafershare ARGS... --out $disk/NAME` once with room, then again on
# the full disk, and checks the second run.
output() {
  local name=$1
  shift
  local out=$disk/$name
  rm -f "$out"
  "$bin" "$@" --db "$wb" --out "$out" >/dev/null 2>"$work/err" ||
    { fail "'$* --out $name' failed with room on the disk: $(head -n 2 "$work/err")"; return; }
  local before listed
  before=$(sha "$out")
  listed=$(files)
  fill
  if "$bin" "$@" --db "$wb" --out "$out" >/dev/null 2>"$work/err"; then
    fail "'$* --out $name' exited 0 on a full disk"
  elif ! grep -q "full" "$work/err"; then
    fail "'$* --out $name' did not say the disk is full: $(head -n 2 "$work/err")"
  fi
  [[ $(sha "$out") == "$before" ]] || fail "'$* --out $name' changed the earlier file"
  [[ $(files) == "$listed" ]] || fail "'$* --out $name' left files behind: $(files)"
  unfill
  rm -f "$out"
}

output table.csv export company
output all.json export --all
output shares.csv export shares
output chart.svg chart --type share
output chart.png chart --type share
output chart.pdf chart --type share
output graph.svg graph
output graph.graphml graph
output report.pdf report
[[ $(sha "$wb") == "$wb_sum" ]] || fail "an output command changed the workbook"

# set: the workbook itself on the full disk.
cp "$wb" "$disk/set.sqlite"
value() {
  sqlite3 "$disk/set.sqlite" "SELECT value FROM assumption a JOIN program p ON p.id = a.program_id
    WHERE a.scenario_id = 1 AND p.name = 'Rubin' AND a.year = 2026 AND a.field = 'units'"
}
set_before=$(value)
[[ -n $set_before ]] || fail "the workbook has no Rubin 2026 units to change"
refused=0
for leave in 0 40 80; do
  fill "$leave"
  if "$bin" set --db "$disk/set.sqlite" --program Rubin --year 2026 --field units \
    --value 123457 >/dev/null 2>"$work/err"; then
    unfill
    # With that much room the edit may well fit: then it must be there, whole.
    [[ $(value) == 123457 ]] || fail "set exited 0 with $leave KB free but stored $(value)"
    "$bin" set --db "$disk/set.sqlite" --program Rubin --year 2026 --field units \
      --value "$set_before" >/dev/null 2>&1
  else
    code=$?
    unfill
    ((code == 2)) || fail "set with $leave KB free exited $code, not 2: $(head -n 2 "$work/err")"
    grep -q "full" "$work/err" || ((leave == 0)) ||
      fail "set with $leave KB free did not say the disk is full: $(head -n 2 "$work/err")"
    [[ $(value) == "$set_before" ]] ||
      fail "set failed with $leave KB free but the value is $(value), not $set_before"
    refused=$((refused + 1))
  fi
  "$bin" check --db "$disk/set.sqlite" >/dev/null 2>&1 ||
    fail "after set with $leave KB free the workbook fails check"
done
((refused > 0)) || fail "set never met a full disk: the test no longer tests anything"
rm -f "$disk"/set.sqlite*

# import: a CSV of 3,000 companies with long notes, far more than the disk holds.
cp "$wb" "$disk/import.sqlite"
{
  echo "id,name,tier,note"
  note=$(printf 'n%.0s' $(seq 1 1000))
  for i in $(seq 1001 4000); do echo "$i,Company $i,server,$note"; done
} >"$work/companies.csv"
count() { sqlite3 "$disk/import.sqlite" "SELECT count(*) FROM $1"; }
companies=$(count company)
assumptions=$(count assumption)
for leave in 0 200; do
  fill "$leave"
  if "$bin" import company "$work/companies.csv" --db "$disk/import.sqlite" >"$work/out" \
    2>"$work/err"; then
    fail "import with $leave KB free exited 0: $(head -n 1 "$work/out")"
  elif ((leave > 0)) && ! grep -q "full" "$work/err"; then
    # With no room at all the workbook cannot even be opened; with some, the rows fill it.
    fail "import with $leave KB free did not say the disk is full: $(head -n 2 "$work/err")"
  fi
  unfill
  [[ $(count company) == "$companies" ]] ||
    fail "import with $leave KB free left $(count company) companies, not $companies"
  [[ $(count assumption) == "$assumptions" ]] || fail "import changed the assumption rows"
  "$bin" check --db "$disk/import.sqlite" >/dev/null 2>&1 ||
    fail "after import with $leave KB free the workbook fails check"
done
rm -f "$disk"/import.sqlite*

# import --all: a new workbook from a JSON export, on the full disk.
"$bin" export --all --db "$wb" --out "$work/all.json" >/dev/null 2>&1
fill
if "$bin" import --all "$work/all.json" --db "$disk/new.sqlite" >/dev/null 2>"$work/err"; then
  fail "import --all exited 0 on a full disk"
fi
unfill
[[ -z $(files) ]] || fail "import --all on a full disk left files behind: $(files)"

if ((failures > 0)); then
  echo "$failures check(s) failed"
  exit 1
fi
echo "every write on a full disk refused whole; earlier files and workbooks unchanged"
