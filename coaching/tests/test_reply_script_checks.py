"""The whole reply against the script: thanks, a date for every promise, fault only when justified,
what happens next."""

import pytest

from coaching.selectors import reply_coach
from complaints.services import complaint_take
from complaints.tests.factories import complaint_make
from resolution.tests.closing import investigation_record

pytestmark = pytest.mark.django_db


def found(text: str, language: str, complaint=None) -> dict[str, str]:
    result = reply_coach(text=text, language=language, complaint=complaint)
    return {finding.category: text[finding.start:finding.end] for finding in result.findings}


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thank you for telling us. We will replace the router on Friday, 25 November, before 18:00."),
    ("ru", "Спасибо, что сообщили. Мы заменим роутер в пятницу до 18:00."),
    ("ru", "Благодарим за обращение. Деньги будут перечислены в течение трёх рабочих дней."),
    ("ka", "გმადლობთ, რომ შეგვატყობინეთ. როუტერს შევცვლით პარასკევს, 18:00 საათზე."),
    ("ka", "მადლობა მოთმინებისთვის. თანხას დაგიბრუნებთ 3 სამუშაო დღეში."),
])
def test_a_reply_that_follows_the_script_passes(language, text):
    assert found(text, language) == {}


@pytest.mark.parametrize(("language", "text", "promise"), [
    ("en", "Thank you. We will replace the router.", "We will"),
    ("ru", "Спасибо. Мы заменим роутер.", "заменим"),
    ("ka", "გმადლობთ. როუტერს შევცვლით.", "შევცვლით"),
])
def test_a_promise_without_a_date_is_flagged(language, text, promise):
    assert found(text, language)["promise_without_date"] == promise


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Thank you. Next, the engineer calls you. We cannot refund the fee."),
    ("ru", "Спасибо. Далее с вами свяжется инженер. Мы не вернём плату, но продлим подписку до 1 декабря."),
    ("ka", "გმადლობთ. შემდეგ ინჟინერი დაგირეკავთ ხვალ. თანხას ვერ დაგიბრუნებთ."),
])
def test_a_negated_promise_needs_no_date(language, text):
    assert "promise_without_date" not in found(text, language)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "Sorry, it was our fault."),
    ("ru", "Извините, это наша ошибка."),
    ("ka", "ბოდიშს გიხდით, ეს ჩვენი შეცდომაა."),
])
def test_fault_is_admitted_only_once_the_complaint_is_judged_justified(language, text, department, responsible):
    # given: a complaint not investigated yet
    complaint = complaint_make(department=department, language=language)
    # then: admitting the company's fault is too early
    assert "fault_too_early" in found(text, language, complaint)
    # when: the investigation finds it justified
    complaint_take(complaint=complaint, actor=responsible)
    investigation_record(complaint=complaint, actor=responsible)  # justified
    complaint.refresh_from_db()
    # then
    assert "fault_too_early" not in found(text, language, complaint)


@pytest.mark.parametrize(("language", "text"), [
    ("en", "I am sorry this happened to you. Thank you for writing."),
    ("ru", "Мне жаль, что так вышло. Спасибо, что написали. Это не наша вина."),
    ("ka", "ვწუხვარ, რომ ასე მოხდა. გმადლობთ. ეს ჩვენი ბრალი არ არის."),
])
def test_an_apology_for_the_experience_is_no_admission(language, text):
    assert "fault_too_early" not in found(text, language)


def test_a_reply_without_thanks_or_next_step_gets_advice():
    # when
    findings = reply_coach(text="Your router is broken.", language="en").findings
    # then
    assert {(f.category, f.severity, f.start, f.end) for f in findings} == {
        ("no_thanks", "advice", 0, 0), ("no_next_step", "advice", 0, 0)}
    assert {f.suggestion for f in findings} == {"Thank you for letting us know.",
                                                "Next, our engineer will call you tomorrow before 12:00."}


def test_the_reply_language_is_detected_and_suggestions_come_in_it():
    # when
    result = reply_coach(text="Ваш роутер сломан.")
    # then
    assert result.language == "ru" and result.pack_version == 1
    assert "no_thanks" in {finding.category for finding in result.findings}
