"""The delegate's floor: ask for the floor on the selected item, see one's place, withdraw,
a point of order in one click, and the list of speakers of the item in session."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from companion.domain import command_builders as build
from companion.domain.entities import Participant
from companion.domain.estimates import place_in_queue
from companion.domain.groups import groups_of
from companion.domain.list_forecast import ListForecast, forecast
from companion.domain.speaker_queue import DEFAULT_MINUTES, MAX_MINUTES, new_request_refusal
from companion.domain.statements import MAX_STATEMENT_BYTES, MAX_STATEMENT_CHARS, statement_fits
from companion.domain.turns import shows_estimate, shows_place, turn
from companion.domain.vocabulary import LANGUAGES, Attendance, RequestKind, RequestStatus

from .accessibility import describe, readable_colour
from .forecast_words import turn_estimate
from .labels import (
    LANGUAGE_NAMES,
    item_title,
    kind_name,
    list_deadline_note,
    number,
    refusal_words,
    status_name,
    tr,
)
from .preferences import speak_language_key, text_value
from .role_panel import RolePanel
from .speakers_list import SpeakersList
from .translations import current_language

#: The item role that holds a request's id in the list of one's own requests.
RequestIdRole = Qt.UserRole


class FloorPanel(RolePanel):
    def __init__(self, me: Participant, settings: QSettings, parent=None) -> None:
        super().__init__(parent)
        self.me, self.settings = me, settings
        self.item_label = QLabel()
        self.kind = QComboBox()
        for kind in RequestKind:
            self.kind.addItem(kind_name(kind), kind.value)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.language = QComboBox()
        for code, name in LANGUAGE_NAMES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(self.language.findData(self._own_language()))
        self.attendance = QComboBox()
        for where in Attendance:
            self.attendance.addItem(status_name(where), where.value)
        self.attendance.setCurrentIndex(0 if me.attendance == Attendance.ONSITE else 1)
        self.minutes = QSpinBox(minimum=1, maximum=MAX_MINUTES, value=3, suffix=" " + tr("min"))
        self.speaking_for = QComboBox()  # the groups the meeting says this delegation may speak for
        self.speaking_for.addItem(tr("My delegation"), None)
        describe(self.speaking_for, tr("Speaking for"), tr("Your delegation, or a group it belongs to."))
        self.text = QPlainTextEdit(placeholderText=tr("Optional: paste the statement for the interpreters"))
        self.text.setTabChangesFocus(True)  # Tab moves on: no keyboard trap in the text box
        describe(
            self.text,
            tr("Statement text for the interpreters"),
            tr("Optional; only the interpreters and the chair can read it."),
        )
        self.load = QPushButton(tr("Load .txt…"))
        describe(self.load, self.load.text(), tr("Fills the statement from a UTF-8 text file."))
        self.load.clicked.connect(self._load_text)
        self.ask = QPushButton(tr("Ask for the floor"))
        describe(self.ask, self.ask.text(), tr("Puts you on the list of speakers of the selected item."))
        self.ask.setDefault(True)
        self.ask.clicked.connect(self._ask)
        self.why_not = QLabel(wordWrap=True)
        self.why_not.setStyleSheet(f"color: {readable_colour(self, '#8a4b00', '#ffc766')};")
        describe(self.kind, tr("Kind of request"), tr("A statement, a question, a point of order…"))
        describe(self.language, tr("Language you will speak"), tr("The interpreters prepare for it."))
        describe(self.attendance, tr("Where you speak from"), tr("In the room or remotely."))
        describe(self.minutes, tr("Minutes you need"), tr("Used to estimate when each speaker is called."))
        form = QFormLayout()
        form.addRow(tr("Kind"), self.kind)
        form.addRow(tr("I will speak in"), self.language)
        form.addRow(tr("From"), self.attendance)
        form.addRow(tr("Time needed"), self.minutes)
        form.addRow(tr("Speaking for"), self.speaking_for)
        self._speaking_for_row = form
        self.text.setMaximumHeight(64)  # room for the lists below on a 720-pixel screen
        text_row = QHBoxLayout()
        text_row.addWidget(self.text, 1)
        text_row.addWidget(self.load)
        box = QGroupBox(tr("Request the floor"))
        inner = QVBoxLayout(box)
        inner.addWidget(self.item_label)
        inner.addLayout(form)
        inner.addLayout(text_row)
        inner.addWidget(self.ask)
        inner.addWidget(self.why_not)
        self.notice = QLabel(wordWrap=True)
        self.notice.setAccessibleName(tr("Your turn"))
        self.point_of_order = QPushButton(tr("Point of order"))
        describe(
            self.point_of_order,
            tr("Point of order"),
            tr("Asks for the floor on a point of order on the item in session, in one click."),
        )
        self.point_of_order.clicked.connect(self._point_of_order)
        self.mine = QListWidget()
        describe(self.mine, tr("Your requests"), tr("Each request with your place and the estimated time."))
        self.speakers = SpeakersList(me.id)
        self.speakers_title = QLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(self.notice, 1)
        row.addWidget(self.point_of_order)
        layout.addLayout(row)
        layout.addWidget(self._panes(box), 1)

    def _panes(self, box: QGroupBox) -> QSplitter:
        """The request form, your requests, the public list: one above the other, the user
        moves the divides; the form scrolls rather than being cut on a small screen."""
        withdraw = QPushButton(tr("Withdraw selected request"))
        describe(withdraw, withdraw.text(), tr("Takes the selected request off the list of speakers."))
        withdraw.clicked.connect(self._withdraw)
        mine = QWidget()
        column = QVBoxLayout(mine)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(QLabel(tr("Your requests")))
        column.addWidget(self.mine, 1)
        column.addWidget(withdraw)
        public = QWidget()
        column = QVBoxLayout(public)
        column.setContentsMargins(0, 0, 0, 0)
        column.addWidget(self.speakers_title)
        column.addWidget(self.speakers, 1)
        form = QScrollArea(widgetResizable=True, frameShape=QFrame.NoFrame)
        form.setWidget(box)
        split = QSplitter(Qt.Vertical)
        split.setChildrenCollapsible(False)
        for pane, stretch in ((form, 0), (mine, 1), (public, 2)):
            split.addWidget(pane)
            split.setStretchFactor(split.count() - 1, stretch)
        split.setSizes([box.sizeHint().height(), 80, 1000])  # the whole form first, "Ask" included
        return split

    def _own_language(self) -> str:
        """The language the delegate last spoke in, else the interface language."""
        chosen = text_value(self.settings, speak_language_key(self.me.id), current_language())
        return chosen if chosen in LANGUAGES else "en"

    def refresh(self) -> None:
        state = self._state
        if state is None:
            return
        item = state.items.get(self.item_id) if state and self.item_id else None
        note = list_deadline_note(item, state.meeting.time_zone) if item else ""
        self.item_label.setText(f"<b>{item_title(item)}</b>{note}" if item else tr("Select an agenda item."))
        refusal = (
            refusal_words(new_request_refusal(item, RequestKind(self.kind.currentData())))
            if item
            else tr("no item")
        )
        self.ask.setEnabled(refusal is None)
        self.why_not.setText(
            tr("You cannot ask for the floor now: {why}.").format(why=refusal) if refusal else ""
        )
        self.ask.setToolTip(self.why_not.text())
        self._show_groups()
        self._show_mine()
        self._show_speakers()

    def _show_speakers(self) -> None:
        state = self._state
        live = state.live_item()
        self.speakers.show_state(state)
        self.speakers_title.setText(
            tr("List of speakers — {item}").format(item=item_title(live))
            if live
            else tr("Nothing is in session.")
        )
        refusal = new_request_refusal(live, RequestKind.POINT_OF_ORDER) if live else tr("nothing is live")
        waiting = any(
            r.kind == RequestKind.POINT_OF_ORDER and r.item_id == (live.id if live else None)
            for r in state.open_requests_of(self.me.id)
        )
        self.point_of_order.setEnabled(refusal is None and not waiting)

    def _show_groups(self) -> None:
        """Offer the declared groups of the delegation; the choice survives unless its group went."""
        names = [g.name for g in groups_of(self._state.meeting, self.me.delegation)]
        offered = [self.speaking_for.itemData(i) for i in range(1, self.speaking_for.count())]
        if names != offered:
            chosen = self.speaking_for.currentData()
            while self.speaking_for.count() > 1:
                self.speaking_for.removeItem(1)
            for name in names:
                self.speaking_for.addItem(name, name)
            self.speaking_for.setCurrentIndex(max(0, self.speaking_for.findData(chosen)))
        self._speaking_for_row.setRowVisible(self.speaking_for, bool(names))

    def _show_mine(self) -> None:
        state = self._state
        self.mine.clear()
        now = datetime.now(UTC)
        notices = []
        estimates: dict[str, ListForecast] = {}  # per item: one pass over its queue, however many requests
        for r in sorted(state.open_requests_of(self.me.id), key=lambda r: r.order):
            item = state.items[r.item_id]
            place = place_in_queue(state, r.id)
            if r.status == RequestStatus.SPEAKING:
                line = tr("Speaking now")
                notices.append(tr("You have the floor on “{item}”.").format(item=item_title(item)))
            elif shows_estimate(item):
                if r.item_id not in estimates:
                    estimates[r.item_id] = forecast(state, r.item_id, now)
                line = turn_estimate(estimates[r.item_id], r.id, place, state.meeting.time_zone)
            elif shows_place(item):
                line = tr("Place {n} · times are estimated once the item is in session").format(
                    n=number(place)
                )
            elif item.over:
                line = tr("Still registered, but the item is over: the chair may move it to another item")
            else:
                line = tr("Registered · the list of speakers is not open yet")
            if turn(state, r) == 1:
                extra = tr(" Get ready to unmute.") if r.attendance == Attendance.REMOTE else ""
                notices.append(tr("You are next on “{item}”.").format(item=item_title(item)) + extra)
            entry = QListWidgetItem(f"{kind_name(r.kind)} — {item_title(item)}\n{line}")
            entry.setData(RequestIdRole, r.id)
            self.mine.addItem(entry)
        self.notice.setText("\n".join(notices))
        colour = readable_colour(self, "#0d47a1", "#90caf9")
        self.notice.setStyleSheet(f"font-weight: bold; color: {colour};" if notices else "")

    def _kind_changed(self) -> None:
        self.minutes.setValue(DEFAULT_MINUTES[RequestKind(self.kind.currentData())])
        self.refresh()

    def _ask(self) -> None:
        if not statement_fits(self.text.toPlainText()):  # the server's limit, said before sending
            self.why_not.setText(too_long_text())
            return
        command = build.floor_request(
            self.item_id,
            self.language.currentData(),
            RequestKind(self.kind.currentData()),
            attendance=Attendance(self.attendance.currentData()),
            minutes=self.minutes.value(),
            text=self.text.toPlainText(),
            on_behalf_of=self.speaking_for.currentData() or None,
        )
        self.settings.setValue(speak_language_key(self.me.id), command["language"])
        self.sig_command.emit(command)
        self.text.clear()

    def _point_of_order(self) -> None:
        live = self._state.live_item() if self._state else None
        if live is not None:
            kind = RequestKind.POINT_OF_ORDER
            self.sig_command.emit(
                build.floor_request(
                    live.id,
                    self.language.currentData(),
                    kind,
                    attendance=Attendance(self.attendance.currentData()),
                    minutes=DEFAULT_MINUTES[kind],
                )
            )

    def _withdraw(self) -> None:
        entry = self.mine.currentItem()
        if entry is not None:
            self.sig_command.emit(build.floor_withdraw(entry.data(RequestIdRole)))

    def _load_text(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Load statement"), "", tr("Text files (*.txt)"))
        if path:
            self.load_text_file(Path(path))

    def load_text_file(self, path: Path) -> str | None:
        """Load a statement; returns an error in words, or None."""
        try:
            if path.stat().st_size > MAX_STATEMENT_BYTES:  # cannot fit: not even read
                raise ValueError(tr("the file is too large for a statement"))
            text = path.read_bytes().decode("utf-8-sig")
            if not statement_fits(text):
                raise ValueError(too_long_text())
            self.text.setPlainText(text)
            return None
        except (OSError, ValueError, UnicodeDecodeError) as exc:
            message = tr("Could not load {name}: {why}").format(name=path.name, why=exc)
            self.why_not.setText(message)
            return message


def too_long_text() -> str:
    return tr("the statement is longer than {n} characters; send a summary").format(
        n=QLocale().toString(MAX_STATEMENT_CHARS)
    )
