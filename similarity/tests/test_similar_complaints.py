"""The complaint page's similar complaints: found in any script and wording, not for unrelated texts."""

import pytest

from complaints.tests.factories import complaint_make
from similarity.selectors import complaint_similarity_panel

from .texts import STORIES


def register(department, agent, text: str, n: int, language: str = "en"):
    """A complaint with ``text`` from a customer of its own (so it is no duplicate of the others)."""
    return complaint_make(department=department, registered_by=agent, language=language, fields={
        "description": text, "contact_email": f"customer{n}@example.com", "contact_phone": f"+995 555 00 00 {n:02d}"})


@pytest.mark.parametrize("language", ["en", "ru", "ka"])
def test_same_story_in_other_words_is_similar(department, agent, qms, language):
    # given
    story, reworded, unrelated = STORIES[language]
    first = register(department, agent, story, 1, language)
    other = register(department, agent, unrelated, 2, language)
    # when
    later = register(department, agent, reworded, 3, language)
    panel = complaint_similarity_panel(complaint=later, user=qms)
    # then
    assert [s.complaint for s in panel.similar] == [first]
    assert 35 <= panel.similar[0].percent < 100
    assert other not in [s.complaint for s in panel.similar]
    assert panel.duplicates == []


def test_unrelated_stories_in_three_languages_are_not_similar(department, agent, qms):
    # given: every story and the unrelated text of every language
    complaints = [register(department, agent, STORIES[lang][i], n, lang)
                  for n, (lang, i) in enumerate([(lang, i) for lang in STORIES for i in (0, 2)])]
    # when
    panels = {c.pk: complaint_similarity_panel(complaint=c, user=qms) for c in complaints}
    # then: nothing is like anything else (a translation is not the same text)
    assert all(panel.similar == [] for panel in panels.values())


def test_most_similar_first_and_itself_never(department, agent, qms):
    # given
    story, reworded, _ = STORIES["ru"]
    exact = register(department, agent, story, 1, "ru")
    close = register(department, agent, reworded, 2, "ru")
    # when
    panel = complaint_similarity_panel(complaint=register(department, agent, story + " Ждём ответа.", 3, "ru"),
                                       user=qms)
    # then
    assert [s.complaint for s in panel.similar] == [exact, close]
    assert panel.similar[0].similarity > panel.similar[1].similarity
