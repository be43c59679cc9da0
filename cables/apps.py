from django.apps import AppConfig
from django.db.models.signals import pre_migrate


class CablesConfig(AppConfig):
    name = "cables"
    verbose_name = "Cables"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self) -> None:
        pre_migrate.connect(_restore_set_aside, sender=self)


def _restore_set_aside(using: str, **kwargs) -> None:
    """A first load killed half-way left indexes and keys set aside: make them again
    before a migration, which may change them, runs."""
    from django.db import connections

    from cables.ingest import first_load
    from cables.models import SetAside

    if SetAside._meta.db_table in connections[using].introspection.table_names():
        first_load.restore(using)
