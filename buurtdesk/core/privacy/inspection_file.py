"""A person's inzage (the AVG right of access) written to a file: JSON, or CSV with one row
per report and the person's fields on each.  Through a temporary file, so a full disk leaves
an earlier file of that name as it was; CSV cells never start like a formula."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from buurtdesk.core.store.csv_safe import safe_writer
from buurtdesk.core.store.output_paths import replace_atomically

PERSON_FIELDS: tuple[str, ...] = ("id", "name", "phone", "email", "address", "postcode", "town")
PERSON_FIELDS += ("language", "wants_feedback", "consent")
REPORT_FIELDS = ("concern", "public_title", "own_words", "source", "form_no", "received_on")


def write_inspection(data: dict[str, Any], target: Path) -> None:
    """``data`` (``privacy.inspection``) to ``target``: CSV when it ends in .csv, else JSON."""

    def write(tmp: Path) -> None:
        if target.suffix.lower() == ".csv":
            with tmp.open("w", encoding="utf-8-sig", newline="") as out:
                writer = safe_writer(out, delimiter=";")
                writer.writerow([*PERSON_FIELDS, "created_at", *REPORT_FIELDS])
                person = [data.get(k, "") for k in (*PERSON_FIELDS, "created_at")]
                for report in data.get("reports") or [{}]:
                    writer.writerow([*person, *(report.get(k, "") for k in REPORT_FIELDS)])
        else:
            tmp.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")

    replace_atomically(target, write)
