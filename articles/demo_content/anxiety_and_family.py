"""Demo articles on anxiety, medication questions and supporting a partner.
Original text, written for Haven."""

ARTICLES = [
    {
        "slug": "anxiety-at-3am",
        "title": "Anxiety at 3 a.m.: why worry peaks at night",
        "summary": "Night-time worry feels bigger because the brain is tired and nothing can be "
        "done until morning. A few practical steps can make those hours easier.",
        "topics": ["anxiety"],
        "audiences": ["public"],
        "author": "Maya Okafor",
        "reviewer": "Helen Marsh",
        "days_ago": 14,
        "body": [
            (
                "p",
                "Lying awake with a racing mind is one of the most common things people describe "
                "when they first seek help for anxiety.",
            ),
            ("h", "Why it happens"),
            (
                "p",
                "When you are tired, the parts of the brain that put worries in perspective work "
                "less well. Darkness and quiet leave little else to focus on.",
            ),
            ("h", "What to try tonight"),
            (
                "ol",
                [
                    "Write the worry down with one next step for the morning",
                    "Get up after twenty minutes awake and do something dull in low light",
                    "Keep the phone out of reach",
                ],
            ),
            (
                "quote",
                "Writing it down told my brain it was safe to let go until morning.",
                "A reader",
            ),
            ("h", "When to get help"),
            (
                "p",
                "If worry is keeping you awake most nights for a month, or you are relying on "
                "alcohol to sleep, talk to a clinician. Anxiety responds well to treatment.",
            ),
        ],
    },
    {
        "slug": "supporting-a-partner-with-depression",
        "title": "Supporting a partner through depression without losing yourself",
        "summary": "Loving someone with depression is hard work. Here is how to help in ways "
        "that make a difference, and how to look after your own health too.",
        "topics": ["depression"],
        "audiences": ["loved-ones"],
        "author": "Maya Okafor",
        "reviewer": "Priya Natarajan",
        "days_ago": 21,
        "body": [
            (
                "p",
                "When someone you love is depressed, it is natural to want to fix it. What "
                "helps more is steady presence and practical support.",
            ),
            ("h", "Things that help"),
            (
                "ul",
                [
                    "Offer specific help: \u201cI\u2019ll drive you Tuesday\u201d",
                    "Keep inviting them, without pressure",
                    "Notice small steps out loud",
                ],
            ),
            ("h", "Things to avoid"),
            (
                "ul",
                [
                    "Telling them to cheer up or think positive",
                    "Taking withdrawal personally",
                    "Carrying it alone",
                ],
            ),
            (
                "warn",
                "If you are worried about safety",
                "If your partner talks about wanting to die, ask them directly and call or "
                "text 988 together. Asking does not put the idea in their head.",
            ),
            ("h", "Looking after yourself"),
            (
                "p",
                "Support groups for families and your own counselling are not selfish. They "
                "help you stay in it for the long haul.",
            ),
            (
                "faq",
                [
                    (
                        "Should I make the appointment for them?",
                        "Offer to, and to go with them, but let them decide. Feeling in control "
                        "of treatment helps recovery.",
                    ),
                    (
                        "How long does treatment take?",
                        "Many people feel better within two to three months of starting "
                        "treatment, though it varies.",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "anxiety-medication-questions",
        "title": "Five questions to ask before starting anxiety medication",
        "summary": "Medication can help anxiety, often alongside therapy. These questions help you "
        "have a clear, useful conversation with your prescriber.",
        "topics": ["anxiety", "depression"],
        "audiences": ["public"],
        "author": "Daniel Reyes",
        "reviewer": "Helen Marsh",
        "days_ago": 70,
        "body": [
            (
                "p",
                "Deciding whether to take medication is personal. Going in with questions makes "
                "the appointment more useful.",
            ),
            ("h", "The questions"),
            (
                "ol",
                [
                    "How long before I notice a difference?",
                    "What side effects are common, and which should I report?",
                    "How does this work alongside therapy?",
                    "How and when would we review it?",
                    "What happens when I want to stop?",
                ],
            ),
            ("h", "After you start"),
            (
                "p",
                "Keep brief notes on sleep, mood and side effects. They make follow-up "
                "appointments quicker and more accurate.",
            ),
            ("warn", "Stopping safely", "Do not stop suddenly without talking to your prescriber."),
        ],
    },
]
