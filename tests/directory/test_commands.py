"""import_programs, generate_programs, the demo content and the Elasticsearch sync."""

import io

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from wagtail.models import Page

from directory import csv_io
from directory.models import ProgramPage, ProgramTerm

HEADER = (
    "name,organisation,summary,levels_of_care,format,conditions,state,zip_code,"
    "states_served,accepting_new_clients,last_verified\n"
)
GOOD = (
    "Harbor IOP,Harbor Health,Evening groups.,iop|php,in-person,burnout,PA,19103,,yes,2026-03-01\n"
)
ONLINE = "Cloud IOP,Cloud Care,Online groups.,virtual-iop,virtual,anxiety,NY,10001,PA|NY,no,\n"
BAD_ZIP = "Nowhere IOP,Nobody,Text.,iop,in-person,,PA,00000,,yes,\n"
BAD_SLUG = "Odd IOP,Odd Org,Text.,iop|spa-day,in-person,,PA,19103,,maybe,2026-13-01\n"


def write(tmp_path, text):
    path = tmp_path / "programs.csv"
    path.write_text(text)
    return str(path)


def run(*args):
    out, err = io.StringIO(), io.StringIO()
    call_command("import_programs", *args, stdout=out, stderr=err)
    return out.getvalue(), err.getvalue()


def test_import_creates_published_programs(tmp_path, directory_page):
    out, _err = run(write(tmp_path, HEADER + GOOD + ONLINE))
    assert "Imported 2 new" in out
    harbor = ProgramPage.objects.get(title="Harbor IOP")
    assert harbor.live and harbor.levels_of_care == ["iop", "php"]
    assert harbor.latitude is not None  # from the ZIP
    online = ProgramPage.objects.get(title="Cloud IOP")
    assert online.states_served == ["NY", "PA"] and not online.accepting_new_clients
    assert ProgramTerm.objects.filter(program=online, facet="serves", slug="PA").exists()


def test_invalid_rows_are_reported_by_line_and_nothing_is_written(tmp_path, directory_page):
    path = write(tmp_path, HEADER + GOOD + BAD_ZIP + BAD_SLUG)
    with pytest.raises(CommandError, match="2 invalid row"):
        run(path)
    assert ProgramPage.objects.count() == 0
    parsed = csv_io.parse_csv(io.StringIO(HEADER + GOOD + BAD_ZIP + BAD_SLUG))
    errors = {e.line: str(e) for e in parsed.errors}
    assert set(errors) == {3, 4}
    assert "We don't recognise ZIP 00000" in errors[3]
    assert "spa-day" in errors[4] and "accepting_new_clients" in errors[4]
    assert "last_verified" in errors[4]


def test_skip_invalid_imports_the_good_rows(tmp_path, directory_page):
    out, err = run(write(tmp_path, HEADER + GOOD + BAD_ZIP), "--skip-invalid")
    assert "line 3:" in err
    assert "1 invalid row(s) skipped" in out
    assert list(ProgramPage.objects.values_list("title", flat=True)) == ["Harbor IOP"]


def test_dry_run_writes_nothing(tmp_path, directory_page):
    out, _err = run(write(tmp_path, HEADER + GOOD), "--dry-run")
    assert "1 valid row(s) would be imported" in out
    assert ProgramPage.objects.count() == 0


def test_unknown_columns_are_refused(tmp_path, directory_page):
    with pytest.raises(CommandError, match="unknown column"):
        run(write(tmp_path, "name,favourite_colour\nX,blue\n"))


def test_export_then_import_round_trips(tmp_path, make_program, directory_page):
    make_program(
        title="Round Trip",
        slug="round-trip",
        conditions=["grief", "ocd"],
        description="<p>Two &amp; three.</p>",
    )
    exported = csv_io.export_csv(ProgramPage.objects.all())
    parsed = csv_io.parse_csv(io.StringIO(exported))
    assert parsed.errors == []
    out, _err = run(write(tmp_path, exported))
    assert "0 new and 1 updated" in out
    program = ProgramPage.objects.get(slug="round-trip")
    assert program.conditions == ["ocd", "grief"]
    assert "Two &amp; three." in program.description


def test_import_help_documents_the_columns():
    from directory.management.commands.import_programs import Command

    assert "zip_code*" in Command.help and "levels_of_care*" in Command.help


def test_demo_content_is_varied_and_idempotent(home_page):
    from directory import demo

    demo.load()
    programs = ProgramPage.objects.live()
    assert programs.count() >= 60
    assert programs.values("state").distinct().count() >= 12
    assert set(programs.values_list("format", flat=True)) == {"in-person", "virtual", "hybrid"}
    first = sorted(programs.values_list("slug", "title", "zip_code"))
    demo.load()
    assert sorted(ProgramPage.objects.values_list("slug", "title", "zip_code")) == first


def test_generate_programs_makes_routable_live_pages(client, directory_page):
    call_command("generate_programs", "30", "--seed", "3", stdout=io.StringIO())
    call_command("generate_programs", "30", "--seed", "3", stdout=io.StringIO())
    generated = ProgramPage.objects.filter(slug__startswith="gen-3-")
    assert generated.count() == 30
    assert ProgramTerm.objects.filter(program__in=generated, facet="level").count() >= 30
    assert Page.find_problems() == ([], [], [], [], [])
    program = generated.order_by("pk").last()
    assert client.get(program.url).status_code == 200
    assert program.latitude is not None
    response = client.get(directory_page.url, {"state": program.state})
    assert program.title in response.content.decode()


def test_publishing_syncs_the_elasticsearch_index_in_the_background(
    settings, make_program, monkeypatch, django_capture_on_commit_callbacks
):
    from directory.engines import elasticsearch as es

    calls = []
    monkeypatch.setattr(
        es, "index_programs", lambda ps: calls.append(("index", [p.pk for p in ps]))
    )
    monkeypatch.setattr(es, "remove_program", lambda pk: calls.append(("remove", pk)))
    settings.DIRECTORY_SEARCH_ENGINE = "elasticsearch"
    program = make_program()
    with django_capture_on_commit_callbacks(execute=True):
        program.save_revision().publish()
    assert calls == [("index", [program.pk])]
    calls.clear()
    with django_capture_on_commit_callbacks(execute=True):
        program.unpublish()
    assert calls == [("remove", program.pk)]
    calls.clear()
    pk = program.pk
    with django_capture_on_commit_callbacks(execute=True):
        program.delete()
    assert ("remove", pk) in calls


def test_no_sync_with_the_database_engine(
    settings, make_program, monkeypatch, django_capture_on_commit_callbacks
):
    from directory.engines import elasticsearch as es

    calls = []
    monkeypatch.setattr(es, "index_programs", lambda ps: calls.append(ps))
    settings.DIRECTORY_SEARCH_ENGINE = "database"
    with django_capture_on_commit_callbacks(execute=True):
        make_program().save_revision().publish()
    assert calls == []


def test_directory_index_needs_a_cluster(settings):
    settings.ELASTICSEARCH_URL = ""
    with pytest.raises(CommandError, match="ELASTICSEARCH_URL is not set"):
        call_command("directory_index", "--rebuild")
