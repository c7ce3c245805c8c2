#!/usr/bin/env bash
# Benchmark of the publishing pipeline (issue #4): a WordPress stub with a fixed latency, several
# application instances against one fresh PostgreSQL database, N posts due at the same minute.
# Prints the time from due to last published, publications per second, duplicates and failures.
# --chaos: a stateful stub that fails in a fixed mix of ways, and every instance killed once mid-burst and
# restarted (issue #16); prints posts stored once / twice / never and how long until none is open.
# See bench/README.md. Everything it writes goes to bench/target/; the database is dropped on exit.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
WIREMOCK_VERSION=3.13.2
WIREMOCK_JAR="$OUT/wiremock-standalone-$WIREMOCK_VERSION.jar"

BUILD=1
POSTS=1000
INSTANCES=2
LATENCY_MS=50
POLL_INTERVAL=200ms
BATCH_SIZE=20
CONCURRENCY=8
TIMEOUT_S=600
DUE_IN=""
WARMUP=50
KEEP_DB=0
CHAOS=0
SEED=16
CRASH_AT=25,50
LEASE=""
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx512m}"

usage() {
    cat <<EOF
Usage: bench/publishing.sh [options]

  --no-build            use target/redaktionen-*.jar as it is (default: build it with ./mvnw first)
  --posts N             posts to schedule, one WordPress publication each (default $POSTS)
  --instances N         application instances against the one database, 1-9 (default $INSTANCES)
  --latency-ms N        fixed latency of the WordPress stub in ms (default $LATENCY_MS)
  --poll-interval D     redaktionen.publishing.poll-interval (default $POLL_INTERVAL)
  --batch-size N        redaktionen.publishing.batch-size (default $BATCH_SIZE)
  --concurrency N       redaktionen.publishing.concurrency (default $CONCURRENCY)
  --warmup N            publish N posts right away first, so the JVMs are warm (default $WARMUP; 0 = cold)
  --due-in S            due S seconds after scheduling instead of at the next whole minute
  --timeout S           give up S seconds after the due time (default $TIMEOUT_S)
  --keep-db             do not drop the benchmark database at the end
  --chaos               the chaos mode: a stateful WordPress stub with faults (503, 429, 500 and 504 after
                        storing, answers after the read timeout, connection resets), every instance killed
                        with SIGKILL once during the burst and restarted
  --seed S              chaos: seed of the faults, the same posts meet the same faults (default $SEED)
  --crash-at P,P        chaos: kill instance a, then b ... once that many percent are published (default $CRASH_AT)
  --lease D             redaktionen.publishing.lease (default: the application's 5m; chaos 20s)
  -h, --help            this text

PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD (default localhost:5432, user postgres; the user must be
allowed to create databases). JVM options of the instances: BENCH_JAVA_OPTS (default -Xmx512m).
Exit status 0 only if every publication was published exactly once (chaos: none stored twice, none
open, none published without being stored).
EOF
}

while (($#)); do
    case "$1" in
        --no-build) BUILD=0 ;;
        --posts) POSTS="$2"; shift ;;
        --instances) INSTANCES="$2"; shift ;;
        --latency-ms) LATENCY_MS="$2"; shift ;;
        --poll-interval) POLL_INTERVAL="$2"; shift ;;
        --batch-size) BATCH_SIZE="$2"; shift ;;
        --concurrency) CONCURRENCY="$2"; shift ;;
        --due-in) DUE_IN="$2"; shift ;;
        --warmup) WARMUP="$2"; shift ;;
        --timeout) TIMEOUT_S="$2"; shift ;;
        --keep-db) KEEP_DB=1 ;;
        --chaos) CHAOS=1 ;;
        --seed) SEED="$2"; shift ;;
        --crash-at) CRASH_AT="$2"; shift ;;
        --lease) LEASE="$2"; shift ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
require_whole_numbers "$POSTS" "$INSTANCES" "$LATENCY_MS" "$BATCH_SIZE" "$CONCURRENCY" "$TIMEOUT_S" "$WARMUP" \
    ${DUE_IN:+"$DUE_IN"} ${CRASH_AT//,/ }
((POSTS >= 1 && INSTANCES >= 1 && INSTANCES <= 9)) || { echo "--posts >= 1 and --instances 1-9" >&2; exit 2; }
require_tools java curl psql python3
if ((CHAOS)); then
    source "$ROOT/bench/chaos.sh"
fi

bench_start

# --- 1. The application and the stub ------------------------------------------------------------
build_app redaktionen-bench.jar

# start_wiremock: the WordPress stub of the ordinary mode, answering every post after a fixed latency.
start_wiremock() {
    if [[ ! -f "$WIREMOCK_JAR" ]]; then
        log "Fetching WireMock $WIREMOCK_VERSION"
        (cd "$ROOT" && ./mvnw -B -q dependency:copy \
            -Dartifact="org.wiremock:wiremock-standalone:$WIREMOCK_VERSION" -DoutputDirectory="$OUT")
    fi
    STUB_PORT="$(free_port)"
    STUB="http://127.0.0.1:$STUB_PORT"
    mkdir -p "$OUT/wiremock"
    local journal_max=$((POSTS * 3 > 5000 ? POSTS * 3 : 5000))
    log "Starting the WordPress stub on port $STUB_PORT (latency ${LATENCY_MS} ms)"
    java -jar "$WIREMOCK_JAR" --port "$STUB_PORT" --bind-address 127.0.0.1 --container-threads 100 \
        --max-request-journal-entries "$journal_max" --root-dir "$OUT/wiremock" --disable-banner \
        >"$OUT/wiremock.log" 2>&1 &
    STUB_PID=$!
    PIDS+=("$STUB_PID")
    wait_for_url "$STUB/__admin/mappings" "$STUB_PID" WireMock
    # WordPress: 201 with an id and a link; the application password is sent without its spaces.
    python3 - "$LATENCY_MS" <<'PY' | curl -fsS -o /dev/null -H 'Content-Type: application/json' --data-binary @- \
        "$STUB/__admin/mappings" || die "could not register the stub"
import json, sys
print(json.dumps({
    "request": {"method": "POST", "urlPath": "/bench/wp-json/wp/v2/posts",
                "basicAuthCredentials": {"username": "bench", "password": "abcdefgh"}},
    "response": {"status": 201, "fixedDelayMilliseconds": int(sys.argv[1]),
                 "headers": {"Content-Type": "application/json"},
                 "body": "{\"id\": {{randomInt lower=1 upper=2000000000}}, "
                         "\"link\": \"https://bench.example/{{jsonPath request.body '$.slug'}}/\"}",
                 "transformers": ["response-template"]}}))
PY
}

if ((CHAOS)); then
    chaos_start_stub
else
    start_wiremock
fi

# --- 2. The database and the instances ----------------------------------------------------------
create_db

SECRET_KEY="$(new_secret_key)"
NAMES=()
PORTS=()
INSTANCE_PIDS=()

# launch_instance NAME PORT LOG: starts an instance in the background (APP_PID), as instance NAME.
launch_instance() {
    local name=$1 port=$2 logfile=$3
    rm -rf "$OUT/data-$name"
    launch_app "$logfile" "$port" REDAKTIONEN_SECRET_KEY="$SECRET_KEY" -- \
        --spring.profiles.active=demo \
        --spring.datasource.url="$(jdbc_url "bench-$name")" \
        --spring.datasource.username="$PGUSER" \
        --spring.datasource.password="$PGPASSWORD" \
        --redaktionen.demo-mode=true \
        --redaktionen.data-dir="$OUT/data-$name" \
        --redaktionen.publishing.poll-interval="$POLL_INTERVAL" \
        --redaktionen.publishing.batch-size="$BATCH_SIZE" \
        --redaktionen.publishing.concurrency="$CONCURRENCY" \
        ${LEASE:+--redaktionen.publishing.lease="$LEASE"} \
        ${CHAOS_SETTINGS[@]+"${CHAOS_SETTINGS[@]}"}
}

start_instance() {
    local name=$1 port=$2
    log "Starting instance $name on port $port"
    launch_instance "$name" "$port" "$OUT/instance-$name.log"
    INSTANCE_PIDS+=("$APP_PID")
    wait_healthy "$name" "$port" "$APP_PID" "$OUT/instance-$name.log"
}

for i in $(seq 1 "$INSTANCES"); do
    name="$(echo abcdefghi | cut -c "$i")"
    port="$(free_port)"
    NAMES+=("$name")
    PORTS+=("$port")
    start_instance "$name" "$port"
    if ((i == 1)); then
        # The schema exists now. Record every state change of a publication with the application_name
        # of the connection that made it, so the figures can tell which instance did what.
        q "create table bench_transition (publication_id bigint not null, from_state varchar(20),
                                           to_state varchar(20), app text, at timestamptz not null);
           create function bench_track() returns trigger language plpgsql as \$\$
           begin
               if new.state is distinct from old.state then
                   insert into bench_transition
                   values (new.id, old.state, new.state, current_setting('application_name'), clock_timestamp());
               end if;
               return new;
           end \$\$;
           create trigger bench_track after update on publication for each row execute function bench_track();" \
            >/dev/null
    fi
done
A="http://127.0.0.1:${PORTS[0]}"

# --- 3. The WordPress channel -------------------------------------------------------------------
CHANNEL_JSON="$(python3 - "$STUB" <<'PY'
import json, sys
print(json.dumps({"name": "Benchblogg", "kind": "WORDPRESS_BLOG", "handle": sys.argv[1] + "/bench",
                  "purpose": "Benchmark of the publishing pipeline", "responsibleUsername": "anna.lind",
                  "deputyUsername": "omar.haddad",
                  "credentials": {"username": "bench", "applicationPassword": "abcd efgh"}}))
PY
)"
RESPONSE="$(curl -sS -u demo-admin:demo -H 'Content-Type: application/json' -H 'Accept: application/json' \
    -d "$CHANNEL_JSON" -w '\n%{http_code}' "$A/api/v1/channels")"
[[ "${RESPONSE##*$'\n'}" == 201 ]] || die "creating the channel failed: $RESPONSE"
CHANNEL_ID="$(python3 -c 'import json, sys; print(json.loads(sys.argv[1])["id"])' "${RESPONSE%$'\n'*}")"
log "Created WordPress channel $CHANNEL_ID -> $STUB/bench"

# --- 4. N approved posts, one publication each, all due at the same moment -----------------------
# schedule_posts PREFIX COUNT DUE: COUNT approved posts by demo-staff, each with one PENDING publication
# to the benchmark channel with the slug PREFIX<post id>, due (and next attempt) at DUE.
schedule_posts() {
    q "with staff as (select id from person where username = 'demo-staff'),
            posts as (
                insert into post (title, body, author_id, sender_id, state, scheduled_at, created_at, updated_at)
                select 'Benchmark ' || g, 'Benchmark post number ' || g || '.', staff.id, staff.id, 'APPROVED',
                       '$3'::timestamptz, now(), now()
                from generate_series(1, $2) g cross join staff
                returning id, body),
            targets as (
                insert into post_channel (post_id, channel_id, rendered_text, length)
                select id, $CHANNEL_ID, body, length(body) from posts)
       insert into publication (post_id, channel_id, slug, title, text, state, due_at, next_attempt_at, created_at,
                                updated_at)
       select id, $CHANNEL_ID, '$1' || id, 'Benchmark ' || id, body, 'PENDING', '$3'::timestamptz,
              '$3'::timestamptz, now(), now()
       from posts" >/dev/null
}

if ((WARMUP > 0)); then
    # Cold JVMs make the first calls slow; instances in production have been running for a while.
    log "Warm-up: $WARMUP publications due now (not part of the figures)"
    schedule_posts rdk-warmup- "$WARMUP" "$(q "select now()")"
    started=$SECONDS
    until [[ "$(q "select count(*) from publication where slug like 'rdk-warmup-%'
                   and state in ('PENDING', 'IN_FLIGHT', 'UNCERTAIN')")" == 0 ]]; do
        ((SECONDS - started < 180)) || die "the warm-up publications were not done after 180 s"
        sleep 0.5
    done
    log "Warm-up done after $((SECONDS - started)) s: $(q "select string_agg(state || '=' || n, ', ') from (
        select state, count(*) as n from publication where slug like 'rdk-warmup-%' group by state) x")"
fi

if [[ -n "$DUE_IN" ]]; then
    DUE="$(q "select now() + interval '$DUE_IN seconds'")"
else
    # The next whole minute at least 15 s away, so that scheduling is done before it.
    DUE="$(q "select date_trunc('minute', now() + interval '15 seconds') + interval '1 minute'")"
fi
log "Scheduling $POSTS posts due at $DUE"
schedule_posts rdk-bench- "$POSTS" "$DUE"
SCHEDULED="$(q "select count(*) from publication where slug like 'rdk-bench-%'")"
[[ "$SCHEDULED" == "$POSTS" ]] || die "scheduled $SCHEDULED publications, expected $POSTS"
LEFT="$(q "select round(extract(epoch from '$DUE'::timestamptz - now())::numeric, 1)")"
if [[ "$LEFT" == -* ]]; then
    log "WARNING: scheduling finished ${LEFT#-} s after the due time; the figures include that delay"
else
    log "Scheduled; waiting $LEFT s for the due time"
fi

# --- 5. Wait until nothing of the run is open ---------------------------------------------------
TIMED_OUT=0
LAST_REPORT=0
DONE_AFTER=-
while true; do
    ROW="$(q "
        select count(*) filter (where state in ('PENDING', 'IN_FLIGHT', 'UNCERTAIN')),
               count(*) filter (where state = 'PUBLISHED'), count(*) filter (where state = 'FAILED'),
               round(extract(epoch from clock_timestamp() - '$DUE'::timestamptz)::numeric, 1),
               case when clock_timestamp() > '$DUE'::timestamptz + interval '$TIMEOUT_S seconds' then 1 else 0 end
        from publication where slug like 'rdk-bench-%'")"
    read -r OPEN PUBLISHED FAILED SINCE_DUE PAST_TIMEOUT <<<"$ROW"
    if [[ "$SINCE_DUE" != -* ]]; then
        if ((OPEN == 0)); then
            DONE_AFTER=$SINCE_DUE
            break
        fi
        if ((SECONDS - LAST_REPORT >= 2)); then
            log "  +${SINCE_DUE} s: published $PUBLISHED/$POSTS, failed $FAILED, open $OPEN"
            LAST_REPORT=$SECONDS
        fi
        if ((CHAOS)); then
            chaos_step "$PUBLISHED" "$SINCE_DUE"
        fi
        if ((PAST_TIMEOUT)); then
            TIMED_OUT=1
            log "Timed out $TIMEOUT_S s after the due time with $OPEN publications still open"
            break
        fi
    fi
    for pid in "${INSTANCE_PIDS[@]}"; do
        kill -0 "$pid" 2>/dev/null || die "an instance stopped during the run; see $OUT/instance-*.log"
    done
    sleep 0.5
done

# --- 6. Figures ---------------------------------------------------------------------------------
FIGURES="$(q "
    with r as (select *, extract(epoch from published_at - '$DUE'::timestamptz)::numeric as after_due
               from publication where slug like 'rdk-bench-%')
    select count(*), count(*) filter (where state = 'PUBLISHED'), count(*) filter (where state = 'FAILED'),
           count(*) filter (where state in ('PENDING', 'IN_FLIGHT', 'UNCERTAIN')),
           count(*) filter (where state = 'UNCERTAIN'), coalesce(sum(attempts), 0),
           count(*) filter (where attempts > 1),
           coalesce(round(min(after_due), 3)::text, '-'), coalesce(round(max(after_due), 3)::text, '-'),
           coalesce(round(max(after_due) - min(after_due), 3)::text, '-'),
           coalesce(round(percentile_cont(0.5) within group (order by after_due)::numeric, 3)::text, '-'),
           coalesce(round(percentile_cont(0.95) within group (order by after_due)::numeric, 3)::text, '-'),
           coalesce(round(count(*) filter (where state = 'PUBLISHED') / nullif(max(after_due), 0), 1)::text, '-'),
           coalesce(round(count(*) filter (where state = 'PUBLISHED')
                          / nullif(max(after_due) - min(after_due), 0), 1)::text, '-')
    from r")"
read -r TOTAL PUBLISHED FAILED OPEN UNCERTAIN ATTEMPTS CLAIMED_AGAIN FIRST LAST SPREAD P50 P95 RATE_DUE RATE_SPREAD \
    <<<"$FIGURES"
OUTCOMES="$(q "select string_agg(outcome || '=' || n, ', ' order by outcome) from (
                   select a.outcome, count(*) as n from publication_attempt a
                   join publication p on p.id = a.publication_id where p.slug like 'rdk-bench-%'
                   group by a.outcome) x")"
POSTS_DONE="$(q "select count(*) from post p where p.state = 'PUBLISHED'
                   and exists (select 1 from publication x where x.post_id = p.id and x.slug like 'rdk-bench-%')")"
PER_INSTANCE="$(q "select app || ': claimed ' || count(*) filter (where to_state = 'IN_FLIGHT')
                          || ', published ' || count(*) filter (where to_state = 'PUBLISHED')
                   from bench_transition t join publication p on p.id = t.publication_id
                   where p.slug like 'rdk-bench-%' group by app order by app")"
if ((! CHAOS)); then
STUB_FIGURES="$(
    curl -fsS "$STUB/__admin/requests" | python3 -c '
import json, statistics, sys
journal = json.load(sys.stdin)
entries = journal["requests"]
posts = [e for e in entries if e["request"]["method"] == "POST"
         and e["request"]["url"].split("?")[0].endswith("/wp-json/wp/v2/posts")]
slugs = []
for e in posts:
    try:
        slugs.append(json.loads(e["request"].get("body") or "{}").get("slug"))
    except ValueError:
        slugs.append(None)
bench = [s for s in slugs if s and s.startswith("rdk-bench-")]
times = [e["timing"]["totalTime"] for e in posts if e.get("timing") and e["timing"].get("totalTime", -1) >= 0]
# total seen, kept in the journal, benchmark POSTs, their distinct slugs, duplicates over all POSTs (warm-up
# included), warm-up POSTs, other requests, unmatched requests, mean time to serve a POST
print(journal.get("meta", {}).get("total", len(entries)), len(entries), len(bench), len(set(bench)),
      len(slugs) - len(set(slugs)), len(slugs) - len(bench), len(entries) - len(posts),
      sum(1 for e in entries if not e.get("wasMatched", True)),
      round(statistics.mean(times), 1) if times else "-")
')"
read -r STUB_TOTAL STUB_KEPT STUB_POSTS STUB_SLUGS DUPLICATES STUB_WARMUP STUB_OTHER STUB_UNMATCHED STUB_MS \
    <<<"$STUB_FIGURES"
else
    chaos_collect
fi

RESULT="$OUT/publishing-result.txt"
{
    echo "=== Publishing benchmark ($(date -Iseconds)) ==="
    echo "Setup:                    $INSTANCES instances, $(nproc 2>/dev/null || echo '?') CPU cores, PostgreSQL $PGHOST:$PGPORT, WordPress stub latency ${LATENCY_MS} ms$( ((CHAOS)) && echo ", chaos")"
    echo "Settings:                 poll-interval=$POLL_INTERVAL batch-size=$BATCH_SIZE concurrency=$CONCURRENCY (per instance), JVM: $JAVA_OPTS, warm-up: $WARMUP publications"
    echo "Due at:                   $DUE"
    echo "Publications scheduled:   $TOTAL"
    echo "Published:                $PUBLISHED"
    echo "Failed:                   $FAILED"
    echo "Still open:               $OPEN (uncertain: $UNCERTAIN)"
    echo "Posts marked published:   $POSTS_DONE / $POSTS"
    echo "Due -> first published:   $FIRST s"
    echo "Due -> last published:    $LAST s"
    echo "Median / p95 after due:   $P50 s / $P95 s"
    echo "Publications per second:  $RATE_DUE (due -> last), $RATE_SPREAD (first -> last published)"
    echo "Platform calls (attempts): $ATTEMPTS; publications claimed more than once: $CLAIMED_AGAIN"
    echo "Attempt outcomes:         ${OUTCOMES:-none}"
    if ((CHAOS)); then
        chaos_figures
    else
        echo "Stub: POST requests:      $STUB_POSTS; distinct slugs: $STUB_SLUGS; warm-up POSTs: $STUB_WARMUP; other requests: $STUB_OTHER; unmatched: $STUB_UNMATCHED; mean serve time ${STUB_MS} ms"
        echo "Duplicates:               $DUPLICATES (POST requests minus distinct slugs, warm-up included; must be 0)"
    fi
    while IFS= read -r line; do
        [[ -n "$line" ]] && echo "Per instance:             $line"
    done <<<"$PER_INSTANCE"
    [[ -r /proc/loadavg ]] && echo "Machine load (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) (the figures are only as quiet as the machine)"
    if ((! CHAOS && STUB_TOTAL > STUB_KEPT)); then
        echo "WARNING: the stub journal dropped $((STUB_TOTAL - STUB_KEPT)) requests; duplicates are undercounted"
    fi
} | tee "$RESULT"
log "Logs and this summary: $OUT/"

OK=1
((TIMED_OUT == 0 && OPEN == 0)) || OK=0
if ((CHAOS)); then
    chaos_ok || OK=0
else
    ((PUBLISHED == POSTS && FAILED == 0 && DUPLICATES == 0 && STUB_TOTAL == STUB_KEPT)) || OK=0
fi
if ((OK && CHAOS)); then
    echo "RESULT: OK - no post stored twice, none lost, none left open"
elif ((OK)); then
    echo "RESULT: OK - every publication published exactly once"
else
    echo "RESULT: NOT OK - see the figures above and $OUT/instance-*.log"
    exit 1
fi
