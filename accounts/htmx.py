"""Rendering a page or one of its partials, the one way every view does it."""

from django.http import HttpRequest
from django.template.response import TemplateResponse
from django.utils.cache import patch_vary_headers


def render_page(
    request: HttpRequest,
    template_name: str,
    context: dict,
    *,
    partial: str | None = None,
    status: int = 200,
) -> TemplateResponse:
    """The whole page, or only its `partial` for htmx (but the page on a history restore).

    `Vary: HX-Request` keeps caches from serving a fragment for a page load or back.
    """
    if partial and request.htmx and not request.htmx.history_restore_request:
        template_name = f"{template_name}#{partial}"
    response = TemplateResponse(request, template_name, context, status=status)
    patch_vary_headers(response, ["HX-Request"])
    return response
