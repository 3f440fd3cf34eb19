"""Requests refused before any view sees them: bodies larger than the site ever needs,
and text with NUL characters, which PostgreSQL cannot store."""

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse


class RequestSizeLimitMiddleware:
    """413 for a body over MAX_REQUEST_BYTES (the import upload's limit, plus room).

    Django streams file uploads to disk whatever their size; a proxy in front should
    refuse them too (README), but the app must not rely on it.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        if length > settings.MAX_REQUEST_BYTES:
            limit_mb = settings.MAX_REQUEST_BYTES // (1024 * 1024)
            return HttpResponse(
                f"That request is too large: the limit is {limit_mb} MB.",
                status=413,
                content_type="text/plain; charset=utf-8",
            )
        return self.get_response(request)


class NulCharacterMiddleware:
    """400 with a clear page for a NUL character in the path or in a posted form field.

    No person types one; PostgreSQL refuses them in text, and one rule here spares every
    form and view that writes from remembering. Query strings are left to the pages'
    filter forms, which explain the bad filter and still show results; uploaded files to
    the importer, which reads them as documents.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if _has_nul(request):
            response = TemplateResponse(
                request,
                "400.html",
                {"reason": "It contained a NUL character, which no text on this site can hold."},
                status=400,
            )
            return response.render()
        return self.get_response(request)


def _has_nul(request) -> bool:
    if "\x00" in request.path_info:
        return True
    if request.method != "POST":
        return False
    return any(
        "\x00" in key or any("\x00" in value for value in values)
        for key, values in request.POST.lists()
    )
