"""The header line of a participants file, as people write it.

Secretariats type headers by hand, in their own language, or keep a registration system's: "E-mail",
"Full name", "Délégation", "Имя". Each is mapped to one of ROSTER_COLUMNS; a column this app does
not know (a badge number, an address) is ignored and named in a note, never a reason to refuse the
whole list. Pure: the cells come in already split.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field

#: The columns of a participants file, in the order the sample writes them.
ROSTER_COLUMNS = (
    "name",
    "role",
    "delegation",
    "delegation_kind",
    "attendance",
    "language",
    "gender",
    "groups",
    "email",
    # An interpreter's own languages where they differ from their booth's (``booths.InterpreterLanguages``).
    "works_from",
    "retour",
)
REQUIRED_COLUMNS = ("name", "role")
#: Ignored columns named in a note (the rest counted): a file of 400,000 columns needs no long note.
MAX_NAMED_COLUMNS = 20

#: Header variants (after ``header_key``) -> the column. English variants, then the five other
#: languages of the meeting, as a registration form or a translated spreadsheet heads them.
_ALIASES = {
    "name": (
        "full name", "fullname", "participant", "participant name", "person",
        "nom", "nom complet", "nom et prénom", "prénom et nom",
        "nombre", "nombre completo", "nombre y apellidos",
        "имя", "фио", "ф.и.о.", "полное имя", "участник",
        "姓名", "名字", "全名",
        "الاسم", "الاسم الكامل",
    ),
    "role": ("function role", "rôle", "rol", "роль", "角色", "الدور"),
    "delegation": (
        "country", "country or organization", "country/organization", "organization", "organisation",
        "délégation", "pays", "delegación", "país", "делегация", "страна",
        "代表团", "国家", "الوفد", "البلد",
    ),
    "delegation_kind": (
        "kind", "delegation type", "type", "status",
        "type de délégation", "tipo de delegación", "тип делегации", "代表团类型", "نوع الوفد",
    ),
    "attendance": (
        "participation", "onsite or remote", "présence", "asistencia", "participación",
        "участие", "присутствие", "出席", "出席方式", "الحضور",
    ),
    "language": (
        "lang", "langue", "idioma", "lengua", "язык", "语言", "اللغة",
    ),
    "gender": ("sex", "genre", "sexe", "género", "sexo", "пол", "性别", "الجنس", "النوع الاجتماعي"),
    "groups": (
        "group", "regional group", "groupe", "groupes", "grupo", "grupos",
        "группа", "группы", "组", "集团", "المجموعة", "المجموعات",
    ),
    "email": (
        "e mail", "mail", "e mail address", "email address", "courriel", "adresse e mail",
        "adresse électronique", "correo", "correo electrónico", "correo electronico",
        "эл. почта", "электронная почта", "e mail адрес", "почта",
        "电子邮件", "电子邮箱", "邮箱", "البريد الإلكتروني", "البريد الالكتروني",
    ),
    "works_from": (
        "passive", "passive languages", "works from languages",
        "langues passives", "travaille à partir de", "idiomas pasivos", "lenguas pasivas",
        "пассивные языки", "работает с", "被动语言", "工作语言来源", "اللغات السلبية", "يعمل من",
    ),
    "retour": (
        "return", "retour language", "langue de retour", "idioma de retorno", "retorno",
        "ретур", "обратный перевод", "反向翻译", "回译", "الترجمة العكسية",
    ),
}
_COLUMN_OF = {
    **{column.replace("_", " "): column for column in ROSTER_COLUMNS},
    **{alias: column for column, aliases in _ALIASES.items() for alias in aliases},
}


def header_key(cell: str) -> str:
    """A header cell as people vary it: no case, no BOM, "-" and "_" as spaces, spaces tidied."""
    text = cell.strip().lstrip("\ufeff").casefold().replace("-", " ").replace("_", " ")
    return " ".join(text.split())


def column_for(cell: str) -> str | None:
    """The column a header cell names ("E-mail" is ``email``), or None for one this app does not know."""
    key = header_key(cell)
    return _COLUMN_OF.get(key) or _COLUMN_OF.get(key.rstrip(" :*"))


@dataclass
class Header:
    """A header line read: the column of each cell (None: ignored), and what is wrong with it."""

    columns: list[str | None] = field(default_factory=list)
    #: The header cells that name no column of ours, as written (ignored, and said so).
    ignored: list[str] = field(default_factory=list)
    #: (issue, column): a required column missing, or one column named twice.
    problems: list[tuple[str, str]] = field(default_factory=list)


def read_header(cells: Sequence[str]) -> Header:
    """Map each header cell to its column; unknown ones ignored, blank ones kept blank ("")."""
    header = Header()
    for cell in cells:
        if not cell.strip():
            header.columns.append("")  # blank: a value under it is refused (unnamed_column)
            continue
        column = column_for(cell)
        header.columns.append(column)
        if column is None:
            header.ignored.append(" ".join(cell.split()))
    known = [c for c in header.columns if c]
    header.problems += [("missing_column", c) for c in REQUIRED_COLUMNS if c not in known]
    # Which of two "name" columns is right cannot be guessed: the second would silently win.
    header.problems += [("duplicate_column", c) for c, n in Counter(known).items() if n > 1]
    return header
