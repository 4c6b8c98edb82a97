"""``complaintdesk demo``: a ready demo company, and the logins to try each role with."""

import sys

from django.core.management.base import BaseCommand, CommandParser
from tqdm import tqdm

from accounts.models import User
from complaintdesk.seeding.catalogue import DEPARTMENTS
from complaintdesk.seeding.services import demo_ensure


class Command(BaseCommand):
    help = (
        "Create, where missing, the demo departments, both category trees and one login per role, then seed "
        "demo complaints (through the seeder: no audit records for the seeded history) unless complaints "
        "exist already. Prints the demo logins. Safe to run again."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--count", type=int, default=300, help="demo complaints to seed into an empty database")
        parser.add_argument("--seed", type=int, default=42, help="random seed for the demo complaints")

    def handle(self, *args, count: int, seed: int, **options) -> None:
        with tqdm(total=count, unit=" complaints", disable=options["verbosity"] == 0, file=sys.stderr,
                  leave=False) as bar:
            result = demo_ensure(count=count, seed=seed, progress=bar.update)
        if result.seeded:
            self.stdout.write(f"Seeded {result.seeded.complaints} demo complaints.")
        else:
            self.stdout.write("Complaints exist already: none seeded.")
        self.stdout.write("")
        self.stdout.write(self.style.SUCCESS("Demo logins (username / password / role / department):"))
        rows = [(login.username, login.password, str(User.Role(login.role).label),
                 DEPARTMENTS[login.department][0] if login.department else "—", created)
                for login, created in result.logins]
        widths = [max(len(row[i]) for row in rows) for i in range(4)]
        for *cells, created in rows:
            line = "  ".join(cell.ljust(width) for cell, width in zip(cells, widths, strict=True))
            self.stdout.write(f"  {line}{'' if created else '  (existed already)'}".rstrip())
