#!/usr/bin/env bash
# Starts ferry in a tmux pane for the terminal tests (scripts/lib/tmux.sh's run_ferry):
#
#   tmux-run.sh DIR COMMAND...
#
# records the pane's `stty -g` in DIR/stty.before and this process's pid in DIR/pid, then execs
# COMMAND: the shell's job is ferry itself, as when an operator types `ferry`, so Ctrl-Z stops it
# (no wrapper that stops first and hands the terminal back while ferry is still drawing) and
# signals sent to the pid reach it. run_ferry's command line records DIR/stty.after afterwards.
dir=$1
shift
stty -g >"$dir/stty.before"
echo $$ >"$dir/pid"
exec "$@"
