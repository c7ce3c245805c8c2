#!/usr/bin/env bash
# Benchmark of the pages that read the response inbox and the posts at library scale (issue #5): one
# application instance on a fresh PostgreSQL database filled with a large library (6 branches, 300
# people, 12 channels, 50,000 posts, 1,000,000 responses over 5 years, 5 years of daily audience
# snapshots), then the inbox, the review queue and the dashboard loaded for a fixed time each beside a
# trivial page of the same application. Prints requests per second, p50 and p95 per page and the
# ratios to the trivial page. See bench/README.md. Everything it writes goes to bench/target/; the
# database is dropped on exit.
set -euo pipefail

source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"

BUILD=1
POSTS=50000
RESPONSES=1000000
YEARS=5
DURATION=20
WARMUP=5
CONNECTIONS=8
THREADS=2
TRIVIAL=/login
KEEP_DB=0
SEED=0.42
LOADER=auto
JAVA_OPTS="${BENCH_JAVA_OPTS:--Xmx1g}"
BENCH_PASSWORD=bench

usage() {
    cat <<EOF
Usage: bench/responses.sh [options]

  --no-build            use target/redaktionen-*.jar as it is (default: build it with ./mvnw first)
  --posts N             posts to generate (default $POSTS)
  --responses N         responses to generate (default $RESPONSES)
  --years N             years of history (default $YEARS)
  --duration S          seconds of load per page (default $DURATION)
  --warmup S            seconds of unmeasured load per page before that (default $WARMUP)
  --connections N       concurrent connections (default $CONNECTIONS)
  --threads N           load generator threads, wrk only (default $THREADS)
  --trivial PATH        the trivial page the others are compared with (default $TRIVIAL)
  --loader wrk|python   load generator (default: wrk if installed or installable with apt-get, else python)
  --keep-db             do not drop the benchmark database at the end (and print how to reach it)
  -h, --help            this text

PostgreSQL: PGHOST/PGPORT/PGUSER/PGPASSWORD (default localhost:5432, user postgres; the user must be
allowed to create databases). JVM options of the instance: BENCH_JAVA_OPTS (default -Xmx1g).
EOF
}

while (($#)); do
    case "$1" in
        --no-build) BUILD=0 ;;
        --posts) POSTS="$2"; shift ;;
        --responses) RESPONSES="$2"; shift ;;
        --years) YEARS="$2"; shift ;;
        --duration) DURATION="$2"; shift ;;
        --warmup) WARMUP="$2"; shift ;;
        --connections) CONNECTIONS="$2"; shift ;;
        --threads) THREADS="$2"; shift ;;
        --trivial) TRIVIAL="$2"; shift ;;
        --loader) LOADER="$2"; shift ;;
        --keep-db) KEEP_DB=1 ;;
        -h|--help) usage; exit 0 ;;
        *) echo "Unknown option: $1" >&2; usage >&2; exit 2 ;;
    esac
    shift
done
require_whole_numbers "$POSTS" "$RESPONSES" "$YEARS" "$DURATION" "$WARMUP" "$CONNECTIONS" "$THREADS"
((POSTS >= 1000 && RESPONSES >= 1 && YEARS >= 1 && DURATION >= 1 && CONNECTIONS >= 1 && THREADS >= 1)) \
    || { echo "--posts >= 1000, and --responses, --years, --duration, --connections, --threads >= 1" >&2; exit 2; }
[[ "$TRIVIAL" == /* ]] || { echo "--trivial must be a path such as /login" >&2; exit 2; }
[[ "$LOADER" =~ ^(auto|wrk|python)$ ]] || { echo "--loader wrk or python" >&2; exit 2; }
require_tools java curl psql python3

if [[ "$LOADER" != python ]] && ! command -v wrk >/dev/null; then
    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null; then
        log "wrk is not installed: apt-get install -y wrk"
        apt-get install -y -qq wrk >/dev/null 2>&1 \
            || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq wrk >/dev/null 2>&1; } || true
    fi
    if ! command -v wrk >/dev/null; then
        [[ "$LOADER" == wrk ]] && die "wrk is not installed and could not be installed"
        log "wrk is not available: using the Python load generator (slower; compare ratios, not absolutes)"
    fi
fi
if [[ "$LOADER" == auto ]]; then
    command -v wrk >/dev/null && LOADER=wrk || LOADER=python
fi

bench_start

# --- 1. The application -------------------------------------------------------------------------
build_app redaktionen-bench-responses.jar
create_db

# Production mode (no demo data): the schema from Flyway, a first admin the generator moves to a real
# branch. Background work is off so that only the measured requests load the instance.
PORT="$(free_port)"
BASE="http://127.0.0.1:$PORT"
log "Starting the instance on port $PORT (production profile; Flyway creates the schema)"
launch_app "$OUT/instance-responses.log" "$PORT" REDAKTIONEN_SECRET_KEY="$(new_secret_key)" \
    REDAKTIONEN_ADMIN_USERNAME=bootstrap-admin \
    REDAKTIONEN_ADMIN_PASSWORD="$(python3 -c 'import secrets; print(secrets.token_urlsafe(24))')" \
    REDAKTIONEN_SECURE_COOKIES=false -- \
    --spring.profiles.active=prod \
    --spring.datasource.url="$(jdbc_url bench-responses)" \
    --spring.datasource.username="$PGUSER" \
    --spring.datasource.password="$PGPASSWORD" \
    --redaktionen.data-dir="$OUT/data-responses" \
    --redaktionen.publishing.scheduler-enabled=false \
    --redaktionen.responses.poll-enabled=false \
    --redaktionen.audience.fetch-enabled=false
wait_healthy responses "$PORT" "$APP_PID" "$OUT/instance-responses.log"

# --- 2. The library -----------------------------------------------------------------------------
AUDIENCE=0
[[ "$(q "select to_regclass('public.audience_snapshot') is not null")" == t ]] && AUDIENCE=1
((AUDIENCE)) || log "NOTE: no audience_snapshot table in this schema: the audience history is skipped"

log "Generating $POSTS posts and $RESPONSES responses over $YEARS years (set-based SQL)"
GEN_STARTED=$SECONDS
pg -d "$DB" -v posts="$POSTS" -v responses="$RESPONSES" -v years="$YEARS" -v seed="$SEED" \
    -v password="{noop}$BENCH_PASSWORD" -v audience="$AUDIENCE" >"$OUT/generate.log" 2>&1 <<'SQL' \
    || { tail -n 20 "$OUT/generate.log" >&2; die "generating the data failed; see $OUT/generate.log"; }
\set ON_ERROR_STOP on
\timing on
select setseed(:seed);

-- Six branches; the first admin (created at start-up in "Administration") moves to Tumba.
insert into branch (name, code, created_at)
select name, code, now() - make_interval(years => :years + 1)
from (values ('Alby', 'ALB'), ('Fittja', 'FIT'), ('Hallunda', 'HAL'), ('Storvreten', 'STO'), ('Tullinge', 'TUL'),
             ('Tumba', 'TUM')) b(name, code);
update person set branch_id = (select id from branch where name = 'Tumba'), must_change_password = false;
delete from branch where name = 'Administration';

-- 300 people, 50 per branch: 2 admins, 20 editors (3-4 per branch), the rest staff. bench-editor and
-- bench-staff are the ones the load logs in as; everyone has the password {noop}bench.
create temp table first_names as
select row_number() over () as i, n from unnest(array['Anna', 'Ahmed', 'Maria', 'Yusuf', 'Emma', 'Hassan',
    'Karin', 'Mohamed', 'Sara', 'Ali', 'Elin', 'Fatima', 'Johan', 'Amina', 'Erik', 'Leyla', 'Sofia', 'Omar',
    'Lars', 'Mehmet', 'Ida', 'Nour', 'Peter', 'Aisha', 'Linnea', 'Daniel', 'Hanna', 'Ibrahim', 'Marie',
    'Kerstin']) n;
create temp table last_names as
select row_number() over () as i, n from unnest(array['Andersson', 'Yilmaz', 'Johansson', 'Ali', 'Karlsson',
    'Hassan', 'Nilsson', 'Abdi', 'Eriksson', 'Lindqvist', 'Larsson', 'Haddad', 'Olsson', 'Persson', 'Warsame',
    'Berg', 'Svensson', 'Gustafsson', 'Demir', 'Holm']) n;
insert into person (username, display_name, email, branch_id, role, password_hash, created_at, updated_at)
select case g when 1 then 'bench-admin' when 3 then 'bench-editor' when 23 then 'bench-staff'
              else 'staff' || lpad(g::text, 3, '0') end,
       f.n || ' ' || l.n,
       'person' || g || '@bibliotek.botkyrka.example',
       (select id from branch order by name offset ((g - 1) % 6) limit 1),
       case when g <= 2 then 'ADMIN' when g <= 22 then 'EDITOR' else 'STAFF' end,
       :'password', now() - make_interval(years => :years), now()
from generate_series(1, 300) g
join first_names f on f.i = 1 + (g * 7) % 30
join last_names l on l.i = 1 + (g * 11) % 20;

-- Twelve channels: the library's and three branches' Facebook pages, two X accounts, three blogs, a
-- manual Instagram account, a practice channel and the retired MySpace account. Each has a responsible
-- editor and a deputy from its branch (the library-wide ones from Tumba).
create temp table bench_channel as
select row_number() over () as i, * from (values
    ('Facebook: Botkyrka bibliotek', 'FACEBOOK_PAGE', 'Tumba', 'botkyrkabibliotek', 30),
    ('Facebook: Fittja bibliotek', 'FACEBOOK_PAGE', 'Fittja', 'fittjabibliotek', 8),
    ('Facebook: Alby bibliotek', 'FACEBOOK_PAGE', 'Alby', 'albybibliotek', 7),
    ('Facebook: Tumba bibliotek', 'FACEBOOK_PAGE', 'Tumba', 'tumbabibliotek', 7),
    ('Twitter/X: @botkyrkabibl', 'TWITTER', 'Tumba', '@botkyrkabibl', 15),
    ('Twitter/X: @botkyrkaunga', 'TWITTER', 'Storvreten', '@botkyrkaunga', 5),
    ('Bloggen Boktips', 'WORDPRESS_BLOG', 'Fittja', 'https://boktips.bibliotek.botkyrka.example', 8),
    ('Bloggen Barn och unga', 'WORDPRESS_BLOG', 'Storvreten', 'https://barn.bibliotek.botkyrka.example', 6),
    ('Bloggen Evenemang', 'WORDPRESS_BLOG', 'Tumba', 'https://evenemang.bibliotek.botkyrka.example', 6),
    ('Instagram: @botkyrkabibliotek', 'MANUAL', 'Hallunda', 'botkyrkabibliotek', 7),
    ('Övning: Facebook', 'SANDBOX', 'Alby', null, 1),
    ('MySpace: Botkyrka bibliotek', 'MANUAL', 'Hallunda', 'botkyrkabibliotek', 0)
) c(name, kind, branch, handle, weight);
insert into channel (name, kind, signature_template, created_at, handle, branch_id, purpose, responsible_id,
                     deputy_id, started_on, status, retired_on, retired_reason, practises_as)
select c.name, c.kind,
       case c.kind when 'FACEBOOK_PAGE' then E'\n\n{signature}' when 'TWITTER' then ' /{firstName}, {branch}'
                   when 'SANDBOX' then E'\n\n{signature}' end,
       now() - make_interval(years => :years + 2), c.handle, b.id, 'Benchmark channel ' || c.i,
       (select id from person where branch_id = b.id and role = 'EDITOR' order by id limit 1),
       (select id from person where branch_id = b.id and role = 'EDITOR' order by id offset 1 limit 1),
       (now() - make_interval(years => :years + 2))::date,
       case when c.weight = 0 then 'RETIRED' else 'ACTIVE' end,
       case when c.weight = 0 then (now() - make_interval(years => :years + 1))::date end,
       case when c.weight = 0 then 'Publiken har flyttat till andra kanaler.' end,
       case when c.kind = 'SANDBOX' then 'FACEBOOK_PAGE' end
from bench_channel c join branch b on b.name = c.branch;
create temp table person_ids as
select array_agg(id order by id) as ids, array_agg(id order by id) filter (where role = 'EDITOR') as editors
from person;
create temp table live_channel as
select row_number() over (order by ch.id) as i, ch.id, ch.kind, ch.handle, bc.weight,
       sum(bc.weight) over (order by ch.id) as upto, sum(bc.weight) over () as total
from channel ch join bench_channel bc on bc.name = ch.name where bc.weight > 0;

-- 50,000 posts over the years: 93 % published, the rest drafts, posts in review (about 300, the
-- review queue), sent back, approved for later, rejected or withdrawn. bench-staff and bench-editor
-- send 3 % each (their inboxes are full), the others evenly. 40 % go to a second channel.
create temp table gen_post as
select g as n, random() as r_state, random() as r_time, random() as r_sender, random() as r_channel,
       random() as r_second, random() as r_text
from generate_series(1, :posts) g;
create temp table bench_post as
select (select coalesce(max(id), 0) from post) + n as id, n,
       case when r_state < 0.006 then 'SUBMITTED' when r_state < 0.036 then 'DRAFT'
            when r_state < 0.040 then 'CHANGES_REQUESTED' when r_state < 0.043 then 'APPROVED'
            when r_state < 0.055 then 'REJECTED' when r_state < 0.070 then 'WITHDRAWN' else 'PUBLISHED' end as state,
       r_time, r_text,
       case when r_sender < 0.03 then (select id from person where username = 'bench-staff')
            when r_sender < 0.06 then (select id from person where username = 'bench-editor')
            else (select ids[1 + floor((r_sender - 0.06) / 0.94 * cardinality(ids))::int] from person_ids)
       end as sender_id,
       (select lc.id from live_channel lc where lc.upto > r_channel * lc.total order by lc.upto limit 1)
           as channel1,
       case when r_second < 0.4 then (select lc.id from live_channel lc
                                      where lc.i = 1 + floor(r_second / 0.4 * 5)::int) end as channel2
from gen_post;
update bench_post set channel2 = null where channel2 = channel1;
alter table bench_post add column created_at timestamptz, add column scheduled_at timestamptz,
    add column updated_at timestamptz;
update bench_post set
    created_at = case when state in ('SUBMITTED', 'DRAFT', 'CHANGES_REQUESTED')
                          then now() - r_time * interval '21 days'
                      when state = 'APPROVED' then now() - r_time * interval '5 days'
                      else now() - r_time * make_interval(years => :years) end;
update bench_post set
    scheduled_at = case when state = 'APPROVED' then now() + interval '1 day' + r_time * interval '14 days'
                        when state = 'PUBLISHED' then created_at + interval '20 hours' + r_text * interval '3 days'
                        when state in ('REJECTED', 'WITHDRAWN') then created_at + interval '2 days' end,
    updated_at = case when state = 'SUBMITTED' then created_at + r_text * (now() - created_at)
                      else created_at + interval '1 day' end;
update bench_post set scheduled_at = least(scheduled_at, now() - interval '1 minute') where state = 'PUBLISHED';
update bench_post set updated_at = scheduled_at where state = 'PUBLISHED';
update bench_post set created_at = least(created_at, scheduled_at - interval '20 hours') where state = 'PUBLISHED';

create temp table post_texts as
select row_number() over () as i, t from unnest(array[
    'På lördag kl. 11 är det sagostund – på svenska och arabiska. Ingen anmälan, bara att komma! #Sagostund',
    'Läxhjälp varje tisdag och torsdag kl. 15–17. Frivilliga studenter hjälper till med matte, svenska och engelska.',
    'Språkcafé i dag kl. 17. Öva svenska över en kopp kaffe – alla nivåer är välkomna! #Språkcafé',
    'I kväll kl. 18: författarsamtal i hörsalen. Fri entré – välkommen!',
    'Meröppet: nu kan du låna och lämna 7–22 alla dagar, även när personalen gått hem. #Meröppet',
    'Babyrytmik på onsdag kl. 10! Sånger, ramsor och rörelse för de allra minsta. #Babyrytmik',
    'Bokcirkeln startar om! Vi träffas första tisdagen i månaden kl. 18. Anmäl dig i disken. #Bokcirkel',
    'Biblioteket har stängt på måndag på grund av personalutbildning. Meröppet fungerar som vanligt.',
    'Nytt i Biblio: hundratals nya e-böcker och ljudböcker. Logga in med ditt lånekort! #Biblio',
    'Veckans boktips: en roman om att flytta hemifrån och hitta hem igen. Finns som bok, e-bok och ljudbok. #Boktips',
    'Digital hjälp på torsdag kl. 13–15: vi hjälper dig med BankID, e-post och mobilen. Ingen anmälan.',
    'Pyssel på lördag: vi gör bokmärken och egna små böcker. För barn 5–10 år, kl. 12–14.',
    'Quizkväll på fredag kl. 18! Lag på 2–5 personer, anmälan i disken.',
    'Schackklubben träffas varje fredag kl. 16. Nybörjare och rutinerade spelare – alla är välkomna.',
    'Nya böcker på plats! De senaste deckarna, nya biografier och en hel låda bilderböcker.',
    'Filmvisning för barn på söndag kl. 13. Popcorn ingår!']) t;
insert into post (id, title, body, link, author_id, sender_id, state, scheduled_at, version, created_at, updated_at)
select p.id,
       case when (select kind from live_channel where id = p.channel1) = 'WORDPRESS_BLOG'
            then 'Inlägg ' || p.n end,
       t.t, null, p.sender_id, p.sender_id, p.state, p.scheduled_at, 0, p.created_at,
       p.updated_at
from bench_post p join post_texts t on t.i = 1 + floor(p.r_text * 16)::int;
select setval(pg_get_serial_sequence('post', 'id'), (select max(id) from post));

insert into post_channel (post_id, channel_id, rendered_text, length)
select p.id, c.channel_id, po.body || case lc.kind when 'FACEBOOK_PAGE' then E'\n\n/' || split_part(s.display_name, ' ', 1)
                                                  when 'TWITTER' then ' /' || split_part(s.display_name, ' ', 1)
                                                  else '' end,
       length(po.body) + 12
from bench_post p
cross join lateral (values (p.channel1), (p.channel2)) c(channel_id)
join post po on po.id = p.id
join person s on s.id = p.sender_id
join live_channel lc on lc.id = c.channel_id
where c.channel_id is not null;

-- The history of every post that left the draft: submitted, decided by an editor, published.
insert into post_transition (post_id, from_state, to_state, actor_id, at, comment)
select p.id, 'DRAFT', 'SUBMITTED', p.sender_id, p.created_at + interval '30 minutes', null
from bench_post p where p.state not in ('DRAFT');
insert into post_transition (post_id, from_state, to_state, actor_id, at, comment)
select p.id, 'SUBMITTED',
       case p.state when 'CHANGES_REQUESTED' then 'CHANGES_REQUESTED' when 'REJECTED' then 'REJECTED'
                    when 'WITHDRAWN' then 'WITHDRAWN' else 'APPROVED' end,
       case when p.state = 'WITHDRAWN' then p.sender_id
            else (select editors[1 + p.n % cardinality(editors)] from person_ids) end,
       p.created_at + interval '5 hours',
       case when p.state in ('CHANGES_REQUESTED', 'REJECTED') then 'Se kommentaren, tack!' end
from bench_post p where p.state not in ('DRAFT', 'SUBMITTED');
insert into post_transition (post_id, from_state, to_state, actor_id, at, comment)
select p.id, 'APPROVED', 'PUBLISHED', null, p.scheduled_at, null from bench_post p where p.state = 'PUBLISHED';

-- One publication per channel of every published post, PUBLISHED with the platform's id and address;
-- the approved ones wait, PENDING, for their time.
insert into publication (id, post_id, channel_id, slug, title, text, link, state, due_at, next_attempt_at,
                         attempts, platform_id, url, published_at, created_at, updated_at)
select (select coalesce(max(id), 0) from publication) + row_number() over (order by pc.post_id, pc.channel_id),
       pc.post_id, pc.channel_id, 'rdk-bench-' || pc.post_id || '-' || pc.channel_id, po.title, pc.rendered_text,
       null, case when p.state = 'PUBLISHED' then 'PUBLISHED' else 'PENDING' end,
       p.scheduled_at, case when p.state = 'APPROVED' then p.scheduled_at end,
       case when p.state = 'PUBLISHED' then 1 else 0 end,
       case when p.state = 'PUBLISHED' then 'bench-' || pc.post_id || '-' || pc.channel_id end,
       case when p.state = 'PUBLISHED' then 'https://platform.example/' || pc.channel_id || '/' || pc.post_id end,
       case when p.state = 'PUBLISHED' then p.scheduled_at end,
       p.created_at + interval '5 hours', coalesce(p.scheduled_at, p.created_at)
from post_channel pc join bench_post p on p.id = pc.post_id join post po on po.id = pc.post_id
where p.state in ('PUBLISHED', 'APPROVED');
select setval(pg_get_serial_sequence('publication', 'id'), (select max(id) from publication));

-- 1,000,000 responses, each on a random published publication, arriving a few hours (now and then
-- days) after it. Older ones are settled: 73 % answered (most within hours, some late), 24 %
-- needing no answer, under 1 % hidden or removed, 0.3 % forgotten and still open; of the last two
-- weeks' a third are still open. Every one goes to the sender of the post (as routing does), unless it
-- is still unassigned; 3 % are mentions and messages that answer no post and go to the channel's
-- responsible person.
create temp table pub_index as
select row_number() over (order by x.id) as rn, x.id, x.post_id, x.channel_id, x.platform_id, x.published_at,
       lc.kind, p.sender_id, ch.responsible_id
from publication x join live_channel lc on lc.id = x.channel_id join bench_post p on p.id = x.post_id
join channel ch on ch.id = x.channel_id
where x.state = 'PUBLISHED';
create unique index on pub_index (rn);
analyze pub_index;
create temp table response_texts as
select row_number() over () as i, t from unnest(array['Har ni öppet på lördag?', 'Behöver man anmäla sig?',
    'Är det gratis?', 'Finns den som e-bok också?', 'Vilken ålder passar det för?', 'Tack för tipset!',
    'Bästa biblioteket!', 'Kan man reservera den?', 'Vilken tid börjar det?', 'Så bra initiativ 👏',
    'Meröppet-dörren fungerade inte i morse.', 'Kan ni köpa in den nya av Khemiri?', 'Toppen, vi ses där!',
    'Finns det hörslinga i lokalen?', 'Hur får man tillgång till meröppet?', 'Varför har ni stängt så tidigt?',
    'Barnen älskade sagostunden ❤️', 'Jag har glömt min PIN-kod, vad gör jag?', 'Får man ta med barn?',
    'Härligt att ni finns 📚']) t;
create temp table gen_response as
select g, (1 + floor(random() * (select count(*) from pub_index)))::bigint as rn, random() as r_delay,
       random() as r_open, random() as r_state, random() as r_answer, random() as r_kind, random() as r_author,
       random() as r_text, random() as r_where
from generate_series(1, :responses) g;
insert into response (id, channel_id, platform_id, kind, in_reply_to, publication_id, post_id, author_name,
                      author_handle, text, received_at, state, assignee_id, routed_to, source, first_answered_at,
                      answered_by, answered_where, answer_text, created_at, updated_at, version)
select (select coalesce(max(id), 0) from response) + g.g, p.channel_id, 'bench-' || g.g,
       case when g.r_kind < 0.03 then (case when p.kind = 'TWITTER' then 'MENTION' else 'MESSAGE' end)
            when p.kind = 'TWITTER' then (case when g.r_kind < 0.6 then 'REPLY' else 'MENTION' end)
            when g.r_kind < 0.15 then 'REPLY' else 'COMMENT' end,
       case when g.r_kind >= 0.03 then p.platform_id end,
       case when g.r_kind >= 0.03 then p.id end,
       case when g.r_kind >= 0.03 then p.post_id end,
       f.n || ' ' || l.n,
       case when p.kind = 'TWITTER' then '@' || lower(f.n) || '_' || floor(g.r_author * 60000)::int end,
       t.t, s.received, s.state,
       case when s.state = 'NEW' then null when g.r_kind < 0.03 then p.responsible_id else p.sender_id end,
       case when s.state = 'NEW' then 'NOBODY' when g.r_kind < 0.03 then 'RESPONSIBLE' else 'SENDER' end,
       'PLATFORM', s.answered,
       case when s.state in ('ANSWERED', 'NO_ACTION_NEEDED') then
           case when g.r_kind < 0.03 then p.responsible_id else p.sender_id end end,
       case when s.state = 'ANSWERED' then (case when g.r_where < 0.8 then 'REDAKTIONEN' else 'ELSEWHERE' end) end,
       case when s.state = 'ANSWERED' and g.r_where < 0.8 then 'Tack för din fråga! Vi svarar gärna här.' end,
       s.received + interval '2 minutes', coalesce(s.answered, s.received + interval '2 minutes'), 0
from gen_response g
join pub_index p on p.rn = g.rn
join first_names f on f.i = 1 + floor(g.r_author * 30)::int
join last_names l on l.i = 1 + floor(g.r_author * 600)::int % 20
join response_texts t on t.i = 1 + floor(g.r_text * 20)::int
cross join lateral (
    select least(p.published_at + interval '3 minutes'
                 + case when g.r_delay < 0.05 then g.r_delay * 20 * interval '10 days'
                        else -ln(1 - g.r_delay) * interval '8 hours' end,
                 now() - interval '1 minute') as received) r
cross join lateral (
    select case when (r.received > now() - interval '14 days' and g.r_open < 0.33) or g.r_open < 0.003
                    then (case when g.r_state < 0.06 then 'NEW' else 'ASSIGNED' end)
                when g.r_state < 0.005 then 'HIDDEN' when g.r_state < 0.008 then 'REMOVED'
                when g.r_state < 0.25 then 'NO_ACTION_NEEDED' else 'ANSWERED' end as state) st
cross join lateral (
    select r.received, st.state,
           case when st.state = 'ANSWERED' then least(r.received + interval '15 minutes'
                    + case when g.r_answer < 0.85 then g.r_answer * interval '9 hours'
                           else (g.r_answer - 0.85) * interval '20 days' end, now()) end as answered) s;
select setval(pg_get_serial_sequence('response', 'id'), (select max(id) from response));

-- The record of every hidden or removed response.
insert into response_moderation (response_id, action, reason, reason_text, acted_by, acted_at, original_text,
                                 author_name, author_handle, platform_id, received_at, platform_result,
                                 platform_detail)
select r.id, case r.state when 'HIDDEN' then 'HIDE' else 'REMOVE' end, 'SPAM', null, ch.responsible_id,
       r.received_at + interval '3 hours', r.text, r.author_name, r.author_handle, r.platform_id, r.received_at,
       'DONE', null
from response r join channel ch on ch.id = r.channel_id where r.state in ('HIDDEN', 'REMOVED');

-- Every active channel gone through weekly by its responsible editor.
insert into supervision (channel_id, supervised_by, supervised_at, open_count)
select ch.id, ch.responsible_id, w, (random() * 20)::int
from channel ch cross join generate_series(now() - make_interval(years => :years), now() - interval '1 day',
                                           interval '7 days') w
where ch.status = 'ACTIVE';

-- Five years of daily audience per channel with an audience: slow growth, some noise.
\if :audience
insert into audience_snapshot (channel_id, counted_on, followers, fans, source, recorded_by, recorded_at)
select lc.id, d::date,
       greatest(0, (500 + lc.weight * 150 + (d::date - (now() - make_interval(years => :years))::date)
                    * lc.weight * 0.08 + random() * 25)::int),
       case when lc.kind = 'FACEBOOK_PAGE' then (400 + lc.weight * 140 + (d::date - (now()
           - make_interval(years => :years))::date) * lc.weight * 0.07 + random() * 20)::int end,
       case when lc.kind in ('FACEBOOK_PAGE', 'TWITTER') then 'PLATFORM' else 'MANUAL' end,
       case when lc.kind in ('FACEBOOK_PAGE', 'TWITTER') then null else ch.responsible_id end,
       d + interval '6 hours'
from live_channel lc join channel ch on ch.id = lc.id
cross join generate_series((now() - make_interval(years => :years))::date, now()::date, interval '1 day') d
where lc.kind <> 'SANDBOX';
\endif

analyze;
SQL
GEN_SECONDS=$((SECONDS - GEN_STARTED))
log "Generated in $GEN_SECONDS s"
COUNTS="$(q "select (select count(*) from branch), (select count(*) from person), (select count(*) from channel),
                    (select count(*) from post), (select count(*) from post where state = 'SUBMITTED'),
                    (select count(*) from publication), (select count(*) from response),
                    (select count(*) from response where state in ('NEW', 'ASSIGNED')),
                    (select count(*) from response where state = 'NEW'),
                    (select count(*) from response r join person p on p.id = r.assignee_id
                     where p.username = 'bench-staff' and r.state = 'ASSIGNED'),
                    $( ((AUDIENCE)) && echo "(select count(*) from audience_snapshot)" || echo "0"),
                    pg_size_pretty(pg_database_size(current_database()))")"
read -r N_BRANCH N_PERSON N_CHANNEL N_POST N_SUBMITTED N_PUBLICATION N_RESPONSE N_OPEN N_UNASSIGNED N_STAFF_OPEN \
    N_AUDIENCE DB_SIZE_NUM DB_SIZE_UNIT <<<"$COUNTS"
log "Data: $N_BRANCH branches, $N_PERSON people, $N_CHANNEL channels, $N_POST posts ($N_SUBMITTED in review),"
log "      $N_PUBLICATION publications, $N_RESPONSE responses ($N_OPEN open, $N_UNASSIGNED unassigned,"
log "      $N_STAFF_OPEN open for bench-staff), $N_AUDIENCE audience snapshots; database $DB_SIZE_NUM $DB_SIZE_UNIT"

# --- 3. Sessions -------------------------------------------------------------------------------
# login USER: logs in through the form (with the CSRF token of /login) and prints the session cookie.
login() {
    local jar="$OUT/cookies-$1.txt"
    rm -f "$jar"
    local page csrf status
    page="$(curl -fsS -c "$jar" -b "$jar" "$BASE/login")"
    csrf="$(sed -n 's/.*name="_csrf" value="\([^"]*\)".*/\1/p' <<<"$page" | head -n 1)"
    [[ -n "$csrf" ]] || die "no CSRF token on /login"
    status="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' -c "$jar" -b "$jar" \
        --data-urlencode "username=$1" --data-urlencode "password=$BENCH_PASSWORD" --data-urlencode "_csrf=$csrf" \
        "$BASE/login")"
    [[ "$status" == "302 $BASE/" ]] || die "logging in as $1 failed: $status"
    awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$jar" | tail -n 1
}
EDITOR_COOKIE="$(login bench-editor)"
STAFF_COOKIE="$(login bench-staff)"
# One anonymous session for the trivial page: /login keeps its CSRF token in the session, and a new
# session per request would measure session creation (and fill the heap) instead.
curl -fsS -o /dev/null -c "$OUT/cookies-anonymous.txt" "$BASE$TRIVIAL" || die "$TRIVIAL does not answer"
ANONYMOUS_COOKIE="$(awk '$6 == "JSESSIONID" { print "JSESSIONID=" $7 }' "$OUT/cookies-anonymous.txt" | tail -n 1)"

# NAME|PATH|COOKIE: what is measured, in this order; the trivial page (the ratios' base) first.
TRIVIAL_NAME="trivial: $TRIVIAL"
TARGETS=(
    "$TRIVIAL_NAME|$TRIVIAL|$ANONYMOUS_COOKIE"
    "inbox, all open (editor)|/responses?view=all|$EDITOR_COOKIE"
    "inbox, mine (staff)|/responses|$STAFF_COOKIE"
    "review queue (editor)|/review|$EDITOR_COOKIE"
    "dashboard (editor)|/|$EDITOR_COOKIE"
)
[[ "$TRIVIAL" == /actuator/health ]] || TARGETS+=("health: /actuator/health|/actuator/health|")
for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path cookie <<<"$target"
    result="$(curl -sS -o "$OUT/page.html" -w '%{http_code} %{size_download} %{time_total}' \
        ${cookie:+-H "Cookie: $cookie"} "$BASE$path")"
    read -r code size seconds <<<"$result"
    log "  $name: $code, $size bytes, first request ${seconds} s"
    [[ "$code" == 200 ]] || log "  WARNING: $path answers $code; it is measured all the same (errors column)"
done

# --- 4. Load ------------------------------------------------------------------------------------
cat >"$OUT/responses-wrk.lua" <<'LUA'
-- Counts every answer that is not 200 (a redirect to /login means the session was lost) and prints
-- one line of figures at the end, in microseconds.
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) non200 = 0 end
function response(status, headers, body) if status ~= 200 then non200 = non200 + 1 end end
function done(summary, latency, requests)
    local bad = 0
    for _, t in ipairs(threads) do bad = bad + (t:get("non200") or 0) end
    local e = summary.errors
    io.write(string.format("RESULT %d %d %d %d %d %d\n", summary.requests, summary.duration,
        latency:percentile(50), latency:percentile(95), e.connect + e.read + e.write + e.timeout + bad,
        latency:percentile(99)))
end
LUA
cat >"$OUT/responses-load.py" <<'PY'
# A small load generator for machines without wrk: N threads, one keep-alive connection each, for a
# fixed time; prints the same RESULT line as the wrk script (counts, microseconds).
import http.client, sys, threading, time
host, port, path, cookie, connections, seconds = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], \
    int(sys.argv[5]), float(sys.argv[6])
latencies, errors, lock = [], [0], threading.Lock()
start = time.monotonic()
end = start + seconds
def worker():
    conn = http.client.HTTPConnection(host, port, timeout=60)
    mine, bad = [], 0
    headers = {"Cookie": cookie} if cookie else {}
    while time.monotonic() < end:
        t0 = time.perf_counter()
        try:
            conn.request("GET", path, headers=headers)
            r = conn.getresponse()
            r.read()
            if r.status != 200:
                bad += 1
        except Exception:
            bad += 1
            conn.close()
            conn = http.client.HTTPConnection(host, port, timeout=60)
            continue
        mine.append(int((time.perf_counter() - t0) * 1e6))
    with lock:
        latencies.extend(mine)
        errors[0] += bad
threads = [threading.Thread(target=worker) for _ in range(connections)]
for t in threads: t.start()
for t in threads: t.join()
took = int((time.monotonic() - start) * 1e6)
latencies.sort()
pct = lambda p: latencies[min(len(latencies) - 1, int(len(latencies) * p / 100))] if latencies else 0
print("RESULT %d %d %d %d %d %d" % (len(latencies), took, pct(50), pct(95), errors[0], pct(99)))
PY

# load PATH COOKIE SECONDS: prints "requests duration_us p50_us p95_us errors p99_us".
load() {
    local path=$1 cookie=$2 seconds=$3 output
    if [[ "$LOADER" == wrk ]]; then
        output="$(wrk -t"$THREADS" -c"$CONNECTIONS" -d"${seconds}s" --timeout 60s -s "$OUT/responses-wrk.lua" \
            ${cookie:+-H "Cookie: $cookie"} "$BASE$path")"
    else
        output="$(python3 "$OUT/responses-load.py" 127.0.0.1 "$PORT" "$path" "$cookie" "$CONNECTIONS" "$seconds")"
    fi
    grep '^RESULT ' <<<"$output" | cut -d' ' -f2-
}

RAW="$OUT/responses-raw.tsv"
: >"$RAW"
for target in "${TARGETS[@]}"; do
    IFS='|' read -r name path cookie <<<"$target"
    if ((WARMUP > 0)); then
        log "Warming up $path for $WARMUP s"
        load "$path" "$cookie" "$WARMUP" >/dev/null
    fi
    log "Measuring $path for $DURATION s with $CONNECTIONS connections ($LOADER)"
    figures="$(load "$path" "$cookie" "$DURATION")"
    [[ -n "$figures" ]] || die "the load generator printed no figures for $path"
    printf '%s\t%s\n' "$name" "${figures// /$'\t'}" >>"$RAW"
done

# --- 5. Figures ---------------------------------------------------------------------------------
RESULT="$OUT/responses-result.txt"
{
    echo "=== Response pages benchmark ($(date -Iseconds)) ==="
    echo "Setup:  1 instance ($JAVA_OPTS), $(nproc 2>/dev/null || echo '?') CPU cores, PostgreSQL $PGHOST:$PGPORT ($(q "show server_version" | cut -d' ' -f1)), load: $LOADER, $CONNECTIONS connections, ${DURATION} s per page after ${WARMUP} s warm-up"
    echo "Data:   $N_BRANCH branches, $N_PERSON people, $N_CHANNEL channels, $N_POST posts ($N_SUBMITTED in review), $N_PUBLICATION publications,"
    echo "        $N_RESPONSE responses ($N_OPEN open, $N_UNASSIGNED unassigned, $N_STAFF_OPEN open for bench-staff), $N_AUDIENCE audience snapshots; $DB_SIZE_NUM $DB_SIZE_UNIT; generated in $GEN_SECONDS s"
    python3 - "$RAW" <<'PY'
import sys
rows = [line.rstrip("\n").split("\t") for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
def figures(row):
    name, requests, duration, p50, p95, errors, p99 = row
    requests, duration = int(requests), int(duration)
    done = requests > 0
    return {"name": name, "requests": requests, "rps": requests / (duration / 1e6) if duration else 0.0,
            "p50": int(p50) / 1000 if done else None, "p95": int(p95) / 1000 if done else None,
            "p99": int(p99) / 1000 if done else None, "errors": int(errors)}
pages = [figures(r) for r in rows]
base = pages[0]
ms = lambda v: "-" if v is None else f"{v:.1f}"
print(f"{'page':<32} {'req/s':>9} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'errors':>7} {'p95 ratio':>10} {'req/s ratio':>12}")
for p in pages:
    p95_ratio = f"{p['p95'] / base['p95']:.1f}x" if p["p95"] is not None and base["p95"] else "-"
    rps_ratio = f"{base['rps'] / p['rps']:.1f}x" if p["rps"] > 0 else "-"
    print(f"{p['name']:<32} {p['rps']:>9.1f} {ms(p['p50']):>9} {ms(p['p95']):>9} {ms(p['p99']):>9} "
          f"{p['errors']:>7} {p95_ratio:>10} {rps_ratio:>12}")
    if p["requests"] == 0:
        print(f"  ({p['name']}: no request finished within the measured time)")
print("p95 ratio = p95(page) / p95(trivial page); req/s ratio = throughput(trivial page) / throughput(page):")
print("how many times a page costs the trivial page of the same instance, measured in the same run.")
PY
    [[ -r /proc/loadavg ]] && echo "Machine load (1/5/15 min): $(cut -d' ' -f1-3 /proc/loadavg) (the figures are only as quiet as the machine)"
} | tee "$RESULT"
log "Logs and this summary: $OUT/"
