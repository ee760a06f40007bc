"""Demo page: "Questions to ask when you call", an article the directory links beside its
results (DirectoryPage.call_questions_page). Original text, written for Haven.

Idempotent: the article is matched by slug, and a directory that already links a page keeps it.
"""

from django.utils import timezone

from articles.demo import stream
from articles.models import ArticleIndexPage, ArticlePage

SLUG = "questions-to-ask-when-you-call"
TITLE = "Questions to ask when you call a program"
SUMMARY = (
    "A short list to keep beside the phone: what to ask about starting, cost, the care itself "
    "and what happens when the program ends."
)
BODY = [
    (
        "p",
        "A first call to a treatment program can feel like a lot. You do not need to explain "
        "everything, and you can hang up and call back. These questions help you find out "
        "quickly whether a program fits, and they work just as well if you are calling for "
        "someone you care about.",
    ),
    ("h", "Starting"),
    (
        "ul",
        [
            "Are you taking new clients now? If not, how long is the wait, and can I join a list?",
            "What is the first step: a phone screening, an assessment, a visit?",
            "What days and times do groups meet? Are there evening or weekend options?",
        ],
    ),
    ("h", "Cost"),
    (
        "ul",
        [
            "Do you take my insurance, and will you check my benefits before I start?",
            "What will I pay each week if my plan covers part of it, or if I pay myself?",
            "Do you offer a sliding scale or a payment plan?",
        ],
    ),
    ("h", "The care itself"),
    (
        "ul",
        [
            "Who leads the sessions, and what licences do they hold?",
            "Is the program licensed by the state, and is it accredited?",
            "How do you work with medication, and with my own doctor or therapist?",
            "Can I attend online on days I cannot come in?",
        ],
    ),
    ("h", "After the program"),
    (
        "ul",
        [
            "How long does the program usually last, and who decides when it ends?",
            "What support is there afterwards: step-down groups, alumni meetings, referrals?",
        ],
    ),
    (
        "tip",
        "Write it down",
        "Note who you spoke to, the date and what they said about the wait and the cost. If "
        "what you hear differs from the listing, the listing's page has a link to tell us.",
    ),
]


def load(directory) -> ArticlePage | None:
    """Create the article once and link it from the directory if the directory links none."""
    if directory.call_questions_page_id:
        return None
    index = ArticleIndexPage.objects.first()
    if index is None:
        return None
    page = ArticlePage.objects.filter(slug=SLUG).first()
    if page is None:
        # The people of a demo article that has both: the demo has no others to choose from.
        model = ArticlePage.objects.exclude(author=None).exclude(reviewer=None).first()
        today = timezone.localdate()
        page = ArticlePage(
            title=TITLE,
            slug=SLUG,
            summary=SUMMARY,
            audiences=["public", "loved-ones"],
            author=model.author if model else None,
            reviewer=model.reviewer if model else None,
            last_reviewed=today,
            date_published=today,
            body=stream(BODY),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
    directory.call_questions_page = page
    directory.save_revision().publish()
    return page
