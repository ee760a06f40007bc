"""Demo content for the home page and site settings. Safe to run again: it changes nothing
that already exists."""

from django.db import transaction
from wagtail.models import Page, Site

from home.models import HomePage, SiteSettings


@transaction.atomic
def load(stdout=None) -> HomePage:
    home = HomePage.objects.first()
    if home is None:
        root = Page.get_first_root_node()
        # Wagtail's first migration leaves a placeholder "Welcome" page; Haven replaces it.
        placeholder = (
            root.get_children().exclude(content_type__model="homepage").filter(slug="home")
        )
        for page in placeholder:
            page.delete()
        home = root.add_child(
            instance=HomePage(
                title="Haven",
                slug="home",
                hero_heading="Support for the people who support everyone else",
                hero_intro=(
                    "Plain-spoken articles about burnout, anxiety and recovery, a directory of "
                    "treatment programs you can filter by what matters to you, and a confidential "
                    "way to ask our admissions team for help."
                ),
                inquiry_text=(
                    "Tell us a little about what you're looking for. An admissions coordinator "
                    "replies within one business day, and nothing you send is shared."
                ),
            )
        )
        home.save_revision().publish()
        if stdout:
            stdout.write("Created the home page.")
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(
            hostname="localhost", port=8000, root_page=home, is_default_site=True, site_name="Haven"
        )
    elif site.root_page_id != home.id or site.site_name != "Haven":
        site.root_page = home
        site.site_name = "Haven"
        site.save()
    SiteSettings.for_site(Site.objects.get(is_default_site=True))  # creates the defaults once
    return home
