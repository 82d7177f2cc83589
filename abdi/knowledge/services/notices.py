"""Notices of the app, written in the government's default language (the recipient reads them
later, maybe by e-mail), through performance's notify with the KNOWLEDGE topic."""

from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _

from abdi.performance.models import Notification
from abdi.performance.services.notify import notify


def reuse_recorded(*, solution, agency_name: str, author_ids) -> None:
    link = reverse("knowledge:solution", args=[solution.pk])
    with translation.override(settings.LANGUAGE_CODE):
        message = _("%(agency)s applied your solution “%(title)s”.") % {
            "agency": agency_name, "title": solution.title}
        for author_id in author_ids:
            notify(recipient_id=author_id, instansi_id=solution.instansi_id,
                   topic=Notification.Topic.KNOWLEDGE, message=message, link=link)


def replied(*, topic, replier_name: str, recipient_ids) -> None:
    link = reverse("knowledge:topic", args=[topic.pk])
    with translation.override(settings.LANGUAGE_CODE):
        message = _("%(name)s replied in the topic “%(title)s”.") % {
            "name": replier_name, "title": topic.title}
        for recipient_id in recipient_ids:
            # One unread notice per topic: a busy topic does not flood anyone.
            notify(recipient_id=recipient_id, instansi_id=topic.instansi_id,
                   topic=Notification.Topic.KNOWLEDGE, message=message, link=link,
                   key=f"knowledge_topic:{topic.pk}")


def answered(*, topic, recipient_id) -> None:
    link = reverse("knowledge:topic", args=[topic.pk])
    with translation.override(settings.LANGUAGE_CODE):
        notify(recipient_id=recipient_id, instansi_id=topic.instansi_id,
               topic=Notification.Topic.KNOWLEDGE, link=link,
               message=_("Your reply was marked as the answer to “%(title)s”.")
               % {"title": topic.title})
