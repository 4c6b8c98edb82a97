"""An append-only, hash-chained record of every action, for auditors and regulators."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class AuditAction(models.IntegerChoices):
    # Values are stored: never renumber, never reuse. 100s: complaints.
    COMPLAINT_REGISTERED = 101, _("Complaint registered")
    COMPLAINT_TAKEN = 102, _("Complaint taken")
    COMPLAINT_NOTE_ADDED = 103, _("Note or call recorded")
    COMPLAINT_PROPOSED = 104, _("Solution proposed")
    COMPLAINT_ACCEPTED = 105, _("Solution accepted")
    COMPLAINT_REJECTED = 106, _("Solution rejected")
    COMPLAINT_CLOSED = 107, _("Complaint closed")
    COMPLAINT_REOPENED = 108, _("Complaint reopened")
    COMPLAINT_HANDED_OFF = 109, _("Appeal handed off")
    COMPLAINT_SCRIPT_UPDATED = 110, _("Conversation script updated")
    COMPLAINT_ATTACHMENT_ADDED = 111, _("Attachment added")
    COMPLAINT_DEADLINE_EXTENDED = 112, _("Deadline moved with a delay notice")
    COMPLAINT_OVERDUE = 113, _("Complaint marked overdue")
    COMPLAINT_TRANSFERRED = 114, _("Complaint transferred")
    COMPLAINT_ASSIGNED = 115, _("Complaint assigned")
    COMPLAINT_LANGUAGE_FLAGGED = 116, _("Speaker of the customer's language needed")
    COMPLAINT_INVESTIGATED = 117, _("Root cause and validity recorded")
    COMPLAINT_REMEDY_GIVEN = 118, _("Remedy given")
    # 140s: the follow-up survey.
    SURVEY_SENT = 140, _("Survey sent")
    SURVEY_ANSWERED = 141, _("Survey answered")
    # 130–139: corrective actions (capa)
    CAPA_CREATED = 130, _("Corrective action created")
    CAPA_STATUS_CHANGED = 131, _("Corrective action status changed")
    CAPA_EFFECTIVENESS_RECORDED = 132, _("Corrective action effectiveness recorded")
    # 150–154: imports of historical complaints.
    COMPLAINT_IMPORTED = 150, _("Complaint imported")
    IMPORT_STARTED = 151, _("Import started")
    IMPORT_FINISHED = 152, _("Import finished")
    # 160s: triage
    COMPLAINT_RECLASSIFIED = 160, _("Complaint classification changed")


class AuditRecord(models.Model):
    """``hash`` covers this record's content and the previous record's hash in the same chain.

    Changing or deleting any record breaks every hash after it (``audit_chain_verify``). There
    are a few chains (``AUDIT_CHAINS``), each process appending to one, so that parallel
    requests do not queue behind one lock; each chain is verified on its own, in ``id`` order.
    """

    created_at = models.DateTimeField()
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, blank=True, related_name="+"
    )
    actor_label = models.CharField(max_length=200, blank=True)
    action = models.PositiveSmallIntegerField(choices=AuditAction.choices)
    target_type = models.CharField(max_length=50)
    target_id = models.CharField(max_length=50)
    data = models.JSONField(default=dict)
    chain = models.PositiveSmallIntegerField(default=1)
    prev_hash = models.CharField(max_length=64)
    hash = models.CharField(max_length=64, unique=True)

    class Meta:
        ordering = ["id"]
        verbose_name = _("audit record")
        verbose_name_plural = _("audit records")
        indexes = [models.Index(fields=["target_type", "target_id"], name="audit_target_idx"),
                   models.Index(fields=["chain", "id"], name="audit_chain_idx")]

    def __str__(self) -> str:
        return f"{self.get_action_display()} {self.target_type}:{self.target_id}"


class AuditChainHead(models.Model):
    """The newest hash of one chain (its ``pk`` is the chain's number); locking it serialises appends to it."""

    last_hash = models.CharField(max_length=64, default="0" * 64)
