function __ferry_should_offer_completions_for_flags_or_options -a expected_commands
    set -l non_repeating_flags_or_options $argv[2..]
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __ferry_parse_tokens
    test "$commands" = "$expected_commands"; and return $non_repeating_flags_or_options_absent
end

function __ferry_should_offer_completions_for_positional -a expected_commands positional_index_comparison expected_positional_index
    set -l non_repeating_flags_or_options
    set -l non_repeating_flags_or_options_absent 0
    set -l positional_index 0
    set -l commands
    __ferry_parse_tokens
    test "$commands" = "$expected_commands" -a \( "$positional_index" "$positional_index_comparison" "$expected_positional_index" \)
end

function __ferry_parse_tokens -S
    set -l unparsed_tokens (__ferry_tokens -pc)
    switch $unparsed_tokens[1]
    case 'ferry'
        __ferry_parse_subcommand 0 'version' 'h/help'
        switch $unparsed_tokens[1]
        case 'tui'
            __ferry_parse_subcommand 0 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'theme=' 'version' 'h/help'
        case 'plan'
            __ferry_parse_subcommand -r 1 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'source-region=' 'source-local-zone=' 'source-outpost-arn=' 'to=+' 'name=+' 'description=' 'encrypted' 'no-encrypted' 'kms-key=+' 'tag=+' 'image-tag=+' 'snapshot-tag=+' 'copy-image-tags' 'completion-minutes=' 'client-token=' 'dry-run' 'live' 'zones=' 'outposts=' 'version' 'h/help'
        case 'copy'
            __ferry_parse_subcommand -r 1 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'source-region=' 'source-local-zone=' 'source-outpost-arn=' 'to=+' 'name=+' 'description=' 'encrypted' 'no-encrypted' 'kms-key=+' 'tag=+' 'image-tag=+' 'snapshot-tag=+' 'copy-image-tags' 'completion-minutes=' 'client-token=' 'dry-run' 'wait' 'timeout=' 'print-request' 'version' 'h/help'
        case 'watch'
            __ferry_parse_subcommand -r 1 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'timeout=' 'discover' 'version' 'h/help'
        case 'status'
            __ferry_parse_subcommand -r 1 'all' 'discover' 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'version' 'h/help'
        case 'cancel'
            __ferry_parse_subcommand 1 'y/yes' 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'version' 'h/help'
        case 'list'
            __ferry_parse_subcommand 1 'owners=+' 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'version' 'h/help'
        case 'info'
            __ferry_parse_subcommand 0 'profile=' 'region=' 'endpoint-url=' 'sandbox' 'debug' 'cli-read-timeout=' 'journal-retention=' 'no-color' 'output=' 'version' 'h/help'
        case 'help'
            __ferry_parse_subcommand -r 1 'version'
        end
    end
end

function __ferry_tokens
    if test (string split -m 1 -f 1 -- . "$FISH_VERSION") -gt 3
        commandline --tokens-raw $argv
    else
        commandline -o $argv
    end
end

function __ferry_parse_subcommand -S -a positional_count
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

function __ferry_complete_directories
    set -l token (commandline -t)
    string match -- '*/' $token
    set -l subdirs $token*/
    printf %s\n $subdirs
end

function __ferry_custom_completion
    set -x SAP_SHELL fish
    set -x SAP_SHELL_VERSION $FISH_VERSION
    set -l tokens (__ferry_tokens -p)
    if test -z "$(__ferry_tokens -t)"
        set -l index (count (__ferry_tokens -pc))
        set tokens $tokens[..$index] \'\' $tokens[(math $index + 1)..]
    end
    command $tokens[1] $argv $tokens
end

complete -c 'ferry' -f
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'tui' -d 'Open the interactive copy wizard (the default when no subcommand is given).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'plan' -d 'Check a copy request — offline, or against the account with --live — and show the EC2 calls it becomes.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'copy' -d 'Submit a copy — from a request file or from flags — and optionally wait until it ends.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'watch' -d 'Follow copies in flight until they end (after a disconnect, or a stopped --wait).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'status' -d 'Show the copies in the journal, refreshed from the account.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'cancel' -d 'Stop a copy in flight: deregister the pending AMI, or delete the pending snapshot.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'list' -d 'List images, snapshots, and the places the account can copy to.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'info' -d 'Show ferry\'s files and the profile, Region and endpoint it would use (no secrets).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry" -eq 1' -fa 'help' -d 'Show subcommand help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion tui -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion tui -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" theme' -l 'theme' -d 'The theme: default, light, high-contrast, monochrome, or a file in $XDG_CONFIG_HOME/ferry/themes.' -rfka 'default high-contrast light monochrome'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry tui" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion plan -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion plan -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry plan" -ge 1' -fka '(__ferry_custom_completion ---completion plan -- positional@0 (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" source-region' -l 'source-region' -d 'The Region the source lives in.' -rfka '(__ferry_custom_completion ---completion plan -- --source-region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" source-local-zone' -l 'source-local-zone' -d 'The Local Zone the source lives in (instead of --source-region).' -rfka '(__ferry_custom_completion ---completion plan -- --source-local-zone (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" source-outpost-arn' -l 'source-outpost-arn' -d 'The Outpost the source lives on (instead of --source-region).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'to' -d 'Where the copy goes: a Region, a Local Zone name or id, or an Outpost ARN. Repeat for a fan-out.' -rfka '(__ferry_custom_completion ---completion plan -- --to (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'name' -d 'The new AMI\'s name (images: required): NAME, or PLACE=NAME for one --to (AMI names are unique per Region).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" description' -l 'description' -d 'The new resource\'s description.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" encrypted' -l 'encrypted' -d '--encrypted encrypts the copy (Encrypted=true); --no-encrypted turns that off (Encrypted=false).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" no-encrypted' -l 'no-encrypted' -d '--encrypted encrypts the copy (Encrypted=true); --no-encrypted turns that off (Encrypted=false).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'kms-key' -d 'The KMS key for the copy: KEY for every destination, or PLACE=KEY for one --to. Repeatable.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'tag' -d 'A tag for the new AMI and its snapshots (or the new snapshot).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'image-tag' -d 'A tag for the new AMI only.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan"' -l 'snapshot-tag' -d 'A tag for the new snapshots only.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" copy-image-tags' -l 'copy-image-tags' -d 'Copy the source AMI\'s own tags to the new AMI.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" completion-minutes' -l 'completion-minutes' -d 'A time-based copy finishing within this many minutes (15–2880, steps of 15).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" client-token' -l 'client-token' -d 'The idempotency token (default: generated and kept).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" dry-run' -l 'dry-run' -d 'Ask EC2 only whether the copy would be allowed; nothing is copied.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" live' -l 'live' -d 'Check against the account (the global options choose it), with the TUI\'s preflight; nothing is copied.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" zones' -l 'zones' -d 'The account\'s zones: describe-availability-zones\' JSON or ferry list zones\'.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" outposts' -l 'outposts' -d 'The account\'s Outposts: list-outposts\' JSON or ferry list outposts\'.' -rfa '(for p in (string match -e -- \'*/\' (commandline -t);or printf \n)*.\'json\';printf %s\n $p;end;__fish_complete_directories (commandline -t) \'\')'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry plan" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion copy -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion copy -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry copy" -ge 1' -fka '(__ferry_custom_completion ---completion copy -- positional@0 (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" source-region' -l 'source-region' -d 'The Region the source lives in.' -rfka '(__ferry_custom_completion ---completion copy -- --source-region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" source-local-zone' -l 'source-local-zone' -d 'The Local Zone the source lives in (instead of --source-region).' -rfka '(__ferry_custom_completion ---completion copy -- --source-local-zone (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" source-outpost-arn' -l 'source-outpost-arn' -d 'The Outpost the source lives on (instead of --source-region).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'to' -d 'Where the copy goes: a Region, a Local Zone name or id, or an Outpost ARN. Repeat for a fan-out.' -rfka '(__ferry_custom_completion ---completion copy -- --to (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'name' -d 'The new AMI\'s name (images: required): NAME, or PLACE=NAME for one --to (AMI names are unique per Region).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" description' -l 'description' -d 'The new resource\'s description.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" encrypted' -l 'encrypted' -d '--encrypted encrypts the copy (Encrypted=true); --no-encrypted turns that off (Encrypted=false).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" no-encrypted' -l 'no-encrypted' -d '--encrypted encrypts the copy (Encrypted=true); --no-encrypted turns that off (Encrypted=false).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'kms-key' -d 'The KMS key for the copy: KEY for every destination, or PLACE=KEY for one --to. Repeatable.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'tag' -d 'A tag for the new AMI and its snapshots (or the new snapshot).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'image-tag' -d 'A tag for the new AMI only.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy"' -l 'snapshot-tag' -d 'A tag for the new snapshots only.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" copy-image-tags' -l 'copy-image-tags' -d 'Copy the source AMI\'s own tags to the new AMI.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" completion-minutes' -l 'completion-minutes' -d 'A time-based copy finishing within this many minutes (15–2880, steps of 15).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" client-token' -l 'client-token' -d 'The idempotency token (default: generated and kept).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" dry-run' -l 'dry-run' -d 'Ask EC2 only whether the copy would be allowed; nothing is copied.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" wait' -l 'wait' -d 'Wait until the copy ends, however long it takes (see --timeout).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" timeout' -l 'timeout' -d 'With --wait, give up waiting after this long (e.g. 45s, 90m, 6h).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" print-request' -l 'print-request' -d 'Print the request document as JSON and exit; nothing is sent.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry copy" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry watch" -ge 1' -fka '(__ferry_custom_completion ---completion watch -- positional@0 (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion watch -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion watch -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" timeout' -l 'timeout' -d 'Give up watching after this long (e.g. 45s, 90m, 6h).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" discover' -l 'discover' -d 'Adopt and follow every copy in flight in the account that this journal does not know.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry watch" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry status" -ge 1' -fka '(__ferry_custom_completion ---completion status -- positional@0 (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" all' -l 'all' -d 'Include the copies moved to the journal\'s archive (finished longer ago than the retention).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" discover' -l 'discover' -d 'List the copies in flight in every enabled Region of the account, whoever started them.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion status -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion status -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry status" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry cancel" -eq 1' -fka '(__ferry_custom_completion ---completion cancel -- positional@0 (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" y yes' -s 'y' -l 'yes' -d 'Cancel without asking (required when there is no terminal).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion cancel -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion cancel -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry cancel" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_positional "ferry list" -eq 1' -fka 'images snapshots regions zones outposts'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list"' -l 'owners' -d 'Only images or snapshots of these owners: self, an account id, amazon, aws-marketplace.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion list -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion list -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry list" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" profile' -l 'profile' -d 'Use a named profile from ~/.aws/config and ~/.aws/credentials.' -rfka '(__ferry_custom_completion ---completion info -- --profile (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" region' -l 'region' -d 'The Region to work in (default: AWS_REGION, AWS_DEFAULT_REGION or the profile\'s).' -rfka '(__ferry_custom_completion ---completion info -- --region (count (__ferry_tokens -pc)) (__ferry_tokens -tC))'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" endpoint-url' -l 'endpoint-url' -d 'Send EC2 calls to this URL instead of the Region\'s endpoint.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" sandbox' -l 'sandbox' -d 'Use the built-in simulated account instead of AWS.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" debug' -l 'debug' -d 'Log every AWS request and response (secrets redacted) under $XDG_STATE_HOME/ferry/.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" cli-read-timeout' -l 'cli-read-timeout' -d 'How long one AWS request may wait for its answer, in seconds (default 60; 0 waits for ever), as in the AWS CLI.' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" journal-retention' -l 'journal-retention' -d 'How long finished copies stay in the journal before they move to its archive (default 30d, or [journal] retention in $XDG_CONFIG_HOME/ferry/config).' -rfka ''
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" no-color' -l 'no-color' -d 'Never colour the output (NO_COLOR is honoured too).'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" output' -l 'output' -d 'text (for people), json (for scripts), or jsonl (one JSON object per line: events for copy --wait and watch).' -rfka 'text json jsonl'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" version' -l 'version' -d 'Show the version.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry info" h help' -s 'h' -l 'help' -d 'Show help information.'
complete -c 'ferry' -n '__ferry_should_offer_completions_for_flags_or_options "ferry help" version' -l 'version' -d 'Show the version.'
