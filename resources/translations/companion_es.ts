<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Línea {line}: {reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>No se importó nada; corrija estas líneas e inténtelo de nuevo:</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>Esta lista añadiría {a}, actualizaría {u}; {k} sin cambios.</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>Importado: {a} añadidos, {u} actualizados, {k} sin cambios.</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>Grupos: {names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>Idiomas propios de los intérpretes registrados en las cabinas: {names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>{n} código(s) personal(es) nuevo(s): expórtelos ahora, solo se muestran una vez.</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>{n} código(s) guardado(s) en {path} (solo usted puede leerlo).</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>Nuevos códigos personales</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>Nuevos códigos personales, se muestran una sola vez:</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>Código nuevo para {who}: {code} (el anterior ya no permite entrar).</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>Sus sesiones abiertas han terminado.</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>{n} participante(s) registrado(s).</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>el archivo dice ser texto Unicode, pero esta línea está dañada; guárdelo de nuevo como CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>esto es un libro de cálculo, no un archivo de texto: en la hoja de cálculo, guárdelo como «CSV UTF-8» o «Texto Unicode» e importe ese archivo</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>el archivo está vacío: necesita una línea de encabezado con los nombres de las columnas</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>el encabezado no tiene la columna «{column}»</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>el archivo no incluye a nadie</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>el archivo incluye a más de {value} personas</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>esta línea tiene más celdas que columnas el encabezado</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>falta el nombre</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>no se indica ningún rol (delegate, chair, interpreter o secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>«{value}» no es una función (delegate, chair, interpreter, secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>«{value}» no es un tipo de delegación (member_state, observer, igo, ngo, other)</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>«{value}» no es una forma de asistir (onsite, remote)</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>«{value}» no es uno de los idiomas de la reunión</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>un intérprete necesita el idioma de su cabina</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>«{value}» no es una dirección de correo electrónico</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>la celda «{column}» es demasiado larga</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>la misma persona ya está en la línea {value}</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>varias personas registradas se llaman «{value}» en esta delegación: indique el correo electrónico de la persona en cuestión</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>la celda «{column}» («{value}…») contiene un salto de línea; póngala en una sola línea e importe de nuevo</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>el encabezado nombra dos veces la columna «{column}»</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>«{value}» está en una columna que el encabezado no nombra</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>el archivo no se puede leer como CSV en este punto (una comilla sin cerrar o una celda demasiado larga)</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>la celda «{column}» contiene un carácter de control o un carácter dañado</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>los grupos que nombra este archivo no se pueden declarar (demasiados grupos, demasiadas delegaciones en uno o un nombre demasiado largo)</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>«{value}» está en la columna «{column}», que solo tiene un intérprete: vacíe la celda o haga de esta persona un intérprete</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>«{value}» es el idioma de la propia cabina de este intérprete</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>los idiomas que este archivo da a los intérpretes de la cabina «{value}» no pueden registrarse (más de 12 intérpretes con idiomas propios, o un nombre de más de 120 caracteres)</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>el archivo no está en UTF-8, así que se leyó como Windows-1252 (el «CSV» de Excel); revise los nombres con acentos (el primero es «{value}») y, si alguno se ve mal, guarde la lista como «CSV UTF-8»</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>se ignoraron las columnas que esta aplicación no usa: {value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>línea {line}, {place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>un motivo que esta aplicación no conoce ({code})</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>el archivo supera {limit_mb} MB; un programa puede tener como máximo {limit_mb} MB</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>el archivo no es texto UTF-8 (línea {line}, byte {byte}); guárdelo en UTF-8</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>el archivo no es un programa que esta aplicación lea (frab, JSON c3voc, iCalendar)</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>el XML está roto en la línea {line}, columna {column}</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>el archivo XML usa entidades o referencias externas, rechazadas por seguridad</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>este XML no es un programa frab (su raíz es &lt;{root}&gt;)</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>el JSON está roto en la línea {line}, columna {column}</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>este JSON no es un programa c3voc</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>el archivo iCalendar está roto</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>el programa tiene {count} eventos; se aceptan como máximo {limit}</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>zona horaria desconocida «{zone}»</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>{time} no existe en {zone} (los relojes saltan esa hora)</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>no tiene guid ni UID, así que una importación posterior no podría seguirlo</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>su identificador supera los {limit} caracteres</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>su identificador «{id}» aparece dos veces (la primera en {first})</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>termina antes de empezar</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>no dura nada (termina cuando empieza)</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>no tiene título</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>no tiene {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>{field} debería ser {expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>{field} aparece más de una vez</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} no está en su lugar (va dentro de {parent})</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>{field} tiene un valor que el formato no admite</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>indica a la vez {field} y {other}; el formato solo admite uno</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field} «{value}» no es una fecha</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field} «{value}» no es una hora del día</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field} «{value}» no es una fecha y hora</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>no se puede leer la duración «{value}»</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} es un día entero ({value}), no una hora</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>su zona horaria «{zone}» no está definida en el archivo</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>sus horas quedan fuera de los años {first}–{last} que admite un orden del día</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>su texto contiene un carácter de control o un control de dirección del texto</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>la reunión no lo acepta ({code})</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>el archivo no indica zona horaria; sus horas se leyeron en la hora de la reunión ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>{count} evento(s) sin zona horaria, leídos en la hora de la reunión ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>{count} evento(s) después de medianoche pasados a la fecha siguiente</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>{count} evento(s) empiezan en la hora que {zone} repite; leídos como la primera</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>se repite: importado como {count} punto(s), uno por repetición</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>se repite sin fin o con demasiada frecuencia: se importaron sus {count} repeticiones hasta el {last}; las posteriores se omitieron</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>se repite, pero calcular los eventos repetidos de este archivo ya llevó {seconds} s; se dejó fuera (simplifique su regla o impórtelo en un archivo aparte)</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>su campo «{field}» tenía {length} caracteres; se acortó a {limit}</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>el día con fecha {date} empieza el {used} en {zone}; sus actos se archivaron en el {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>{count} punto(s) quedan fuera de los días de la reunión (del {first} al {last}), del {earliest} al {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>texto o un número</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objeto</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>un objeto o texto</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un número entero</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>texto, o un texto por idioma</translation>
    </message>
    <message>
      <source>day</source>
      <translation>día</translation>
    </message>
    <message>
      <source>start</source>
      <translation>inicio</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>tipo</translation>
    </message>
    <message>
      <source>title</source>
      <translation>título</translation>
    </message>
    <message>
      <source>description</source>
      <translation>descripción</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>moderadores</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>oradores</translation>
    </message>
    <message>
      <source>room</source>
      <translation>sala</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>formatos</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>idiomas</translation>
    </message>
    <message>
      <source>public</source>
      <translation>público</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>no existe la reunión '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>la reunión '{meeting}' ya existe</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>no hay ningún participante '{participant}' en {meeting}</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>no hay ningún participante '{who}' (indique su id, su correo electrónico o “Nombre, Delegación”)</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>la reunión está demasiado ocupada para importar; inténtelo de nuevo</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>no se puede leer {path}: no existe ese archivo</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>no se puede leer {path}: permiso denegado</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>no se puede leer {path}: es una carpeta, no un archivo</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>no se puede leer {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} ocupa más de {mb} MB</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} ya existe; los códigos nunca sobrescriben un archivo</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>no se puede crear {path}: {reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} ya existe; los ejemplos nunca sobrescriben un archivo</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>no se puede escribir en {folder}: {reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>create-meeting necesita --title, --time-zone y --start (o --schedule FILE)</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>{path} no indica zona horaria (ni TZID, ni X-WR-TIMEZONE, ni time_zone_name, ni inicios de día con fecha): indique --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path}: el programa no tiene puntos ({n} evento(s) omitido(s)); no se cambió nada.</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>{path} fue rechazado: {reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>la URL sqlite necesita la ruta de un archivo, p. ej. sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>URL de base de datos no admitida '{url}' (use sqlite:///path/to/file.db o postgresql://user@host/dbname)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>no se puede abrir la base de datos {path}: el archivo no es una base de datos de este servidor (o está dañado)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>no se puede abrir la base de datos {path}: {reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>la base de datos {path} ha fallado: {reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrumpido</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' no es una zona horaria IANA (p. ej. Europe/Zurich).</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>un intérprete necesita una cabina, una de: {languages} (--booth)</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>solo un intérprete tiene cabina (--booth)</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>Hora de la reunión</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>trasladado</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>lista abierta</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Día</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>Su hora</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Punto</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Estado</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>Día {n}</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>lista cerrada</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nuevo</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>hora cambiada</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>aplazado</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>lista abierta ahora</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>Buscar en el orden del día</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>Muestra solo los puntos cuyo texto contiene lo que escribe.</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>Solo mi programa</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>Muestra solo los puntos que sigue.</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ Seguir</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>Seguir o dejar de seguir el punto seleccionado</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>Los puntos seguidos forman «mi programa»; se le avisa antes de que empiecen.</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>Todo visto</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>Quita las marcas ● de lo que cambió desde la última vez que miró.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Orden del día</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>Los dos días, un punto por fila; las flechas desplazan y los detalles las siguen.</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>Detalles del punto</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>Buscar en el orden del día…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interpretación</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>en la sala</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>transmisión web</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>No disponible en su idioma: se muestra el original ({language}).</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertas</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>Todas las alertas de esta sesión, las más recientes primero.</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>Aún no hay alertas.</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>Alertas ({n} nuevas)</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>Alertas ({n})</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>Los intérpretes ({booth}) piden al orador que HABLE MÁS DESPACIO</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>Su solicitud sobre «{item}» está registrada: puesto {n}.</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>La Presidencia denegó su solicitud en «{item}»: {why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>sin motivo indicado</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>Tiene la palabra.</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>Es el siguiente.</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>Prepárese para activar el micrófono.</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>Su solicitud sobre «{item}» está registrada.</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>La lista de oradores se cierra a las {time}.</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>Oradores de</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>El punto en curso, u otro punto con la lista abierta.</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>Cuántos oradores</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>Cuántos de los próximos oradores muestra el tablero.</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>el punto en curso</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>Oradores de:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Mostrar:</translation>
    </message>
    <message>
      <source>all</source>
      <translation>todos</translation>
    </message>
    <message>
      <source>link</source>
      <translation>enlace</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>glosario</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>Documentos del punto</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>Documentos, enlaces y glosario de este punto.</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>Descargar…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualizar</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glosario</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>Los términos del punto y sus equivalentes.</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>Cargando los documentos…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>Descargando…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>Ningún punto elegido.</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>Documentos: {n}</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>No hay documentos para este punto.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Abrir</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Guardar el documento</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>No se pudieron obtener los documentos: {why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Guardado en {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>No se pudo guardar: {why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>sala (su idioma)</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>Los turnos de su cabina han terminado.</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>No hay turnos fijados para su cabina.</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>directo</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ sin interpretación a {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>Relevo en {n} min: {name} toma el micrófono a las {time}</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ ninguna cabina la da</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>pivote para {booths}</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>En cabina: {name} hasta las {time} (quedan {n} min)</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>Después: {name} desde las {time}</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>relé de la {booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>retour de la {booth}</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>Cabinas</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth} trabaja desde {language}</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth} da retour hacia {language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>Los idiomas desde los que cada cabina trabaja directamente, y su retour.</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>Trabaja desde</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>Retour hacia</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>Cabinas…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>Todas las declaraciones hechas en nombre de un grupo; 0: sin cupo.</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>Todas las declaraciones de una delegación; 0: sin cupo.</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>Cupos de tiempo de palabra</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>Minutos por grupo</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>Minutos por delegación</translation>
    </message>
    <message>
      <source>none</source>
      <translation>ninguno</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>Se avisa a la presidencia y al orador cuando se agota un cupo; ningún reloj se detiene.</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>Llamar al siguiente</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>Da la palabra al primero de la lista.</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>Iniciar el reloj</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>Inicia el reloj del orador.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>Detiene el reloj un momento.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reanudar</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>Vuelve a poner en marcha el reloj.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminar</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>Termina la intervención en curso.</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>Sube un puesto al orador seleccionado.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>Baja un puesto al orador seleccionado.</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>Al principio</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>Mueve a los oradores seleccionados al principio.</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>Al final</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>Mueve a los oradores seleccionados al final.</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>Al puesto…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>Mueve a los oradores seleccionados al puesto que escriba.</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Denegar…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>Deniega las solicitudes seleccionadas, con un motivo.</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>Cerrar la lista</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>Abre o cierra la lista de oradores.</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>Plazo…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>Fija, mueve o suprime la hora a la que la lista abierta se cierra sola.</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>Añadir desde la sala…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>Inscribe en la lista a una delegación que levantó su banderín en la sala.</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>Pregunta intercalada…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>Da la palabra para una pregunta breve; el reloj del orador espera y luego sigue.</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>Poner en curso</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>Marca este punto como el que está en curso.</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>Marcar terminado</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>Marca este punto como terminado.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>Aplazar</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>Marca este punto como aplazado.</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>Lista de oradores</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>En orden de llamada; arrastre una fila, o use Ctrl+Arriba y Ctrl+Abajo, para mover a un orador; Mayús o Ctrl con un clic seleccionan varios.</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Solicitud seleccionada</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Cifras</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>Cupos…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>Minutos de palabra por grupo y por delegación.</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>Mover al puesto</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>Denegar la solicitud</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>Motivo (se comunica al delegado):</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>Abrir la lista</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>En espera {w} · en la sala {on} · a distancia {off} · Estados miembros {ms} · otros {ob}&lt;br&gt;Idiomas: {langs}&lt;br&gt;Han hablado: {spoken} ({genders})</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>Seleccione un orador para ver su condición, el tiempo pedido, el texto y la estimación.</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>Puesto en la lista (1 a {n}):</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>«{item}» marcado como terminado</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>«{item}» aplazado</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>{n} solicitudes denegadas</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>Solicitud de {who} rechazada</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>Lista de «{item}» cerrada</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>{n} en espera</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>Ginebra</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>Nueva York</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>Viena</translation>
    </message>
    <message>
      <source>Nairobi</source>
      <translation>Nairobi</translation>
    </message>
    <message>
      <source>Paris</source>
      <translation>París</translation>
    </message>
    <message>
      <source>Rome</source>
      <translation>Roma</translation>
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
      <translation>Adís Abeba</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Cuándo</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Delegación</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>Su cabina</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texto</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● texto nuevo</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● texto modificado</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>texto enviado</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>sin texto</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Ahora</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>Siguiente {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>por</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>aún sin datos</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>datos de las {t} (hace {n} min)</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● En directo</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Conectando…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Sesión cerrada</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Conexión</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>Reconectando (próximo intento en {n} s)</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ Sin conexión (próximo intento en {n} s)</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>Pantalla de la sala</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>Abrir la pantalla de la sala</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>Copiar la dirección del rótulo de la transmisión web</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>Copiar la dirección de la lista pública de oradores</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>Mostrar un mensaje en las pantallas de la sala…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>Quitar el mensaje</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>Iniciar una cuenta atrás…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>Detener la cuenta atrás</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>Próximos oradores mostrados…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>Mensaje a la sala</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>Cuenta atrás en las pantallas de la sala</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>Próximos oradores mostrados:</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>Minutos:</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>Copiado: {url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>Añadir un documento al punto seleccionado…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Añadir un documento</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>Documentos (*.pdf *.docx);;Glosario (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>Seleccione primero un punto del orden del día.</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>Un documento es un archivo PDF o DOCX; un glosario, un archivo .txt.</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>No se pudo leer el archivo: {why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>Se añadió {title} al punto.</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>No realizado: {why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>Aún esperan {n} solicitud(es) en «{item}». ¿Qué hacer con ellas?</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>Marcar el punto como terminado</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>Trasladarlas a:</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>Rechazarlas todas, con este motivo:</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>Mantenerlas en espera en este punto</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>Punto al que trasladarlas</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>Las solicitudes conservan allí su orden de petición.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motivo</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>Se muestra a cada delegado cuya solicitud se rechaza.</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>Se muestra a cada delegado</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>Exportar el orden del día a un calendario (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>Exportar mi programa a un calendario (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>Exportar el acta de la reunión…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>Importar un programa…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>Guardar el calendario</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>Calendario (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>Guardar el acta</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>Importar un programa</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>Programas (*.xml *.json *.ics);;Todos los archivos (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importar</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>{a} añadidos, {c} modificados, {r} eliminados, {k} aplazados, {s} omitidos.</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>El orden del día aún no ha llegado.</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>Primero siga puntos del orden del día: «mi programa» está vacío.</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>La reunión aún no ha llegado.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Importación cancelada; no se ha modificado nada.</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>Programa importado: </translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} guardado.</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>Enviando {name} al servidor…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>El programa no se ha importado: {why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>no se pudo leer el archivo</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>No se pudo guardar {name}: {why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>Orador actual</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>Reloj de intervención</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>Aviso del tiempo de palabra</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>Tiene la palabra</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>Quedan 30 s: concluya, por favor</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>Se acabó el tiempo</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>En el uso de la palabra: {name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Quedan {time}</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>Buscar una delegación</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>Quién levantó su banderín; escriba para encontrarlo.</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>Delegaciones encontradas</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>Arriba y Abajo eligen; Intro añade la elegida.</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Orador</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>Quién habla en nombre de la delegación.</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>Tipo de solicitud</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>Una declaración, una pregunta, una cuestión de orden…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>El idioma en que hablará, para los intérpretes.</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>Escriba una delegación o un nombre</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>Añadir un orador desde la sala</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>Pregunta intercalada</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>{n} inscritos</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>Mi delegación</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>En nombre de</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>Su delegación, o un grupo al que pertenece.</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>Texto de la declaración para los intérpretes</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>Opcional; solo los intérpretes y la Presidencia pueden leerlo.</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>Cargar .txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>Rellena la declaración a partir de un archivo de texto UTF-8.</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>Pedir la palabra</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>Le inscribe en la lista de oradores del punto seleccionado.</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>Idioma en que hablará</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>Los intérpretes se preparan para ello.</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>Desde dónde habla</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>En la sala o a distancia.</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>Minutos que necesita</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>Sirve para estimar cuándo se llama a cada orador.</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>Pedir la palabra</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>Su turno</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>Cuestión de orden</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>Pide la palabra para una cuestión de orden sobre el punto en curso, con un clic.</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>Mi solicitud</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>Muestra y resalta su lugar en la lista de oradores.</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>ningún punto</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>nada está en curso</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>Cargar la declaración</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Archivos de texto (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>Opcional: pegue la declaración para los intérpretes</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>Seleccione un punto del orden del día.</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>Ningún punto está en curso.</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>Hablaré en</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Desde</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>Tiempo necesario</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>el archivo es demasiado grande para una declaración</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>No puede pedir la palabra ahora: {why}.</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>Lista de oradores — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>No se pudo cargar {name}: {why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>cupo superado: {use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>cupo casi agotado: {use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>después del final previsto del punto ({end}): la lista puede cerrarse antes de su turno</translation>
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
      <translation>{who} {spent} de {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>superados: {who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>casi agotados: {who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>Puesto {n} · hacia las {time}</translation>
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
      <translation>Hablado {spoken} · {n} en espera necesitan {needs} · la franja termina a las {end} (quedan {left})</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>Cupos: {each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>Puesto {n}</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>La lista cabe con {spare} de margen; cerrarla ahora lo mantiene así.</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>Más tiempo: {who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>grupos: {who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>{time} por grupo</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>{time} por delegación</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>Excede en {over}: para caber, {limit} por orador, o cerrar tras los primeros {n}.</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>Excede en {over}: solo caben los primeros {n}; cierre la lista o amplíe la franja.</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>Ahora y a continuación</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>Próximos oradores</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>Quién habla ahora y después, cuándo, en qué idioma, cómo lo recibe su cabina, y sus textos.</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>Texto de quién</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>Texto de la declaración</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>El texto que el orador seleccionado envió de antemano.</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>Turnos de cabina</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>Relevo</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>Pedir al orador que hable más despacio</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>Avisa de inmediato a la Presidencia de que su cabina pide un ritmo más lento.</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>Petición de hablar más despacio</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>Textos nuevos</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>Documentos y glosario</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>Enviado a las {t}: la pantalla de la presidencia lo mostró a las {seen}.</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>Seleccione un orador para leer el texto enviado.</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>Texto nuevo: {who} ({item})</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>Texto modificado: {who} ({item})</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>Ningún orador seleccionado.</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>Enviando su petición de hablar más despacio…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>Cabina: {lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>En curso: {item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>En el uso de la palabra: {who} en {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>¿Avisar ahora a la presidencia de que la {booth} pide al orador que hable más despacio?</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>nada en curso</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>Texto de {who}:</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>{who} no envió texto.</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>Enviado a las {t}: la presidencia ha sido avisada.</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>A continuación: {who} en {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>Delegado</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Presidencia</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Intérprete</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secretaría</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Declaración</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Pregunta</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Presentación</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>Derecho de réplica</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Discurso principal</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Mesa redonda</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>Sesión de intercambio</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>Debate abierto</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Clausura</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Previsto</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>En curso</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminado</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Aplazado</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>En espera</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>En el uso de la palabra</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirada</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Denegada</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>En la sala</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>A distancia</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>Estado miembro</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Observador</translation>
    </message>
    <message>
      <source>IGO</source>
      <translation>OIG</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>ONG</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>Sala (original)</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>cabina árabe</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>cabina china</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>cabina inglesa</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>cabina francesa</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>cabina rusa</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>cabina española</translation>
    </message>
    <message>
      <source>female</source>
      <translation>mujeres</translation>
    </message>
    <message>
      <source>male</source>
      <translation>hombres</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>otro género</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>no indicado</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>no indicado</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>el punto ha terminado</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>el punto está aplazado</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>la lista de oradores está cerrada (solo cuestiones de orden)</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>la lista de oradores de este punto no está abierta</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr} ({offset}) · {mine} su hora</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr} ({offset})</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>la lista se cierra a las {t}</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>({n} d)</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>La pantalla de la sala indica en todos los idiomas cuándo se cierra la lista.</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>¿Cerrar la lista de oradores de «{item}»?&lt;br&gt;Los {n} en espera conservan su puesto; se deniegan las nuevas solicitudes, salvo las cuestiones de orden.</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>Plazo de la lista</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>Anunciarlo en la pantalla de la sala</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>Anunciar</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>Buscar en la lista (delegación, nombre, grupo, idioma, tipo)</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>Muestra solo las solicitudes que coinciden; Intro salta a la elegida.</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>Buscar en la lista</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>{n} encontradas</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>Abrir la lista de oradores</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>Cerrarla sola a las (hora de la reunión):</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Plazo</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>Los delegados pueden pedir la palabra hasta entonces; luego la lista se cierra para todos.</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>Cuándo se cierra la lista, en hora de la reunión.</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>Acciones pendientes</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Reunión</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>Nueva ventana (otro perfil)</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Cerrar sesión</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>Cerrar la ventana</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Idioma</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>Su zona horaria…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>No hay un llavero del sistema disponible, así que tendrá que volver a iniciar sesión la próxima vez (su sesión se guarda solo en memoria, nunca en un archivo).</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>Se ha cerrado su sesión.</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>{n} acción(es) por enviar</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} rechazada(s)</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>Falló la conexión segura con el servidor (problema de certificado o TLS).</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>Este equipo no confía en el certificado del servidor (autofirmado, caducado o de una autoridad desconocida).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>El servidor no respondió a tiempo.</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>La conexión quedó en silencio; reconectando.</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>No se puede contactar con el servidor de la reunión (red caída o servidor detenido).</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>Falló la conexión con el servidor.</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>Se perdió la conexión con el servidor de la reunión.</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>El servidor envió un estado de la reunión que esta aplicación no puede leer.</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>El servidor envió una respuesta que esta aplicación no puede leer.</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>El servidor envió un evento que esta aplicación no puede leer.</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>El servidor envió un evento que no corresponde a esta reunión.</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>La respuesta del servidor al inicio de sesión no es la que esta aplicación espera.</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>El saludo del servidor no es el que esta aplicación espera.</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>El servidor tuvo un problema (error {status}).</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>El servidor respondió con el error {status}.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Inicie sesión primero.</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>Esta dirección responde, pero no es un servidor de reuniones.</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>La dirección del servidor no es una dirección web válida.</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>Esta dirección remite la aplicación a otra; introduzca la dirección del propio servidor de la reunión.</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>Problema inesperado con la conexión; se vuelve a intentar.</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>Un valor de la solicitud no es válido.</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>Falta algo que la solicitud necesita.</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>Esta reunión no entiende esa solicitud.</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>No se pudo leer la solicitud.</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>Es demasiado grande para enviarlo.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>El texto es demasiado largo.</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>Demasiadas entradas.</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>Ese valor está fuera de rango.</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>Esta acción ya se envió como otra.</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>Su sesión ha terminado; inicie sesión de nuevo.</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>Esa reunión y ese código no coinciden.</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>Demasiados códigos erróneos. Vuelva a intentarlo en {n} s.</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>Su función no le permite hacerlo.</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>Solo puede actuar sobre sus propias solicitudes de palabra.</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>Ha iniciado sesión en otra reunión.</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>La reunión avanzó mientras tanto; vuelva a mirar e inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>Esta reunión no está en el servidor.</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>Ese idioma no es uno de los de esta reunión.</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>Ese canal no existe.</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>Ese punto del orden del día ya no existe.</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>Esa solicitud de palabra ya no existe.</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>Ese participante no está inscrito.</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>Un punto debe terminar después de empezar.</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>Esa solicitud ya no está en espera.</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>Solo una cuestión de orden se clasifica en una categoría.</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>Ya hay una pregunta que interrumpe al orador.</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>El orador no puede interrumpirse a sí mismo.</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>No es una de las categorías de cuestiones de orden de esta reunión.</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>No cambió nada.</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>Una cabina no trabaja desde ni hacia su propio idioma.</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>Un intérprete figura dos veces en la cabina.</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>Dos turnos de la cabina se solapan.</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>Una hora debe indicar su desfase UTC.</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>Nadie espera en la lista.</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>La lista de oradores no está abierta.</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>La lista de oradores ya está abierta.</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>Solo los delegados y los observadores piden la palabra.</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>Este punto ha terminado.</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>Ya pidió la palabra en este punto.</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>El reloj ya está en marcha.</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>El reloj no está en marcha.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>El reloj no está en pausa.</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>Un punto del programa no es válido.</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>El programa contiene dos veces el mismo punto.</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>El programa no tiene puntos; no se cambió nada.</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>Se rechazó el archivo del programa; no se cambió nada.</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>El archivo de participantes tiene problemas; no se importó nada.</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>La reunión está demasiado ocupada ahora; inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>Eso no es un identificador de reunión.</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>Una reunión necesita un título.</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>Esa zona horaria no se conoce.</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>Ese grupo no está declarado para esta reunión.</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>Su delegación no puede hablar en nombre de ese grupo.</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>Un grupo de la lista no es válido.</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>La solicitud está anidada a demasiada profundidad para leerla.</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>El texto contiene un carácter de control o dañado que no se puede enviar.</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>La solicitud lleva un identificador no válido; no se envió.</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>Demasiadas acciones en poco tiempo; espere un momento y vuelva a intentarlo.</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>Demasiadas conexiones desde esta red; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>Las solicitudes ya están en ese punto.</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>El plazo debe estar en el futuro.</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>El plazo de la lista no ha vencido.</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>No se muestra nada en las pantallas de la sala.</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>La pantalla de la sala no tiene esa vista.</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>La pantalla de la sala no tiene ese tema.</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>La solicitud no llegó completa; inténtelo de nuevo.</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>El servidor no tiene eso.</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>El servidor no acepta esa solicitud.</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>El servidor no ofrece ese formato.</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>El servidor tuvo un error inesperado; no se registró nada.</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>Ya ha enviado tanto texto de declaraciones como permite esta reunión; pida la palabra sin texto.</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>La base de datos de la reunión no puede registrar nada en este momento; no se ha registrado nada.</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>Lista reordenada</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>Deshacer el movimiento</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>Devuelve la lista al orden anterior al último movimiento.</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>Está hablando</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> Prepárese para activar el micrófono.</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>Tiene la palabra en «{item}».</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>Sigue registrada, pero el punto ha terminado: la presidencia puede trasladarla a otro punto</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>Registrada · la lista de oradores aún no está abierta</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>Puesto {n} · las horas se estiman cuando el punto esté en curso</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>Es el siguiente en «{item}».</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Procedimiento</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>Sonido o conexión</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>Tiempo de palabra</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>Desarrollo del debate</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Categoría</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>De qué trata la cuestión de orden seleccionada.</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>Categoría…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Función</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Correo electrónico</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participantes</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>Informe de importación</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>Procesando la lista…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>Importar una lista (CSV)…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>Aplicar la importación</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>Exportar los códigos nuevos…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>Código nuevo para el participante seleccionado</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>Participantes inscritos</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>Importar una lista de participantes</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>Listas de personas (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>Comprobando la lista…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importando…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>Guardar los códigos nuevos</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>El archivo es demasiado grande para una lista de participantes.</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>Seleccione primero un participante en la lista.</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>Los códigos nuevos no se han exportado y se perderán. ¿Cerrar de todos modos?</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>No se puede leer el archivo: {why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>No se puede escribir el archivo: {why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>Participantes…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>nunca conectado</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>conectado</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>ausente {n} min</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Condición</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>Estimado</translation>
    </message>
    <message>
      <source>App</source>
      <translation>App</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>Sus solicitudes</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>Cada solicitud con su puesto y la hora estimada.</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>Retirar la solicitud seleccionada</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>Retira la solicitud seleccionada de la lista de oradores (puede deshacerlo durante 10 s).</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>Reemplazar la declaración…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>Reemplaza el texto y el idioma de la solicitud seleccionada; conserva su lugar.</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>Seleccione primero una de sus solicitudes.</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>Su solicitud sobre «{item}» retirada</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>Tiene la palabra con esta solicitud: ya no se puede cambiar.</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>En las pantallas de la sala</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>La sesión se reanuda en</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>Mensaje a la sala: {text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>Se importaría ({format}):</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>Importado ({format}):</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>{n} añadido(s)</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>{n} cambiado(s)</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>{n} cancelado(s) (aplazado(s))</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>{n} eliminado(s)</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>{n} ausente(s) del archivo pero con peticiones de palabra: aplazado(s)</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} sin cambios</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>{n} omitido(s)</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Nota: {text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>Elija una reunión</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>Reuniones en este servidor</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Iniciar sesión</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>Problema al iniciar sesión</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>Perfiles de demostración</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>Pruebe: inicie sesión con un perfil de demostración (doble clic o Intro)</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>Inicie sesión con el código que le dio la secretaría</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Servidor</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Reunión</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>Código personal</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>Buscando reuniones en este servidor…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Iniciando sesión…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Dirección del servidor</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>O inicie sesión con el código que le dio la secretaría</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>Introduzca su código personal.</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>Introduzca la dirección del servidor y elija una reunión.</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>{n} reunión(es) en este servidor</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>La lista de oradores del punto en curso, en orden de intervención; la suya en negrita.</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>la declaración supera los {n} caracteres; envíe un resumen</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>Reemplazar la declaración</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>Conserva su lugar en la lista; se avisa a los intérpretes.</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>{who} hablará ahora en {language} sobre «{item}».</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>{who} reemplazó el texto de su declaración sobre «{item}».</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>{who} retiró el texto de su declaración sobre «{item}».</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Tiempo</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>falta una columna:</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>no es un idioma de la reunión:</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>no se puede leer el CSV:</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>el archivo no es texto UTF-8</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>el archivo es demasiado grande</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>el archivo está vacío</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>Importar los títulos del orden del día en otro idioma…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>Importar los títulos del orden del día</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>Traducciones o programas (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>línea {line}: {problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>Idioma del archivo:</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>El archivo no contiene ningún título para un punto del orden del día.</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>Puntos del orden del día con títulos enviados: {n}.</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>No están en el orden del día, omitidos: {n}.</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>Acción a punto de enviarse</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>Retira la acción antes de que se envíe.</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Enviar ahora</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>Envía la acción sin esperar.</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — se enviará en {n} s salvo que deshaga.</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alerta</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>Canal de escucha</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>La sala o la interpretación que escucha.</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>Escucho:</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>Empieza en {n} min: {title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>Su zona horaria</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>Buscar husos horarios</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>Una ciudad o un país, con cualquiera de sus nombres.</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>Husos horarios</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>Los husos que coinciden con lo escrito.</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>La zona horaria del sistema</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>Escriba una ciudad o un país, p. ej. Nairobi</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>Mostrar «su hora» en:</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker.</source>
      <translation type="vanished">En orden de llamada; arrastre una fila, o use Ctrl+Arriba y Ctrl+Abajo, para mover a un orador.</translation>
    </message>
    <message>
      <source>Refuses the selected request, with a reason.</source>
      <translation type="vanished">Deniega la solicitud seleccionada, con un motivo.</translation>
    </message>
    <message>
      <source>relay</source>
      <translation type="vanished">relé</translation>
    </message>
    <message>
      <source>Who speaks now and the next three, in which language, with relay and text marked.</source>
      <translation type="vanished">Quién habla ahora y los tres siguientes, en qué idioma, con relé y texto indicados.</translation>
    </message>
    <message>
      <source>Booth shifts: </source>
      <translation type="vanished">Turnos de cabina: </translation>
    </message>
    <message>
      <source>take relay</source>
      <translation type="vanished">relé</translation>
    </message>
    <message>
      <source>Your shift: {name}, {n} min left</source>
      <translation type="vanished">Su turno: {name}, quedan {n} min</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers.</source>
      <translation type="vanished">Retira la solicitud seleccionada de la lista de oradores.</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again</source>
      <translation type="vanished">el archivo no es texto UTF-8; guárdelo como UTF-8 (CSV UTF-8) e inténtelo de nuevo</translation>
    </message>
    <message>
      <source>the column “{column}” is not one this app knows</source>
      <translation type="vanished">la columna «{column}» no es una que esta aplicación conozca</translation>
    </message>
    <message>
      <source>“{value}” is not a date</source>
      <translation type="vanished">«{value}» no es una fecha</translation>
    </message>
    <message>
      <source>Who speaks next and in which language; relay is marked.</source>
      <translation type="vanished">Quién habla a continuación y en qué idioma; el relé está señalado.</translation>
    </message>
    <message>
      <source>Offline (showing state as of {t}; next try in {n} s)</source>
      <translation type="vanished">Sin conexión (estado a las {t}; próximo intento en {n} s)</translation>
    </message>
    <message>
      <source>Interpreters ({booth} booth) ask the speaker to SLOW DOWN</source>
      <translation type="vanished">Los intérpretes (cabina {booth}) piden al orador que hable MÁS DESPACIO</translation>
    </message>
    <message>
      <source>the file is broken, unsafe or not a schedule this app reads</source>
      <translation type="vanished">el archivo está dañado, no es seguro o no es un programa que esta aplicación lea</translation>
    </message>
    <message>
      <source>Could not read {name}: {why}</source>
      <translation type="vanished">No se pudo leer {name}: {why}</translation>
    </message>
    <message>
      <source>Too many live connections from this address; try again shortly.</source>
      <translation type="vanished">Demasiadas conexiones en directo desde esta dirección; vuelva a intentarlo en breve.</translation>
    </message>
    <message>
      <source>the duration “{value}” is not in hours and minutes (HH:MM)</source>
      <translation type="vanished">la duración «{value}» no está en horas y minutos (HH:MM)</translation>
    </message>
    <message>
      <source>Mark all as seen</source>
      <translation type="vanished">Marcar todo como visto</translation>
    </message>
    <message>
      <source>On now: {name} until {time} ({n} min left)</source>
      <translation type="vanished">En cabina: {name} hasta las {time} (quedan {n} min)</translation>
    </message>
  </context>
</TS>
