app_name = "citizen_dashboard"
urlpatterns: list = []
