# bench/lib.sh: what the bench scripts share. Sourced by bench/run, bench/profile, bench/start-memory, bench/events,
# bench/work and bench/audit-insert after they set ROOT and OUT (each its own directory: the exit stops every
# process with a pid file there); never run on its own.
#
# Ports come from the local infrastructure's variables (deploy/local/infra: OPORA_PG_PORT, OPORA_KEYCLOAK_PORT,
# OPORA_KAFKA_PORT, OPORA_STATE_DIR) and the apps' from BENCH_PORT (18390).
PG_PORT="${OPORA_PG_PORT:-5432}"; KC_PORT="${OPORA_KEYCLOAK_PORT:-8180}"; KAFKA_PORT="${OPORA_KAFKA_PORT:-9092}"
STATE="${OPORA_STATE_DIR:-$ROOT/.local}"
BASE="${BENCH_PORT:-18390}"

say() { printf '[bench] %s\n' "$*" >&2; }

# On exit, whatever the script started (a pid file per process in $OUT) is stopped.
bench_cleanup() {
  local f
  for f in "$OUT"/*.pid; do
    [[ -f $f ]] || continue
    kill "$(cat "$f")" 2>/dev/null || true # already ended: nothing to stop
    rm -f "$f"
  done
}
trap bench_cleanup EXIT

# bench_tools TOOL...: each must be on the PATH; wrk and hey are installed from Debian when running as root.
bench_tools() {
  local tool
  for tool in "$@"; do
    command -v "$tool" >/dev/null && continue
    if [[ $EUID -eq 0 && ( $tool == wrk || $tool == hey ) ]]; then
      apt-get install -y "$tool" >/dev/null
    else
      echo "[bench] $tool is missing (Debian: apt-get install $tool)" >&2; exit 1
    fi
  done
}

# The local infrastructure, started or reused, and its ports exported for the apps and bench/generate.
bench_infra() {
  "$ROOT/deploy/local/infra" up
  export OPORA_PG_PORT="$PG_PORT" OPORA_KEYCLOAK_PORT="$KC_PORT" OPORA_KAFKA_PORT="$KAFKA_PORT" PGPASSWORD=opora
}

# q DATABASE SQL: one statement as opora, unaligned, without headers.
q() { psql -X -q -tA -h 127.0.0.1 -p "$PG_PORT" -U opora -d "$1" -c "$2"; }

# bench_database NAME: the database, owned by opora, created (by the superuser, over the socket) if missing.
bench_database() {
  if [[ -z "$(q postgres "SELECT 1 FROM pg_database WHERE datname = '$1'")" ]]; then
    PGPASSWORD= psql -X -q -h "$STATE/postgres" -p "$PG_PORT" -U postgres -d postgres -c "CREATE DATABASE $1 OWNER opora"
  fi
}

# bench_token [USER]: a demo user's access token (default ospod.novakova, organization ospod-mesto), from the local
# Keycloak.
bench_token() {
  curl -sf "http://localhost:$KC_PORT/realms/opora/protocol/openid-connect/token" -d grant_type=password \
    -d client_id=opora-cli -d username="${1:-ospod.novakova}" -d password=demo \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}

# bench_service NAME PORT JAR [JVM ARGS...]: an Opora service in the background (HTTP on PORT, management on PORT + 1,
# its log in $OUT/NAME.log), waited for until it is ready.
bench_service() {
  local name="$1" port="$2" jar="$3"; shift 3
  java "$@" -DHTTP_PORT="$port" -DMANAGEMENT_PORT=$((port + 1)) -jar "$jar" >"$OUT/$name.log" 2>&1 &
  echo $! >"$OUT/$name.pid"
  local deadline=$((SECONDS + 300))
  until curl -sf -o /dev/null "http://localhost:$((port + 1))/q/health/ready"; do
    ((SECONDS < deadline)) || { tail -20 "$OUT/$name.log" >&2; echo "[bench] $name did not start" >&2; exit 1; }
    sleep 0.2
  done
}

# bench_stop NAME: the process of $OUT/NAME.pid stopped, and waited for.
bench_stop() {
  local pid; pid="$(cat "$OUT/$1.pid")"; kill "$pid"
  while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done
  rm -f "$OUT/$1.pid"
}
