"""Thirty-six short articles in six subject groups, written for this test (original text).

A clinician would expect an article's related reading to come from its own group. Topics
and tags are what an editor would plausibly file each article under; some articles cross
groups on purpose (an insurance article about virtual IOP, a trauma article about nurses),
so the engine has to weigh the whole text, not one shared word.
"""

GROUPS = ["nurse-burnout", "virtual-iop", "anxiety", "loved-one", "insurance", "trauma"]

ARTICLES = [
    # --- burnout in nurses -------------------------------------------------------------
    {
        "group": "nurse-burnout",
        "title": "When twelve-hour shifts stop ending at the hospital door",
        "summary": "Nurses describe burnout as exhaustion that follows them home.",
        "headings": "Signs of burnout on the unit",
        "body": "Many nurses notice burnout first as dread before a shift. Charting feels "
        "endless, patience with patients wears thin, and days off are spent recovering "
        "rather than living. Emotional exhaustion, cynicism and a sense that nothing you do "
        "matters are the three classic signs.",
        "faq": "Is nurse burnout the same as depression?",
        "topics": ["burnout"],
        "tags": ["nurses"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "nurse-burnout",
        "title": "Compassion fatigue in ICU nurses",
        "summary": "Caring for critically ill patients every shift can drain empathy itself.",
        "headings": "Why empathy runs low after a hard shift",
        "body": "Compassion fatigue builds when nurses absorb patients' suffering shift "
        "after shift with no time to recover. ICU staff may feel numb at the bedside and "
        "guilty about feeling numb. Peer debriefs, protected breaks and honest staffing "
        "conversations with unit managers help more than another wellness email.",
        "faq": "How is compassion fatigue different from burnout?",
        "topics": ["burnout"],
        "tags": ["nurses", "icu"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "nurse-burnout",
        "title": "Night shift nursing and the sleep debt nobody talks about",
        "summary": "Rotating night shifts disrupt sleep, mood and the way nurses cope.",
        "headings": "Protecting sleep between night shifts",
        "body": "Nurses on rotating nights build a sleep debt that makes burnout worse. "
        "Blackout curtains, a fixed wind-down routine after the shift and guarding the "
        "first sleep block matter. When exhaustion lingers across days off, it is time "
        "to talk with someone about burnout rather than push through another shift.",
        "faq": "Can night shifts cause burnout on their own?",
        "topics": ["burnout"],
        "tags": ["nurses", "shift-work"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "nurse-burnout",
        "title": "Saying no to one more overtime shift",
        "summary": "Mandatory and voluntary overtime are common roots of nurse burnout.",
        "headings": "Setting limits with your unit manager",
        "body": "Short-staffed units lean on the nurses who always say yes. Overtime "
        "shifts stack up until burnout arrives. Practise a short script for declining, "
        "track your hours, and bring staffing patterns to your manager as a patient safety "
        "issue rather than a personal failing.",
        "faq": "Will refusing overtime hurt my nursing career?",
        "topics": ["burnout"],
        "tags": ["nurses", "boundaries"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "nurse-burnout",
        "title": "Moral injury at the bedside",
        "summary": "When nurses cannot give the care they know patients need.",
        "headings": "Naming moral distress",
        "body": "Moral injury describes the burnout that comes from working against your "
        "own values: discharging patients too early, rationing time at the bedside, "
        "watching policy override care. Nurses who name it as moral distress, rather than "
        "weakness, find it easier to seek support from colleagues and counsellors.",
        "faq": "Is moral injury a form of burnout?",
        "topics": ["burnout"],
        "tags": ["nurses", "moral-injury"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "nurse-burnout",
        "title": "Returning to the unit after burnout leave",
        "summary": "A gradual plan helps nurses come back without sliding into burnout again.",
        "headings": "Planning your first weeks back on shift",
        "body": "Nurses returning after burnout leave do best with a phased schedule, "
        "fewer consecutive shifts and a named colleague to check in with. Agree on "
        "warning signs with your therapist before the first shift so exhaustion is caught "
        "early this time.",
        "faq": "How many shifts should I work in my first week back?",
        "topics": ["burnout"],
        "tags": ["nurses", "return-to-work"],
        "audiences": ["healthcare-workers"],
    },
    # --- virtual IOP logistics ---------------------------------------------------------
    {
        "group": "virtual-iop",
        "title": "What a week in virtual IOP looks like",
        "summary": "Three evenings of group sessions by video, plus one individual check-in.",
        "headings": "A typical virtual IOP schedule",
        "body": "Most virtual intensive outpatient programs meet three or four days a "
        "week for about three hours. Group sessions happen by video, with an individual "
        "session and a medication check each week. You join from home, so the schedule "
        "can fit around work.",
        "faq": "How many hours a week is virtual IOP?",
        "topics": ["virtual-iop"],
        "tags": ["schedule"],
        "audiences": ["public"],
    },
    {
        "group": "virtual-iop",
        "title": "Setting up a private space for telehealth group sessions",
        "summary": "Headphones, a closed door and a stable connection make video groups work.",
        "headings": "Privacy at home during virtual sessions",
        "body": "Virtual IOP works best from a quiet room where no one can overhear. Use "
        "headphones, test your camera and internet connection before the first group "
        "session, and keep your phone nearby in case the video drops. If home is not "
        "private, a parked car or a library study room can work.",
        "faq": "What if I lose my internet connection during a virtual group?",
        "topics": ["virtual-iop"],
        "tags": ["telehealth"],
        "audiences": ["public"],
    },
    {
        "group": "virtual-iop",
        "title": "Can I keep working while in virtual IOP?",
        "summary": "Evening virtual IOP tracks are built for people who work days.",
        "headings": "Fitting virtual IOP around a job",
        "body": "Many people keep their job during virtual IOP by choosing an evening "
        "track. Sessions run by video after work, three evenings a week. Some take "
        "intermittent leave for the first weeks. Talk with the admissions team about "
        "which virtual IOP schedule fits your working hours.",
        "faq": "Do I have to tell my employer I am in virtual IOP?",
        "topics": ["virtual-iop"],
        "tags": ["schedule", "work"],
        "audiences": ["public"],
    },
    {
        "group": "virtual-iop",
        "title": "Your first virtual IOP session: what to expect",
        "summary": "Introductions, group guidelines and a short check-in on video.",
        "headings": "Before you log in for the first session",
        "body": "The first virtual IOP session usually starts with introductions and "
        "group guidelines about privacy and cameras on. You will get the video link by "
        "email, sign consent forms online and meet your group facilitator. Log in ten "
        "minutes early to test audio.",
        "faq": "Do I have to keep my camera on during virtual IOP?",
        "topics": ["virtual-iop"],
        "tags": ["telehealth", "first-session"],
        "audiences": ["public"],
    },
    {
        "group": "virtual-iop",
        "title": "Virtual IOP across state lines",
        "summary": "Programs can only treat you in states where their clinicians are licensed.",
        "headings": "Where you are during the session matters",
        "body": "Virtual IOP programs are licensed state by state. You must be physically "
        "located in a state the program serves when you log in to a video session, even "
        "if you travel for work. Tell the program before a trip so they can plan around "
        "missed virtual sessions.",
        "faq": "Can I join a virtual IOP session while travelling?",
        "topics": ["virtual-iop"],
        "tags": ["telehealth", "licensing"],
        "audiences": ["public"],
    },
    {
        "group": "virtual-iop",
        "title": "Technology checklist for virtual intensive outpatient",
        "summary": "A laptop or tablet, a camera, headphones and a backup plan.",
        "headings": "Devices, apps and passwords",
        "body": "Before virtual IOP begins, install the video app the program uses, "
        "charge your laptop or tablet, and write down the group link and the phone "
        "number to call if the connection fails. A phone can work for video sessions, "
        "but a larger screen makes group sessions easier.",
        "faq": "Can I attend virtual IOP on my phone?",
        "topics": ["virtual-iop"],
        "tags": ["telehealth"],
        "audiences": ["public"],
    },
    # --- anxiety treatment -------------------------------------------------------------
    {
        "group": "anxiety",
        "title": "How cognitive behavioral therapy treats anxiety",
        "summary": "CBT teaches you to notice anxious thoughts and test them.",
        "headings": "Thoughts, feelings and avoidance",
        "body": "Cognitive behavioral therapy is a first-line treatment for anxiety "
        "disorders. You learn to catch catastrophic thoughts, weigh the evidence for "
        "them and gradually stop avoiding what makes you anxious. Most people see change "
        "within twelve to sixteen weekly sessions.",
        "faq": "How long does CBT for anxiety take to work?",
        "topics": ["anxiety"],
        "tags": ["cbt"],
        "audiences": ["public"],
    },
    {
        "group": "anxiety",
        "title": "Exposure therapy: facing fear one step at a time",
        "summary": "Gradual exposure shrinks the fear that avoidance keeps alive.",
        "headings": "Building a fear ladder",
        "body": "Exposure therapy treats anxiety and panic by approaching feared "
        "situations in small steps. With a therapist you build a fear ladder, start at "
        "the bottom rung and stay until the anxiety falls. Avoidance feels safe but "
        "teaches the brain that the fear was justified.",
        "faq": "Is exposure therapy safe for panic attacks?",
        "topics": ["anxiety"],
        "tags": ["exposure-therapy"],
        "audiences": ["public"],
    },
    {
        "group": "anxiety",
        "title": "Medication for generalized anxiety disorder",
        "summary": "SSRIs and SNRIs are common first choices; benzodiazepines carry risks.",
        "headings": "Talking with a prescriber about anxiety medication",
        "body": "Antidepressants such as SSRIs and SNRIs are often prescribed for "
        "generalized anxiety disorder and take several weeks to help. Benzodiazepines "
        "calm anxiety quickly but can lead to dependence. Many people do best combining "
        "medication with therapy for worry.",
        "faq": "Are anxiety medications addictive?",
        "topics": ["anxiety"],
        "tags": ["medication"],
        "audiences": ["public"],
    },
    {
        "group": "anxiety",
        "title": "What to do during a panic attack",
        "summary": "Slow breathing and naming the panic help it pass sooner.",
        "headings": "Riding out the wave of panic",
        "body": "A panic attack peaks within minutes. Racing heart, shaking and the fear "
        "of dying are frightening but not dangerous. Slow your breathing, name what is "
        "happening as panic, and let the anxiety rise and fall without fighting it. "
        "Panic disorder responds well to treatment.",
        "faq": "Can a panic attack hurt my heart?",
        "topics": ["anxiety"],
        "tags": ["panic"],
        "audiences": ["public"],
    },
    {
        "group": "anxiety",
        "title": "Worry time: a simple tool for constant anxious thoughts",
        "summary": "Postponing worry to a set time teaches your mind it can wait.",
        "headings": "How to schedule your worry",
        "body": "People with generalized anxiety often worry all day. Worry time sets "
        "aside fifteen minutes each evening for anxious thoughts; when a worry comes "
        "earlier, you note it and postpone it. Over weeks the worry loses its urgency, a "
        "technique drawn from cognitive behavioral therapy.",
        "faq": "What if my worry cannot wait until later?",
        "topics": ["anxiety"],
        "tags": ["cbt", "self-help"],
        "audiences": ["public"],
    },
    {
        "group": "anxiety",
        "title": "Social anxiety is more than shyness",
        "summary": "Fear of judgment that keeps you from work, friends or class is treatable.",
        "headings": "When anxiety shrinks your world",
        "body": "Social anxiety disorder is an intense fear of being judged that leads "
        "people to avoid meetings, parties or even phone calls. Group cognitive "
        "behavioral therapy and gradual exposure are effective treatments, sometimes with "
        "medication, and the anxiety usually eases with practice.",
        "faq": "Is social anxiety the same as being introverted?",
        "topics": ["anxiety"],
        "tags": ["social-anxiety", "cbt"],
        "audiences": ["public"],
    },
    # --- supporting a loved one --------------------------------------------------------
    {
        "group": "loved-one",
        "title": "How to start a conversation with someone you are worried about",
        "summary": "Lead with care and specifics, not a diagnosis.",
        "headings": "Finding the right moment to talk",
        "body": "If you are worried about a partner, parent or friend, choose a calm, "
        "private moment. Describe what you have noticed, say you care, and ask how they "
        "are doing. Listen more than you talk. Your loved one may not be ready the first "
        "time; keep the door open.",
        "faq": "What if my loved one gets angry when I bring it up?",
        "topics": ["family-support"],
        "tags": ["communication"],
        "audiences": ["loved-ones"],
    },
    {
        "group": "loved-one",
        "title": "Supporting a partner in treatment without losing yourself",
        "summary": "Caregivers need rest and support too.",
        "headings": "Looking after yourself as a caregiver",
        "body": "When a partner or family member is in treatment, it is easy to put "
        "your own needs last. Keep your friendships, sleep and routines. Family support "
        "groups let caregivers talk with others who understand. You can love someone and "
        "still set limits.",
        "faq": "Is it selfish to take a break from caregiving?",
        "topics": ["family-support"],
        "tags": ["caregivers"],
        "audiences": ["loved-ones"],
    },
    {
        "group": "loved-one",
        "title": "What families can do when a loved one refuses help",
        "summary": "You cannot force treatment, but you can stay connected.",
        "headings": "Staying connected when your loved one says no",
        "body": "Family members often feel helpless when a loved one refuses help. "
        "Approaches such as CRAFT teach families to reward steps toward change and let "
        "natural consequences happen. Stay connected, look after your own wellbeing, and "
        "know when safety means calling for emergency help.",
        "faq": "Can I make an adult family member go to treatment?",
        "topics": ["family-support"],
        "tags": ["caregivers", "communication"],
        "audiences": ["loved-ones"],
    },
    {
        "group": "loved-one",
        "title": "Family sessions in treatment: why your loved one's program invites you",
        "summary": "Family sessions help everyone learn new ways to talk and support.",
        "headings": "What happens in a family session",
        "body": "Many programs invite partners, parents and adult children to family "
        "sessions. A therapist helps the family understand the illness, practise "
        "communication and plan for life after treatment. Family members do not need to "
        "have the answers; showing up is support.",
        "faq": "Do I have to attend family sessions?",
        "topics": ["family-support"],
        "tags": ["family-sessions"],
        "audiences": ["loved-ones"],
    },
    {
        "group": "loved-one",
        "title": "Helping a parent who is struggling",
        "summary": "Adult children can support an ageing parent's mental health with respect.",
        "headings": "Respecting your parent's independence",
        "body": "Adult children often notice a parent withdrawing, sleeping more or "
        "losing interest. Offer practical help such as rides to appointments, involve "
        "your parent in decisions, and share the caregiving with siblings. Supporting a "
        "loved one works better as a team.",
        "faq": "How do I support a parent who lives far away?",
        "topics": ["family-support"],
        "tags": ["caregivers"],
        "audiences": ["loved-ones"],
    },
    {
        "group": "loved-one",
        "title": "What to say, and what not to say, to a friend who is struggling",
        "summary": "Simple words of support beat advice and pep talks.",
        "headings": "Phrases that help a friend feel heard",
        "body": "Try 'I am here for you' and 'Do you want to talk about it?' rather than "
        "'Just think positive.' Friends and family members help most by listening, "
        "checking in regularly and offering to help find support, without fixing or "
        "judging.",
        "faq": "Should I ask my friend directly about suicide?",
        "topics": ["family-support"],
        "tags": ["communication"],
        "audiences": ["loved-ones"],
    },
    # --- insurance and cost ------------------------------------------------------------
    {
        "group": "insurance",
        "title": "Does insurance cover intensive outpatient treatment?",
        "summary": "Most health plans cover IOP; prior authorization is common.",
        "headings": "Checking your coverage before you start",
        "body": "Under mental health parity laws, most insurance plans cover intensive "
        "outpatient treatment much like medical care. Call the number on your insurance "
        "card, ask about in-network programs, deductibles and copays, and whether prior "
        "authorization is required.",
        "faq": "What questions should I ask my insurance company?",
        "topics": ["insurance"],
        "tags": ["coverage", "iop"],
        "audiences": ["public"],
    },
    {
        "group": "insurance",
        "title": "Deductibles, copays and coinsurance explained",
        "summary": "Three words on every bill, and what each means for your costs.",
        "headings": "Estimating what treatment will cost you",
        "body": "Your deductible is what you pay before insurance starts sharing costs. "
        "A copay is a fixed fee per visit; coinsurance is a percentage of each bill. Add "
        "your out-of-pocket maximum and you can estimate the total cost of a program "
        "before you begin.",
        "faq": "Does my deductible reset every year?",
        "topics": ["insurance"],
        "tags": ["costs"],
        "audiences": ["public"],
    },
    {
        "group": "insurance",
        "title": "What to do when insurance denies treatment",
        "summary": "Denials can be appealed, and many appeals succeed.",
        "headings": "Filing an insurance appeal",
        "body": "If your insurance company denies coverage, ask for the denial in "
        "writing and the criteria they used. Your treatment team can send records and a "
        "letter of medical necessity. Internal appeals and external review are your "
        "rights under most health plans.",
        "faq": "How long does an insurance appeal take?",
        "topics": ["insurance"],
        "tags": ["coverage", "appeals"],
        "audiences": ["public"],
    },
    {
        "group": "insurance",
        "title": "Paying for treatment without insurance",
        "summary": "Sliding-scale fees, payment plans and community programs lower costs.",
        "headings": "Options when you are uninsured",
        "body": "Without insurance, ask programs about self-pay rates, sliding-scale "
        "fees based on income and monthly payment plans. Community mental health centres "
        "and some nonprofits offer low-cost treatment. Get the total cost in writing "
        "before you start.",
        "faq": "Do programs offer payment plans?",
        "topics": ["insurance"],
        "tags": ["self-pay", "costs"],
        "audiences": ["public"],
    },
    {
        "group": "insurance",
        "title": "Is virtual IOP covered by insurance?",
        "summary": "Telehealth coverage has grown, but check your plan and state.",
        "headings": "Telehealth benefits and your health plan",
        "body": "Many insurance plans now cover virtual intensive outpatient care at "
        "the same rate as in-person treatment, but coverage varies by plan and state. "
        "Ask your insurer whether telehealth IOP is a covered benefit, what the copay is "
        "and whether the program is in network.",
        "faq": "Will my copay be different for telehealth?",
        "topics": ["insurance", "virtual-iop"],
        "tags": ["coverage", "telehealth"],
        "audiences": ["public"],
    },
    {
        "group": "insurance",
        "title": "In-network or out-of-network: what it means for your bill",
        "summary": "Out-of-network care can cost far more; here is how to check.",
        "headings": "Finding in-network programs",
        "body": "In-network programs have agreed rates with your insurance company, so "
        "your costs are lower. Out-of-network treatment may mean a separate deductible, "
        "higher coinsurance and balance billing. Ask the program and your insurer to "
        "confirm network status before the first visit.",
        "faq": "Can I get reimbursed for out-of-network treatment?",
        "topics": ["insurance"],
        "tags": ["coverage", "costs"],
        "audiences": ["public"],
    },
    # --- trauma ------------------------------------------------------------------------
    {
        "group": "trauma",
        "title": "Understanding PTSD after a traumatic event",
        "summary": "Flashbacks, nightmares and feeling on guard are common after trauma.",
        "headings": "When trauma reactions do not fade",
        "body": "After a traumatic event, most people have nightmares or feel on edge "
        "for a while. When flashbacks, avoidance and hypervigilance last more than a "
        "month and disrupt life, it may be post-traumatic stress disorder. PTSD is "
        "treatable with trauma-focused therapy.",
        "faq": "How soon after trauma can PTSD start?",
        "topics": ["trauma"],
        "tags": ["ptsd"],
        "audiences": ["public"],
    },
    {
        "group": "trauma",
        "title": "EMDR therapy: what happens in a session",
        "summary": "Eye movement desensitization helps traumatic memories lose their charge.",
        "headings": "The phases of EMDR",
        "body": "In EMDR, you recall a traumatic memory while following the therapist's "
        "hand movements or tones. Over sessions the memory becomes less distressing. EMDR "
        "is one of the trauma-focused therapies recommended for PTSD, alongside "
        "prolonged exposure and cognitive processing therapy.",
        "faq": "Do I have to talk about my trauma in detail in EMDR?",
        "topics": ["trauma"],
        "tags": ["emdr", "ptsd"],
        "audiences": ["public"],
    },
    {
        "group": "trauma",
        "title": "Secondary trauma in emergency nurses and first responders",
        "summary": "Witnessing others' trauma day after day can cause traumatic stress.",
        "headings": "Recognising secondary traumatic stress",
        "body": "Emergency nurses, paramedics and firefighters witness traumatic "
        "events as part of the job. Intrusive images, nightmares and being constantly on "
        "guard after a bad call are signs of secondary traumatic stress, which can "
        "develop into PTSD. Trauma-informed peer support helps.",
        "faq": "Can you get PTSD from someone else's trauma?",
        "topics": ["trauma"],
        "tags": ["ptsd", "first-responders"],
        "audiences": ["healthcare-workers"],
    },
    {
        "group": "trauma",
        "title": "Grounding techniques for flashbacks",
        "summary": "Bringing your senses to the present can interrupt a flashback.",
        "headings": "The five senses exercise",
        "body": "During a flashback the traumatic memory feels like it is happening "
        "now. Grounding brings you back: name five things you see, four you can touch, "
        "three you hear. Hold something cold. Grounding does not treat PTSD, but it helps "
        "between trauma therapy sessions.",
        "faq": "What should I do if a flashback happens in public?",
        "topics": ["trauma"],
        "tags": ["ptsd", "self-help"],
        "audiences": ["public"],
    },
    {
        "group": "trauma",
        "title": "Childhood trauma and adult relationships",
        "summary": "Early trauma can shape trust and closeness decades later.",
        "headings": "How childhood trauma echoes in adulthood",
        "body": "Adults who lived through abuse or neglect as children may struggle to "
        "trust partners, feel unsafe with closeness or react strongly to conflict. "
        "Trauma-focused therapy helps people understand these patterns as survival "
        "responses to childhood trauma and build new ones.",
        "faq": "Is it too late to treat childhood trauma as an adult?",
        "topics": ["trauma"],
        "tags": ["childhood-trauma"],
        "audiences": ["public"],
    },
    {
        "group": "trauma",
        "title": "Cognitive processing therapy for PTSD",
        "summary": "CPT helps you question beliefs that trauma left behind.",
        "headings": "Stuck points after trauma",
        "body": "Cognitive processing therapy treats PTSD by examining stuck points, "
        "beliefs such as 'it was my fault' or 'nowhere is safe' that formed after the "
        "traumatic event. Over about twelve sessions you write about the trauma and "
        "challenge these beliefs with your therapist.",
        "faq": "How is cognitive processing therapy different from CBT for anxiety?",
        "topics": ["trauma"],
        "tags": ["ptsd", "cpt"],
        "audiences": ["public"],
    },
]
