"""The backfill indexes complaints the index does not hold, exactly as registration would have."""

from complaints.tests.factories import complaint_make
from similarity.backfill import similarity_backfill, similarity_index_rebuild_clear
from similarity.models import ComplaintSignature, SimilarityKey

from .factories import customer
from .texts import STORIES


def index_contents():
    return (sorted(ComplaintSignature.objects.values_list("complaint_id", "signature", "customer_keys")),
            sorted(SimilarityKey.objects.values_list("key", "created_at", "complaint_id")))


def test_backfill_rebuilds_what_registration_wrote(department):
    # given
    for n, (lang, texts) in enumerate(STORIES.items()):
        for m, text in enumerate(texts):
            complaint_make(department=department, language=lang, fields={"description": text, **customer(n * 3 + m)})
    registered = index_contents()
    similarity_index_rebuild_clear()
    assert index_contents() == ([], [])
    # when
    indexed = similarity_backfill(batch_size=4)
    # then
    assert indexed == 9
    assert [(pk, bytes(sig), keys) for pk, sig, keys in index_contents()[0]] == \
        [(pk, bytes(sig), keys) for pk, sig, keys in registered[0]]
    assert index_contents()[1] == registered[1]


def test_backfill_again_indexes_nothing(department):
    complaint_make(department=department, fields={"description": STORIES["en"][0], **customer(1)})
    assert similarity_backfill() == 0
