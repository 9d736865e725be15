"""SPARQL servers started on loopback, to test and measure the remote store.

``OxigraphServer`` runs ``oxigraph serve`` from the ``oxigraph`` PyPI package;
``VirtuosoServer`` runs Debian's ``virtuoso-t`` with a throw-away database
that lets anonymous loopback clients write (tests only: never expose it).
"""
from __future__ import annotations

import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

from kg.store import Store, open_store

START_TIMEOUT = 60.0


def free_port() -> int:
    """A TCP port nobody listens on right now."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class LocalServer:
    """One server process on 127.0.0.1 keeping its data in ``folder``: start, stop, kill, restart."""

    name = "server"

    def __init__(self, folder: Path, port: int | None = None):
        self.folder = Path(folder)
        self.port = port or free_port()
        self.process: subprocess.Popen | None = None

    # What each server says differently --------------------------------------
    @classmethod
    def binary(cls) -> str | None:
        raise NotImplementedError

    def command(self) -> list[str]:
        raise NotImplementedError

    @property
    def url(self) -> str:
        """The ``--store`` value for this server."""
        raise NotImplementedError

    def open(self, **options: object) -> Store:
        """A store talking to this server."""
        return open_store(self.url, **options)  # type: ignore[arg-type]

    def prepare(self) -> None:
        """Whatever the folder needs before the first start."""

    def configure(self) -> None:
        """Whatever the running server needs before clients come."""

    # Shared ------------------------------------------------------------------
    @classmethod
    def available(cls) -> bool:
        return cls.binary() is not None

    def start(self) -> LocalServer:
        self.folder.mkdir(parents=True, exist_ok=True)
        self.prepare()
        log = open(self.folder / f"{self.name}.log", "ab")  # noqa: SIM115 - lives as long as the process
        self.process = subprocess.Popen(self.command(), stdout=log, stderr=subprocess.STDOUT,
                                        stdin=subprocess.DEVNULL, cwd=self.folder)
        log.close()
        self.wait_until_ready()
        self.configure()
        return self

    def wait_until_ready(self) -> None:
        """Poll with an ASK query until the server answers (or its process dies)."""
        deadline = time.monotonic() + START_TIMEOUT
        while time.monotonic() < deadline:
            assert self.process is not None
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with {self.process.returncode}; "
                                   f"see {self.folder / f'{self.name}.log'}")
            try:
                with self.open(read_only=True) as store:
                    store.raw_query("ASK {}")
                return
            except Exception:  # noqa: BLE001 - not up yet
                time.sleep(0.2)
        raise RuntimeError(f"{self.name} did not answer at {self.url} within {START_TIMEOUT:g} s")

    def stop(self) -> None:
        """Terminate and wait: the server shuts down cleanly."""
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(30)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    def kill(self) -> None:
        """SIGKILL, as a crash would: no chance to finish anything."""
        if self.process and self.process.poll() is None:
            self.process.kill()
            self.process.wait()

    def __enter__(self) -> LocalServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()


class OxigraphServer(LocalServer):
    """``oxigraph serve --location FOLDER/data --bind 127.0.0.1:PORT``."""

    name = "oxigraph"

    @classmethod
    def binary(cls) -> str | None:
        beside_python = Path(sys.executable).with_name("oxigraph")
        return str(beside_python) if beside_python.exists() else shutil.which("oxigraph")

    def command(self) -> list[str]:
        return [str(self.binary()), "serve", "--location", str(self.folder / "data"),
                "--bind", f"127.0.0.1:{self.port}"]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"


VIRTUOSO_INI = """\
[Database]
DatabaseFile = {folder}/virtuoso.db
ErrorLogFile = {folder}/virtuoso.log
LockFile = {folder}/virtuoso.lck
TransactionFile = {folder}/virtuoso.trx
xa_persistent_file = {folder}/virtuoso.pxa
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {folder}/virtuoso-temp.db
TransactionFile = {folder}/virtuoso-temp.trx

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
DirsAllowed = ., {folder}

[HTTPServer]
ServerPort = 127.0.0.1:{port}
ServerRoot = {folder}
MaxClientConnections = 4
ServerThreads = 4

[SPARQL]
ResultSetMaxRows = 10000000
MaxQueryExecutionTime = 300
"""

# Anonymous SPARQL clients (the "SPARQL" SQL user, "nobody" for graphs) may write.
VIRTUOSO_GRANTS = 'GRANT SPARQL_UPDATE TO "SPARQL"; DB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);'


class VirtuosoServer(LocalServer):
    """Debian's ``virtuoso-t`` in the foreground with its database in FOLDER."""

    name = "virtuoso"

    def __init__(self, folder: Path, port: int | None = None):
        super().__init__(folder, port)
        self.sql_port = free_port()

    @classmethod
    def binary(cls) -> str | None:
        return shutil.which("virtuoso-t")

    def command(self) -> list[str]:
        return [str(self.binary()), "+foreground", "+configfile", str(self.folder / "virtuoso.ini")]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}/sparql"

    def open(self, **options: object) -> Store:
        return open_store(self.url, gsp_url=f"http://127.0.0.1:{self.port}/sparql-graph-crud",
                          **options)  # type: ignore[arg-type]

    def prepare(self) -> None:
        ini = VIRTUOSO_INI.format(folder=self.folder, port=self.port, sql_port=self.sql_port)
        (self.folder / "virtuoso.ini").write_text(ini, encoding="utf-8")

    def configure(self) -> None:
        isql = shutil.which("isql-vt") or shutil.which("isql")
        if isql is None:
            raise RuntimeError("virtuoso-t is installed but not its isql client")
        subprocess.run([isql, f"127.0.0.1:{self.sql_port}", "dba", "dba", f"exec={VIRTUOSO_GRANTS}"],
                       check=True, capture_output=True, timeout=60)


SERVERS: dict[str, type[LocalServer]] = {"oxigraph": OxigraphServer, "virtuoso": VirtuosoServer}
