"""Credentials as data: the accreditations the directory knows, and where a person can check
an accreditation or a state licence themselves. Templates read these through ProgramPage;
no lookup address is written in a template.

The addresses are the public search pages of each body as the maintainers knew them; check
them when adding a state (they change, and a dead link undermines the trust they are for)."""

ACCREDITATIONS = [
    ("joint-commission", "The Joint Commission"),
    ("carf", "CARF"),
]

ACCREDITOR_LOOKUP = {
    "joint-commission": "https://www.qualitycheck.org/",
    "carf": "https://carf.org/find-a-provider/",
}

# State licensing lookups for behavioural-health treatment providers, by state code. A state
# missing here shows the licence number without a link.
STATE_LICENCE_LOOKUP = {
    "PA": "https://www.humanservices.state.pa.us/HUMAN_SERVICE_PROVIDER_DIRECTORY/",
    "NY": "https://webapps.oasas.ny.gov/providerDirectory/",
    "NJ": "https://www.nj.gov/humanservices/dmhas/resources/services/treatment/",
    "MA": "https://www.mass.gov/orgs/bureau-of-substance-addiction-services",
}


def accreditor_link(slug: str) -> str:
    return ACCREDITOR_LOOKUP.get(slug, "")


def licence_lookup(state: str) -> str:
    return STATE_LICENCE_LOOKUP.get((state or "").upper(), "")
