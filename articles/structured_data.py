"""JSON-LD for an article, built from the same data the article page shows."""

from wagtail.models import Site

from core.structured_data import breadcrumb_list

CONTEXT = "https://schema.org"
# medicalAudience expects a MedicalAudience; audienceType says which kind of reader it is.
AUDIENCE_TYPES = {
    "public": "Patient",
    "helping-professionals": "Clinician",
    "healthcare-workers": "Clinician",
    "loved-ones": "Caregiver",
}


def person(person) -> dict | None:
    if person is None:
        return None
    data = {"@type": "Person", "name": person.name}
    if person.credentials:
        data["honorificSuffix"] = person.credentials
    if person.job_title:
        data["jobTitle"] = person.job_title
    return data


def _image_url(page, request):
    if not page.hero_image:
        return None
    rendition = page.hero_image.get_rendition("fill-1200x630")
    return request.build_absolute_uri(rendition.url) if request else rendition.url


def organization(page, request) -> dict:
    # The request's site is already known (no query); a page's own lookup costs one.
    site = (Site.find_for_request(request) if request else None) or page.get_site()
    return {
        "@type": "Organization",
        "name": site.site_name if site and site.site_name else "Haven",
        "url": (site.root_url + "/") if site else "/",
    }


def article_json_ld(page, request) -> list[dict]:
    url = page.get_full_url(request)
    published = page.published_on
    modified = page.updated_on or published
    article = {
        "@context": CONTEXT,
        "@type": "Article",
        "headline": page.title[:110],
        "description": page.summary,
        "url": url,
        "mainEntityOfPage": url,
        "publisher": organization(page, request),
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
    image = _image_url(page, request)
    if image:
        article["image"] = image

    medical = {
        "@context": CONTEXT,
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
                "@context": CONTEXT,
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
    data.append(breadcrumb_list(page.breadcrumbs, request))
    return data
