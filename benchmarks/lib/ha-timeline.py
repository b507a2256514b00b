#!/usr/bin/env python3
"""Where a failover's window goes: per fault of a benchmarks/ha-failover.sh phase, Patroni's and
PostgreSQL's steps (pgN.log: demote, checkpoint, shutdown, leader key, promote), HAProxy's state
changes (haproxy.log) and, per recording, its longest time without a 2001 (as failover-report counts
it) with where that gap began and ended, all in ms from the fault. ha-failover.sh prints it after
each phase's report.   usage: ha-timeline.py WORK_DIR"""
import datetime, glob, os, re, sys

work = sys.argv[1]
STEPS = [
    ('received switchover request', 'switchover request received'),
    ('Demoting self', 'demote begins'),
    ('checkpoint starting: immediate force wait', 'checkpoint starts'),
    ('checkpoint complete', 'checkpoint complete'),
    ('received fast shutdown request', 'fast shutdown begins'),
    ('received immediate shutdown request', 'immediate shutdown'),
    ('terminating any other active server processes', 'crash: backends terminated'),
    ('database system is shut down', 'shut down'),
    ('Leader key released', 'leader key released'),
    ('acquired session lock as a leader', 'leader lock acquired'),
    ('promoted self to leader', 'leader lock acquired'),
    ('received promote request', 'promote'),
    ('database system is ready to accept connections', 'ready for connections'),
]

def ms(dt):
    return int(dt.replace(tzinfo=datetime.timezone.utc).timestamp() * 1000)

events = []
for log in sorted(glob.glob(os.path.join(work, 'pg[0-9].log'))):
    node = os.path.basename(log)[:-4]
    for line in open(log, errors='replace'):
        m = re.match(r'(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)[.,](\d{3})', line)
        if not m:
            continue
        for needle, what in STEPS:
            if needle in line:
                t = datetime.datetime.strptime(m.group(1), '%Y-%m-%d %H:%M:%S')
                events.append((ms(t) + int(m.group(2)), node, what))
                break
for line in open(os.path.join(work, 'haproxy.log'), errors='replace'):
    m = re.match(r'(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)\.(\d{3})\d*\+00:00 Server primary/(pg\d) is (UP|DOWN)', line)
    if m:
        t = datetime.datetime.strptime(m.group(1), '%Y-%m-%dT%H:%M:%S')
        events.append((ms(t) + int(m.group(2)), 'haproxy', m.group(3) + ' marked ' + m.group(4)))
events.sort()

faults = [l.split() for l in open(os.path.join(work, 'events')) if l.strip()]
recs = {}
for rec in sorted(glob.glob(os.path.join(work, 'r[0-9]-*.rec'))):
    recs[os.path.basename(rec)[:-4]] = sorted(int(l.split()[0]) for l in open(rec)
                                               if not l.startswith('#') and l.split()[1:2] == ['2001'])
for i, (t0, label) in enumerate(faults):
    t0 = int(t0)
    until = int(faults[i + 1][0]) if i + 1 < len(faults) else t0 + 30000
    print(f'## {label} at {datetime.datetime.utcfromtimestamp(t0 / 1000):%H:%M:%S.%f}'[:-3])
    for t, who, what in events:
        if t0 - 500 <= t < min(until, t0 + 20000):
            print(f'  {t - t0:+7d} ms  {who:8s} {what}')
    for name, ok in recs.items():
        before = [t for t in ok if t <= t0]
        after = [t for t in ok if t0 < t < until]
        # the longest gap after the fault, as failover-report counts it
        prev, gap, gap_end = (before[-1] if before else t0), 0, None
        for t in after:
            if t - prev > gap:
                gap, gap_start, gap_end = t - prev, prev, t
            prev = t
        if gap_end:
            print(f'  {name}: longest gap {gap} ms, from {gap_start - t0:+d} to {gap_end - t0:+d} ms')
