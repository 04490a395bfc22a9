"""Filled and degraded ballot pages, made from a real print run and its published layout.

Marks people really make go into the boxes (crosses, ticks, scribbles, marks touching or
crossing the border, a stray dot beside a box; a box coloured black to cancel it), then the
page is spoiled the way copiers and phones do: 300 or 200 dpi, rotation up to 3 degrees or
upside down, printed at 94-100 %, noise, blur, uneven light, JPEG, and for photos a
perspective on a table.  Every box keeps its truth: ``empty``, ``marked`` or ``cancelled``.
Used by the OMR benchmark and, at a few pages, by the tests.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import cv2
import numpy as np

MARK_KINDS = ("cross", "tick", "scribble", "border", "cross", "small", "pencil", "dot", "heavy")


@dataclass
class Filled:
    gray: Any  # uint8 page, paper size at ``dpi``
    dpi: float
    truth: list[str]  # one per box of the sheet, in layout order
    sheet: dict[str, Any]  # the layout file's entry of this page


def render(pdf: Path, dpi: float, pages: list[int] | None = None) -> list[Any]:
    """The pages of ``pdf`` (all, or the 0-based ``pages``) as grey images at ``dpi``."""
    import pypdfium2 as pdfium

    doc = pdfium.PdfDocument(str(pdf))
    out = []
    for i in range(len(doc)) if pages is None else pages:
        bitmap = doc[i].render(scale=dpi / 72, grayscale=True)
        arr = bitmap.to_numpy()
        out.append((arr[:, :, 0] if arr.ndim == 3 else arr).copy())
    doc.close()
    return out


def scanned_pdf(path: Path, pages: Any, dpi: float) -> None:
    """A scanner's PDF: every page an A4 JPEG at ``dpi``, written one page at a time."""
    import tempfile

    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen import canvas

    c = canvas.Canvas(str(path), pagesize=A4)
    with tempfile.TemporaryDirectory() as tmp:
        for i, page in enumerate(pages):
            jpeg = Path(tmp) / f"{i}.jpg"
            cv2.imwrite(str(jpeg), page, [cv2.IMWRITE_JPEG_QUALITY, 85])
            c.drawImage(str(jpeg), 0, 0, A4[0], A4[1])
            c.showPage()
        c.save()


def _pen(rng: random.Random, px: float) -> tuple[int, int]:
    width = max(1, round(rng.uniform(0.35, 0.8) * px))
    return width, rng.randint(10, 90)


def _stroke(img: Any, pts: list[tuple[float, float]], width: int, ink: int) -> None:
    arr = np.array([[round(x * 4), round(y * 4)] for x, y in pts], dtype=np.int32)
    cv2.polylines(img, [arr], False, ink, width, cv2.LINE_AA, shift=2)


def _mark(img: Any, kind: str, x: float, y: float, s: float, px: float, rng: random.Random) -> None:
    """A mark in the box whose top-left corner is (x, y) px and side s px."""
    width, ink = _pen(rng, px)

    def j(v: float) -> float:
        return v + rng.uniform(-0.08, 0.08) * s

    if kind == "cross":
        a, b = rng.uniform(0.1, 0.25), rng.uniform(0.75, 0.95)
        _stroke(img, [(x + j(a * s), y + j(a * s)), (x + j(b * s), y + j(b * s))], width, ink)
        _stroke(img, [(x + j(b * s), y + j(a * s)), (x + j(a * s), y + j(b * s))], width, ink)
    elif kind == "tick":
        pts = [(x + j(0.2 * s), y + j(0.55 * s)), (x + j(0.42 * s), y + j(0.8 * s))]
        pts.append((x + j(0.9 * s), y + j(0.15 * s)))
        _stroke(img, pts, width, ink)
    elif kind == "scribble":
        pts = [(x + rng.uniform(0.2, 0.8) * s, y + rng.uniform(0.2, 0.8) * s) for _ in range(7)]
        _stroke(img, pts, width, ink)
    elif kind == "small":  # a little tick low in the box
        pts = [(x + j(0.35 * s), y + j(0.6 * s)), (x + j(0.45 * s), y + j(0.72 * s))]
        pts.append((x + j(0.65 * s), y + j(0.4 * s)))
        _stroke(img, pts, width, ink)
    elif kind == "pencil":  # a soft grey cross
        ink = rng.randint(80, 130)
        _stroke(
            img, [(x + j(0.2 * s), y + j(0.2 * s)), (x + j(0.8 * s), y + j(0.8 * s))], width, ink
        )
        _stroke(
            img, [(x + j(0.8 * s), y + j(0.2 * s)), (x + j(0.2 * s), y + j(0.8 * s))], width, ink
        )
    elif kind == "dot":  # a firm dot in the middle
        r = max(2, round(rng.uniform(0.15, 0.22) * s))
        cv2.circle(img, (round(x + j(s / 2)), round(y + j(s / 2))), r, ink, -1)
    elif kind == "heavy":  # a scribble that goes back and forth
        pts = [
            (x + rng.uniform(0.15, 0.85) * s, y + rng.uniform(0.15, 0.85) * s) for _ in range(14)
        ]
        _stroke(img, pts, width + 1, ink)
    elif kind == "border":  # a cross off centre: over the border, or past it
        dx, dy = rng.uniform(-0.35, 0.35) * s, rng.uniform(-0.35, 0.35) * s
        c = (x + s / 2 + dx, y + s / 2 + dy)
        r = rng.uniform(0.35, 0.55) * s
        _stroke(img, [(c[0] - r, c[1] - r), (c[0] + r, c[1] + r)], width, ink)
        _stroke(img, [(c[0] + r, c[1] - r), (c[0] - r, c[1] + r)], width, ink)
    elif kind == "cancelled":  # coloured in: dense strokes, a little over the edge
        ink = rng.randint(10, 60)
        m = rng.uniform(-0.03, 0.05) * s
        cv2.rectangle(
            img, (round(x + m), round(y + m)), (round(x + s - m), round(y + s - m)), ink, -1
        )
        for _ in range(rng.randint(0, 3)):  # the pen left a few light streaks
            y0 = y + rng.uniform(0.2, 0.8) * s
            _stroke(img, [(x + 0.2 * s, y0), (x + 0.8 * s, y0)], 1, rng.randint(120, 180))
        for _ in range(4):
            y0 = y + rng.uniform(0, s)
            _stroke(img, [(x - 0.1 * s, y0), (x + 1.1 * s, y0 + rng.uniform(-2, 2))], width, ink)


def fill(page: Any, sheet: dict[str, Any], dpi: float, rng: random.Random, share: float) -> Filled:
    """Marks in about ``share`` of the boxes (one in eight of them cancelled instead)."""
    img = page.copy()
    px = dpi / 25.4
    truth = []
    for box in sheet["boxes"]:
        x, y, s = box["x"] * px, box["y"] * px, box["w"] * px
        roll = rng.random()
        if roll < share * 0.88:
            _mark(img, rng.choice(MARK_KINDS), x, y, s, px, rng)
            truth.append("marked")
        elif roll < share:
            _mark(img, "cancelled", x, y, s, px, rng)
            truth.append("cancelled")
        else:
            truth.append("empty")
            if rng.random() < 0.03:  # a stray dot beside the box
                cx = x - rng.uniform(0.15, 0.3) * s
                cv2.circle(img, (round(cx), round(y + s / 2)), max(1, round(0.4 * px)), 40, -1)
    return Filled(img, dpi, truth, sheet)


def _light(img: Any, rng: random.Random, low: float) -> Any:
    h, w = img.shape
    gx = np.linspace(rng.uniform(low, 1), rng.uniform(low, 1), w, dtype=np.float32)
    gy = np.linspace(rng.uniform(low, 1), rng.uniform(low, 1), h, dtype=np.float32)
    return img.astype(np.float32) * np.outer(gy, gx)


def _finish(img: Any, rng: random.Random, blur: float, noise: float, quality: int) -> Any:
    if blur > 0.05:
        img = cv2.GaussianBlur(img, (0, 0), blur)
    img = img + np.random.default_rng(rng.randrange(1 << 30)).normal(0, noise, img.shape)
    img = np.clip(img, 0, 255).astype(np.uint8)
    ok, data = cv2.imencode(".jpg", img, [cv2.IMWRITE_JPEG_QUALITY, quality])
    return cv2.imdecode(data, cv2.IMREAD_GRAYSCALE) if ok else img


def scan(filled: Filled, rng: random.Random, scale: float | None = None) -> Any:
    """A copier's scan: turned a little (or upside down), printed at 94-100 %, noisy."""
    img = filled.gray
    h, w = img.shape
    angle = rng.uniform(-3, 3) + (180 if rng.random() < 0.15 else 0)
    scale = scale if scale is not None else rng.choice((1.0, 1.0, rng.uniform(0.94, 1.0)))
    m = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2), angle, scale)
    out = cv2.warpAffine(img, m, (w, h), flags=cv2.INTER_LINEAR, borderValue=250)
    out = _light(out, rng, 0.8)
    return _finish(out, rng, rng.uniform(0, 0.9), rng.uniform(2, 8), rng.randint(60, 92))


def photo(filled: Filled, rng: random.Random) -> Any:
    """A phone photo: the sheet on a table, seen at an angle, in uneven light."""
    img = filled.gray
    h, w = img.shape
    out_w, out_h = int(w * 1.25), int(h * 1.2)
    src = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    d = 0.07
    base = np.float32([[0.1, 0.08], [0.9, 0.08], [0.9, 0.92], [0.1, 0.92]])
    jitter = np.float32([[rng.uniform(-d, d), rng.uniform(-d, d)] for _ in range(4)]) * 0.6
    dst = (base + jitter) * np.float32([out_w, out_h])
    if rng.random() < 0.25:  # held upside down
        dst = np.roll(dst, 2, axis=0)
    matrix = cv2.getPerspectiveTransform(src, dst)
    table = rng.randint(50, 130)
    out = cv2.warpPerspective(img, matrix, (out_w, out_h), borderValue=table)
    out = _light(out, rng, 0.5)
    if rng.random() < 0.5:  # the phone's shadow over a corner
        cx, cy = rng.uniform(0, out_w), rng.uniform(0, out_h)
        yy, xx = np.mgrid[0:out_h, 0:out_w].astype(np.float32)
        dist = np.hypot(xx - cx, yy - cy) / max(out_w, out_h)
        out *= 1 - 0.35 * np.exp(-((dist / 0.3) ** 2))
    return _finish(out, rng, rng.uniform(0.4, 1.4), rng.uniform(4, 10), rng.randint(70, 92))
