# The classifications as the release writes them (SECRET//NOFORN): labels only, no schema change.

from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0022_tag_codes_one_a_line'),
    ]

    operations = [
        migrations.AlterField(
            model_name='cable',
            name='classification',
            field=models.CharField(blank=True, choices=[('UNCLASSIFIED', 'UNCLASSIFIED'), ('UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'), ('CONFIDENTIAL', 'CONFIDENTIAL'), ('CONFIDENTIAL//NOFORN', 'CONFIDENTIAL//NOFORN'), ('SECRET', 'SECRET'), ('SECRET//NOFORN', 'SECRET//NOFORN')], max_length=40),
        ),
        migrations.AlterField(
            model_name='historicalcable',
            name='classification',
            field=models.CharField(blank=True, choices=[('UNCLASSIFIED', 'UNCLASSIFIED'), ('UNCLASSIFIED//FOR OFFICIAL USE ONLY', 'UNCLASSIFIED//FOR OFFICIAL USE ONLY'), ('CONFIDENTIAL', 'CONFIDENTIAL'), ('CONFIDENTIAL//NOFORN', 'CONFIDENTIAL//NOFORN'), ('SECRET', 'SECRET'), ('SECRET//NOFORN', 'SECRET//NOFORN')], max_length=40),
        ),
    ]
