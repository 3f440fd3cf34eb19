import logging

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings

logger = logging.getLogger(__name__)


class MailNotSent(Exception):
    """The mail server refused or could not be reached; `MailFailureMiddleware` says so."""


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context) -> None:
        try:
            super().send_mail(template_prefix, email, context)
        except OSError as error:  # SMTPException is an OSError too
            logger.exception("Could not send %s to %s", template_prefix, email)
            raise MailNotSent from error

    def is_open_for_signup(self, request) -> bool:
        return getattr(settings, "ACCOUNT_ALLOW_SIGNUP", True)
