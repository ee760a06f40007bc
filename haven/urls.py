from django.conf import settings
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
    path("crisis-help/", crisis_help, name="crisis_help"),
    path(getattr(settings, "WAGTAIL_ADMIN_PATH", "admin/"), include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("search/", include("search.urls")),
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

# Wagtail's page serving comes last: it answers every URL the others did not claim.
urlpatterns += [path("", include(wagtail_urls))]

handler404 = "core.errors.page_not_found"
handler500 = "core.errors.server_error"
