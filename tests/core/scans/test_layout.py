"""The geometry shared by printing and reading: markers, payload and layout hash."""

from __future__ import annotations

from buurtdesk.core.omr import layout as geo


def test_the_marker_bits_are_opencvs_dict_4x4_50() -> None:
    import cv2

    dictionary = cv2.aruco.getPredefinedDictionary(cv2.aruco.DICT_4X4_50)
    for marker_id, rows in enumerate(geo.MARKER_BITS):
        image = cv2.aruco.generateImageMarker(dictionary, marker_id, geo.MARKER_CELLS)
        inner = ["".join("1" if v > 128 else "0" for v in row[1:-1]) for row in image[1:-1]]
        assert tuple(inner) == rows, marker_id


def test_markers_sit_clockwise_at_least_10_mm_from_the_edge() -> None:
    ids = [m[0] for m in geo.MARKERS]
    assert ids == [0, 1, 2, 3]
    (_, x0, y0), (_, x1, y1), (_, x2, y2), (_, x3, y3) = geo.MARKERS
    assert x0 < x1 and y1 < y2 and x2 > x3 and y3 > y0  # clockwise from the top left
    for _i, x, y in geo.MARKERS:
        assert x >= 10 and y >= 10
        assert geo.PAGE_W - (x + geo.MARKER) >= 10 and geo.PAGE_H - (y + geo.MARKER) >= 10


def test_payload_round_trip_and_strangers() -> None:
    text = geo.payload("ballot-ranked", "u-u-i-d", "1-07F3", 17, 2, "0123abcd")
    assert text == "BD1|ballot-ranked|u-u-i-d|1-07F3|17|2|0123abcd"
    assert geo.parse_payload(text) == geo.Payload(
        "ballot-ranked", "u-u-i-d", "1-07F3", 17, 2, "0123abcd"
    )
    for bad in ("", "https://example.org", "BD1|ballot-x|u|b|1|1|h", "BD1|ballot-ranked|u|b|x|1|h"):
        assert geo.parse_payload(bad) is None


def test_the_hash_changes_with_the_boxes_and_long_lists_take_pages() -> None:
    codes = [f"K{n}" for n in range(1, 50)]
    a = geo.plan("ballot-approval", codes)
    b = geo.plan("ballot-approval", list(reversed(codes)))
    assert len(a) == 2 and a[0].columns == 2 and len(a[0].boxes) == 2 * geo.rows_per_column()
    assert a[0].hash != b[0].hash and len(a[0].hash) == 8
    assert geo.plan("ballot-approval", codes)[0].hash == a[0].hash  # stable
    ranked = geo.plan("ballot-ranked", codes[:10], 3)
    assert len(ranked) == 1 and {bx.place for bx in ranked[0].boxes} == {1, 2, 3}
    for page in a + ranked:  # boxes stay clear of the markers and of each other
        for bx in page.boxes:
            assert bx.y >= geo.TOP and bx.y + bx.h <= geo.BOTTOM
            assert bx.x >= geo.LEFT and bx.x + bx.w <= geo.RIGHT
