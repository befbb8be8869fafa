<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Line {line}: {reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>Nothing was imported; correct these lines and try again:</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>This list would add {a}, update {u}; {k} unchanged.</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>Imported: {a} added, {u} updated, {k} unchanged.</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>Groups: {names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>Interpreters' own languages set in the booths: {names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>{n} new personal code(s): export them now, they are shown only once.</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>{n} code(s) saved to {path} (readable by you only).</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>New personal codes</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>New personal codes, shown only once:</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>New code for {who}: {code} (the previous one no longer signs in).</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>Their open sign-ins are ended.</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>{n} participant(s) registered.</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>the file is empty: it needs a header line naming the columns</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>the header has no “{column}” column</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>the file lists nobody</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>the file lists more than {value} people</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>this line has more cells than the header has columns</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>the name is missing</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>no role is given (delegate, chair, interpreter or secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>“{value}” is not a role (delegate, chair, interpreter, secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>“{value}” is not a way of attending (onsite, remote)</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>“{value}” is not one of the meeting's languages</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>an interpreter needs the language of their booth</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>“{value}” is not an e-mail address</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>the “{column}” cell is too long</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>the same person is already on line {value}</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>the header names the column “{column}” twice</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>“{value}” is in a column the header does not name</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>the file is not readable as CSV here (a quote not closed, or a cell far too long)</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>the “{column}” cell holds a control character or a broken character</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>“{value}” is the language of this interpreter's own booth</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>columns this app does not use were ignored: {value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>line {line}, {place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>a reason this app does not know ({code})</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>the XML is broken at line {line}, column {column}</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>the XML file uses entities or external references, refused for safety</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>this XML is not a frab schedule (its root is &lt;{root}&gt;)</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>the JSON is broken at line {line}, column {column}</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>this JSON is not a c3voc schedule</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>the iCalendar file is broken</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>the schedule has {count} events; at most {limit} are accepted</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>unknown time zone “{zone}”</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>{time} does not exist in {zone} (the clocks skip that hour)</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>it has no guid or UID, so a later import could not keep it in step</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>its id is longer than {limit} characters</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>its id “{id}” appears twice (first at {first})</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>it ends before it starts</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>it lasts no time (it ends when it starts)</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>it has no title</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>it has no {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>{field} should be {expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>{field} appears more than once</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} is not in its place (it belongs in {parent})</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>{field} has a value the format does not allow</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>it gives both {field} and {other}; the format allows only one</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field} “{value}” is not a date</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field} “{value}” is not a time of day</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field} “{value}” is not a date and time</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>the duration “{value}” cannot be read</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} is a whole day ({value}), not a time</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>its time zone “{zone}” is not defined in the file</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>its times fall outside the years {first}–{last} an agenda holds</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>its text holds a control character or a text-direction control</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>the meeting does not accept it ({code})</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>the file names no time zone; its times were read as meeting time ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>{count} event(s) have no time zone; read as meeting time ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>{count} event(s) after midnight were put on the next date</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>{count} event(s) start in the hour {zone} repeats; read as the first one</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>it repeats: imported as {count} item(s), one per occurrence</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>its {field} had {length} characters; it was shortened to {limit}</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>text</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>a number</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>text or a number</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>a list</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>an object</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>an object or text</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>a whole number</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>text, or text per language</translation>
    </message>
    <message>
      <source>day</source>
      <translation>day</translation>
    </message>
    <message>
      <source>start</source>
      <translation>start</translation>
    </message>
    <message>
      <source>end</source>
      <translation>end</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>kind</translation>
    </message>
    <message>
      <source>title</source>
      <translation>title</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>moderators</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>speakers</translation>
    </message>
    <message>
      <source>room</source>
      <translation>room</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>formats</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>languages</translation>
    </message>
    <message>
      <source>public</source>
      <translation>public</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>there is no meeting '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>meeting '{meeting}' already exists</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>there is no participant '{participant}' in {meeting}</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>the meeting is too busy to import into; try again</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>cannot read {path}: there is no such file</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>cannot read {path}: permission denied</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>cannot read {path}: it is a folder, not a file</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>cannot read {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} is larger than {mb} MB</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} exists already; codes are never written over a file</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>cannot create {path}: {reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} exists already; samples are never written over a file</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>cannot write in {folder}: {reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>{path} was refused: {reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>sqlite URL needs a file path, e.g. sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>cannot open the database {path}: file is not a database of this server (or it is damaged)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>cannot open the database {path}: {reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>the database {path} failed: {reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrupted</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>an interpreter needs a booth, one of: {languages} (--booth)</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>only an interpreter has a booth (--booth)</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>Meeting time</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>moved</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>list open</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Day</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>Your time</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Item</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Kind</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Status</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>Day {n}</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>list closed</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>new</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>time changed</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>postponed</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>list opened</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>Search the agenda</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>Shows only the items whose text contains what you type.</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>My agenda only</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>Shows only the items you starred.</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ Star</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>Star or unstar the selected item</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>Starred items make up “my agenda”; you are reminded before they start.</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>All seen</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>Clears the ● marks of what changed since you last looked.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Agenda</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>The two days, one item per row; arrow keys move, the details follow.</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>Item details</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>Search the agenda…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interpretation</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>in the room</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>webcast</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>Not available in your language: shown in the original ({language}).</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alerts</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>Every alert of this session, newest first.</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>No alerts yet.</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>Alerts ({n} new)</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>Alerts ({n})</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>Interpreters ({booth}) ask the speaker to SLOW DOWN</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>Your request on “{item}” is registered: place {n}.</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>The chair declined your request on “{item}”: {why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>no reason given</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>You have the floor.</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>You are next.</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>Get ready to unmute.</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>Your request on “{item}” is registered.</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>The list of speakers closes at {time}.</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>Speakers of</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>The live item, or another item whose list is open.</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>How many speakers</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>How many of the next speakers the board lists.</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>the live item</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>Speakers of:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Show:</translation>
    </message>
    <message>
      <source>all</source>
      <translation>all</translation>
    </message>
    <message>
      <source>link</source>
      <translation>link</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>glossary</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>Documents of the item</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>Papers, links and the glossary for this item.</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>Download…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Refresh</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossary</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>The item's terms and their renderings.</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>Loading the documents…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>Downloading…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>No item chosen.</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>{n} documents</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>No documents for this item.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Open</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Save the document</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>The documents could not be fetched: {why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Saved to {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>Could not save: {why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>floor (your language)</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>Your booth's shifts are over.</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>No shift set for your booth.</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>direct</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ no interpretation into {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>Handover within {n} min: {name} takes over at {time}</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ no booth gives it</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>pivot for {booths}</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>In the booth: {name} until {time} ({n} min left)</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>Next: {name} from {time}</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>relay from {booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>retour from {booth}</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>Booths</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth} works from {language}</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth} gives retour into {language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>What each booth works from directly, and its retour.</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>Works from</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>Retour into</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>Booths…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>All the statements made for one group; 0: no budget.</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>All the statements of one delegation; 0: no budget.</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>Budgets of speaking time</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>Minutes per group</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>Minutes per delegation</translation>
    </message>
    <message>
      <source>none</source>
      <translation>none</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>The chair and the speaker are warned as a budget runs out; no clock stops.</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>Call next</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>Gives the floor to the first in the list.</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>Start clock</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>Starts the speaker's clock.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>Stops the clock for a moment.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Resume</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>Runs the clock again.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Finish</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>Ends the current statement.</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Move up</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>Moves the selected speaker one place up.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Move down</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>Moves the selected speaker one place down.</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>Move to top</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>Moves the selected speakers to the top.</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>Move to bottom</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>Moves the selected speakers to the bottom.</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>Move to place…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>Moves the selected speakers to a place you type.</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Decline…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>Refuses the selected requests, with a reason.</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>Close the list</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>Opens or closes the list of speakers.</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>Deadline…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>Sets, moves or lifts the time the open list closes by itself.</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>Add from the floor…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>Puts a delegation that raised its flag in the room on the list.</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>Interposed question…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>Gives the floor for a short question; the speaker's clock waits, then runs on.</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>Set live</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>Marks this item as the one in session.</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>Set done</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>Marks this item as finished.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>Postpone</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>Marks this item as postponed.</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>List of speakers</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Selected request</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Figures</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>Budgets…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>Minutes of speaking time per group and per delegation.</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>Move to place</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>Decline request</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>Reason (shown to the delegate):</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>Open the list</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>Select a speaker to see standing, time asked, text and estimate.</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>Place in the list (1 to {n}):</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>“{item}” set done</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>“{item}” postponed</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>{n} requests declined</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>Request of {who} declined</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>List of “{item}” closed</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>{n} waiting</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>Geneva</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>New York</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>Vienna</translation>
    </message>
    <message>
      <source>Nairobi</source>
      <translation>Nairobi</translation>
    </message>
    <message>
      <source>Paris</source>
      <translation>Paris</translation>
    </message>
    <message>
      <source>Rome</source>
      <translation>Rome</translation>
    </message>
    <message>
      <source>Bonn</source>
      <translation>Bonn</translation>
    </message>
    <message>
      <source>Bangkok</source>
      <translation>Bangkok</translation>
    </message>
    <message>
      <source>Addis Ababa</source>
      <translation>Addis Ababa</translation>
    </message>
    <message>
      <source>When</source>
      <translation>When</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegation</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Language</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>Your booth</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Text</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● new text</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● text changed</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>text sent</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>no text</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Now</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>Next {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>for</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>no data yet</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>data as of {t} ({n} min ago)</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● Live</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Connecting…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Signed out</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Connection</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>Reconnecting (next try in {n} s)</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ Offline (next try in {n} s)</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>Room display</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>Open room display</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>Copy the webcast overlay address</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>Copy the public list of speakers address</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>Show a message on the room displays…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>Clear the message</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>Start a countdown…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>Stop the countdown</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>Next speakers shown…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>Message to the room</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>Countdown on the room displays</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>Next speakers shown:</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>Minutes:</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>Copied: {url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>Add a document to the selected item…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Add a document</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>Documents (*.pdf *.docx);;Glossary (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>Select an agenda item first.</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>A document is a PDF or a DOCX file, a glossary a .txt file.</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>Could not read the file: {why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>Added {title} to the item.</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>Not done: {why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>{n} request(s) still wait on “{item}”. What happens to them?</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>Set the item done</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>Carry them to:</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>Decline them all, with this reason:</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>Keep them waiting on this item</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>Item to carry them to</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>The requests keep their order of request there.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Reason</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>Shown to each delegate whose request is declined.</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>Shown to each delegate</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>Export the agenda to a calendar (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>Export my agenda to a calendar (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>Export the record of the meeting…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>Import a schedule…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>Save calendar</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>Calendar (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>Save the record</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>Import a schedule</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>Schedules (*.xml *.json *.ics);;All files (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Import</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>The agenda has not arrived yet.</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>Star items in the agenda first: “my agenda” is empty.</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>The meeting has not arrived yet.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Import cancelled; nothing was changed.</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>Schedule imported: </translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>Saved {name}.</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>Sending {name} to the server…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>The schedule was not imported: {why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>the file could not be read</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>Could not save {name}: {why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>Nobody has the floor.</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>Current speaker</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>Speaking clock</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>Speaking time cue</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>You have the floor</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>30 s left: please conclude</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>Time is up</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>Speaking: {name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>{time} left</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>Find a delegation</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>Who raised their flag; type to find them.</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>Delegations found</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>Up and Down choose; Enter adds the one chosen.</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Speaker</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>Who speaks for the delegation.</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>Kind of request</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>A statement, a question, a point of order…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>The language they will speak, for the interpreters.</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>Type a delegation or a name</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>Add a speaker from the floor</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>Interposed question</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>{n} registered</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>My delegation</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>Speaking for</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>Your delegation, or a group it belongs to.</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>Statement text for the interpreters</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>Optional; only the interpreters and the chair can read it.</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>Load .txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>Fills the statement from a UTF-8 text file.</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>Ask for the floor</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>Puts you on the list of speakers of the selected item.</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>Language you will speak</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>The interpreters prepare for it.</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>Where you speak from</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>In the room or remotely.</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>Minutes you need</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>Used to estimate when each speaker is called.</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>Request the floor</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>Your turn</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>Point of order</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>Asks for the floor on a point of order on the item in session, in one click.</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>My request</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>Shows and highlights your place in the list of speakers.</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>no item</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>nothing is live</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>Load statement</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Text files (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>Optional: paste the statement for the interpreters</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>Select an agenda item.</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>Nothing is in session.</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>I will speak in</translation>
    </message>
    <message>
      <source>From</source>
      <translation>From</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>Time needed</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>the file is too large for a statement</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>You cannot ask for the floor now: {why}.</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>List of speakers — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>Could not load {name}: {why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>budget over: {use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>budget nearly out: {use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>after the item's planned end ({end}): the list may close before your turn</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} min</translation>
    </message>
    <message>
      <source>{s} s</source>
      <translation>{s} s</translation>
    </message>
    <message>
      <source>{day}, {time}</source>
      <translation>{day}, {time}</translation>
    </message>
    <message>
      <source>{who} {spent} of {budget}</source>
      <translation>{who} {spent} of {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>over: {who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>nearly out: {who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>Place {n} · about {time}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} h {m} min</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} min {s} s</translation>
    </message>
    <message>
      <source>Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)</source>
      <translation>Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>Budgets: {each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>Place {n}</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>The list fits with {spare} to spare; closing it now keeps it so.</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>Most time: {who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>groups: {who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>{time} per group</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>{time} per delegation</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>Over by {over}: only the first {n} fit; close the list or extend the slot.</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>Now and next</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>Coming speakers</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>Whose text</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>Statement text</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>The text the selected speaker sent in advance.</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>Booth shifts</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>Handover</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>Ask the speaker to slow down</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>Tells the chair at once that your booth asks for a slower pace.</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>Slow-down request</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>New texts</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>Documents and glossary</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>Sent at {t}: the chair's screen showed it at {seen}.</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>Select a speaker to read the text sent.</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>New text: {who} ({item})</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>Text changed: {who} ({item})</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>No speaker selected.</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>Sending your request to slow down…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>Booth: {lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>On now: {item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>Speaking: {who} in {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>Tell the chair now that the {booth} asks the speaker to slow down?</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>nothing live</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>Text of {who}:</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>{who} sent no text.</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>Sent at {t}: the chair has been told.</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>Next: {who} in {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>Delegate</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Chair</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Interpreter</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secretariat</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Statement</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentation</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>Right of reply</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>Opening</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Keynote</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Panel</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>Sharing session</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>Open floor</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Break</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Closing</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Scheduled</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>Live now</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Done</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Postponed</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>Waiting</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>Speaking</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Withdrawn</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Declined</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>In the room</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>Remote</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>Member state</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Observer</translation>
    </message>
    <message>
      <source>IGO</source>
      <translation>IGO</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>NGO</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Other</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>Floor (original)</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>Arabic booth</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>Chinese booth</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>English booth</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>French booth</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>Russian booth</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>Spanish booth</translation>
    </message>
    <message>
      <source>female</source>
      <translation>female</translation>
    </message>
    <message>
      <source>male</source>
      <translation>male</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>other gender</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>not given</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>not stated</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>the item is done</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>the item is postponed</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>the list of speakers is closed (points of order only)</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>the list of speakers for this item is not open</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr} ({offset}) · {mine} your time</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr} ({offset})</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>list closes at {t}</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>({n} d)</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>The room display says when the list closes, in every language.</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>Deadline of the list</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>Announce it on the room display</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>Announce</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>Find in the list (delegation, name, group, language, kind)</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>Shows only the requests that match; Enter jumps to the one chosen.</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>Find in the list</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>{n} found</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>Open the list of speakers</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>Close it by itself at (meeting time):</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Deadline</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>Delegates may ask for the floor until then; the list then closes for everyone.</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>When the list closes, in the meeting's time.</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>Pending actions</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Meeting</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>New window (another persona)</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Sign out</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>Close window</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Language</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>Your time zone…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>You were signed out.</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>{n} action(s) waiting to be sent</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} refused</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>The secure connection to the server failed (certificate or TLS problem).</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>The server did not answer in time.</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>The connection went silent; reconnecting.</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>Cannot reach the meeting server (network down or server stopped).</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>The connection to the server failed.</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>The connection to the meeting server was lost.</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>The server sent a meeting state this app cannot read.</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>The server sent an answer this app cannot read.</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>The server sent an event this app cannot read.</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>The server sent an event that does not fit this meeting.</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>The server's answer to sign-in is not what this app expects.</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>The server's greeting is not what this app expects.</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>The server had a problem (error {status}).</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>The server answered with error {status}.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Sign in first.</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>This address answers, but it is not a meeting server.</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>The server address is not a valid web address.</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>This address sends the app on to another one; enter the meeting server's own address.</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>Unexpected problem with the connection; trying again.</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>A value in the request is not valid.</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>Something the request needs is missing.</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>The request is not one this meeting understands.</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>The request could not be read.</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>That is too large to send.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>The text is too long.</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>Too many entries.</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>That value is out of range.</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>This action was already sent as another one.</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>Your session has ended; sign in again.</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>That meeting and code do not match.</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>Too many wrong codes. Try again in {n} s.</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>Your role may not do that.</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>You can act only on your own requests for the floor.</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>You are signed in to another meeting.</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>The meeting moved on meanwhile; look again and retry.</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>This meeting is not on the server.</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>That language is not one of this meeting's.</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>That channel does not exist.</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>That agenda item no longer exists.</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>That request for the floor no longer exists.</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>That participant is not registered.</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>An item must end after it starts.</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>That request is no longer waiting.</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>Only a point of order is filed under a category.</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>A question already interrupts the speaker.</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>The speaker cannot interrupt themselves.</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>That is not one of this meeting's categories of points of order.</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>Nothing changed.</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>A booth does not work from or into its own language.</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>An interpreter is listed twice in the booth.</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>Two shifts of the booth overlap.</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>A time must carry its UTC offset.</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>Nobody is waiting on the list.</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>The list of speakers is not open.</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>The list of speakers is already open.</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>Only delegates and observers ask for the floor.</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>This item is over.</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>You already asked for the floor on this item.</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>The clock is already running.</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>The clock is not running.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>The clock is not paused.</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>An agenda item in the schedule is not valid.</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>The schedule has the same item twice.</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>The schedule has no items; nothing was changed.</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>The schedule file was refused; nothing was changed.</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>The participants file has problems; nothing was imported.</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>The meeting is too busy just now; try again.</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>That is not a meeting id.</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>A meeting needs a title.</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>That time zone is not known.</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>That group is not declared for this meeting.</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>Your delegation may not speak for that group.</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>A group in the list is not valid.</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>The request is nested too deeply to be read.</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>The text holds a control or broken character that cannot be sent.</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>The request carries an invalid identifier; it was not sent.</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>Too many actions in a short time; wait a moment and try again.</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>Too many connections from this network; try again shortly.</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>The requests are already on that item.</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>The deadline must be in the future.</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>The list's deadline has not passed.</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>Nothing is shown on the room displays.</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>The room display has no such view.</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>The room display has no such theme.</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>The request did not arrive in full; try again.</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>The server does not have that.</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>The server does not accept that request.</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>The server does not offer that format.</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>The server hit an unexpected error; nothing was recorded.</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>You have sent as much statement text as this meeting allows; ask for the floor without a text.</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>The meeting's database cannot record anything right now; nothing was recorded.</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>List reordered</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>Undo move</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>Puts the list back in the order before the last move.</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>Speaking now</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> Get ready to unmute.</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>You have the floor on “{item}”.</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>Still registered, but the item is over: the chair may move it to another item</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>Registered · the list of speakers is not open yet</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>Place {n} · times are estimated once the item is in session</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>You are next on “{item}”.</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Procedure</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>Sound or connection</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>Speaking time</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>Conduct of the debate</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Category</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>What the selected point of order is about.</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>Category…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Name</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Role</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Where</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>E-mail</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>Import report</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>Working on the list…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>Import a list (CSV)…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>Apply the import</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>Export the new codes…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>New code for the selected participant</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>Registered participants</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>Import a list of participants</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>Lists of people (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>Checking the list…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importing…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>Save the new codes</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>The file is too large for a list of participants.</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>Select a participant in the list first.</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>The new codes have not been exported and will be lost. Close anyway?</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>Cannot read the file: {why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>Cannot write the file: {why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>Participants…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>never connected</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>connected</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>away {n} min</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Standing</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>Estimated</translation>
    </message>
    <message>
      <source>App</source>
      <translation>App</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Group</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>Your requests</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>Each request with your place and the estimated time.</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>Withdraw selected request</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>Takes the selected request off the list of speakers (you can undo it for 10 s).</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>Replace statement…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>Replaces the text and the language of the selected request; you keep your place.</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>Select one of your requests first.</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>Your request on “{item}” withdrawn</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>You have the floor on this request: it can no longer be changed.</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>On the room displays</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>The meeting resumes in</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>Message to the room: {text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>Would import ({format}):</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>Imported ({format}):</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>{n} added</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>{n} changed</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>{n} cancelled (postponed)</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>{n} removed</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>{n} gone from the file but asked for the floor on: postponed</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} unchanged</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>{n} skipped</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Note: {text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>Choose a meeting</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>Meetings on this server</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Sign in</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>Sign-in problem</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>Demo personas</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>Try it: sign in as a demo persona (double-click or Enter)</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>Sign in with the code the secretariat gave you</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Server</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Meeting</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>Personal code</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>Looking for meetings on this server…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Signing in…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Server address</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>Or sign in with the code the secretariat gave you</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>Enter your personal code.</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>Enter the server's address and choose a meeting.</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>{n} meeting(s) on this server</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>The list of speakers of the item in session, in calling order; yours in bold.</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>the statement is longer than {n} characters; send a summary</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>Replace the statement</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>You keep your place on the list; the interpreters are told.</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>{who} will now speak in {language} on “{item}”.</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>{who} replaced their statement text on “{item}”.</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>{who} took back their statement text on “{item}”.</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Time</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>a column is missing:</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>not a language of the meeting:</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>the CSV cannot be read:</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>the file is not UTF-8 text</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>the file is too large</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>the file is empty</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>Import agenda titles in another language…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>Import agenda titles</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>Translations or schedules (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>line {line}: {problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>The file's language:</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>The file holds no title for an item of the agenda.</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>Agenda items with titles sent: {n}.</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>Not on the agenda, left out: {n}.</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>Action about to be sent</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Undo</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>Takes back the action before it is sent.</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Send now</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>Sends the action without waiting.</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — sent in {n} s unless you undo.</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alert</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>Listening channel</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>The floor or the interpretation you listen to.</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>Listening to:</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>Starting in {n} min: {title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>Your time zone</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>Search time zones</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>A city or a country, in any of its names.</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>Time zones</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>The zones matching what you typed.</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>The system's time zone</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>Type a city or a country, e.g. Nairobi</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>Show “your time” in:</translation>
    </message>
  </context>
</TS>
