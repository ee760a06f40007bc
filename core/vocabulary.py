"""The shared words of care: one list each, used by the directory, the inquiry form, routing
and the related-programs mapping, so every part of Haven filters on the same slugs."""

LEVELS_OF_CARE = [
    ("iop", "Intensive outpatient (IOP)"),
    ("php", "Partial hospitalization (PHP)"),
    ("virtual-iop", "Virtual IOP"),
    ("outpatient", "Outpatient"),
    ("residential", "Residential"),
]

FORMATS = [
    ("in-person", "In person"),
    ("virtual", "Virtual"),
    ("hybrid", "Hybrid"),
]

CONDITIONS = [
    ("anxiety", "Anxiety"),
    ("depression", "Depression"),
    ("trauma-ptsd", "Trauma and PTSD"),
    ("burnout", "Burnout"),
    ("bipolar", "Bipolar disorder"),
    ("substance-use", "Substance use"),
    ("co-occurring", "Co-occurring disorders"),
    ("eating-disorders", "Eating disorders"),
    ("ocd", "OCD"),
    ("grief", "Grief and loss"),
]

POPULATIONS = [
    ("healthcare-workers", "Healthcare workers"),
    ("mental-health-professionals", "Mental health professionals"),
    ("first-responders", "First responders"),
    ("veterans", "Veterans"),
    ("adults", "Adults"),
    ("young-adults", "Young adults"),
    ("adolescents", "Adolescents"),
    ("older-adults", "Older adults"),
    ("lgbtq", "LGBTQ+"),
]

PAYMENT = [
    ("private-insurance", "Private insurance"),
    ("medicaid", "Medicaid"),
    ("medicare", "Medicare"),
    ("tricare", "TRICARE"),
    ("self-pay", "Self-pay"),
    ("sliding-scale", "Sliding scale"),
]

SESSION_TIMES = [
    ("morning", "Morning"),
    ("daytime", "Daytime"),
    ("evening", "Evening"),
    ("weekend", "Weekend"),
]

LANGUAGES = [
    ("english", "English"),
    ("spanish", "Spanish"),
    ("chinese", "Chinese"),
    ("vietnamese", "Vietnamese"),
    ("korean", "Korean"),
    ("russian", "Russian"),
    ("arabic", "Arabic"),
    ("french", "French"),
    ("haitian-creole", "Haitian Creole"),
    ("portuguese", "Portuguese"),
    ("asl", "American Sign Language"),
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
