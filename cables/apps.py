from django.apps import AppConfig


class CablesConfig(AppConfig):
    name = "cables"
    verbose_name = "Cables"
    default_auto_field = "django.db.models.BigAutoField"
