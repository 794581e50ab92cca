# Shared set-up for scripts/: install what is missing, start and stop moto. Sourced, not run.

step() { printf '\n== %s\n' "$*" >&2; }

as_root() { if [[ $(id -u) == 0 ]]; then "$@"; else sudo "$@"; fi; }

apt_updated=0
apt_install() {
  if [[ $apt_updated == 0 ]]; then as_root apt-get update -qq >/dev/null; apt_updated=1; fi
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

# The C libraries ferry builds against: ncurses (the TUI) and libcurl (the HTTP transport).
ensure_build_deps() {
  pkg-config --exists ncursesw 2>/dev/null || { step "installing libncurses-dev"; apt_install libncurses-dev pkg-config; }
  pkg-config --exists libcurl 2>/dev/null || { step "installing libcurl4-openssl-dev"; apt_install libcurl4-openssl-dev pkg-config; }
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

# Starts moto's server on a free loopback port, with any extra `NAME=value` environment given;
# sets LAUNCHED_URL and LAUNCHED_PID. $1 is the log file.
launch_moto() {
  local log=$1 port
  shift
  port=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  mkdir -p .build
  env "$@" python3 -m moto.server -H 127.0.0.1 -p "$port" >"$log" 2>&1 &
  LAUNCHED_PID=$!
  LAUNCHED_URL="http://127.0.0.1:$port"
  for _ in $(seq 1 100); do
    if curl -fsS "$LAUNCHED_URL/moto-api/" >/dev/null 2>&1; then
      step "moto listening at $LAUNCHED_URL (pid $LAUNCHED_PID)"
      return 0
    fi
    sleep 0.1
  done
  echo "moto's server did not start; see $log" >&2
  return 1
}

# Starts moto's server on a free loopback port; sets MOTO_URL and MOTO_PID.
start_moto() {
  launch_moto .build/moto.log
  MOTO_URL=$LAUNCHED_URL
  MOTO_PID=$LAUNCHED_PID
}

# Starts a second moto that checks signatures: its first 3 calls are free and create an IAM user with
# an access key and an allow-all policy; after that a wrong secret gets HTTP 401 AuthFailure.
# Sets MOTO_AUTH_URL, MOTO_AUTH_PID, MOTO_AUTH_ACCESS_KEY_ID and MOTO_AUTH_SECRET_ACCESS_KEY.
start_moto_auth() {
  launch_moto .build/moto-auth.log INITIAL_NO_AUTH_ACTION_COUNT=3
  MOTO_AUTH_URL=$LAUNCHED_URL
  MOTO_AUTH_PID=$LAUNCHED_PID
  local keys
  keys=$(python3 - "$MOTO_AUTH_URL" <<'PY'
import json, sys
import boto3
iam = boto3.client("iam", endpoint_url=sys.argv[1], region_name="us-east-1",
                   aws_access_key_id="bootstrap", aws_secret_access_key="bootstrap")
iam.create_user(UserName="ferry-test")
key = iam.create_access_key(UserName="ferry-test")["AccessKey"]
iam.put_user_policy(UserName="ferry-test", PolicyName="allow-all", PolicyDocument=json.dumps(
    {"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "*", "Resource": "*"}]}))
print(key["AccessKeyId"], key["SecretAccessKey"])
PY
  )
  read -r MOTO_AUTH_ACCESS_KEY_ID MOTO_AUTH_SECRET_ACCESS_KEY <<<"$keys"
}

stop_moto() {
  [[ -n "${MOTO_PID:-}" ]] && kill "$MOTO_PID" 2>/dev/null && wait "$MOTO_PID" 2>/dev/null
  [[ -n "${MOTO_AUTH_PID:-}" ]] && kill "$MOTO_AUTH_PID" 2>/dev/null && wait "$MOTO_AUTH_PID" 2>/dev/null
  return 0
}
