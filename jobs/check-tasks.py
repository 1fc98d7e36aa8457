#!/usr/bin/env python3
"""Independent recomputation of a run's tasks.csv (SPEC 4.7, 9 "Tasks"), sharing no code with
the Java rating: the register's lead units are parsed from the seed document, the task reports read
from the raw task_progress files of each month folder (UTF-8 or GBK CSV, Chinese or code headers
and labels, the four date forms of SPEC 2; rows the spec quarantines are skipped; the later line
wins), the linked indicators' status taken from the run's own indicators.csv (DISTRICT rows). Every
task is rated at every month-end from January to P; P's rating, months_red, months_yellow and
reported_status are compared with tasks.csv row by row.

Usage: jobs/check-tasks.py INPUT_DIR SEED_TXT OUTPUT_DIR PERIOD
  e.g. jobs/check-tasks.py sample-data ../shared/seed/000_914994266695ae59.txt output 2020-09
Limits: the built-in register only (no reference/tasks.csv), no .xlsx deliveries or NAME-N parts.
Exit 1 when a row disagrees."""
import csv, datetime, io, os, re, sys, calendar

if len(sys.argv) != 5:
    sys.exit(__doc__)
sample, seed, out, period = sys.argv[1:5]
year, pmonth = int(period[:4]), int(period[5:7])

# --- register from the seed: "N.text(牵头单位:X;责任单位:Y)" ---
text = open(seed, encoding='utf-8').read()
lead = {}
for m in re.finditer(r'^\s*(\d+)\.(.*?)[（(]牵头单位[:：](.*?)(?:[;；]责任单位[:：].*?)?[)）]\s*$', text, re.M):
    n = int(m.group(1))
    if n in lead:
        continue
    lead[n] = [u for u in re.split(r'[、;,]', m.group(3)) if u]
assert sorted(lead) == list(range(1, 68)), sorted(set(range(1, 68)) - set(lead))
links = {22: ['new_market_entities', 'market_entity_jobs'], 23: ['guarantee_loans_amount'],
         26: ['entrepreneurship_training', 'ecommerce_training'], 29: ['poverty_employment_rate'],
         32: ['soe_graduate_position_share'], 36: ['graduate_placement_rate'],
         38: ['subsidized_training'], 54: ['unemployed_follow_up_rate'],
         60: ['zero_employment_households']}
due = {n: datetime.date(year, 12, 31) for n in lead}
due[1] = due[42] = datetime.date(2020, 12, 31)

def parse_date(v):
    # SPEC 2: yyyy-MM-dd, yyyy/M/d, yyyyMMdd, yyyy年M月d日
    for rx in (r'(\d{4})-(\d{2})-(\d{2})', r'(\d{4})/(\d{1,2})/(\d{1,2})', r'(\d{4})(\d{2})(\d{2})',
               r'(\d{4})年(\d{1,2})月(\d{1,2})日'):
        m = re.fullmatch(rx, v)
        if m:
            try:
                return datetime.date(*map(int, m.groups()))
            except ValueError:
                return None
    return None

# --- reports: each month folder's own file, validated, latest line wins ---
LABELS = {'已完成': 'DONE', '按序时推进': 'ON_SCHEDULE', '滞后': 'BEHIND', '未启动': 'NOT_STARTED'}
def read_month(ym):
    path = os.path.join(sample, '%04d-%02d' % ym, 'task_progress.csv')
    if not os.path.exists(path):
        return None
    raw = open(path, 'rb').read()
    try:
        s = raw.decode('utf-8-sig')
    except UnicodeDecodeError:
        s = raw.decode('gbk')
    rows = list(csv.reader(io.StringIO(s)))
    hdr = [h.strip() for h in rows[0]]
    alias = {'任务序号': 'task_no', '报送单位': 'unit', '进展状态': 'status', '报送日期': 'report_date'}
    idx = {}
    for i, h in enumerate(hdr):
        k = alias.get(h, h.lower())
        idx.setdefault(k, i)
    last_day = datetime.date(ym[0], ym[1], calendar.monthrange(*ym)[1])
    rep = {}
    bad = 0
    for r in rows[1:]:
        if not any(x.strip() for x in r):
            continue
        if len(r) != len(hdr):
            bad += 1; continue
        g = lambda k: r[idx[k]].strip().strip('\u3000\u00a0')
        try:
            t = int(g('task_no'))
        except ValueError:
            bad += 1; continue
        if t not in lead or g('unit') not in lead[t]:
            bad += 1; continue
        st = g('status')
        st = LABELS.get(st, st.upper())
        if st not in LABELS.values():
            bad += 1; continue
        d = parse_date(g('report_date'))
        if d is None:
            bad += 1; continue
        if d > last_day:
            bad += 1; continue
        rep.setdefault(t, {})[g('unit')] = st
    return rep, bad

# --- linked indicators' district status per month-end ---
status = {}
with open(os.path.join(out, 'reports', period, 'indicators.csv'), encoding='utf-8-sig') as f:
    for r in csv.DictReader(f):
        if r['scope'] == 'DISTRICT':
            status[(r['indicator_id'], r['month_end'])] = r['status']

# --- the ratings ---
prev_rating, counts, rated = {}, {n: [0, 0] for n in lead}, False
result = {}
for mo in range(1, pmonth + 1):
    cur = read_month((year, mo))
    prv = read_month((year - 1, 12) if mo == 1 else (year, mo - 1))
    cur_r = cur[0] if cur else {}
    prv_r = prv[0] if prv else {}
    rated = rated or cur is not None
    me = datetime.date(year, mo, calendar.monthrange(year, mo)[1])
    for n in sorted(lead):
        rep = lambda reps, u: reps.get(n, {}).get(u)
        if not rated:
            rating = 'NO_REPORT'
        elif prev_rating.get(n) == 'DONE' or all(rep(cur_r, u) == 'DONE' for u in lead[n]):
            rating = 'DONE'
        else:
            red = me > due[n] \
                or any(rep(cur_r, u) == 'BEHIND' and rep(prv_r, u) == 'BEHIND' for u in lead[n]) \
                or any(rep(cur_r, u) is None and rep(prv_r, u) is None for u in lead[n]) \
                or any(status.get((i, str(me))) in ('BEHIND', 'BREACHED') for i in links.get(n, []))
            near = (due[n].year * 12 + due[n].month) - (year * 12 + mo) <= 3
            yellow = any(rep(cur_r, u) == 'BEHIND' for u in lead[n]) \
                or any(near and rep(cur_r, u) == 'NOT_STARTED' for u in lead[n]) \
                or any(rep(cur_r, u) is None for u in lead[n]) \
                or any(status.get((i, str(me))) == 'AT_RISK' for i in links.get(n, [])) \
                or prev_rating.get(n) == 'RED'
            rating = 'RED' if red else 'YELLOW' if yellow else 'GREEN'
        if rating == 'RED':
            counts[n][0] += 1
        if rating == 'YELLOW':
            counts[n][1] += 1
        prev_rating[n] = rating
        if mo == pmonth:
            result[n] = (rating, counts[n][0], counts[n][1],
                         {u: rep(cur_r, u) or '' for u in lead[n]})

# --- compare with tasks.csv ---
RATING_ZH = {}
with open(os.path.join(out, 'reports', period, 'tasks.csv'), encoding='utf-8-sig') as f:
    rows = list(csv.DictReader(f))
agree, dis = 0, []
for r in rows:
    n = int(r['task_no'])
    mine = result[n]
    theirs = (r['rating'], int(r['months_red']), int(r['months_yellow']))
    rs = '; '.join(u + ':' + (mine[3][u] or 'NONE') for u in lead[n])
    if rs != r['reported_status']:
        dis.append((n, 'reported_status', r['reported_status'], rs))
    if (r['reasons'] == '') != (mine[0] in ('GREEN', 'DONE', 'NO_REPORT')):
        dis.append((n, 'reasons', r['reasons'], mine[0]))
    if theirs == mine[:3]:
        agree += 1
    else:
        dis.append((n, theirs, mine[:3]))
print('rows', len(rows), 'register', len(lead), 'agree (rating, months_red, months_yellow)', agree)
for d in dis:
    print('DISAGREE', d)
from collections import Counter
print(Counter(v[0] for v in result.values()))
sys.exit(1 if dis else 0)
