app_name = "public_forums"
urlpatterns: list = []
