"""Account pages that span every app: deleting one's account."""

from allauth.account.decorators import reauthentication_required
from django import forms
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.views.decorators.http import require_http_methods

from prep import account_data


class DeleteAccountForm(forms.Form):
    confirm = forms.BooleanField(
        label="I understand that my account and my data are deleted for good.",
        error_messages={"required": "Tick the box to confirm: nothing has been deleted."},
    )


@login_required
@require_http_methods(["GET", "POST"])
@reauthentication_required(allow_get=True)
def delete_account(request: HttpRequest) -> HttpResponse:
    """Explain what goes and what stays; delete after a fresh password check."""
    form = DeleteAccountForm(request.POST if request.method == "POST" else None)
    if request.method == "POST" and form.is_valid():
        email = request.user.email
        account_data.delete_account(user=request.user)
        logout(request)
        messages.success(request, f"The account {email} and its data are deleted.")
        return redirect("home")
    context = {"form": form, "summary": account_data.summary(request.user)}
    return TemplateResponse(
        request, "accounts/delete.html", context, status=400 if form.errors else 200
    )
