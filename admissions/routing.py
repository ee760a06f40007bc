"""Which admissions team an inquiry goes to.

Most specific first:
1. routing rules naming the inquiry's program, by priority;
2. the program's own admissions email (a program page field), which counts as a rule: it goes
   to the team with that notification address, made on first use so staff can add members;
3. the other routing rules, by priority (level of care, state, population);
4. the site-wide default team.
"""

from admissions.models import AdmissionsTeam, Inquiry, RoutingRule


def _slugs(values) -> set[str]:
    """Slugs from a program field that may hold strings or taxonomy objects with a slug."""
    try:
        items = list(values or [])
    except TypeError:
        return set()
    return {str(getattr(item, "slug", item)) for item in items}


def program_facts(inquiry: Inquiry) -> tuple[object | None, set[str], set[str], str]:
    """(specific program page, its levels of care, its populations, its admissions email)."""
    if inquiry.program_id is None:
        return None, set(), set(), ""
    program = inquiry.program.specific
    return (
        program,
        _slugs(getattr(program, "levels_of_care", [])),
        _slugs(getattr(program, "populations", [])),
        (getattr(program, "admissions_email", "") or "").strip(),
    )


def rule_matches(rule: RoutingRule, inquiry: Inquiry, levels: set[str], populations: set[str]):
    if rule.program_id and rule.program_id != inquiry.program_id:
        return False
    if rule.level_of_care and rule.level_of_care not in levels:
        return False
    if rule.state and rule.state != inquiry.state:
        return False
    return not (rule.population and rule.population not in populations)


def choose_team(inquiry: Inquiry) -> AdmissionsTeam | None:
    program, program_levels, populations, program_email = program_facts(inquiry)
    levels = program_levels | {inquiry.interest}
    rules = list(RoutingRule.objects.select_related("team"))
    for rule in rules:
        if rule.program_id and rule_matches(rule, inquiry, levels, populations):
            return rule.team
    if program_email:
        team = AdmissionsTeam.objects.filter(notification_email__iexact=program_email).first()
        if team is None:
            team = AdmissionsTeam.objects.create(
                name=f"{program.title} admissions"[:100], notification_email=program_email
            )
        return team
    for rule in rules:
        if not rule.program_id and rule_matches(rule, inquiry, levels, populations):
            return rule.team
    return AdmissionsTeam.default()
