from django.urls import path

from cables.web import batch, exports, versions, views
from cables.web.feeds import search_feed

urlpatterns = [
    path("", views.home, name="home"),
    path("search/", views.search_results, name="search"),
    path("cable/<str:reference_id>/", views.cable_detail, name="cable"),
    path("cable/<str:reference_id>/versions/", versions.version_list, name="cable_versions"),
    path(
        "cable/<str:reference_id>/versions/<int:a>/<int:b>/",
        versions.version_diff,
        name="cable_version_diff",
    ),
    path("tags/", views.tag_index, name="tags"),
    path("origins/", views.origin_index, name="origins"),
    path("entity/<int:pk>/", views.entity_detail, name="entity"),
    path("help/syntax/", views.syntax_help, name="syntax"),
    path("healthz", views.healthz, name="healthz"),
    path("robots.txt", views.robots_txt, name="robots_txt"),
    path("favicon.ico", views.favicon, name="favicon"),
    path("search/export.csv", exports.export_csv, name="export_csv"),
    path("search/export.json", exports.export_json, name="export_json"),
    path("search/feed.atom", search_feed, name="search_feed"),
    path("batch/", batch.batch_form, name="batch"),
    path("batch/<slug:key>/", batch.batch_results, name="batch_results"),
    path("batch/<slug:key>/part/<int:part>/", batch.batch_part, name="batch_part"),
    path("batch/<slug:key>/batch.csv", batch.batch_csv, name="batch_csv"),
]
