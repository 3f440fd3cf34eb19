import pytest

from prep.practice.models import Preferences
from tests.practice.helpers import MOMENT


@pytest.fixture
def preferences(user):
    return Preferences.objects.create(user=user, new_per_day=10, desired_retention=0.9)


@pytest.fixture
def owner(client, clock, user):
    """The user signed in, at MOMENT."""
    clock.now = MOMENT
    client.force_login(user)
    return client
