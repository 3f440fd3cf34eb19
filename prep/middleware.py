"""Refuse request bodies larger than the site ever needs, before anything reads them."""

from django.conf import settings
from django.http import HttpResponse


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
