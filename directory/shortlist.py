"""A person's list of programs, with no account and nothing kept on the server: the list is the
program ids in the URL (`shortlist/?ids=12,34`, and `list=12,34` on directory searches so the
results can say what is saved). Served by DirectoryPage's shortlist/ and compare/ routes.

Ids are read, never trusted: anything that is not a small positive number is dropped, and only
ids of live, public programs are kept, in the person's order. Never raises on input."""

from dataclasses import dataclass
from urllib.parse import quote

from django.apps import apps
from django.template.response import TemplateResponse

from core.visibility import public_q

MAX_SAVED = 20  # a list, not a copy of the directory; also bounds the URL
MAX_COMPARE = 3
MAX_ID_DIGITS = 10
MAX_INPUT = 400  # characters of a parameter worth reading


@dataclass(frozen=True)
class Shortlist:
    ids: tuple[int, ...] = ()

    def __contains__(self, pk) -> bool:
        return pk in self.ids

    def __len__(self) -> int:
        return len(self.ids)

    @property
    def param(self) -> str:
        """The list as it goes in a URL: "12,34"."""
        return ",".join(str(pk) for pk in self.ids)

    def adding(self, pk: int) -> "Shortlist":
        return self if pk in self.ids else Shortlist((*self.ids, pk)[-MAX_SAVED:])

    def removing(self, pk: int) -> "Shortlist":
        return Shortlist(tuple(i for i in self.ids if i != pk))


def parse_ids(values) -> Shortlist:
    """Ids from GET values ("12,34", or one id a value), deduplicated, at most MAX_SAVED."""
    ids: list[int] = []
    for value in values[:MAX_SAVED]:
        for part in str(value)[:MAX_INPUT].split(","):
            part = part.strip()
            if part.isascii() and part.isdigit() and len(part) <= MAX_ID_DIGITS and int(part):
                ids.append(int(part))
    return Shortlist(tuple(dict.fromkeys(ids))[:MAX_SAVED])


def saved_programs(shortlist: Shortlist) -> list:
    """The live, public programs of the list, in its order; other ids are left out."""
    if not shortlist:
        return []
    program_model = apps.get_model("directory", "ProgramPage")
    found = program_model.objects.filter(public_q(), pk__in=shortlist.ids).in_bulk()
    return [found[pk] for pk in shortlist.ids if pk in found]


def from_request(request, name: str) -> tuple[Shortlist, list]:
    """The cleaned list named `name` in the query string, and its programs."""
    programs = saved_programs(parse_ids(request.GET.getlist(name)))
    return Shortlist(tuple(p.pk for p in programs)), programs


def list_url(directory, request, shortlist: Shortlist, *, absolute: bool = False) -> str:
    base = directory.get_full_url(request) if absolute else directory.get_url(request)
    url = base + directory.reverse_subpage("shortlist")
    return url + (f"?ids={shortlist.param}" if shortlist else "")


def results_url(directory, request, shortlist: Shortlist) -> str:
    """The directory, carrying the list so its results show what is saved. (A list's param is
    digits and commas only: nothing to escape in a URL.)"""
    return directory.get_url(request) + (f"?list={shortlist.param}" if shortlist else "")


def mailto(url: str) -> str:
    """A link that opens the person's own e-mail program with the list's address in it: the
    message never passes through Haven."""
    subject = quote("My list of treatment programs")
    return f"mailto:?subject={subject}&body={quote(url, safe='')}"


def _context(request, directory, shortlist, programs) -> dict:
    return {
        "page": directory,
        "shortlist": shortlist,
        "programs": programs,
        "list_url": list_url(directory, request, shortlist),
        "compare_url": directory.get_url(request) + directory.reverse_subpage("compare"),
        "directory_url": results_url(directory, request, shortlist),
        "max_compare": MAX_COMPARE,
    }


def shortlist_view(request, directory):
    shortlist, programs = from_request(request, "ids")
    context = _context(request, directory, shortlist, programs)
    context["remove_urls"] = {
        p.pk: list_url(directory, request, shortlist.removing(p.pk)) for p in programs
    }
    context["full_url"] = list_url(directory, request, shortlist, absolute=True)
    context["mailto_url"] = mailto(context["full_url"])
    return TemplateResponse(request, "directory/shortlist.html", context)


def compare_view(request, directory):
    """Up to MAX_COMPARE programs side by side: those ticked (`pick`) or, when none are, the
    whole list. Too many: say so and offer the choice again, keeping the list."""
    shortlist, programs = from_request(request, "ids")
    picked = parse_ids(request.GET.getlist("pick"))
    chosen = [p for p in programs if p.pk in picked] if picked else programs
    context = _context(request, directory, shortlist, programs)
    context["picked"] = Shortlist(tuple(p.pk for p in chosen))
    context["too_many"] = len(chosen) > MAX_COMPARE
    context["compared"] = [] if context["too_many"] else chosen
    return TemplateResponse(request, "directory/compare.html", context)


def program_links(request, program) -> dict:
    """A program page's "Save to my list" link, and the way back to the results, both keeping
    the list the person arrived with (`?list=`)."""
    directory = program.get_parent().specific
    carried = parse_ids(request.GET.getlist("list"))
    return {
        "saved": program.pk in carried,
        "save_url": list_url(directory, request, carried.adding(program.pk)),
        "directory_url": results_url(directory, request, carried),
    }
