"""The cable's `body` column goes: its paragraphs are the text.

Since migration 0011 the search vector is made of the paragraphs' vectors, and no page,
export or API read the joined copy; writing it cost every ingest about 3.4 KB a cable to
send, compress and log.
"""

from django.db import migrations


class Migration(migrations.Migration):

    dependencies = [
        ('cables', '0018_set_aside'),
    ]

    operations = [
        migrations.RemoveField(
            model_name='cable',
            name='body',
        ),
    ]
