"""Signatures estimate the share of common 4-letter sequences, in any script, and ignore digits and case."""

from hypothesis import given, settings
from hypothesis import strategies as st

from similarity import minhash

WORDS = ["update", "report", "ledger", "invoice", "обновление", "отчёт", "счёт", "курьер", "განახლება",
         "ანგარიში", "კურიერი", "სკანერი", "late", "wrong", "twice", "не", "пришёл", "არ"]


def jaccard(a: str, b: str) -> float:
    x, y = set(minhash.shingle_hashes(a).tolist()), set(minhash.shingle_hashes(b).tolist())
    return len(x & y) / len(x | y)


def test_normalise_keeps_letters_of_every_script():
    assert minhash.normalise("Счёт 12, НЕ пришёл!") == "счёт не пришёл"
    assert minhash.normalise("ანგარიში 2026-ში: ვერ იხსნება") == "ანგარიში ში ვერ იხსნება"
    assert minhash.normalise("VAT  Report—WRONG") == "vat report wrong"


def test_digits_case_and_punctuation_do_not_change_the_signature():
    a = minhash.signature("On 12 March the VAT report was wrong.")
    b = minhash.signature("on 3 MARCH, the vat report was WRONG")
    assert (a == b).all()


@settings(max_examples=60, deadline=None)
@given(st.lists(st.sampled_from(WORDS), min_size=4, max_size=25), st.lists(st.sampled_from(WORDS), max_size=8))
def test_estimate_is_near_the_true_similarity(words, extra):
    # given: a text and the same text with words added
    a, b = " ".join(words), " ".join(words + extra)
    # when
    estimate = minhash.estimated_similarity(minhash.signature(a), minhash.signature(b)[None, :])[0]
    # then: 60 hashes estimate within a few standard deviations (at most 0.065)
    assert abs(estimate - jaccard(a, b)) <= 0.26


def test_equal_texts_share_every_band_and_an_empty_text_has_none():
    sig = minhash.signature("После обновления отчёт не строится")
    assert minhash.band_keys(sig) == minhash.band_keys(minhash.signature("после обновления отчёт НЕ строится!"))
    assert len(set(minhash.band_keys(sig))) == minhash.BANDS
    assert minhash.band_keys(minhash.signature("123 — !!!")) == []
