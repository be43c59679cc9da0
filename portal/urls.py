from django.contrib import admin
from django.urls import include, path

from cables.web.api import api
from cables.web.batch_api import router as batch_router
from cables.web.versions_api import router as versions_router

api.add_router("/batch", batch_router)  # POST /api/batch, beside the batch page's views
api.add_router("/cables", versions_router)  # /api/cables/<id>/versions, beside the version pages

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("cables.urls")),
]
