"""Reading import jobs: each person sees their own; BKPSDM sees every job of the government."""

from django.http import Http404

from .models import ImportJob


def jobs_for(actor):
    jobs = ImportJob.objects.select_related("created_by").defer("report")
    if actor.is_hr_admin:
        return jobs
    return jobs.filter(created_by_id=getattr(actor.user, "pk", None))


def get_job_for_user(actor, pk) -> ImportJob:
    """The job if the actor may see it; 404 otherwise (also for another government's job)."""
    try:
        job = ImportJob.objects.select_related("created_by").get(pk=pk)
    except (ImportJob.DoesNotExist, ValueError, TypeError):
        raise Http404 from None
    if not (actor.is_hr_admin or job.created_by_id == getattr(actor.user, "pk", None)):
        raise Http404
    return job
