function __taakboek_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __taakboek_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __taakboek_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __taakboek_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __taakboek_parse_tokens -S
    set -l unparsed_tokens (__taakboek_tokens -pc)
    switch $unparsed_tokens[1]
    case 'taakboek'
        __taakboek_parse_subcommand 0 'C=' 'lang=' 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'check'
            __taakboek_parse_subcommand 0 'staged' 'rev=' 'range=' 'base=' 'no-cache' 'strict' 'hide-notes' 'format=' 'version' 'h/help'
        case 'init'
            __taakboek_parse_subcommand 0 'gemeente=' 'cbs-code=' 'provincie=' 'map=' 'version' 'h/help'
        case 'new'
            __taakboek_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'placement'
                __taakboek_parse_subcommand 0 'gemeente=' 'datum=' 'soort=' 'personen=' 'locatie=' 'uit=' 'bron=' 'naam=' 'version' 'h/help'
            case 'period'
                __taakboek_parse_subcommand 1 'gemeente=' 'taakstelling=' 'achterstand-begin=' 'bron=' 'datum=' 'version' 'h/help'
            case 'correction'
                __taakboek_parse_subcommand 0 'gemeente=' 'periode=' 'veld=' 'van=' 'naar=' 'reden=' 'bron=' 'datum=' 'naam=' 'version' 'h/help'
            case 'coa'
                __taakboek_parse_subcommand 0 'gemeente=' 'peildatum=' 'periode=' 'taakstelling=' 'gerealiseerd=' 'nog-te-realiseren=' 'bron=' 'version' 'h/help'
            end
        case 'log'
            __taakboek_parse_subcommand 1 'n/max-count=' 'since=' 'until=' 'first-parent' 'follow' 'rev=' 'format=' 'version' 'h/help'
        case 'show'
            __taakboek_parse_subcommand 1 'as-of=' 'format=' 'version' 'h/help'
        case 'blame'
            __taakboek_parse_subcommand 1 'rev=' 'format=' 'version' 'h/help'
        case 'diff'
            __taakboek_parse_subcommand -r 1 'staged' 'format=' 'step-summary' 'version' 'h/help'
        case 'history'
            __taakboek_parse_subcommand 0 'as-of=' 'gemeente=' 'chart=' 'format=' 'version' 'h/help'
        case 'report'
            __taakboek_parse_subcommand 1 'as-of=' 'gemeente=' 'format=' 'version' 'h/help'
        case 'letter'
            __taakboek_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'new'
                __taakboek_parse_subcommand 1 'gemeente=' 'datum=' 'as-of=' 'version' 'h/help'
            end
        case 'index'
            __taakboek_parse_subcommand -r 1 'remove' 'version' 'h/help'
        case 'overview'
            __taakboek_parse_subcommand 0 'date=' 'province=' 'as-of=' 'format=' 'version' 'h/help'
        case 'progress'
            __taakboek_parse_subcommand 0 'date=' 'as-of=' 'format=' 'version' 'h/help'
        case 'reconcile'
            __taakboek_parse_subcommand 1 'date=' 'as-of=' 'gemeente=' 'format=' 'version' 'h/help'
        case 'rules'
            __taakboek_parse_subcommand 0 'version' 'h/help'
        case 'explain'
            __taakboek_parse_subcommand 1 'version' 'h/help'
        case 'hook'
            __taakboek_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'install'
                __taakboek_parse_subcommand 0 'chain' 'version' 'h/help'
            end
        case 'doctor'
            __taakboek_parse_subcommand 0 'format=' 'version' 'h/help'
        case 'import'
            __taakboek_parse_subcommand 0 'version' 'h/help'
            switch $unparsed_tokens[1]
            case 'perioden'
                __taakboek_parse_subcommand 1 'gemeente=' 'bron=' 'dry-run' 'datum=' 'version' 'h/help'
            case 'coa'
                __taakboek_parse_subcommand 1 'gemeente=' 'bron=' 'dry-run' 'datum=' 'version' 'h/help'
            end
        case 'lsp'
            __taakboek_parse_subcommand 0 'log=' 'version' 'h/help'
        case 'help'
            __taakboek_parse_subcommand -r 1 'version'
        end
    end
end

function __taakboek_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __taakboek_parse_subcommand -S -a positional_count
    argparse -s r -- $argv
    set -l option_specs $argv[2..]
    set -l is_repeating_positional $_flag_r
    set -el _flag_r
    set -a commands $unparsed_tokens[1]
    set positional_index 0
    while true
        set -e unparsed_tokens[1]
        argparse -sn "$commands" $option_specs -- $unparsed_tokens 2> /dev/null
        set unparsed_tokens $argv
        set positional_index (math $positional_index + 1)
        for non_repeating_flag_or_option in $non_repeating_flags_or_options
            if set -ql "_flag_$(string replace -a - _ -- $non_repeating_flag_or_option)"
                set non_repeating_flags_or_options_absent 1
                break
            end
        end
        test (count $unparsed_tokens) -eq 0 -o \( -z "$is_repeating_positional" -a "$positional_index" -gt "$positional_count" \) && break
    end
end

function __taakboek_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __taakboek_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__taakboek_tokens -p)
    if test -z "$(__taakboek_tokens -t)"
        set -l index (count (__taakboek_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'taakboek' -f
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek" C' -s 'C' -d 'Werk in de repository in <map> (zoals git -C).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek" lang' -l 'lang' -d 'Taal van de uitvoer: nl of en.' -rfka 'nl en'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'check' -d 'Controleert alle records: schema\'s, rekenregels, aansluiting, telling, correcties, brieven en privacy.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'init' -d 'Maakt van deze map een records-repository: gemeente.yaml, schema\'s, pre-commit-hook, CI-workflow en README.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'new' -d 'Schrijft een nieuw record met de juiste naam, op de juiste plek, met uitleg bij elk veld.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'log' -d 'Toont elke versie van één record, nieuwste eerst, met wat er per veld veranderde.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'show' -d 'Toont een record zoals het was in een revisie of op een datum.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'blame' -d 'Toont per veld van een record welke commit de huidige waarde zette, door wie, wanneer en waarom.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'diff' -d 'Toont wat er inhoudelijk veranderd is in de records: perioden, cijfers, plaatsingen, correcties en brieven.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'history' -d 'Toont de cijfers van elke periode over de hele reeks: achterstand begin, taakstelling, opgave, gehuisvest, achterstand eind.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'report' -d 'Toont de tabel en de zinnen van een raadsinformatiebrief over één periode: achterstand begin, taakstelling, totaal, gehuisvest, achterstand eind.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'letter' -d 'Raadsinformatiebrieven als records.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'index' -d 'Maakt of vult de wijzigingsindex, die log, blame en diff over een lange geschiedenis snel maakt.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'overview' -d 'Toont per gemeente de stand op een peildatum: achterstand, taakstelling en opgave van de periode die dan begint.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'progress' -d 'Toont per gemeente de voortgang in de open periode: opgave, gehuisvest volgens de plaatsingen, resterend en nodig per maand.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'reconcile' -d 'Zet de cijfers van het COA (records/<gemeente>/coa/) naast de records: taakstelling, gerealiseerd en nog te realiseren, met de plaatsingen aan weerszijden van de peildatum en wat te controleren.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'rules' -d 'Toont alle regels met hun id, ernst en omschrijving.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'explain' -d 'Legt één regel uit, met voorbeelden.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'hook' -d 'Beheert de pre-commit-hook.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'doctor' -d 'Controleert de inrichting van deze kloon en zegt per punt wat in orde is of wat te doen.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'import' -d 'Leest cijfers uit een spreadsheet (.csv of .xlsx) en schrijft per rij een record.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'lsp' -d 'Taalserver (Language Server Protocol 3.17) voor editors: elke regel live bij het typen.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" staged' -l 'staged' -d 'Controleer de index (wat wordt vastgelegd), niet de werkmap; basis standaard HEAD.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" rev' -l 'rev' -d 'Controleer de records in deze revisie.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" range' -l 'range' -d 'Controleer elke commit van a..b en noem per bevinding de eerste commit.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" base' -l 'base' -d 'Vergelijk met deze eerdere stand (afgesloten perioden, verwijderde records).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" no-cache' -l 'no-cache' -d 'Gebruik de analysecache in de git-map niet (alleen voor metingen en foutzoeken).'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" strict' -l 'strict' -d 'Waarschuwingen laten de controle ook mislukken (exit-status 1).'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" hide-notes' -l 'hide-notes' -d 'Laat opmerkingen (overgeslagen regels) weg uit de uitvoer.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" format' -l 'format' -d 'Uitvoer: text, json, sarif, github, junit of gitlab.' -rfka 'text json sarif github junit gitlab'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek check" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" gemeente' -l 'gemeente' -d 'Officiële naam van de gemeente, bijvoorbeeld "Aa en Hunze".' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" cbs-code' -l 'cbs-code' -d 'CBS-gemeentecode: GM en vier cijfers, bijvoorbeeld GM1680.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" provincie' -l 'provincie' -d 'De provincie, bijvoorbeeld Drenthe.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" map' -l 'map' -d 'De map onder records/ (standaard afgeleid van de naam).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek init" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek new" -eq 1' -fa 'placement' -d 'Schrijft een nieuwe plaatsing in plaatsingen/<periode>/ van het halfjaar van haar datum.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek new" -eq 1' -fa 'period' -d 'Schrijft een nieuw halfjaar in perioden/, standaard het halfjaar na het laatste.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek new" -eq 1' -fa 'correction' -d 'Schrijft een nieuwe correctie van een cijfer van een halfjaar in correcties/.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek new" -eq 1' -fa 'coa' -d 'Schrijft de cijfers van het COA van één maand (taakstelling, gerealiseerd, nog te realiseren) in coa/<peildatum>.yaml.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/); standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" datum' -l 'datum' -d 'Datum van de huisvesting: JJJJ-MM-DD, of JJJJ-MM als de dag niet bekend is; standaard vandaag.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" soort' -l 'soort' -d 'Soort plaatsing uit schemas/soorten.yaml, bijvoorbeeld regulier of har.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" personen' -l 'personen' -d 'Aantal gehuisveste personen.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" locatie' -l 'locatie' -d 'Gebouw of gebied (nooit het adres van een persoon).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" uit' -l 'uit' -d 'Bij doorstroom: de verlaten plaatsing, bijvoorbeeld 2024-II/vredestein.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" bron' -l 'bron' -d 'Waar dit gegeven vandaan komt.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" naam' -l 'naam' -d 'Bestandsnaam zonder .yaml, bijvoorbeeld de-brink.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new placement" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/); standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" taakstelling' -l 'taakstelling' -d 'Taakstelling van het halfjaar, in personen.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" achterstand-begin' -l 'achterstand-begin' -d 'Achterstand aan het begin (of onbekend); standaard achterstand_eind van het vorige halfjaar.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" bron' -l 'bron' -d 'Waar de cijfers vandaan komen.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" datum' -l 'datum' -d 'Vandaag (JJJJ-MM-DD); bepaalt het halfjaar als er nog geen is. Standaard de echte datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new period" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/); standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" periode' -l 'periode' -d 'Het halfjaar waarvan een cijfer verandert, bijvoorbeeld 2024-II.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" veld' -l 'veld' -d 'Het cijfer: achterstand_begin, taakstelling, totaal, gehuisvest of achterstand_eind.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" van' -l 'van' -d 'De oude waarde (standaard de huidige in het halfjaar).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" naar' -l 'naar' -d 'De nieuwe waarde (of onbekend).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" reden' -l 'reden' -d 'Waarom het cijfer verandert.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" bron' -l 'bron' -d 'Het stuk waarop de correctie berust.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" datum' -l 'datum' -d 'Datum van de correctie; standaard vandaag.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" naam' -l 'naam' -d 'Bestandsnaam zonder .yaml.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new correction" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/); standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" peildatum' -l 'peildatum' -d 'De datum van het overzicht: de eerste van een maand.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" periode' -l 'periode' -d 'Het halfjaar waarover het overzicht gaat, bijvoorbeeld 2025-I.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" taakstelling' -l 'taakstelling' -d 'Taakstelling volgens het COA (gecorrigeerd).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" gerealiseerd' -l 'gerealiseerd' -d 'Gerealiseerd volgens het COA.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" nog-te-realiseren' -l 'nog-te-realiseren' -d 'Nog te realiseren volgens het COA.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" bron' -l 'bron' -d 'Waar de cijfers vandaan komen.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek new coa" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" max-count n' -s 'n' -l 'max-count' -d 'Hoogstens zoveel versies.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" since' -l 'since' -d 'Alleen commits op of na deze datum (JJJJ-MM-DD).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" until' -l 'until' -d 'Alleen commits op of voor deze datum (JJJJ-MM-DD).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" first-parent' -l 'first-parent' -d 'Volg alleen de eerste ouder van samenvoegingen.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" follow' -l 'follow' -d 'Volg een hernoemd record in de geschiedenis van zijn oude naam.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" rev' -l 'rev' -d 'Begin bij deze revisie in plaats van HEAD.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek log" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek show" as-of' -l 'as-of' -d 'Een revisie of datum (JJJJ-MM-DD).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek show" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek show" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek show" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek blame" rev' -l 'rev' -d 'Zoals het record in deze revisie of op deze datum is.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek blame" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek blame" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek blame" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek diff" staged' -l 'staged' -d 'Vergelijk HEAD met de index (wat wordt vastgelegd).'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek diff" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek diff" step-summary' -l 'step-summary' -d 'Voeg de Markdown-samenvatting (met de controle) ook toe aan het bestand in GITHUB_STEP_SUMMARY (GitHub Actions).'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek diff" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek diff" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" gemeente' -l 'gemeente' -d 'Alleen deze gemeente (haar map onder records/).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" chart' -l 'chart' -d 'Schrijf ook een SVG-grafiek van de reeks naar dit bestand (de map moet al bestaan).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" format' -l 'format' -d 'Uitvoer: text, json, csv, markdown of html.' -rfka 'text json csv markdown html'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek history" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek report" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek report" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek report" format' -l 'format' -d 'Uitvoer: text, json, csv, markdown of html.' -rfka 'text json csv markdown html'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek report" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek report" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek letter" -eq 1' -fa 'new' -d 'Schrijft een nieuwe brief in records/<gemeente>/brieven/ met de cijfers en de tabel uit de records.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter new" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter new" datum' -l 'datum' -d 'Datum van de brief (JJJJ-MM-DD, JJJJ-MM of JJJJ); standaard de dag van --as-of, anders vandaag.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter new" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter new" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek letter new" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek index" remove' -l 'remove' -d 'Verwijder de index in plaats van hem te vullen.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek index" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek index" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" date' -l 'date' -d 'De peildatum: 1 januari of 1 juli.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" province' -l 'province' -d 'Alleen de gemeenten van deze provincie.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek overview" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek progress" date' -l 'date' -d 'De datum die telt (standaard de dag van --as-of, anders vandaag).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek progress" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek progress" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek progress" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek progress" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" date' -l 'date' -d 'De laatste COA-stand op of vóór deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" as-of' -l 'as-of' -d 'De records zoals ze stonden in deze revisie of op deze datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/).' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" format' -l 'format' -d 'Uitvoer: text, json, csv of markdown.' -rfka 'text json csv markdown'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek reconcile" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek rules" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek rules" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek explain" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek explain" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek hook" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek hook" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek hook" -eq 1' -fa 'install' -d 'Installeert de pre-commit-hook die `taakboek check --staged` draait voor elke commit.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek hook install" chain' -l 'chain' -d 'Bewaar een bestaande hook van iemand anders en laat die eerst draaien.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek hook install" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek hook install" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek doctor" format' -l 'format' -d 'Uitvoer: text of json.' -rfka 'text json'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek doctor" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek doctor" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek import" -eq 1' -fa 'perioden' -d 'Schrijft perioden/<periode>.yaml voor elke rij van een historietabel.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_positional "taakboek import" -eq 1' -fa 'coa' -d 'Schrijft coa/<peildatum>.yaml voor elke rij van het maandoverzicht van het COA.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/) als de spreadsheet geen kolom gemeente heeft; standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" bron' -l 'bron' -d 'De bron in elk record; standaard de kolom bron, anders \'Geïmporteerd uit <bestand>, rij <n>\'.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" dry-run' -l 'dry-run' -d 'Laat zien wat er geschreven zou worden, zonder iets te schrijven.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" datum' -l 'datum' -d 'Vandaag (JJJJ-MM-DD); een halfjaar dat daarvoor is geëindigd kan afgesloten zijn. Standaard de echte datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import perioden" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" gemeente' -l 'gemeente' -d 'De gemeente (haar map onder records/) als de spreadsheet geen kolom gemeente heeft; standaard de enige.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" bron' -l 'bron' -d 'De bron in elk record; standaard de kolom bron, anders \'Geïmporteerd uit <bestand>, rij <n>\'.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" dry-run' -l 'dry-run' -d 'Laat zien wat er geschreven zou worden, zonder iets te schrijven.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" datum' -l 'datum' -d 'Vandaag (JJJJ-MM-DD); een halfjaar dat daarvoor is geëindigd kan afgesloten zijn. Standaard de echte datum.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek import coa" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek lsp" log' -l 'log' -d 'Schrijf het log van de server ook naar <bestand>.' -rfka ''
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek lsp" version' -l 'version' -d 'Show the version.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek lsp" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'taakboek' -n '__taakboek_should_offer_completions_for_flags_or_options "taakboek help" version' -l 'version' -d 'Show the version.'
