"""PostgreSQL as Django's own backend, with a health check that costs no round trip when there is no doubt.

Django checks a kept connection with ``SELECT 1`` before the first query of every request
(``CONN_HEALTH_CHECKS``): on the public form that was one round trip in seven. A connection the
server has closed — a restart, an idle timeout, an administrator's ``pg_terminate_backend`` —
has something to read on its socket (the server's last message, or the end of the stream), while
a live idle connection has nothing. So the socket is looked at first; only when something is
waiting, or the connection is already known bad, is the real ``SELECT 1`` asked.
"""

import select

from django.db.backends.postgresql.base import DatabaseWrapper as PostgreSQLDatabaseWrapper
from psycopg import pq


class DatabaseWrapper(PostgreSQLDatabaseWrapper):
    def close_if_health_check_failed(self) -> None:
        if (self.connection is not None and self.health_check_enabled and not self.health_check_done
                and not self.pool and connection_quiet(self.connection.pgconn)):
            self.health_check_done = True
            return
        super().close_if_health_check_failed()


def connection_quiet(pgconn: pq.abc.PGconn) -> bool:
    """Whether an idle connection is open with nothing unasked for waiting to be read."""
    if pgconn.status != pq.ConnStatus.OK or pgconn.transaction_status != pq.TransactionStatus.IDLE:
        return False
    readable, _, _ = select.select([pgconn.socket], [], [], 0)
    return not readable
