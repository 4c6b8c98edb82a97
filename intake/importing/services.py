"""Writes of the import: upload, mapping, dry run, and the import itself in batches.

Historical complaints keep their dates, status, validity and resolution; they get tracking
numbers, one timeline entry and one audit record each, and no e-mail of any kind: the
registration service (which acknowledges, routes and notifies) is not called, only its checks.
"""

from pathlib import PurePath

from django.core.files.uploadedfile import UploadedFile
from django.db import transaction
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from accounts.models import User
from complaintdesk.errors import DomainError, PermissionDenied
from complaints.choices import Channel

from .checking import Defaults
from .columns import REQUIRED, TARGETS_BY_KEY, mapping_guess
from .models import ImportRun
from .reading import UnreadableFile, file_kind, table_read

IMPORT_MAX_BYTES = 50 * 1024 * 1024  # about 200,000 rows of a typical export
UNREADABLE = {
    "extension": gettext_lazy("Upload a CSV or XLSX file."),
    "empty": gettext_lazy("The file is empty."),
    "no_header": gettext_lazy("The first row must name the columns."),
    "csv": gettext_lazy("The file could not be read as CSV."),
    "xlsx": gettext_lazy("The file could not be read as an XLSX workbook."),
}


def import_permission_require(*, user: User) -> None:
    """Only QMS and administrators import: historical complaints land in every department."""
    if not (user.is_active and user.sees_everything):
        raise PermissionDenied(_("Only quality management and administrators may import complaints."))


def unreadable_message(reason: str) -> str:
    return str(UNREADABLE[reason])


@transaction.atomic(durable=True)
def import_upload(*, user: User, upload: UploadedFile) -> ImportRun:
    """Keep the file and guess its mapping from the headers. Refuses what cannot be read."""
    import_permission_require(user=user)
    name = PurePath(upload.name or "import.csv").name[:255]
    if upload.size > IMPORT_MAX_BYTES:
        raise DomainError(_("“%(name)s” is %(size)s; the limit is %(limit)s.") % {
            "name": name, "size": filesizeformat(upload.size), "limit": filesizeformat(IMPORT_MAX_BYTES)},
            code="file_size")
    try:
        file_kind(name)
        headers = table_read(data=upload.read(), name=name).headers
    except UnreadableFile as exc:
        raise DomainError(unreadable_message(exc.reason), code="unreadable") from None
    upload.seek(0)
    run = ImportRun(file_name=name, created_by=user, created_at=timezone.now(), headers=headers,
                    mapping=mapping_guess(headers), default_channel=Channel.PHONE,
                    default_language=(user.language or "ru")[:8])
    run.file.save(name, upload, save=False)
    run.save()
    return run


def mapping_check(*, headers: list[str], mapping: list[str]) -> None:
    if len(mapping) != len(headers) or any(key and key not in TARGETS_BY_KEY for key in mapping):
        raise DomainError(_("The mapping does not fit the file's columns."), code="mapping")
    chosen = [key for key in mapping if key]
    twice = sorted({key for key in chosen if chosen.count(key) > 1})
    if twice:
        raise DomainError(_("Each field can come from one column only: %(fields)s.") % {
            "fields": ", ".join(str(TARGETS_BY_KEY[key].label) for key in twice)}, code="mapping_twice")
    missing = [key for key in REQUIRED if key not in chosen]
    if missing:
        raise DomainError(_("Choose the columns of: %(fields)s.") % {
            "fields": ", ".join(str(TARGETS_BY_KEY[key].label) for key in missing)}, code="mapping_missing")


@transaction.atomic(durable=True)
def import_mapping_save(*, run: ImportRun, user: User, mapping: list[str], default_channel: str,
                        default_language: str) -> ImportRun:
    """Keep the mapping; the dry run must be done again before importing."""
    import_permission_require(user=user)
    run_editable_require(run)
    mapping_check(headers=run.headers, mapping=mapping)
    run.mapping, run.default_channel, run.default_language = mapping, default_channel, default_language.lower()
    run.state = ImportRun.State.UPLOADED
    run.save(update_fields=["mapping", "default_channel", "default_language", "state", "updated_at"])
    return run


def run_editable_require(run: ImportRun, *, checking: bool = False) -> None:
    """Refuse to change or check a run whose import has started (or, unless ``checking``, is being checked)."""
    allowed = (ImportRun.State.UPLOADED, ImportRun.State.CHECKED, *([ImportRun.State.CHECKING] if checking else []))
    if run.state not in allowed:
        raise DomainError(_("This import has started: its mapping can no longer change."), code="started")


def run_defaults(run: ImportRun, default_department: int | None) -> Defaults:
    return Defaults(channel=run.default_channel or Channel.PHONE, language=run.default_language or "ru",
                    department=default_department)

