"""Pages of public consultation forums: the back office (manage.py) and the public (public.py)."""
