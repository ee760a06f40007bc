"""The inquiry page: editors write its intro, privacy notice and thank-you text; the page
serves the form itself and, after a POST, redirects to its thank-you route (no personal data in
any URL)."""

from django.http import HttpResponseRedirect
from django.utils.cache import add_never_cache_headers
from django.utils.decorators import method_decorator
from django.views.decorators.debug import sensitive_post_parameters
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page

from core.routing import RoutedPageMixin
from core.structured_data import StructuredDataMixin

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ul", "ol"]


class InquiryPage(StructuredDataMixin, RoutablePageMixin, RoutedPageMixin, Page):
    intro = RichTextField(
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text="Above the form: what the form is for and how soon admissions replies. "
        "Keep it short and calm.",
    )
    privacy_notice = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="Shown beside the consent checkbox: what is stored, who can see it, how long "
        "it is kept.",
    )
    thank_you_text = RichTextField(
        features=RICH_TEXT_FEATURES,
        help_text="Shown after sending: what happens next and when.",
    )

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_notice"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types: list[str] = []
    max_count = 1

    class Meta:
        verbose_name = "inquiry page"

    @method_decorator(sensitive_post_parameters())
    def serve(self, request, *args, **kwargs):
        # Marked sensitive before any route runs, so no error report can show what was typed.
        response = super().serve(request, *args, **kwargs)
        # The form carries a CSRF token and a signed start time: never cache it.
        add_never_cache_headers(response)
        return response

    @path("", name="form")
    def form_view(self, request):
        # Imported when called: the form flow saves an Inquiry, and admissions.models imports
        # this module so that Django finds InquiryPage.
        from admissions.intake import inquiry_form

        return inquiry_form(self, request)

    @path("thanks/", name="thanks")
    def thanks_view(self, request):
        return self.render(request, template="admissions/inquiry_thanks.html")

    def thanks_url(self, request=None):
        return self.get_url(request) + self.reverse_subpage("thanks")

    def redirect_to_thanks(self, request):
        return HttpResponseRedirect(self.thanks_url(request))
