#!/usr/bin/env bash
# Runs the end-to-end files whose outcome could depend on who is on call at four Bangkok times spread
# over the day and over several weekdays, under libfaketime (Debian's faketime package). The tests, the
# apps they start and a PostgreSQL server of the run's own (deadlines are computed with the database's
# now()) see the shifted clock; Redis and NATS keep the real one (Redis hangs under libfaketime; BullMQ
# and JetStream take their times from the clients).
#   npm run test:hours                 # the four default times
#   npm run test:hours -- "1 07:59"    # days ahead and a Bangkok time of day, as many as wanted
set -euo pipefail
cd "$(dirname "$0")/.."

if ! command -v faketime >/dev/null 2>&1; then
  (apt-get update -qq && apt-get install -y -qq faketime >/dev/null) || { echo "faketime is needed: apt-get install faketime"; exit 2; }
fi
LIBFAKETIME=$(dpkg -L libfaketime 2>/dev/null | grep -m1 'libfaketime.so.1$' || true)
[ -n "$LIBFAKETIME" ] || { echo "libfaketime.so.1 not found (dpkg -L libfaketime)"; exit 2; }

# Every file that pages someone, asks who is on call or shows it (E2E_FILES="..." runs others).
DEFAULT_FILES="test/tip-to-ack test/escalation-actions test/escalation-handoff test/line-sms test/board-actions
  test/channels-simulator-walkthrough test/channels-sms-opt-outs test/channels-public-reporters
  test/directory-notices test/directory-edits test/directory-console test/reply-answers test/board-security
  test/access-matrix test/reports test/reports-browser test/reporter-retention test/drills test/drills-browser
  test/single-mode"
read -r -a FILES <<<"$(echo ${E2E_FILES:-$DEFAULT_FILES})"
TIMES=("$@")
[ ${#TIMES[@]} -gt 0 ] || TIMES=("0 02:30" "1 07:59" "2 13:00" "3 20:00")

# A PostgreSQL cluster of this run's own (never the machine's shared server), restarted on each clock.
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)
PG_DIR=$(mktemp -d /tmp/rescue-hours-pg.XXXXXX)
PG_PORT=$(node -e 'const s=require("net").createServer().listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})')
chown postgres "$PG_DIR"
as_postgres() { runuser -u postgres -- "$@"; }
as_postgres "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres -A trust >/dev/null
stop_pg() { as_postgres "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m fast stop >/dev/null 2>&1 || true; }
trap 'stop_pg; rm -rf "$PG_DIR"' EXIT
export E2E_POSTGRES="postgres://postgres@127.0.0.1:$PG_PORT"

npm run -s build
summary=()
status=0
for t in "${TIMES[@]}"; do
  # Seconds from now to that Bangkok time (UTC+7, no daylight saving), days ahead; always forward.
  offset=$(node -e '
    const [days, hm] = process.argv[1].split(" "); const [h, m] = hm.split(":").map(Number);
    const now = Date.now(); const bkk = new Date(now + 7 * 3600e3);
    let at = Date.UTC(bkk.getUTCFullYear(), bkk.getUTCMonth(), bkk.getUTCDate() + Number(days), h, m) - 7 * 3600e3;
    if (at <= now) at += 86400e3;
    console.log(Math.ceil((at - now) / 1000));
  ' "$t")
  label="$(TZ=Asia/Bangkok date -d "@$(( $(date +%s) + offset ))" '+%a %Y-%m-%d %H:%M') Bangkok"
  echo "=== $label (clock +${offset}s)"
  stop_pg
  as_postgres env LD_PRELOAD="$LIBFAKETIME" FAKETIME="+${offset}s" FAKETIME_DONT_FAKE_MONOTONIC=1 \
    "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=300" start >/dev/null
  results=$(mktemp)
  rc=0
  LD_PRELOAD="$LIBFAKETIME" FAKETIME="+${offset}s" FAKETIME_DONT_FAKE_MONOTONIC=1 \
    npx jest --selectProjects e2e --runInBand --forceExit --json --outputFile="$results" "${FILES[@]}" >"$results.log" 2>&1 || rc=$?
  line=$(node -e '
    const r = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
    const failed = r.testResults.flatMap((f) => f.assertionResults.filter((t) => t.status === "failed").map((t) => `  FAILED ${f.name.replace(process.cwd() + "/", "")} > ${t.fullName}`));
    console.log([`${r.numPassedTests} passed, ${r.numFailedTests} failed (${r.numTotalTestSuites} files)`, ...failed].join("\n"));
  ' "$results" 2>/dev/null || echo "no results (see $results.log)")
  echo "$line"
  summary+=("$label: $line")
  [ $rc -eq 0 ] || status=1
done
echo
printf '%s\n' "${summary[@]}"
exit $status
