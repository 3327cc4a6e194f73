#!/usr/bin/env bash
# packaging/deb: `cpack -G DEB` packs this build tree (it builds nothing) into a
# scratch directory; the package must say what it is, depend on the libraries its
# executables load (dpkg-shlibdeps) and on the Qt plugins they load at run time, and
# its lightagent-ctl, unpacked into a scratch root, must run against the system's Qt.
#
# Environment (set by tests/packaging/CMakeLists.txt): LIGHTAGENT_BUILD_DIR,
# LIGHTAGENT_VERSION, LIGHTAGENT_APP_ID, LIGHTAGENT_PACKAGE_NAME, CPACK_COMMAND.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/lightagent-deb.XXXXXX")
trap 'rm -rf "$scratch"' EXIT

# -B keeps the package and cpack's staging tree out of the build tree.
if ! (cd "$LIGHTAGENT_BUILD_DIR" && "$CPACK_COMMAND" -G DEB -B "$scratch/out" \
        --config "$LIGHTAGENT_BUILD_DIR/CPackConfig.cmake") >"$scratch/cpack.log" 2>&1; then
    cat "$scratch/cpack.log" >&2
    die "cpack -G DEB failed"
fi
shopt -s nullglob
debs=("$scratch/out"/*.deb)
[ ${#debs[@]} -eq 1 ] || die "cpack made ${#debs[@]} .deb files, not one"
deb=${debs[0]}
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# The control fields.
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = "$LIGHTAGENT_PACKAGE_NAME" ] || fail "Package is '$(field Package)'"
[ "$(field Version)" = "$LIGHTAGENT_VERSION" ] || fail "Version is '$(field Version)'"
[ "$(field Architecture)" = "$(dpkg --print-architecture)" ] || fail "Architecture is '$(field Architecture)'"
[ "$(field Section)" = admin ] || fail "Section is '$(field Section)', not admin"
maintainer_form='^[^<]+ <[^@>]+@[^>]+>$'
[[ $(field Maintainer) =~ $maintainer_form ]] || fail "Maintainer is not 'Name <address>'"
[ -n "$(field Description)" ] || fail "the package has no Description"
depends=$(field Depends)
echo "Depends: $depends"
# The package names alone, one a line: "libc6 (>= 2.34), a | b" gives libc6, a, b.
depended=$(tr ',|' '\n' <<<"$depends" | sed -E 's/\(.*\)//; s/:any//' | tr -d ' ' | grep .)
# From dpkg-shlibdeps (the linked libraries) and by hand (the run-time plugins).
for needed in libc6 libstdc++6 libssl3 libqt6core6 libqt6gui6 libqt6widgets6 libqt6network6 \
    libqt6sql6 libqt6httpserver6 libqt6sql6-sqlite qt6-qpa-plugins; do
    grep -qxF "$needed" <<<"$depended" || fail "Depends does not name $needed"
done
# The icons are rendered at build time: nothing installed loads an SVG.
! grep -qxF libqt6svg6 <<<"$depended" || fail "Depends names libqt6svg6, which nothing loads" 
# Every package it depends on exists under that name: this machine has them all.
for name in $depended; do
    dpkg-query -W -f='${Status}' "$name" 2>/dev/null | grep -q 'install ok installed' \
        || fail "Depends names $name, which is not an installed package here"
done

# The contents: owned by root, no build-tree paths, the same tree as `cmake --install`.
owners=$(dpkg-deb -c "$deb" | awk '{print $2}' | sort -u)
[ "$owners" = root/root ] || fail "the package's files are owned by $owners, not root/root"
root=$scratch/root
dpkg-deb -x "$deb" "$root"
check_installed_tree "$root/usr"
for program in lightagent-console lightagent-ctl lightagent-licensing-service; do
    if readelf -d "$root/usr/bin/$program" | grep -qE 'RPATH|RUNPATH'; then
        fail "$program carries an RPATH: $(readelf -d "$root/usr/bin/$program" | grep -E "RPATH|RUNPATH")"
    fi
done

# The unpacked lightagent-ctl runs against the system's Qt and OpenSSL.
ctl=$root/usr/bin/lightagent-ctl
version=$(env -u LD_LIBRARY_PATH "$ctl" --version) || fail "lightagent-ctl --version failed"
[[ $version == "lightagent-ctl $LIGHTAGENT_VERSION "* ]] || fail "lightagent-ctl --version says '$version'"
status=$(env -u LD_LIBRARY_PATH "$ctl" status --json --data-dir "$scratch/data") \
    || fail "lightagent-ctl status --json failed: $status"
grep -qF "\"dataDir\": \"$scratch/data\"" <<<"$status" || fail "status --json does not name its data directory: $status"
grep -qF '"profile": {' <<<"$status" || fail "status --json does not describe the vendor profile: $status"
[ -f "$scratch/data/state.sqlite" ] || fail "status did not create the state database"

finish "packaging/deb"
