"""Site chrome that copying a blog post from a web page leaves behind, recognised line by line.

Kept apart from the parser so the lists can grow without touching the parsing logic.
"""

import re

# Whole lines that are navigation, widgets or prompts, compared lower-cased and without
# trailing punctuation.
NAV_LINES = frozenset(
    [
        "home",
        "about",
        "about us",
        "blog",
        "contact",
        "contact us",
        "menu",
        "main menu",
        "search",
        "skip to content",
        "skip to main content",
        "share",
        "share this",
        "share this post",
        "share this article",
        "share this page",
        "tweet",
        "pin it",
        "copy link",
        "print",
        "email",
        "facebook",
        "twitter",
        "linkedin",
        "instagram",
        "pinterest",
        "youtube",
        "comments",
        "no comments",
        "leave a comment",
        "leave a reply",
        "post a comment",
        "add a comment",
        "read more",
        "continue reading",
        "next post",
        "previous post",
        "next article",
        "previous article",
        "back to blog",
        "back to top",
        "scroll to top",
        "tags",
        "categories",
        "subscribe",
        "sign up",
        "newsletter",
        "call now",
        "verify insurance",
        "verify your insurance",
        "get help now",
        "was this helpful",
        "was this article helpful",
        "table of contents",
        "contents",
        "in this article",
        "on this page",
        "top highlight",
        "older post",
        "newer post",
        "labels",
        "was this article helpful?",
        "was this helpful?",
        "thanks for your feedback",
        "listen to this article",
        "listen to this post",
        "article voiceover",
        "advertisement",
        "sponsored",
        "other apps",
        "poll closed",
        "poll results",
        "print this article",
        "print this post",
        "print this page",
        "save as pdf",
        "email to a friend",
        "save to reading list",
        "jump to section",
        "select a section",
        "start the quiz",
        "take the quiz",
        "free download",
    ]
)
# Language names a switcher lists: "English | Español", "Vista en español".
LANGUAGES = r"(english|español|espanol|spanish|français|deutsch|português|tiếng việt|中文|한국어)"

CHROME_PATTERNS = [
    re.compile(pattern, re.IGNORECASE)
    for pattern in (
        # view, share and comment counters: "1,204 views", "Views: 87", "3 Comments"
        r"^\d[\d,.]*\s*k?\s*(views?|reads?|shares?|comments?|likes?|followers|following)$",
        r"^(views?|reads?|shares?|comments?|likes?)\s*[:\-]?\s*\(?\d[\d,]*\)?$",
        # comment prompts
        r"^(leave|post|add|write|submit|join)\s+(a|your|the)\s+(comment|reply|discussion)",
        r"^you must be logged in to (post|leave) a comment",
        r"^(your )?email address will not be published",
        r"^be the first to (comment|reply)",
        r"^required fields are marked",
        # share widgets and lists of networks
        r"^share (this|on|via|to|with)\b",
        r"^discover more from\b",
        r"^already (have an account|a (member|subscriber))\b",
        r"^((facebook|twitter|x|linkedin|pinterest|email|reddit|whatsapp|print|copy link)"
        r"\s*[|,/·•]?\s*){2,}$",
        # breadcrumbs and post navigation
        r"^home\s*[>»/|›]",
        r"^(previous|next)\s*(post|article|story)?\s*[:»«<>]",
        r"^[«‹]\s*(previous|older)|^(next|newer)\s*[»›]",
        # bylines and post metadata
        r"^(posted|published|written|last updated)\s+(on|by|in)\b.{0,80}$",
        r"^by\s+\S+(\s+\S+){0,3}\s*[|·]\s*",
        r"^(filed|posted) under\b",
        r"^(tags?|tagged|labels|topics)\s*:",
        # a link to another post set in the text: "Related: How to Talk About a Relapse"
        r"^(related|related (post|article|reading)|read next|read also|also read|recommended)"
        r"\s*[:\u2014\u2013-]\s*[^.]+$",
        r"^categor(y|ies)\s*:",
        # ratings, votes, an audio player's clock, a language switcher, a form's sample email
        r"^(rated\s+)?\d(\.\d)?\s*(out of|/)\s*5\b.{0,30}$",
        r"^\(?\d[\d,]*\s+(ratings?|reviews?|votes?)\)?(\s*[∙·•|]\s*poll closed)?$",
        # a shop's price, a download's file details
        r"^[$€£]\s?\d[\d,]*(\.\d\d)?$",
        r"^(pdf|docx?|epub)\s*[·•|]\s*\d.*$",
        r"^\d\.\d\s*\(\d[\d,]*\)$",
        r"^-?\d{1,2}:\d\d(:\d\d)?$",
        r"^((vista|ver|read|view)\s+(en|in)\s+)?"
        + LANGUAGES
        + r"(\s*[|/·•]\s*((vista|ver|read|view)\s+(en|in)\s+)?"
        + LANGUAGES
        + r")*$",
        r"^[\w.+-]+@[\w-]+(\.[\w-]+)+$",
    )
]

# A newsletter's own name after a prompt: "Share The Second Alarm", "Subscribe to Small
# Hours". Case matters: every word of a name is capitalised, unlike "Share the facts calmly".
NAMED_PROMPT = re.compile(r"^([Ss]hare|[Ss]ubscribe to|[Rr]estack)(\s+[A-Z][\w’'&,-]*){1,6}$")

# A heading that introduces a list of other posts' titles.
RELATED_HEADING = re.compile(
    r"^((related|recent|popular|recommended|similar|more|other|latest|trending)\b.{0,40}"
    r"\b(articles?|posts?|reads?|reading|stories|blogs?|resources)"
    r"|.{0,40}\barticles? for you|you (may|might) also (like|enjoy)|read (this )?next|also read"
    r"|keep reading)\s*:?$",
    re.IGNORECASE,
)

# A closing site-wide call to action ("Call our treatment center today ...") after the
# article has ended.
TRAILING_PROMO = re.compile(
    r"^(call|contact|phone|reach out to)\s+(us|our|now|today)\b", re.IGNORECASE
)


def normalised(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".:!|").strip().lower()


def is_chrome_line(text: str) -> bool:
    """True for a line that belongs to the web page around the article, not the article."""
    simple = normalised(text)
    if not simple or not re.search(r"\w", simple):
        return True
    if simple in NAV_LINES:
        return True
    return bool(NAMED_PROMPT.match(text.strip())) or any(
        pattern.search(text.strip()) for pattern in CHROME_PATTERNS
    )
