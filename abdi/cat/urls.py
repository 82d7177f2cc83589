app_name = "cat"
urlpatterns: list = []
