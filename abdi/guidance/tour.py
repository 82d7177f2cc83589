"""The first-login tour as data: steps per role, each pointing at a stable `data-tour`
attribute of base.html or the menu (abdi/web/nav.py). Raise TOUR_VERSION when the steps change
meaningfully: everyone sees the new version once."""

from django.utils.translation import gettext as _
from django.utils.translation import gettext_noop

TOUR_VERSION = 1

# (role, data-tour target, title, text); roles: employee, supervisor, hr, leader.
STEPS = (
    ("employee", "menu", gettext_noop("The menu"),
     gettext_noop("Everything Abdi offers you is in this menu. On a phone, tap Menu to open it.")),
    ("employee", "performance:home", gettext_noop("Daily activity report"),
     gettext_noop("Under Performance you write your daily activities (laporan kegiatan harian): "
                  "what you did today, for which SKP target, with evidence if you have it.")),
    ("employee", "performance:home", gettext_noop("Your SKP"),
     gettext_noop("Your SKP (Sasaran Kinerja Pegawai) is also under Performance: write it at the "
                  "start of the year, send it to your atasan, and follow its progress.")),
    ("employee", "performance:home", gettext_noop("Notifications"),
     gettext_noop("Decisions of your atasan, replies to your feedback and reminders arrive as "
                  "notifications, under Performance.")),
    ("employee", "help", gettext_noop("Help for every screen"),
     gettext_noop("Lost? Help opens the explanation of the screen you are on, in Indonesian or "
                  "English. From there you can also replay this tour.")),
    ("employee", "feedback", gettext_noop("Tell us"),
     gettext_noop("Found a problem, have a question or an idea? Write it here: it reaches the HR "
                  "office, and their answer comes back to you.")),
    ("supervisor", "performance:home", gettext_noop("Validation queue"),
     gettext_noop("As an atasan you validate your team's daily activities: Performance, then "
                  "Validation. Validate them every week so nobody's TPP waits.")),
    ("supervisor", "performance:home", gettext_noop("Your team's SKP"),
     gettext_noop("Your team's SKP wait for your approval under Performance, then Subordinates.")),
    ("hr", "people:directory", gettext_noop("Employees"),
     gettext_noop("The employee data of the whole government: search, open and correct records.")),
    ("hr", "transfer:index", gettext_noop("Import"),
     gettext_noop("Load employees and units from a spreadsheet: a dry run shows every problem "
                  "before anything is saved.")),
    ("hr", "tenancy:settings", gettext_noop("Settings"),
     gettext_noop("The government's own settings: working days, time zone, appraisal period.")),
    ("hr", "help", gettext_noop("Announcements and feedback inbox"),
     gettext_noop("From the Help page you publish announcements (with read receipts), write "
                  "how-to articles and answer the feedback employees send.")),
    ("leader", "citizen_dashboard:index", gettext_noop("Dashboards"),
     gettext_noop("Real-time dashboards of performance and of the citizens' voice; everything "
                  "is read-only for you.")),
)


def roles_of(actor) -> set[str]:
    roles = set()
    if actor.employee_id:
        roles.add("employee")
    if actor.employee_id and actor.is_supervisor:
        roles.add("supervisor")
    if actor.is_hr_admin:
        roles.add("hr")
    if actor.is_leader:
        roles.add("leader")
    if not roles:
        roles.add("employee")  # an admin without an employee record still gets the basics
    return roles


def steps_for(roles: set[str]) -> list[dict]:
    """The steps of these roles in the current language, each target once per role step."""
    return [{"target": target, "title": _(title), "text": _(text)}
            for role, target, title, text in STEPS if role in roles]
