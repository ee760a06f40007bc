"""Synthetic articles for the related-reading benchmarks: seeded, so every run is the same.

Each article belongs to one of SUBJECTS subjects; its words mix a shared everyday vocabulary
(Zipf-distributed, like real prose) with its subject's own words, so the corpus has the
shape of a real one: many common words, fewer telling ones.
"""

import random

SUBJECTS = 60
TOPICS = 30
TAGS = 120
AUDIENCES = ["public", "helping-professionals", "healthcare-workers", "loved-ones"]
_SYLLABLES = ["ka", "lo", "mi", "ne", "ru", "sa", "ti", "vo", "ze", "pa", "de", "fi", "go", "hu"]


def _word(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def vocabularies(seed: int = 7):
    rng = random.Random(seed)
    common = list(dict.fromkeys(_word(rng) for _ in range(5000)))[:3000]
    subject_words = [[_word(rng) + "x" for _ in range(50)] for _ in range(SUBJECTS)]
    cumulative, total = [], 0.0
    for rank in range(len(common)):
        total += 1 / (rank + 1)
        cumulative.append(total)
    return common, cumulative, subject_words


def article_fields(i: int, vocab, seed: int = 11) -> dict:
    """Field texts for article number i (deterministic in i)."""
    common, cumulative, subject_words = vocab
    rng = random.Random(seed * 100_003 + i)
    subject = i % SUBJECTS
    own = subject_words[subject]

    def text(n, share_own):
        n_own = int(n * share_own)
        words = rng.choices(common, cum_weights=cumulative, k=n - n_own) + rng.choices(own, k=n_own)
        rng.shuffle(words)
        return " ".join(words)

    return {
        "title": text(8, 0.5),
        "summary": text(25, 0.3),
        "headings": " ".join(text(4, 0.5) for _ in range(3)),
        "body": text(350, 0.2),
        "faq": " ".join(text(8, 0.4) + "?" for _ in range(2)),
        "topics": [f"topic-{subject % TOPICS}"]
        + ([f"topic-{rng.randrange(TOPICS)}"] if i % 3 == 0 else []),
        "tags": [f"tag-{(subject * 2 + rng.randrange(2)) % TAGS}"],
        "audiences": [AUDIENCES[subject % len(AUDIENCES)]],
        "subject": subject,
    }
