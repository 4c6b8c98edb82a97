"""Columns are guessed from their headers in Russian, Georgian or English."""

import pytest
from django.utils import translation

from intake.importing.columns import TARGETS, mapping_guess
from intake.importing.export import export_headers


@pytest.mark.parametrize(("headers", "expected"), [
    (["Дата", "Клиент", "Суть обращения", "Дата закрытия", "Статус", "Телефон"],
     ["registered_at", "organisation", "description", "closed_at", "status", "contact_phone"]),
    (["თარიღი", "კლიენტი", "აღწერა", "ელ. ფოსტა", "სტატუსი", "დეპარტამენტი"],
     ["registered_at", "organisation", "description", "contact_email", "status", "department"]),
    (["Date", "Customer", "Description", "E-mail", "Priority", "Resolution"],
     ["registered_at", "organisation", "description", "contact_email", "importance", "resolution_text"]),
    (["№ п/п", "Дата регистрации жалобы", "ФИО заявителя", "Телефон клиента", "Примечание"],
     ["reference", "registered_at", "contact_name", "contact_phone", ""]),
])
def test_headers_of_three_languages_are_recognised(headers, expected):
    assert mapping_guess(headers) == expected


def test_each_field_goes_to_one_column_only():
    # when: two date columns
    guesses = mapping_guess(["Дата", "Date", "Описание"])
    # then: the first takes it, the second is left for the user
    assert guesses == ["registered_at", "", "description"]


def test_an_exported_header_maps_itself_in_every_language():
    for language in ("en", "ru", "ka"):
        with translation.override(language):
            headers = export_headers()
        assert mapping_guess(headers) == [target.key for target in TARGETS], language
