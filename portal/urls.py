from django.contrib import admin
from django.urls import include, path

from cables.web.api import api
from cables.web.batch_api import router as batch_router

api.add_router("/batch", batch_router)  # POST /api/batch, beside the batch page's views

urlpatterns = [
    path("admin/", admin.site.urls),
    path("api/", api.urls),
    path("", include("cables.urls")),
]
