"""Every branch of the information-sharing decision, and the completeness of the rules table."""

from __future__ import annotations

import itertools

import pytest

from casusprep.case import Confidentiality, SharingChecks
from casusprep.procedures import (
    Decision,
    Requester,
    crisis_now,
    share_with_care,
    share_with_care_unmet,
    sharing_advice,
    sharing_data,
)

D, B = Confidentiality.DISCRETIEPLICHT, Confidentiality.BEROEPSGEHEIM
JUSTICE = [Requester.POLICE, Requester.PARKET, Requester.JUSTICE_ASSISTANT, Requester.YOUTH_JUDGE]


@pytest.mark.parametrize("requester", list(Requester))
@pytest.mark.parametrize("consent", [True, False])
def test_noodtoestand_overrides_everything(requester, consent):
    police = sharing_advice(D, requester, consent, noodtoestand=True)
    assert police.decision is Decision.REPORT and "politie" in police.advice
    pdk = sharing_advice(B, requester, consent, noodtoestand=True)
    assert pdk.decision is Decision.REPORT and "Procureur des Konings" in pdk.advice
    assert any("VK" in n for n in pdk.notes)


@pytest.mark.parametrize(
    ("conf", "consent", "informed", "expected"),
    [
        (D, False, True, Decision.MAY),  # discretieplicht: informed parents suffice
        (D, False, False, Decision.MAY_NOT),
        (D, True, None, Decision.MAY),  # consent implies informed
        (B, True, True, Decision.MAY),
        (B, False, True, Decision.MAY_NOT),  # beroepsgeheim: informing is not enough
        (B, False, False, Decision.MAY_NOT),
    ],
)
def test_own_initiative(conf, consent, informed, expected):
    advice = sharing_advice(conf, Requester.OWN_INITIATIVE, consent, False, parents_informed=informed)
    assert advice.decision is expected
    assert advice.may_share is (expected is Decision.MAY)


@pytest.mark.parametrize("conf", [D, B])
def test_professional_helper(conf):
    assert sharing_advice(conf, Requester.HELPER_WITH_SECRECY, True, False).decision is Decision.MAY
    assert sharing_advice(conf, Requester.HELPER_WITH_SECRECY, False, False).decision is Decision.MAY_NOT
    for consent in (True, False):
        advice = sharing_advice(conf, Requester.HELPER_WITHOUT_SECRECY, consent, False)
        assert advice.decision is Decision.MAY_NOT
        assert "beroepsgeheim" in advice.reason


@pytest.mark.parametrize("requester", JUSTICE)
def test_police_parket_justice_youth_judge(requester):
    for consent in (True, False):
        assert sharing_advice(D, requester, consent, False).decision is Decision.MUST
    assert sharing_advice(B, requester, True, False).decision is Decision.MAY
    refused = sharing_advice(B, requester, False, False)
    assert refused.decision is Decision.MAY_NOT
    assert any("beide ouders" in n for n in refused.notes)


def test_every_combination_has_a_rule_and_every_rule_is_used():
    data = sharing_data()
    used = set()
    for conf, who, consent, informed, nood in itertools.product(
        Confidentiality, Requester, (True, False), (True, False), (True, False)
    ):
        advice = sharing_advice(conf, who, consent, nood, parents_informed=informed)
        assert advice.advice and advice.reason and advice.requester == data.vrager[who]
        eff_informed = informed or consent
        used.add(next(i for i, r in enumerate(data.regel) if r.applies(conf, who, consent, eff_informed, nood)))
    assert used == set(range(len(data.regel))), "a rule in informatiedeling.toml can never apply"


def test_strings_are_accepted_and_unknown_values_refused():
    assert sharing_advice("beroepsgeheim", "jeugdrechter", True, False).decision is Decision.MAY
    with pytest.raises(ValueError):
        sharing_advice("geheim", "politie", True, False)


def test_share_with_care_conditions_follow_the_case_checks():
    swc = share_with_care()
    assert "anonimiseren" in swc.anonimiseren and "nooit alleen" in swc.nooit_alleen.lower()
    checks = SharingChecks(same_purpose=True, need_to_know=True)
    unmet = share_with_care_unmet(checks)
    assert len(unmet) == 3
    assert swc.voorwaarden["parents_informed"] in unmet
    assert swc.voorwaarden["same_purpose"] not in unmet
    all_met = SharingChecks(
        same_purpose=True,
        necessary_and_relevant=True,
        need_to_know=True,
        parents_informed=True,
        supervisor_approved=True,
    )
    assert share_with_care_unmet(all_met) == [] and all_met.all_met()


def test_crisis_now_names_the_right_authority():
    assert "politie" in crisis_now(D) and "Procureur" not in crisis_now(D)
    assert "Procureur des Konings" in crisis_now(B)
    unknown = crisis_now(None)
    assert "politie" in unknown and "Procureur des Konings" in unknown
    for text in (crisis_now(D), crisis_now(B), unknown):
        assert "112" in text and "Opgroeien" in text and "VK" in text
