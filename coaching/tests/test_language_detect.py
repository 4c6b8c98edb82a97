"""The customer's language from short and mixed texts: script first, lingua for Cyrillic and Latin."""

import pytest

from coaching.language import customer_language, dominant_script, language_detect


@pytest.mark.parametrize(("text", "language"), [
    ("ინტერნეტი არ მუშაობს", "ka"),
    ("ჩემი iPhone არ მუშაობს, Samsung-იც", "ka"),           # Georgian with Latin brand names
    ("Re: CD-2026-000001 ინტერნეტი", "ka"),
    ("Здравствуйте, у меня не работает интернет", "ru"),
    ("Добрий день, у мене не працює інтернет з понеділка", "uk"),  # Ukrainian, not Russian
    ("Спасибо", "ru"),
    ("Дякую", "uk"),
    ("Мой Samsung Galaxy не включается после ремонта", "ru"),
    ("The courier was rude to me", "en"),
    ("Internet is down", "en"),
    ("Mein Paket ist nicht angekommen", "de"),
    ("Zdravstvuyte, u menya ne rabotaet internet", "ru"),   # Russian in Latin letters
    ("Բարև, ինտերնետը չի աշխատում", "hy"),
    ("مرحبا، الإنترنت لا يعمل", "ar"),
])
def test_the_language_of_a_text(text, language):
    assert language_detect(text) == language


@pytest.mark.parametrize("text", ["", "12345", "ok", "!!!", "Net, eto ne to"])
def test_too_little_to_tell_gives_nothing(text):
    """Too short, or ambiguous between the configured languages: no guess, the caller keeps its fallback."""
    assert language_detect(text) == ""


def test_only_the_configured_languages_are_considered(settings):
    # given: a company that only expects Russian among Cyrillic languages
    settings.COMPLAINTDESK_DETECT_LANGUAGES = ["ru", "en"]
    # then: Ukrainian text is read as the one configured Cyrillic language
    assert language_detect("Добрий день, у мене не працює інтернет") == "ru"


def test_latin_brand_names_do_not_outweigh_the_script():
    assert dominant_script("Мой iPhone не включается") == "CYRILLIC"
    assert dominant_script("Samsung Galaxy S24 Ultra и") == "LATIN"


def test_an_explicit_choice_stays():
    assert customer_language(chosen="KA ", texts=["Здравствуйте, не работает"], fallback="en") == "ka"
    assert customer_language(chosen="", texts=["Здравствуйте, не работает"], fallback="en") == "ru"
    assert customer_language(chosen="", texts=["ok"], fallback="ka") == "ka"
