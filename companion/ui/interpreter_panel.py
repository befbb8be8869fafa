"""The interpreter's board: the booth's shifts, now and next, the coming speakers and their texts."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from companion.domain import command_builders as build
from companion.domain.booth_preparation import TextNews, coming
from companion.domain.booths import booths_of
from companion.domain.entities import Participant
from companion.domain.handover import booths_on_duty, handover_at
from companion.domain.relay_plan import Route

from .accessibility import describe
from .booth_ahead import AheadChooser, TextMarks
from .booth_documents import BoothDocuments
from .booth_words import cue_words, route_words, shift_words
from .coming_speakers import COL_DELEGATION, ComingSpeakers
from .labels import (
    LANGUAGE_NAMES,
    booth_name,
    item_title,
    kind_name,
    sep,
    tr,
    user_zone_clock,
)
from .role_panel import RolePanel
from .rows_model import select_row
from .table_columns import fit_to_rows_in_view

#: How often the shift line and the handover cue are brought up to date (they move with the clock).
SHIFT_TICK_MS = 10_000
CUE_STYLE = "background: #fff3c4; color: #3d2e00; font-weight: bold; padding: 6px;"
ALERT_STYLE = "color: #7a1d00; font-weight: bold;"


class InterpreterPanel(RolePanel):
    def __init__(
        self,
        me: Participant,
        parent=None,
        clock: Callable[[], datetime] | None = None,
        documents_from=None,
        settings=None,
    ) -> None:
        super().__init__(parent)
        self.me = me
        self.booth = me.booth or "en"
        #: The time now (a test passes its own clock; the domain reads none).
        self.clock = clock or (lambda: datetime.now(UTC))
        self.now_next = QLabel(wordWrap=True)
        self.now_next.setAccessibleName(tr("Now and next"))
        self.model = ComingSpeakers(self.booth, self)
        self.table = QTableView()
        describe(
            self.table,
            tr("Coming speakers"),
            tr("Who speaks now and next, when, in which language, how your booth gets it, and their texts."),
        )
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; arrows move within
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.verticalHeader().hide()
        # the name gives way, not the language
        fit_to_rows_in_view(self.table.horizontalHeader(), COL_DELEGATION)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._show_text(read=True))
        self.table.clicked.connect(lambda *_: self._read_shown())
        self.text_title = QLabel(wordWrap=True)
        self.text_title.setAccessibleName(tr("Whose text"))
        self.text = QPlainTextEdit(
            readOnly=True, placeholderText=tr("Select a speaker to read the text sent.")
        )
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in the text box
        describe(self.text, tr("Statement text"), tr("The text the selected speaker sent in advance."))
        self.shifts = QLabel(wordWrap=True)
        self.shifts.setAccessibleName(tr("Booth shifts"))
        self.cue = QLabel(wordWrap=True)
        self.cue.setAccessibleName(tr("Handover"))
        self.cue.setStyleSheet(CUE_STYLE)
        self.cue.hide()
        self._tick = QTimer(self, interval=SHIFT_TICK_MS, timeout=self._show_shift)
        self._tick.start()
        self.slow = QPushButton(tr("Ask the speaker to slow down"))
        describe(
            self.slow, self.slow.text(), tr("Tells the chair at once that your booth asks for a slower pace.")
        )
        self.slow.setStyleSheet("font-weight: bold; padding: 8px;")
        self.slow.clicked.connect(self._slow_down)
        self.slow_sent = QLabel()
        self.slow_sent.setAccessibleName(tr("Slow-down request"))
        self.ahead = AheadChooser(settings=settings)
        self.ahead.sig_changed.connect(self.refresh)
        self.text_marks = TextMarks()
        self.documents = BoothDocuments(documents_from)
        self._documents_item: str | None = None
        self.text_alert = QLabel(wordWrap=True)
        self.text_alert.setAccessibleName(tr("New texts"))
        self.text_alert.setStyleSheet(ALERT_STYLE)
        self.text_alert.hide()
        self._alert_for: str | None = None
        self._selected: str | None = None
        self._slow_downs_seen: int | None = None
        self._sent = None  # when this board's latest slow-down was recorded
        layout = QVBoxLayout(self)
        layout.addWidget(self.now_next)
        layout.addWidget(self.shifts)
        layout.addWidget(self.cue)
        layout.addWidget(self.slow)
        layout.addWidget(self.slow_sent)
        layout.addWidget(self.ahead)
        layout.addWidget(self.text_alert)
        # The list keeps room for the speaker on the floor and the next three; the text gives way.
        rows = self.table.verticalHeader().defaultSectionSize()
        self.table.setMinimumHeight(rows * 4 + self.table.horizontalHeader().sizeHint().height() + 2)
        layout.addWidget(self.table, 3)
        layout.addWidget(self._text_and_documents(), 2)

    def _text_and_documents(self) -> QTabWidget:
        """The selected speaker's text in one tab, the item's documents and glossary in the other."""
        statement = QWidget()
        column = QVBoxLayout(statement)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.text_title)
        column.addWidget(self.text, 1)
        self.tabs = QTabWidget()
        self.tabs.addTab(statement, tr("Statement text"))
        self.tabs.addTab(self.documents, tr("Documents and glossary"))
        return self.tabs

    def show_item(self, item_id: str | None) -> None:
        pass  # the board follows the live item, not the agenda selection

    def refresh(self) -> None:
        state = self._state
        if state is None:
            return
        now = self.clock()
        self.booths = booths_on_duty(booths_of(state.meeting), state.shifts, now)
        self.ahead.set_items(state)
        item_id = self.ahead.item_id(state)
        rows = coming(state, item_id, self.ahead.chosen_count(), now)
        if item_id != self._documents_item:  # the booth prepares another item: its documents
            self._documents_item = item_id
            self.documents.load(item_id)
        self._tell_news(state, self.text_marks.update(state))
        self.model.show(state, rows, self.booths, self.text_marks.marks)
        row = self.model.row_of(self._selected)
        # The text shown stays that of the same speaker; when they are gone, the first row's.
        select_row(self.table, row if row >= 0 else 0)
        self._show_text()
        self.now_next.setText("<br>".join(self._lines()))
        self._show_shift()
        self._slow_down_seen(state)

    def _show_shift(self) -> None:
        """Who is on now and next in this booth, and the handover cue 5 and 1 minute before."""
        if self._state is None:
            return
        handover = handover_at(self._state.shifts, self.booth, self.clock())
        zone = self._state.meeting.time_zone
        any_shift = any(s.language == self.booth for s in self._state.shifts)
        self.shifts.setText(shift_words(handover, zone, any_shift))
        cue = cue_words(handover, zone)
        self.cue.setText(cue)
        self.cue.setVisible(bool(cue))

    def _lines(self) -> list[str]:
        state = self._state
        live = state.live_item()
        lines = [tr("Booth: {lang}").format(lang=booth_name(self.booth))]
        lines.append(tr("On now: {item}").format(item=item_title(live) if live else tr("nothing live")))
        current = state.current_speaker()
        if current:
            who = self.model.speaker_name(current)
            language = LANGUAGE_NAMES.get(current.language)
            speaking = tr("Speaking: {who} in {lang}").format(who=who, lang=language)
            lines.append(speaking + self._route(current))
        nxt = state.queue(live.id)[:1] if live else []
        if nxt:
            who, language = self.model.speaker_name(nxt[0]), LANGUAGE_NAMES.get(nxt[0].language)
            lines.append(tr("Next: {who} in {lang}").format(who=who, lang=language) + self._route(nxt[0]))
        return lines

    def _route(self, request) -> str:
        """" — relay from English booth", in bold when the booth has work to arrange (relay, none)."""
        route = self.model.route(request.language)
        if route is None:
            return ""
        words = route_words(route)
        work = route.route in (Route.RELAY, Route.NONE) or route.feeds
        return f" — <b>{words}</b>" if work else f" — {words}"

    def _tell_news(self, state, news: dict[str, TextNews]) -> None:
        """A text arrived or changed: say whose, on which item (the mark stays until it is read)."""
        if news:
            self._alert_for, mark = next(reversed(news.items()))
            request = state.requests[self._alert_for]
            if mark == TextNews.NEW:
                words = tr("New text: {who} ({item})")
            else:
                words = tr("Text changed: {who} ({item})")
            item = state.items.get(request.item_id)
            who = self.model.speaker_name_in(state, request)
            self.text_alert.setText(words.format(who=who, item=item_title(item) if item else ""))
        self.text_alert.setVisible(self._alert_for in self.text_marks.marks)

    def _show_text(self, read: bool = False) -> None:
        """Show the selected speaker's text; with *read*, when the booth turned to another speaker,
        that text counts as read."""
        index = self.table.currentIndex()
        request = self.model.request_at(index.row()) if index.isValid() else None
        turned = request is not None and request.id != self._selected
        self._selected = request.id if request else None
        if request is None:
            self.text_title.setText(tr("No speaker selected."))
            self.text.setPlaceholderText(tr("Select a speaker to read the text sent."))
            self.text.setPlainText("")
            return
        who = f"{self.model.speaker_name(request)}{sep()}{kind_name(request.kind)}"
        if request.text:
            self.text_title.setText(tr("Text of {who}:").format(who=who))
        else:
            self.text_title.setText(tr("{who} sent no text.").format(who=who))
        self.text.setPlaceholderText("")  # the title says there is none
        self.text.setPlainText(request.text or "")
        if read and turned:
            self._read_shown()

    def _read_shown(self) -> None:
        """The booth turned to the text shown: its mark goes (and the alert, if it was about it)."""
        if self.text_marks.read(self._selected):
            self.model.set_marks(self.text_marks.marks)
            self.text_alert.setVisible(self._alert_for in self.text_marks.marks)

    def _slow_down(self) -> None:
        answer = QMessageBox.question(
            self,
            tr("Ask the speaker to slow down"),
            tr("Tell the chair now that the {booth} asks the speaker to slow down?").format(
                booth=booth_name(self.booth)
            ),
        )
        if answer == QMessageBox.Yes:
            self.slow_sent.setText(tr("Sending your request to slow down…"))
            self.sig_command.emit(build.slow_down())

    def _slow_down_seen(self, state) -> None:
        """Once the server has recorded our booth's request, say so (with the time it reached the chair)."""
        ours = [s for s in state.slow_downs if s.booth == self.booth]
        if self._slow_downs_seen is not None and len(ours) > self._slow_downs_seen:
            self._sent = ours[-1].at
        self._slow_downs_seen = len(ours)
        asked = next((s for s in reversed(ours) if s.at == self._sent), None)
        if asked is None:
            return
        sent = user_zone_clock(asked.at)
        if asked.seen_at is not None:  # a chair's screen acknowledged it
            words = tr("Sent at {t}: the chair's screen showed it at {seen}.")
            self.slow_sent.setText(words.format(t=sent, seen=user_zone_clock(asked.seen_at)))
        else:
            self.slow_sent.setText(tr("Sent at {t}: the chair has been told.").format(t=sent))
