#!/usr/bin/env python3
"""Reach by group from a population file (docs/analysis.md, "Reach by group").

Weighted shares of workers aged 15+ with earnings (formal = under a labour contract) by sector and
migrant status; the school column is children 6-14 by whether their household has a formal worker.
Standard library only:  python3 docs/reach_by_group.py hcm-100k.csv [2026-01-01]
"""
import csv
import sys
from collections import defaultdict
from datetime import date

COLUMNS = [
    ("unregistered", lambda r: r["residence_status"] == "UNREGISTERED"),
    ("known to the ward", lambda r: r["registered_in_social_registry"] == "1"),
    ("compulsory SI", lambda r: r["enrolled_compulsory_si"] == "1"),
    ("voluntary SI", lambda r: r["enrolled_voluntary_si"] == "1"),
    ("HI card", lambda r: r["has_hi_card"] == "1"),
    ("training (12 m)", lambda r: r["received_vocational_training_support"] == "1"),
    ("preferential loan", lambda r: r["has_preferential_loan"] == "1"),
    ("emergency assistance", lambda r: r["received_emergency_assistance"] == "1"),
]
GROUPS = [("formal", "1"), ("informal", "1"), ("formal", "0"), ("informal", "0")]


def age(birth, on):
    b = date.fromisoformat(birth)
    return on.year - b.year - ((on.month, on.day) < (b.month, b.day))


def main(path, on):
    households = defaultdict(list)
    with open(path, newline="") as f:
        for row in csv.DictReader(f):
            households[row["household_id"]].append(row)
    sums = defaultdict(lambda: [0.0] * (len(COLUMNS) + 1))
    school = defaultdict(lambda: [0.0, 0.0])
    for members in households.values():
        formal_household = any(int(m["labour_contract_months"]) > 0 for m in members)
        for r in members:
            w = float(r["household_weight"])
            a = age(r["birth_date"], on)
            if a >= 15 and int(r["monthly_wage"]) > 0:
                key = ("formal" if int(r["labour_contract_months"]) > 0 else "informal", r["is_migrant"])
                s = sums[key]
                s[0] += w
                for k, (_, test) in enumerate(COLUMNS):
                    s[k + 1] += w if test(r) else 0
            if 6 <= a <= 14:
                c = school[("formal" if formal_household else "informal", r["is_migrant"])]
                c[0] += w
                c[1] += w if r["attends_public_school"] == "1" else 0
    header = ["group (workers 15+)"] + [name for name, _ in COLUMNS] + ["children 6–14 in public school"]
    print("| " + " | ".join(header) + " |")
    print("| --- |" + " ---: |" * (len(header) - 1))
    for sector, migrant in GROUPS:
        s = sums[(sector, migrant)]
        c = school[(sector, migrant)]
        cells = [f"{100 * v / s[0]:.1f}%" if s[0] else "—" for v in s[1:]]
        cells.append(f"{100 * c[1] / c[0]:.0f}%" if c[0] else "—")
        label = f"{sector} · {'migrant' if migrant == '1' else 'non-migrant'}"
        print("| " + " | ".join([label] + cells) + " |")


if __name__ == "__main__":
    main(sys.argv[1], date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else date(2026, 1, 1))
