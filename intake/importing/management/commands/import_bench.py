"""``complaintdesk import_bench``: rows per second of a dry run, an import and an export (issue 5)."""

import csv
import io
import random
import time
import uuid
from datetime import datetime, timedelta

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.db import connection

from accounts.models import User
from complaints.selectors import QueueFilters, complaint_list_for_export
from intake.importing.dry_run import import_dry_run
from intake.importing.execute import import_execute_or_mark, import_start
from intake.importing.export import csv_lines
from intake.importing.models import ImportRun
from intake.importing.services import import_upload
from routing.models import Department

HEADER = ["№", "Дата", "Клиент", "Контактное лицо", "Телефон", "E-mail", "Описание", "Статус", "Дата закрытия",
          "Обоснованность", "Решение", "Отдел"]
STATUSES = [("Закрыта", "Обоснованная"), ("Закрыта", "Необоснованная"), ("Новая", ""), ("В работе", "")]


def generated_csv(*, rows: int, departments: list[str], seed: int) -> bytes:
    """A Windows-1251, semicolon-separated export of ``rows`` complaints of the last three years."""
    rng, batch = random.Random(seed), uuid.uuid4().hex[:8]
    start = datetime(2023, 1, 2, 9, 0)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, delimiter=";")
    writer.writerow(HEADER)
    for n in range(1, rows + 1):
        registered = start + timedelta(minutes=rng.randrange(0, 3 * 365 * 24 * 60))
        status, validity = rng.choice(STATUSES)
        closed = (registered + timedelta(days=rng.randrange(1, 10))).strftime("%d.%m.%Y") if status == "Закрыта" else ""
        writer.writerow([f"B{batch}-{n:06d}", registered.strftime("%d.%m.%Y %H:%M"), f"ООО Ромашка {rng.randrange(500)}",
                         f"Иван Петров {n}", f"+7 495 {rng.randrange(100, 999)} {rng.randrange(10, 99)} {n % 100:02d}",
                         f"client{n}@example.com", f"Не пришла поставка по заказу {n}; клиент недоволен сроками.",
                         status, closed, validity, "Поставку довезли." if closed else "", rng.choice(departments)])
    return buffer.getvalue().encode("cp1251")


class Command(BaseCommand):
    help = ("Generate a CSV of --rows historical complaints (Windows-1251, ';'), then time its dry run, its import "
            "(in batches, as the worker does) and a CSV export of the imported rows, on the current database. "
            "Writes the complaints: run it on a database made for measuring.")

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--rows", type=int, default=10_000)
        parser.add_argument("--seed", type=int, default=1)

    def handle(self, *args, rows: int, seed: int, **options) -> None:
        user = User.objects.filter(role__in=[User.Role.QMS, User.Role.ADMIN], is_active=True).first()
        user = user or User.objects.create_user(username=f"import-bench-{uuid.uuid4().hex[:6]}", role=User.Role.QMS)
        departments = list(Department.objects.filter(is_active=True).values_list("code", flat=True))
        if not departments:
            raise CommandError("No department: run `complaintdesk demo` or create one first.")
        data = generated_csv(rows=rows, departments=departments, seed=seed)
        self.stdout.write(f"{connection.vendor}: {rows} rows, {len(data) / 1e6:.1f} MB CSV")
        run = import_upload(user=user, upload=SimpleUploadedFile("bench.csv", data))
        run = self.timed("dry run", rows, lambda: import_dry_run(run=run, user=user))
        if run.bad_rows:
            self.stdout.write(f"  {run.bad_rows} bad rows, first: {run.errors[:1]}")

        def import_all() -> ImportRun:
            started = import_start(run=run, user=user)  # queued above the inline threshold: run it here
            return started if started.state == ImportRun.State.DONE else import_execute_or_mark(run_id=run.pk)

        run = self.timed("import", rows, import_all)
        self.stdout.write(f"  imported {run.imported_rows}, skipped {run.skipped_rows}")
        imported = QueueFilters(search="")
        self.timed("export (CSV, all visible)", None, lambda: sum(
            1 for _line in csv_lines(complaint_list_for_export(user=user, filters=imported))))

    def timed(self, name: str, rows: int | None, work):
        began = time.perf_counter()
        result = work()
        seconds = time.perf_counter() - began
        count = rows if rows is not None else result - 1
        self.stdout.write(f"{name:<28} {count:>8} rows {seconds:>8.2f} s {count / seconds:>10.0f} rows/s")
        return result
