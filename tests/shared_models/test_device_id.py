"""One DeviceId rule (shared_models.rules) for sync and the office's collection requests."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from shared_models.office import Heartbeat, LeaseRequest, RunStart
from shared_models.rules import MAX_DEVICE_ID_CHARS, UNSTORABLE_MESSAGE
from shared_models.sync import PushRequest

MODELS = [(RunStart, {"platform": "A"}), (LeaseRequest, {}),
          (Heartbeat, {"platform": "A"}), (PushRequest, {"ops": []})]


@pytest.mark.parametrize(("model", "rest"), MODELS)
def test_every_request_takes_the_same_device_ids(model, rest) -> None:
    longest = "d" * MAX_DEVICE_ID_CHARS
    assert model(device_id=longest, **rest).device_id == longest
    assert model(device_id=" desk-1 ", **rest).device_id == " desk-1 "  # kept as sent
    for bad in ("", longest + "d"):
        with pytest.raises(ValidationError):
            model(device_id=bad, **rest)
    # A text Postgres cannot store: refused as a request now, not a failed write.
    with pytest.raises(ValidationError, match=UNSTORABLE_MESSAGE[:20]):
        model(device_id="desk\x00", **rest)

