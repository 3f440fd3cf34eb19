import pytest

from prep.practice.models import Preferences


@pytest.fixture
def preferences(user):
    return Preferences.objects.create(user=user, new_per_day=10, desired_retention=0.9)
