# Shared by the benchmarks (source it; see bench/README.md): logging, PostgreSQL, free ports, building
# the jar, starting and stopping application instances and other processes, and a cleanup on exit that
# stops everything the benchmark started (by process id) and drops its database.
# The sourcing script sets BUILD, KEEP_DB and JAVA_OPTS before it calls these.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
OUT="$ROOT/bench/target"
PGHOST="${PGHOST:-localhost}"
PGPORT="${PGPORT:-5432}"
PGUSER="${PGUSER:-postgres}"
export PGPASSWORD="${PGPASSWORD:-}"

log() { printf '[%s] %s\n' "$(date +%H:%M:%S)" "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
pg() { psql -X -q -v ON_ERROR_STOP=1 -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" "$@"; }
q() { pg -d "$DB" -At -F ' ' -c "$1"; }
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'; }
new_secret_key() { python3 -c 'import base64, os; print(base64.b64encode(os.urandom(32)).decode())'; }

# require_tools TOOL...: exits with status 2 naming the first one missing from the PATH.
require_tools() {
    local tool
    for tool in "$@"; do
        command -v "$tool" >/dev/null || { echo "$tool is needed on the PATH" >&2; exit 2; }
    done
}

# require_whole_numbers VALUE...: exits with status 2 at the first one that is not a whole number.
require_whole_numbers() {
    local n
    for n in "$@"; do
        [[ "$n" =~ ^[0-9]+$ ]] || { echo "Not a whole number: $n" >&2; exit 2; }
    done
}

# bench_start: the output folder, the name of this run's database, and the cleanup on exit.
bench_start() {
    mkdir -p "$OUT"
    DB="redaktionen_bench_$(date +%Y%m%d_%H%M%S)_$$"
    DB_CREATED=0
    PIDS=()
    trap cleanup EXIT
    trap 'exit 130' INT TERM
}

# stop_pid PID: asks the process to stop, waits up to 20 s, then kills it.
stop_pid() {
    local pid=$1
    kill "$pid" 2>/dev/null || true
    for _ in $(seq 1 40); do
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.5
    done
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
}

# kill_now PID: SIGKILL, as a crash; the process is no longer ours to stop at the end.
kill_now() {
    local pid=$1 kept=() p
    kill -9 "$pid" 2>/dev/null || true
    wait "$pid" 2>/dev/null || true
    for p in "${PIDS[@]}"; do [[ "$p" == "$pid" ]] || kept+=("$p"); done
    PIDS=(${kept[@]+"${kept[@]}"})
}

cleanup() {
    local rc=$? pid
    trap - EXIT INT TERM
    if ((${#PIDS[@]})); then
        log "Stopping ${#PIDS[@]} processes"
        kill "${PIDS[@]}" 2>/dev/null || true
        for pid in "${PIDS[@]}"; do stop_pid "$pid"; done
    fi
    if ((DB_CREATED)); then
        if ((KEEP_DB)); then
            log "Database kept: psql -h $PGHOST -p $PGPORT -U $PGUSER -d $DB"
        else
            pg -d postgres -c "drop database if exists \"$DB\" with (force)" >/dev/null 2>&1 \
                && log "Dropped database $DB" || log "Could not drop database $DB"
        fi
    fi
    exit "$rc"
}

# build_app JAR_NAME: builds the application (unless BUILD=0) and copies the jar to $OUT/JAR_NAME, so that
# a rebuild of target/ during the run cannot pull the jar from under the instances. Sets APP_JAR.
build_app() {
    if ((BUILD)); then
        log "Building the application (./mvnw package, tests skipped)"
        (cd "$ROOT" && ./mvnw -B -q -Dmaven.test.skip=true package)
    fi
    local built
    built="$(ls "$ROOT"/target/redaktionen-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)"
    [[ -n "$built" ]] || die "no target/redaktionen-*.jar: run without --no-build"
    APP_JAR="$OUT/$1"
    cp "$built" "$APP_JAR"
}

create_db() {
    log "Creating database $DB"
    pg -d postgres -c "create database \"$DB\"" >/dev/null
    DB_CREATED=1
}

# jdbc_url APPLICATION_NAME: this run's database, with the name PostgreSQL shows for the connections.
jdbc_url() { echo "jdbc:postgresql://$PGHOST:$PGPORT/$DB?ApplicationName=$1"; }

# launch_app LOG PORT [VAR=VALUE ...] -- [ARG ...]: starts $APP_JAR in the background on PORT with those
# environment variables and arguments, its output in LOG. Sets APP_PID.
launch_app() {
    local logfile=$1 port=$2 environment=()
    shift 2
    while (($#)) && [[ "$1" != -- ]]; do environment+=("$1"); shift; done
    [[ "${1:-}" == -- ]] && shift
    env ${environment[@]+"${environment[@]}"} java $JAVA_OPTS -jar "$APP_JAR" --server.port="$port" "$@" \
        >"$logfile" 2>&1 &
    APP_PID=$!
    PIDS+=("$APP_PID")
}

# wait_healthy NAME PORT PID LOG: waits up to 300 s until the instance's health is UP.
wait_healthy() {
    local name=$1 port=$2 pid=$3 logfile=$4 started=$SECONDS
    until curl -fsS -m 2 "http://127.0.0.1:$port/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
        if ! kill -0 "$pid" 2>/dev/null; then
            tail -n 30 "$logfile" >&2
            die "instance $name stopped; see $logfile"
        fi
        ((SECONDS - started < 300)) || die "instance $name not up after 300 s; see $logfile"
        sleep 1
    done
    log "Instance $name is up after $((SECONDS - started)) s"
}

# wait_for_url URL PID WHAT: waits up to 60 s until URL answers (a stub's own address).
wait_for_url() {
    local url=$1 pid=$2 what=$3
    for i in $(seq 1 120); do
        curl -fsS -m 2 "$url" >/dev/null 2>&1 && return 0
        kill -0 "$pid" 2>/dev/null || die "$what stopped; see $OUT/"
        sleep 0.5
    done
    die "$what did not start; see $OUT/"
}
