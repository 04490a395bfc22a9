"""The pages of a scan or photo file as grey images: PDF (pypdfium2), PNG, JPEG and TIFF.

numpy, pypdfium2 and Pillow are imported here, only when a scan is read.  A file that cannot
be read gives one :class:`PageImage` with ``problem`` set, never an exception.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

RENDER_DPI = 200  # a scanned PDF page is rendered at this resolution (boxes of 47 pixels)
MAX_SIDE = 2800  # larger photos are scaled down first: the boxes stay 40 pixels and more
PHOTO_DPI = 100  # below this (or none recorded) a picture counts as a photo: no scale check
PDF = {".pdf"}
IMAGES = {".png", ".jpg", ".jpeg", ".tif", ".tiff"}
HEIC = {".heic", ".heif"}
HEIC_ADVICE = (
    "HEIC photos cannot be read: save them as JPEG (on an iPhone: Settings > Camera > Formats > "
    "Most Compatible; or export the photo as JPEG) and import those"
)


@dataclass
class PageImage:
    file: str
    page: int  # 1-based within the file
    gray: Any = None  # numpy uint8 array, or None when ``problem`` says why not
    dpi: float | None = None  # pixels per inch of the paper, when the file says so
    sha256: str = ""
    problem: str = ""

    @property
    def photo(self) -> bool:
        return self.dpi is None or self.dpi < PHOTO_DPI


def readable(path: Path) -> bool:
    return path.suffix.lower() in PDF | IMAGES | HEIC


def expand(paths: list[Path]) -> list[Path]:
    """Files as given; a folder gives its readable files, sorted by name."""
    out: list[Path] = []
    for path in paths:
        if path.is_dir():
            out += sorted(p for p in path.iterdir() if p.is_file() and readable(p))
        else:
            out.append(path)
    return out


def _finish(gray: Any, file: str, page: int, dpi: float | None) -> PageImage:
    import numpy as np

    gray = np.ascontiguousarray(gray, dtype=np.uint8)
    digest = hashlib.sha256(gray.tobytes()).hexdigest()
    side = max(gray.shape)
    if side > MAX_SIDE:
        import cv2

        f = MAX_SIDE / side
        gray = cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
        dpi = dpi * f if dpi else None
    return PageImage(file, page, gray, dpi, digest)


def pages(path: Path) -> Iterator[PageImage]:
    """Every page of ``path`` in order."""
    name = str(path)
    suffix = path.suffix.lower()
    if suffix in HEIC:
        yield PageImage(name, 1, problem=HEIC_ADVICE)
        return
    if suffix not in PDF | IMAGES:
        yield PageImage(name, 1, problem="not a PDF, PNG, JPEG or TIFF file")
        return
    if not path.is_file():
        yield PageImage(name, 1, problem="no such file")
        return
    reader = _pdf_pages if suffix in PDF else _image_pages
    done = 0
    try:
        for image in reader(path):
            done += 1
            yield image
    except Exception as exc:  # a damaged file: say so for the page it stopped at
        yield PageImage(name, done + 1, problem=f"cannot read this file: {_short(exc)}")


def _short(exc: Exception) -> str:
    """One line of an error: its cause when the message names one (numpy's import errors
    start with a banner and give the cause last)."""
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    cause = [line for line in lines if line.lower().startswith("original error")]
    text = (cause or lines or [type(exc).__name__])[0]
    return text[:150]


def _pdf_pages(path: Path) -> Iterator[PageImage]:
    import pypdfium2 as pdfium

    pdf = pdfium.PdfDocument(str(path))
    try:
        for i in range(len(pdf)):
            page = pdf[i]
            bitmap = page.render(scale=RENDER_DPI / 72, grayscale=True)
            gray = bitmap.to_numpy()
            if gray.ndim == 3:
                gray = gray[:, :, 0]
            yield _finish(gray.copy(), str(path), i + 1, float(RENDER_DPI))
            bitmap.close()
            page.close()
    finally:
        pdf.close()


def _image_pages(path: Path) -> Iterator[PageImage]:
    import numpy as np
    from PIL import Image, ImageOps, ImageSequence

    with Image.open(path) as img:
        for i, frame in enumerate(ImageSequence.Iterator(img)):
            dpi_info = frame.info.get("dpi") or img.info.get("dpi")
            dpi = float(dpi_info[0]) if dpi_info and dpi_info[0] else None
            upright = ImageOps.exif_transpose(frame.copy())
            yield _finish(np.asarray(upright.convert("L")), str(path), i + 1, dpi)


def count_pages(paths: list[Path]) -> int:
    """How many pages ``paths`` hold (files or folders), cheaply, for a progress bar; a file
    that cannot be opened counts as one page (it will be one refused page)."""
    total = 0
    for path in expand(paths):
        try:
            if path.suffix.lower() in PDF:
                import pypdfium2 as pdfium

                pdf = pdfium.PdfDocument(str(path))
                total += len(pdf)
                pdf.close()
            elif path.suffix.lower() in IMAGES:
                from PIL import Image

                with Image.open(path) as img:
                    total += int(getattr(img, "n_frames", 1))
            else:
                total += 1
        except Exception:
            total += 1
    return total
