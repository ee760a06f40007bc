"""Original demo articles for Haven (written for this project; no text from elsewhere).

Body entries are compact tuples that articles/demo.py turns into StreamField blocks:
("h", text) heading, ("h3", text) subheading, ("p", text) paragraph, ("ul"/"ol", [items]),
("tip"/"warn", title, text), ("quote", text, attribution), ("faq", [(question, answer)]),
("takeaways", [points]), ("crisis",), ("cta", heading, text).
"""

TOPICS = [
    # slug, name, description, intro, conditions
    (
        "burnout",
        "Burnout",
        "When exhaustion from work stops lifting with rest, and what helps.",
        "Burnout is more than a hard week. These articles explain how it builds, how to tell "
        "it apart from depression, and when structured care makes sense.",
        ["burnout"],
    ),
    (
        "helping-professionals",
        "Helping professionals",
        "For therapists, nurses, social workers and everyone whose job is care.",
        "People who care for others for a living are often the last to ask for help. Here we "
        "write for them: plainly, and without assuming they already know it all.",
        [],
    ),
    (
        "virtual-iop",
        "Virtual IOP",
        "How intensive outpatient care works online, and who it suits.",
        "A virtual intensive outpatient program brings several sessions a week to a laptop at "
        "home. Learn what a week looks like and how to know whether it fits.",
        [],
    ),
    (
        "anxiety",
        "Anxiety",
        "Understanding worry that will not switch off, and the treatments that work.",
        "Anxiety is common and very treatable. Start here for clear explanations and steps you "
        "can take this week.",
        ["anxiety"],
    ),
    (
        "depression",
        "Depression",
        "Signs, treatment options and how to support someone who is struggling.",
        "Depression can flatten everything. These articles describe what treatment involves and "
        "how loved ones can help without taking over.",
        ["depression"],
    ),
    (
        "trauma",
        "Trauma",
        "How repeated exposure to hard events affects people, and paths to recovery.",
        "Trauma does not only come from one terrible day. It can build from many difficult "
        "shifts. Read about the signs and the care that helps.",
        ["trauma-ptsd"],
    ),
    (
        "choosing-care",
        "Choosing care",
        "Levels of care explained: outpatient, IOP, PHP and residential.",
        "Choosing a level of care is easier with a map. These guides compare the options and "
        "explain what to ask before you start.",
        [],
    ),
]

PEOPLE = [
    # name, credentials, job title, bio
    (
        "Maya Okafor",
        "MSW",
        "Staff writer",
        "Maya worked for eight years as a hospital social worker before writing about mental "
        "health for Haven. She writes for readers who are tired and short on time.",
    ),
    (
        "Daniel Reyes",
        "LPC",
        "Clinical writer",
        "Daniel is a licensed professional counselor who has led intensive outpatient groups "
        "for adults in person and online.",
    ),
    (
        "Priya Natarajan",
        "PsyD",
        "Clinical director, intensive outpatient programs",
        "Dr. Natarajan oversees clinical quality across Haven's partner programs and reviews "
        "every article for accuracy.",
    ),
    (
        "Helen Marsh",
        "PMHNP-BC",
        "Psychiatric nurse practitioner",
        "Helen treats adults with anxiety and depression and has a special interest in the "
        "health of nurses and other clinicians.",
    ),
]

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
                "The two overlap. Burnout is tied to work and often eases when work changes. "
                "Depression follows you everywhere: into hobbies, relationships and time off. "
                "If low mood lasts most days for two weeks or more, talk to a clinician.",
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
