"""Enters paper forms one by one through the entry form's own save path.

Run by tests/test_crash_safety.py, which kills it with SIGKILL at random moments.  Prints
``ready`` once the file is open, then ``saved <form_no>`` after each save has returned.
"""

import sys

from buurtdesk.core.concerns.intake import FormInput, save_form
from buurtdesk.core.store.library import Library

db, meeting_id, first, last = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
lib = Library(db, create=False, daily_backup=False)
print("ready", flush=True)
for n in range(first, last + 1):
    form = FormInput(
        meeting_id=meeting_id,
        description=f"Te hard rijden in de Laan, formulier {n}, vooral 's avonds",
        form_no=str(n),
        street="Laan",
        name=f"Bewoner {n}",
        phone="06-12345678",
    )
    save_form(lib, form)
    print(f"saved {n}", flush=True)
