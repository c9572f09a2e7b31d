"""``secretariat export story`` and ``export report`` as a user runs them."""

from __future__ import annotations

import subprocess

import pytest

from secretariat.store import ClusterDatabase

from .command import one_line, secretariat


@pytest.fixture(scope="module")
def cluster(tmp_path_factory):
    path = tmp_path_factory.mktemp("pr") / "cluster.sqlite3"
    result = secretariat("demo", "--db", str(path), "--organisations", "25", "--seed", "2")
    assert result.returncode == 0, result.stderr
    return path


def text_of(pdf) -> str:
    return subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True).stdout


def test_a_story_as_a_press_release(cluster, tmp_path):
    with ClusterDatabase.open(cluster, create=False) as db:
        story = db.stories.create(
            {"title": "Cluster <b>wächst</b> & lädt ein", "body": "Erster Absatz.\n\nZweiter."}
        )
    out = tmp_path / "Pressemitteilung.pdf"
    result = secretariat("export", "story", str(story["id"]), str(out), "--db", str(cluster))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout) == f"Press release written to {out}"
    text = text_of(out)
    assert "Cluster <b>wächst</b> & lädt ein" in text and "Pressemitteilung" in text


def test_the_annual_report(cluster, tmp_path):
    out = tmp_path / "Jahresbericht.pdf"
    result = secretariat("export", "report", "2026", str(out), "--db", str(cluster))
    assert result.returncode == 0, result.stderr
    assert one_line(result.stdout).startswith("Annual report 2026 (")
    assert "Jahresbericht 2026" in text_of(out)


@pytest.mark.parametrize(
    ("arguments", "status", "expected"),
    [
        (("story", "999", "{tmp}/x.pdf"), 1, "The story #999 does not exist"),
        (("story", "abc", "{tmp}/x.pdf"), 2, "is not a record number"),
        (("report", "20x6", "{tmp}/x.pdf"), 2, "is not a year"),
        (("report", "2026", "{tmp}/x.docx"), 2, ".pdf"),
    ],
)
def test_bad_input_is_one_line(cluster, tmp_path, arguments, status, expected):
    filled = [a.format(tmp=tmp_path) for a in arguments]
    result = secretariat("export", *filled, "--db", str(cluster))
    assert result.returncode == status
    assert expected in one_line(result.stderr)
