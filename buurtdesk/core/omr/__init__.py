"""Ballots that a scan or a photo reads back: one geometry for printing and reading.

``layout`` (pure: millimetres, the QR payload, the layout hash) is shared by the ReportLab
drawing (:mod:`buurtdesk.core.documents.readable`) and the reader (``read``), which imports
OpenCV, zxing-cpp, pypdfium2 and numpy only when a scan is read.
"""
