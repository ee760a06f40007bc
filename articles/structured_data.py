"""JSON-LD for an article, built from the same data the article page shows; core/structured_data.py
adds the context and the breadcrumbs."""

from wagtail.models import Site

from core.structured_data import organization, person

# medicalAudience expects a MedicalAudience; audienceType says which kind of reader it is.
AUDIENCE_TYPES = {
    "public": "Patient",
    "helping-professionals": "Clinician",
    "healthcare-workers": "Clinician",
    "loved-ones": "Caregiver",
}


def _image_url(page, request):
    if not page.hero_image:
        return None
    rendition = page.hero_image.get_rendition("fill-1200x630")
    return request.build_absolute_uri(rendition.url) if request else rendition.url


def article_json_ld(page, request) -> list[dict]:
    url = page.get_full_url(request)
    published = page.published_on
    modified = page.updated_on or published
    article = {
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "url": url,
        "mainEntityOfPage": url,
        # The request's site is already known (no query); a page's own lookup costs one.
        "publisher": organization(
            (Site.find_for_request(request) if request else None) or page.get_site()
        ),
        "wordCount": page.word_count,
        "timeRequired": f"PT{page.reading_minutes}M",
    }
    if published:
        article["datePublished"] = published.isoformat()
    if modified:
        article["dateModified"] = modified.isoformat()
    if page.author:
        article["author"] = person(page.author)
    if page.topic_list:
        article["about"] = [{"@type": "Thing", "name": topic.name} for topic in page.topic_list]
    if page.tag_names:
        article["keywords"] = ", ".join(page.tag_names)
    if page.references:
        article["citation"] = [
            {
                "@type": "CreativeWork",
                "name": source["title"],
                "publisher": {"@type": "Organization", "name": source["publisher"]},
                "url": source["url"],
            }
            for source in page.references
        ]
    image = _image_url(page, request)
    if image:
        article["image"] = image

    medical = {
        "@type": "MedicalWebPage",
        "name": page.title,
        "url": url,
        "description": page.summary,
    }
    if page.last_reviewed:
        medical["lastReviewed"] = page.last_reviewed.isoformat()
    if page.reviewer:
        medical["reviewedBy"] = person(page.reviewer)
    audiences = [
        {"@type": "MedicalAudience", "audienceType": AUDIENCE_TYPES[slug], "name": label}
        for slug, label in page.audience_pairs
        if slug in AUDIENCE_TYPES
    ]
    if audiences:
        medical["medicalAudience"] = audiences

    data = [article, medical]
    if page.faq_items:
        data.append(
            {
                "@type": "FAQPage",
                "url": url,
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": item["question"],
                        "acceptedAnswer": {"@type": "Answer", "text": item["answer_text"]},
                    }
                    for item in page.faq_items
                ],
            }
        )
    return data
