#!/usr/bin/env bash
# packaging/install: `cmake --install` into a scratch prefix must give what an
# administrator and the desktop expect: the three executables, a desktop entry and
# AppStream metadata that the distributions' validators pass without a remark, the
# icon, man pages and bash completion that know every command and option the
# programs themselves list, and the license texts.
#
# Environment (set by tests/packaging/CMakeLists.txt): LIGHTAGENT_BUILD_DIR,
# LIGHTAGENT_VERSION, LIGHTAGENT_APP_ID, LIGHTAGENT_PACKAGE_NAME, CMAKE_COMMAND.
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/checks.sh"

scratch=$(mktemp -d "${TMPDIR:-/tmp}/lightagent-install.XXXXXX")
trap 'rm -rf "$scratch"' EXIT
prefix=$scratch/usr

if ! "$CMAKE_COMMAND" --install "$LIGHTAGENT_BUILD_DIR" --prefix "$prefix" >"$scratch/install.log" 2>&1; then
    cat "$scratch/install.log" >&2
    die "cmake --install failed"
fi

check_installed_tree "$prefix"

desktop=$prefix/share/applications/$LIGHTAGENT_APP_ID.desktop
metainfo=$prefix/share/metainfo/$LIGHTAGENT_APP_ID.metainfo.xml

# The validators must have nothing to say, not even a hint.
report=$(desktop-file-validate "$desktop" 2>&1) || fail "desktop-file-validate refused the desktop entry"
[ -z "$report" ] || fail "desktop-file-validate: $report"
report=$(appstreamcli validate --no-net --pedantic --no-color "$metainfo" 2>&1) \
    || fail "appstreamcli validate refused the metainfo"
if grep -qE '^[[:space:]]*[EWIP]: ' <<<"$report"; then fail "appstreamcli validate: $report"; fi
report=$(appstreamcli validate-tree --no-net --pedantic --no-color "$prefix" 2>&1) \
    || fail "appstreamcli validate-tree refused the installed tree"
if grep -qE '^[[:space:]]*[EWIP]: ' <<<"$report"; then fail "appstreamcli validate-tree: $report"; fi

# The desktop entry, the metainfo and the icon name one another.
[ "$(desktop_key Exec "$desktop")" = lightagent-console ] || fail "Exec is not lightagent-console"
[ -x "$prefix/bin/$(desktop_key TryExec "$desktop")" ] || fail "TryExec names no installed program"
icon=$(desktop_key Icon "$desktop")
[ -f "$prefix/share/icons/hicolor/scalable/apps/$icon.svg" ] || fail "Icon=$icon is not installed"
grep -q "<id>$LIGHTAGENT_APP_ID</id>" "$metainfo" || fail "the metainfo's id is not $LIGHTAGENT_APP_ID"
grep -q "<launchable type=\"desktop-id\">$LIGHTAGENT_APP_ID.desktop</launchable>" "$metainfo" \
    || fail "the metainfo does not launch $LIGHTAGENT_APP_ID.desktop"
newest=$(grep -o '<release version="[^"]*"' "$metainfo" | head -n 1 | cut -d'"' -f2)
[ "$newest" = "$LIGHTAGENT_VERSION" ] \
    || fail "the newest release in the metainfo is '$newest', the project is $LIGHTAGENT_VERSION: write its release notes"
grep -q '<caption>' "$metainfo" || fail "the screenshots have no captions"
if grep -q '@[A-Z_]*@' "$metainfo"; then fail "the metainfo has unreplaced @VARIABLES@"; fi

# Man pages: clean troff, this version, and every command and option --help lists.
for page in lightagent-console lightagent-ctl lightagent-licensing-service; do
    file=$prefix/share/man/man1/$page.1
    warnings=$(LC_ALL=C.UTF-8 groff -man -ww -z -Tutf8 "$file" 2>&1) || fail "groff cannot read $page.1"
    [ -z "$warnings" ] || fail "$page.1: $warnings"
    grep -q "^\.TH .*\"$page $LIGHTAGENT_VERSION\"" "$file" || fail "$page.1 does not name version $LIGHTAGENT_VERSION"
    help=$(QT_QPA_PLATFORM=offscreen "$prefix/bin/$page" --help 2>&1) || fail "$page --help failed"
    for option in $(help_options "$help"); do
        grep -qF -- "$(troff_dashes "$option")" "$file" || fail "$page.1 does not document $option"
    done
done
ctl_help=$("$prefix/bin/lightagent-ctl" --help)
ctl_page=$prefix/share/man/man1/lightagent-ctl.1
commands=$(help_commands "$ctl_help")
[ -n "$commands" ] || fail "lightagent-ctl --help lists no commands"
for command in $commands; do
    grep -qE "^\.B $(troff_dashes "$command" | sed 's/\\/\\\\/g')( |$)" "$ctl_page" || fail "lightagent-ctl.1 does not document the command '$command'"
done
for code in $(help_exit_codes "$ctl_help"); do
    grep -qE "^\.B $code$" "$ctl_page" || fail "lightagent-ctl.1 does not document exit code $code"
done

# Completion: the installed file completes every command and option.
completion=$prefix/share/bash-completion/completions/lightagent-ctl
completed_commands=$(complete_words "$completion" lightagent-ctl "")
completed_options=$(complete_words "$completion" lightagent-ctl --)
for command in $commands; do
    grep -qx -- "$command" <<<"$completed_commands" || fail "completion does not offer the command '$command'"
done
for option in $(help_options "$ctl_help"); do
    grep -qx -- "$option" <<<"$completed_options" || fail "completion does not offer $option"
done

finish "packaging/install"
