"""A new SKP receives the collaborative results of the teams its employee is active in.

A signal, because performance must never import teams (issue 8 item 6): the SKP is created by
performance services, and teams listens.
"""

from django.db.models.signals import post_save
from django.dispatch import receiver
from django_scopes import scope

from .services.mirror import attach_new_skp


@receiver(post_save, sender="performance.Skp", dispatch_uid="teams_mirror_into_new_skp")
def mirror_into_new_skp(sender, instance, created, raw=False, **kwargs):
    if not created or raw:
        return
    with scope(instansi=instance.instansi_id):
        attach_new_skp(instance)
