"""The progress page, and the interview plan's "set my limit to N" action."""

import datetime as dt

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.views.decorators.http import require_GET, require_POST

from accounts.htmx import render_page
from prep.practice import charts, progress
from prep.practice.kept import kept_progress
from prep.practice.sessions import preferences_for
from prep.practice.views.onboarding import first_session_url
from prep.practice.views.reminders import ReminderForm

TEMPLATE = "practice/dashboard.html"


@login_required
@require_GET
def dashboard(request: HttpRequest) -> HttpResponse:
    user, now = request.user, timezone.now()
    preferences = preferences_for(user)
    statistics = kept_progress(user, now, lambda: _statistics(request, preferences, now))
    context = {"preferences": preferences, **statistics}
    if not (preferences.reminder_offered or preferences.reminder_enabled):
        context["reminder_form"] = ReminderForm(instance=preferences)
    if not statistics["has_history"]:
        context["first_session_url"] = first_session_url(preferences)
    return render_page(request, TEMPLATE, context)


def _statistics(request: HttpRequest, preferences, now: dt.datetime) -> tuple[dict, dt.datetime]:
    """What the page shows of the user's practice, drawn (but the plan, which has a form),
    and the moment it stops being true: when the next card falls due or the day ends."""
    user = request.user
    today = now.astimezone(user.zone).date()
    cards = progress.live_cards(user)  # read once, for every statistic below
    due = progress.due_summary(user, now, cards=cards)
    tomorrow = dt.datetime.combine(today + dt.timedelta(days=1), dt.time(), user.zone)
    until = min([card.due for card in cards if card.due > now] + [tomorrow])
    # Cards of archived questions are not live, but their reviews are still history.
    if not (due["cards"] or user.reviews.exists()):
        return {"has_history": False}, until
    context = _drawn_statistics(user, preferences, now, today, cards, due)
    drawn = {
        "has_history": True,
        "plan": context["plan"],
        "summary_html": render_to_string(f"{TEMPLATE}#summary", context, request=request),
        "charts_html": render_to_string(f"{TEMPLATE}#charts", context, request=request),
    }
    return drawn, until


def _drawn_statistics(user, preferences, now, today, cards, due) -> dict:
    bank = progress.bank_by_topic(user, cards=cards)  # the mastery totals, the plan's counts
    by_origin = progress.grades_by_origin(user, now)
    retention = progress.retention_of(by_origin)
    daily = progress.daily_reviews(user)
    heatmap = charts.heatmap(progress.activity(user, now, daily=daily), today)
    forecast = charts.forecast_bars(progress.forecast(user, now, cards=cards))
    return dict(
        due=due,
        forecast=forecast,
        forecast_svg=charts.forecast_svg(forecast),
        heatmap=heatmap,
        heatmap_svg=charts.heatmap_svg(heatmap),
        heatmap_legend=charts.heatmap_legend(heatmap["busiest"]),
        streaks=progress.streaks(user, now, daily=daily),
        # The same number the practice page shows (every review, practice or mock).
        reviewed_today=daily.get(today, 0),
        retention=retention,
        retention_percent=_percent(retention["recalled"], retention["total"]),
        graded_percent=_percent(retention["graded_recalled"], retention["graded"]),
        topics=charts.topic_bars(progress.topic_mastery(user, now, cards=cards, bank=bank)),
        weakest=progress.weakest(user, now, cards=cards),
        recent=progress.recent_reviews(user),
        by_origin=by_origin,
        plan=progress.interview_plan(user, preferences, now, cards=cards, bank=bank),
    )


def _percent(part: int, whole: int) -> int | None:
    return round(100 * part / whole) if whole else None


@login_required
@require_POST
def follow_plan(request: HttpRequest) -> HttpResponse:
    """Set the daily new-question limit to what the interview plan says it takes.

    The number is worked out again here, not taken from the form: a page left open since
    yesterday would otherwise set yesterday's.
    """
    user, now = request.user, timezone.now()
    preferences = preferences_for(user)
    plan = progress.interview_plan(user, preferences, now)
    if plan is None or plan.suggested_new_per_day is None:
        notice = "Nothing to change: your daily limit already covers your interview plan."
    else:
        preferences.new_per_day = plan.suggested_new_per_day
        preferences.onboarded = True
        preferences.save(update_fields=["new_per_day", "onboarded"])
        notice = f"Your limit is now {preferences.new_per_day} new questions a day."
        plan = progress.interview_plan(user, preferences, now)
    if request.htmx:
        context = {"plan": plan, "preferences": preferences, "plan_notice": notice}
        return render_page(request, "practice/dashboard.html", context, partial="plan")
    messages.success(request, notice)
    return redirect("progress:dashboard")
