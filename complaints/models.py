"""The complaint, its categories, its timeline and its attachments."""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxLengthValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from complaintdesk.models import TranslatedName

from .choices import (
    OPEN_STATUSES,
    CategoryDimension,
    Channel,
    DesiredOutcome,
    HandOff,
    Importance,
    Kind,
    Loyalty,
    Origin,
    Satisfaction,
    Status,
    Validity,
)
from .validators import validate_not_future, validate_phone


class Category(TranslatedName):
    """A node of one of two trees: by cause, or by the product/service complained about."""

    code = models.SlugField(_("code"), max_length=48, unique=True)
    dimension = models.CharField(_("dimension"), max_length=16, choices=CategoryDimension.choices)
    parent = models.ForeignKey(
        "self", verbose_name=_("parent"), on_delete=models.PROTECT, null=True, blank=True, related_name="children"
    )
    department = models.ForeignKey(
        "routing.Department",
        verbose_name=_("department"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        help_text=_("Complaints about this product or service go to this department."),
    )
    is_active = models.BooleanField(_("active"), default=True)

    class Meta:
        ordering = ["dimension", "code"]
        verbose_name = _("category")
        verbose_name_plural = _("categories")
        constraints = [
            models.CheckConstraint(condition=Q(dimension__in=CategoryDimension.values), name="category_dimension_valid"),
        ]

    def clean(self) -> None:
        if self.parent_id is None:
            return
        if self.parent.dimension != self.dimension:
            raise ValidationError({"parent": _("The parent must be in the same tree (by cause, or by product).")})
        ancestor = self.parent
        while ancestor is not None:
            if ancestor.pk == self.pk:
                raise ValidationError({"parent": _("A category cannot be placed under itself.")})
            ancestor = ancestor.parent


# The columns the monthly report groups or counts by (reports.selectors), kept in its covering indexes.
RECEIVED_GROUPS = ("department", "kind", "origin", "channel", "language", "cause_category", "subject_category")
# ``status`` too: SQLite reads the table for a column of the query the index does not hold, even one
# the index's own condition fixes.
CLOSED_FIGURES = ("due_at", "validity", "satisfaction", "loyalty", "reopen_count", "assignee",
                  "solution_business_seconds", "status")


class Complaint(models.Model):
    """Any expression of customer dissatisfaction, from registration to follow-up.

    Status changes only through ``complaints.workflow`` (called by services), which
    writes the timeline entry and the audit record in the same transaction.
    """

    tracking_number = models.CharField(_("tracking number"), max_length=20, unique=True)
    access_token = models.CharField(max_length=64, unique=True, editable=False)

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices, default=Kind.COMPLAINT)
    origin = models.CharField(_("origin"), max_length=16, choices=Origin.choices, default=Origin.EXTERNAL)
    channel = models.CharField(_("channel"), max_length=16, choices=Channel.choices)
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NEW)
    importance = models.CharField(_("importance"), max_length=16, choices=Importance.choices, default=Importance.NORMAL)
    language = models.CharField(_("customer's language"), max_length=8, default="en")
    hand_off_to = models.CharField(_("handed off to"), max_length=16, choices=HandOff.choices, blank=True)

    # Who complains (PRODUCT.md, Registration).
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    contact_name = models.CharField(_("contact person"), max_length=200)
    contact_position = models.CharField(_("position"), max_length=200, blank=True)
    contact_phone = models.CharField(_("phone"), max_length=32, blank=True, validators=[validate_phone])
    contact_email = models.EmailField(_("e-mail"), max_length=254, blank=True)
    contact_address = models.CharField(_("address"), max_length=300, blank=True)
    account_ref = models.CharField(_("account number or user name"), max_length=100, blank=True)

    # What happened: the rational part and the emotional part.
    occurred_on = models.DateField(_("date it happened"), null=True, blank=True, validators=[validate_not_future])
    product = models.CharField(_("product or program"), max_length=200, blank=True)
    performed_by = models.CharField(_("who did which work and when"), max_length=500, blank=True)
    description = models.TextField(_("what happened"), max_length=10000, validators=[MaxLengthValidator(10000)])
    emotion = models.TextField(_("how the customer feels"), max_length=2000, blank=True,
                               validators=[MaxLengthValidator(2000)])
    desired_outcome = models.CharField(
        _("outcome the customer wants"), max_length=16, choices=DesiredOutcome.choices, blank=True
    )
    desired_outcome_detail = models.CharField(_("details of the wanted outcome"), max_length=500, blank=True)

    # Classification.
    department = models.ForeignKey(
        "routing.Department", verbose_name=_("department"), on_delete=models.PROTECT, related_name="complaints"
    )
    cause_category = models.ForeignKey(
        Category, verbose_name=_("cause"), on_delete=models.PROTECT, null=True, blank=True, related_name="+",
        limit_choices_to={"dimension": CategoryDimension.CAUSE},
    )
    subject_category = models.ForeignKey(
        Category, verbose_name=_("product or service"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+", limit_choices_to={"dimension": CategoryDimension.SUBJECT},
    )
    validity = models.CharField(_("validity"), max_length=16, choices=Validity.choices, blank=True)
    satisfaction = models.CharField(_("satisfaction with the solution"), max_length=16,
                                    choices=Satisfaction.choices, blank=True)
    loyalty = models.CharField(_("loyalty"), max_length=16, choices=Loyalty.choices, blank=True)
    # Investigation and closing (resolution.services).
    root_cause = models.ForeignKey(
        "resolution.RootCause", verbose_name=_("root cause"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+",
    )
    root_cause_note = models.TextField(_("root cause details"), max_length=2000, blank=True)
    resolution_text = models.TextField(_("resolution"), max_length=5000, blank=True)

    # Ownership and the conversation script.
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("responsible"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="assigned_complaints",
    )
    registered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("registered by"), on_delete=models.PROTECT,
        null=True, blank=True, related_name="registered_complaints",
    )
    script_steps = models.JSONField(_("conversation script steps done"), default=list, blank=True)

    # Time: stored in UTC.
    created_at = models.DateTimeField(_("registered at"), db_index=False)
    updated_at = models.DateTimeField(auto_now=True)
    due_at = models.DateTimeField(_("solution due"))
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    first_contact_due_at = models.DateTimeField(_("first contact due"), null=True, blank=True)
    first_contact_at = models.DateTimeField(_("first contact at"), null=True, blank=True)
    overdue_at = models.DateTimeField(_("marked overdue at"), null=True, blank=True)
    needs_language = models.CharField(
        _("needs a speaker of"), max_length=8, blank=True,
        help_text=_("Set when nobody in the department speaks the customer's language."),
    )
    reopen_count = models.PositiveSmallIntegerField(_("times reopened"), default=0)
    # Working time (of the department's calendar) from registration to the first contact and to the
    # closing, in seconds: stored when each happens so that reports take medians in SQL (deadlines.durations).
    first_contact_business_seconds = models.PositiveIntegerField(
        _("working time to the first contact (s)"), null=True, blank=True)
    solution_business_seconds = models.PositiveIntegerField(_("working time to the solution (s)"),
                                                            null=True, blank=True)

    # Lower-cased text the queue's search looks in (trigram-indexed on PostgreSQL).
    search_text = models.TextField(editable=False, default="")

    class Meta:
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        constraints = [
            models.CheckConstraint(condition=Q(status__in=Status.values), name="complaint_status_valid"),
            models.CheckConstraint(condition=Q(kind__in=Kind.values), name="complaint_kind_valid"),
            models.CheckConstraint(condition=Q(origin__in=Origin.values), name="complaint_origin_valid"),
            models.CheckConstraint(condition=Q(channel__in=Channel.values), name="complaint_channel_valid"),
            models.CheckConstraint(condition=Q(importance__in=Importance.values), name="complaint_importance_valid"),
            models.CheckConstraint(condition=Q(validity__in=["", *Validity.values]), name="complaint_validity_valid"),
            models.CheckConstraint(
                condition=Q(satisfaction__in=["", *Satisfaction.values]), name="complaint_satisfaction_valid"
            ),
            models.CheckConstraint(condition=Q(loyalty__in=["", *Loyalty.values]), name="complaint_loyalty_valid"),
            models.CheckConstraint(
                condition=~Q(status=Status.CLOSED) | Q(closed_at__isnull=False), name="complaint_closed_has_time"
            ),
        ]
        # The queue is always sorted by (due_at, id); every filter has an index in that order.
        indexes = [
            models.Index(fields=["due_at", "id"], name="complaint_due_idx"),
            models.Index(fields=["department", "due_at", "id"], name="complaint_dept_due_idx"),
            models.Index(fields=["assignee", "due_at", "id"], name="complaint_assignee_due_idx"),
            # How many open complaints each person owns (routing gives a new one to the least loaded).
            models.Index(fields=["assignee"], name="complaint_open_assignee_idx", condition=Q(status__in=OPEN_STATUSES)),
            models.Index(fields=["registered_by", "due_at", "id"], name="complaint_registrar_due_idx"),
            models.Index(fields=["status", "due_at", "id"], name="complaint_status_due_idx"),
            models.Index(
                fields=["due_at", "id"], name="complaint_open_due_idx", condition=Q(status__in=OPEN_STATUSES)
            ),
            # The five-minute breach scan reads only breaches not yet marked.
            models.Index(fields=["due_at", "id"], name="complaint_unmarked_breach_idx",
                         condition=Q(status__in=OPEN_STATUSES, overdue_at__isnull=True)),
            models.Index(fields=["due_at", "id"], name="complaint_needs_language_idx", condition=~Q(needs_language="")),
            # Reports: a month (of one department) by registration, by closing and by first contact. The rows
            # are wide: with every column a month's aggregates read in the index (key columns, not INCLUDE,
            # which SQLite would leave out), both databases count without touching the table.
            # These two also serve what (created_at) and the survey job's (closed_at, id) indexes served, and
            # replace them: SQLite would otherwise pick the narrower index and read the table.
            models.Index(fields=["created_at", *RECEIVED_GROUPS, "id"], name="complaint_report_created_idx"),
            models.Index(fields=["department", "created_at", *RECEIVED_GROUPS[1:], "id"],
                         name="complaint_dept_created_idx"),
            models.Index(fields=["closed_at", "id", "department", *CLOSED_FIGURES], name="complaint_report_closed_idx",
                         condition=Q(status="closed")),
            models.Index(fields=["department", "closed_at", *CLOSED_FIGURES, "id"], name="complaint_dept_closed_idx",
                         condition=Q(status="closed")),
            models.Index(fields=["first_contact_at", "department", "first_contact_business_seconds", "id"],
                         name="complaint_first_contact_idx", condition=Q(first_contact_at__isnull=False)),
        ]

    def __str__(self) -> str:
        return self.tracking_number

    def get_absolute_url(self) -> str:
        return reverse("web:complaint", kwargs={"number": self.tracking_number})

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES


class TrackingCounter(models.Model):
    """The last tracking number given in a year; locked while the next is taken."""

    year = models.PositiveSmallIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)


class Attachment(models.Model):
    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(upload_to="attachments/%Y/%m/")
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(max_length=100)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField()

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")

    def __str__(self) -> str:
        return self.name


class Interaction(models.Model):
    """One entry of a complaint's timeline: every contact, note and state change."""

    class Kind(models.IntegerChoices):
        # Values are stored: never renumber, never reuse.
        REGISTERED = 1, _("Registered")
        TAKEN = 2, _("Taken into work")
        NOTE = 3, _("Note")
        CALL = 4, _("Call")
        PROPOSED = 5, _("Solution proposed")
        ACCEPTED = 6, _("Solution accepted")
        REJECTED = 7, _("Solution rejected")
        CLOSED = 8, _("Closed")
        REOPENED = 9, _("Reopened")
        HANDED_OFF = 10, _("Handed off")
        SCRIPT_UPDATED = 11, _("Conversation script updated")
        ATTACHMENT_ADDED = 12, _("Attachment added")
        CUSTOMER_MESSAGE = 13, _("Message from the customer")
        DELAY_NOTICE = 14, _("Delay notice")
        OVERDUE = 15, _("Deadline missed")
        REMINDER = 16, _("Deadline reminder")
        TRANSFERRED = 17, _("Transferred")
        ASSIGNED = 18, _("Assigned")
        EMAIL_SENT = 19, _("E-mail sent")
        LANGUAGE_FLAGGED = 20, _("Needs a speaker of the customer's language")
        INVESTIGATED = 21, _("Root cause and validity recorded")
        REMEDY_GIVEN = 22, _("Remedy given")
        # 40s: the follow-up survey.
        SURVEY_SENT = 40, _("Survey sent")
        SURVEY_ANSWERED = 41, _("Survey answered")
        # 30–39: corrective actions (capa)
        CAPA_CREATED = 30, _("Corrective action created")
        CAPA_STATUS_CHANGED = 31, _("Corrective action status changed")
        CAPA_EFFECTIVENESS_RECORDED = 32, _("Corrective action effectiveness checked")
        # 50–54: letters and imports.
        LETTER_RECEIVED = 50, _("Letter received")
        IMPORTED = 51, _("Imported")
        # 55–59: the reply coach
        COACH_FINDINGS = 55, _("Sent despite the reply coach's findings")
        # 60–64: triage
        RECLASSIFIED = 60, _("Classification changed")

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="interactions")
    kind = models.PositiveSmallIntegerField(_("kind"), choices=Kind.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("by"), on_delete=models.PROTECT, null=True, blank=True,
        related_name="+",
    )
    by_customer = models.BooleanField(default=False)
    body = models.TextField(_("text"), blank=True, max_length=10000)
    data = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField()

    class Meta:
        ordering = ["created_at", "id"]
        verbose_name = _("interaction")
        verbose_name_plural = _("interactions")
        indexes = [
            models.Index(fields=["complaint", "created_at", "id"], name="interaction_timeline_idx"),
            # Reports: the delay notices (14) and corrective-action status changes (31) of a period; one index
            # each, since SQLite uses a partial index only when the query repeats its condition exactly.
            models.Index(fields=["created_at"], name="interaction_delay_notice_idx", condition=Q(kind=14)),
            models.Index(fields=["created_at"], name="interaction_capa_status_idx", condition=Q(kind=31)),
        ]

    def __str__(self) -> str:
        return f"{self.complaint_id} {self.get_kind_display()}"
