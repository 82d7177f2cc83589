app_name = "service_ratings"
urlpatterns: list = []
