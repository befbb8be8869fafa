"""Meeting ▸ Add a document to the selected item…: the secretariat gives the item selected in the
agenda a PDF or DOCX file, or a glossary (a .txt file, one term a line). Sent on a worker thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog, QMenu

from companion.client.item_documents import upload_document
from companion.domain.documents import FILE_TYPES, MAX_DOCUMENT_BYTES
from companion.domain.permissions import may_issue

from .background import BackgroundCall
from .labels import tr
from .messages import error_text

#: What the file's name says it is (the server checks the content agrees).
TYPES = {".pdf": "application/pdf", ".docx": next(t for t in FILE_TYPES if "word" in t), ".txt": "text/plain"}


def install(window, menu: QMenu) -> QAction:
    """Add the entry to the window's Meeting menu, shown to the secretariat."""
    action = QAction(tr("Add a document to the selected item…"), menu)
    action.triggered.connect(lambda _checked=False: _ask(window))

    def show_if_allowed() -> None:
        me = window.sync.me
        action.setVisible(me is not None and may_issue(me, "documents.add"))

    menu.aboutToShow.connect(show_if_allowed)
    show_if_allowed()
    menu.addAction(action)
    return action


def _ask(window) -> None:
    item_id = window.workspace.agenda.current_item if window.workspace else None
    if item_id is None:
        window.statusBar().showMessage(tr("Select an agenda item first."), 8000)
        return
    path, _ = QFileDialog.getOpenFileName(
        window, tr("Add a document"), "", tr("Documents (*.pdf *.docx);;Glossary (*.txt)")
    )
    if path:
        send(window, item_id, Path(path))


def send(window, item_id: str, path: Path) -> BackgroundCall | None:
    """Upload *path* to *item_id*; the status bar says how it went. Returns the call (tests wait on it)."""
    tell = lambda words: window.statusBar().showMessage(words, 12_000)  # noqa: E731
    content_type = TYPES.get(path.suffix.lower())
    if content_type is None:
        tell(tr("A document is a PDF or a DOCX file, a glossary a .txt file."))
        return None
    try:
        with path.open("rb") as handle:
            body = handle.read(MAX_DOCUMENT_BYTES + 1)
    except OSError as exc:
        tell(tr("Could not read the file: {why}").format(why=exc.strerror))
        return None
    api, glossary = window.sync.api, path.suffix.lower() == ".txt"
    title = path.name
    call = BackgroundCall(lambda: upload_document(api, item_id, body, title, content_type, glossary), window)
    call.sig_done.connect(lambda doc: tell(tr("Added {title} to the item.").format(title=doc.title)))
    call.sig_failed.connect(lambda error: tell(tr("Not done: {why}").format(why=error_text(error))))
    call.start()
    return call
