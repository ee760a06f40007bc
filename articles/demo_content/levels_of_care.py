"""Demo articles on levels of care: IOP, PHP and a first session.
Original text, written for Haven."""

ARTICLES = [
    {
        "slug": "more-than-weekly-therapy",
        "title": "How do I know I need more than weekly therapy?",
        "summary": "Weekly therapy suits many people, but not everyone. These signs suggest a more "
        "intensive level of care, such as an IOP or PHP, may help you recover faster.",
        "topics": ["choosing-care"],
        "audiences": ["public", "loved-ones"],
        "author": "Daniel Reyes",
        "reviewer": "Priya Natarajan",
        "days_ago": 10,
        "body": [
            (
                "p",
                "Therapy once a week is the right starting point for many people. Sometimes, "
                "though, an hour a week is not enough to keep up with what is happening.",
            ),
            ("h", "Signs you may need more support"),
            (
                "ul",
                [
                    "Symptoms are getting worse despite regular sessions",
                    "You are missing work or struggling to look after yourself",
                    "You leave sessions with skills but cannot use them between sessions",
                    "Your therapist has raised the idea of a higher level of care",
                ],
            ),
            ("h", "The levels of care, briefly"),
            (
                "p",
                "Outpatient therapy is usually weekly. An intensive outpatient program (IOP) "
                "adds about nine to fifteen hours a week. A partial hospitalization program "
                "(PHP) is a full day, most days, while you sleep at home.",
            ),
            ("h", "Talking to your therapist"),
            (
                "p",
                "You can raise this yourself. Saying \u201cI don\u2019t think this is enough "
                "right now\u201d is useful information, not a criticism.",
            ),
            ("crisis",),
            (
                "faq",
                [
                    (
                        "Is an IOP a step backwards?",
                        "No. It is more support for a period, usually six to eight weeks, "
                        "after which most people return to weekly therapy.",
                    ),
                    (
                        "Can I keep my therapist?",
                        "Often yes. Many programs coordinate with your outpatient therapist.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "iop-or-php",
        "title": "IOP or PHP? Comparing two levels of day treatment",
        "summary": "Intensive outpatient and partial hospitalization programs both let you live "
        "at home. They differ in hours, intensity and who they suit best.",
        "topics": ["choosing-care", "virtual-iop"],
        "audiences": ["public"],
        "author": "Daniel Reyes",
        "reviewer": "Helen Marsh",
        "days_ago": 40,
        # An earlier version said a PHP runs "four hours a day"; the text below is corrected.
        "corrections": [
            (
                12,
                "We corrected the length of a partial hospitalization day: it is about six "
                "hours, not four.",
            )
        ],
        "body": [
            (
                "p",
                "If weekly therapy is not enough but you do not need a hospital stay, two "
                "options sit in between.",
            ),
            ("h", "Intensive outpatient (IOP)"),
            (
                "p",
                "About three hours a day, three to five days a week. Many people keep working "
                "part time. Virtual IOPs run the same schedule online.",
            ),
            ("h", "Partial hospitalization (PHP)"),
            (
                "p",
                "About six hours a day, five days a week, with more medical oversight. Most "
                "people take time off work while they attend.",
            ),
            ("h", "Which is right for me?"),
            (
                "p",
                "An assessment decides. In general, PHP suits people whose symptoms make daily "
                "life very hard right now, and IOP suits people who are coping but not improving.",
            ),
            (
                "cta",
                "Not sure which level fits?",
                "Our admissions team can talk it through and check your insurance.",
            ),
        ],
    },
    {
        "slug": "first-iop-session",
        "title": "What to expect from your first week in an intensive outpatient program",
        "summary": "Starting a program is easier when you know what is coming. A walk through the "
        "first week: the assessment, your first group and how plans are made.",
        "topics": ["virtual-iop", "choosing-care"],
        "audiences": ["public"],
        "author": "Maya Okafor",
        "reviewer": "Priya Natarajan",
        "days_ago": 55,
        "body": [
            (
                "p",
                "Most people feel nervous before their first session. Knowing the shape of the "
                "week helps.",
            ),
            ("h", "Day one: assessment"),
            (
                "p",
                "A clinician asks about your symptoms, history and goals, and agrees a plan with "
                "you. Bring a list of medicines.",
            ),
            ("h", "Your first group"),
            (
                "p",
                "You will not be asked to share more than you want. Many people listen for the "
                "first session or two.",
            ),
            ("h", "By the end of the week"),
            (
                "ul",
                [
                    "You know your schedule and your main clinician",
                    "You have one or two skills to practise",
                    "You have agreed how progress will be reviewed",
                ],
            ),
            (
                "faq",
                [
                    (
                        "Do I have to talk in group?",
                        "No. Listening is participation too, especially at first.",
                    ),
                    (
                        "What if I miss a session?",
                        "Tell the program. Most have a way to catch up; repeated absences are "
                        "discussed with you, not held against you.",
                    ),
                ],
            ),
        ],
    },
]
