"""The embedded PostgreSQL restarts over a stale pid file left by a killed server."""

from portal import embedded_db


def test_a_pid_file_naming_no_postgres_process_is_removed(tmp_path, monkeypatch):
    monkeypatch.setattr(embedded_db, "PGDATA", tmp_path)
    pid_file = tmp_path / "postmaster.pid"
    pid_file.write_text(f"1\n{tmp_path}\n1700000000\n5432\n{tmp_path}\n\n0 0\nready\n")
    embedded_db._remove_stale_pid_file()
    assert not pid_file.exists()


def test_the_running_servers_pid_file_is_kept():
    pid_file = embedded_db.PGDATA / "postmaster.pid"
    before = pid_file.read_text()
    embedded_db._remove_stale_pid_file()
    assert pid_file.read_text() == before
