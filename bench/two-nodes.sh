#!/usr/bin/env bash
# Two CaseFlow nodes on one MariaDB/MySQL database (bench/README.md, "Two nodes, one database").
#   bench/two-nodes.sh [path/to/caseflow.jar]        (default backend/target/caseflow.jar; build it first)
# Checks: a session made on node A works on node B (caseflow.sessions=jdbc); leads registered on both nodes at
# once get unique case numbers without gaps; each timer job runs exactly once (ACT_HI_JOB_LOG per node host name);
# starting the second node, and restarting both at once, deploys nothing new (deploy-changed-only + deployment lock).
set -euo pipefail
cd "$(dirname "$0")/.."
JAR=${1:-backend/target/caseflow.jar}
DB=${TWONODES_DB:-caseflow_twonodes}
PA=${PORT_A:-18081}; PB=${PORT_B:-18082}
N=${LEADS_PER_NODE:-10}
WORK=$(mktemp -d /tmp/caseflow-twonodes.XXXX)
SQL="mariadb --protocol=tcp -h 127.0.0.1 -u root -N -B $DB -e"
URL="jdbc:mysql://127.0.0.1:3306/$DB?useUnicode=true&characterEncoding=utf8&serverTimezone=Asia/Shanghai&allowPublicKeyRetrieval=true&useSSL=false&nullDatabaseMeansCurrent=true"
PIDS=()
log() { printf '[two-nodes] %s\n' "$*"; }
fail() { log "FAIL: $*"; exit 1; }
stop_all() { for p in "${PIDS[@]:-}"; do [ -n "$p" ] && kill "$p" 2>/dev/null || true; done; for p in "${PIDS[@]:-}"; do [ -n "$p" ] && wait "$p" 2>/dev/null || true; done; PIDS=(); }
trap stop_all EXIT

start_node() { # name port demo-data
  SPRING_PROFILES_ACTIVE=mysql CASEFLOW_DB_URL="$URL" CASEFLOW_DEMO_DATA=$3 \
    java -Xmx768m -jar "$JAR" --server.port=$2 --caseflow.sessions=jdbc --caseflow.data-dir="$WORK/data" \
      --camunda.bpm.generic-properties.properties.hostname="node-$1" \
      --caseflow.clock.start="${CASEFLOW_CLOCK:-2026-03-02T09:00:00+08:00}" \
      --logging.level.root=warn >"$WORK/node-$1.log" 2>&1 &
  PIDS+=($!)
}
wait_up() { # port
  for _ in $(seq 1 240); do
    curl -fs "http://127.0.0.1:$1/actuator/health" >/dev/null 2>&1 && return 0
    sleep 1
  done
  fail "node on port $1 did not start (logs in $WORK)"
}

# browser-like session: cookie jar + CSRF header from the XSRF-TOKEN cookie
csrf() { awk '$6=="XSRF-TOKEN"{print $7}' "$1" | tail -1; }
api() { # jar port method path [body]
  local jar=$1 port=$2 method=$3 path=$4 body=${5:-}
  BODY="$jar.body"
  curl -s -o "$BODY" -w '%{http_code}' -b "$jar" -c "$jar" -X "$method" -H 'Content-Type: application/json' \
    -H "X-XSRF-TOKEN: $(csrf "$jar")" ${body:+--data "$body"} "http://127.0.0.1:$port$path"
}

log "fresh database $DB, work dir $WORK"
mariadb --protocol=tcp -h 127.0.0.1 -u root -e "DROP DATABASE IF EXISTS $DB; CREATE DATABASE $DB CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci"

# Camunda's schema creation is not cluster-safe on an empty database: the first node starts alone
log "node A (creates the schema, deploys, loads demo users)"; start_node A $PA true; wait_up $PA
DEPLOY_A=$($SQL "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT"); PROCDEF_A=$($SQL "SELECT COUNT(*) FROM ACT_RE_PROCDEF")
log "node B"; start_node B $PB false; wait_up $PB
DEPLOY_B=$($SQL "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT"); PROCDEF_B=$($SQL "SELECT COUNT(*) FROM ACT_RE_PROCDEF")
[ "$DEPLOY_A" = "$DEPLOY_B" ] && [ "$PROCDEF_A" = "$PROCDEF_B" ] || fail "node B deployed again: deployments $DEPLOY_A -> $DEPLOY_B, definitions $PROCDEF_A -> $PROCDEF_B"
log "OK deployments: $DEPLOY_A deployments / $PROCDEF_A process definitions after A, the same after B"

# session made on A, used on B
J="$WORK/officer1.cookies"; : >"$J"
curl -s -o /dev/null -b "$J" -c "$J" "http://127.0.0.1:$PA/api/csrf"
[ "$(api "$J" $PA POST /api/auth/login '{"username":"officer1","password":"demo"}')" = 200 ] || fail "login on A: $(cat "$J.body")"
[ "$(api "$J" $PB GET /api/me)" = 200 ] || fail "session of A not valid on B: $(cat "$J.body")"
grep -q officer1 "$J.body" || fail "B does not know officer1: $(cat "$J.body")"
log "OK session: logged in on A, /api/me on B answers $(head -c 80 "$J.body")"
[ "$(api "$J" $PB GET /api/tasks/counts)" = 200 ] || fail "API on B with A's session"
H=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PB/"); [ "$H" = 200 ] || fail "UI on B: $H"

# leads on both nodes at once, then filing (verify + approve) on alternating nodes, concurrently
LEAD='{"campaignCode":"FYKZ-2021","source":"SPOT_CHECK","partyName":"双节点测试%s","partyUscc":"%s","productName":"一次性使用口罩","goodsValue":100}'
uscc() { # 17 chars + check digit via the backend's rule is not available in bash: use the demo generator's list
  sed -n "$1p" "$WORK/uscc.txt"; }
python3 - "$((2*N))" >"$WORK/uscc.txt" <<'PY'
import sys
# GB 32100-2015 check character
chars = "0123456789ABCDEFGHJKLMNPQRTUWXY"; w = [1,3,9,27,19,26,16,17,20,29,25,13,8,24,10,30,28]
for i in range(int(sys.argv[1])):
    s = "91640100MA7" + "%06d" % (300000 + i)
    c = 31 - sum(chars.index(ch) * w[k] for k, ch in enumerate(s)) % 31
    print(s + chars[0 if c == 31 else c])
PY
register() { # node port i
  local jar="$WORK/lead-$1-$3.cookies"; : >"$jar"
  curl -s -o /dev/null -b "$jar" -c "$jar" "http://127.0.0.1:$2/api/csrf"
  api "$jar" $2 POST /api/auth/login '{"username":"officer1","password":"demo"}' >/dev/null
  local code; code=$(api "$jar" $2 POST /api/leads "$(printf "$LEAD" "$1-$3" "$(uscc "$3")")")
  [ "$code" = 201 ] || { echo "lead $1-$3: $code $(cat "$jar.body")" >>"$WORK/errors"; }
}
T0=$($SQL "SELECT COALESCE(MAX(id),0) FROM cf_case")
NUMNO="CAST(REGEXP_REPLACE(case_no, '^.*〕([0-9]+)号$', '\\\\1') AS UNSIGNED)"
# demo cases may already have numbers of 银川's sequence: ours must continue it without a gap
BEFORE=$($SQL "SELECT COALESCE(MAX($NUMNO), 0) FROM cf_case WHERE agency_code='NX-YC' AND case_no LIKE '银市监处罚%'")
JOBS_=()
for i in $(seq 1 $N); do register A $PA $i & JOBS_+=($!); register B $PB $((N+i)) & JOBS_+=($!); done
wait "${JOBS_[@]}"   # not a bare wait: the nodes are children too
[ ! -s "$WORK/errors" ] || fail "$(cat "$WORK/errors")"
LEADS=$($SQL "SELECT COUNT(*) FROM cf_case WHERE id > $T0")
[ "$LEADS" = $((2*N)) ] || fail "expected $((2*N)) leads, got $LEADS"
log "OK $LEADS leads registered concurrently on A and B"

# file every lead (verify → approve) through the API, alternating nodes, all in parallel: numbers are assigned
# at filing (cf_number_counter row lock), so they must come out 1..2N without gaps or duplicates
file_case() { # caseId port-verify port-approve
  local o="$WORK/o-$1.cookies" h="$WORK/h-$1.cookies"; : >"$o"; : >"$h"
  curl -s -o /dev/null -b "$o" -c "$o" "http://127.0.0.1:$2/api/csrf"; api "$o" $2 POST /api/auth/login '{"username":"officer1","password":"demo"}' >/dev/null
  curl -s -o /dev/null -b "$h" -c "$h" "http://127.0.0.1:$3/api/csrf"; api "$h" $3 POST /api/auth/login '{"username":"head1","password":"demo"}' >/dev/null
  local t; t=$($SQL "SELECT id FROM cf_task WHERE case_id=$1 AND activity_id='Task_VerifyLead'")
  api "$o" $2 POST "/api/tasks/$t/claim" >/dev/null
  local c; c=$(api "$o" $2 POST "/api/tasks/$t/complete" '{"variables":{"verificationResult":"FILE","verificationSummary":"双节点","verificationExtended":false}}')
  [ "$c" = 204 ] || { echo "verify $1: $c $(cat "$o.body")" >>"$WORK/errors"; return; }
  t=$($SQL "SELECT id FROM cf_task WHERE case_id=$1 AND activity_id='Task_ApproveFiling'")
  api "$h" $3 POST "/api/tasks/$t/claim" >/dev/null
  c=$(api "$h" $3 POST "/api/tasks/$t/complete" '{"variables":{"filingDecision":"APPROVE","verificationResult":"FILE","comment":"同意"}}')
  [ "$c" = 204 ] || echo "approve $1: $c $(cat "$h.body")" >>"$WORK/errors"
}
k=0; JOBS_=()
for id in $($SQL "SELECT id FROM cf_case WHERE id > $T0 ORDER BY id"); do
  if [ $((k % 2)) = 0 ]; then file_case "$id" $PA $PB & else file_case "$id" $PB $PA & fi; JOBS_+=($!); k=$((k+1))
done; wait "${JOBS_[@]}"
[ ! -s "$WORK/errors" ] || fail "$(cat "$WORK/errors")"
NUMS=$($SQL "SELECT COUNT(*), COUNT(DISTINCT case_no) FROM cf_case WHERE id > $T0 AND case_no IS NOT NULL")
SEQ=$($SQL "SELECT GROUP_CONCAT($NUMNO ORDER BY $NUMNO) FROM cf_case WHERE id > $T0")
EXPECT=$(seq -s, $((BEFORE+1)) $((BEFORE+2*N)))
log "case numbers (count, distinct): $NUMS; sequence: $SEQ"
[ "$NUMS" = "$(printf '%s\t%s' $((2*N)) $((2*N)))" ] || fail "case numbers not unique/complete"
[ "$SEQ" = "$EXPECT" ] || fail "case numbers have gaps: $SEQ"
log "OK case numbers $((BEFORE+1))..$((BEFORE+2*N)) unique without gaps, filed on both nodes at once"

# the dashboard's case tally (Flyway V54 triggers, folded by both nodes) counts what the cases count
TALLY="SELECT kind, SUM(n) FROM (SELECT kind, n FROM cf_case_tally UNION ALL SELECT kind, n FROM cf_case_tally_delta) t WHERE kind IN ('L','F') GROUP BY kind ORDER BY kind"
CASES="SELECT 'F', COUNT(filed_at) FROM cf_case UNION ALL SELECT 'L', COUNT(*) FROM cf_case ORDER BY 1"
[ "$($SQL "$TALLY")" = "$($SQL "$CASES")" ] || fail "case tally $($SQL "$TALLY" | tr '\n' ' ') vs cases $($SQL "$CASES" | tr '\n' ' ')"
log "OK case tally matches the cases: $($SQL "$CASES" | tr '\t\n' '= ')"

# timer jobs: deploy a 3 s timer process through Camunda's REST API (admin), start instances on both nodes
curl -fs -u admin:demo -F deployment-name=twonodes-timer -F enable-duplicate-filtering=true \
  -F "data=@bench/twonodes-timer.bpmn" "http://127.0.0.1:$PA/engine-rest/deployment/create" >/dev/null || fail "deploy timer"
for i in $(seq 1 $N); do
  for p in $PA $PB; do
    curl -fs -u admin:demo -H 'Content-Type: application/json' -d '{}' \
      "http://127.0.0.1:$p/engine-rest/process-definition/key/twonodes-timer/start" >/dev/null || fail "start timer on $p"
  done
done
for _ in $(seq 1 60); do
  LEFT=$($SQL "SELECT COUNT(*) FROM ACT_RU_JOB WHERE PROCESS_DEF_KEY_='twonodes-timer'")
  [ "$LEFT" = 0 ] && break; sleep 2
done
[ "$LEFT" = 0 ] || fail "$LEFT timer jobs still waiting"
ONCE=$($SQL "SELECT COUNT(*) FROM (SELECT JOB_ID_ FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_='twonodes-timer' AND JOB_STATE_=2 GROUP BY JOB_ID_ HAVING COUNT(*) <> 1) x")
JOBS=$($SQL "SELECT COUNT(DISTINCT JOB_ID_) FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_='twonodes-timer' AND JOB_STATE_=2")
BYHOST=$($SQL "SELECT GROUP_CONCAT(CONCAT(HOSTNAME_, '=', n)) FROM (SELECT HOSTNAME_, COUNT(*) n FROM ACT_HI_JOB_LOG WHERE PROCESS_DEF_KEY_='twonodes-timer' AND JOB_STATE_=2 GROUP BY HOSTNAME_) x")
DONE=$($SQL "SELECT COUNT(*) FROM ACT_HI_PROCINST WHERE PROC_DEF_KEY_='twonodes-timer' AND END_TIME_ IS NOT NULL")
[ "$ONCE" = 0 ] && [ "$JOBS" = $((2*N)) ] && [ "$DONE" = $((2*N)) ] || fail "timer jobs: $JOBS succeeded, $ONCE not exactly once, $DONE instances ended"
log "OK $JOBS timer jobs each executed exactly once (successes by node: $BYHOST), $DONE instances ended"

# both nodes restarted at the same time: nothing deployed twice
stop_all
start_node A $PA false; start_node B $PB false; wait_up $PA; wait_up $PB
DEPLOY_C=$($SQL "SELECT COUNT(*) FROM ACT_RE_DEPLOYMENT WHERE NAME_ <> 'twonodes-timer'"); PROCDEF_C=$($SQL "SELECT COUNT(*) FROM ACT_RE_PROCDEF WHERE KEY_ <> 'twonodes-timer'")
[ "$DEPLOY_C" = "$DEPLOY_A" ] && [ "$PROCDEF_C" = "$PROCDEF_A" ] || fail "simultaneous restart deployed again: $DEPLOY_A -> $DEPLOY_C deployments"
log "OK both nodes restarted at once: still $DEPLOY_C deployments / $PROCDEF_C definitions"
log "ALL OK (logs in $WORK)"
