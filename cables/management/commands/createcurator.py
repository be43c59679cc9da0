"""`manage.py createcurator USERNAME`: an account that curates the corpus in the admin.

A curator is a staff user in the `curator` group (created by a migration): it can
edit, hide, redact and merge, but not manage users. An existing user is made a
curator. The password is asked for on a terminal; elsewhere the account has
none until `manage.py changepassword USERNAME` sets one.
"""

from __future__ import annotations

import getpass
import sys

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError

GROUP = "curator"


class Command(BaseCommand):
    help = (
        "Create a curator account (staff, in the curator group: curates the corpus in "
        "the admin, cannot manage users), or make an existing user a curator."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")
        parser.add_argument("--email", default="", help="The curator's email address.")
        parser.add_argument(
            "--no-input",
            action="store_true",
            help="Ask for no password: set it later with `manage.py changepassword`.",
        )

    def handle(self, *args, username: str, email: str, no_input: bool, **options):
        group = Group.objects.filter(name=GROUP).first()
        if group is None:
            raise CommandError("There is no curator group: run `manage.py migrate` first.")
        user = get_user_model().objects.filter(username=username).first()
        created = user is None
        if user is None:
            user = get_user_model()(username=username, email=email)
            password = None if no_input else self._ask_password(user)
            if password:
                user.set_password(password)
            else:
                user.set_unusable_password()
        user.is_staff = True
        user.save()
        user.groups.add(group)
        what = "created" if created else "is now a curator"
        self.stdout.write(self.style.SUCCESS(f"Curator {username} {what}."))
        if not user.has_usable_password():
            self.stdout.write(f"Set a password with: manage.py changepassword {username}")

    def _ask_password(self, user) -> str | None:
        if not sys.stdin.isatty():
            return None
        for _ in range(3):
            password = getpass.getpass("Password: ")
            if password != getpass.getpass("Password (again): "):
                self.stderr.write("The passwords differ.")
                continue
            try:
                validate_password(password, user)
            except ValidationError as error:
                self.stderr.write(" ".join(error.messages))
                continue
            return password
        raise CommandError("No password set: try again, or use --no-input.")
