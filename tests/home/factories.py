import factory
import wagtail_factories

from home.models import HomePage


class HomePageFactory(wagtail_factories.PageFactory):
    title = "Haven"
    slug = factory.Sequence(lambda n: f"home-{n}")
    hero_heading = "Support for the people who support everyone else"
    hero_intro = factory.Faker("sentence")

    class Meta:
        model = HomePage
