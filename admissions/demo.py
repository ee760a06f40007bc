"""Demo content for admissions: the inquiry page under the home page, a default team, two teams
with routing rules and, in the embedded default only, thirty fictional inquiries
(admissions/demo_inquiries.py). Idempotent: running it again creates nothing twice."""

from django.db import transaction

from admissions import demo_inquiries
from admissions.models import AdmissionsTeam, InquiryPage, RoutingRule
from home.models import HomePage

INTRO = (
    "<p>Tell us a little about what you're looking for and how to reach you. An admissions "
    "coordinator will get back to you within one business day, usually sooner. You only need "
    "to share what you're comfortable with.</p>"
)
PRIVACY = (
    "<p>What you send is encrypted and seen only by our admissions staff. We use it to reply "
    "to you and to find a program that fits, never for marketing. We delete an inquiry six "
    "months after it is closed, and one still open after a year. Our notification emails "
    "never contain your details.</p>"
)
THANKS = (
    "<p>A coordinator will contact you within one business day, in the way you asked. They'll "
    "ask a few questions about what's going on, explain the programs that might fit and help "
    "you check your insurance. There's no obligation.</p>"
)

TEAMS = [
    # name, notification address, default?, rules: (priority, field, value)
    ("Central admissions", "admissions@haven.invalid", True, []),
    (
        "Healthcare worker track",
        "clinician-track@haven.invalid",
        False,
        [(10, "population", "healthcare-workers")],
    ),
    (
        "Virtual IOP admissions",
        "virtual@haven.invalid",
        False,
        [(20, "level_of_care", "virtual-iop")],
    ),
]


@transaction.atomic
def load(stdout=None):
    home = HomePage.objects.first()
    if home is None:
        return None
    page = InquiryPage.objects.first()
    if page is None:
        page = home.add_child(
            instance=InquiryPage(
                title="Get help",
                slug="get-help",
                seo_title="Get help: a confidential inquiry",
                search_description="Send a confidential inquiry to Haven's admissions team.",
                show_in_menus=True,
                intro=INTRO,
                privacy_notice=PRIVACY,
                thank_you_text=THANKS,
            )
        )
        page.save_revision().publish()
        if stdout:
            stdout.write("Created the inquiry page.")
    for name, address, is_default, rules in TEAMS:
        team, created = AdmissionsTeam.objects.get_or_create(
            name=name, defaults={"notification_email": address, "is_default": is_default}
        )
        for priority, field, value in rules:
            RoutingRule.objects.get_or_create(team=team, priority=priority, **{field: value})
        if created and stdout:
            stdout.write(f"Created the admissions team {name}.")
    demo_inquiries.load(stdout)
    return page
