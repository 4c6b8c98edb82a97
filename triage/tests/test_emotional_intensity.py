"""The emotional intensity of complaints in Russian, Georgian and English: what raises it and what does not."""

import pytest

from triage.emotion.intensity import HIGH, emotional_intensity

# (text, the reason kinds that must be found, whether the score is high)
SENTENCES = [
    # Russian
    ("Здравствуйте, не могу войти в мобильное приложение после обновления.", set(), False),
    ("Судя по выписке, платёж прошёл, но деньги не зачислены.", set(), False),  # "судя" is not a court
    ("Вы мошенники! Подам на вас в суд и напишу в Центробанк!!!", {"insult", "court", "regulator", "exclamation"},
     True),
    ("Это издевательство, третий раз пишу. Закрою счёт и уйду к конкурентам.", {"strong", "leave"}, False),
    ("Какого хрена вы списали деньги, уроды, идиоты", {"swearing", "insult"}, True),
    ("Обратился в Роспотребнадзор и к финансовому уполномоченному, расскажу всем в соцсетях",
     {"regulator", "press"}, True),
    ("ВЫ ВООБЩЕ ЧИТАЕТЕ ЧТО ВАМ ПИШУТ КЛИЕНТЫ", {"capitals"}, False),
    # Georgian
    ("გამარჯობა, ბარათი დავკარგე და ახალი მინდა.", set(), False),
    ("ეს საშინელებაა! სასამართლოში გიჩივლებთ, თაღლითებო!", {"strong", "court", "insult", "exclamation"}, True),
    ("ეროვნულ ბანკს მივმართავ და ჟურნალისტებს მოვუყვები ყველაფერს", {"regulator", "press"}, True),
    ("ყველა ანგარიშს დავხურავ და სხვა ბანკში გადავალ", {"leave"}, False),
    ("რა ოხერი ხართ, ნაბიჭვრებო", {"swearing"}, True),
    # English
    ("My card was declined at the store yesterday.", set(), False),
    ("Please press 1 to reach the courtesy desk, the agent said.", set(), False),  # not the press, not a court
    ("You are a bunch of crooks and thieves!!! I will sue you and report you to the CFPB",
     {"insult", "exclamation", "court", "regulator"}, True),
    ("This is absolutely unacceptable, I will close my account and take my business elsewhere",
     {"strong", "leave"}, False),
    ("WHY DOES NOBODY ANSWER THE PHONE AT YOUR BRANCH", {"capitals"}, False),
    ("what the fuck is wrong with you idiots", {"swearing", "insult"}, True),
]


@pytest.mark.parametrize(("text", "kinds", "high"), SENTENCES)
def test_intensity_of_a_sentence(text, kinds, high):
    # when
    intensity = emotional_intensity(text)
    # then
    assert {reason.kind for reason in intensity.reasons} == kinds
    assert intensity.is_high is high, intensity
    assert (intensity.score == 0) is (not kinds)


def test_more_reasons_never_lower_the_score_and_it_stays_below_one():
    calm = "Деньги не пришли."
    scores = [emotional_intensity(text).score for text in (
        calm, f"{calm} Это ужасно!", f"{calm} Это ужасно! Мошенники!", f"{calm} Это ужасно! Мошенники! Подам в суд!",
        "ЭТО УЖАСНО!!! МОШЕННИКИ!!! ПОДАМ В СУД, НАПИШУ В ЦБ И В СМИ, ЗАКРОЮ СЧЁТ, СВОЛОЧИ!!! " * 20)]
    assert scores == sorted(scores)
    assert scores[-1] <= 1 and scores[-1] >= HIGH


def test_the_words_found_are_quoted_as_the_customer_wrote_them():
    intensity = emotional_intensity("Я подам на вас в СУД.")
    assert [(r.kind, r.text) for r in intensity.reasons] == [("court", "подам на вас в СУД")]
