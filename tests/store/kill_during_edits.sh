#!/usr/bin/env bash
# Kills (SIGKILL) `wafershare set` at random moments of a stream of edits and checks that the
# workbook still passes PRAGMA integrity_check and holds every edit that was acknowledged
# (exit 0), whatever the process was doing when it died.
# Usage: kill_during_edits.sh WAFERSHARE
set -u
bin=$1
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
db=$tmp/work.sqlite
export QT_QPA_PLATFORM=offscreen
"$bin" check --db "$db" >/dev/null || { echo "cannot create a workbook"; exit 1; }

units_in_db() {
  "$bin" shares --db "$db" --by program --year 2026 --format csv |
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "units") col = i }
             $3 == "Trainium3" { print $col }'
}

rounds=5
before=$(units_in_db)
for round in $(seq 1 $rounds); do
  first=$((round * 100000))
  acked=$tmp/acked.$round
  (
    for v in $(seq "$first" $((first + 5000))); do
      "$bin" set --db "$db" --program Trainium3 --year 2026 --field units --value "$v" \
        >/dev/null 2>&1 && echo "$v" >>"$acked"
    done
  ) &
  loop=$!
  # Anywhere from the first edit to several dozen of them.
  sleep "0.$((RANDOM % 9 + 1))$((RANDOM % 10))"
  sleep $((round % 2))
  kill -STOP "$loop" 2>/dev/null
  for child in $(pgrep -P "$loop"); do kill -KILL "$child" 2>/dev/null; done
  kill -KILL "$loop" 2>/dev/null
  wait "$loop" 2>/dev/null

  check=$("$bin" check --db "$db" 2>&1) || { echo "round $round: check failed: $check"; exit 1; }
  grep -q "^integrity: ok" <<<"$check" || { echo "round $round: $check"; exit 1; }
  got=$(units_in_db)
  last=$(tail -n 1 "$acked" 2>/dev/null)
  # An edit may have been committed just before its process died unacknowledged: one more
  # than the last acknowledged, or this round's first value when none was acknowledged yet
  # (on a loaded machine the first edit can outlast the shortest wait).
  if [[ -n $last ]]; then
    allowed="$last $((last + 1))"
  else
    allowed="$before $first"
  fi
  if [[ " $allowed " != *" $got "* ]]; then
    echo "round $round: last acknowledged units ${last:-none (before: $before)}, workbook holds $got"
    exit 1
  fi
  echo "round $round: $(cat "$acked" 2>/dev/null | wc -l) edits acknowledged, last ${last:-none}, workbook $got"
  before=$got
done
# Rounds that end before the first edit prove nothing; the longer rounds must have had some.
total=$(cat "$tmp"/acked.* 2>/dev/null | wc -l)
[[ $total -gt 0 ]] || { echo "no edit was acknowledged in any round"; exit 1; }
