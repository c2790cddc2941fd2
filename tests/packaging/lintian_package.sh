#!/usr/bin/env bash
# SPDX-License-Identifier: MIT
# Builds the Debian package from a built tree with CPack, as a release is made, and checks it
# against Debian policy with lintian: any error or warning fails, and so does any of lintian's
# hardening tags (even those it only reports as information). The package needs no lintian
# override; one added (usr/share/lintian/overrides/wafershare) says why beside it.
# Usage: lintian_package.sh BUILD_DIR
set -euo pipefail
build=$1

for tool in cpack lintian dpkg-deb readelf; do
  command -v "$tool" >/dev/null || { echo "$tool is missing: run scripts/install-deps" >&2; exit 1; }
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

if ! cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work" >"$work/cpack.log" 2>&1; then
  cat "$work/cpack.log" >&2
  exit 1
fi
debs=("$work"/*.deb)
[[ ${#debs[@]} -eq 1 && -f ${debs[0]} ]] || { echo "cpack made no single .deb" >&2; exit 1; }
deb=${debs[0]}

lintian --display-info "$deb" >"$work/lintian.log" 2>&1 || true
echo "lintian $(lintian --version | awk '{print $2}') on $(basename "$deb"):"
cat "$work/lintian.log"

failed=0
if grep -E '^(E|W): ' "$work/lintian.log" >/dev/null; then
  echo "FAIL: lintian reports errors or warnings" >&2
  failed=1
fi
if grep -E '^[EWI]: [^ ]+: hardening-' "$work/lintian.log" >/dev/null; then
  echo "FAIL: lintian finds the program not hardened" >&2
  failed=1
fi

# The same hardening read from the packaged program itself, so that a lintian that stops
# looking does not pass it unseen.
dpkg-deb -x "$deb" "$work/root"
program=$work/root/usr/bin/wafershare
[[ -x $program ]] || { echo "FAIL: the package has no usr/bin/wafershare" >&2; exit 1; }
# Read into variables first: grep -q stops reading early, which pipefail would count as failure.
header=$(readelf -hW "$program")
segments=$(readelf -lW "$program")
dynamic=$(readelf -dW "$program")
symbols=$(readelf -sW --dyn-syms "$program")
sections=$(readelf -SW "$program")
grep -q 'Type: *DYN' <<<"$header" || { echo "FAIL: not a position-independent executable" >&2; failed=1; }
grep -q 'GNU_RELRO' <<<"$segments" || { echo "FAIL: no RELRO segment" >&2; failed=1; }
grep -Eq 'BIND_NOW|FLAGS.*\bNOW\b' <<<"$dynamic" ||
  { echo "FAIL: symbols are not bound at start-up (-z now)" >&2; failed=1; }
grep -q '__stack_chk_fail' <<<"$symbols" || { echo "FAIL: no stack protector" >&2; failed=1; }
grep -q '__[a-z_]*_chk@' <<<"$symbols" ||
  { echo "FAIL: no fortified libc calls (_FORTIFY_SOURCE)" >&2; failed=1; }
if grep -q '\.debug_info' <<<"$sections"; then
  echo "FAIL: the program is not stripped" >&2
  failed=1
fi
[[ $failed -eq 0 ]] && echo "The packaged program is PIE, with RELRO, BIND_NOW, a stack protector and fortified calls."

exit $failed
