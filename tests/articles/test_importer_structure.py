"""What the importer reads from a page's structure: questions set apart as a FAQ without a
heading that says so, a table of contents that repeats the headings, and a closing call box.
Each page here is written for the test; the texts are the team's own."""

from articles.importer.reader import parse_html, parse_source

PROSE = (
    "Recovery rarely moves in a straight line, and the weeks after a program ends ask for a "
    "plan as much as for courage. Small routines carry more weight than big promises. "
)


def faq_pairs(article) -> list[tuple[str, str]]:
    return [
        (item["question"], item["answer"])
        for block in article.as_json()["blocks"]
        if block["type"] == "faq"
        for item in block["items"]
    ]


def headings(article) -> list[str]:
    return [b["value"] for b in article.as_json()["blocks"] if b["type"] == "heading"]


def page(body: str) -> str:
    return (
        "<!doctype html><html><head><title>Questions for a First Call | Riverbend</title>"
        "</head><body><nav><a href='/'>Home</a><a href='/blog'>Blog</a></nav><article>"
        f"<h1>Questions for a First Call</h1><p>{PROSE * 3}</p>{body}"
        f"<h2>Before you call</h2><p>{PROSE * 2}</p></article>"
        "<footer>© Riverbend Counseling</footer></body></html>"
    )


def test_bold_questions_run_into_their_answers_become_faq_pairs():
    article = parse_html(
        page(
            "<h2>About the staff</h2>"
            "<p><b>Who will my therapist be?</b><br>A licensed counselor leads every group, "
            "and you meet the same one each week.</p>"
            "<p><strong>Is there a psychiatrist?</strong><br>Yes, a psychiatric nurse "
            "practitioner sees each person in the first week.</p>"
        )
    )

    assert faq_pairs(article) == [
        (
            "Who will my therapist be?",
            "A licensed counselor leads every group, and you meet the same one each week.",
        ),
        (
            "Is there a psychiatrist?",
            "Yes, a psychiatric nurse practitioner sees each person in the first week.",
        ),
    ]
    assert "About the staff" in headings(article)


def test_question_subheadings_with_answers_are_a_faq_but_a_single_one_stays_a_heading():
    article = parse_html(
        page(
            "<h2>Your questions</h2>"
            "<h3>Can I keep my job during the program?</h3><p>Most people do: the evening "
            "track meets after working hours three days a week.</p>"
            "<h3>Do I need a referral?</h3><p>No. You can call admissions yourself, and we "
            "will ask your doctor for records only with your written consent.</p>"
            "<h2>After the program</h2>"
            "<h3>What comes next?</h3><p>A weekly aftercare group keeps the people you met "
            "within reach for as long as you want it.</p>"
        )
    )

    questions = [q for q, _ in faq_pairs(article)]
    assert questions == ["Can I keep my job during the program?", "Do I need a referral?"]
    assert "What comes next?" in headings(article)


def test_questions_stay_a_faq_when_two_bare_questions_follow_them():
    article = parse_html(
        page(
            "<h3>Is the group online?</h3><p>Yes, on a secure video link that works on a "
            "phone.</p>"
            "<h3>How long does it last?</h3><p>Eight weeks, three evenings a week, with a "
            "break in the middle of each session.</p>"
            "<h3>Which evenings?</h3><h3>What time?</h3><p>Monday, Wednesday and Thursday "
            "from six to nine.</p>"
        )
    )

    questions = [q for q, _ in faq_pairs(article)]
    assert questions[:2] == ["Is the group online?", "How long does it last?"]


def test_a_question_run_into_its_answer_under_a_faq_heading_is_a_pair():
    text = "\n\n".join(
        [
            "Ways to Help After a Hard Week",
            PROSE * 3,
            "Frequently Asked Questions",
            "Is it our fault? No. A family shapes the home around recovery, but it does not "
            "cause a relapse and cannot prevent one alone.",
            "Should we call the program? Yes, if your loved one agrees; the team can arrange "
            "a family session within the week.",
        ]
    )

    assert faq_pairs(parse_source(text)) == [
        (
            "Is it our fault?",
            "No. A family shapes the home around recovery, but it does not cause a relapse "
            "and cannot prevent one alone.",
        ),
        (
            "Should we call the program?",
            "Yes, if your loved one agrees; the team can arrange a family session within the week.",
        ),
    ]


def test_a_table_of_contents_goes_and_the_headings_it_repeats_stay():
    text = "\n".join(
        [
            "Going Back to Work After Treatment",
            "Contents",
            "Before the First Day",
            "What to Tell Your Manager",
            "",
            PROSE * 2,
            "",
            "Before the First Day",
            "",
            PROSE * 2,
            "",
            "What to Tell Your Manager",
            "",
            PROSE * 2,
        ]
    )

    article = parse_source(text)

    assert headings(article) == ["Before the First Day", "What to Tell Your Manager"]


def test_a_closing_call_box_with_a_bare_number_is_left_out():
    text = "\n\n".join(
        [
            "Going Back to Work After Treatment",
            PROSE * 3,
            PROSE * 2,
            "Ready for the next step?",
            "Our admissions team is here today. Call (555) 201-3344 or ask for a call back.",
        ]
    )

    article = parse_source(text)
    body = " ".join(str(b.get("value", "")) for b in article.as_json()["blocks"])

    assert "(555) 201-3344" not in body
    assert "Ready for the next step?" not in body
    assert "Small routines carry more weight" in body


def body_text(article) -> str:
    out = []
    for block in article.as_json()["blocks"]:
        out += [str(block.get("value", ""))] + [str(i) for i in block.get("items", [])]
    return " ".join(out)


def dropped(article) -> dict[str, str]:
    return {item["text"]: item["reason"] for item in article.report["dropped"]}


def test_boxes_the_markup_names_go_and_the_report_lists_each_line():
    # A call-to-action card, the author's card, a button link and a comment thread inside the
    # post's container, as WordPress, Ghost and Substack mark them. The container's own
    # classes name the author and open comments: the post itself stays.
    article = parse_html(
        page(
            "<div class='post author-mira-sol comments-open'>"
            f"<h2>What helps</h2><p>{PROSE * 2}</p>"
            "<div class='kg-card kg-cta-card'><p>Our free Thursday group starts soon.</p>"
            "<a class='kg-cta-button'>Save a seat</a></div>"
            "<p><a class='button primary' href='/share'>Share Riverbend Notes</a></p>"
            f"<p>{PROSE}</p>"
            "<section class='article-author'><h4>Mira Sol, LMFT</h4>"
            "<p>Mira is a family therapist at Riverbend.</p></section>"
            "<div id='comments' class='comments-area'><h3>2 thoughts</h3>"
            "<p>This helped me talk to my brother about his drinking last week.</p>"
            "<p>Thank you for writing it, it was the push I needed.</p></div></div>"
        )
    )

    body, gone = body_text(article), dropped(article)
    assert "What helps" in headings(article) and body.count("Small routines") == 3 + 2 + 1 + 2
    for line in (
        "Our free Thursday group starts soon.",
        "Save a seat",
        "Share Riverbend Notes",
        "Mira Sol, LMFT",
        "Mira is a family therapist at Riverbend.",
        "This helped me talk to my brother about his drinking last week.",
        "Thank you for writing it, it was the push I needed.",
    ):
        assert line not in body
        assert gone[line].startswith("page markup: "), line
    assert gone["Mira is a family therapist at Riverbend."] == "page markup: author box"
    assert gone["Save a seat"] == "page markup: call to action"


def test_a_long_block_whose_class_says_cta_is_not_taken_for_a_box():
    # A theme that wraps the whole post in "entry-cta-wrap" must not lose it.
    article = parse_html(page(f"<div class='entry-cta-wrap'><p>{PROSE * 9}</p></div>"))

    assert body_text(article).count("Small routines") == 3 + 9 + 2


def test_links_to_other_posts_and_photo_credits_in_a_copied_post_go():
    text = "\n\n".join(
        [
            "Going Back to Work After Treatment",
            "Photo: stock image, used under license",
            PROSE * 3,
            "Related: How to Ask for Accommodations at Work",
            PROSE * 2,
            "Related support groups meet on Tuesdays and Thursdays in the library.",
            "Tagged: work, recovery",
        ]
    )

    article = parse_source(text)
    body = body_text(article)

    assert article.title == "Going Back to Work After Treatment"
    assert "Related: How to Ask" not in body and "Photo: stock" not in body
    assert "Tagged" not in body
    # A sentence of the article that starts with the same word stays.
    assert "Related support groups meet on Tuesdays" in body


def lists(article) -> list[list[str]]:
    return [b["items"] for b in article.as_json()["blocks"] if b["type"] == "list"]


def test_a_copy_that_lost_its_bullets_keeps_the_lines_under_a_heading_as_a_list():
    text = "\n".join(
        [
            "Going Back to Work After Treatment",
            "",
            PROSE * 2,
            "",
            "Signs You Are Ready",
            "",
            "You sleep through most nights",
            "You know who to call on a hard day",
            "Your plan for lunch breaks is written down",
            "",
            "Three Short Paragraphs Are Not a List",
            "",
            "The first day is long.",
            "",
            "The second is easier.",
            "",
            "By Friday the routine starts to hold.",
            "",
            "What Helps at Home:",
            "Sleep: keep the same bedtime on workdays and weekends, even when evenings feel short.",
            "Meals: eat breakfast before the commute rather than at your desk.",
            "",
            PROSE,
        ]
    )

    article = parse_source(text)

    assert lists(article) == [
        [
            "You sleep through most nights",
            "You know who to call on a hard day",
            "Your plan for lunch breaks is written down",
        ],
        [
            "Sleep: keep the same bedtime on workdays and weekends, even when evenings feel short.",
            "Meals: eat breakfast before the commute rather than at your desk.",
        ],
    ]
    # Short paragraphs set apart by blank lines stay paragraphs.
    assert "The second is easier." in body_text(article)


def test_the_site_name_over_its_tagline_is_not_taken_for_a_heading_and_a_newsletter_box_goes():
    text = "\n".join(
        [
            "Porch Light Letters",
            "Subscribe",
            "Sign in",
            "Discover more from Porch Light Letters",
            "Already have an account? Sign in",
            "",
            "Going Back to Work After Treatment",
            "",
            PROSE * 2,
            "",
            "Share Porch Light Letters",
            "",
            "Before the First Day",
            "",
            PROSE * 2,
            "",
            "Porch Light Letters",
            "Weekly notes for families on recovery, work and the long middle stretch of it.",
            "Porch Light Letters is a reader-supported publication. Become a free or paid "
            "subscriber.",
            "Subscribe",
        ]
    )

    article = parse_source(text)
    body = body_text(article)

    assert article.title == "Going Back to Work After Treatment"
    assert headings(article) == ["Before the First Day"]
    assert "Discover more" not in body and "Already have an account" not in body
    assert "Share Porch Light" not in body and "reader-supported" not in body


def test_the_authors_closing_box_and_a_review_line_go_and_the_last_sentence_stays():
    text = "\n\n".join(
        [
            "Going Back to Work After Treatment",
            "Written by Dr. Lena Brooks",
            "Medically reviewed by Omar Haddad, MD · Last updated March 3, 2026",
            PROSE * 3,
            "Before the First Day",
            PROSE * 2 + "Lena keeps a copy of her own plan in her desk drawer.",
            "Dr. Lena Brooks",
            "Dr. Brooks is a psychologist who has led the return-to-work group since 2019.",
            "Share this article",
        ]
    )

    article = parse_source(text)
    body = body_text(article)

    assert "Dr. Brooks is a psychologist" not in body and "Medically reviewed" not in body
    assert body.rstrip().endswith("Lena keeps a copy of her own plan in her desk drawer.")
    dropped = {d["text"]: d["reason"] for d in article.report["dropped"]}
    assert dropped["Dr. Lena Brooks"] == "author's box"


def test_list_items_wrapped_in_paragraphs_stay_one_list_with_a_nested_list_in_its_item():
    article = parse_html(
        page(
            "<h2>What to bring</h2><ol>"
            "<li><p><span>Your insurance card</span></p></li>"
            "<li><p><span>A list of your medicines, such as:</span></p>"
            "<ul><li><p>the dose</p></li><li><p>when you take it</p></li></ul></li>"
            "<li><p><span>Someone you trust to drive you home</span></p></li></ol>"
        )
    )

    assert lists(article) == [
        [
            "Your insurance card",
            "A list of your medicines, such as: the dose; when you take it",
            "Someone you trust to drive you home",
        ]
    ]


def test_q_and_a_paragraphs_of_a_saved_page_are_faq_pairs():
    article = parse_html(
        page(
            "<h2>FAQ</h2><p><strong>Q: Can I bring my partner?</strong></p>"
            "<p>A: Yes, to the first visit and to family sessions.</p>"
            "<p><strong>Q: Is parking free?</strong></p><p>A: The lot behind the clinic is.</p>"
        )
    )

    assert faq_pairs(article) == [
        ("Can I bring my partner?", "Yes, to the first visit and to family sessions."),
        ("Is parking free?", "The lot behind the clinic is."),
    ]


def test_a_headline_that_ends_with_a_full_stop_is_the_title_and_its_dek_is_not():
    text = "\n".join(
        [
            "Open in app",
            "Sign in",
            "I Stopped Drinking for a Month. It Changed How I Sleep.",
            "what thirty dry evenings taught me about rest, and about the nights I had lost",
            "Mara Quist",
            "5 min read",
            "",
            PROSE * 3,
        ]
    )

    article = parse_source(text)

    assert article.title == "I Stopped Drinking for a Month. It Changed How I Sleep."


def test_a_share_row_between_two_sections_does_not_cut_the_article_in_two():
    section = (
        "My counselor suggested a plan for the evenings, when the pull was strongest, and we "
        "wrote it on one page: who to call, where to walk, and what to eat before six. It "
        "sounds small, and it was, but it gave the hardest hour a shape I could follow."
    )
    text = "\n".join(
        [
            "Going Back to Work After Treatment",
            "",
            PROSE,
            "",
            PROSE,
            "",
            "Share this article:",
            "Facebook",
            "X",
            "Copy link",
            "",
            "What Finally Helped",
            section,
            "",
            PROSE * 4,
            "",
            "Topics: Work, Recovery",
            "Share this article",
            "Facebook",
            "Related Posts",
            "Five Questions for Your First Week Back",
        ]
    )

    article = parse_source(text)
    body = body_text(article)

    assert article.title == "Going Back to Work After Treatment"
    assert body.startswith("Recovery rarely moves") and "gave the hardest hour a shape" in body
    assert "Copy link" not in body and "Five Questions" not in body and "Topics" not in body


def test_an_accordion_whose_answers_are_hidden_until_opened_is_a_faq():
    panel = (
        "<div><button aria-expanded='false' aria-controls='p{n}'>{q}"
        "<span aria-hidden='true'>+</span></button><div id='p{n}' hidden><p>{a}</p></div></div>"
    )
    article = parse_html(
        page(
            "<h2>FAQ</h2>"
            + panel.format(n=1, q="Is the first visit free?", a="Yes, the first call is free.")
            + panel.format(n=2, q="Can I come by video?", a="Most sessions can be by video.")
        )
    )

    assert faq_pairs(article) == [
        ("Is the first visit free?", "Yes, the first call is free."),
        ("Can I come by video?", "Most sessions can be by video."),
    ]


def test_ratings_players_switchers_prices_and_widget_lines_in_a_copy_go():
    chrome = [
        "English | Español",
        "Listen to this article",
        "0:00",
        "-7:41",
        "Rated 4.8 out of 5 stars.",
        "(31 ratings)",
        "ADVERTISEMENT",
        "Was this article helpful?",
        "Thanks for your feedback!",
        "Get Porch Light Letters in your inbox",
        "reader@example.com",
        "Print this article",
        "1.2K Followers",
        "$14.00",
        "PDF · 2 MB · 12 pages",
        "Estimated read time: 3 minutes",
        "1,318 votes ∙ Poll closed",
    ]
    text = "\n\n".join(["Going Back to Work After Treatment", *chrome[:5], PROSE * 2])
    text += "\n\n" + "\n\n".join([chrome[6], PROSE * 2, *chrome[5:6], *chrome[7:]])

    body = body_text(parse_source(text))

    assert [line for line in chrome if line in body] == []
    assert body.count("Recovery rarely moves") == 4


def test_numbered_title_case_lines_over_their_text_are_headings_and_a_numbered_list_stays():
    text = "\n".join(
        [
            "Three Signs a Routine Is Working",
            "",
            PROSE,
            "",
            "1. You Sleep Before Midnight",
            PROSE,
            "",
            "2. Mornings Feel Possible",
            PROSE,
            "",
            "What to pack:",
            "1. Your Medicine List",
            "2. A Charger",
            "3. Comfortable Shoes",
            PROSE,
        ]
    )

    article = parse_source(text)

    assert headings(article) == ["1. You Sleep Before Midnight", "2. Mornings Feel Possible"]
    assert lists(article) == [["Your Medicine List", "A Charger", "Comfortable Shoes"]]


def test_an_inline_related_card_between_sections_leaves_the_article_whole():
    text = "\n".join(
        [
            "Going Back to Work After Treatment",
            PROSE,
            PROSE,
            "Also read",
            "Five Questions for Your First Week Back",
            "A short list to take to your manager.",
            "Read More →",
            "When to ask for more help",
            "If the first month back leaves you sleeping badly or drinking more, tell your "
            "counselor. Adjusting the plan early is part of the plan, not a failure of it.",
            "Related Posts",
            "Six Small Routines That Carry a Week",
            "Posted March 3",
        ]
    )

    article = parse_source(text)
    body = body_text(article)

    assert article.title == "Going Back to Work After Treatment"
    assert headings(article) == ["When to ask for more help"]
    assert body.rstrip().endswith("not a failure of it.")
    assert "Five Questions" not in body and "Also read" not in body
    assert "Six Small Routines" not in body


def test_a_collapsible_list_whose_closed_answers_are_hidden_is_a_faq():
    item = (
        "<div><div role='button' aria-expanded='{open}'><p>{q}</p></div>"
        "<div {hidden}><p>{a}</p></div></div>"
    )
    article = parse_html(
        page(
            "<h2>Questions families ask</h2>"
            + item.format(open="true", hidden="", q="Can we visit?", a="On Sundays, yes.")
            + item.format(
                open="false", hidden="hidden", q="Is there parking?", a="Behind the clinic."
            )
        )
    )

    assert faq_pairs(article) == [
        ("Can we visit?", "On Sundays, yes."),
        ("Is there parking?", "Behind the clinic."),
    ]


def test_a_list_that_ends_the_article_stays_and_a_row_of_tags_after_it_does_not():
    article = parse_html(
        "<!doctype html><html><head><title>After a Panic Attack | Riverbend</title></head><body>"
        f"<article><h1>After a Panic Attack</h1><p>{PROSE * 3}</p><h2>In the days after</h2>"
        f"<p>{PROSE}</p><ul><li><p>Let them decide how much to talk about it.</p></li>"
        "<li><p>Look after yourself too, since helping takes energy.</p></li></ul></article>"
        "<ul><li>Panic</li><li>Friends</li></ul><footer>© Riverbend</footer></body></html>"
    )

    assert lists(article) == [
        [
            "Let them decide how much to talk about it.",
            "Look after yourself too, since helping takes energy.",
        ]
    ]


def test_a_list_a_colon_introduces_ends_at_the_blank_line_under_it():
    text = "\n".join(
        [
            "Going Back to Work After Treatment",
            "",
            PROSE * 2,
            "",
            "A few small things mattered more than big efforts:",
            "",
            "Asking what would help instead of guessing",
            "Keeping one shared routine on good days and bad",
            "",
            "Questions friends have asked me",
            "Should I tell my manager?",
            "",
            "Only if you want to. Many people tell one trusted person first and decide later.",
        ]
    )

    article = parse_source(text)

    assert lists(article) == [
        [
            "Asking what would help instead of guessing",
            "Keeping one shared routine on good days and bad",
        ]
    ]
    assert "Questions friends have asked me" in headings(article)


def test_a_comment_button_between_sections_does_not_end_the_article_but_the_comments_do():
    text = "\n\n".join(
        [
            "Screen Time and Toddlers",
            PROSE,
            PROSE,
            "Leave a comment",
            "A note on guilt",
            "Parents of toddlers are tired, and a calm show buys a quiet ten minutes. Using it "
            "with some thought is not a failure; it is one tool among many on a long day.",
            "Take the rest of the evening off from worrying about it.",
            "Discussion about this post",
            "Comments",
            "Joanna K.",
            "The third question was me. Thank you for not lecturing, it helped more than you know.",
        ]
    )

    body = body_text(parse_source(text))

    assert "A note on guilt" in body and "Take the rest of the evening off" in body
    assert "Leave a comment" not in body and "The third question was me" not in body
