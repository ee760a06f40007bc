"""Demo policy pages: the editorial policy, the corrections log, the accessibility statement
and the privacy notice, in plain words that match what Haven does (README, DESIGN.md's privacy
rules). Original text, written for Haven.

Idempotent: a page is matched by its kind, and an existing one is left as it is.
"""

from django.conf import settings
from django.db import transaction

from articles.demo import stream
from editorial.policy_pages import PolicyPage
from home.models import HomePage


def _pages():
    retention = getattr(settings, "INQUIRY_RETENTION_DAYS", 180)
    return [
        {
            "kind": "editorial-policy",
            "title": "Editorial policy",
            "slug": "editorial-policy",
            "body": [
                (
                    "p",
                    "Our articles are here to help you understand what you are going through "
                    "and what kinds of care exist. They are not a diagnosis and they do not "
                    "replace talking to a clinician who knows you.",
                ),
                ("h", "Who writes and checks our articles"),
                (
                    "p",
                    "Each article names its writer. Before it is published, a licensed "
                    "clinician reads it for accuracy, and the article shows who that was and "
                    "on what date. We look at every article again at least once a year and "
                    "sooner when the evidence or the services it describes change.",
                ),
                ("h", "Where our facts come from"),
                (
                    "p",
                    "When an article states a fact that is not common knowledge, it says where "
                    "the fact comes from. Sources are numbered at the foot of the article, and "
                    "each number in the text links to its source. We prefer public health "
                    "agencies, professional bodies and peer-reviewed research.",
                ),
                ("h", "How we write about hard subjects"),
                (
                    "ul",
                    [
                        "We follow safe-messaging guidance on suicide and self-harm, and every "
                        "article on those subjects shows where to get help now.",
                        "We use plain words and explain any clinical term we need.",
                        "We do not describe methods of self-harm, and we do not use stories "
                        "without the consent of the person they belong to.",
                    ],
                ),
                ("h", "What does not influence us"),
                (
                    "p",
                    "We carry no advertising and accept no payment to mention a product, a "
                    "program or a treatment. When an article mentions our own programs, it "
                    "says so.",
                ),
                ("h", "When we get something wrong"),
                (
                    "p",
                    "We fix it, say so at the top of the article with the date and what "
                    "changed, and list it in our corrections log. To tell us about a mistake, "
                    "call our admissions line and ask for the editorial team.",
                ),
            ],
        },
        {
            "kind": "corrections",
            "title": "Corrections log",
            "slug": "corrections",
            "body": [
                (
                    "p",
                    "When a published article was wrong about a fact, or a fact in it has "
                    "changed, we correct the article and record the change here and at the top "
                    "of the article. We do not list spelling or layout fixes.",
                ),
            ],
        },
        {
            "kind": "accessibility",
            "title": "Accessibility statement",
            "slug": "accessibility",
            "body": [
                (
                    "p",
                    "We want everyone to be able to use this site, including people who use a "
                    "screen reader, a keyboard, voice control, magnification or a slow phone "
                    "connection.",
                ),
                ("h", "What we aim for"),
                (
                    "ul",
                    [
                        "We aim to meet the Web Content Accessibility Guidelines (WCAG) 2.2 at "
                        "level AA.",
                        "Every page, the program directory and the inquiry form work without "
                        "JavaScript.",
                        "The crisis line is on every page.",
                        "Images that carry meaning have a text description, and articles use "
                        "headings in order.",
                    ],
                ),
                ("h", "How we check"),
                (
                    "p",
                    "Automated accessibility and HTML checks run on our public pages every time "
                    "the site changes, and we test the main tasks (reading an article, finding "
                    "a program, sending an inquiry) with a keyboard. Automated checks find only "
                    "some problems, so we also want to hear from you.",
                ),
                ("h", "Tell us about a problem"),
                (
                    "p",
                    "If something on the site is hard to use, or you need information in "
                    "another format, call our admissions line (the number is at the foot of "
                    "every page). Tell us the page and what went wrong; we will reply, and "
                    "help you by phone in the meantime.",
                ),
            ],
        },
        {
            "kind": "privacy",
            "title": "Privacy notice",
            "slug": "privacy",
            "body": [
                (
                    "p",
                    "This notice covers this website. It says what the site records, why, and "
                    "for how long. Your treatment records are covered by the notice of privacy "
                    "practices you receive when you start care.",
                ),
                ("h", "What we do not do"),
                (
                    "ul",
                    [
                        "We use no analytics, advertising or tracking tools, and no "
                        "third-party cookies.",
                        "Our pages load nothing from other companies' servers. A map or "
                        "directions link takes you to another site only when you choose it.",
                        "We do not sell or share what you send us.",
                    ],
                ),
                ("h", "When you send an inquiry"),
                (
                    "p",
                    "The details you type (your name, how to reach you and what you tell us) "
                    "are encrypted before they are stored. Only our admissions team can open "
                    "an inquiry, and each time someone opens one it is recorded. The e-mail "
                    "that tells the team a new inquiry has arrived contains only its number, "
                    "never your details.",
                ),
                (
                    "p",
                    f"Once an inquiry is closed, we delete it {retention} days later. To spot "
                    "the same person writing twice, we keep a scrambled fingerprint of your "
                    "phone number and e-mail address, which cannot be turned back into them "
                    "and is deleted with the inquiry.",
                ),
                (
                    "p",
                    "To stop automated spam, the form may use Google reCAPTCHA. When it is "
                    "switched on it loads on the inquiry page only, and Google's own privacy "
                    "policy applies to it.",
                ),
                ("h", "Searching the site and the directory"),
                (
                    "p",
                    "We count which words people search for each day, with e-mail addresses "
                    "and phone numbers removed, and without recording who searched. We keep "
                    "these counts for 90 days.",
                ),
                ("h", "Cookies and logs"),
                (
                    "p",
                    "Forms set a security cookie that protects you from forged submissions. "
                    "Our web server records each request's address, time and page, but not "
                    "what you searched for or typed. Error reports never include what you "
                    "typed into a form.",
                ),
                ("h", "Your choices"),
                (
                    "p",
                    "You can ask us what we hold about you, ask us to correct it, or ask us "
                    "to delete your inquiry before its time. Call our admissions line; we will "
                    "confirm who you are before we act.",
                ),
            ],
        },
    ]


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return
    created = 0
    for spec in _pages():
        if PolicyPage.objects.filter(kind=spec["kind"]).exists():
            continue
        page = home.add_child(
            instance=PolicyPage(
                kind=spec["kind"], title=spec["title"], slug=spec["slug"], body=stream(spec["body"])
            )
        )
        page.save_revision().publish()
        created += 1
    if stdout and created:
        stdout.write(f"Created {created} policy pages.")
