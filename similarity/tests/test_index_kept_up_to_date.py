"""The index follows the complaints: written with each registration, replaced when the text changes."""

from complaints.tests.factories import complaint_make
from similarity import minhash
from similarity.index import similarity_index_update
from similarity.keys import customer_keys
from similarity.models import ComplaintSignature, SimilarityKey
from similarity.selectors import complaint_similarity_panel

from .factories import customer
from .texts import STORIES

STORY, REWORDED, UNRELATED = STORIES["ka"]


def keys_of(complaint) -> set[int]:
    return set(SimilarityKey.objects.filter(complaint_id=complaint.pk).values_list("key", flat=True))


def test_registration_writes_the_signature_and_keys(department, agent):
    # when
    complaint = complaint_make(department=department, registered_by=agent, fields={"description": STORY,
                                                                                    **customer(1)})
    # then
    sig = minhash.signature(STORY)
    stored = ComplaintSignature.objects.get(pk=complaint.pk)
    assert bytes(stored.signature) == minhash.signature_bytes(sig)
    expected = set(minhash.band_keys(sig)) | set(customer_keys(email=complaint.contact_email,
                                                               phone=complaint.contact_phone, account_ref=""))
    assert keys_of(complaint) == expected and len(expected) == minhash.BANDS + 2


def test_a_changed_text_replaces_the_keys(department, agent, qms):
    # given
    changed = complaint_make(department=department, registered_by=agent, fields={"description": STORY,
                                                                                  **customer(1)})
    other = complaint_make(department=department, registered_by=agent, fields={"description": REWORDED,
                                                                                **customer(2)})
    assert [s.complaint for s in complaint_similarity_panel(complaint=other, user=qms).similar] == [changed]
    # when
    changed.description = UNRELATED
    changed.contact_email = "new@example.com"
    changed.save(update_fields=["description", "contact_email"])
    similarity_index_update(complaint=changed)
    # then
    assert keys_of(changed) == set(minhash.band_keys(minhash.signature(UNRELATED))) | set(
        customer_keys(email="new@example.com", phone=changed.contact_phone, account_ref=""))
    assert complaint_similarity_panel(complaint=other, user=qms).similar == []
    assert ComplaintSignature.objects.filter(pk=changed.pk).count() == 1


def test_a_text_without_letters_is_not_similar_to_anything(department, agent, qms):
    complaint_make(department=department, registered_by=agent, fields={"description": "???", **customer(1)})
    second = complaint_make(department=department, registered_by=agent, fields={"description": "!!! 123",
                                                                                 **customer(2)})
    assert complaint_similarity_panel(complaint=second, user=qms).similar == []
