"""One import of a file of historical complaints, and the rows it turned into complaints."""

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _


class ImportRun(models.Model):
    """A file uploaded by QMS: its column mapping, the dry run's counts, and how far the import got.

    ``next_row`` is the first data row not yet imported: it moves forward in the same
    transaction as each batch of complaints, so a crash resumes where the last commit left off.
    """

    class State(models.TextChoices):
        UPLOADED = "uploaded", _("Uploaded")
        CHECKING = "checking", _("Being checked")
        CHECKED = "checked", _("Checked")
        QUEUED = "queued", _("Waiting to import")
        IMPORTING = "importing", _("Importing")
        DONE = "done", _("Imported")
        FAILED = "failed", _("Stopped by an error")

    file = models.FileField(_("file"), upload_to="imports/%Y/%m/")
    file_name = models.CharField(_("file name"), max_length=255)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, verbose_name=_("imported by"),
                                   on_delete=models.PROTECT, related_name="+")
    created_at = models.DateTimeField(_("uploaded at"))
    updated_at = models.DateTimeField(auto_now=True)
    finished_at = models.DateTimeField(_("finished at"), null=True, blank=True)
    state = models.CharField(_("state"), max_length=16, choices=State.choices, default=State.UPLOADED)
    headers = models.JSONField(default=list, blank=True)
    # The target of each column, in the file's order; "" ignores the column.
    mapping = models.JSONField(default=list, blank=True)
    default_channel = models.CharField(_("channel when the file names none"), max_length=16, blank=True)
    default_language = models.CharField(_("language when the file names none"), max_length=8, blank=True)
    total_rows = models.PositiveIntegerField(_("rows"), default=0)
    good_rows = models.PositiveIntegerField(_("good rows"), default=0)
    bad_rows = models.PositiveIntegerField(_("rows with errors"), default=0)
    present_rows = models.PositiveIntegerField(_("rows already imported"), default=0)
    errors = models.JSONField(default=list, blank=True)
    next_row = models.PositiveIntegerField(default=0)
    imported_rows = models.PositiveIntegerField(_("complaints imported"), default=0)
    skipped_rows = models.PositiveIntegerField(_("rows skipped"), default=0)
    last_error = models.TextField(_("last error"), blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        verbose_name = _("import")
        verbose_name_plural = _("imports")
        constraints = [
            models.CheckConstraint(condition=Q(state__in=["uploaded", "checking", "checked", "queued", "importing",
                                                         "done", "failed"]), name="import_run_state_valid"),
        ]

    def __str__(self) -> str:
        return self.file_name


class ImportedRow(models.Model):
    """A row that became a complaint. ``key`` is unique: the same row imported again is skipped."""

    run = models.ForeignKey(ImportRun, on_delete=models.CASCADE, related_name="imported")
    row = models.PositiveIntegerField()
    key = models.CharField(max_length=80, unique=True)
    complaint = models.OneToOneField("complaints.Complaint", on_delete=models.CASCADE, related_name="imported_row")

    class Meta:
        ordering = ["run", "row"]

    def __str__(self) -> str:
        return self.key
