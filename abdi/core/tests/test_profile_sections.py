from abdi.core import profile_sections


def test_sections_render_in_order_of_registration_and_empty_ones_are_left_out(monkeypatch):
    monkeypatch.setattr(profile_sections, "_renderers", [])
    profile_sections.register("a", lambda request, actor, employee: f"<section>{employee}</section>")
    profile_sections.register("hidden", lambda request, actor, employee: "")
    profile_sections.register("b", lambda request, actor, employee: "<section>b</section>")
    assert profile_sections.render_all(None, None, "x") == ["<section>x</section>", "<section>b</section>"]


def test_registering_a_key_again_replaces_its_renderer(monkeypatch):
    monkeypatch.setattr(profile_sections, "_renderers", [])
    profile_sections.register("a", lambda *args: "old")
    profile_sections.register("a", lambda *args: "new")
    assert profile_sections.render_all(None, None, None) == ["new"]
