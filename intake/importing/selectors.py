"""Reads of the import: what names the files may use for departments and categories, and past imports."""

from itertools import islice

from django.db.models import QuerySet
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from accounts.models import User
from complaintdesk.errors import NotFound
from complaints.choices import CategoryDimension
from complaints.models import Category, Complaint
from routing.models import Department

from .columns import header_normalize
from .models import ImportedRow, ImportRun
from .reading import Table, table_read
from .rows import Lookups
from .values import cell_text


def names_to_ids(rows: QuerySet) -> dict[str, int]:
    """Each row's code and names in every language, normalized, to its id; codes win over names."""
    ids: dict[str, int] = {}
    rows = list(rows.values("pk", "code", "name_en", "name_ru", "name_ka"))
    for row in rows:
        for name in (row["name_en"], row["name_ru"], row["name_ka"]):
            if name:
                ids.setdefault(header_normalize(name), row["pk"])
    ids.update({header_normalize(row["code"]): row["pk"] for row in rows})
    return ids


def import_lookups() -> Lookups:
    categories = Category.objects.order_by("id")
    default = Department.objects.filter(is_active=True, receives_unrouted=True).order_by("code").first()
    return Lookups(
        zone=timezone.get_default_timezone(),
        departments=names_to_ids(Department.objects.order_by("id")),
        causes=names_to_ids(categories.filter(dimension=CategoryDimension.CAUSE)),
        subjects=names_to_ids(categories.filter(dimension=CategoryDimension.SUBJECT)),
        default_department=default.pk if default else None,
    )


def import_run_list(*, user: User) -> QuerySet[ImportRun]:
    return ImportRun.objects.select_related("created_by").order_by("-created_at", "-id")


def import_run_access(*, user: User, run_id: int) -> ImportRun:
    """The import ``run_id`` for someone who may import; missing and forbidden look alike."""
    run = ImportRun.objects.select_related("created_by").filter(pk=run_id).first() if user.sees_everything else None
    if run is None:
        raise NotFound(_("No such import was found."))
    return run


def keys_already_imported(*, keys: list[str], references: list[str]) -> set[str]:
    """Of ``keys``, those imported before; of ``references``, those that are our own tracking numbers.

    A file exported from complaintdesk names its complaints by tracking number: they are here already.
    """
    found = set(ImportedRow.objects.filter(key__in=keys).values_list("key", flat=True))
    upper = [reference.strip().upper() for reference in references if reference]
    if upper:
        found |= set(Complaint.objects.filter(tracking_number__in=upper).values_list("tracking_number", flat=True))
    return found


def import_samples(*, run: ImportRun, count: int = 3) -> list[list[str]]:
    """The first rows of the file as text, to show beside the mapping."""
    rows = run_table(run).rows
    return [[cell_text(cell) for cell in cells] for _number, cells in islice(rows, count)]


def run_table(run: ImportRun) -> Table:
    """The run's stored file, read again from the start."""
    with run.file.open("rb") as stored:
        data = stored.read()
    return table_read(data=data, name=run.file_name)
