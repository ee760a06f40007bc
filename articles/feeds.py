"""RSS 2.0 and Atom feeds of the newest articles, for the whole index or one topic."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed

from articles.queries import published_articles

FEED_SIZE = 20


class ArticleRssFeed(Feed):
    feed_type = Rss201rev2Feed

    def __init__(self, index, topic=None):
        super().__init__()
        self.index = index
        self.topic = topic

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def title(self):
        site = self.index.get_site()
        site_name = site.site_name if site and site.site_name else "Haven"
        if self.topic:
            return f"{self.topic.name}: {self.index.title} | {site_name}"
        return f"{self.index.title} | {site_name}"

    def link(self):
        url = self.index.get_url(self.request)
        if self.topic:
            url += self.index.reverse_subpage("topic", args=[self.topic.slug])
        return url

    def description(self):
        if self.topic and self.topic.description:
            return self.topic.description
        return "New and updated articles, each reviewed by a licensed clinician."

    def feed_url(self):
        return self.request.path

    def items(self):
        queryset = published_articles(under=self.index, topic=self.topic)
        return queryset.select_related("author").prefetch_related("topics")[:FEED_SIZE]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.summary

    def item_link(self, item):
        return item.get_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    item_guid_is_permalink = True

    def item_pubdate(self, item):
        return item.first_published_at

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return item.author.display_name if item.author else None

    def item_categories(self, item):
        return [topic.name for topic in item.topics.all()]


class ArticleAtomFeed(ArticleRssFeed):
    feed_type = Atom1Feed

    def subtitle(self):
        return self.description()
