"""The shared words of care: one list each, used by the directory, the inquiry form, routing
and the related-programs mapping, so every part of Haven filters on the same slugs.

Labels are marked for translation (gettext_noop) but stay English here: templates and the directory
translate them where a visitor reads them, so slugs, exports and the API keep one language."""

from django.utils.translation import gettext_noop

LEVELS_OF_CARE = [
    ("iop", gettext_noop("Intensive outpatient (IOP)")),
    ("php", gettext_noop("Partial hospitalization (PHP)")),
    ("virtual-iop", gettext_noop("Virtual IOP")),
    ("outpatient", gettext_noop("Outpatient")),
    ("residential", gettext_noop("Residential")),
]

FORMATS = [
    ("in-person", gettext_noop("In person")),
    ("virtual", gettext_noop("Virtual")),
    ("hybrid", gettext_noop("Hybrid")),
]

CONDITIONS = [
    ("anxiety", gettext_noop("Anxiety")),
    ("depression", gettext_noop("Depression")),
    ("trauma-ptsd", gettext_noop("Trauma and PTSD")),
    ("burnout", gettext_noop("Burnout")),
    ("bipolar", gettext_noop("Bipolar disorder")),
    ("substance-use", gettext_noop("Substance use")),
    ("co-occurring", gettext_noop("Co-occurring disorders")),
    ("eating-disorders", gettext_noop("Eating disorders")),
    ("ocd", gettext_noop("OCD")),
    ("grief", gettext_noop("Grief and loss")),
]

POPULATIONS = [
    ("healthcare-workers", gettext_noop("Healthcare workers")),
    ("mental-health-professionals", gettext_noop("Mental health professionals")),
    ("first-responders", gettext_noop("First responders")),
    ("veterans", gettext_noop("Veterans")),
    ("adults", gettext_noop("Adults")),
    ("young-adults", gettext_noop("Young adults")),
    ("adolescents", gettext_noop("Adolescents")),
    ("older-adults", gettext_noop("Older adults")),
    ("lgbtq", gettext_noop("LGBTQ+")),
]

PAYMENT = [
    ("private-insurance", gettext_noop("Private insurance")),
    ("medicaid", gettext_noop("Medicaid")),
    ("medicare", gettext_noop("Medicare")),
    ("tricare", gettext_noop("TRICARE")),
    ("self-pay", gettext_noop("Self-pay")),
    ("sliding-scale", gettext_noop("Sliding scale")),
]

SESSION_TIMES = [
    ("morning", gettext_noop("Morning")),
    ("daytime", gettext_noop("Daytime")),
    ("evening", gettext_noop("Evening")),
    ("weekend", gettext_noop("Weekend")),
]

LANGUAGES = [
    ("english", gettext_noop("English")),
    ("spanish", gettext_noop("Spanish")),
    ("chinese", gettext_noop("Chinese")),
    ("vietnamese", gettext_noop("Vietnamese")),
    ("korean", gettext_noop("Korean")),
    ("russian", gettext_noop("Russian")),
    ("arabic", gettext_noop("Arabic")),
    ("french", gettext_noop("French")),
    ("haitian-creole", gettext_noop("Haitian Creole")),
    ("portuguese", gettext_noop("Portuguese")),
    ("asl", gettext_noop("American Sign Language")),
]

US_STATES = [
    ("AL", "Alabama"),
    ("AK", "Alaska"),
    ("AZ", "Arizona"),
    ("AR", "Arkansas"),
    ("CA", "California"),
    ("CO", "Colorado"),
    ("CT", "Connecticut"),
    ("DE", "Delaware"),
    ("DC", "District of Columbia"),
    ("FL", "Florida"),
    ("GA", "Georgia"),
    ("HI", "Hawaii"),
    ("ID", "Idaho"),
    ("IL", "Illinois"),
    ("IN", "Indiana"),
    ("IA", "Iowa"),
    ("KS", "Kansas"),
    ("KY", "Kentucky"),
    ("LA", "Louisiana"),
    ("ME", "Maine"),
    ("MD", "Maryland"),
    ("MA", "Massachusetts"),
    ("MI", "Michigan"),
    ("MN", "Minnesota"),
    ("MS", "Mississippi"),
    ("MO", "Missouri"),
    ("MT", "Montana"),
    ("NE", "Nebraska"),
    ("NV", "Nevada"),
    ("NH", "New Hampshire"),
    ("NJ", "New Jersey"),
    ("NM", "New Mexico"),
    ("NY", "New York"),
    ("NC", "North Carolina"),
    ("ND", "North Dakota"),
    ("OH", "Ohio"),
    ("OK", "Oklahoma"),
    ("OR", "Oregon"),
    ("PA", "Pennsylvania"),
    ("RI", "Rhode Island"),
    ("SC", "South Carolina"),
    ("SD", "South Dakota"),
    ("TN", "Tennessee"),
    ("TX", "Texas"),
    ("UT", "Utah"),
    ("VT", "Vermont"),
    ("VA", "Virginia"),
    ("WA", "Washington"),
    ("WV", "West Virginia"),
    ("WI", "Wisconsin"),
    ("WY", "Wyoming"),
    ("PR", "Puerto Rico"),
]


def label(choices: list[tuple[str, str]], slug: str) -> str:
    return dict(choices).get(slug, slug)
