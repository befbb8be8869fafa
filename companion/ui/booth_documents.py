"""The documents of the item the booth is preparing: files to download, links to open, and the
glossary shown as it is. Fetched on a worker thread (the GUI thread never waits on the network)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from companion.client import MeetingSync
from companion.client.item_documents import download_document, list_documents
from companion.domain.documents import Document, DocumentKind, glossary_terms

from .accessibility import describe
from .background import BackgroundCall
from .labels import LANGUAGE_NAMES, number, sep, tr
from .messages import error_text

DocumentRole = Qt.UserRole + 1


def document_line(document: Document) -> str:
    """"Background paper · PDF · English"."""
    kinds = {DocumentKind.LINK: tr("link"), DocumentKind.GLOSSARY: tr("glossary")}
    kind = kinds.get(document.kind) or ("DOCX" if "word" in document.content_type else "PDF")
    language = LANGUAGE_NAMES.get(document.language, "")
    return sep().join(part for part in (document.title, kind, language) if part)


class BoothDocuments(QWidget):
    """The list of an item's documents, with Download / Open and the glossary below."""

    def __init__(self, sync: MeetingSync | None, parent=None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.item_id: str | None = None
        self.list = QListWidget()
        describe(self.list, tr("Documents of the item"), tr("Papers, links and the glossary for this item."))
        self.list.currentItemChanged.connect(lambda *_: self._selected())
        self.list.itemActivated.connect(lambda *_: self.open_selected())
        self.status = QLabel(wordWrap=True)
        self.open_button = QPushButton(tr("Download…"))
        self.open_button.clicked.connect(self.open_selected)
        self.refresh_button = QPushButton(tr("Refresh"))
        self.refresh_button.clicked.connect(lambda: self.load(self.item_id))
        self.glossary = QPlainTextEdit(readOnly=True)
        self.glossary.setTabChangesFocus(True)
        describe(self.glossary, tr("Glossary"), tr("The item's terms and their renderings."))
        self.glossary.hide()
        buttons = QHBoxLayout()
        buttons.addWidget(self.status, 1)
        buttons.addWidget(self.refresh_button)
        buttons.addWidget(self.open_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addLayout(buttons)
        layout.addWidget(self.glossary, 1)
        self._calls: set[BackgroundCall] = set()
        self._selected()

    def load(self, item_id: str | None) -> None:
        """Show *item_id*'s documents (fetched now, on a worker thread)."""
        self.item_id = item_id
        self.list.clear()
        self.glossary.hide()
        if item_id is None or self.sync is None:
            self.status.setText(tr("No item chosen."))
            return
        self.status.setText(tr("Loading the documents…"))
        api = self.sync.api
        self._run(lambda: list_documents(api, item_id), lambda found, i=item_id: self._listed(i, found))

    def _listed(self, item_id: str, found: list[Document]) -> None:
        if item_id != self.item_id:
            return  # the booth moved to another item meanwhile
        for document in found:
            entry = QListWidgetItem(document_line(document))
            entry.setData(DocumentRole, document)
            self.list.addItem(entry)
        count = tr("{n} documents").format(n=number(len(found)))
        self.status.setText(count if found else tr("No documents for this item."))

    def chosen(self) -> Document | None:
        entry = self.list.currentItem()
        return entry.data(DocumentRole) if entry else None

    def _selected(self) -> None:
        document = self.chosen()
        self.open_button.setEnabled(document is not None)
        kind = document.kind if document else None
        self.open_button.setText(tr("Open") if kind == DocumentKind.LINK else tr("Download…"))
        self.glossary.setVisible(kind == DocumentKind.GLOSSARY)
        if kind == DocumentKind.GLOSSARY:
            self.glossary.setPlainText(tr("Loading the documents…"))
            api = self.sync.api
            self._run(lambda: download_document(api, document.id), self._show_glossary)

    def _show_glossary(self, body: bytes) -> None:
        terms = glossary_terms(body.decode("utf-8", errors="replace"))
        lines = (f"{term} — {rendering}" if rendering else term for term, rendering in terms)
        self.glossary.setPlainText("\n".join(lines))

    def open_selected(self, path: Path | None = None) -> None:
        """Open a link in the browser, or save a file where the booth says (*path*: tests)."""
        document = self.chosen()
        if document is None:
            return
        if document.kind == DocumentKind.LINK:
            QDesktopServices.openUrl(QUrl(document.url))
            return
        if path is None:
            name, _ = QFileDialog.getSaveFileName(self, tr("Save the document"), document.title)
            if not name:
                return
            path = Path(name)
        api = self.sync.api
        self.status.setText(tr("Downloading…"))
        self._run(lambda: download_document(api, document.id), lambda body: self._save(path, body))

    def _save(self, path: Path, body: bytes) -> None:
        try:
            path.write_bytes(body)
        except OSError as exc:
            self.status.setText(tr("Could not save: {why}").format(why=exc.strerror or str(exc)))
            return
        self.status.setText(tr("Saved to {path}").format(path=str(path)))

    def _run(self, call, done) -> None:
        task = BackgroundCall(call, self)
        self._calls.add(task)
        task.sig_done.connect(done)
        task.sig_done.connect(lambda *_: self._calls.discard(task))
        task.sig_failed.connect(lambda error: self.status.setText(self._failure(error)))
        task.sig_failed.connect(lambda *_: self._calls.discard(task))
        task.start()

    @staticmethod
    def _failure(error) -> str:
        why = error_text(error) if not isinstance(error, OSError) else (error.strerror or str(error))
        return tr("The documents could not be fetched: {why}").format(why=why)
