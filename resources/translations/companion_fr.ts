<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>Ligne {line} : {reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>Rien n’a été importé ; corrigez ces lignes et réessayez :</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>Cette liste ajouterait {a}, mettrait à jour {u} ; {k} inchangés.</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>Importé : {a} ajoutés, {u} mis à jour, {k} inchangés.</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>Groupes : {names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>Langues propres des interprètes enregistrées dans les cabines : {names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>{n} nouveau(x) code(s) personnel(s) : exportez-les maintenant, ils ne sont montrés qu’une fois.</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>{n} code(s) enregistré(s) dans {path} (lisible par vous seul).</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>Nouveaux codes personnels</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>Nouveaux codes personnels, affichés une seule fois :</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>Nouveau code pour {who} : {code} (l’ancien ne permet plus de se connecter).</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>Ses connexions ouvertes sont fermées.</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>{n} participant(s) inscrit(s).</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>le fichier se dit en texte Unicode, mais cette ligne est abîmée ; enregistrez-le de nouveau en CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>ceci est un classeur, pas un fichier texte : dans le tableur, enregistrez-le en « CSV UTF-8 » ou « Texte Unicode » et importez ce fichier</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>le fichier est vide : il lui faut une ligne d’en-tête nommant les colonnes</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>l’en-tête n’a pas de colonne « {column} »</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>le fichier ne contient personne</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>le fichier contient plus de {value} personnes</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>cette ligne a plus de cellules que l’en-tête n’a de colonnes</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>le nom manque</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>aucun rôle n’est indiqué (delegate, chair, interpreter ou secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>« {value} » n’est pas un rôle (delegate, chair, interpreter, secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>« {value} » n’est pas un type de délégation (member_state, observer, igo, ngo, other)</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>« {value} » n’est pas un mode de participation (onsite, remote)</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>« {value} » n’est pas une des langues de la réunion</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>un interprète doit avoir la langue de sa cabine</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>« {value} » n’est pas une adresse électronique</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>la cellule « {column} » est trop longue</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>la même personne figure déjà à la ligne {value}</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>plusieurs personnes inscrites s’appellent « {value} » dans cette délégation : indiquez le courriel de celle qui est visée</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>la cellule « {column} » (« {value}… ») contient un saut de ligne ; mettez-la sur une seule ligne et importez de nouveau</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>l’en-tête nomme deux fois la colonne « {column} »</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>« {value} » se trouve dans une colonne que l’en-tête ne nomme pas</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>le fichier n’est pas lisible comme CSV à cet endroit (guillemet non fermé ou cellule beaucoup trop longue)</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>la cellule « {column} » contient un caractère de contrôle ou un caractère invalide</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>les groupes nommés dans ce fichier ne peuvent pas être déclarés (trop de groupes, trop de délégations dans un groupe ou nom trop long)</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>« {value} » est dans la colonne « {column} », que seul un interprète a : videz la cellule ou faites de cette personne un interprète</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>« {value} » est la langue de la cabine de cet interprète</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>les langues que ce fichier donne aux interprètes de la cabine « {value} » ne peuvent pas être enregistrées (plus de 12 interprètes avec leurs propres langues, ou un nom de plus de 120 caractères)</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>le fichier n’est pas en UTF-8 : il a été lu en Windows-1252 (le « CSV » d’Excel) ; vérifiez les noms accentués (le premier est « {value} ») et, si l’un paraît faux, enregistrez la liste en « CSV UTF-8 »</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>les colonnes que cette application n’utilise pas ont été ignorées : {value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place} : {reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>ligne {line}, {place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>une raison que l’application ne connaît pas ({code})</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>le fichier dépasse {limit_mb} Mo ; un programme peut faire au plus {limit_mb} Mo</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>le fichier n’est pas du texte UTF-8 (ligne {line}, octet {byte}) ; enregistrez-le en UTF-8</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>ce fichier n’est pas un programme que l’application sait lire (frab, JSON c3voc, iCalendar)</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>le XML est cassé à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>le fichier XML utilise des entités ou des références externes, refusées par sécurité</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>ce XML n’est pas un programme frab (sa racine est &lt;{root}&gt;)</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>le JSON est cassé à la ligne {line}, colonne {column}</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>ce JSON n’est pas un programme c3voc</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>le fichier iCalendar est cassé</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>le programme compte {count} événements ; {limit} au plus sont acceptés</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>fuseau horaire inconnu « {zone} »</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>{time} n’existe pas dans le fuseau {zone} (les horloges sautent cette heure)</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>il n’a ni guid ni UID : une importation ultérieure ne pourrait pas le suivre</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>son identifiant dépasse {limit} caractères</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>son identifiant « {id} » apparaît deux fois (la première à {first})</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>il finit avant de commencer</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>il ne dure pas (il finit quand il commence)</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>il n’a pas de titre</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>il n’a pas de {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>{field} devrait être {expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>{field} apparaît plus d’une fois</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} n’est pas à sa place (il doit être dans {parent})</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>{field} a une valeur que le format n’admet pas</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>il donne à la fois {field} et {other} ; le format n’en admet qu’un</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field} « {value} » n’est pas une date</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field} « {value} » n’est pas une heure</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field} « {value} » n’est pas une date et une heure</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>la durée « {value} » est illisible</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} est une journée entière ({value}), pas une heure</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>son fuseau horaire « {zone} » n’est pas défini dans le fichier</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>ses heures sortent des années {first}–{last} qu’un ordre du jour peut contenir</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>son texte contient un caractère de commande ou une commande de sens d’écriture</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>la réunion ne l’accepte pas ({code})</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>le fichier ne nomme aucun fuseau horaire ; ses heures ont été lues à l’heure de la réunion ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>{count} événement(s) sans fuseau horaire, lus à l’heure de la réunion ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>{count} événement(s) après minuit placés à la date suivante</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>{count} événement(s) commencent dans l’heure que {zone} répète ; lus comme la première</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>il se répète : importé en {count} point(s), un par occurrence</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>il se répète sans fin ou trop souvent : ses {count} occurrence(s) jusqu’au {last} ont été importées, les suivantes laissées de côté</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>il se répète, mais le calcul des événements répétés de ce fichier a déjà pris {seconds} s ; il a été laissé de côté (simplifiez sa règle ou importez-le dans un fichier à part)</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>son champ « {field} » comptait {length} caractères ; il a été raccourci à {limit}</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>le jour daté du {date} commence le {used} dans le fuseau {zone} ; ses événements ont été classés au {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>{count} point(s) tombent hors des jours de la réunion (du {first} au {last}), du {earliest} au {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>du texte</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>un nombre</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>du texte ou un nombre</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>une liste</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>un objet</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>un objet ou du texte</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>un nombre entier</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>du texte, ou un texte par langue</translation>
    </message>
    <message>
      <source>day</source>
      <translation>jour</translation>
    </message>
    <message>
      <source>start</source>
      <translation>début</translation>
    </message>
    <message>
      <source>end</source>
      <translation>fin</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>type</translation>
    </message>
    <message>
      <source>title</source>
      <translation>titre</translation>
    </message>
    <message>
      <source>description</source>
      <translation>description</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>modérateurs</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>intervenants</translation>
    </message>
    <message>
      <source>room</source>
      <translation>salle</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>formats</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>langues</translation>
    </message>
    <message>
      <source>public</source>
      <translation>public</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>il n'y a pas de réunion '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>la réunion '{meeting}' existe déjà</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>il n'y a pas de participant '{participant}' dans {meeting}</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>aucun participant '{who}' (donnez son identifiant, son adresse e-mail ou « Nom, Délégation »)</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>la réunion est trop occupée pour y importer ; réessayez</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>impossible de lire {path} : ce fichier n'existe pas</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>impossible de lire {path} : permission refusée</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>impossible de lire {path} : c'est un dossier, pas un fichier</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>impossible de lire {path} : {reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} dépasse {mb} Mo</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} existe déjà ; les codes n'écrasent jamais un fichier</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>impossible de créer {path} : {reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} existe déjà ; les exemples n'écrasent jamais un fichier</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>impossible d'écrire dans {folder} : {reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>create-meeting a besoin de --title, --time-zone et --start (ou --schedule FILE)</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>{path} n'indique aucun fuseau horaire (ni TZID, ni X-WR-TIMEZONE, ni time_zone_name, ni débuts de journée datés) : donnez --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path} : le programme ne contient aucun point ({n} événement(s) ignoré(s)) ; rien n'a été modifié.</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>{path} a été refusé : {reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>l'URL sqlite doit indiquer un fichier, p. ex. sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>URL de base de données non prise en charge '{url}' (utilisez sqlite:///path/to/file.db ou postgresql://user@host/dbname)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>impossible d'ouvrir la base de données {path} : le fichier n'est pas une base de données de ce serveur (ou il est endommagé)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>impossible d'ouvrir la base de données {path} : {reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>la base de données {path} a échoué : {reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>interrompu</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' n'est pas un fuseau horaire IANA (p. ex. Europe/Zurich).</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>un interprète a besoin d'une cabine, parmi : {languages} (--booth)</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>seul un interprète a une cabine (--booth)</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>Heure de la réunion</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>déplacé</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>liste ouverte</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>Jour</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>Votre heure</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>Point</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>Type</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>Statut</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>Jour {n}</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>liste close</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>nouveau</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>horaire modifié</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>reporté</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>liste ouverte depuis</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>Rechercher dans l’ordre du jour</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>N’affiche que les points dont le texte contient ce que vous tapez.</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>Mon programme seulement</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>N’affiche que les points que vous suivez.</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ Suivre</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>Suivre ou ne plus suivre le point choisi</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>Les points suivis forment « mon programme » ; un rappel vous est donné avant qu’ils commencent.</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>Tout vu</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>Efface les marques ● de ce qui a changé depuis votre dernière consultation.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>Ordre du jour</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>Les deux jours, un point par ligne ; les flèches déplacent, les détails suivent.</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>Détails du point</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>Rechercher dans l’ordre du jour…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>Interprétation</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>dans la salle</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>webdiffusion</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>Non disponible dans votre langue : affiché dans l’original ({language}).</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>Alertes</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>Toutes les alertes de cette session, les plus récentes d’abord.</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>Aucune alerte pour l’instant.</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>Alertes ({n} nouvelles)</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>Alertes ({n})</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>Les interprètes ({booth}) demandent à l’orateur de RALENTIR</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>Votre demande sur « {item} » est enregistrée : place {n}.</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>Le président a refusé votre demande sur « {item} » : {why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>aucun motif donné</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>Vous avez la parole.</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>Vous êtes le prochain.</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>Préparez-vous à activer votre micro.</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>Votre demande sur « {item} » est enregistrée.</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>La liste des orateurs sera close à {time}.</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>Orateurs de</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>Le point en cours, ou un autre point dont la liste est ouverte.</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>Combien d'orateurs</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>Combien des prochains orateurs le tableau affiche.</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>le point en cours</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>Orateurs de :</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>Afficher :</translation>
    </message>
    <message>
      <source>all</source>
      <translation>tous</translation>
    </message>
    <message>
      <source>link</source>
      <translation>lien</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>glossaire</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>Documents du point</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>Documents, liens et glossaire de ce point.</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>Télécharger…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>Actualiser</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>Glossaire</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>Les termes du point et leurs équivalents.</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>Chargement des documents…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>Téléchargement…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>Aucun point choisi.</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>Documents : {n}</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>Aucun document pour ce point.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>Ouvrir</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>Enregistrer le document</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>Impossible d'obtenir les documents : {why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>Enregistré dans {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>Enregistrement impossible : {why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>parquet (votre langue)</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>Les tours de votre cabine sont terminés.</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>Aucun tour fixé pour votre cabine.</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>direct</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ pas d'interprétation vers {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>Relève dans {n} min : {name} prend le micro à {time}</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ aucune cabine ne la donne</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>pivot pour {booths}</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>En cabine : {name} jusqu'à {time} (encore {n} min)</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>Ensuite : {name} à partir de {time}</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>relais de la {booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>retour de la {booth}</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>Cabines</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth} travaille depuis {language}</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth} donne le retour vers {language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>Les langues depuis lesquelles chaque cabine travaille directement, et son retour.</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>Travaille depuis</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>Retour vers</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>Cabines…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>Toutes les déclarations faites au nom d’un groupe ; 0 : pas de quota.</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>Toutes les déclarations d’une délégation ; 0 : pas de quota.</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>Quotas de temps de parole</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>Minutes par groupe</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>Minutes par délégation</translation>
    </message>
    <message>
      <source>none</source>
      <translation>aucun</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>La présidence et l’orateur sont avertis quand un quota s’épuise ; aucune horloge ne s’arrête.</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>Appeler le suivant</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>Donne la parole au premier de la liste.</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>Lancer le chrono</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>Lance le chronomètre de l’orateur.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>Arrête le chronomètre un instant.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>Reprendre</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>Relance le chronomètre.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>Terminer</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>Termine la déclaration en cours.</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>Monter</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>Fait monter l’orateur choisi d’une place.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>Descendre</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>Fait descendre l’orateur choisi d’une place.</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>En tête</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>Place les orateurs choisis en tête de liste.</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>En fin</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>Place les orateurs choisis en fin de liste.</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>À la place…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>Place les orateurs choisis à la place que vous tapez.</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>Refuser…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>Refuse les demandes choisies, avec un motif.</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>Clore la liste</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>Ouvre ou clôt la liste des orateurs.</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>Échéance…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>Fixe, déplace ou lève l’heure à laquelle la liste ouverte se clôt d’elle-même.</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>Ajouter depuis la salle…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>Inscrit sur la liste une délégation qui a levé son chevalet dans la salle.</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>Question incidente…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>Donne la parole pour une brève question ; l’horloge de l’orateur attend, puis reprend.</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>Mettre en cours</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>Indique que ce point est en cours.</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>Marquer terminé</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>Indique que ce point est terminé.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>Reporter</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>Indique que ce point est reporté.</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>Liste des orateurs</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>Dans l’ordre d’appel ; faites glisser une ligne, ou Ctrl+Haut et Ctrl+Bas, pour déplacer un orateur ; Maj ou Ctrl avec un clic en sélectionne plusieurs.</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>Demande sélectionnée</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>Chiffres</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>Quotas…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>Minutes de parole par groupe et par délégation.</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>Déplacer à la place</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>Refuser la demande</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>Motif (communiqué au délégué) :</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>Ouvrir la liste</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>En attente {w} · dans la salle {on} · à distance {off} · États membres {ms} · autres {ob}&lt;br&gt;Langues : {langs}&lt;br&gt;Ont parlé : {spoken} ({genders})</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>Sélectionnez un orateur pour voir son statut, le temps demandé, le texte et l’estimation.</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>Place dans la liste (1 à {n}) :</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>« {item} » marqué terminé</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>« {item} » reporté</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>{n} demandes refusées</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>Demande de {who} refusée</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>Liste de « {item} » close</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>{n} en attente</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>Genève</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>New York</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>Vienne</translation>
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
      <translation>Addis-Abeba</translation>
    </message>
    <message>
      <source>When</source>
      <translation>Quand</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>Délégation</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>Langue</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>Votre cabine</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>Texte</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● nouveau texte</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● texte modifié</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>texte envoyé</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>pas de texte</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>Maintenant</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>Suivant {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>pour</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>pas encore de données</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>données de {t} (il y a {n} min)</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● En direct</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>Déconnecté</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>Connexion</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>Reconnexion (prochain essai dans {n} s)</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ Hors ligne (nouvel essai dans {n} s)</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>Écran de la salle</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>Ouvrir l’écran de la salle</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>Copier l’adresse du bandeau de la webdiffusion</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>Copier l’adresse de la liste publique des orateurs</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>Afficher un message sur les écrans de la salle…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>Effacer le message</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>Lancer un compte à rebours…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>Arrêter le compte à rebours</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>Prochains orateurs affichés…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>Message à la salle</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>Compte à rebours sur les écrans de la salle</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>Prochains orateurs affichés :</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>Minutes :</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>Copié : {url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>min</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>Ajouter un document au point sélectionné…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>Ajouter un document</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>Documents (*.pdf *.docx);;Glossaire (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>Sélectionnez d'abord un point de l'ordre du jour.</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>Un document est un fichier PDF ou DOCX, un glossaire un fichier .txt.</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>Impossible de lire le fichier : {why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>{title} a été ajouté au point.</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>Non effectué : {why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>{n} demande(s) attendent encore sur « {item} ». Qu’en faire ?</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>Marquer le point terminé</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>Les reporter sur :</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>Les refuser toutes, avec ce motif :</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>Les garder en attente sur ce point</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>Point où les reporter</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>Les demandes y gardent leur ordre de demande.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>Motif</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>Affiché à chaque délégué dont la demande est refusée.</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>Affiché à chaque délégué</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>Exporter l’ordre du jour vers un agenda (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>Exporter mon programme vers un agenda (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>Exporter le compte rendu de la réunion…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>Importer un programme…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>Enregistrer l’agenda</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>Agenda (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>Enregistrer le compte rendu</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>Importer un programme</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>Programmes (*.xml *.json *.ics);;Tous les fichiers (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>Importer</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>{a} ajoutés, {c} modifiés, {r} supprimés, {k} reportés, {s} ignorés.</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>L’ordre du jour n’est pas encore arrivé.</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>Suivez d’abord des points de l’ordre du jour : « mon programme » est vide.</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>La réunion n’est pas encore arrivée.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>Import annulé ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>Programme importé : </translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>{name} enregistré.</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>Envoi de {name} au serveur…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>Le programme n’a pas été importé : {why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>le fichier n’a pas pu être lu</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>Impossible d’enregistrer {name} : {why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>Personne n’a la parole.</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>Orateur actuel</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>Chronomètre</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>Signal du temps de parole</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>Vous avez la parole</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>30 s restantes : veuillez conclure</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>Temps écoulé</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>Au micro : {name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>Reste {time}</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>Trouver une délégation</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>Qui a levé son chevalet ; tapez pour le trouver.</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>Délégations trouvées</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>Haut et Bas choisissent ; Entrée ajoute celle choisie.</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>Orateur</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>Qui parle pour la délégation.</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>Type de demande</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>Une déclaration, une question, une motion d’ordre…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>La langue dans laquelle il parlera, pour les interprètes.</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>Tapez une délégation ou un nom</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>Ajouter un orateur depuis la salle</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>Question incidente</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>{n} inscrits</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>Ma délégation</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>Au nom de</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>Votre délégation, ou un groupe dont elle fait partie.</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>Texte de la déclaration pour les interprètes</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>Facultatif ; seuls les interprètes et le président peuvent le lire.</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>Charger un .txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>Remplit la déclaration à partir d’un fichier texte UTF-8.</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>Demander la parole</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>Vous inscrit sur la liste des orateurs du point choisi.</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>Langue dans laquelle vous parlerez</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>Les interprètes s’y préparent.</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>D’où vous parlez</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>Dans la salle ou à distance.</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>Minutes nécessaires</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>Sert à estimer quand chaque orateur est appelé.</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>Demander la parole</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>Votre tour</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>Motion d’ordre</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>Demande la parole pour une motion d’ordre sur le point en cours, en un clic.</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>Ma demande</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>Affiche et met en évidence votre place dans la liste des orateurs.</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>aucun point</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>rien n’est en cours</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>Charger la déclaration</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>Fichiers texte (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>Facultatif : collez la déclaration pour les interprètes</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>Choisissez un point de l’ordre du jour.</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>Aucun point n’est en cours.</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>Je parlerai en</translation>
    </message>
    <message>
      <source>From</source>
      <translation>Depuis</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>Temps nécessaire</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>le fichier est trop volumineux pour une déclaration</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>Vous ne pouvez pas demander la parole maintenant : {why}.</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>Liste des orateurs — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>Impossible de charger {name} : {why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>quota dépassé : {use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>quota presque épuisé : {use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>après la fin prévue du point ({end}) : la liste pourrait être close avant votre tour</translation>
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
      <translation>{who} {spent} sur {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>dépassés : {who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>presque épuisés : {who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>Rang {n} · vers {time}</translation>
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
      <translation>Temps de parole {spoken} · {n} en attente demandent {needs} · le créneau finit à {end} (reste {left})</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>Quotas : {each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>Place {n}</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>La liste tient avec {spare} de marge ; la clore maintenant la garde ainsi.</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>Plus long temps : {who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>groupes : {who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>{time} par groupe</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>{time} par délégation</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>Dépasse de {over} : pour tenir, {limit} par orateur, ou clore après les {n} premiers.</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>Dépasse de {over} : seuls les {n} premiers tiennent ; closez la liste ou prolongez le créneau.</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>Maintenant et ensuite</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>Prochains orateurs</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>Qui parle maintenant et ensuite, quand, dans quelle langue, comment votre cabine la reçoit, et leurs textes.</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>Texte de qui</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>Texte de la déclaration</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>Le texte envoyé à l’avance par l’orateur choisi.</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>Tours de cabine</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>Relève</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>Demander à l’orateur de ralentir</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>Signale aussitôt au président que votre cabine demande un rythme plus lent.</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>Demande de ralentir</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>Nouveaux textes</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>Documents et glossaire</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>Envoyé à {t} : l'écran de la présidence l'a affiché à {seen}.</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>Choisissez un orateur pour lire le texte envoyé.</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>Nouveau texte : {who} ({item})</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>Texte modifié : {who} ({item})</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>Aucun orateur sélectionné.</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>Envoi de votre demande de ralentir…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>Cabine : {lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>En cours : {item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>Au micro : {who} en {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>Dire maintenant au président que la {booth} demande à l’orateur de ralentir ?</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>rien en cours</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>Texte de {who} :</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>{who} n’a pas envoyé de texte.</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>Envoyé à {t} : le président est prévenu.</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>Ensuite : {who} en {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>Délégué</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>Président</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>Interprète</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>Secrétariat</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>Déclaration</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>Question</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>Présentation</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>Droit de réponse</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>Ouverture</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>Discours liminaire</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>Table ronde</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>Séance de partage</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>Débat ouvert</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>Pause</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>Clôture</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>Prévu</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>En cours</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>Terminé</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>Reporté</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>En attente</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>Au micro</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>Retirée</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>Refusée</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>Dans la salle</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>À distance</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>État membre</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>Observateur</translation>
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
      <translation>Autre</translation>
    </message>
    <message>
      <source> · </source>
      <translation> · </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>Parquet (original)</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>cabine arabe</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>cabine chinoise</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>cabine anglaise</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>cabine française</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>cabine russe</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>cabine espagnole</translation>
    </message>
    <message>
      <source>female</source>
      <translation>femmes</translation>
    </message>
    <message>
      <source>male</source>
      <translation>hommes</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>autre genre</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>non indiqué</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>non précisé</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>le point est terminé</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>le point est reporté</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>la liste des orateurs est close (motions d’ordre seulement)</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>la liste des orateurs de ce point n’est pas ouverte</translation>
    </message>
    <message>
      <source>, </source>
      <translation>, </translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr} ({offset}) · {mine} votre heure</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr} ({offset})</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>liste close à {t}</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>({n} j)</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>L’écran de la salle annonce dans toutes les langues quand la liste sera close.</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>Clore la liste des orateurs de « {item} » ?&lt;br&gt;Les {n} en attente gardent leur place ; les nouvelles demandes sont refusées, sauf les motions d’ordre.</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>Échéance de la liste</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>L’annoncer sur l’écran de la salle</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>Annoncer</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>Chercher dans la liste (délégation, nom, groupe, langue, type)</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>N’affiche que les demandes qui correspondent ; Entrée va à celle choisie.</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>Chercher dans la liste</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>{n} trouvées</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>Ouvrir la liste des orateurs</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>La clore d’elle-même à (heure de la réunion) :</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>Date limite</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>Les délégués peuvent demander la parole jusque-là ; la liste se ferme ensuite pour tous.</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>Quand la liste se ferme, à l’heure de la réunion.</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>Actions en attente</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;Réunion</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>Nouvelle fenêtre (autre persona)</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>Se déconnecter</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>Fermer la fenêtre</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>&amp;Langue</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>Votre fuseau horaire…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>Aucun trousseau système n’est disponible : vous devrez vous reconnecter la prochaine fois (votre connexion est gardée en mémoire seulement, jamais dans un fichier).</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>Vous avez été déconnecté.</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>{n} action(s) en attente d’envoi</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} refusée(s)</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>La connexion sécurisée au serveur a échoué (problème de certificat ou TLS).</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>Le certificat du serveur n’est pas reconnu par cet ordinateur (auto-signé, expiré ou d’une autorité inconnue).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>Le serveur n’a pas répondu à temps.</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>La connexion est devenue muette ; reconnexion.</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>Impossible de joindre le serveur de la réunion (réseau coupé ou serveur arrêté).</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>La connexion au serveur a échoué.</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>La connexion au serveur de la réunion a été perdue.</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>Le serveur a envoyé un état de réunion que cette application ne peut pas lire.</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>Le serveur a envoyé une réponse que cette application ne peut pas lire.</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>Le serveur a envoyé un événement que cette application ne peut pas lire.</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>Le serveur a envoyé un événement qui ne correspond pas à cette réunion.</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>La réponse du serveur à la connexion n’est pas celle qu’attend cette application.</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>Le message d’accueil du serveur n’est pas celui qu’attend cette application.</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>Le serveur a rencontré un problème (erreur {status}).</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>Le serveur a répondu par l’erreur {status}.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>Connectez-vous d’abord.</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>Cette adresse répond, mais ce n’est pas un serveur de réunion.</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>L’adresse du serveur n’est pas une adresse web valide.</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>Cette adresse renvoie l’application vers une autre ; saisissez l’adresse du serveur de réunion lui-même.</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>Problème inattendu avec la connexion ; nouvel essai en cours.</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>Une valeur de la demande n’est pas valide.</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>Il manque un élément nécessaire à la demande.</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>Cette demande n’est pas comprise par cette réunion.</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>La demande n’a pas pu être lue.</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>C’est trop volumineux pour être envoyé.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>Le texte est trop long.</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>Trop d’entrées.</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>Cette valeur est hors limites.</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>Cette action a déjà été envoyée comme une autre.</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>Votre session est terminée ; reconnectez-vous.</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>Cette réunion et ce code ne correspondent pas.</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>Trop de codes erronés. Réessayez dans {n} s.</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>Votre rôle ne permet pas cela.</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>Vous ne pouvez agir que sur vos propres demandes de parole.</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>Vous êtes connecté à une autre réunion.</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>La réunion a avancé entre-temps ; regardez à nouveau et réessayez.</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>Cette réunion n’est pas sur le serveur.</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>Cette langue n’est pas une langue de cette réunion.</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>Ce canal n’existe pas.</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>Ce point de l’ordre du jour n’existe plus.</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>Cette demande de parole n’existe plus.</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>Ce participant n’est pas inscrit.</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>Un point doit finir après avoir commencé.</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>Cette demande n’est plus en attente.</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>Seule une motion d’ordre se classe dans une catégorie.</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>Une question interrompt déjà l’orateur.</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>L’orateur ne peut pas s’interrompre lui-même.</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>Ce n’est pas l’une des catégories de motions d’ordre de cette réunion.</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>Rien n’a changé.</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>Une cabine ne travaille ni depuis ni vers sa propre langue.</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>Un interprète figure deux fois dans la cabine.</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>Deux tours de la cabine se chevauchent.</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>Une heure doit indiquer son décalage UTC.</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>Personne n’attend sur la liste.</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>La liste des orateurs n’est pas ouverte.</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>La liste des orateurs est déjà ouverte.</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>Seuls les délégués et les observateurs demandent la parole.</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>Ce point est terminé.</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>Vous avez déjà demandé la parole sur ce point.</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>Le chronomètre tourne déjà.</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>Le chronomètre ne tourne pas.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>Le chronomètre n’est pas en pause.</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>Un point du programme n’est pas valide.</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>Le programme contient deux fois le même point.</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>Le programme ne contient aucun point ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>Le fichier de programme a été refusé ; rien n’a été modifié.</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>Le fichier des participants comporte des erreurs ; rien n’a été importé.</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>La réunion est trop occupée en ce moment ; réessayez.</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>Ce n’est pas un identifiant de réunion.</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>Une réunion doit avoir un titre.</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>Ce fuseau horaire est inconnu.</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>Ce groupe n’est pas déclaré pour cette réunion.</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>Votre délégation ne peut pas parler au nom de ce groupe.</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>Un groupe de la liste n’est pas valide.</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>La demande est trop imbriquée pour être lue.</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>Le texte contient un caractère de contrôle ou altéré qui ne peut pas être envoyé.</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>La demande porte un identifiant non valide ; elle n’a pas été envoyée.</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>Trop d’actions en peu de temps ; patientez un instant puis réessayez.</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>Trop de connexions depuis ce réseau ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>Les demandes sont déjà sur ce point.</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>La date limite doit être dans le futur.</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>La date limite de la liste n’est pas passée.</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>Rien n’est affiché sur les écrans de la salle.</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>L’écran de la salle n’a pas cette vue.</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>L’écran de la salle n’a pas ce thème.</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>La demande n’est pas arrivée en entier ; réessayez.</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>Le serveur n’a pas cela.</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>Le serveur n’accepte pas cette requête.</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>Le serveur ne propose pas ce format.</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>Le serveur a rencontré une erreur inattendue ; rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>Vous avez envoyé autant de texte de déclarations que cette réunion le permet ; demandez la parole sans texte.</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>La base de données de la réunion ne peut rien enregistrer pour le moment ; rien n’a été enregistré.</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>Liste réordonnée</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>Annuler le déplacement</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>Remet la liste dans l’ordre d’avant le dernier déplacement.</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>Vous parlez</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> Préparez-vous à activer votre micro.</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>Vous avez la parole sur « {item} ».</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>Toujours inscrite, mais le point est terminé : le président peut la reporter sur un autre point</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>Enregistrée · la liste des orateurs n’est pas encore ouverte</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>Place {n} · heures estimées une fois le point en cours</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>Vous êtes le prochain sur « {item} ».</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>Procédure</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>Son ou connexion</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>Temps de parole</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>Conduite du débat</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>Catégorie</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>L’objet de la motion d’ordre choisie.</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>Catégorie…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>Nom</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>Rôle</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>Lieu</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>Courriel</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>Participants</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>Rapport d’importation</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>Traitement de la liste…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>Importer une liste (CSV)…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>Appliquer l’importation</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>Exporter les nouveaux codes…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>Nouveau code pour le participant sélectionné</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>Participants inscrits</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>Importer une liste de participants</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>Listes de personnes (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>Vérification de la liste…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>Importation…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>Enregistrer les nouveaux codes</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>Le fichier est trop volumineux pour une liste de participants.</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>Sélectionnez d’abord un participant dans la liste.</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>Les nouveaux codes n’ont pas été exportés et seront perdus. Fermer quand même ?</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>Impossible de lire le fichier : {why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>Impossible d’écrire le fichier : {why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>Participants…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>jamais connecté</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>connecté</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>absent {n} min</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>Qualité</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>Min</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>Estimé</translation>
    </message>
    <message>
      <source>App</source>
      <translation>Appli</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>Groupe</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>Vos demandes</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>Chaque demande avec votre rang et l’heure estimée.</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>Retirer la demande choisie</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>Retire la demande sélectionnée de la liste des orateurs (vous pouvez annuler pendant 10 s).</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>Remplacer la déclaration…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>Remplace le texte et la langue de la demande sélectionnée ; vous gardez votre place.</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>Sélectionnez d’abord l’une de vos demandes.</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>Votre demande sur « {item} » retirée</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>Vous avez la parole pour cette demande : elle ne peut plus être modifiée.</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>Sur les écrans de la salle</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>Reprise de la séance dans</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>Message à la salle : {text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>Importerait ({format}) :</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>Importé ({format}) :</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>{n} ajouté(s)</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>{n} modifié(s)</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>{n} annulé(s) (reporté(s))</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>{n} supprimé(s)</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>{n} absent(s) du fichier mais avec des demandes de parole : reporté(s)</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} inchangé(s)</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>{n} ignoré(s)</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>Remarque : {text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>Choisissez une réunion</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>Réunions sur ce serveur</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>Se connecter</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>Problème de connexion</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>Personas de démonstration</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>Essayez : connectez-vous avec une persona de démonstration (double-clic ou Entrée)</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>Connectez-vous avec le code remis par le secrétariat</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>Serveur</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>Réunion</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>Code personnel</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>Recherche des réunions sur ce serveur…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>Connexion…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>Adresse du serveur</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>Ou connectez-vous avec le code remis par le secrétariat</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>Saisissez votre code personnel.</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>Saisissez l’adresse du serveur et choisissez une réunion.</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>{n} réunion(s) sur ce serveur</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>La liste des orateurs du point en cours, dans l’ordre d’appel ; la vôtre en gras.</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>la déclaration dépasse {n} caractères ; envoyez un résumé</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>Remplacer la déclaration</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>Vous gardez votre place sur la liste ; les interprètes sont prévenus.</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>{who} parlera désormais en {language} sur « {item} ».</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>{who} a remplacé le texte de sa déclaration sur « {item} ».</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>{who} a retiré le texte de sa déclaration sur « {item} ».</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>Temps</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>une colonne manque :</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>pas une langue de la réunion :</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>le CSV est illisible :</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>le fichier n'est pas du texte UTF-8</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>le fichier est trop volumineux</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>le fichier est vide</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>Importer les titres de l'ordre du jour dans une autre langue…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>Importer les titres de l'ordre du jour</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>Traductions ou programmes (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>ligne {line} : {problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>Langue du fichier :</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>Le fichier ne contient aucun titre pour un point de l'ordre du jour.</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>Points de l'ordre du jour dont les titres ont été envoyés : {n}.</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>Absents de l'ordre du jour, laissés de côté : {n}.</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>Action sur le point d’être envoyée</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>Annuler</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>Reprend l’action avant son envoi.</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>Envoyer maintenant</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>Envoie l’action sans attendre.</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — envoyé dans {n} s sauf annulation.</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>Alerte</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>Canal d’écoute</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>Le parquet ou l’interprétation que vous écoutez.</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>J’écoute :</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>Commence dans {n} min : {title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>Votre fuseau horaire</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>Rechercher un fuseau horaire</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>Une ville ou un pays, sous l’un de ses noms.</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>Fuseaux horaires</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>Les fuseaux correspondant à votre saisie.</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>Le fuseau du système</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>Tapez une ville ou un pays, p. ex. Nairobi</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>Afficher « votre heure » selon :</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker.</source>
      <translation type="vanished">Dans l’ordre d’appel ; faites glisser une ligne, ou Ctrl+Haut et Ctrl+Bas, pour déplacer un orateur.</translation>
    </message>
    <message>
      <source>Refuses the selected request, with a reason.</source>
      <translation type="vanished">Refuse la demande choisie, avec un motif.</translation>
    </message>
    <message>
      <source>relay</source>
      <translation type="vanished">relais</translation>
    </message>
    <message>
      <source>Who speaks now and the next three, in which language, with relay and text marked.</source>
      <translation type="vanished">Qui parle maintenant et les trois suivants, dans quelle langue, relais et texte indiqués.</translation>
    </message>
    <message>
      <source>Booth shifts: </source>
      <translation type="vanished">Tours de cabine : </translation>
    </message>
    <message>
      <source>take relay</source>
      <translation type="vanished">relais</translation>
    </message>
    <message>
      <source>Your shift: {name}, {n} min left</source>
      <translation type="vanished">Votre tour de cabine : {name}, encore {n} min</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers.</source>
      <translation type="vanished">Retire la demande choisie de la liste des orateurs.</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again</source>
      <translation type="vanished">le fichier n’est pas du texte UTF-8 ; enregistrez-le en UTF-8 (CSV UTF-8) et réessayez</translation>
    </message>
    <message>
      <source>the column “{column}” is not one this app knows</source>
      <translation type="vanished">la colonne « {column} » n’est pas connue de cette application</translation>
    </message>
    <message>
      <source>“{value}” is not a date</source>
      <translation type="vanished">« {value} » n’est pas une date</translation>
    </message>
    <message>
      <source>Who speaks next and in which language; relay is marked.</source>
      <translation type="vanished">Qui parle ensuite et en quelle langue ; le relais est signalé.</translation>
    </message>
    <message>
      <source>Offline (showing state as of {t}; next try in {n} s)</source>
      <translation type="vanished">Hors ligne (état au {t} ; prochain essai dans {n} s)</translation>
    </message>
    <message>
      <source>Interpreters ({booth} booth) ask the speaker to SLOW DOWN</source>
      <translation type="vanished">Les interprètes (cabine {booth}) demandent à l’orateur de RALENTIR</translation>
    </message>
    <message>
      <source>the file is broken, unsafe or not a schedule this app reads</source>
      <translation type="vanished">le fichier est endommagé, dangereux ou n’est pas un programme que cette application lit</translation>
    </message>
    <message>
      <source>Could not read {name}: {why}</source>
      <translation type="vanished">Impossible de lire {name} : {why}</translation>
    </message>
    <message>
      <source>Too many live connections from this address; try again shortly.</source>
      <translation type="vanished">Trop de connexions en direct depuis cette adresse ; réessayez dans un instant.</translation>
    </message>
    <message>
      <source>the duration “{value}” is not in hours and minutes (HH:MM)</source>
      <translation type="vanished">la durée « {value} » n’est pas en heures et minutes (HH:MM)</translation>
    </message>
    <message>
      <source>Mark all as seen</source>
      <translation type="vanished">Tout marquer comme vu</translation>
    </message>
    <message>
      <source>On now: {name} until {time} ({n} min left)</source>
      <translation type="vanished">En cabine : {name} jusqu'à {time} (encore {n} min)</translation>
    </message>
  </context>
</TS>
