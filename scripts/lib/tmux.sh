# Shared by the terminal tests in tmux (scripts/tui-tests, scripts/tui-tests-hostile): the ferry
# binary, a temporary state directory, one tmux session at a time, screen checks and the count of
# checks. Sourced, not run; sources setup.sh itself.
#
#   tui_setup                  installs tmux/ncurses when missing, builds ferry (debug), sets bin,
#                              state and session, and removes both on exit
#   start_session W H CMD      a fresh session of W×H running CMD (the previous one is killed)
#   start_shell W H            a fresh session running an interactive bash with the prompt "$ "
#   run_ferry DIR COMMAND...   types, in that shell, a line that runs COMMAND (env ... ferry ...)
#                              through scripts/lib/tmux-run.sh: DIR/pid, DIR/stty.before, then
#                              "ferry exited N" on screen and DIR/stty.after when it ends
#   screen, screen_colours     the pane as text, and with its escapes (capture-pane -e)
#   expect_screen WHAT TEXT [SECONDS]   a check: TEXT shows within SECONDS (default 10)
#   wait_screen WHAT TEXT [SECONDS]     the same, but only a failure counts (for getting somewhere)
#   keys KEY...                tmux send-keys, then 0.2 s so ferry has read them before a signal
#                              or a resize (Ctrl-C flushes keys the terminal still holds)
#   send KEY...; type_text TEXT         tmux send-keys (-l for text) without waiting
#   check WHAT COMMAND...      a check: passes when COMMAND succeeds
#   pass WHAT; fail WHAT [DETAIL]; tui_summary (prints "N passed, M failed", fails when M > 0)

source "$(dirname "${BASH_SOURCE[0]}")/setup.sh"

# Every tmux call of a run (subshells too) goes to a server of its own, its socket in a private
# TMUX_TMPDIR, so runs side by side — two developers, or CI beside a developer's shell — never share a
# server: one run's last session ending would stop it under the other ("server exited unexpectedly").
TMUX_TMPDIR=$(mktemp -d /tmp/ferry-tmux.XXXXXX)
export TMUX_TMPDIR

passed=0
failed=0

tui_setup() {
  ensure_build_deps
  ensure_tmux
  swift build --product ferry 2>&1 | tail -1 >&2
  bin="$(swift build --show-bin-path)/ferry"
  runner="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)/tmux-run.sh"
  state=$(mktemp -d)
  session="ferry-tui-$$"
  trap tui_cleanup EXIT
  # A step that is not a check but fails (a tmux call, a signal to a ferry that is gone) stops the
  # script under `set -e`: say where, show the pane, and still print the count, so the summary of
  # scripts/test (and CI's tail) names the step instead of "the script did not finish".
  set -E
  trap 'tui_stopped "${BASH_SOURCE[0]##*/}:$LINENO" "$BASH_COMMAND"' ERR
  # A session that outlives the tests' own: killing the last session stops a tmux server, and a
  # `new-session` right after a `kill-session` could then reach the server as it exits ("server exited
  # unexpectedly"). Every target is exact ("=NAME:"): tmux otherwise takes a name as a prefix, and
  # `kill-session -t ferry-tui-1` after that session ended killed ferry-tui-1-keeper instead.
  tmux new-session -d -s "$session-keeper" "sleep 86400"
}

# Kills this run's sessions (scripts that run several at once name them "$session-…").
tui_cleanup() {
  trap - ERR
  local name
  for name in $(tmux list-sessions -F '#{session_name}' 2>/dev/null | grep -E "^$session(-|\$)"); do
    tmux kill-session -t "=$name" 2>/dev/null || true
  done
  tmux kill-server 2>/dev/null || true
  rm -rf "$state" "$TMUX_TMPDIR"
}

pass() { passed=$((passed + 1)); echo "ok - $1"; }

fail() {
  failed=$((failed + 1)); echo "not ok - $1"
  [[ -n "${2:-}" ]] && printf '%s\n' "$2" | sed 's/^/    # /'
  screen | sed 's/^/    | /'
  return 0
}

check() {
  local what=$1; shift
  if "$@"; then pass "$what"; else fail "$what"; fi
}

screen() { tmux capture-pane -p -t "=$session:" 2>/dev/null || true; }
screen_colours() { tmux capture-pane -e -p -t "=$session:" 2>/dev/null || true; }

# Polls the pane every 50 ms for TEXT; returns 1 after SECONDS (0: looks once).
on_screen() {
  local text=$1 seconds=${2:-10} tries
  tries=$(( seconds * 20 ))
  for (( i = 0; ; i++ )); do
    screen | grep -qF -- "$text" && return 0
    (( i < tries )) || return 1
    sleep 0.05
  done
}

expect_screen() {
  if on_screen "$2" "${3:-10}"; then pass "$1"; else fail "$1" "no \"$2\" on screen"; fi
}

wait_screen() {
  on_screen "$2" "${3:-10}" || fail "$1" "no \"$2\" on screen"
}

keys() { tmux send-keys -t "=$session:" "$@"; sleep 0.2; }
send() { tmux send-keys -t "=$session:" "$@"; }
type_text() { tmux send-keys -t "=$session:" -l -- "$1"; }

start_session() {
  local width=$1 height=$2; shift 2
  tmux kill-session -t "=$session:" 2>/dev/null || true
  tmux new-session -d -s "$session" -x "$width" -y "$height" "$@"
}

start_shell() {
  start_session "$1" "$2" "env PS1='$ ' HISTFILE=/dev/null bash --norc --noprofile -i"
  on_screen '$' 5 || fail "a shell in tmux" "no prompt"
}

# Quoted for the shell in the pane.
run_ferry() {
  local dir=$1; shift
  mkdir -p "$dir"
  rm -f "$dir/pid" "$dir/stty.before" "$dir/stty.after"
  tmux send-keys -t "=$session:" -l -- \
    "clear; $(printf '%q ' "$runner" "$dir" "$@"); echo \"ferry exited \$?\"; stty -g >$(printf '%q' "$dir")/stty.after"
  tmux send-keys -t "=$session:" Enter
}

# The pid ferry wrote through tmux-run.sh, waiting up to 5 s for it.
ferry_pid() {
  local dir=$1
  for _ in $(seq 1 100); do
    [[ -s "$dir/pid" ]] && { cat "$dir/pid"; return 0; }
    sleep 0.05
  done
  return 1
}

# The pane's terminal state after ferry left: the same `stty -g` as before it started, the cursor
# shown, the normal screen (not the alternate one) and keypad/cursor keys back in normal mode.
terminal_restored() {
  local dir=$1 flags
  for _ in $(seq 1 40); do [[ -s "$dir/stty.after" ]] && break; sleep 0.05; done
  flags=$(tmux display -p -t "=$session:" '#{cursor_flag} #{alternate_on} #{keypad_flag} #{keypad_cursor_flag}')
  if [[ ! -s "$dir/stty.before" || "$(cat "$dir/stty.before")" != "$(cat "$dir/stty.after" 2>/dev/null)" ]]; then
    restored_why="stty -g before: $(cat "$dir/stty.before" 2>/dev/null), after: $(cat "$dir/stty.after" 2>/dev/null)"
    return 1
  fi
  if [[ "$flags" != "1 0 0 0" ]]; then
    restored_why="cursor shown, alternate screen, keypad, cursor keys: $flags (want 1 0 0 0)"
    return 1
  fi
  return 0
}

expect_restored() {
  restored_why=""
  if terminal_restored "$1"; then pass "$2"; else fail "$2" "$restored_why"; fi
}

# CPU ticks (utime + stime, 1/100 s) PID has used.
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat" 2>/dev/null; }

tui_stopped() {
  trap - ERR
  fail "$(basename "$0") stopped at $1: $2"
  tui_summary
  exit 1
}

tui_summary() {
  trap - ERR  # its own non-zero status (some check failed) is the answer, not a step that stopped
  echo "$passed passed, $failed failed"
  (( failed == 0 ))
}
