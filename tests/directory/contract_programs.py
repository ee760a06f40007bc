"""The programs every directory engine is checked on (tests/directory/test_engine_contract.py):
where they are, what they offer, and how fresh their listings are."""

ORIGIN_ZIP = "19103"  # Philadelphia, PA

# name, zip, state, format, levels, conditions, populations, payment, accepting, served
PROGRAMS = [
    (
        "Alder House",
        "19104",
        "PA",
        "in-person",
        ["iop"],
        ["anxiety", "burnout"],
        ["healthcare-workers"],
        ["medicaid"],
        True,
        [],
    ),
    (
        "Birch Center",
        "19107",
        "PA",
        "in-person",
        ["php"],
        ["anxiety"],
        ["adults"],
        ["private-insurance"],
        True,
        [],
    ),
    (
        "Cedar Clinic",
        "08002",
        "NJ",
        "in-person",
        ["iop", "php"],
        ["burnout", "depression"],
        ["healthcare-workers", "first-responders"],
        ["medicaid", "private-insurance"],
        False,
        [],
    ),
    (
        "Dogwood Day Program",
        "19422",
        "PA",
        "hybrid",
        ["php"],
        ["anxiety", "depression"],
        ["adults"],
        ["medicare"],
        True,
        ["PA", "DE"],
    ),
    (
        "Elm Street IOP",
        "19711",
        "DE",
        "in-person",
        ["iop"],
        ["anxiety", "burnout"],
        ["healthcare-workers"],
        ["medicaid"],
        True,
        [],
    ),
    (
        "Fir Recovery",
        "18101",
        "PA",
        "in-person",
        ["iop"],
        ["substance-use"],
        ["adults"],
        ["self-pay"],
        True,
        [],
    ),
    (
        "Ginkgo Online",
        "10001",
        "NY",
        "virtual",
        ["virtual-iop"],
        ["anxiety", "burnout"],
        ["healthcare-workers"],
        ["private-insurance"],
        True,
        ["PA", "NY"],
    ),
    (
        "Hazel Online",
        "02115",
        "MA",
        "virtual",
        ["virtual-iop"],
        ["depression"],
        ["adults"],
        ["self-pay"],
        True,
        ["MA"],
    ),
    (
        "Ironwood Hybrid",
        "15213",
        "PA",
        "hybrid",
        ["iop"],
        ["burnout"],
        ["first-responders"],
        ["tricare"],
        True,
        ["PA"],
    ),
    (
        "Juniper Program",
        "17101",
        "PA",
        "in-person",
        ["outpatient"],
        ["anxiety"],
        ["adults"],
        ["medicaid"],
        True,
        [],
    ),
    (
        "Kestrel Clinic",
        "19103",
        "PA",
        "in-person",
        ["iop"],
        ["anxiety"],
        ["veterans"],
        ["tricare"],
        True,
        [],
    ),
    (
        "Linden Place",
        "19104",
        "PA",
        "in-person",
        ["iop"],
        ["grief"],
        ["older-adults"],
        ["medicare"],
        True,
        [],
    ),
]
for extra in range(12):  # enough in-radius programs for two pages
    PROGRAMS.append(
        (
            f"Maple Group {extra:02d}",
            "19103" if extra % 2 else "19107",
            "PA",
            "in-person",
            ["outpatient"],
            ["depression"],
            ["young-adults"],
            ["sliding-scale"],
            True,
            [],
        )
    )
# Verification ages (days ago) other than the fresh default, and a confirmed error report:
# all three sit at the origin ZIP, so only freshness tells them from the fresh ones there.
PROGRAMS += [
    ("Aspen Stale Clinic", "19103", "PA", "in-person", ["iop"], ["anxiety"], ["adults"],
     ["medicaid"], True, []),
    ("Acacia Reported Clinic", "19103", "PA", "in-person", ["iop"], ["anxiety"], ["adults"],
     ["medicaid"], True, []),
    ("Abele Old Clinic", "19103", "PA", "in-person", ["iop"], ["anxiety"], ["adults"],
     ["medicaid"], True, []),
]  # fmt: skip
AGE_DAYS = {"Aspen Stale Clinic": 200, "Abele Old Clinic": 400}
FLAGGED = {"Acacia Reported Clinic"}
OUT_OF_DATE = {"Abele Old Clinic"}
STALE = {"Aspen Stale Clinic", "Acacia Reported Clinic"}
ACCREDITED = {"Alder House": ["carf"], "Birch Center": ["joint-commission", "carf"]}
WAITLIST_WEEKS = {"Birch Center": 6, "Kestrel Clinic": 2}
NEXT_INTAKE_IN_DAYS = {"Linden Place": 30, "Alder House": 10}
LISTED = [row for row in PROGRAMS if row[0] not in OUT_OF_DATE]
