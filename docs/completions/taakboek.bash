#!/bin/bash

__taakboek_cursor_index_in_current_word() {
    local remaining="${COMP_LINE}"

    local word
    for word in "${COMP_WORDS[@]::COMP_CWORD}"; do
        remaining="${remaining##*([[:space:]])"${word}"*([[:space:]])}"
    done

    local -ir index="$((COMP_POINT - ${#COMP_LINE} + ${#remaining}))"
    if [[ "${index}" -le 0 ]]; then
        printf 0
    else
        printf %s "${index}"
    fi
}

# positional arguments:
#
# - 1: the current (sub)command's count of positional arguments
#
# required variables:
#
# - repeating_flags: the repeating flags that the current (sub)command can accept
# - non_repeating_flags: the non-repeating flags that the current (sub)command can accept
# - repeating_options: the repeating options that the current (sub)command can accept
# - non_repeating_options: the non-repeating options that the current (sub)command can accept
# - positional_number: value ignored
# - unparsed_words: unparsed words from the current command line
#
# modified variables:
#
# - non_repeating_flags: remove flags for this (sub)command that are already on the command line
# - non_repeating_options: remove options for this (sub)command that are already on the command line
# - positional_number: set to the current positional number
# - unparsed_words: remove all flags, options, and option values for this (sub)command
__taakboek_offer_flags_options() {
    local -ir positional_count="${1}"
    positional_number=0

    local was_flag_option_terminator_seen=false
    local is_parsing_option_value=false

    local -ar unparsed_word_indices=("${!unparsed_words[@]}")
    local -i word_index
    for word_index in "${unparsed_word_indices[@]}"; do
        if "${is_parsing_option_value}"; then
            # This word is an option value:
            # Reset marker for next word iff not currently the last word
            [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]] && is_parsing_option_value=false
            unset "unparsed_words[${word_index}]"
            # Do not process this word as a flag or an option
            continue
        fi

        local word="${unparsed_words["${word_index}"]}"
        if ! "${was_flag_option_terminator_seen}"; then
            case "${word}" in
            --)
                unset "unparsed_words[${word_index}]"
                # by itself -- is a flag/option terminator, but if it is the last word, it is the start of a completion
                if [[ "${word_index}" -ne "${unparsed_word_indices[${#unparsed_word_indices[@]} - 1]}" ]]; then
                    was_flag_option_terminator_seen=true
                fi
                continue
                ;;
            -*)
                # ${word} is a flag or an option
                # If ${word} is an option, mark that the next word to be parsed is an option value
                local option
                for option in "${repeating_options[@]}" "${non_repeating_options[@]}"; do
                    [[ "${word}" = "${option}" ]] && is_parsing_option_value=true && break
                done

                # Remove ${word} from ${non_repeating_flags} or ${non_repeating_options} so it isn't offered again
                local not_found=true
                local -i index
                for index in "${!non_repeating_flags[@]}"; do
                    if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                        unset "non_repeating_flags[${index}]"
                        non_repeating_flags=("${non_repeating_flags[@]}")
                        not_found=false
                        break
                    fi
                done
                if "${not_found}"; then
                    for index in "${!non_repeating_flags[@]}"; do
                        if [[ "${non_repeating_flags[${index}]}" = "${word}" ]]; then
                            unset "non_repeating_flags[${index}]"
                            non_repeating_flags=("${non_repeating_flags[@]}")
                            break
                        fi
                    done
                fi
                unset "unparsed_words[${word_index}]"
                continue
                ;;
            esac
        fi

        # ${word} is neither a flag, nor an option, nor an option value
        if [[ "${positional_number}" -lt "${positional_count}" || "${positional_count}" -lt 0 ]]; then
            # ${word} is a positional
            ((positional_number++))
            unset "unparsed_words[${word_index}]"
        else
            if [[ -z "${word}" ]]; then
                # Could be completing a flag, option, or subcommand
                positional_number=-1
            else
                # ${word} is a subcommand or invalid, so stop processing this (sub)command
                positional_number=-2
            fi
            break
        fi
    done

    unparsed_words=("${unparsed_words[@]}")

    if\
        ! "${was_flag_option_terminator_seen}"\
        && ! "${is_parsing_option_value}"\
        && [[ ("${cur}" = -* && "${positional_number}" -ge 0) || "${positional_number}" -eq -1 ]]
    then
        COMPREPLY+=($(compgen -W "${repeating_flags[*]} ${non_repeating_flags[*]} ${repeating_options[*]} ${non_repeating_options[*]}" -- "${cur}"))
    fi
}

__taakboek_add_completions() {
    local completion
    while IFS='' read -r completion; do
        COMPREPLY+=("${completion}")
    done < <(IFS=$'\n' compgen "${@}" -- "${cur}")
}

__taakboek_custom_complete() {
    if [[ -n "${cur}" || -z ${COMP_WORDS[${COMP_CWORD}]} || "${COMP_LINE:${COMP_POINT}:1}" != ' ' ]]; then
        local -ar words=("${COMP_WORDS[@]}")
    else
        local -ar words=("${COMP_WORDS[@]::${COMP_CWORD}}" '' "${COMP_WORDS[@]:${COMP_CWORD}}")
    fi

    "${COMP_WORDS[0]}" "${@}" "${words[@]}"
}

_taakboek() {
    local state
    state="$(shopt -p;shopt -po)"
    trap "${state//$'\n'/;}" RETURN
    shopt -s extglob
    set +o history +o posix

    local -xr SAP_SHELL=bash
    local -x SAP_SHELL_VERSION
    SAP_SHELL_VERSION="$(IFS='.';printf %s "${BASH_VERSINFO[*]}")"
    local -r SAP_SHELL_VERSION

    local -r cur="${2}"
    local -r prev="${3}"

    local -i positional_number
    local -a unparsed_words=("${COMP_WORDS[@]:1:${COMP_CWORD}}")

    local -a repeating_flags=()
    local -a non_repeating_flags=(--version -h --help)
    local -a repeating_options=()
    local -a non_repeating_options=(-C --lang)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '-C')
        return
        ;;
    '--lang')
        __taakboek_add_completions -W 'nl'$'\n''en'
        return
        ;;
    esac

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    check|init|new|log|show|blame|diff|history|report|letter|index|overview|progress|reconcile|rules|explain|hook|doctor|import|lsp|help)
        # Offer subcommand argument completions
        "_taakboek_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'check init new log show blame diff history report letter index overview progress reconcile rules explain hook doctor import lsp help' -- "${cur}"))
        ;;
    esac
}

_taakboek_check() {
    repeating_flags=()
    non_repeating_flags=(--staged --no-cache --strict --hide-notes --version -h --help)
    repeating_options=()
    non_repeating_options=(--rev --range --base --format)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--rev')
        return
        ;;
    '--range')
        return
        ;;
    '--base')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''sarif'$'\n''github'$'\n''junit'$'\n''gitlab'
        return
        ;;
    esac
}

_taakboek_init() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --cbs-code --provincie --map)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--cbs-code')
        return
        ;;
    '--provincie')
        return
        ;;
    '--map')
        return
        ;;
    esac
}

_taakboek_new() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    placement|period|correction|coa)
        # Offer subcommand argument completions
        "_taakboek_new_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'placement period correction coa' -- "${cur}"))
        ;;
    esac
}

_taakboek_new_placement() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --datum --soort --personen --locatie --uit --bron --naam)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--datum')
        return
        ;;
    '--soort')
        return
        ;;
    '--personen')
        return
        ;;
    '--locatie')
        return
        ;;
    '--uit')
        return
        ;;
    '--bron')
        return
        ;;
    '--naam')
        return
        ;;
    esac
}

_taakboek_new_period() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --taakstelling --achterstand-begin --bron --datum)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--taakstelling')
        return
        ;;
    '--achterstand-begin')
        return
        ;;
    '--bron')
        return
        ;;
    '--datum')
        return
        ;;
    esac
}

_taakboek_new_correction() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --periode --veld --van --naar --reden --bron --datum --naam)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--periode')
        return
        ;;
    '--veld')
        return
        ;;
    '--van')
        return
        ;;
    '--naar')
        return
        ;;
    '--reden')
        return
        ;;
    '--bron')
        return
        ;;
    '--datum')
        return
        ;;
    '--naam')
        return
        ;;
    esac
}

_taakboek_new_coa() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --peildatum --periode --taakstelling --gerealiseerd --nog-te-realiseren --bron)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--peildatum')
        return
        ;;
    '--periode')
        return
        ;;
    '--taakstelling')
        return
        ;;
    '--gerealiseerd')
        return
        ;;
    '--nog-te-realiseren')
        return
        ;;
    '--bron')
        return
        ;;
    esac
}

_taakboek_log() {
    repeating_flags=()
    non_repeating_flags=(--first-parent --follow --version -h --help)
    repeating_options=()
    non_repeating_options=(-n --max-count --since --until --rev --format)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '-n'|'--max-count')
        return
        ;;
    '--since')
        return
        ;;
    '--until')
        return
        ;;
    '--rev')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_show() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--as-of --format)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--as-of')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_blame() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--rev --format)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--rev')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_diff() {
    repeating_flags=()
    non_repeating_flags=(--staged --step-summary --version -h --help)
    repeating_options=()
    non_repeating_options=(--format)
    __taakboek_offer_flags_options -1

    # Offer option value completions
    case "${prev}" in
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_history() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--as-of --gemeente --chart --format)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--as-of')
        return
        ;;
    '--gemeente')
        return
        ;;
    '--chart')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'$'\n''html'
        return
        ;;
    esac
}

_taakboek_report() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--as-of --gemeente --format)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--as-of')
        return
        ;;
    '--gemeente')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'$'\n''html'
        return
        ;;
    esac
}

_taakboek_letter() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    new)
        # Offer subcommand argument completions
        "_taakboek_letter_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'new' -- "${cur}"))
        ;;
    esac
}

_taakboek_letter_new() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --datum --as-of)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--datum')
        return
        ;;
    '--as-of')
        return
        ;;
    esac
}

_taakboek_index() {
    repeating_flags=()
    non_repeating_flags=(--remove --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options -1
}

_taakboek_overview() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--date --province --as-of --format)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--province')
        return
        ;;
    '--as-of')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_progress() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--date --as-of --format)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--as-of')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_reconcile() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--date --as-of --gemeente --format)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--date')
        return
        ;;
    '--as-of')
        return
        ;;
    '--gemeente')
        return
        ;;
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'$'\n''csv'$'\n''markdown'
        return
        ;;
    esac
}

_taakboek_rules() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0
}

_taakboek_explain() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 1
}

_taakboek_hook() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    install)
        # Offer subcommand argument completions
        "_taakboek_hook_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'install' -- "${cur}"))
        ;;
    esac
}

_taakboek_hook_install() {
    repeating_flags=()
    non_repeating_flags=(--chain --version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0
}

_taakboek_doctor() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--format)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--format')
        __taakboek_add_completions -W 'text'$'\n''json'
        return
        ;;
    esac
}

_taakboek_import() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options 0

    # Offer subcommand / subcommand argument completions
    local -r subcommand="${unparsed_words[0]}"
    unset 'unparsed_words[0]'
    unparsed_words=("${unparsed_words[@]}")
    case "${subcommand}" in
    perioden|coa)
        # Offer subcommand argument completions
        "_taakboek_import_${subcommand}"
        ;;
    *)
        # Offer subcommand completions
        COMPREPLY+=($(compgen -W 'perioden coa' -- "${cur}"))
        ;;
    esac
}

_taakboek_import_perioden() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --bron --datum)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--bron')
        return
        ;;
    '--datum')
        return
        ;;
    esac
}

_taakboek_import_coa() {
    repeating_flags=()
    non_repeating_flags=(--dry-run --version -h --help)
    repeating_options=()
    non_repeating_options=(--gemeente --bron --datum)
    __taakboek_offer_flags_options 1

    # Offer option value completions
    case "${prev}" in
    '--gemeente')
        return
        ;;
    '--bron')
        return
        ;;
    '--datum')
        return
        ;;
    esac
}

_taakboek_lsp() {
    repeating_flags=()
    non_repeating_flags=(--version -h --help)
    repeating_options=()
    non_repeating_options=(--log)
    __taakboek_offer_flags_options 0

    # Offer option value completions
    case "${prev}" in
    '--log')
        return
        ;;
    esac
}

_taakboek_help() {
    repeating_flags=()
    non_repeating_flags=(--version)
    repeating_options=()
    non_repeating_options=()
    __taakboek_offer_flags_options -1
}

complete -o filenames -F _taakboek taakboek
