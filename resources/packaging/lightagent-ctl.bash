# bash completion for lightagent-ctl                      -*- shell-script -*-
# Installed as share/bash-completion/completions/lightagent-ctl. Keep the commands and
# options true to app/cli/main.cpp; the packaging/install test compares them.

_lightagent_ctl_commands="status key activate journal update check agreement consent help-url
    help-pages config"
_lightagent_ctl_options="--help --version --data-dir --profile --json --lang --on-date --reserve
    --replace --dry-run --force --yes --nagios --prometheus --head"
_lightagent_ctl_languages="en-US ru-RU de-DE fr-FR"

# The sub-commands of a command, if it has any.
_lightagent_ctl_subcommands()
{
    case $1 in
        key) echo "inspect add remove" ;;
        journal) echo "verify export head" ;;
        config) echo "show set" ;;
        update) echo "schedule" ;;
        agreement) echo "show accept withdraw" ;;
        consent) echo "show withdraw" ;;
    esac
}

# The help places, from the program itself (printing them sends nothing).
_lightagent_ctl_help_places()
{
    "$1" help-pages --json 2>/dev/null | sed -n 's/^ *"place": "\([^"]*\)".*/\1/p'
}

_lightagent_ctl()
{
    local cur=${COMP_WORDS[COMP_CWORD]}
    local prev=${COMP_WORDS[COMP_CWORD - 1]}
    COMPREPLY=()

    # Options that take a value complete that value.
    case $prev in
        --data-dir)
            mapfile -t COMPREPLY < <(compgen -d -- "$cur")
            return
            ;;
        --profile)
            mapfile -t COMPREPLY < <(compgen -f -X '!*.json' -- "$cur"; compgen -d -- "$cur")
            compopt -o filenames 2>/dev/null
            return
            ;;
        --on-date)
            mapfile -t COMPREPLY < <(compgen -W "$(date +%F)" -- "$cur")
            return
            ;;
        --lang)
            mapfile -t COMPREPLY < <(compgen -W "$_lightagent_ctl_languages" -- "$cur")
            return
            ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$_lightagent_ctl_options" -- "$cur")
        return
    fi

    # The words so far that are neither options nor option values: command, verb, ...
    local -a words=()
    local i word
    for ((i = 1; i < COMP_CWORD; i++)); do
        word=${COMP_WORDS[i]}
        case $word in
            --data-dir | --profile | --on-date | --lang | --head) ((i++)) ;;
            -*) ;;
            *) words+=("$word") ;;
        esac
    done

    case ${#words[@]} in
        0)
            mapfile -t COMPREPLY < <(compgen -W "$_lightagent_ctl_commands" -- "$cur")
            ;;
        1)
            if [[ ${words[0]} == help-url ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$(_lightagent_ctl_help_places "${COMP_WORDS[0]}")" -- "$cur")
                return
            fi
            local subcommands
            subcommands=$(_lightagent_ctl_subcommands "${words[0]}")
            if [[ -n $subcommands ]]; then
                mapfile -t COMPREPLY < <(compgen -W "$subcommands" -- "$cur")
            fi
            ;;
        2)
            case "${words[0]} ${words[1]}" in
                "key inspect" | "key add")
                    mapfile -t COMPREPLY < <(compgen -f -X '!*.key' -- "$cur"; compgen -d -- "$cur")
                    compopt -o filenames 2>/dev/null
                    ;;
                "key remove")
                    mapfile -t COMPREPLY < <(compgen -W "active reserve" -- "$cur")
                    ;;
                "journal export")
                    mapfile -t COMPREPLY < <(compgen -f -- "$cur")
                    compopt -o filenames 2>/dev/null
                    ;;
                "update schedule")
                    mapfile -t COMPREPLY < <(compgen -W "on off" -- "$cur")
                    ;;
                "consent withdraw")
                    mapfile -t COMPREPLY < <(compgen -W "code-activation data-provision" -- "$cur")
                    ;;
            esac
            ;;
    esac
}

complete -F _lightagent_ctl lightagent-ctl
