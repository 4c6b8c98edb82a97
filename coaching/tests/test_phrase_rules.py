"""The phrases not to say, in Russian, Georgian and English: word forms flagged, negations and good
phrasings not."""

import pytest

from coaching.selectors import reply_coach

pytestmark = pytest.mark.django_db

FLAGGED = [
    # English
    ("en", "According to our policy, we cannot refund this.", "policy"),
    ("en", "As per company policy the fee stays.", "policy"),
    ("en", "That's just our policy.", "policy"),
    ("en", "I'll pass you to a manager.", "passing_on"),
    ("en", "I'm transferring your call to another department.", "passing_on"),
    ("en", "You'll have to talk to the billing department.", "passing_on"),
    ("en", "Calm down, please.", "vague_reassurance"),
    ("en", "Please, settle down.", "vague_reassurance"),
    ("en", "Don't worry, everything will be fine.", "vague_reassurance"),
    ("en", "It'll be all right.", "vague_reassurance"),
    ("en", "This is your own fault.", "blame"),
    ("en", "You should have read the contract.", "blame"),
    ("en", "You did it yourself.", "blame"),
    ("en", "It's not my fault.", "defensive"),
    ("en", "That has nothing to do with me.", "defensive"),
    ("en", "We are not responsible for the courier.", "defensive"),
    ("en", "We will fix it as soon as possible.", "vague_promise"),
    ("en", "Someone will contact you shortly.", "vague_promise"),
    ("en", "You are overreacting.", "judging"),
    ("en", "That's ridiculous.", "judging"),
    # Russian, with word forms
    ("ru", "Согласно нашим правилам возврат невозможен.", "policy"),
    ("ru", "По внутреннему регламенту мы так не делаем.", "policy"),
    ("ru", "Такова политика компании.", "policy"),
    ("ru", "Нам не положено это обсуждать.", "policy"),
    ("ru", "Переключаю вас на менеджера.", "passing_on"),
    ("ru", "Я переведу ваш звонок в другой отдел.", "passing_on"),
    ("ru", "Обратитесь к руководителю.", "passing_on"),
    ("ru", "Успокойтесь, пожалуйста.", "vague_reassurance"),
    ("ru", "Вам нужно успокоиться.", "vague_reassurance"),
    ("ru", "Не волнуйтесь, всё будет хорошо.", "vague_reassurance"),
    ("ru", "Не переживайте так.", "vague_reassurance"),
    ("ru", "Сделаем всё в лучшем виде.", "vague_reassurance"),
    ("ru", "Вы сами виноваты.", "blame"),
    ("ru", "Это ваша ошибка.", "blame"),
    ("ru", "Поломка произошла по вашей вине.", "blame"),
    ("ru", "Вы неправильно пользовались роутером.", "blame"),
    ("ru", "Надо было внимательно читать договор.", "blame"),
    ("ru", "Это не моя вина.", "defensive"),
    ("ru", "Я тут не виноват.", "defensive"),
    ("ru", "Я к этому не имею никакого отношения.", "defensive"),
    ("ru", "Это не ко мне.", "defensive"),
    ("ru", "Мы решим вопрос в ближайшее время.", "vague_promise"),
    ("ru", "Исправим как можно скорее.", "vague_promise"),
    ("ru", "Вы преувеличиваете.", "judging"),
    ("ru", "Что за ерунда.", "judging"),
    # Georgian, with word forms
    ("ka", "ჩვენი პოლიტიკის მიხედვით თანხას ვერ დაგიბრუნებთ.", "policy"),
    ("ka", "კომპანიის წესების თანახმად ეს შეუძლებელია.", "policy"),
    ("ka", "ასეთია ჩვენი წესი.", "policy"),
    ("ka", "მენეჯერთან გადაგრთავთ.", "passing_on"),
    ("ka", "მიმართეთ სხვა განყოფილებას.", "passing_on"),
    ("ka", "დამშვიდდით, გთხოვთ.", "vague_reassurance"),
    ("ka", "ნუ ღელავთ.", "vague_reassurance"),
    ("ka", "ნუ ნერვიულობთ, ყველაფერი კარგად იქნება.", "vague_reassurance"),
    ("ka", "ეს თქვენი ბრალია.", "blame"),
    ("ka", "თქვენ თვითონ დააზიანეთ როუტერი.", "blame"),
    ("ka", "ხელშეკრულება ყურადღებით უნდა წაგეკითხათ.", "blame"),
    ("ka", "ეს ჩემი ბრალი არ არის.", "defensive"),
    ("ka", "მე არაფერ შუაში ვარ.", "defensive"),
    ("ka", "პრობლემას მალე მოვაგვარებთ.", "vague_promise"),
    ("ka", "უახლოეს დროში დაგიკავშირდებით.", "vague_promise"),
    ("ka", "თქვენ აჭარბებთ.", "judging"),
]

NOT_FLAGGED = [
    ("en", "I won't tell you to calm down: you have every reason to be upset."),
    ("en", "I would never say it is your fault."),
    ("en", "This is not your fault, and I am sorry it happened."),
    ("en", "I'm connecting you with our billing specialist, because she can correct the invoice today."),
    ("en", "The policy number on your contract is 42."),
    ("en", "I understand how frustrating this is."),
    ("ru", "Я не буду просить вас успокоиться: вы правы, что возмущены."),
    ("ru", "Это не ваша вина, и мне жаль, что так вышло."),
    ("ru", "Я соединю вас со специалистом по счетам, потому что она может исправить счёт сегодня."),
    ("ru", "Понимаю, как это неприятно."),
    ("ru", "Номер вашего полиса указан в договоре."),
    ("ka", "არ გთხოვთ დამშვიდებას: გასაგებია, რომ აღშფოთებული ხართ."),
    ("ka", "ეს არ არის თქვენი ბრალი."),
    ("ka", "დაგაკავშირებთ ანგარიშების სპეციალისტთან, რადგან მას დღესვე შეუძლია ანგარიშის გასწორება."),
    ("ka", "მესმის, რამდენად უსიამოვნოა ეს."),
]


def categories(text: str, language: str) -> list[str]:
    result = reply_coach(text=text, language=language, whole_reply=False)
    return [finding.category for finding in result.findings]


@pytest.mark.parametrize(("language", "text", "category"), FLAGGED)
def test_a_phrase_not_to_say_is_flagged(language, text, category):
    assert category in categories(text, language)


@pytest.mark.parametrize(("language", "text"), NOT_FLAGGED)
def test_a_good_phrasing_is_not_flagged(language, text):
    assert categories(text, language) == []


def test_a_finding_points_at_the_phrase_with_a_reason_and_a_better_phrasing():
    # given
    text = "Спасибо за звонок. Успокойтесь, пожалуйста."
    # when
    [finding] = reply_coach(text=text, language="ru", whole_reply=False).findings
    # then
    assert text[finding.start:finding.end] == "Успокойтесь"
    assert finding.severity == "warning" and "dismiss" in finding.explanation
    assert finding.suggestion.startswith("Понимаю, как это неприятно")
