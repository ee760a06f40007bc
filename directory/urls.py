from django.urls import path

from directory.api import api

# haven/urls.py includes this module at "", before Wagtail's catch-all.
urlpatterns = [path("api/directory/", api.urls)]
