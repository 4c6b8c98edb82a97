"""Files customers and employees attach: checked against the limits before anything is saved."""

import mimetypes
from pathlib import PurePath

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from complaints.models import Attachment, Complaint

MAX_FILES = 5


def attachments_check(files: list[UploadedFile]) -> None:
    """Refuse the whole set if one file is too large or of a type not allowed."""
    if len(files) > MAX_FILES:
        raise ValidationError(
            ngettext("Attach at most %(n)d file.", "Attach at most %(n)d files.", MAX_FILES) % {"n": MAX_FILES},
            code="too_many_files",
        )
    allowed = {ext.lower().lstrip(".") for ext in settings.COMPLAINTDESK_ATTACHMENT_EXTENSIONS}
    limit = settings.COMPLAINTDESK_ATTACHMENT_MAX_BYTES
    for upload in files:
        extension = PurePath(upload.name or "").suffix.lower().lstrip(".")
        if extension not in allowed:
            raise ValidationError(
                _("“%(name)s” is a kind of file we do not accept. Allowed: %(allowed)s.")
                % {"name": upload.name, "allowed": ", ".join(sorted(allowed))},
                code="file_type",
            )
        if upload.size > limit:
            raise ValidationError(
                _("“%(name)s” is %(size)s; the limit is %(limit)s.")
                % {"name": upload.name, "size": filesizeformat(upload.size), "limit": filesizeformat(limit)},
                code="file_size",
            )


def attachment_store(*, complaint: Complaint, upload: UploadedFile) -> Attachment:
    name = PurePath(upload.name or "file").name[:255]
    content_type = mimetypes.guess_type(name)[0] or "application/octet-stream"
    attachment = Attachment(complaint=complaint, name=name, content_type=content_type, size=upload.size,
                            created_at=timezone.now())
    attachment.file.save(name, upload, save=False)
    attachment.save()
    return attachment
