import factory
import wagtail_factories
from django.utils import timezone

from admissions.choices import BestTime, ContactMethod, ForWhom, Interest
from admissions.models import AdmissionsTeam, Inquiry, InquiryPage, RoutingRule


class InquiryPageFactory(wagtail_factories.PageFactory):
    title = "Get help"
    slug = "get-help"
    intro = "<p>Tell us how to reach you.</p>"
    privacy_notice = "<p>Only admissions staff see what you send.</p>"
    thank_you_text = "<p>A coordinator will contact you within one business day.</p>"

    class Meta:
        model = InquiryPage


class AdmissionsTeamFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Team {n}")
    notification_email = factory.Sequence(lambda n: f"team{n}@haven.invalid")

    class Meta:
        model = AdmissionsTeam


class RoutingRuleFactory(factory.django.DjangoModelFactory):
    team = factory.SubFactory(AdmissionsTeamFactory)
    priority = 100

    class Meta:
        model = RoutingRule


class InquiryFactory(factory.django.DjangoModelFactory):
    """Obviously fake values: tests look for them in places they must never appear."""

    first_name = factory.Sequence(lambda n: f"Zebulon{n:03d}")
    email = factory.Sequence(lambda n: f"zebulon{n:03d}@example.test")
    phone = "(215) 555-0147"
    zip_code = "19103"
    state = "PA"
    insurance = "Quokka Mutual"
    message = "Marmalade sky over the harbour"
    preferred_contact = ContactMethod.EMAIL
    best_time = BestTime.ANY
    for_whom = ForWhom.MYSELF
    interest = Interest.VIRTUAL_IOP
    consent_at = factory.LazyFunction(timezone.now)

    class Meta:
        model = Inquiry
