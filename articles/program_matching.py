"""Programs for an article and articles for a program, through the directory's vocabulary.

An article is about some care terms, in the directory's own slugs (core/vocabulary.py):
- conditions: from its topics (each Topic lists the CONDITIONS it is about);
- populations: from its audiences (AUDIENCE_POPULATIONS below);
- levels of care: a topic or tag that names one, e.g. the topic "Virtual IOP".

A program fits an article when, for every facet the article has terms in, the program has at
least one of them: an article on virtual IOP for healthcare workers shows programs offering
virtual IOP AND serving healthcare workers. The same test read backwards gives "Articles for
this program", so the two lists always agree.
"""

from django.db.models import Case, Exists, IntegerField, OuterRef, Q, Value, When
from django.utils.text import slugify

from core.page_cache import until_content_changes
from core.visibility import public_q
from core.vocabulary import CONDITIONS, LEVELS_OF_CARE, POPULATIONS

FACETS = ("condition", "population", "level")
# Who an article is for -> who a program serves. The public and loved ones are no
# constraint: a program for anyone may suit them.
AUDIENCE_POPULATIONS = {
    "healthcare-workers": ("healthcare-workers",),
    "helping-professionals": ("healthcare-workers", "mental-health-professionals"),
    "public": (),
    "loved-ones": (),
}
PROGRAM_LIMIT = 3
_CONDITIONS = {slug for slug, _label in CONDITIONS}
_LEVELS = {slug for slug, _label in LEVELS_OF_CARE}
_POPULATIONS = {slug for slug, _label in POPULATIONS}


def care_terms(topics, tags, audiences) -> dict[str, set[str]]:
    """Care terms of an article. `topics`: (slug, conditions) pairs; `tags`: tag names."""
    terms = {facet: set() for facet in FACETS}
    for slug, conditions in topics:
        terms["condition"].update(c for c in conditions or () if c in _CONDITIONS)
        if slugify(slug) in _LEVELS:
            terms["level"].add(slugify(slug))
    for tag in tags:
        if slugify(tag) in _LEVELS:
            terms["level"].add(slugify(tag))
    for audience in audiences or ():
        terms["population"].update(
            p for p in AUDIENCE_POPULATIONS.get(audience, ()) if p in _POPULATIONS
        )
    return terms


def fits(article_terms: dict[str, set[str]], program_terms: dict[str, set[str]]) -> bool:
    """The rule both queries implement: every facet the article names is met."""
    named = [facet for facet in FACETS if article_terms.get(facet)]
    return bool(named) and all(article_terms[f] & program_terms.get(f, set()) for f in named)


def terms_for_page(page) -> dict[str, set[str]]:
    topics = [(topic.slug, topic.conditions) for topic in page.topic_list]
    return care_terms(topics, page.tag_names, page.audiences)


def programs_for_article(page, limit=PROGRAM_LIMIT, request=None) -> list:
    """Live, public programs that fit `page`, accepting new clients first (one query once the
    page's topics and tags are loaded, which the article page does anyway).

    The list depends only on the article's care terms, which many articles share, so it is
    kept by those terms until content changes: an article read for the first time reuses the
    list another article with the same terms already found."""
    terms = terms_for_page(page)
    if not any(terms.values()):
        return []
    signature = ";".join(f"{facet}={','.join(sorted(terms[facet]))}" for facet in FACETS)
    return until_content_changes(
        request,
        "programs-for-terms",
        lambda: programs_for_terms(terms, limit),
        signature,
        limit,
        depends=["type:directory.ProgramPage"],
    )


def programs_for_terms(terms: dict[str, set[str]], limit: int) -> list:
    from directory.models import ProgramPage, ProgramTerm

    # Program ids from the term index, one facet narrowing the next, before any page row is
    # read: an EXISTS per program would test every one of them (4x slower on 10k programs).
    fitting = None
    for facet, slugs in terms.items():
        if slugs:
            with_terms = ProgramTerm.objects.filter(facet=facet, slug__in=slugs)
            if fitting is not None:
                with_terms = with_terms.filter(program_id__in=fitting)
            fitting = with_terms.values("program_id")
    programs = ProgramPage.objects.filter(public_q(), pk__in=fitting)
    return list(programs.order_by("-accepting_new_clients", "title", "pk")[:limit])


def articles_for_program(program, limit=PROGRAM_LIMIT) -> list:
    """Live, public articles that `program` fits, those naming the most facets first."""
    from articles.recommend.storage import ArticleCareTerm
    from articles.recommend.sync import eligible_articles

    offered = {
        "condition": set(program.conditions or []),
        "population": set(program.populations or []),
        "level": set(program.levels_of_care or []),
    }
    any_term = ArticleCareTerm.objects.filter(article=OuterRef("pk"))
    articles = eligible_articles().filter(Exists(any_term))
    named_facets = []
    for facet in FACETS:
        terms = ArticleCareTerm.objects.filter(article=OuterRef("pk"), facet=facet)
        named = Exists(terms)
        met = Exists(terms.filter(slug__in=offered[facet]))
        articles = articles.filter(~Q(named) | Q(met))
        named_facets.append(
            Case(When(named, then=Value(1)), default=Value(0), output_field=IntegerField())
        )
    articles = articles.annotate(facets_named=named_facets[0] + named_facets[1] + named_facets[2])
    return list(articles.order_by("-facets_named", "-date_published", "-pk")[:limit])


def store_care_terms(docs, topic_conditions: dict[str, list[str]], replace_all=False) -> None:
    """Replace the ArticleCareTerm rows of these plain-data Documents (articles.recommend);
    with `replace_all`, every article's rows (a full rebuild)."""
    from articles.recommend.storage import ArticleCareTerm

    rows = []
    for doc in docs:
        topics = [(slug, topic_conditions.get(slug, [])) for slug in doc.topics]
        for facet, slugs in care_terms(topics, doc.tags, doc.audiences).items():
            rows += [ArticleCareTerm(article_id=doc.id, facet=facet, slug=s) for s in sorted(slugs)]
    stale = ArticleCareTerm.objects.all()
    if replace_all:
        stale._raw_delete(stale.db)  # see sync._replace_all: no row-by-row delete collector
    else:
        stale.filter(article_id__in=[doc.id for doc in docs]).delete()
    ArticleCareTerm.objects.bulk_create(rows, batch_size=1000)
