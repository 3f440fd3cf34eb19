"""The site's URLs plus two baselines that show what this server does at best: a bare view
(no query, no template) and a small template with one query, through the same middleware."""

from django.http import HttpResponse
from django.template import engines
from django.urls import path

from prep.urls import urlpatterns as site
from questions.models import Topic

_SMALL = engines["django"].from_string(
    "<!doctype html><title>Baseline</title><p>{{ count }} topics, {{ user.is_authenticated }}</p>"
)


def bare(request):
    return HttpResponse("ok")


def small(request):
    # Rendered with the request, as every page is (its context processors run).
    return HttpResponse(_SMALL.render({"count": Topic.objects.count()}, request))


urlpatterns = [path("baseline/bare/", bare), path("baseline/small/", small), *site]
