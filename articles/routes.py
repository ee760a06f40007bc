"""The article index's URLs: the list, topic pages, and their RSS and Atom feeds.

/articles/                      newest first, 12 a page (?page=N is the only parameter read)
/articles/topic/<slug>/         one topic, with the topic's editable intro
/articles/feed/ and /atom/      every article (RSS 2.0, Atom)
/articles/topic/<slug>/feed/ and .../atom/   one topic
"""

from django.core.paginator import Paginator
from django.http import Http404
from django.shortcuts import get_object_or_404
from wagtail.contrib.routable_page.models import path

from articles.feeds import ArticleAtomFeed, ArticleRssFeed
from articles.queries import published_articles
from core.pagination import page_number

PER_PAGE = 12


class ArticleIndexRoutes:
    """Mixed into ArticleIndexPage before RoutablePageMixin."""

    def topic_or_404(self, topic_slug):
        from articles.snippets import Topic

        return get_object_or_404(Topic, slug=topic_slug)

    def listing(self, request, topic=None):
        from articles.snippets import Topic

        number = page_number(request.GET.get("page"))
        if number is None:
            raise Http404("There is no such page of articles.")
        # JSON-LD (rendered by base.html from the page alone) needs the topic for its crumbs.
        request.article_topic = topic
        queryset = published_articles(under=self, topic=topic).prefetch_related("topics")
        paginator = Paginator(queryset, PER_PAGE)
        # Past the end: the last page, as the issue asks, rather than an error.
        articles = paginator.page(min(number, paginator.num_pages))
        suffix = self.reverse_subpage("topic", args=[topic.slug]) if topic else ""
        base_url = self.get_url(request) + suffix
        canonical = (self.get_full_url(request) or "") + suffix
        if articles.number > 1:
            canonical += f"?page={articles.number}"
        index_url = self.get_url(request)
        crumbs = [*self.ancestors_below_root(), self]
        return self.render(
            request,
            context_overrides={
                "index_url": index_url,
                "page_crumbs": crumbs,
                "all_topics": Topic.objects.filter(articles__in=published_articles(under=self))
                .distinct()
                .order_by("name"),
                "articles": articles,
                "topic": topic,
                "list_url": base_url,
                "canonical_url": canonical,
                "feed_url": base_url + "feed/",
                "atom_url": base_url + "atom/",
            },
        )

    @path("")
    def index_route(self, request):
        return self.listing(request)

    @path("topic/<slug:topic_slug>/", name="topic")
    def topic_route(self, request, topic_slug):
        topic = self.topic_or_404(topic_slug)
        return self.listing(request, topic=topic)

    @path("feed/", name="feed")
    def rss_route(self, request):
        return ArticleRssFeed(self)(request)

    @path("atom/", name="atom")
    def atom_route(self, request):
        return ArticleAtomFeed(self)(request)

    @path("topic/<slug:topic_slug>/feed/", name="topic_feed")
    def topic_rss_route(self, request, topic_slug):
        return ArticleRssFeed(self, self.topic_or_404(topic_slug))(request)

    @path("topic/<slug:topic_slug>/atom/", name="topic_atom")
    def topic_atom_route(self, request, topic_slug):
        return ArticleAtomFeed(self, self.topic_or_404(topic_slug))(request)

    def json_ld_crumbs(self, request):
        crumbs = super().json_ld_crumbs(request)
        topic = getattr(request, "article_topic", None)
        if topic is not None:
            url = (self.get_full_url(request) or "") + self.reverse_subpage(
                "topic", args=[topic.slug]
            )
            crumbs.append((topic.name, url))
        return crumbs

    def get_sitemap_urls(self, request=None):
        """The index itself, then each topic page that has articles, with its newest date."""
        from django.db.models import Max

        from articles.snippets import Topic

        urls = super().get_sitemap_urls(request)
        root = self.get_full_url(request)
        if not root:
            return urls
        articles = published_articles(under=self)
        topics = (
            Topic.objects.filter(articles__in=articles)
            .annotate(lastmod=Max("articles__last_published_at"))
            .order_by("slug")
        )
        for topic in topics:
            urls.append(
                {
                    "location": root + self.reverse_subpage("topic", args=[topic.slug]),
                    "lastmod": topic.lastmod,
                }
            )
        return urls
