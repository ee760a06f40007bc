"""Abbreviations and synonyms: "iop" finds pages that only say "intensive outpatient".

The built-in groups below are plain data (haven/integrations.py reads them for the
Elasticsearch synonym filter, before Django is set up); editors add more as Synonym snippets.
Every engine gets the same expansion at query time, so either form finds the same pages.
"""

from contextlib import suppress

# Spanish members sit in the same group as their English abbreviation, so "IOP" finds the
# Spanish pages that spell it out and "hospitalización parcial" finds "PHP". Written without
# accents: words are compared folded (and Elasticsearch folds before its synonym filter).
BUILTIN_SYNONYMS: list[list[str]] = [
    [
        "iop",
        "intensive outpatient",
        "programa intensivo ambulatorio",
        "programa ambulatorio intensivo",
        "ambulatorio intensivo",
        "intensivo ambulatorio",
    ],
    [
        "php",
        "partial hospitalization",
        "partial hospitalisation",
        "hospitalizacion parcial",
        "hospitalizacion diurna",
    ],
    [
        "ptsd",
        "post-traumatic stress",
        "posttraumatic stress",
        "tept",
        "estres postraumatico",
        "estres post traumatico",
    ],
    ["telehealth", "virtual", "online", "telemedicine", "telesalud", "telemedicina"],
    ["ocd", "obsessive compulsive", "toc", "obsesivo compulsivo"],
    ["sud", "substance use", "consumo de sustancias", "uso de sustancias"],
    ["burnout", "burn out", "burned out", "desgaste profesional", "agotamiento laboral"],
    ["counselor", "counsellor", "therapist"],
    ["consejero", "consejera", "terapeuta", "psicologo", "psicologa"],
    ["cbt", "cognitive behavioral therapy", "tcc", "terapia cognitivo conductual"],
    ["dbt", "dialectical behavior therapy", "tdc", "terapia dialectica conductual"],
    ["suboxone", "buprenorphine", "buprenorfina"],
    ["mat", "medication assisted treatment", "tratamiento asistido con medicamentos"],
    ["detox", "desintoxicacion"],
]

CACHE_KEY = "search:synonym-groups"


def _normalised(group) -> tuple[tuple[str, ...], ...]:
    from core.text import words

    members = []
    for member in group:
        key = tuple(w for w in words(member) if w.isascii())
        if key and key not in members:
            members.append(key)
    return tuple(members)


def synonym_groups() -> list[tuple[tuple[str, ...], ...]]:
    """Built-in groups and editors' groups, each a tuple of members, each a tuple of words.
    Cached; editing a Synonym snippet clears the cache (see search/signals.py)."""
    from django.core.cache import cache
    from django.db import DatabaseError

    from search.models import Synonym

    groups = cache.get(CACHE_KEY)
    if groups is None:
        groups = [_normalised(g) for g in BUILTIN_SYNONYMS]
        # Without the table (migrations not run yet) the built-in groups still work.
        with suppress(DatabaseError):
            groups += [_normalised(s.words.split(",")) for s in Synonym.objects.all()]
        groups = [g for g in groups if len(g) > 1]
        cache.set(CACHE_KEY, groups, 300)
    return groups


def expand(terms: list[str], groups, language: str = "en") -> list[list[tuple[str, ...]]]:
    """Cut the query's words into slots; each slot lists what may stand in for it.

    ["virtual", "iop", "nurses"] -> [[virtual, telehealth, online, telemedicine],
    [iop, intensive outpatient], [nurses]]. Multi-word members are matched greedily, longest
    first: "intensive outpatient" takes both words.
    """
    from core.text import STOP_WORDS

    index: dict[tuple[str, ...], list[tuple[str, ...]]] = {}
    for group in groups:
        for member in group:
            # The query lost its stopwords ("fear of flying" -> fear flying); so does the key.
            key = tuple(w for w in member if w not in STOP_WORDS[language]) or member
            alternatives = index.setdefault(key, [member])
            for other in group:
                if other not in alternatives:
                    alternatives.append(other)
    longest = max((len(m) for m in index), default=1)
    slots: list[list[tuple[str, ...]]] = []
    position = 0
    while position < len(terms):
        for size in range(min(longest, len(terms) - position), 0, -1):
            piece = tuple(terms[position : position + size])
            if piece in index:
                slots.append(list(index[piece]))
                position += size
                break
        else:
            slots.append([(terms[position],)])
            position += 1
    return slots
