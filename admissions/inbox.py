"""The admissions inbox listing on Wagtail's generic IndexView: the filters drawer, sortable
columns, pagination and the checkboxes of the bulk actions (admissions/bulk_actions.py).

It lists numbers and workflow fields only. The personal fields are deferred, so the listing
never even decrypts them, and no personal field can be filtered or sorted on."""

import django_filters
from django import forms
from django.db.models import Case, F, IntegerField, Q, Value, When
from django.urls import reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.timesince import timesince
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import BulkActionsCheckboxColumn, Column, TitleColumn
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.admin.views.generic import IndexView
from wagtail.admin.widgets.button import HeaderButton
from wagtail.models import Page

from admissions import clock
from admissions.choices import Delivery, Status
from admissions.inbox_forms import assignable_staff, staff_name
from admissions.models import PERSONAL_FIELDS, AdmissionsTeam, Inquiry
from admissions.permissions import inbox_policy

PER_PAGE = 50


def programs_with_inquiries(request):
    # Only programs that have inquiries: a short list, and no page tree walk.
    return Page.objects.filter(
        id__in=Inquiry.objects.exclude(program=None).values("program")
    ).order_by("title")


class InquiryFilterSet(WagtailFilterSet):
    """Every query parameter the inbox filters on. A value that does not validate is shown as
    an error in the drawer and ignored; the valid ones still apply."""

    status = django_filters.ChoiceFilter(
        choices=Status.choices, empty_label="Any status", widget=forms.RadioSelect
    )
    team = django_filters.ModelChoiceFilter(
        queryset=AdmissionsTeam.objects.all(), empty_label="Any team"
    )
    assignee = django_filters.ModelChoiceFilter(
        field_name="assigned_to",
        label="Assignee",
        queryset=lambda request: assignable_staff(),
        empty_label="Anyone",
        null_label="Nobody yet",
    )
    response = django_filters.ChoiceFilter(
        label="Response clock",
        choices=[("overdue", "Overdue for first contact")],
        empty_label="Any",
        method="filter_overdue",
        widget=forms.RadioSelect,
    )
    program = django_filters.ModelChoiceFilter(
        queryset=programs_with_inquiries, empty_label="Any program"
    )
    received_from = django_filters.DateFilter(
        field_name="received_at",
        lookup_expr="date__gte",
        label="Received from",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    received_to = django_filters.DateFilter(
        field_name="received_at",
        lookup_expr="date__lte",
        label="Received to",
        widget=forms.DateInput(attrs={"type": "date"}),
    )
    delivery = django_filters.ChoiceFilter(
        field_name="notification_state",
        label="Notification",
        choices=Delivery.choices,
        empty_label="Any notification state",
    )

    class Meta:
        model = Inquiry
        fields = []

    @property
    def form(self):
        form = super().form
        form.fields["assignee"].label_from_instance = staff_name
        return form

    def filter_overdue(self, queryset, name, value):
        # The deadline depends on each team's calendar: computed in Python over the short
        # queue of inquiries still waiting for a first contact (admissions/clock.py).
        # Only the fields the clock reads: the personal ones need not be decrypted here.
        waiting = clock.awaiting_first_contact().only("received_at", "first_contact_at", "team")
        return queryset.filter(pk__in=[inquiry.pk for inquiry, _ in clock.overdue(waiting)])


def filter_inquiries(data, queryset=None, request=None):
    """The inquiries the inbox shows for these query parameters (the export and "select all
    in listing" use the same)."""
    return InquiryFilterSet(data or None, queryset=queryset, request=request).qs


# The pipeline's order, not the alphabet, when sorting by status.
STATUS_RANK = Case(
    *[When(status=value, then=Value(rank)) for rank, value in enumerate(Status.values)],
    output_field=IntegerField(),
)
# Inquiries whose response clock runs: routed, new and never contacted.
NOT_WAITING = Case(
    When(Q(status=Status.NEW, first_contact_at=None) & ~Q(team=None), then=Value(0)),
    default=Value(1),
    output_field=IntegerField(),
)

SORTS = {
    "received_at": [F("received_at")],
    "status": [STATUS_RANK],
    "team": [F("team__name")],
    "assignee": [
        F("assigned_to__first_name"),
        F("assigned_to__last_name"),
        F("assigned_to__username"),
    ],
}


def clock_ordering(descending):
    """Waiting inquiries first, least time left first (or most, descending). Within a team the
    business-time deadline follows the arrival order; across teams with different hours this
    is the arrival order, an approximation the column's own figures make plain."""
    received = F("received_at").desc() if descending else F("received_at").asc()
    return [NOT_WAITING.asc(), received, F("pk").asc()]


def clock_cell(inquiry):
    running = inquiry.clock
    if running is None or not running.waiting:
        return "—"
    if running.overdue:
        # Said in words ("overdue by 1 h 05 min"), the bold only repeats it.
        return format_html("<strong>{}</strong>", running.label)
    return running.label


def duplicate_cell(inquiry):
    if not inquiry.duplicate_of_id:
        return ""
    number = inquiry.duplicate_of_id
    return {
        "merged": f"merged into #{number}",
        "linked": f"linked to #{number}",
        "": f"possible duplicate of #{number}",
    }.get(inquiry.duplicate_state, "")


def received_cell(inquiry):
    received = timezone.localtime(inquiry.received_at)
    return format_html(
        "{}<br><small>{} ago</small>", f"{received:%Y-%m-%d %H:%M}", timesince(received)
    )


class InquiryCheckboxColumn(BulkActionsCheckboxColumn):
    # Named and tied to the no-JavaScript bulk form (templates/admissions/inbox/index.html).
    cell_template_name = "admissions/inbox/checkbox_cell.html"


def bulk_action_links():
    actions = bulk_action_registry.get_bulk_actions_for_model("admissions", "inquiry")
    return [
        {
            "url": reverse("wagtail_bulk_action", args=["admissions", "inquiry", a.action_type]),
            "label": a.display_name,
        }
        for a in sorted(actions, key=lambda action: action.action_priority)
    ]


class InboxIndexView(IndexView):
    model = Inquiry
    permission_policy = inbox_policy
    any_permission_required = ["view"]
    filterset_class = InquiryFilterSet
    template_name = "admissions/inbox/index.html"
    index_url_name = "admissions_inbox:index"
    index_results_url_name = "admissions_inbox:index_results"
    page_title = "Admissions inbox"
    header_icon = "mail"
    paginate_by = PER_PAGE
    default_ordering = "-received_at"
    verbose_name = "inquiry"
    verbose_name_plural = "inquiries"

    columns = [
        InquiryCheckboxColumn("bulk_actions", obj_type="inquiry"),
        TitleColumn(
            "number",
            label="Number",
            accessor=lambda inquiry: f"#{inquiry.pk}",
            get_url=lambda inquiry: reverse("admissions_inbox:detail", args=[inquiry.pk]),
            get_title_id=lambda inquiry: f"inquiry_{inquiry.pk}_title",
        ),
        Column("received", label="Received", accessor=received_cell, sort_key="received_at"),
        Column("clock", label="Time to first contact", accessor=clock_cell, sort_key="clock"),
        Column("status", label="Status", accessor="get_status_display", sort_key="status"),
        Column("duplicate", label="Duplicate", accessor=duplicate_cell),
        Column("team", label="Team", accessor="team", sort_key="team"),
        Column(
            "assignee",
            label="Assignee",
            accessor=lambda inquiry: staff_name(inquiry.assigned_to) if inquiry.assigned_to else "",
            sort_key="assignee",
        ),
        Column("interest", label="Interest", accessor="get_interest_display"),
        Column("program", label="Program", accessor="program.title"),
        Column("notification", label="Notification", accessor="get_notification_state_display"),
    ]

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        # Wagtail's spreadsheet export would bypass admissions/exports.py and its audit.
        self.is_export = False

    def get_base_queryset(self):
        return (
            Inquiry.objects.select_related("program", "team", "assigned_to")
            .prefetch_related("team__holidays")
            .defer(*PERSONAL_FIELDS)
        )

    def order_queryset(self, queryset):
        key = self.ordering.removeprefix("-")
        descending = self.ordering.startswith("-")
        if key == "clock":
            return queryset.order_by(*clock_ordering(descending))
        direction = "desc" if descending else "asc"
        expressions = [getattr(e, direction)(nulls_last=True) for e in SORTS[key]]
        # Ties keep the inbox's own order, newest first.
        return queryset.order_by(*expressions, "-received_at", "-pk")

    def filter_queryset(self, queryset):
        # Wagtail drops every filter when one value is invalid; apply the valid ones.
        if self.filters:
            self.filters.is_valid()
            queryset = self.filters.filter_queryset(queryset)
        return queryset

    def paginate_queryset(self, queryset, page_size):
        paginator, page, object_list, is_paginated = super().paginate_queryset(queryset, page_size)
        now = timezone.now()
        page.object_list = object_list = list(object_list)
        for inquiry in object_list:
            inquiry.clock = clock.clock_for(inquiry, now)
        return paginator, page, object_list, is_paginated

    @cached_property
    def header_buttons(self):
        failed = Inquiry.objects.failed_notifications().count()
        buttons = [
            HeaderButton("Weekly report", url=reverse("admissions_inbox:report"), priority=10),
            HeaderButton(
                f"Failed notifications ({failed})",
                url=reverse("admissions_inbox:failed"),
                priority=20,
            ),
        ]
        if inbox_policy.user_has_permission(self.request.user, "export"):
            query = self.request.GET.copy()
            for name in (self.page_kwarg, "ordering", "_w_filter_fragment"):
                query.pop(name, None)
            url = reverse("admissions_inbox:export")
            buttons.append(
                HeaderButton(
                    "Export these to CSV",
                    url=f"{url}?{query.urlencode()}" if query else url,
                    icon_name="download",
                    priority=30,
                )
            )
        return buttons

    def get_table_kwargs(self):
        return {**super().get_table_kwargs(), "caption": "Inquiries"}

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["bulk_actions"] = bulk_action_links()
        if self.filters:
            # The same filters as a plain form, for a browser without JavaScript (the drawer
            # needs it). Its own ids, since the drawer's fields stay in the page.
            plain = self.filters.get_form_class()(self.request.GET or None, auto_id="plain_%s")
            plain.fields["assignee"].label_from_instance = staff_name
            context["plain_filters"] = plain
        return context

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        response["Cache-Control"] = "no-store, private"
        return response
