# The chaos mode of bench/publishing.sh (issue #16), sourced by it after lib.sh: a stateful WordPress
# stub that fails in a fixed, seeded mix of ways (bench/wordpress-stub.py), short lease and timeouts so
# that the failures play out within minutes, each instance killed with SIGKILL once during the burst and
# started again, and the figures that say whether any post was stored twice, lost or left open.

# Read timeout 2 s against the stub's answers 3 s late; the lease well above it, as in production.
CHAOS_SETTINGS=(
    --redaktionen.platforms.read-timeout=2s
    --redaktionen.publishing.backoff-base=1s
    --redaktionen.publishing.backoff-max=5s
)
[[ -n "$LEASE" ]] || LEASE=20s
IFS=',' read -r -a CRASH_PERCENT <<<"$CRASH_AT"
CRASHED=0
CRASH_LOG=()
RESTARTING=()
MAX_UNCERTAIN=0
MAX_PAST_LEASE=0

chaos_start_stub() {
    STUB_PORT="$(free_port)"
    STUB="http://127.0.0.1:$STUB_PORT"
    log "Starting the chaos WordPress stub on port $STUB_PORT (seed $SEED, latency ${LATENCY_MS} ms)"
    python3 "$ROOT/bench/wordpress-stub.py" --port "$STUB_PORT" --seed "$SEED" --latency-ms "$LATENCY_MS" \
        --slow-s 3 >"$OUT/wordpress-stub.log" 2>&1 &
    STUB_PID=$!
    PIDS+=("$STUB_PID")
    wait_for_url "$STUB/__stats" "$STUB_PID" "the WordPress stub"
}

# chaos_step PUBLISHED SINCE_DUE: called every half second of the burst. Kills the next instance once its
# share is published, the others are up and it holds rows in flight, and starts it again; says when a
# restarted one is up; keeps the largest number of uncertain rows and of rows in flight past their
# lease seen at once.
chaos_step() {
    local published=$1 since_due=$2 i held uncertain past_lease
    read -r uncertain past_lease <<<"$(q "select count(*) filter (where state = 'UNCERTAIN'),
        count(*) filter (where state = 'IN_FLIGHT' and lease_until < now())
        from publication where slug like 'rdk-bench-%'")"
    ((uncertain > MAX_UNCERTAIN)) && MAX_UNCERTAIN=$uncertain
    ((past_lease > MAX_PAST_LEASE)) && MAX_PAST_LEASE=$past_lease
    for i in "${!RESTARTING[@]}"; do
        if curl -fsS -m 1 "http://127.0.0.1:${PORTS[i]}/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; then
            log "  instance ${NAMES[i]} is up again after $((SECONDS - RESTARTING[i])) s"
            unset "RESTARTING[i]"
        fi
    done
    i=$CRASHED
    ((i < INSTANCES && i < ${#CRASH_PERCENT[@]} && published * 100 >= POSTS * CRASH_PERCENT[i])) || return 0
    # Only while the others are up to take over, and while it holds rows, so that it leaves some in flight.
    ((${#RESTARTING[@]} == 0)) || return 0
    held="$(q "select count(*) from publication p where p.slug like 'rdk-bench-%' and p.state = 'IN_FLIGHT'
               and (select t.app from bench_transition t where t.publication_id = p.id and t.to_state = 'IN_FLIGHT'
                    order by t.at desc limit 1) = 'bench-${NAMES[i]}'")"
    if ((held > 0)); then
        kill_now "${INSTANCE_PIDS[i]}"
        CRASH_LOG+=("instance ${NAMES[i]} killed (SIGKILL) at +${since_due} s, ${published}/${POSTS} published, holding ${held} in flight")
        log "  ${CRASH_LOG[-1]}; starting it again"
        launch_instance "${NAMES[i]}" "${PORTS[i]}" "$OUT/instance-${NAMES[i]}-restarted.log"
        INSTANCE_PIDS[i]=$APP_PID
        RESTARTING[i]=$SECONDS
        CRASHED=$((i + 1))
    fi
}

# chaos_collect: what the stub stored for each benchmark publication, and how long the rows a crash
# left in flight waited.
chaos_collect() {
    q "select slug, state from publication where slug like 'rdk-bench-%'" >"$OUT/chaos-publications.txt"
    read -r STORED_ONCE STORED_TWICE STORED_NEVER LOST STUB_REQUESTS FAULTS <<<"$(
        curl -fsS "$STUB/__stats" | python3 -c '
import json, sys
stats = json.load(sys.stdin)
stored = stats["stored"]
rows = [line.split() for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
count = lambda test: sum(1 for slug, state in rows if test(stored.get(slug, 0), state))
print(count(lambda n, s: n == 1), count(lambda n, s: n >= 2), count(lambda n, s: n == 0),
      count(lambda n, s: n == 0 and s == "PUBLISHED"), stats["requests"],
      ", ".join(f"{k}={v}" for k, v in sorted(stats["faults"].items())))
' "$OUT/chaos-publications.txt")"
    read -r LEASE_LOST LEASE_HELD LEASE_SETTLED <<<"$(q "
        with lost as (
            select (select max(t.at) from bench_transition t where t.publication_id = a.publication_id
                    and t.to_state = 'IN_FLIGHT' and t.at <= a.at) as claimed_at, a.at as expired_at,
                   (select min(t.at) from bench_transition t where t.publication_id = a.publication_id
                    and t.from_state = 'UNCERTAIN' and t.at >= a.at) as settled_at
            from publication_attempt a join publication p on p.id = a.publication_id
            where p.slug like 'rdk-bench-%' and a.error_code = 'LEASE_EXPIRED' and a.outcome = 'UNCERTAIN')
        select count(*), coalesce(round(max(extract(epoch from expired_at - claimed_at))::numeric, 1)::text, '-'),
               coalesce(round(max(extract(epoch from settled_at - claimed_at))::numeric, 1)::text, '-')
        from lost")"
}

chaos_figures() {
    echo "Chaos:                    seed $SEED, lease $LEASE, read timeout 2s; stub requests $STUB_REQUESTS"
    echo "Faults met (warm-up incl.): $FAULTS"
    local line
    for line in "${CRASH_LOG[@]}"; do echo "Crash:                    $line"; done
    ((CRASHED == INSTANCES || CRASHED == ${#CRASH_PERCENT[@]})) \
        || echo "Crash:                    only $CRASHED crashes: the burst was over before the next one"
    echo "Posts stored on the blog: once $STORED_ONCE, twice or more $STORED_TWICE (must be 0), never $STORED_NEVER"
    echo "Published but not stored: $LOST (must be 0)"
    echo "Publications:             published $PUBLISHED, failed $FAILED, open $OPEN (must be 0)"
    echo "Due -> none open:         $DONE_AFTER s"
    echo "Rows a crash left:        $LEASE_LOST taken for lost; claim -> taken for lost at most $LEASE_HELD s (lease $LEASE), claim -> reconciled at most $LEASE_SETTLED s"
    echo "At most at once:          $MAX_UNCERTAIN uncertain, $MAX_PAST_LEASE in flight past their lease"
}

chaos_ok() {
    ((STORED_TWICE == 0 && LOST == 0 && PUBLISHED + FAILED == POSTS))
}
