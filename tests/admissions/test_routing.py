"""Routing: which team an inquiry reaches."""

import pytest

from admissions.routing import choose_team
from tests.admissions.factories import AdmissionsTeamFactory, InquiryFactory, RoutingRuleFactory
from tests.directory.factories import ProgramPageFactory

pytestmark = pytest.mark.django_db


def test_default_team_catches_what_no_rule_matches(default_team):
    RoutingRuleFactory(state="NY")
    assert choose_team(InquiryFactory(state="PA", interest="iop")) == default_team


def test_rules_apply_in_priority_order(default_team):
    late = RoutingRuleFactory(priority=50, level_of_care="virtual-iop")
    early = RoutingRuleFactory(priority=5, state="PA")
    assert choose_team(InquiryFactory(state="PA", interest="virtual-iop")) == early.team
    assert choose_team(InquiryFactory(state="NJ", interest="virtual-iop")) == late.team


def test_every_criterion_of_a_rule_must_match(default_team):
    rule = RoutingRuleFactory(level_of_care="php", state="PA")
    assert choose_team(InquiryFactory(state="PA", interest="php")) == rule.team
    assert choose_team(InquiryFactory(state="PA", interest="iop")) == default_team


def test_population_and_level_come_from_the_program(home_page, default_team):
    clinician = RoutingRuleFactory(priority=10, population="healthcare-workers")
    program = ProgramPageFactory(
        parent=home_page, populations=["healthcare-workers"], levels_of_care=["php"]
    )
    other = ProgramPageFactory(parent=home_page, populations=["adults"], levels_of_care=["php"])
    php_rule = RoutingRuleFactory(priority=20, level_of_care="php")
    assert choose_team(InquiryFactory(program=program, interest="not-sure")) == clinician.team
    assert choose_team(InquiryFactory(program=other, interest="not-sure")) == php_rule.team


def test_program_rules_then_the_program_email_beat_general_rules(home_page, default_team):
    RoutingRuleFactory(priority=1, state="PA")
    program = ProgramPageFactory(parent=home_page, admissions_email="harbor@haven.invalid")
    team = choose_team(InquiryFactory(program=program, state="PA"))
    assert team.notification_email == "harbor@haven.invalid"
    assert choose_team(InquiryFactory(program=program)) == team  # made once, then reused

    pinned = RoutingRuleFactory(priority=99, program=program)
    assert choose_team(InquiryFactory(program=program, state="PA")) == pinned.team


def test_existing_team_with_the_program_address_is_used(home_page, default_team):
    team = AdmissionsTeamFactory(notification_email="Harbor@haven.invalid")
    program = ProgramPageFactory(parent=home_page, admissions_email="harbor@haven.invalid")
    assert choose_team(InquiryFactory(program=program)) == team


def test_no_team_at_all_is_none(db):
    assert choose_team(InquiryFactory()) is None
