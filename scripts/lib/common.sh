# Shared by scripts/test and scripts/demo: install what is missing, configure, build.
# Sourced, not run.

LIGHTAGENT_ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
LIGHTAGENT_BUILD="${LIGHTAGENT_BUILD:-$LIGHTAGENT_ROOT/build}"

# Debian 12 packages the build, the tests and the demo need.
LIGHTAGENT_PACKAGES=(
    g++ cmake ninja-build ccache pkg-config openssl libssl-dev libgl-dev
    qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n libqt6sql6-sqlite libsqlite3-dev libfontconfig-dev qt6-qpa-plugins
    qt6-httpserver-dev qt6-websockets-dev
    libqt6svg6 qt6-svg-dev dpkg-dev desktop-file-utils appstream groff-base
    python3 python3-prometheus-client
)

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

ensure_packages() {
    local missing=()
    for pkg in "${LIGHTAGENT_PACKAGES[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' \
            || missing+=("$pkg")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    log "Installing missing Debian packages: ${missing[*]}"
    local sudo=()
    [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        "${missing[@]}" >/dev/null
}

# ccache shared by every checkout of the project on this machine: paths relative to the
# checkout, and the build directory left out of the hash (it would otherwise differ per
# clone because of -g), so a fresh clone in another folder builds from the cache.
use_ccache() {
    export CCACHE_BASEDIR="$LIGHTAGENT_ROOT"
    export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
    export CCACHE_NOHASHDIR=1
}

configure_and_build() {
    use_ccache
    if [ ! -f "$LIGHTAGENT_BUILD/build.ninja" ]; then
        log "Configuring in $LIGHTAGENT_BUILD"
        cmake -S "$LIGHTAGENT_ROOT" -B "$LIGHTAGENT_BUILD" -G Ninja \
            -DCMAKE_BUILD_TYPE=RelWithDebInfo -DLIGHTAGENT_WERROR=ON >/dev/null
    fi
    log "Building"
    cmake --build "$LIGHTAGENT_BUILD" -j "$(nproc)" "$@"
}
