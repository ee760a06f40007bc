"""Original demo articles for Haven (written for this project; no text from elsewhere), one module
per subject.

Body entries are compact tuples that articles/demo.py turns into StreamField blocks:
("h", text) heading, ("h3", text) subheading, ("p", text) paragraph, ("ul"/"ol", [items]),
("tip"/"warn", title, text), ("quote", text, attribution), ("faq", [(question, answer)]),
("takeaways", [points]), ("crisis",), ("cta", heading, text), ("refs", [(title, publisher,
url)]) a references block (paragraphs cite source N as [N]). An article's optional
"corrections" are (days ago, what changed).
"""

from articles.demo_content import anxiety_and_family, levels_of_care, work_and_burnout
from articles.demo_content.people_and_topics import PEOPLE, TOPICS

ARTICLES = [
    *work_and_burnout.ARTICLES,
    *levels_of_care.ARTICLES,
    *anxiety_and_family.ARTICLES,
]

__all__ = ["ARTICLES", "PEOPLE", "TOPICS"]
