from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from django.views.static import serve
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from core.health import healthz
from core.robots import robots_txt
from home.views import crisis_help

urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("sitemap.xml", sitemap, name="sitemap"),
    path(getattr(settings, "WAGTAIL_ADMIN_PATH", "admin/"), include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("", include("directory.urls")),
]

if getattr(settings, "HAVEN_SERVE_MEDIA", False):
    # What site/nginx.conf serves from /media/, for `make run`: images, never documents, which
    # go through Wagtail's view and its collection privacy.
    urlpatterns += [
        re_path(
            r"^media/(?!documents/)(?P<path>.+)$",
            serve,
            {"document_root": settings.MEDIA_ROOT},
        )
    ]

# What a visitor reads, in each language: English at /, Spanish under /es/. Wagtail's page
# serving comes last: it answers every URL the others did not claim, from the tree of the
# URL's language.
urlpatterns += i18n_patterns(
    path("crisis-help/", crisis_help, name="crisis_help"),
    path("search/", include("search.urls")),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)

handler404 = "core.errors.page_not_found"
handler500 = "core.errors.server_error"
