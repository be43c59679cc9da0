"""The `curator` group: curates the corpus in the admin, manages no users.

Permissions are created after migrations run, so this migration creates the
cables app's own first. Adding a user to the group (and ticking "staff status")
makes a curator: see the README or `manage.py createcurator`.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

GROUP = "curator"
# Curators change the corpus; ingest runs are the ingest command's record.
FULL = ("cable", "paragraph", "tag", "cabletag", "entity", "mention", "reference", "redaction")
VIEW_ONLY = (
    "ingestrun",
    "historicalcable",
    "historicaltag",
    "historicalentity",
    "historicalredaction",
)


def create_curator_group(apps, schema_editor):
    app_config = apps.get_app_config("cables")
    # A migration's app config has no models module, which create_permissions skips.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    wanted = [f"{action}_{model}" for model in FULL for action in ("add", "change", "delete")]
    wanted += [f"view_{model}" for model in FULL + VIEW_ONLY]
    permissions = Permission.objects.filter(content_type__app_label="cables", codename__in=wanted)
    group, _ = Group.objects.get_or_create(name=GROUP)
    group.permissions.set(permissions)


def remove_curator_group(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name=GROUP).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("cables", "0005_curation"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]
    operations = [migrations.RunPython(create_curator_group, remove_curator_group)]
