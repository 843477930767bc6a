#!/usr/bin/env python3
"""Generated messy membership data, and a check that a chart's alt text tells what it shows.

    alt_facts.py gen SEED N [SUCCESSORS]  write a document to stdout: N members with several
                                          statuses, departures and rejoins, suspensions (over
                                          and current), renames, members joining after the
                                          as-of date, and one state with SUCCESSORS successor
                                          states with long names
    alt_facts.py check DATA ALT [AS_OF]   exit 1 with the reason when the alt text of a
                                          membership or count chart of DATA leaves a fact out

The check reads the data as the format defines it (docs/data-format.md) and asks that every
member with a departure, a suspension (current or over), a status other than the top one, or a
first period after the as-of date is named in the alt text with the name it had then, that each
kind of fact is counted as often as the data holds it, and that no name the member took only
after the as-of date appears. The names and dates are made up: nothing here is a fact about any
organisation."""
import datetime
import json
import random
import re
import sys

FAR = datetime.date(9999, 12, 31)


def day(text):
    """The first day of a date as the data gives it: "1968", "2005-07", "1360~"."""
    t = text.rstrip("~")
    parts = [int(p) for p in t.split("-")]
    while len(parts) < 3:
        parts.append(1)
    return datetime.date(*parts)


def name_at(m, d):
    names = m.get("names") or []
    for i, n in enumerate(names):
        start = day(n["from"]) if "from" in n else datetime.date.min
        if "to" in n:
            end = day(n["to"])
        elif i + 1 < len(names) and "from" in names[i + 1]:
            end = day(names[i + 1]["from"])
        else:
            end = FAR
        if start <= d < end:
            return n["name"]
    return m.get("name") or (names[-1]["name"] if names else m["id"])


def gen(seed, n, n_succ):
    rnd = random.Random(seed)
    as_of = datetime.date(2020, 6, 30)
    statuses = [{"id": "member", "label": "Member", "rank": 1},
                {"id": "observer", "label": "Observer", "rank": 2},
                {"id": "partner", "label": "Partner", "rank": 3}]
    members = []
    for i in range(n):
        start = datetime.date(1950, 1, 1) + datetime.timedelta(days=rnd.randrange(0, 25000))
        kind = rnd.random()
        periods = []
        if kind < 0.15:  # joins after the chart's date
            start = as_of + datetime.timedelta(days=rnd.randrange(1, 2000))
            periods.append({"status": rnd.choice(["member", "partner"]), "from": start.isoformat()})
        elif kind < 0.35:  # observer, then member
            mid = start + datetime.timedelta(days=rnd.randrange(100, 3000))
            periods.append({"status": "observer", "from": start.isoformat(), "to": mid.isoformat()})
            if mid < as_of:
                periods.append({"status": "member", "from": mid.isoformat()})
        elif kind < 0.55:  # leaves, perhaps rejoins
            end = start + datetime.timedelta(days=rnd.randrange(100, 5000))
            end = min(end, as_of - datetime.timedelta(days=10))
            if end <= start:
                end = start + datetime.timedelta(days=5)
            periods.append({"status": "member", "from": start.isoformat(), "to": end.isoformat()})
            if rnd.random() < 0.5:
                back = end + datetime.timedelta(days=rnd.randrange(30, 900))
                if back < as_of:
                    periods.append({"status": "member", "from": back.isoformat()})
        else:
            periods.append({"status": rnd.choice(["member", "member", "partner"]),
                            "from": start.isoformat()})
        p = periods[0]
        if rnd.random() < 0.3 and p["status"] == "member":  # a suspension, over or not
            s0 = day(p["from"]) + datetime.timedelta(days=rnd.randrange(10, 60))
            s = {"from": s0.isoformat()}
            if rnd.random() < 0.5 or "to" in p:
                s1 = s0 + datetime.timedelta(days=rnd.randrange(5, 40))
                if "to" in p and s1 >= day(p["to"]):
                    s1 = day(p["to"]) - datetime.timedelta(days=1)
                if s1 > s0:
                    s["to"] = s1.isoformat()
                else:
                    s = None
            if s:
                p["suspended"] = [s]
        m = {"id": "G%03d" % i, "periods": periods}
        if rnd.random() < 0.2:  # renamed, once before the chart's date and once after
            r1 = day(periods[0]["from"]) + datetime.timedelta(days=rnd.randrange(1, 3000))
            r2 = as_of + datetime.timedelta(days=rnd.randrange(1, 900))
            if r1 < as_of:
                m["names"] = [{"name": "Oldania %03d" % i, "to": r1.isoformat()},
                              {"name": "Statia %03d" % i, "from": r1.isoformat(), "to": r2.isoformat()},
                              {"name": "Futuria %03d" % i, "from": r2.isoformat()}]
        if "names" not in m:
            m["name"] = "Statia %03d" % i
        members.append(m)
    if n_succ:
        end = datetime.date(2016, 6, 25)  # near the as-of date: little room after the bar
        members.append({"id": "FED", "name": "Federation of the Many Long-Named Republics",
                        "periods": [{"status": "member", "from": "1950-01-01", "to": end.isoformat()}]})
        for k in range(n_succ):
            d = end + datetime.timedelta(days=30 * k)
            members.append({"id": "SUC%d" % k, "successor_of": ["FED"],
                            "name": "Independent Republic of the Successor Number %d" % k,
                            "periods": [{"status": "member", "from": d.isoformat()}]})
    return {"memberline": 1, "title": "Generated organisation", "source": "Test data",
            "as_of": as_of.isoformat(), "statuses": statuses, "members": members}


def count_in(alt, pattern):
    m = re.search(pattern, alt)
    return int(m.group(1)) if m else None


def check(data, alt, as_of):
    cut = day(as_of or data["as_of"])
    top = min(data["statuses"], key=lambda s: s["rank"])["id"]
    why = []
    left = susp_now = susp_before = later = 0
    for m in data["members"]:
        ps = m.get("periods", [])
        for i, p in enumerate(ps):
            start = day(p["from"])
            if start <= cut and p["status"] != top and name_at(m, start) not in alt:
                why.append(f"{m['id']}: {p['status']} from {p['from']} as {name_at(m, start)!r}")
            if "to" in p and day(p["to"]) <= cut:
                end = day(p["to"])
                if not any(day(q["from"]) <= end < (day(q["to"]) if "to" in q else FAR) for q in ps):
                    left += 1
                    if name_at(m, end - datetime.timedelta(days=1)) not in alt:
                        why.append(f"{m['id']}: left {p['to']}, not named")
            for s in p.get("suspended", []):
                s0 = day(s["from"])
                s1 = day(s["to"]) if "to" in s else (day(p["to"]) if "to" in p else FAR)
                if s0 > cut:
                    continue
                if s1 > cut:
                    susp_now += 1
                    nm = name_at(m, cut)
                else:
                    susp_before += 1
                    nm = name_at(m, s0)
                if nm not in alt:
                    why.append(f"{m['id']}: suspended {s['from']}, {nm!r} not named")
        if ps and day(ps[0]["from"]) > cut:
            later += 1
            if name_at(m, day(ps[0]["from"])) not in alt:
                why.append(f"{m['id']}: joins {ps[0]['from']} after the chart's date, not named")
        had = {n["name"] for n in m.get("names", []) if "from" not in n or day(n["from"]) <= cut}
        had |= {name_at(m, day(p["from"])) for p in ps}
        for n in m.get("names", []):
            whole = r"(?:^|[:;,] )" + re.escape(n["name"]) + r"(?= \(|[,;.]| was )"
            if "from" in n and day(n["from"]) > cut and n["name"] not in had and re.search(
                    whole, alt):
                why.append(f"{m['id']}: named {n['name']!r}, a name only after the chart's date")
    for what, n, pat in (("departures", left, r"(\d+) departures?"),
                         ("earlier suspensions", susp_before, r"(\d+) earlier suspensions?"),
                         ("later joins", later, r"(\d+) members? joins? after")):
        got = count_in(alt, pat)
        if (got or 0) != n:
            why.append(f"{n} {what} in the data, the alt text counts {got}")
    if susp_now and "Suspended from their status on that date" not in alt:
        why.append(f"{susp_now} current suspensions, no sentence says so")
    return why


def main():
    if sys.argv[1] == "gen":
        n_succ = int(sys.argv[4]) if len(sys.argv) > 4 else 0
        json.dump(gen(int(sys.argv[2]), int(sys.argv[3]), n_succ), sys.stdout)
        return 0
    data = json.load(open(sys.argv[2]))
    alt = open(sys.argv[3]).read()
    why = check(data, alt, sys.argv[4] if len(sys.argv) > 4 else None)
    if why:
        print("; ".join(why[:6]) + (f" (and {len(why) - 6} more)" if len(why) > 6 else ""))
        return 1
    return 0


sys.exit(main())
