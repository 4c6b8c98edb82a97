"""``complaintdesk report monthly --month YYYY-MM [--department CODE] --format pdf|xlsx|csv --output FILE``."""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils import translation
from django.utils.translation import gettext as _

from complaintdesk.errors import DomainError
from deadlines.durations import business_durations_backfill
from deadlines.selectors import deadline_rules
from reports.exports.files import RENDERERS, report_file
from reports.period import month_parse
from reports.selectors.scope import Scope
from routing.models import Department


class Command(BaseCommand):
    help = "Write a report file: the monthly quality report as on the report page, for the company or a department."

    def add_arguments(self, parser: CommandParser) -> None:
        commands = parser.add_subparsers(dest="report", required=True, title="reports")
        monthly = commands.add_parser("monthly", help="the monthly quality report")
        monthly.add_argument("--month", required=True, help="YYYY-MM")
        monthly.add_argument("--department", default="", help="a department's code; the whole company without it")
        monthly.add_argument("--format", dest="file_format", choices=sorted(RENDERERS), required=True)
        monthly.add_argument("--output", required=True, help="the file to write")
        monthly.add_argument("--language", default=settings.LANGUAGE_CODE,
                             choices=[code for code, _name in settings.LANGUAGES])
        commands.add_parser("durations", help="store the working times to first contact and to solution of "
                                              "complaints contacted or closed before they were stored")

    def handle(self, *args, report: str, **options) -> None:
        if report == "durations":
            self.stdout.write(_("Working times stored for %(n)s complaints.") % {"n": business_durations_backfill()})
            return
        self.monthly(**options)

    def monthly(self, *, month: str, department: str, file_format: str, output: str, language: str,
                **options) -> None:
        with translation.override(language):
            try:
                period = month_parse(month, deadline_rules().default.time_zone)
            except ValueError:
                raise CommandError(_("Enter the month as YYYY-MM, e.g. 2026-03.")) from None
            chosen = None
            if department:
                chosen = Department.objects.filter(code=department).first()
                if chosen is None:
                    raise CommandError(_("There is no department with the code “%(code)s”.") % {"code": department})
            try:
                exported = report_file(scope=Scope(period=period, department=chosen), file_format=file_format)
            except DomainError as exc:
                raise CommandError(str(exc.message)) from exc
            Path(output).write_bytes(exported.content)
            if options["verbosity"]:
                self.stderr.write(_("Wrote %(file)s (%(size)s bytes).") % {"file": output,
                                                                          "size": len(exported.content)})
