# Shared set-up for scripts/: install what is missing, start and stop moto. Sourced, not run.

step() { printf '\n== %s\n' "$*" >&2; }

as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

ensure_ncurses() {
  pkg-config --exists ncursesw 2>/dev/null || { step "installing libncurses-dev"; apt_install libncurses-dev pkg-config; }
}

ensure_tmux() {
  command -v tmux >/dev/null || { step "installing tmux"; apt_install tmux; }
}

ensure_moto() {
  python3 -c 'import moto.server, flask_cors' 2>/dev/null || {
    step "installing moto[server] from PyPI"
    python3 -m pip install -q 'moto[server]>=5'
  }
}

# Starts moto's server on a free loopback port; sets MOTO_URL and MOTO_PID.
start_moto() {
  local port
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p .build
  python3 -m moto.server -H 127.0.0.1 -p "$port" >.build/moto.log 2>&1 &
  MOTO_PID=$!
  MOTO_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do
    if curl -fsS "$MOTO_URL/moto-api/" >/dev/null 2>&1; then
      step "moto listening at $MOTO_URL (pid $MOTO_PID)"
      return 0
    fi
    sleep 0.1
  done
  echo "moto's server did not start; see .build/moto.log" >&2
  return 1
}

stop_moto() {
  [[ -n "${MOTO_PID:-}" ]] && kill "$MOTO_PID" 2>/dev/null && wait "$MOTO_PID" 2>/dev/null
  return 0
}
