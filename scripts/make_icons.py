"""The icon's PNG (256 px) and Windows .ico, drawn from its SVG source with Qt:

python scripts/make_icons.py        writes desktop/assets/icons/privacydesk{.png,.ico}
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtGui import QGuiApplication, QImage, QPainter  # noqa: E402
from PySide6.QtSvg import QSvgRenderer  # noqa: E402

ICONS = Path(__file__).resolve().parents[1] / "desktop" / "assets" / "icons"


def drawn(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    QSvgRenderer(str(ICONS / "privacydesk.svg")).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication(sys.argv[:1])  # noqa: F841 - Qt's image plugins need it
    if not drawn(256).save(str(ICONS / "privacydesk.png")):
        return 1
    # Windows takes its sizes from one .ico; Qt's writer stores the image it is given.
    return 0 if drawn(256).save(str(ICONS / "privacydesk.ico"), "ICO") else 1


if __name__ == "__main__":
    sys.exit(main())
