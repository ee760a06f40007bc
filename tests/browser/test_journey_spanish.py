"""Journey: a Spanish-speaking reader starts at /es/, finds a program with Spanish-speaking
staff through the directory's language filter, sends an inquiry in Spanish and is thanked in
Spanish; and a Spanish cry for help in search shows the crisis panel first. axe on each page."""

import re

import pytest

from admissions.models import Inquiry, InquiryPage
from directory.models import DirectoryPage
from home import demo_content_es as spanish
from home.demo_es import translate
from tests.browser.helpers import (
    JOURNEY,
    assert_accessible,
    field_named,
    tab_to,
    text_has,
    text_is,
)
from tests.directory.factories import ProgramPageFactory

pytestmark = JOURNEY
HAVEN_PARTS = {"programs", "inquiry"}
SPANISH_PROGRAM = "Puentes Evening IOP"


@pytest.fixture
def es(haven):
    """The Spanish home, directory and inquiry pages (translations of the journey's English
    ones, as load_demo makes them) and one program with Spanish-speaking staff."""
    from wagtail.models import Locale

    locale, _ = Locale.objects.get_or_create(language_code="es")
    translate(haven.home, locale, spanish.HOME)
    translate(DirectoryPage.objects.get(pk=haven.directory.pk), locale, spanish.DIRECTORY)
    translate(InquiryPage.objects.get(pk=haven.inquiry_page.pk), locale, spanish.INQUIRY)
    ProgramPageFactory(
        parent=haven.directory,
        title=SPANISH_PROGRAM,
        slug="puentes-evening-iop",
        languages=["english", "spanish"],
    )
    return haven


def results_count(page) -> str:
    return page.locator(".directory-results__count").inner_text()


def test_spanish_reader_finds_a_spanish_speaking_program_and_is_thanked_in_spanish(es, page):
    page.goto("/es/")
    assert page.locator("html").get_attribute("lang") == "es"
    assert page.get_by_role("link", name="Salir de este sitio").is_visible()
    banner = page.get_by_role("complementary", name="Ayuda en caso de crisis")
    assert banner.get_by_role("link", name="Llame al 988 y marque 2").get_attribute("href") == (
        "tel:988"
    )
    assert_accessible(page, "Spanish home page")

    # The switcher is a plain link to the same page in the other language, and back.
    page.get_by_role("link", name="English").click()
    page.wait_for_url(re.compile(r"^https?://[^/]+/$"))
    assert page.locator("html").get_attribute("lang") == "en"
    page.get_by_role("link", name="Español").click()
    page.wait_for_url("**/es/")

    quick = page.get_by_role("region", name="Encuentre un programa cerca de usted")
    quick.get_by_role("button", name="Buscar programas").click()
    page.wait_for_url("**/es/programas/**")
    assert page.get_by_role("heading", level=1).inner_text() == "Encontrar un programa"
    page.locator("summary", has_text="Idiomas").click()
    page.get_by_label(re.compile(r"^Español")).check()
    page.get_by_role("button", name="Mostrar programas").click()
    page.wait_for_url(re.compile(r"language=spanish"))
    assert results_count(page).startswith("1 programa encontrado")
    assert page.locator(".program-card .card__title").all_inner_texts() == [SPANISH_PROGRAM]
    assert_accessible(page, "Spanish directory filtered by language")

    page.goto("/es/pedir-ayuda/")
    assert page.get_by_role("heading", level=1).inner_text() == "Pedir ayuda"
    assert_accessible(page, "Spanish inquiry form")
    page.get_by_label("Nombre o iniciales").fill("Lucía")
    page.get_by_label("Correo electrónico (opcional si nos da un teléfono)").fill(
        "lucia.m@example.test"
    )
    page.get_by_role("radio", name="Correo electrónico").check()
    page.get_by_role("radio", name="Para mí").check()
    page.get_by_label("Código postal").fill("19103")
    page.get_by_role("radio", name="IOP virtual").check()
    page.get_by_label(re.compile(r"^Acepto que el equipo de admisiones")).check()
    page.get_by_role("button", name="Enviar mi consulta").click()
    page.wait_for_url("**/es/pedir-ayuda/thanks/")
    heading = page.get_by_role("heading", level=1).inner_text()
    assert heading == "Gracias: su consulta ya está con nuestro equipo de admisiones"
    assert_accessible(page, "Spanish thank-you page")
    inquiry = Inquiry.objects.get()
    assert inquiry.language == "es" and inquiry.first_name == "Lucía"


def test_keyboard_reaches_the_quick_exit_and_the_language_switcher(es, page):
    page.goto("/es/")
    tab_to(page, text_has("Salir de este sitio"))
    tab_to(page, text_is("English"))
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"^https?://[^/]+/$"))
    tab_to(page, field_named("q"))


def test_a_spanish_cry_for_help_in_search_shows_the_crisis_panel_first(es, page):
    page.goto("/es/")
    page.get_by_label("Buscar en Haven").fill("quiero morir")
    page.get_by_label("Buscar en Haven").press("Enter")
    page.wait_for_url("**/es/search/?q=**")
    assert page.locator("html").get_attribute("lang") == "es"
    first_heading = page.locator("main h2").first
    assert first_heading.inner_text() == "Si necesita ayuda ahora mismo"
    panel = page.locator(".crisis-help")
    assert panel.get_by_role("link").first.inner_text() == "Llame al 988 y marque 2"
    assert_accessible(page, "Spanish search with the crisis panel")
