"""The default phrase packs: Russian, Georgian and English (PRODUCT.md, "What not to say")."""

from django.db import migrations

from . import _pack_en, _pack_ka, _pack_ru

PACKS = {"en": _pack_en, "ru": _pack_ru, "ka": _pack_ka}


def packs_create(apps, schema_editor):
    PhrasePack = apps.get_model("coaching", "PhrasePack")
    PhraseRule = apps.get_model("coaching", "PhraseRule")
    for language, data in PACKS.items():
        if PhrasePack.objects.filter(language=language).exists():
            continue
        pack = PhrasePack.objects.create(language=language, active=True, version=1, **data.PACK)
        PhraseRule.objects.bulk_create(
            PhraseRule(pack=pack, category=category, severity=severity, pattern=pattern, negatable=negatable,
                       suggestion=suggestion)
            for category, severity, pattern, negatable, suggestion in data.RULES
        )


def packs_delete(apps, schema_editor):
    apps.get_model("coaching", "PhrasePack").objects.filter(language__in=PACKS, version=1).delete()


class Migration(migrations.Migration):
    dependencies = [("coaching", "0001_phrase_packs")]
    operations = [migrations.RunPython(packs_create, packs_delete)]
