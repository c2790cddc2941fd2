#!/usr/bin/env bash
# Prints the report through the system's print service to a cups-pdf queue and checks that the
# printed PDF has as many pages as the exported one, with ink on its first page.
# Usage: print_through_cups.sh WAFERSHARE. Exit 77 (skipped) without root or CUPS.
set -u
bin=$1
[[ $(id -u) -eq 0 ]] || { echo "skipped: printing to a new CUPS queue needs root"; exit 77; }
command -v cupsd >/dev/null && command -v lpadmin >/dev/null || { echo "skipped: CUPS is not installed"; exit 77; }
[[ -f /etc/cups/cups-pdf.conf ]] || { echo "skipped: printer-driver-cups-pdf is not installed"; exit 77; }

tmp=$(mktemp -d)
started=
cleanup() {
  lpadmin -x WSTEST 2>/dev/null
  [[ -n $started ]] && kill "$started" 2>/dev/null
  rm -rf "$tmp"
}
trap cleanup EXIT
if ! lpstat -r 2>/dev/null | grep -q "is running"; then
  /usr/sbin/cupsd -f >"$tmp/cupsd.log" 2>&1 & started=$!
  for _ in $(seq 1 50); do lpstat -r 2>/dev/null | grep -q "is running" && break; sleep 0.2; done
fi
lpadmin -p WSTEST -v cups-pdf:/ -m lsb/usr/cups-pdf/CUPS-PDF_opt.ppd -E || { echo "FAIL: could not add a cups-pdf queue"; exit 1; }

out=$(awk '/^Out /{print $2}' /etc/cups/cups-pdf.conf | sed "s#\${HOME}#$HOME#")
out=${out:-$HOME/PDF}
mkdir -p "$out"
before=$(ls "$out" | wc -l)
export QT_QPA_PLATFORM=offscreen
"$bin" report --db "$tmp/w.sqlite" --out "$tmp/r.pdf" --title "Print test" >/dev/null || { echo "FAIL: export"; exit 1; }
"$bin" report --db "$tmp/w.sqlite" --print WSTEST --title "Print test" >/dev/null || { echo "FAIL: --print"; exit 1; }
# The command returns when the print service has done the job: the printed PDF is there, whole.
printed=$(ls -t "$out"/*.pdf 2>/dev/null | head -n 1)
[[ -n $printed && $(ls "$out" | wc -l) -gt $before ]] || { echo "FAIL: --print returned before the job was printed"; exit 1; }
pdfinfo "$printed" >/dev/null 2>&1 || { echo "FAIL: --print returned while the printed PDF was still being written"; exit 1; }
for _ in $(seq 1 120); do [[ $(ls "$out" | wc -l) -gt $before ]] && break; sleep 0.5; done
printed=$(ls -t "$out"/*.pdf 2>/dev/null | head -n 1)
[[ -n $printed && $(ls "$out" | wc -l) -gt $before ]] || { echo "FAIL: no printed PDF in $out"; exit 1; }
# cups-pdf creates the file when Ghostscript starts writing it, seconds before the end on a
# busy machine: wait until the PDF is whole (its trailer written).
for _ in $(seq 1 120); do pdfinfo "$printed" >/dev/null 2>&1 && break; sleep 0.5; done
exported=$(pdfinfo "$tmp/r.pdf" | awk '/^Pages:/{print $2}')
got=$(pdfinfo "$printed" | awk '/^Pages:/{print $2}')
[[ $exported == "$got" ]] || { echo "FAIL: printed $got pages, exported $exported"; exit 1; }
# cups-pdf goes through PostScript, so its text cannot be extracted: look at the ink instead.
pdftoppm -png -r 30 -f 1 -l 1 "$printed" "$tmp/page" || { echo "FAIL: printed PDF does not render"; exit 1; }
colours=$(identify -format "%k" "$tmp"/page*.png | head -n 1)
[[ $colours -ge 8 ]] || { echo "FAIL: printed first page is blank ($colours colours)"; exit 1; }
rm -f "$printed"
echo "printed through CUPS: $got pages, as exported"
