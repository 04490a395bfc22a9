"""Reading one page: markers, perspective, QR code, lighting, and the inside of every box.

OpenCV and zxing-cpp are imported here only, when a scan is read.  The four markers give a
homography from the paper (millimetres) to the picture whatever the page's orientation (each
marker's corners are known by its id), so a page upside down or skewed is straightened in
one step.  The lighting is evened out by dividing by the paper's own brightness (a wide
maximum filter, wider than a box), so a box coloured fully black stays black; a plain
adaptive threshold would hollow it out.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from buurtdesk.core.omr import layout as geo

PX = 8.0  # pixels per millimetre of the straightened page
INSET = 1.0  # mm inside a box's outer edge where the measured area starts
SEARCH = 1.0  # mm a box may sit off its computed place (a photo's lens, a copier's skew)
LINE = 0.5  # mm, the printed outline measured when a box is looked for
DARK = 0.6  # a pixel darker than this share of the paper's brightness is ink
FAINT = 0.8  # ... and darker than this, faint ink (pencil, a light pen, a poor copy)
EMPTY_BELOW = 0.035
FAINT_EMPTY_BELOW = 0.05  # an empty box holds next to no faint ink either
OUTLINE_SEEN = 0.3  # share of the outline's ring that must show ink, else the box is unsure
MARKER_FIT_MM = 1.5  # the markers' corners must lie this close to one flat sheet
MARKED_FROM, MARKED_TO = 0.08, 0.75
CANCELLED_FROM = 0.97  # coloured in: only a box next to fully black; a dense scribble is unsure
SCALE_WARN = 0.96
DETECT_SIDE = 1200  # markers are looked for in the picture scaled to this longest side

EMPTY, MARKED, CANCELLED, UNSURE = "empty", "marked", "cancelled", "unsure"


@dataclass
class Located:
    """What one picture showed before the sheet is known."""

    markers: list[int]
    payload: str = ""
    scale: float | None = None  # printed size / true size; None for a photo
    page: Any = None  # the straightened page, PX pixels per mm; None without four markers
    problem: str = ""


@dataclass
class Measured:
    box: geo.Box
    fill: float
    decision: str


@dataclass
class Reading:
    boxes: list[Measured] = field(default_factory=list)

    @property
    def unsure(self) -> list[Measured]:
        return [m for m in self.boxes if m.decision == UNSURE]


def decide(fill: float, faint: float = 0.0) -> str:
    """A box's inside, by its share of ink: the gaps between the bands are unsure, and so is
    a box with faint ink only (a light mark is never taken for an empty box)."""
    if fill < EMPTY_BELOW:
        return EMPTY if faint < FAINT_EMPTY_BELOW else UNSURE
    if MARKED_FROM <= fill <= MARKED_TO:
        return MARKED
    if fill >= CANCELLED_FROM:
        return CANCELLED
    return UNSURE


def _detector() -> Any:
    import cv2

    params = cv2.aruco.DetectorParameters()
    params.cornerRefinementMethod = cv2.aruco.CORNER_REFINE_SUBPIX
    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    return cv2.aruco.ArucoDetector(dictionary, params)


def _markers(gray: Any) -> dict[int, Any]:
    """Markers 0-3 and their corners in the picture: looked for at about 100 dpi (fast), the
    corners then refined on the full picture."""
    import cv2
    import numpy as np

    f = min(1.0, DETECT_SIDE / max(gray.shape))
    small = gray if f == 1.0 else cv2.resize(gray, None, fx=f, fy=f, interpolation=cv2.INTER_AREA)
    corners, ids, _rejected = _detector().detectMarkers(small)
    found: dict[int, Any] = {}
    if ids is None:
        return found
    for c, i in zip(corners, ids.flatten(), strict=True):
        if 0 <= int(i) <= 3 and int(i) not in found:
            found[int(i)] = (c.reshape(4, 2) / f).astype(np.float32)
    if f < 1.0 and found:
        pts = np.concatenate(list(found.values())).reshape(-1, 1, 2)
        win = max(2, int(1.0 / f))
        crit = (cv2.TERM_CRITERIA_EPS + cv2.TERM_CRITERIA_MAX_ITER, 20, 0.05)
        pts = cv2.cornerSubPix(gray, pts, (win, win), (-1, -1), crit)
        for k, i in enumerate(found):
            found[i] = pts[4 * k : 4 * k + 4].reshape(4, 2)
    return found


def _marker_corners_mm(marker_id: int) -> list[tuple[float, float]]:
    _i, x, y = geo.MARKERS[marker_id]
    s = geo.MARKER
    return [(x, y), (x + s, y), (x + s, y + s), (x, y + s)]


def locate(gray: Any, dpi: float | None, photo: bool) -> Located:
    """Find the markers, straighten the page and read its QR code."""
    import cv2
    import numpy as np

    found = _markers(gray)
    located = Located(sorted(found))
    if len(found) < 4:
        located.problem = f"found {len(found)} of the 4 corner markers"
        return located
    src = np.concatenate([found[i] for i in range(4)]).astype(np.float32)
    dst = np.array(
        [pt for i in range(4) for pt in _marker_corners_mm(i)], dtype=np.float32
    ) * np.float32(PX)
    h, _mask = cv2.findHomography(src, dst, 0)
    if h is None or _misfit(h, src, dst) > MARKER_FIT_MM:
        located.problem = "the corner markers do not lie on one sheet"
        return located
    size = (int(geo.PAGE_W * PX), int(geo.PAGE_H * PX))
    located.page = cv2.warpPerspective(gray, h, size, flags=cv2.INTER_LINEAR, borderValue=255)
    if not photo and dpi:
        located.scale = _scale(found, dpi)
    located.payload = _qr(located.page) or _qr(gray)
    return located


def _misfit(h: Any, src: Any, dst: Any) -> float:
    """The largest distance, in mm, between a marker corner as seen and as printed."""
    import cv2
    import numpy as np

    seen = cv2.perspectiveTransform(src.reshape(-1, 1, 2), h).reshape(-1, 2)
    return float(np.max(np.linalg.norm(seen - dst, axis=1))) / PX


def _scale(found: dict[int, Any], dpi: float) -> float:
    """The printed size against the true size, from the distances between marker centres."""
    import numpy as np

    centre = {i: found[i].mean(axis=0) for i in found}
    px_per_mm = dpi / 25.4
    across = (geo.MARKERS[1][1] - geo.MARKERS[0][1]) * px_per_mm
    down = (geo.MARKERS[3][2] - geo.MARKERS[0][2]) * px_per_mm
    ratios = [
        float(np.linalg.norm(centre[1] - centre[0])) / across,
        float(np.linalg.norm(centre[2] - centre[3])) / across,
        float(np.linalg.norm(centre[3] - centre[0])) / down,
        float(np.linalg.norm(centre[2] - centre[1])) / down,
    ]
    return round(sum(ratios) / 4, 4)


def _qr(image: Any) -> str:
    import zxingcpp

    if image is None:
        return ""
    h, w = image.shape[:2]
    if w == int(geo.PAGE_W * PX) and h == int(geo.PAGE_H * PX):
        m = 4.0
        x0, y0 = int((geo.QR_X - m) * PX), int((geo.QR_Y - m) * PX)
        x1, y1 = int((geo.QR_X + geo.QR_SIZE + m) * PX), int((geo.QR_Y + geo.QR_SIZE + m) * PX)
        image = image[max(0, y0) : y1, max(0, x0) : x1]
    qr = zxingcpp.BarcodeFormats(zxingcpp.BarcodeFormat.QRCode)
    results = zxingcpp.read_barcodes(image, formats=qr)
    for result in results:
        if result.text.startswith(geo.PREFIX + "|"):
            return str(result.text)
    return str(results[0].text) if results else ""


def _ink(page: Any) -> tuple[Any, Any]:
    """Ink and faint ink as 1, paper as 0, the lighting evened out by the paper's own
    brightness."""
    import cv2
    import numpy as np

    small = cv2.resize(page, None, fx=0.25, fy=0.25, interpolation=cv2.INTER_AREA)
    k = int(geo.BOX * 1.6 * PX / 4) | 1  # wider than a box: a black box never sets the level
    paper = cv2.dilate(small, cv2.getStructuringElement(cv2.MORPH_RECT, (k, k)))
    paper = cv2.GaussianBlur(paper, (0, 0), k / 2)
    paper = cv2.resize(paper, (page.shape[1], page.shape[0]), interpolation=cv2.INTER_LINEAR)
    ratio = cv2.divide(page, np.maximum(paper, 40), scale=255.0)  # 255: as bright as the paper
    return (ratio < int(DARK * 255)).view(np.uint8), (ratio < int(FAINT * 255)).view(np.uint8)


def _area(integral: Any, x: Any, y: Any, w: int, h: int) -> Any:
    return integral[y + h, x + w] - integral[y, x + w] - integral[y + h, x] + integral[y, x]


def measure(page: Any, boxes: tuple[geo.Box, ...]) -> Reading:
    """The share of ink inside every box, each box first found near its computed place."""
    import cv2
    import numpy as np

    out = Reading()
    if not boxes:
        return out
    ink, faint_ink = _ink(page)
    integral = cv2.integral(ink, sdepth=cv2.CV_32S)
    faint_integral = cv2.integral(faint_ink, sdepth=cv2.CV_32S)
    reach = int(SEARCH * PX)
    offsets = np.arange(-reach, reach + 1)
    dy, dx = (a.ravel() for a in np.meshgrid(offsets, offsets, indexing="ij"))
    line = max(2, int(LINE * PX))
    inset = int(INSET * PX)
    x = np.array([round(b.x * PX) for b in boxes])[:, None]
    y = np.array([round(b.y * PX) for b in boxes])[:, None]
    w, h = round(geo.BOX * PX), round(geo.BOX * PX)
    xs, ys = x + dx[None, :], y + dy[None, :]
    ring = _area(integral, xs, ys, w, h) - _area(
        integral, xs + line, ys + line, w - 2 * line, h - 2 * line
    )
    # the outline's place: the most ink on the ring, the nearest of the offsets that tie
    near = (dx**2 + dy**2)[None, :] * 1e-6
    pick = np.argmax(np.where(ring >= ring.max(axis=1, keepdims=True) - 0.5, 1.0 - near, -1), 1)
    rows = np.arange(len(boxes))
    bx, by = xs[rows, pick], ys[rows, pick]
    iw, ih = w - 2 * inset, h - 2 * inset
    fills = _area(integral, bx + inset, by + inset, iw, ih) / float(iw * ih)
    faints = _area(faint_integral, bx + inset, by + inset, iw, ih) / float(iw * ih)
    ring_area = float(w * h - (w - 2 * line) * (h - 2 * line))
    outline = (
        _area(faint_integral, bx, by, w, h)
        - _area(faint_integral, bx + line, by + line, w - 2 * line, h - 2 * line)
    ) / ring_area
    for box, fill, faint, seen in zip(
        boxes, fills.tolist(), faints.tolist(), outline.tolist(), strict=True
    ):
        decision = decide(fill, faint) if seen >= OUTLINE_SEEN else UNSURE
        out.boxes.append(Measured(box, round(fill, 4), decision))
    return out
