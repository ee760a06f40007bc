"""Demo articles on burnout, shift work and helping roles. Original text, written for Haven."""

ARTICLES = [
    {
        "slug": "when-tired-is-not-just-tired",
        "title": "When tired is not just tired: recognising burnout early",
        "summary": "Burnout creeps up through small changes: dreading the inbox, short temper, "
        "weekends that no longer restore you. Here is how to spot it early and what to do next.",
        "topics": ["burnout", "helping-professionals"],
        "audiences": ["public", "helping-professionals"],
        "author": "Maya Okafor",
        "reviewer": "Priya Natarajan",
        "days_ago": 3,
        "body": [
            (
                "p",
                "Most people expect burnout to arrive as a collapse. More often it arrives as a "
                "slow narrowing: fewer things feel worth the effort, and rest stops working.",
            ),
            ("h", "The early signs"),
            (
                "ul",
                [
                    "You feel drained before the day has started",
                    "Small requests feel like impositions",
                    "You are more cynical about work you used to value",
                    "Sleep, weekends and holidays no longer restore you",
                ],
            ),
            ("h", "Burnout or depression?"),
            (
                "p",
                "The two overlap. Burnout is tied to work and often eases when work changes [1]. "
                "Depression follows you everywhere: into hobbies, relationships and time off. "
                "If low mood lasts most days for two weeks or more, talk to a clinician [2].",
            ),
            (
                "tip",
                "A quick check",
                "Ask yourself whether a week away would fix it. If the honest answer is no, "
                "it is worth an assessment.",
            ),
            ("h", "What helps"),
            (
                "ol",
                [
                    "Name it to one person you trust",
                    "Protect sleep before anything else",
                    "Cut one obligation this week, not five",
                    "Book an assessment if nothing shifts within a month",
                ],
            ),
            (
                "takeaways",
                [
                    "Burnout builds slowly; early signs are easy to dismiss.",
                    "If rest no longer restores you, take that seriously.",
                    "Structured care such as an IOP can fit around work.",
                ],
            ),
            (
                "faq",
                [
                    (
                        "Is burnout a diagnosis?",
                        "Not on its own in most diagnostic manuals, but the anxiety, depression "
                        "and sleep problems that come with it are, and they respond to treatment.",
                    ),
                    (
                        "Do I have to stop working to get better?",
                        "Usually not. Outpatient therapy and intensive outpatient programs are "
                        "designed to fit around a job.",
                    ),
                ],
            ),
            (
                "refs",
                [
                    (
                        'Burn-out an "occupational phenomenon": International Classification of '
                        "Diseases",
                        "World Health Organization",
                        "https://www.who.int/news/item/28-05-2019-burn-out-an-occupational-"
                        "phenomenon-international-classification-of-diseases",
                    ),
                    (
                        "Depression",
                        "National Institute of Mental Health",
                        "https://www.nimh.nih.gov/health/topics/depression",
                    ),
                ],
            ),
        ],
    },
    {
        "slug": "virtual-iop-for-nurses",
        "title": "Can a virtual IOP work around twelve-hour shifts?",
        "summary": "Virtual intensive outpatient programs run several sessions a week online. "
        "For nurses and other shift workers, evening and weekend groups can make care possible.",
        "topics": ["virtual-iop", "helping-professionals"],
        "audiences": ["healthcare-workers"],
        "author": "Daniel Reyes",
        "reviewer": "Helen Marsh",
        "days_ago": 6,
        "body": [
            (
                "p",
                "Shift work makes weekly appointments hard to keep. A virtual IOP offers more "
                "structure than weekly therapy while letting you join from home.",
            ),
            ("h", "What a week looks like"),
            (
                "p",
                "Most programs meet three to five times a week for about three hours. Sessions "
                "mix group therapy, skills practice and a regular one-to-one check-in.",
            ),
            ("h", "Making it fit a rota"),
            (
                "ul",
                [
                    "Ask whether the program runs evening or weekend tracks",
                    "Check the attendance policy for missed sessions after a late shift",
                    "Find a private spot where colleagues cannot overhear",
                ],
            ),
            (
                "warn",
                "Privacy at work",
                "Avoid joining from a break room or a shared office. A parked car with "
                "headphones is better than a staff room.",
            ),
            ("h", "Is it as effective as in person?"),
            (
                "p",
                "For many adults with anxiety, depression or burnout, outcomes online are "
                "similar to in-person care when people attend regularly and have privacy.",
            ),
            (
                "faq",
                [
                    (
                        "Will my employer be told?",
                        "No. Treatment is confidential. You choose what, if anything, to share "
                        "with your employer, for example if you need adjusted shifts.",
                    ),
                    (
                        "Do I need a referral?",
                        "Many programs accept self-referrals. Your insurer may ask for an "
                        "assessment first; the program can usually arrange it.",
                    ),
                    (
                        "What equipment do I need?",
                        "A device with a camera, a steady connection and a private room.",
                    ),
                ],
            ),
            (
                "cta",
                "Questions about a virtual IOP?",
                "Tell us your shift pattern and we will suggest programs that fit it.",
            ),
        ],
    },
    {
        "slug": "secondary-trauma-in-helping-roles",
        "title": "Secondary trauma: when other people's worst days stay with you",
        "summary": "Hearing about trauma every day can leave its own mark. Learn the signs of "
        "secondary traumatic stress and what protects people in helping roles.",
        "topics": ["trauma", "helping-professionals"],
        "audiences": ["helping-professionals", "healthcare-workers"],
        "author": "Daniel Reyes",
        "reviewer": "Priya Natarajan",
        "days_ago": 30,
        "body": [
            (
                "p",
                "Therapists, paramedics, nurses and caseworkers absorb difficult stories as part "
                "of the job. Over time this can change how safe the world feels.",
            ),
            ("h", "Signs to watch for"),
            (
                "ul",
                [
                    "Intrusive images from clients' or patients' stories",
                    "Feeling on guard or jumpy outside work",
                    "Avoiding certain cases or conversations",
                ],
            ),
            ("h", "What protects you"),
            (
                "p",
                "Regular supervision, a manageable caseload and a clear end to the working day "
                "all help. So does treatment of your own when symptoms persist.",
            ),
            ("h", "Getting care as a clinician"),
            (
                "p",
                "Many programs offer groups just for healthcare and mental health workers, "
                "where you will not be treating the person sitting next to you.",
            ),
            (
                "takeaways",
                [
                    "Secondary trauma is an occupational hazard, not a weakness.",
                    "Supervision and boundaries protect; treatment helps when they are not enough.",
                ],
            ),
        ],
    },
]
