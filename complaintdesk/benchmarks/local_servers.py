"""Servers on loopback, started and removed by the caller, for the tests and the benchmarks: a free port, waiting
for a process to listen, and real IMAP servers.

``pymap_server`` runs pymap's in-memory backend (pure Python, starts in under 2 s, the test default);
``dovecot_server`` runs Debian's dovecot in the foreground with a throw-away configuration and maildir
(a production-grade server, used by ``complaintdesk bench_mail`` when installed).
"""

import os
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from imap_tools import MailBoxUnencrypted

USER, PASSWORD = "complaints@example.com", "secret-imap-password"


@dataclass
class ImapServer:
    host: str
    port: int
    user: str = USER
    password: str = PASSWORD

    def deliver(self, *raws: bytes) -> None:
        self.deliver_all(raws)

    def deliver_all(self, raws: Iterable[bytes]) -> None:
        with MailBoxUnencrypted(self.host, self.port).login(self.user, self.password) as client:
            for raw in raws:
                client.append(raw, "INBOX", flag_set=[])

    def unseen_count(self) -> int:
        with MailBoxUnencrypted(self.host, self.port).login(self.user, self.password) as client:
            return len(client.uids("UNSEEN"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def listening_wait(*, process: subprocess.Popen, port: int, name: str) -> None:
    deadline = time.monotonic() + 15
    while True:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            if time.monotonic() > deadline or process.poll() is not None:
                process.kill()
                raise RuntimeError(f"{name} did not start") from None
            time.sleep(0.05)


@contextmanager
def process_serving(*, command: list[str], port: int, name: str) -> Iterator[ImapServer]:
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        listening_wait(process=process, port=port, name=name)
        yield ImapServer("127.0.0.1", port)
    finally:
        process.terminate()
        process.wait(timeout=10)


@contextmanager
def pymap_server() -> Iterator[ImapServer]:
    port = free_port()
    pymap = Path(sys.executable).with_name("pymap")
    with process_serving(command=[str(pymap), "--no-tls", "--host", "127.0.0.1", "--port", str(port), "dict",
                                  "--demo-user", USER, "--demo-password", PASSWORD],
                         port=port, name="pymap") as server:
        yield server


DOVECOT_CONF = """\
base_dir = {root}/run
protocols = imap
listen = 127.0.0.1
ssl = no
disable_plaintext_auth = no
auth_mechanisms = plain
first_valid_uid = 1
mail_location = maildir:{root}/mail/%u
log_path = {root}/dovecot.log
default_internal_user = {user}
default_login_user = {user}
passdb {{
  driver = static
  args = password={password}
}}
userdb {{
  driver = static
  args = uid={user} gid={group} home={root}/mail/%u
}}
service imap-login {{
  chroot =
  inet_listener imap {{
    address = 127.0.0.1
    port = {port}
  }}
}}
service anvil {{
  chroot =
}}
"""


def dovecot_available() -> bool:
    return shutil.which("dovecot", path=os.environ.get("PATH", "") + ":/usr/sbin") is not None


@contextmanager
def dovecot_server() -> Iterator[ImapServer]:
    """Debian's dovecot as the user ``dovecot`` when run as root, else as the current user."""
    import grp
    import pwd

    binary = shutil.which("dovecot", path=os.environ.get("PATH", "") + ":/usr/sbin")
    if binary is None:
        raise RuntimeError("dovecot is not installed (apt-get install dovecot-imapd)")
    user = "dovecot" if os.geteuid() == 0 else pwd.getpwuid(os.geteuid()).pw_name
    group = grp.getgrgid(pwd.getpwnam(user).pw_gid).gr_name
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="complaintdesk-dovecot-") as root:
        for folder in ("mail", "run"):
            Path(root, folder).mkdir()
        shutil.chown(Path(root, "mail"), user, group)
        os.chmod(root, 0o755)
        conf = Path(root, "dovecot.conf")
        conf.write_text(DOVECOT_CONF.format(root=root, user=user, group=group, port=port, password=PASSWORD))
        with process_serving(command=[binary, "-F", "-c", str(conf)], port=port, name="dovecot") as server:
            yield server
