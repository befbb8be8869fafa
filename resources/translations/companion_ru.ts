<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Строка {line}: {reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>Ничего не импортировано; исправьте эти строки и повторите:</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>Этот список добавит {a}, обновит {u}; без изменений: {k}.</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>Импортировано: добавлено {a}, обновлено {u}, без изменений {k}.</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>Группы: {names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>Собственные языки переводчиков записаны в кабинах: {names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>Новых личных кодов: {n}. Экспортируйте их сейчас: они показываются только один раз.</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>Сохранено кодов: {n} в {path} (доступно только вам).</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>Новые личные коды</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>Новые личные коды (показываются только один раз):</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>Новый код для {who}: {code} (прежний больше не действует).</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>Все открытые входы этого участника завершены.</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>Зарегистрировано участников: {n}.</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>файл объявлен как текст Unicode, но эта строка повреждена; сохраните его заново как CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>это рабочая книга, а не текстовый файл: сохраните её в табличном редакторе как «CSV UTF-8» или «Текст в Юникоде» и импортируйте этот файл</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>файл пуст: нужна строка заголовка с названиями столбцов</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>в заголовке нет столбца «{column}»</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>в файле никого нет</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>в файле больше {value} человек</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>в этой строке больше ячеек, чем столбцов в заголовке</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>не указано имя</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>роль не указана (delegate, chair, interpreter или secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>«{value}» — не роль (delegate, chair, interpreter, secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>«{value}» — не тип делегации (member_state, observer, igo, ngo, other)</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>«{value}» — не способ участия (onsite, remote)</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>«{value}» — не язык этого заседания</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>для переводчика нужен язык его кабины</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>«{value}» — не адрес электронной почты</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>ячейка «{column}» слишком длинная</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>этот же человек уже указан в строке {value}</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>в этой делегации зарегистрировано несколько человек с именем «{value}»: укажите адрес электронной почты нужного</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>ячейка «{column}» («{value}…») содержит перенос строки; объедините её в одну строку и импортируйте снова</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>в заголовке дважды указан столбец «{column}»</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>«{value}» находится в столбце, не указанном в заголовке</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>здесь файл не читается как CSV (незакрытая кавычка или слишком длинная ячейка)</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>ячейка «{column}» содержит управляющий или повреждённый символ</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>группы, указанные в файле, нельзя объявить (слишком много групп, слишком много делегаций в одной группе или слишком длинное название)</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>«{value}» стоит в столбце «{column}», который бывает только у переводчика: очистите ячейку или сделайте этого человека переводчиком</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>«{value}» — язык собственной кабины этого переводчика</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>языки, которые этот файл задаёт переводчикам кабины «{value}», нельзя записать (больше 12 переводчиков с собственными языками или имя длиннее 120 символов)</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>файл не в UTF-8, поэтому прочитан как Windows-1252 («CSV» из Excel); проверьте имена с диакритикой (первое — «{value}») и, если какое-то выглядит неверно, сохраните список как «CSV UTF-8»</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>столбцы, которые это приложение не использует, пропущены: {value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>строка {line}, {place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>причина, неизвестная приложению ({code})</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>файл больше {limit_mb} МБ; программа может занимать не более {limit_mb} МБ</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>файл не в кодировке UTF-8 (строка {line}, байт {byte}); сохраните его в UTF-8</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>это не программа в формате, который читает приложение (frab, JSON c3voc, iCalendar)</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>XML повреждён в строке {line}, столбце {column}</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>XML-файл использует сущности или внешние ссылки, что запрещено из соображений безопасности</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>этот XML не программа frab (его корень — &lt;{root}&gt;)</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>JSON повреждён в строке {line}, столбце {column}</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>этот JSON не программа c3voc</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>файл iCalendar повреждён</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>в программе {count} событий; допускается не более {limit}</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>неизвестный часовой пояс «{zone}»</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>{time} не существует в поясе {zone} (часы пропускают этот час)</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>у него нет guid или UID, поэтому следующий импорт не сможет его обновить</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>его идентификатор длиннее {limit} символов</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>его идентификатор «{id}» встречается дважды (впервые: {first})</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>оно заканчивается раньше, чем начинается</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>у него нулевая длительность (заканчивается в момент начала)</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>у него нет названия</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>у него нет поля {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>{field} должно быть: {expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>{field} встречается больше одного раза</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} стоит не на своём месте (его место — в {parent})</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>у {field} значение, недопустимое в этом формате</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>указаны и {field}, и {other}; формат допускает только одно из них</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field} «{value}» — не дата</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field} «{value}» — не время суток</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field} «{value}» — не дата и время</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>не удаётся прочитать длительность «{value}»</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} — целый день ({value}), а не время</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>его часовой пояс «{zone}» не определён в файле</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>его время выходит за пределы {first}–{last} годов, допустимых в повестке</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>его текст содержит управляющий символ или символ управления направлением текста</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>заседание его не принимает ({code})</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>в файле не указан часовой пояс; время прочитано как время заседания ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>событий без часового пояса: {count}; прочитаны как время заседания ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>событий после полуночи: {count}; перенесены на следующую дату</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>событий в часе, который {zone} повторяет: {count}; прочитаны как первый из двух</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>повторяется: импортировано как {count} пункт(ов), по одному на каждое повторение</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>повторяется бесконечно или слишком часто: импортированы его повторения до {last} ({count}), более поздние пропущены</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>повторяется, но расчёт повторяющихся событий этого файла уже занял {seconds} с; событие пропущено (упростите его правило или импортируйте его отдельным файлом)</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>поле «{field}» содержало {length} знаков; оно сокращено до {limit}</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>день с датой {date} начинается {used} по часовому поясу {zone}; его события отнесены к {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>пунктов вне дней заседания ({first} — {last}): {count}, с {earliest} по {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>текст или число</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>список</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>объект</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>объект или текст</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>целое число</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>текст или текст для каждого языка</translation>
    </message>
    <message>
      <source>day</source>
      <translation>день</translation>
    </message>
    <message>
      <source>start</source>
      <translation>начало</translation>
    </message>
    <message>
      <source>end</source>
      <translation>конец</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>вид</translation>
    </message>
    <message>
      <source>title</source>
      <translation>название</translation>
    </message>
    <message>
      <source>description</source>
      <translation>описание</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>модераторы</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>докладчики</translation>
    </message>
    <message>
      <source>room</source>
      <translation>зал</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>форматы</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>языки</translation>
    </message>
    <message>
      <source>public</source>
      <translation>публичность</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>нет заседания '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>заседание '{meeting}' уже существует</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>в {meeting} нет участника '{participant}'</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>нет участника '{who}' (укажите его идентификатор, адрес электронной почты или «Имя, Делегация»)</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>заседание слишком загружено для импорта; попробуйте ещё раз</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>не удаётся прочитать {path}: такого файла нет</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>не удаётся прочитать {path}: доступ запрещён</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>не удаётся прочитать {path}: это папка, а не файл</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>не удаётся прочитать {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} больше {mb} МБ</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} уже существует; коды никогда не записываются поверх файла</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>не удаётся создать {path}: {reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} уже существует; примеры никогда не записываются поверх файла</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>не удаётся записать в {folder}: {reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>для create-meeting нужны --title, --time-zone и --start (или --schedule FILE)</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>в {path} не указан часовой пояс (нет TZID, X-WR-TIMEZONE, time_zone_name или датированных начал дней): укажите --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path}: в расписании нет пунктов (пропущено событий: {n}); ничего не изменено.</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>{path} отклонён: {reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>в адресе sqlite нужен путь к файлу, например sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>неподдерживаемый адрес базы данных '{url}' (используйте sqlite:///path/to/file.db или postgresql://user@host/dbname)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>не удаётся открыть базу данных {path}: файл не является базой данных этого сервера (или повреждён)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>не удаётся открыть базу данных {path}: {reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>сбой базы данных {path}: {reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>прервано</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' не является часовым поясом IANA (например, Europe/Zurich).</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>переводчику нужна кабина, одна из: {languages} (--booth)</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>кабина есть только у переводчика (--booth)</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>Время заседания</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>перенесено</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>список открыт</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>День</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>Ваше время</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Пункт</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Статус</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>День {n}</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>список закрыт</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>новый</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>время изменено</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>перенесён</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>список открыт теперь</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>Поиск по повестке дня</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>Показывает только пункты, в тексте которых есть то, что вы вводите.</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>Только моя программа</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>Показывает только отмеченные вами пункты.</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ Отметить</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>Отметить выбранный пункт или снять отметку</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>Отмеченные пункты составляют «мою программу»; перед их началом придёт напоминание.</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>Всё просмотрено</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>Снимает отметки ● с того, что изменилось с вашего последнего просмотра.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Повестка дня</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>Два дня, по пункту в строке; стрелки перемещают, сведения следуют за ними.</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>Сведения о пункте</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>Поиск по повестке дня…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Устный перевод</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>в зале</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>веб-трансляция</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>Нет на вашем языке: показан оригинал ({language}).</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Оповещения</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>Все оповещения этого сеанса, сначала новые.</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>Оповещений пока нет.</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>Оповещения (новых: {n})</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>Оповещения ({n})</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>Переводчики ({booth}) просят оратора ГОВОРИТЬ МЕДЛЕННЕЕ</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>Ваша заявка по пункту «{item}» зарегистрирована: место {n}.</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>Председатель отклонил вашу заявку по пункту «{item}»: {why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>причина не указана</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>Вам предоставлено слово.</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>Вы следующий.</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>Приготовьтесь включить микрофон.</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>Ваша заявка по пункту «{item}» зарегистрирована.</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>Список ораторов закрывается в {time}.</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>Выступающие по пункту</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>Текущий пункт или другой пункт с открытым списком.</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>Сколько выступающих</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>Сколько следующих выступающих показывает табло.</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>текущий пункт</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>Выступающие по:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Показать:</translation>
    </message>
    <message>
      <source>all</source>
      <translation>все</translation>
    </message>
    <message>
      <source>link</source>
      <translation>ссылка</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>глоссарий</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>Документы пункта</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>Документы, ссылки и глоссарий этого пункта.</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>Скачать…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Обновить</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Глоссарий</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>Термины пункта и их переводы.</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>Загрузка документов…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>Скачивание…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>Пункт не выбран.</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>Документов: {n}</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>Для этого пункта документов нет.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Открыть</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Сохранить документ</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>Не удалось получить документы: {why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Сохранено: {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>Не удалось сохранить: {why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>зал (ваш язык)</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>Смены вашей кабины закончились.</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>Для вашей кабины смены не заданы.</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>напрямую</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ нет перевода на: {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>Смена через {n} мин: {name} заступает в {time}</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ ни одна кабина не даёт</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>пивот для: {booths}</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>В кабине: {name} до {time} (осталось {n} мин)</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>Далее: {name} с {time}</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>релей: {booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>ретур: {booth}</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>Кабины</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth} переводит с языка: {language}</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth} даёт ретур на язык: {language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>С каких языков каждая кабина переводит напрямую и на какие даёт ретур.</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>Переводит с</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>Ретур на</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>Кабины…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>Все выступления от имени одной группы; 0 — без лимита.</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>Все выступления одной делегации; 0 — без лимита.</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>Лимиты времени выступлений</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>Минут на группу</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>Минут на делегацию</translation>
    </message>
    <message>
      <source>none</source>
      <translation>нет</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>Председатель и оратор предупреждаются, когда лимит исчерпывается; часы не останавливаются.</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>Вызвать следующего</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>Предоставляет слово первому в списке.</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>Запустить отсчёт</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>Запускает таймер оратора.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Пауза</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>Ненадолго останавливает таймер.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Продолжить</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>Снова запускает таймер.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Завершить</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>Завершает текущее выступление.</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>Перемещает выбранного оратора на одно место выше.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>Перемещает выбранного оратора на одно место ниже.</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>В начало</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>Перемещает выбранных ораторов в начало списка.</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>В конец</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>Перемещает выбранных ораторов в конец списка.</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>На место…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>Перемещает выбранных ораторов на указанное вами место.</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Отклонить…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>Отклоняет выбранные заявки с указанием причины.</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>Закрыть список</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>Открывает или закрывает список ораторов.</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>Срок…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>Задаёт, переносит или снимает время, когда открытый список закроется сам.</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>Добавить из зала…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>Вносит в список делегацию, поднявшую табличку в зале.</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>Вопрос по ходу…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>Даёт слово для короткого вопроса; часы оратора ждут, затем идут дальше.</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>Начать пункт</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>Отмечает этот пункт как текущий.</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>Отметить завершённым</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>Отмечает этот пункт как завершённый.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>Отложить</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>Отмечает этот пункт как отложенный.</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>Список ораторов</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>В порядке вызова; перетащите строку или нажмите Ctrl+Up и Ctrl+Down, чтобы переместить оратора; щелчок с Shift или Ctrl выбирает несколько.</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Выбранная заявка</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Цифры</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>Лимиты…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>Минуты выступлений на группу и на делегацию.</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>Переместить на место</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>Отклонить заявку</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>Причина (сообщается делегату):</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>Открыть список</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>Ожидают {w} · в зале {on} · дистанционно {off} · государства-члены {ms} · другие {ob}&lt;br&gt;Языки: {langs}&lt;br&gt;Выступили: {spoken} ({genders})</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>Выберите оратора, чтобы увидеть статус, запрошенное время, текст и оценку.</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>Место в списке (от 1 до {n}):</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>«{item}» отмечен как завершённый</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>«{item}» отложен</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>Отклонено заявок: {n}</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>Заявка ({who}) отклонена</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>Список «{item}» закрыт</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>Ожидают: {n}</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>Женева</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>Нью-Йорк</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>Вена</translation>
    </message>
    <message>
      <source>Nairobi</source>
      <translation>Найроби</translation>
    </message>
    <message>
      <source>Paris</source>
      <translation>Париж</translation>
    </message>
    <message>
      <source>Rome</source>
      <translation>Рим</translation>
    </message>
    <message>
      <source>Bonn</source>
      <translation>Бонн</translation>
    </message>
    <message>
      <source>Bangkok</source>
      <translation>Бангкок</translation>
    </message>
    <message>
      <source>Addis Ababa</source>
      <translation>Аддис-Абеба</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Когда</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Делегация</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>Ваша кабина</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Текст</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● новый текст</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● текст изменён</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>текст прислан</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>нет текста</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Сейчас</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>Следующий {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>от имени</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>данных ещё нет</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>данные на {t} ({n} мин назад)</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● В эфире</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Подключение…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Вход не выполнен</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Соединение</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>Переподключение (следующая попытка через {n} с)</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ Нет связи (следующая попытка через {n} с)</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>Экран зала</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>Открыть экран зала</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>Копировать адрес титра веб-трансляции</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>Копировать адрес публичного списка ораторов</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>Показать сообщение на экранах зала…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>Убрать сообщение</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>Запустить обратный отсчёт…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>Остановить обратный отсчёт</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>Сколько следующих ораторов показывать…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>Сообщение для зала</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>Обратный отсчёт на экранах зала</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>Показывать следующих ораторов:</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>Минуты:</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>Скопировано: {url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>мин</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>Добавить документ к выбранному пункту…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Добавить документ</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>Документы (*.pdf *.docx);;Глоссарий (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>Сначала выберите пункт повестки дня.</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>Документ — файл PDF или DOCX, глоссарий — файл .txt.</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>Не удалось прочитать файл: {why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>{title} добавлен к пункту.</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>Не выполнено: {why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>По пункту «{item}» ещё ждут заявок: {n}. Что с ними сделать?</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>Завершить пункт</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>Перенести в:</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>Отклонить все с причиной:</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>Оставить их ждать по этому пункту</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>Пункт, куда перенести</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>Заявки сохранят там порядок подачи.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Причина</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>Показывается каждому делегату, чья заявка отклонена.</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>Показывается каждому делегату</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>Экспорт повестки дня в календарь (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>Экспорт моей программы в календарь (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>Экспорт протокола заседания…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>Импорт программы…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>Сохранить календарь</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>Календарь (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>Сохранить протокол</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>Импорт программы</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>Программы (*.xml *.json *.ics);;Все файлы (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Импортировать</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>Добавлено: {a}, изменено: {c}, удалено: {r}, отложено: {k}, пропущено: {s}.</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>Повестка дня ещё не получена.</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>Сначала отметьте пункты повестки: «моя программа» пуста.</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>Данные заседания ещё не получены.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Импорт отменён; ничего не изменено.</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>Программа импортирована: </translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>Сохранено: {name}.</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>Отправка {name} на сервер…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>Программа не импортирована: {why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>не удалось прочитать файл</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>Не удалось сохранить {name}: {why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>Никто не выступает.</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>Текущий оратор</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>Таймер выступления</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>Сигнал времени выступления</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>Вам предоставлено слово</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>Осталось 30 с: просьба завершать</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>Время истекло</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>Выступает: {name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Осталось {time}</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>Найти делегацию</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>Кто поднял табличку; начните вводить, чтобы найти.</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>Найденные делегации</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>Стрелки вверх и вниз выбирают; Enter добавляет выбранную.</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Оратор</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>Кто выступает от делегации.</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>Вид заявки</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>Выступление, вопрос, процедурный вопрос…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>Язык выступления — для переводчиков.</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>Введите делегацию или имя</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>Добавить оратора из зала</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>Вопрос по ходу выступления</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>зарегистрировано: {n}</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>Моя делегация</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>От имени</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>Ваша делегация или группа, в которую она входит.</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>Текст выступления для переводчиков</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>Необязательно; прочитать его могут только переводчики и председатель.</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>Загрузить .txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>Заполняет выступление из текстового файла в UTF-8.</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>Попросить слово</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>Вносит вас в список ораторов выбранного пункта.</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>Язык вашего выступления</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>Переводчики к нему готовятся.</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>Откуда вы выступаете</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>В зале или дистанционно.</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>Нужно минут</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>Используется для оценки того, когда вызовут каждого оратора.</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>Попросить слово</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>Ваша очередь</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>Процедурный вопрос</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>Одним нажатием просит слова по порядку ведения заседания по текущему пункту.</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>Моя заявка</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>Показывает и выделяет ваше место в списке ораторов.</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>нет пункта</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>ничего не идёт</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>Загрузить выступление</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Текстовые файлы (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>Необязательно: вставьте текст выступления для переводчиков</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>Выберите пункт повестки дня.</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>Сейчас ни один пункт не обсуждается.</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>Я буду говорить на</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Откуда</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>Нужное время</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>файл слишком велик для выступления</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>Сейчас нельзя попросить слово: {why}.</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>Список ораторов — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>Не удалось загрузить {name}: {why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>лимит превышен: {use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>лимит почти исчерпан: {use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>после запланированного окончания пункта ({end}): список могут закрыть до вашей очереди</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} мин</translation>
    </message>
    <message>
      <source>{s} s</source>
      <translation>{s} с</translation>
    </message>
    <message>
      <source>{day}, {time}</source>
      <translation>{day}, {time}</translation>
    </message>
    <message>
      <source>{who} {spent} of {budget}</source>
      <translation>{who} {spent} из {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>превышено: {who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>почти исчерпано: {who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>Место {n} · около {time}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} ч {m} мин</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} мин {s} с</translation>
    </message>
    <message>
      <source>Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)</source>
      <translation>Выступали {spoken} · {n} в очереди нужно {needs} · слот кончается в {end} (осталось {left})</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>Лимиты: {each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>Место {n}</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>Список укладывается с запасом {spare}; закрыв его сейчас, вы это сохраните.</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>Дольше всех: {who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>группы: {who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>{time} на группу</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>{time} на делегацию</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>Превышение {over}: чтобы уложиться, {limit} на оратора или закрыть после первых {n}.</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>Превышение {over}: уложатся только первые {n}; закройте список или продлите слот.</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>Сейчас и далее</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>Следующие ораторы</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>Кто выступает сейчас и далее, когда, на каком языке, как его получает ваша кабина, и их тексты.</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>Чей текст</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>Текст выступления</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>Текст, заранее присланный выбранным оратором.</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>Смены кабины</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>Передача смены</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>Попросить оратора говорить медленнее</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>Сразу сообщает председателю, что ваша кабина просит говорить медленнее.</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>Просьба говорить медленнее</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>Новые тексты</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>Документы и глоссарий</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>Отправлено в {t}: на экране председателя показано в {seen}.</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>Выберите оратора, чтобы прочитать присланный текст.</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>Новый текст: {who} ({item})</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>Текст изменён: {who} ({item})</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>Оратор не выбран.</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>Отправка просьбы говорить медленнее…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>Кабина: {lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>Сейчас идёт: {item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>Выступает: {who}, язык: {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>Сообщить председателю, что {booth} просит оратора говорить медленнее?</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>ничего не идёт</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>Текст: {who}</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>{who}: текст не прислан.</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>Отправлено в {t}: председатель уведомлён.</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>Далее: {who}, язык: {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>Делегат</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Переводчик</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Секретариат</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Выступление</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Вопрос</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Презентация</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>Право на ответ</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>Открытие</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Основной доклад</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Дискуссия</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>Обмен опытом</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>Открытые прения</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Перерыв</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Закрытие</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Запланировано</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>Идёт сейчас</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Завершено</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Отложено</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Ожидает</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>Выступает</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Отозвана</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Отклонена</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>В зале</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>Дистанционно</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>Государство-член</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Наблюдатель</translation>
    </message>
    <message>
      <source>IGO</source>
      <translation>МПО</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>НПО</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>Зал (оригинал)</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>арабская кабина</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>китайская кабина</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>английская кабина</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>французская кабина</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>русская кабина</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>испанская кабина</translation>
    </message>
    <message>
      <source>female</source>
      <translation>женщины</translation>
    </message>
    <message>
      <source>male</source>
      <translation>мужчины</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>другой пол</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>не указан</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>не указан</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>пункт завершён</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>пункт отложен</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>список ораторов закрыт (только по порядку ведения)</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>список ораторов по этому пункту не открыт</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr} ({offset}) · {mine} ваше время</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr} ({offset})</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>список закрывается в {t}</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>({n} д.)</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>Экран в зале сообщает на всех языках, когда закроется список.</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>Закрыть список ораторов «{item}»?&lt;br&gt;Ожидающие ({n}) сохраняют свои места; новые заявки отклоняются, кроме процедурных вопросов.</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>Срок списка</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>Объявить на экране в зале</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>Объявить</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>Поиск в списке (делегация, имя, группа, язык, вид)</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>Показывает только подходящие заявки; Enter переходит к выбранной.</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>Поиск в списке</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>найдено: {n}</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>Открыть список ораторов</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>Закрыть автоматически в (время заседания):</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Крайний срок</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>До этого времени делегаты могут записаться; затем список закрывается для всех.</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>Когда закрывается список, по времени заседания.</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>Ожидающие действия</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Заседание</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>Новое окно (другая роль)</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Выйти</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>Закрыть окно</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Язык</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>Ваш часовой пояс…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>Системное хранилище ключей недоступно, поэтому в следующий раз придётся войти снова (вход хранится только в памяти и никогда не записывается в файл).</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>Вы вышли из системы.</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>Ожидают отправки: {n}</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>Отклонено: {n}</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>Не удалось установить защищённое соединение с сервером (проблема с сертификатом или TLS).</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>Этот компьютер не доверяет сертификату сервера (самоподписанный, просроченный или выданный неизвестным центром).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>Сервер не ответил вовремя.</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>Соединение замолчало; переподключение.</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>Сервер заседания недоступен (нет сети или сервер остановлен).</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>Не удалось подключиться к серверу.</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>Соединение с сервером заседания потеряно.</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>Сервер прислал состояние заседания, которое приложение не может прочитать.</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>Сервер прислал ответ, который приложение не может прочитать.</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>Сервер прислал событие, которое приложение не может прочитать.</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>Сервер прислал событие, не относящееся к этому заседанию.</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>Ответ сервера на вход не соответствует ожиданиям приложения.</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>Приветствие сервера не соответствует ожиданиям приложения.</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>На сервере возникла проблема (ошибка {status}).</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>Сервер ответил ошибкой {status}.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Сначала войдите.</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>Этот адрес отвечает, но это не сервер заседаний.</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>Адрес сервера не является допустимым веб-адресом.</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>Этот адрес перенаправляет приложение на другой; введите собственный адрес сервера заседания.</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>Непредвиденная проблема с соединением; повторяем попытку.</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>Одно из значений в запросе недопустимо.</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>В запросе не хватает нужных данных.</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>Этот запрос не понятен данному заседанию.</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>Не удалось прочитать запрос.</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>Это слишком велико для отправки.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>Текст слишком длинный.</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>Слишком много записей.</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>Значение вне допустимого диапазона.</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>Это действие уже было отправлено как другое.</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>Ваш сеанс завершён; войдите снова.</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>Заседание и код не совпадают.</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>Слишком много неверных кодов. Повторите через {n} с.</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>Ваша роль этого не допускает.</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>Можно действовать только со своими заявками на выступление.</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>Вы вошли в другое заседание.</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>Заседание тем временем продвинулось; посмотрите ещё раз и повторите.</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>Этого заседания нет на сервере.</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>Этот язык не является языком заседания.</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>Такого канала нет.</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>Этого пункта повестки больше нет.</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>Этой заявки на выступление больше нет.</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>Этот участник не зарегистрирован.</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>Пункт должен заканчиваться после начала.</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>Эта заявка больше не ожидает.</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>Категорию получает только процедурный вопрос.</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>Оратора уже прерывает вопрос.</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>Оратор не может прервать сам себя.</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>Это не одна из категорий процедурных вопросов этого заседания.</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>Ничего не изменилось.</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>Кабина не переводит ни с родного языка, ни на него.</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>Переводчик указан в кабине дважды.</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>Две смены кабины пересекаются.</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>Время должно быть указано со смещением от UTC.</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>В списке никто не ожидает.</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>Список ораторов не открыт.</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>Список ораторов уже открыт.</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>Слово просят только делегаты и наблюдатели.</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>Этот пункт завершён.</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>Вы уже просили слово по этому пункту.</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>Таймер уже запущен.</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>Таймер не запущен.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>Таймер не на паузе.</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>Один из пунктов программы недопустим.</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>В программе один и тот же пункт встречается дважды.</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>В программе нет пунктов; ничего не изменено.</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>Файл программы отклонён; ничего не изменено.</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>В файле участников есть ошибки; ничего не импортировано.</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>Заседание сейчас слишком загружено; попробуйте ещё раз.</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>Это не идентификатор заседания.</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>У заседания должно быть название.</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>Этот часовой пояс неизвестен.</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>Эта группа не заявлена для данного заседания.</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>Ваша делегация не может выступать от имени этой группы.</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>Одна из групп в списке недействительна.</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>Запрос имеет слишком глубокую вложенность и не может быть прочитан.</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>Текст содержит управляющий или повреждённый символ, который нельзя отправить.</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>Запрос содержит недопустимый идентификатор; он не был отправлен.</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>Слишком много действий за короткое время; подождите немного и повторите попытку.</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>Слишком много подключений из этой сети; повторите попытку чуть позже.</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>Заявки уже относятся к этому пункту.</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>Крайний срок должен быть в будущем.</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>Крайний срок списка ещё не наступил.</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>На экранах зала ничего не показано.</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>У экрана зала нет такого вида.</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>У экрана зала нет такой темы.</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>Запрос дошёл не полностью; повторите попытку.</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>На сервере этого нет.</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>Сервер не принимает этот запрос.</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>Сервер не предоставляет этот формат.</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>На сервере произошла непредвиденная ошибка; ничего не записано.</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>Вы уже отправили столько текста выступлений, сколько допускает это заседание; попросите слова без текста.</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>База данных заседания сейчас не может ничего записать; ничего не записано.</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>Порядок списка изменён</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>Отменить перемещение</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>Возвращает список в порядок до последнего перемещения.</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>Вы выступаете</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> Приготовьтесь включить микрофон.</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>Вам предоставлено слово по пункту «{item}».</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>Заявка ещё зарегистрирована, но пункт завершён: председатель может перенести её в другой пункт</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>Зарегистрирована · список ораторов ещё не открыт</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>Место {n} · время оценивается, когда пункт начнётся</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>Вы следующий по пункту «{item}».</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Процедура</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>Звук или связь</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>Время выступления</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>Ведение прений</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Категория</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>О чём выбранный процедурный вопрос.</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>Категория…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Роль</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Где</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Эл. почта</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Участники</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>Отчёт об импорте</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>Обработка списка…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>Импортировать список (CSV)…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>Выполнить импорт</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>Экспортировать новые коды…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>Новый код для выбранного участника</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>Зарегистрированные участники</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>Импорт списка участников</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>Списки людей (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>Проверка списка…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Импорт…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>Сохранить новые коды</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>Файл слишком велик для списка участников.</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>Сначала выберите участника в списке.</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>Новые коды не экспортированы и будут потеряны. Всё равно закрыть?</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>Не удаётся прочитать файл: {why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>Не удаётся записать файл: {why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>Участники…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>не подключался</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>в сети</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>нет {n} мин</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Статус участника</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Мин</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>Ожидается</translation>
    </message>
    <message>
      <source>App</source>
      <translation>Прил.</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>Ваши заявки</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>Каждая заявка с вашим местом и ожидаемым временем.</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>Отозвать выбранную заявку</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>Снимает выбранную заявку со списка ораторов (отменить можно в течение 10 с).</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>Заменить текст выступления…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>Заменяет текст и язык выбранной заявки; ваше место в списке сохраняется.</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>Сначала выберите одну из своих заявок.</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>Ваша заявка по пункту «{item}» отозвана</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>По этой заявке вам уже предоставлено слово: изменить её больше нельзя.</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>На экранах зала</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>Заседание возобновится через</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>Сообщение для зала: {text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>Будет импортировано ({format}):</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>Импортировано ({format}):</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>добавлено: {n}</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>изменено: {n}</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>отменено (отложено): {n}</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>удалено: {n}</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>нет в файле, но есть заявки на выступление — отложено: {n}</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>без изменений: {n}</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>пропущено: {n}</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Примечание: {text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>Выберите заседание</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>Заседания на этом сервере</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Войти</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>Проблема со входом</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>Демонстрационные роли</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>Попробуйте: войдите под демонстрационной ролью (двойной щелчок или Enter)</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>Войдите с кодом, выданным секретариатом</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Сервер</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>Личный код</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>Поиск заседаний на этом сервере…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Вход…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Адрес сервера</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>Или войдите с кодом, выданным секретариатом</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>Введите личный код.</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>Введите адрес сервера и выберите заседание.</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>Заседаний на этом сервере: {n}</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>Список ораторов по текущему пункту в порядке выступления; ваша заявка выделена.</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>заявление длиннее {n} символов; отправьте краткое изложение</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>Замена текста выступления</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>Ваше место в списке сохраняется; переводчики получат уведомление.</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>{who} теперь будет выступать на языке «{language}» по пункту «{item}».</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>{who} заменил(а) текст выступления по пункту «{item}».</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>{who} отозвал(а) текст выступления по пункту «{item}».</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Время</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>не хватает столбца:</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>не язык заседания:</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>CSV не читается:</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>файл не в кодировке UTF-8</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>файл слишком велик</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>файл пуст</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>Импорт названий пунктов на другом языке…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>Импорт названий пунктов</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>Переводы или расписания (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>строка {line}: {problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>Язык файла:</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>В файле нет названий пунктов повестки дня.</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>Пунктов повестки с отправленными названиями: {n}.</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>Нет в повестке, пропущено: {n}.</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>Действие, которое будет отправлено</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>Отменяет действие до его отправки.</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Отправить сейчас</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>Отправляет действие без ожидания.</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — будет отправлено через {n} с, если не отменить.</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Оповещение</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>Канал прослушивания</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>Зал или перевод, который вы слушаете.</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>Слушаю:</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>Начнётся через {n} мин: {title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>Ваш часовой пояс</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>Поиск часового пояса</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>Город или страна под любым из названий.</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>Часовые пояса</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>Пояса, подходящие под введённый текст.</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>Часовой пояс системы</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>Введите город или страну, например Nairobi</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>Показывать «ваше время» по:</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker.</source>
      <translation type="vanished">В порядке вызова; перетащите строку или нажмите Ctrl+Up и Ctrl+Down, чтобы переместить оратора.</translation>
    </message>
    <message>
      <source>Refuses the selected request, with a reason.</source>
      <translation type="vanished">Отклоняет выбранную заявку с указанием причины.</translation>
    </message>
    <message>
      <source>relay</source>
      <translation type="vanished">релейный перевод</translation>
    </message>
    <message>
      <source>Who speaks now and the next three, in which language, with relay and text marked.</source>
      <translation type="vanished">Кто говорит сейчас и трое следующих, на каком языке, с отметками о реле и тексте.</translation>
    </message>
    <message>
      <source>Booth shifts: </source>
      <translation type="vanished">Смены кабины: </translation>
    </message>
    <message>
      <source>take relay</source>
      <translation type="vanished">релейный перевод</translation>
    </message>
    <message>
      <source>Your shift: {name}, {n} min left</source>
      <translation type="vanished">Ваша смена: {name}, осталось {n} мин</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers.</source>
      <translation type="vanished">Снимает выбранную заявку со списка ораторов.</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again</source>
      <translation type="vanished">файл не в кодировке UTF-8; сохраните его как UTF-8 (CSV UTF-8) и повторите</translation>
    </message>
    <message>
      <source>the column “{column}” is not one this app knows</source>
      <translation type="vanished">столбец «{column}» этому приложению неизвестен</translation>
    </message>
    <message>
      <source>“{value}” is not a date</source>
      <translation type="vanished">«{value}» — не дата</translation>
    </message>
    <message>
      <source>Who speaks next and in which language; relay is marked.</source>
      <translation type="vanished">Кто выступает далее и на каком языке; релейный перевод отмечен.</translation>
    </message>
    <message>
      <source>Offline (showing state as of {t}; next try in {n} s)</source>
      <translation type="vanished">Нет связи (состояние на {t}; следующая попытка через {n} с)</translation>
    </message>
    <message>
      <source>Interpreters ({booth} booth) ask the speaker to SLOW DOWN</source>
      <translation type="vanished">Переводчики (кабина {booth}) просят оратора говорить МЕДЛЕННЕЕ</translation>
    </message>
    <message>
      <source>the file is broken, unsafe or not a schedule this app reads</source>
      <translation type="vanished">файл повреждён, небезопасен или не является программой, которую читает приложение</translation>
    </message>
    <message>
      <source>Could not read {name}: {why}</source>
      <translation type="vanished">Не удалось прочитать {name}: {why}</translation>
    </message>
    <message>
      <source>Too many live connections from this address; try again shortly.</source>
      <translation type="vanished">Слишком много подключений с этого адреса; повторите попытку чуть позже.</translation>
    </message>
    <message>
      <source>the duration “{value}” is not in hours and minutes (HH:MM)</source>
      <translation type="vanished">длительность «{value}» не в часах и минутах (ЧЧ:ММ)</translation>
    </message>
    <message>
      <source>Mark all as seen</source>
      <translation type="vanished">Отметить всё как просмотренное</translation>
    </message>
    <message>
      <source>On now: {name} until {time} ({n} min left)</source>
      <translation type="vanished">Сейчас работает: {name} до {time} (осталось {n} мин)</translation>
    </message>
  </context>
</TS>
