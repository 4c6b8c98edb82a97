import django.db.models.deletion
from django.db import migrations, models


class Migration(migrations.Migration):

    dependencies = [
        ('complaints', '0009_survey_kinds'),
        ('resolution', '0002_root_causes_and_remedies'),
    ]

    operations = [
        migrations.AddField(
            model_name='complaint',
            name='root_cause',
            field=models.ForeignKey(blank=True, null=True, on_delete=django.db.models.deletion.PROTECT, related_name='+', to='resolution.rootcause', verbose_name='root cause'),
        ),
        migrations.AddField(
            model_name='complaint',
            name='root_cause_note',
            field=models.TextField(blank=True, max_length=2000, verbose_name='root cause details'),
        ),
        migrations.AddField(
            model_name='complaint',
            name='resolution_text',
            field=models.TextField(blank=True, max_length=5000, verbose_name='resolution'),
        ),
    ]
