app_name = "teamspace"
urlpatterns: list = []
