"""The README is a contract: each command it shows runs as written, from a new shell.

A new shell has no SECRET_KEY and is not inside make. Each `manage.py` command runs
in a child process on a terminal (some ask questions), with no SECRET_KEY in its
environment and only DATABASE_URL pointing at the test database; each `curl` runs
against a live server of the test database. What the test changes in a command is
said where it does it: the placeholders (PATH, USERNAME), the demo's sizes, and the
server's address. The make and docker commands are run by CI and the fresh-clone
check (make) or need a Docker daemon: here they are only checked to exist.
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess

import pexpect
import pytest

from cables.entities import key_of
from tests.factories import REPO, database_url_for_subprocess, make_cable, write_cable
from tests.matching import find

README = (REPO / "README.md").read_text()
MAKEFILE = (REPO / "Makefile").read_text()
PASSWORD = "a-long-readme-password-1"


def readme_commands() -> list[str]:
    """Every command of the README's ```sh blocks, continuation lines joined."""
    commands = []
    for block in re.findall(r"```sh\n(.*?)```", README, flags=re.S):
        for line in block.replace("\\\n", " ").splitlines():
            line = re.sub(r"\s+#\s.*$", "", line).strip()  # a trailing comment
            if line and not line.startswith("#"):
                commands.append(re.sub(r"\s+", " ", line))
    return commands


def kind_of(command: str) -> str:
    words = shlex.split(command)
    while words and re.fullmatch(r"[A-Z_]+=.*", words[0]):  # VAR=value make ...
        words = words[1:]
    if words[:2] == [".venv/bin/python", "manage.py"]:
        return "manage.py"
    return words[0] if words else ""


COMMANDS = readme_commands()
# The synthetic corpus's two commands run together, the second reading what the first wrote.
GENERATED = [c for c in COMMANDS if "/tmp/cables" in c]


def test_the_readme_shows_commands_of_known_kinds_only():
    kinds = {kind_of(command) for command in COMMANDS}
    assert kinds <= {"make", "manage.py", "curl", "docker"}, kinds
    assert {"make", "manage.py", "curl"} <= kinds


@pytest.mark.parametrize("command", [c for c in COMMANDS if kind_of(c) == "make"], ids=lambda c: c)
def test_each_make_command_of_the_readme_is_a_target(command):
    target = shlex.split(command)[-1]
    assert re.search(rf"^{re.escape(target)}:", MAKEFILE, flags=re.M)


@pytest.fixture
def readme_data(tmp_path):
    """What the README's commands name: cables 07MOSCOW2150 and 09MOSCOW4793, entity 42, a
    cable file, the curator group (a migration makes it; a transactional test's flush empties
    it)."""
    from django.contrib.auth.models import Group

    from cables.models import Entity

    Group.objects.get_or_create(name="curator")
    name = "Mariam Javakhidze"  # a person of the demo corpus, as the README's search
    Entity.objects.create(pk=42, name=name, kind="person", key=key_of("person", name.lower()))
    make_cable("07MOSCOW2150", tags=["PREL", "ENRG"], entities=[(name, "person")])
    make_cable(
        "08MOSCOW100", tags=["PREL", "ENRG"], paragraphs=["The gas pipeline deal with Gazprom."]
    )
    make_cable("09MOSCOW4793", references=["07MOSCOW2150", "08MOSCOW100"])  # its citation map
    return write_cable(tmp_path / "cable.txt", "09ROME100", subject="A CABLE OF OUR OWN")


def new_shell_environment() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in {"SECRET_KEY", "MAKEFLAGS", "MAKELEVEL"}}
    return {**env, "DATABASE_URL": database_url_for_subprocess(), "TERM": "dumb"}


def run_in_terminal(command: str, answers: dict[str, str] | None = None) -> tuple[int | None, str]:
    """Run `command` on a pseudo-terminal, answering its prompts; (status, output).
    The status is None when a signal ended the command."""
    child: pexpect.spawn[bytes] = pexpect.spawn(
        "/bin/sh", ["-c", command], cwd=str(REPO), env=new_shell_environment(), timeout=120
    )
    output = []
    answers = answers or {}
    prompts = list(answers)
    while True:
        index = child.expect([*map(re.escape, prompts), pexpect.EOF])
        assert child.before is not None  # what came before the prompt or the end
        output.append(child.before.decode(errors="replace"))
        if index == len(prompts):
            break
        child.sendline(answers[prompts[index]])
    child.close()
    return child.exitstatus, "".join(output)


# The questions the interactive commands ask, and what a new administrator answers.
ANSWERS = {
    "Username": "readme-admin",
    "Email address: ": "admin@example.org",
    "Password: ": PASSWORD,
    "Password (again): ": PASSWORD,
}


@pytest.mark.django_db(transaction=True)
@pytest.mark.parametrize(
    "command",
    [c for c in COMMANDS if kind_of(c) == "manage.py" and c not in GENERATED],
    ids=lambda c: c,
)
def test_each_manage_py_command_of_the_readme_works_from_a_new_shell(
    command, readme_data, tmp_path
):
    from django.contrib.auth import get_user_model

    from cables.models import Cable

    runnable = command.replace("PATH [PATH ...]", str(readme_data)).replace(
        "USERNAME", "readme-curator"
    )
    answers = {"Password: ": PASSWORD, "Password (again): ": PASSWORD}
    if "createsuperuser" in command:
        answers = ANSWERS
    status, output = run_in_terminal(runnable, answers)
    assert "ImproperlyConfigured" not in output
    assert status == 0, output
    if " ingest " in command and "PATH" in command:
        assert Cable.objects.filter(reference_id="09ROME100").exists()
    if "createsuperuser" in command:
        assert get_user_model().objects.get(username="readme-admin").is_superuser
    if "createcurator" in command:
        curator = get_user_model().objects.get(username="readme-curator")
        assert curator.check_password(PASSWORD) and curator.groups.filter(name="curator")


@pytest.mark.django_db(transaction=True)
def test_the_generated_corpus_the_readme_shows_loads_with_the_next_command(tmp_path):
    generate, load = GENERATED
    out = tmp_path / "cables"
    # The README's corpus is the full size; a few cables show the same commands work.
    for command in (generate.replace("251287", "5"), load):
        status, output = run_in_terminal(command.replace("/tmp/cables", str(out)))
        assert status == 0, output
    from cables.models import Cable

    assert Cable.objects.count() == 5


@pytest.mark.skipif(shutil.which("curl") is None, reason="curl is not installed here")
@pytest.mark.parametrize("command", [c for c in COMMANDS if kind_of(c) == "curl"], ids=lambda c: c)
def test_each_curl_command_of_the_readme_gets_an_answer(
    command, readme_data, live_server, tmp_path
):
    runnable = command.replace("http://127.0.0.1:8000", live_server.url)
    # Where it prints the page, the status goes after it; -o files land in tmp_path.
    result = subprocess.run(
        [*shlex.split(runnable), "--silent", "--show-error", "--write-out", "\n%{http_code}"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    body, _, status = result.stdout.rpartition("\n")
    assert status == "200", (status, body[:500])
    for saved in re.findall(r"-o (\S+)", command):
        assert (tmp_path / saved).stat().st_size > 0
        # The export holds cables, not only its header: the example finds some.
        assert "MOSCOW" in (tmp_path / saved).read_text(), saved


def test_the_cables_the_readme_names_are_in_the_demo_corpus_make_run_loads():
    from synthetic.management.commands.load_demo import DEMO_SEED
    from synthetic.plan import plan_cables

    named = set(re.findall(r"\b\d\d[A-Z]+\d+\b", README))
    demo_cables = int(find(r"^DEMO_CABLES \?= (\d+)$", MAKEFILE, flags=re.M)[1])
    demo_ids = {plan.reference_id for plan in plan_cables(demo_cables, DEMO_SEED)}
    assert named and named <= demo_ids, named - demo_ids
