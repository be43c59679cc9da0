"""The parser version that read each cable: the stored ones were read by the first."""

from django.db import migrations, models

import cables.models


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0024_year_only_dates'),
    ]

    operations = [
        migrations.AddField(
            model_name='cable',
            name='parser_version',
            field=models.PositiveSmallIntegerField(default=1, editable=False),
        ),
        # New cables are read by this code's parser.
        migrations.AlterField(
            model_name='cable',
            name='parser_version',
            field=models.PositiveSmallIntegerField(default=cables.models.current_parser_version, editable=False),
        ),
    ]
