"""Time in the user's own zone: every time shown, and every "today", is theirs."""

import datetime as dt
import zoneinfo

from django.utils import timezone


def local_midnight(moment: dt.datetime, zone: zoneinfo.ZoneInfo, days: int = 0) -> dt.datetime:
    """The start of the local day `days` days after the one `moment` falls on, in `zone`."""
    day = moment.astimezone(zone).date() + dt.timedelta(days=days)
    return dt.datetime.combine(day, dt.time(), tzinfo=zone)


def activate_for(user) -> None:
    if user is not None and user.is_authenticated:
        timezone.activate(user.zone)
    else:
        timezone.deactivate()


def timezone_activated_by_view(view):
    """Mark a view that loads the user (and activates their zone) only when it needs to:
    a polling endpoint that answers "no change" without touching the users table."""
    view.activates_timezone = True
    return view


class TimezoneMiddleware:
    """Activate the signed-in user's time zone, so templates show their local times."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        timezone.deactivate()
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not getattr(view_func, "activates_timezone", False):
            activate_for(getattr(request, "user", None))
