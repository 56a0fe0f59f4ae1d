"""Settings staff change in the window: saved only when valid, and really used."""

from __future__ import annotations

import pytest

from desktop.app_settings import check_settings, load_settings, save_settings
from desktop.collect.pace import load_controller
from desktop.collect.runs import stored_bases
from desktop.collect.schedule import next_daily_run
from shared_models.errors import InvalidValue
from shared_models.pace import MAX_PACE, MIN_PACE, RatePolicy
from shared_models.platforms import Platform


def test_saved_settings_reach_the_services_that_use_them(store, monkeypatch) -> None:
    for key in ("INFLUENCER_DESK_PLATFORM_B_WEB", "INFLUENCER_DESK_PLATFORM_B_API"):
        monkeypatch.delenv(key, raising=False)
    settings = load_settings(store)
    settings.phone_region = "us"
    settings.daily_at = "7:05"
    settings.web_bases["B"] = "https://social.office.test/"
    settings.api_bases["B"] = "https://api.social.office.test"
    settings.ceilings["B"] = 2.5
    save_settings(store, settings)

    assert store.phone_region == "US"
    person = store.create_influencer(name="Ann Lee", phone="(212) 555-0123")
    assert person.phone == "+12125550123"  # numbers now read as US numbers
    bases = stored_bases(store, Platform.B)
    assert (bases.web_base, bases.api_base) == ("https://social.office.test",
                                                "https://api.social.office.test")
    controller = load_controller(store, Platform.B)
    assert controller.state.ceiling == 2.5 and controller.state.rate <= 2.5
    due = next_daily_run(store)
    assert due is not None and (due.hour, due.minute) == (7, 5)
    assert load_settings(store).daily_at == "07:05"


def test_a_raised_ceiling_is_not_held_down_by_the_learned_state(store) -> None:
    settings = load_settings(store)
    settings.ceilings["A"] = 1.0
    save_settings(store, settings)
    from desktop.collect.pace import save_controller

    save_controller(store, Platform.A, load_controller(store, Platform.A))
    settings.ceilings["A"] = 30.0
    save_settings(store, settings)
    assert load_controller(store, Platform.A).state.ceiling == 30.0


def test_invalid_settings_are_refused_field_by_field_and_nothing_is_saved(store) -> None:
    settings = load_settings(store)
    settings.phone_region = "Korea"
    settings.daily_at = "25:99"
    settings.web_bases["A"] = "a.example.com"
    settings.ceilings["B"] = 0
    errors = check_settings(settings)
    assert errors == {
        "phone_region": "'Korea' is not a country code (e.g. KR).",
        "daily_at": "'25:99' is not a time of day (use HH:MM, e.g. 09:00).",
        "web_base.A": "'a.example.com' must start with http:// or https://.",
        "ceiling.B": "The pace must be between 0.05 and 1000 requests per second.",
    }
    with pytest.raises(InvalidValue):
        save_settings(store, settings)
    assert store.phone_region == "KR"
    assert load_settings(store).daily_at == "09:00"


@pytest.mark.parametrize(("ceiling", "allowed"), [
    (MIN_PACE, True), (MAX_PACE, True), (0.049, False), (1000.5, False)])
def test_the_pace_limits_are_the_shared_ones(store, ceiling: float, allowed: bool) -> None:
    settings = load_settings(store)
    settings.ceilings["A"] = ceiling
    error = check_settings(settings).get("ceiling.A")
    assert (error is None) == allowed
    assert RatePolicy().floor == MIN_PACE
    if error:  # the sentence names the shared limits
        assert f"{MIN_PACE:g} and {MAX_PACE:g}" in error


@pytest.mark.parametrize(("base", "allowed"), [
    ("https://a.example.com", True), ("HTTP://a.example.com/", True), ("", True),
    ("ftp://a.example.com", False), ("http:/a.example.com", False), ("a.example.com", False)])
def test_a_site_address_needs_a_web_scheme(store, base: str, allowed: bool) -> None:
    settings = load_settings(store)
    settings.web_bases["A"] = base
    assert ("web_base.A" not in check_settings(settings)) == allowed
