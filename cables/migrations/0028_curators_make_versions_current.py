"""Curators see a cable's versions and may make another one current (a change)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

WANTED = ("view_cableversion", "change_cableversion")


def let_curators_choose_versions(apps, schema_editor):
    app_config = apps.get_app_config("cables")
    # As in 0006: a migration's app config has no models module, which create_permissions skips.
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permissions = Permission.objects.filter(content_type__app_label="cables", codename__in=WANTED)
    for group in Group.objects.filter(name="curator"):
        group.permissions.add(*permissions)


class Migration(migrations.Migration):
    dependencies = [
        ("cables", "0027_cable_versions"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]
    operations = [migrations.RunPython(let_curators_choose_versions, migrations.RunPython.noop)]
