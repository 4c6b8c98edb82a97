"""Seeded complaints are written in Russian, Georgian and English, each in its own script."""

import unicodedata

from complaints.models import Complaint


def scripts(text: str) -> set[str]:
    names = (unicodedata.name(ch, "") for ch in text if ch.isalpha())
    return {name.split()[0] for name in names if name}


def test_each_language_is_seeded_in_its_own_script(seeded):
    # given
    by_language: dict[str, list[Complaint]] = {}
    for complaint in seeded:
        by_language.setdefault(complaint.language, []).append(complaint)
    # then
    assert set(by_language) == {"ru", "ka", "en"}
    for complaint in by_language["ka"]:
        assert "GEORGIAN" in scripts(complaint.description)
        assert "CYRILLIC" not in scripts(complaint.description)
        assert "GEORGIAN" in scripts(complaint.contact_name)
    for complaint in by_language["ru"]:
        assert "CYRILLIC" in scripts(complaint.description)
        assert "GEORGIAN" not in scripts(complaint.description)
    for complaint in by_language["en"]:
        assert scripts(complaint.description) == {"LATIN"}


def test_descriptions_vary(seeded):
    # then: dozens of templates, products, dates and names, not a handful of repeated texts
    assert len({c.description for c in seeded}) > 150
    assert len({c.organisation for c in seeded}) > 30
