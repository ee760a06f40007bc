"""Demo topics and people: who writes and reviews Haven's demo articles, and what they file
them under."""

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
