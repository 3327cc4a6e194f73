# Shared by the packaging tests: failure reporting, the installed-tree check, and
# readers for what the programs' --help prints. Sourced, not run.

failures=0

die() {
    echo "FAIL: $*" >&2
    exit 1
}

# Records a failure and goes on, so one run reports every problem.
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}

finish() {
    if [ "$failures" -gt 0 ]; then
        echo "$1: $failures check(s) failed" >&2
        exit 1
    fi
    echo "$1: all checks passed"
}

# Everything `cmake --install` and the package put under PREFIX (/usr in the package).
check_installed_tree() {
    local prefix=$1 file
    for file in lightagent-console lightagent-ctl lightagent-licensing-service; do
        [ -x "$prefix/bin/$file" ] || fail "bin/$file is missing or not executable"
    done
    for file in \
        "share/applications/$LIGHTAGENT_APP_ID.desktop" \
        "share/metainfo/$LIGHTAGENT_APP_ID.metainfo.xml" \
        "share/icons/hicolor/scalable/apps/$LIGHTAGENT_APP_ID.svg" \
        share/man/man1/lightagent-console.1 \
        share/man/man1/lightagent-ctl.1 \
        share/man/man1/lightagent-licensing-service.1 \
        share/bash-completion/completions/lightagent-ctl \
        "share/doc/$LIGHTAGENT_PACKAGE_NAME/LICENSE" \
        "share/doc/$LIGHTAGENT_PACKAGE_NAME/THIRD-PARTY-NOTICES" \
        "share/doc/$LIGHTAGENT_PACKAGE_NAME/copyright"; do
        [ -s "$prefix/$file" ] || fail "$file is missing or empty"
    done
    grep -q '<svg' "$prefix/share/icons/hicolor/scalable/apps/$LIGHTAGENT_APP_ID.svg" 2>/dev/null \
        || fail "the icon is not an SVG image"
}

# The value of KEY in a desktop entry's main group.
desktop_key() {
    sed -n "s/^$1=//p" "$2" | head -n 1
}

# The long options a Qt --help text lists ("  -h, --help   ...", "  --data-dir <DIR>").
help_options() {
    grep -oE '^ +(-[A-Za-z0-9], )?--[a-z][a-z0-9-]*' <<<"$1" | grep -oE -- '--[a-z][a-z0-9-]*' | sort -u
}

# The command names in lightagent-ctl --help's "Commands:" section.
help_commands() {
    sed -n '/^Commands:/,/^$/p' <<<"$1" | grep -E '^  [a-z]' | awk '{print $1}' | sort -u
}

# The exit codes in lightagent-ctl --help's "Exit codes:" section.
help_exit_codes() {
    sed -n '/^Exit codes:/,/^$/p' <<<"$1" | grep -oE '^  [0-9]+' | tr -d ' '
}

# A name as troff writes it in a man page: every dash escaped.
troff_dashes() {
    echo "${1//-/\\-}"
}

# What the completion FILE offers for the command line WORDS..., one per line; the
# last word is the one being completed. Uses the function `complete` registered.
complete_words() {
    local file=$1
    shift
    bash -c '
        source "$1" || exit 1
        shift
        function=$(complete -p "$1" 2>/dev/null | sed -nE "s/.* -F ([^ ]+) .*/\1/p")
        [ -n "$function" ] || { echo "no completion registered for $1" >&2; exit 1; }
        COMP_WORDS=("$@")
        COMP_CWORD=$(($# - 1))
        "$function"
        printf "%s\n" "${COMPREPLY[@]}"
    ' completion "$file" "$@"
}
