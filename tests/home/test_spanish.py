"""Haven in Spanish: the Spanish page tree under /es/, its interface strings, hreflang and the
switcher, Spanish crisis help first, the Spanish inquiry form end to end, the directory's
language filter in Spanish, and a .po file that compiles."""

import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from django.conf import settings
from django.core import mail
from django.urls import reverse

from admissions import demo as admissions_demo
from admissions.models import Inquiry
from articles import demo as articles_demo
from articles import demo_es as articles_demo_es
from directory.publishing import ensure_directory_page
from home import demo_es
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db
PO_FILE = Path(settings.BASE_DIR) / "locale" / "es" / "LC_MESSAGES" / "django.po"


@pytest.fixture
def spanish_site(home_page):
    """The English demo pages Haven translates, two programs (one with Spanish-speaking
    staff), then the Spanish demo."""
    articles_demo.load()
    admissions_demo.load()
    directory = ensure_directory_page()
    ProgramPageFactory(
        parent=directory, title="Puentes Evening IOP", languages=["english", "spanish"]
    )
    ProgramPageFactory(parent=directory, title="Harbor Day Program", languages=["english"])
    spanish_home = demo_es.load()
    articles_demo_es.load()
    return spanish_home


def html_of(client, url, status=200):
    response = client.get(url)
    assert response.status_code == status, (url, response.status_code)
    return response.content.decode()


def alternates(html) -> dict[str, str]:
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', html))


def test_es_serves_the_spanish_home_with_spanish_crisis_help_and_the_quick_exit(
    client, spanish_site
):
    html = html_of(client, "/es/")
    assert '<html lang="es">' in html
    assert "Apoyo para quienes cuidan de los demás" in html
    banner = html.split('class="crisis-banner"')[1].split("</aside>")[0]
    assert "¿Está en crisis?" in banner
    # Spanish-language help leads: 988 with the Spanish option, text AYUDA, then 911.
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', banner)
    assert links[:3] == [
        ("tel:988", "Llame al 988 y marque 2"),
        ("sms:988?body=AYUDA", "Envíe AYUDA al 988"),
        ("tel:911", "Llame al 911 en una emergencia"),
    ]
    assert ("/es/crisis-help/", "Más formas de obtener ayuda") in links
    assert ">Salir de este sitio<" in html
    assert "Saltar al contenido principal" in html


def test_the_spanish_and_english_homes_name_each_other_in_hreflang_and_the_switcher(
    client, spanish_site
):
    spanish, english = html_of(client, "/es/"), html_of(client, "/")
    for html in (spanish, english):
        links = alternates(html)
        assert links["en"].endswith("/") and not links["en"].endswith("/es/")
        assert links["es"].endswith("/es/")
        assert links["x-default"] == links["en"]
    assert '<html lang="en">' in english
    assert re.search(r'<a href="[^"]*/es/" hreflang="es" lang="es">Español</a>', english)
    assert re.search(r'<a href="[^"]*/" hreflang="en" lang="en">English</a>', spanish)


def test_the_page_cache_keeps_the_spanish_and_english_homes_apart(client, settings, spanish_site):
    settings.HAVEN_PAGE_CACHE_SECONDS = 300
    for _ in range(2):  # a miss, then a hit
        assert '<html lang="es">' in html_of(client, "/es/")
        english = client.get("/")
        assert '<html lang="en">' in english.content.decode()
    assert english["X-Page-Cache"] == "hit"
    assert "Accept-Language" not in english.get("Vary", "")


def test_the_menu_and_page_links_stay_in_spanish(client, spanish_site):
    html = html_of(client, "/es/")
    nav = html.split('aria-label="Principal"')[1].split("</nav>")[0]
    for title in ("Artículos", "Encontrar un programa", "Pedir ayuda"):
        assert f">{title}</a>" in nav
    assert 'href="/es/pedir-ayuda/"' in html  # the call to action: the Spanish form
    assert 'action="/es/programas/"' in html  # the quick search: the Spanish directory


def test_the_spanish_faq_article_has_faqpage_json_ld_in_spanish(client, spanish_site):
    html = html_of(client, "/es/articulos/cuando-cuidar-agota/")
    assert '<html lang="es">' in html
    blocks = [
        json.loads(block)
        for block in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    ]
    faq = next(block for block in blocks if block["@type"] == "FAQPage")
    questions = [item["name"] for item in faq["mainEntity"]]
    assert "¿El agotamiento es lo mismo que la depresión?" in questions
    assert "Preguntas frecuentes" in html


def test_the_spanish_inquiry_form_stores_the_inquiry_and_thanks_in_spanish(
    client, spanish_site, form_data, django_capture_on_commit_callbacks
):
    html = html_of(client, "/es/pedir-ayuda/")
    assert "Nombre o iniciales" in html and "Enviar mi consulta" in html
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/es/pedir-ayuda/", form_data())
    assert response.status_code == 302
    assert response["Location"].startswith("/es/pedir-ayuda/")
    thanks = html_of(client, response["Location"])
    assert "Gracias: su consulta ya está con nuestro equipo de admisiones" in thanks
    assert "Una persona de admisiones se comunicará con usted" in thanks
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "es"
    # The team's notification stays in English and carries nothing the person typed.
    (message,) = mail.outbox
    assert "New inquiry" in message.subject
    assert form_data()["first_name"] not in message.subject + message.body


def test_a_spanish_inquiry_with_mistakes_is_answered_in_spanish(client, spanish_site, form_data):
    response = client.post("/es/pedir-ayuda/", form_data(first_name="", zip_code="123"))
    html = response.content.decode()
    assert response.status_code == 200
    assert "Por favor, revise el formulario" in html
    assert "Díganos cómo llamarle: basta con un nombre o sus iniciales." in html
    assert "Escriba un código postal de cinco dígitos, como 19103." in html
    assert not Inquiry.objects.exists()


def test_the_inbox_shows_the_language_an_inquiry_came_in(
    client, spanish_site, form_data, admissions_user, staff_login
):
    client.post("/es/pedir-ayuda/", form_data())
    inquiry = Inquiry.objects.get()
    staff_login(admissions_user)
    page = client.get(reverse("admissions_inbox:detail", args=[inquiry.pk])).content.decode()
    assert re.search(r"<dt>Language of the form</dt><dd>Spanish</dd>", page)


@pytest.mark.parametrize(
    ("url", "facet", "option"),
    [("/es/programas/", "Idiomas", "Español"), ("/programs/", "Languages", "Spanish")],
)
def test_the_directory_language_filter_works_in_both_languages(
    client, spanish_site, url, facet, option
):
    everything = html_of(client, url)
    assert f"<summary>{facet}</summary>" in everything
    assert 'id="facet-language-spanish" name="language" value="spanish"' in everything
    assert re.search(rf'for="facet-language-spanish">{option} ', everything)
    spanish_speaking = html_of(client, url + "?language=spanish")
    assert "Puentes Evening IOP" in spanish_speaking
    assert "Harbor Day Program" not in spanish_speaking


def test_the_spanish_help_page_lists_spanish_channels_first(client, spanish_site):
    html = html_of(client, "/es/crisis-help/")
    assert '<html lang="es">' in html
    headings = re.findall(r"<h2>([^<]+)</h2>", html)
    assert headings[0] == "En español"
    assert "Más formas de obtener ayuda" in html


def test_search_in_spanish_keeps_the_interface_in_spanish(client, settings, spanish_site):
    settings.HAVEN_PAGE_CACHE_SECONDS = 300
    for _ in range(2):
        response = client.get("/es/search/?q=ansiedad")
        html = response.content.decode()
        assert '<html lang="es">' in html and "Resultados de búsqueda" in html
        # Like /search/, never stored: every query reaches the search app.
        assert "X-Page-Cache" not in response


def test_the_crisis_panel_in_spanish_search_leads_with_spanish_help(client, spanish_site):
    # An English phrasing the matcher knows today; Spanish phrasings come from the search work.
    html = html_of(client, "/es/search/?q=suicide")
    panel = html.split('class="crisis-help"')[1].split("</section>")[0]
    assert "Si necesita ayuda ahora mismo" in panel
    links = re.findall(r'<a href="([^"]+)"[^>]*>([^<]+)</a>', panel)
    assert links[0] == ("tel:988", "Llame al 988 y marque 2")


def test_the_spanish_demo_runs_twice_without_adding_anything(spanish_site):
    from wagtail.models import Page

    pages = Page.objects.count()
    assert demo_es.load().pk == spanish_site.pk
    articles_demo_es.load()
    assert Page.objects.count() == pages
    assert Page.objects.filter(locale__language_code="es").count() == 4 + 4  # 4 pages, 4 articles


def test_the_spanish_catalogue_is_complete_and_compiles(tmp_path):
    text = PO_FILE.read_text()
    entries = re.findall(
        r'msgid ((?:".*"\n)+)(?:msgid_plural (?:".*"\n)+)?((?:msgstr.*\n(?:".*"\n)*)+)', text
    )
    assert len(entries) > 150
    for msgid, msgstr in entries[1:]:  # the first is the header
        source = "".join(re.findall(r'"(.*)"', msgid))
        translated = "".join(re.findall(r'"(.*)"', msgstr))
        assert translated, source
        assert set(re.findall(r"%\(\w+\)\w", source)) <= set(re.findall(r"%\(\w+\)\w", msgstr))
    msgfmt = shutil.which("msgfmt")
    if msgfmt is None:
        pytest.skip("gettext's msgfmt is not installed")
    subprocess.run(  # noqa: S603 (a fixed program on a file in the repository)
        [msgfmt, "--check", "-o", str(tmp_path / "django.mo"), str(PO_FILE)], check=True
    )
