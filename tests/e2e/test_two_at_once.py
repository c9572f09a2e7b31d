"""Two copies of the program on one database file, as two staff on a shared folder:
every edit is either saved or refused as a conflict — none is lost, none is saved
over another — and nobody is told the database is locked unless the other copy
holds it for very long."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from secretariat.store import ClusterDatabase, sqlite
from secretariat.store.errors import LockedFileError

RECORDS = 3

# One copy of the program: read a record as the form shows it, type a little, save
# with the version read — as the record page does — and note what happened. The
# first edit of both copies is made on the first record as both read it before they
# start (so one of the two is refused, however the machine schedules them); the
# others on records chosen at random, with a random pause between reading and saving.
WORKER = """
import json, random, sys, time
from pathlib import Path
from secretariat.store import ClusterDatabase, ConflictError

path, who, edits, go = sys.argv[1], sys.argv[2], int(sys.argv[3]), Path(sys.argv[4])
rng = random.Random(who)
db = ClusterDatabase.open(path, create=False, staff=who)
ids = [row["id"] for row in db.organisations.list(sort="id")]
first = db.organisations.get(ids[0])
print("ready", flush=True)
while not go.exists():
    time.sleep(0.001)
log = []
for number in range(edits):
    if number == 0:
        record_id, record = ids[0], first
    else:
        record_id = rng.choice(ids)
        record = db.organisations.get(record_id)
        time.sleep(rng.random() * 0.002)
    token = f"{who}.{number}"
    notes = ((record["description"] or "") + " " + token).strip()
    try:
        db.organisations.update(record_id, record["version"], {"description": notes})
        outcome = "saved"
    except ConflictError:
        outcome = "conflict"
    log.append([token, record_id, record["version"], outcome])
mode = db.execute("PRAGMA journal_mode").fetchone()[0]
db.close()
print(json.dumps({"journal_mode": mode, "log": log}))
"""


def run_two_copies(path: Path, tmp_path: Path, edits_each: int) -> dict[str, dict]:
    go = tmp_path / "go"
    copies = {
        who: subprocess.Popen(
            [sys.executable, "-c", WORKER, str(path), who, str(edits_each), str(go)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("anna", "ben")
    }
    try:
        for copy in copies.values():
            assert copy.stdout.readline() == "ready\n", copy.stderr.read()
        go.touch()  # both start editing at once
        outputs = {who: copy.communicate(timeout=240) for who, copy in copies.items()}
    finally:
        for copy in copies.values():
            if copy.poll() is None:
                copy.kill()
                copy.wait()
    results = {}
    for who, (out, err) in outputs.items():
        assert copies[who].returncode == 0, err  # no "database is locked", no traceback
        results[who] = json.loads(out)
    return results


@pytest.mark.parametrize(
    ("network_share", "edits_each"),
    # on a network share every commit waits for the disk several times: fewer edits
    [(False, 500), (True, 100)],
    ids=["local", "network-share"],
)
def test_interleaved_edits_are_each_saved_or_refused(
    tmp_path, monkeypatch, network_share, edits_each
):
    """A thousand edits by two copies of the program (two hundred on a network share,
    where the rollback journal is used instead of the write-ahead log)."""
    if network_share:
        monkeypatch.setenv(sqlite.NETWORK_SHARE_ENV, "1")
    else:
        monkeypatch.delenv(sqlite.NETWORK_SHARE_ENV, raising=False)
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path, staff="setup") as db:
        for number in range(RECORDS):
            db.organisations.create({"name": f"Gemeinsam {number} GmbH"})

    results = run_two_copies(path, tmp_path, edits_each)

    expected_mode = "delete" if network_share else "wal"
    assert {result["journal_mode"] for result in results.values()} == {expected_mode}
    attempts = [entry for result in results.values() for entry in result["log"]]
    assert len(attempts) == 2 * edits_each
    saved = {
        token: (record_id, version) for token, record_id, version, o in attempts if o == "saved"
    }
    refused = {token for token, _, _, outcome in attempts if outcome == "conflict"}
    assert len(saved) + len(refused) == 2 * edits_each
    for who in results:  # both copies saved edits...
        assert any(token.startswith(f"{who}.") for token in saved)
    assert refused, "...and edits made on what the other had changed meanwhile were refused"
    firsts = [outcome for token, _, _, outcome in attempts if token.endswith(".0")]
    assert sorted(firsts) == ["conflict", "saved"]  # the same version, edited by both

    with ClusterDatabase.open(path, create=False) as db:
        assert not sqlite.integrity_problems(db._conn)
        audited = []
        for record in db.organisations.list(sort="id"):
            entries = db.audit_entries("organisations", record["id"], limit=10_000)[::-1]
            updates = [entry for entry in entries if entry["action"] == "update"]
            previous = None
            chain = []
            for entry in updates:  # each change starts from the one before: none overwritten
                before, after = json.loads(entry["changes"])["description"]
                assert before == previous
                token = after.split()[-1]
                assert after.split()[:-1] == chain
                assert entry["staff"] == token.split(".")[0]
                chain.append(token)
                previous = after
            final = (record["description"] or "").split()
            assert final == chain, "the record holds every saved edit, in order"
            assert record["version"] == 1 + len(chain)
            # the n-th saved edit of a record was made on the version it had then
            assert [saved[token] for token in chain] == [
                (record["id"], version) for version in range(1, len(chain) + 1)
            ]
            audited.extend(chain)
    assert sorted(audited) == sorted(saved), "every saved edit is in the audit trail"
    assert not refused & set(audited), "no refused edit was saved"


HOLDER = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE organisations SET city = 'Essen'")
print("holding", flush=True)
if sys.argv[2] == "until-told":
    sys.stdin.readline()
else:
    time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def hold_the_lock(path: Path, how_long: str) -> subprocess.Popen:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path), how_long],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout.readline() == "holding\n"
    return holder


def test_a_save_waits_while_another_copy_writes(tmp_path, monkeypatch):
    monkeypatch.setenv(sqlite.LOCK_WAIT_ENV, "30")
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        record = db.organisations.create({"name": "Wartend GmbH"})
        holder = hold_the_lock(path, "0.5")
        try:
            saved = db.organisations.update(
                record["id"], record["version"], {"phone": "0201 123456"}
            )
        finally:
            holder.wait(timeout=30)
        assert saved["phone"] == "+49201123456"
        assert db.organisations.get(record["id"])["city"] == "Essen", "the other's write stays"


def test_a_lock_held_for_very_long_is_explained_and_nothing_is_lost(tmp_path, monkeypatch):
    monkeypatch.setenv(sqlite.LOCK_WAIT_ENV, "0.3")
    path = tmp_path / "cluster.sqlite3"
    with ClusterDatabase.open(path) as db:
        record = db.organisations.create({"name": "Geduldig GmbH"})
        holder = hold_the_lock(path, "until-told")
        try:
            with pytest.raises(LockedFileError) as caught:
                db.organisations.update(record["id"], record["version"], {"phone": "0201 234567"})
        finally:
            holder.stdin.write("done\n")
            holder.stdin.close()
            holder.wait(timeout=30)
        assert caught.value.message == (
            f"The database “{path}” is busy: another copy of Secretariat (a colleague, or "
            "another window) has been saving to it for more than 0.3 seconds."
        )
        assert caught.value.hint == "Nothing was lost. Wait a little, then try again."
        assert "locked" not in str(caught.value)
        current = db.organisations.get(record["id"])
        assert current["phone"] is None and current["city"] == "Essen"
        again = db.organisations.update(current["id"], current["version"], {"phone": "0201 234567"})
        assert again["phone"] == "+49201234567"
