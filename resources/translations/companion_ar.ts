<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>labels</name>
    <message>
      <source>Line {line}: {reason}</source>
      <translation>السطر {line}: {reason}</translation>
    </message>
    <message>
      <source>Nothing was imported; correct these lines and try again:</source>
      <translation>لم يُستورد شيء؛ صحّح هذه الأسطر وحاول مرة أخرى:</translation>
    </message>
    <message>
      <source>This list would add {a}, update {u}; {k} unchanged.</source>
      <translation>ستضيف هذه القائمة {a} وتحدّث {u}؛ ويبقى {k} دون تغيير.</translation>
    </message>
    <message>
      <source>Imported: {a} added, {u} updated, {k} unchanged.</source>
      <translation>تم الاستيراد: أُضيف {a}، وحُدّث {u}، وبقي {k} دون تغيير.</translation>
    </message>
    <message>
      <source>Groups: {names}</source>
      <translation>المجموعات: {names}</translation>
    </message>
    <message>
      <source>Interpreters' own languages set in the booths: {names}</source>
      <translation>اللغات الخاصة بالمترجمين الفوريين المسجلة في المقصورات: {names}</translation>
    </message>
    <message>
      <source>{n} new personal code(s): export them now, they are shown only once.</source>
      <translation>{n} رمزًا شخصيًا جديدًا: صدّرها الآن، فهي لا تُعرض إلا مرة واحدة.</translation>
    </message>
    <message>
      <source>{n} code(s) saved to {path} (readable by you only).</source>
      <translation>حُفظ {n} رمزًا في {path} (لا يقرؤه غيرك).</translation>
    </message>
    <message>
      <source>New personal codes</source>
      <translation>الرموز الشخصية الجديدة</translation>
    </message>
    <message>
      <source>New personal codes, shown only once:</source>
      <translation>الرموز الشخصية الجديدة، تُعرض مرة واحدة فقط:</translation>
    </message>
    <message>
      <source>New code for {who}: {code} (the previous one no longer signs in).</source>
      <translation>رمز جديد لـ {who}: {code} (لم يعد الرمز السابق صالحًا لتسجيل الدخول).</translation>
    </message>
    <message>
      <source>Their open sign-ins are ended.</source>
      <translation>أُنهيت جلسات الدخول المفتوحة لهذا الشخص.</translation>
    </message>
    <message>
      <source>{n} participant(s) registered.</source>
      <translation>عدد المشاركين المسجلين: {n}.</translation>
    </message>
    <message>
      <source>the file says it is Unicode text, but this line is broken; save it again as CSV UTF-8</source>
      <translation>يذكر الملف أنه نص Unicode، لكن هذا السطر تالف؛ احفظه مجددًا بصيغة CSV UTF-8</translation>
    </message>
    <message>
      <source>this is a workbook, not a text file: in the spreadsheet, save it as “CSV UTF-8” or “Unicode Text” and import that file</source>
      <translation>هذا مصنف وليس ملفًا نصيًا: احفظه في برنامج الجداول بصيغة «CSV UTF-8» أو «Unicode Text» ثم استورد ذلك الملف</translation>
    </message>
    <message>
      <source>the file is empty: it needs a header line naming the columns</source>
      <translation>الملف فارغ: يحتاج إلى سطر عناوين يسمّي الأعمدة</translation>
    </message>
    <message>
      <source>the header has no “{column}” column</source>
      <translation>سطر العناوين لا يحتوي على العمود «{column}»</translation>
    </message>
    <message>
      <source>the file lists nobody</source>
      <translation>الملف لا يذكر أحدًا</translation>
    </message>
    <message>
      <source>the file lists more than {value} people</source>
      <translation>الملف يذكر أكثر من {value} شخص</translation>
    </message>
    <message>
      <source>this line has more cells than the header has columns</source>
      <translation>في هذا السطر خلايا أكثر من أعمدة سطر العناوين</translation>
    </message>
    <message>
      <source>the name is missing</source>
      <translation>الاسم مفقود</translation>
    </message>
    <message>
      <source>no role is given (delegate, chair, interpreter or secretariat)</source>
      <translation>لم يُذكر أي دور (delegate أو chair أو interpreter أو secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a role (delegate, chair, interpreter, secretariat)</source>
      <translation>«{value}» ليس دورًا (delegate، chair، interpreter، secretariat)</translation>
    </message>
    <message>
      <source>“{value}” is not a kind of delegation (member_state, observer, igo, ngo, other)</source>
      <translation>«{value}» ليس نوعًا من الوفود (member_state، observer، igo، ngo، other)</translation>
    </message>
    <message>
      <source>“{value}” is not a way of attending (onsite, remote)</source>
      <translation>«{value}» ليست طريقة حضور (onsite، remote)</translation>
    </message>
    <message>
      <source>“{value}” is not one of the meeting's languages</source>
      <translation>«{value}» ليست من لغات الاجتماع</translation>
    </message>
    <message>
      <source>an interpreter needs the language of their booth</source>
      <translation>يحتاج المترجم الفوري إلى لغة مقصورته</translation>
    </message>
    <message>
      <source>“{value}” is not an e-mail address</source>
      <translation>«{value}» ليس عنوان بريد إلكتروني</translation>
    </message>
    <message>
      <source>the “{column}” cell is too long</source>
      <translation>خلية «{column}» طويلة جدًا</translation>
    </message>
    <message>
      <source>the same person is already on line {value}</source>
      <translation>الشخص نفسه موجود بالفعل في السطر {value}</translation>
    </message>
    <message>
      <source>several registered people are called “{value}” in this delegation: give the e-mail of the one meant</source>
      <translation>في هذا الوفد عدة أشخاص مسجلين باسم «{value}»: اذكر البريد الإلكتروني للشخص المقصود</translation>
    </message>
    <message>
      <source>the “{column}” cell (“{value}…”) holds a line break; join it into one line and import again</source>
      <translation>الخلية «{column}» («{value}…») تحتوي على فاصل أسطر؛ اجمعها في سطر واحد ثم أعد الاستيراد</translation>
    </message>
    <message>
      <source>the header names the column “{column}” twice</source>
      <translation>يذكر سطر العناوين العمود “{column}” مرتين</translation>
    </message>
    <message>
      <source>“{value}” is in a column the header does not name</source>
      <translation>“{value}” في عمود لا يذكره سطر العناوين</translation>
    </message>
    <message>
      <source>the file is not readable as CSV here (a quote not closed, or a cell far too long)</source>
      <translation>لا يمكن قراءة الملف بصيغة CSV هنا (علامة اقتباس غير مغلقة، أو خلية طويلة جدًا)</translation>
    </message>
    <message>
      <source>the “{column}” cell holds a control character or a broken character</source>
      <translation>تحتوي الخلية “{column}” على حرف تحكم أو حرف تالف</translation>
    </message>
    <message>
      <source>the groups this file names cannot be declared (too many groups, too many delegations in one, or a name too long)</source>
      <translation>لا يمكن إعلان المجموعات الواردة في هذا الملف (عدد كبير جدًا من المجموعات، أو عدد كبير جدًا من الوفود في مجموعة واحدة، أو اسم طويل جدًا)</translation>
    </message>
    <message>
      <source>“{value}” is in the “{column}” column, which only an interpreter has: empty the cell, or make this person an interpreter</source>
      <translation>«{value}» موجودة في العمود «{column}» الذي لا يخص إلا المترجم الفوري: أفرغ الخلية أو اجعل هذا الشخص مترجمًا فوريًا</translation>
    </message>
    <message>
      <source>“{value}” is the language of this interpreter's own booth</source>
      <translation>«{value}» هي لغة مقصورة هذا المترجم الفوري نفسها</translation>
    </message>
    <message>
      <source>the interpreters' languages this file gives the “{value}” booth cannot be set (more than 12 interpreters with their own languages, or a name longer than 120 characters)</source>
      <translation>لا يمكن تسجيل اللغات التي يحددها هذا الملف لمترجمي مقصورة «{value}» (أكثر من 12 مترجمًا بلغات خاصة بهم، أو اسم يزيد على 120 حرفًا)</translation>
    </message>
    <message>
      <source>the file is not UTF-8, so it was read as Windows-1252 (Excel's “CSV”); check the accented names (the first is “{value}”) and, if one looks wrong, save the list as “CSV UTF-8”</source>
      <translation>الملف ليس بترميز UTF-8، لذا قُرئ بترميز Windows-1252 (ملف «CSV» من Excel)؛ تحقق من الأسماء ذات العلامات (أولها «{value}»)، وإن بدا أحدها خطأً فاحفظ القائمة بصيغة «CSV UTF-8»</translation>
    </message>
    <message>
      <source>columns this app does not use were ignored: {value}</source>
      <translation>تم تجاهل أعمدة لا يستخدمها هذا التطبيق: {value}</translation>
    </message>
    <message>
      <source>{place}: {reason}</source>
      <translation>{place}: {reason}</translation>
    </message>
    <message>
      <source>line {line}, {place}</source>
      <translation>السطر {line}، {place}</translation>
    </message>
    <message>
      <source>a reason this app does not know ({code})</source>
      <translation>سبب لا يعرفه هذا التطبيق ({code})</translation>
    </message>
    <message>
      <source>the file is larger than {limit_mb} MB; a schedule may be at most {limit_mb} MB</source>
      <translation>حجم الملف أكبر من {limit_mb} ميغابايت؛ الحد الأقصى للجدول {limit_mb} ميغابايت</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text (line {line}, byte {byte}); save it as UTF-8</source>
      <translation>الملف ليس نصًا بترميز UTF-8 (السطر {line}، البايت {byte})؛ احفظه بترميز UTF-8</translation>
    </message>
    <message>
      <source>the file is not a schedule this app reads (frab, c3voc JSON, iCalendar)</source>
      <translation>الملف ليس جدولًا يقرؤه هذا التطبيق (frab أو JSON c3voc أو iCalendar)</translation>
    </message>
    <message>
      <source>the XML is broken at line {line}, column {column}</source>
      <translation>ملف XML تالف في السطر {line}، العمود {column}</translation>
    </message>
    <message>
      <source>the XML file uses entities or external references, refused for safety</source>
      <translation>يستخدم ملف XML كيانات أو مراجع خارجية، وهي مرفوضة حفاظًا على الأمان</translation>
    </message>
    <message>
      <source>this XML is not a frab schedule (its root is &lt;{root}&gt;)</source>
      <translation>ملف XML هذا ليس جدول frab (جذره &lt;{root}&gt;)</translation>
    </message>
    <message>
      <source>the JSON is broken at line {line}, column {column}</source>
      <translation>ملف JSON تالف في السطر {line}، العمود {column}</translation>
    </message>
    <message>
      <source>this JSON is not a c3voc schedule</source>
      <translation>ملف JSON هذا ليس جدول c3voc</translation>
    </message>
    <message>
      <source>the iCalendar file is broken</source>
      <translation>ملف iCalendar تالف</translation>
    </message>
    <message>
      <source>the schedule has {count} events; at most {limit} are accepted</source>
      <translation>يضم الجدول {count} حدثًا؛ والحد الأقصى المقبول {limit}</translation>
    </message>
    <message>
      <source>unknown time zone “{zone}”</source>
      <translation>منطقة زمنية غير معروفة «{zone}»</translation>
    </message>
    <message>
      <source>{time} does not exist in {zone} (the clocks skip that hour)</source>
      <translation>الوقت {time} غير موجود في {zone} (تقفز الساعة فوق هذه الساعة)</translation>
    </message>
    <message>
      <source>it has no guid or UID, so a later import could not keep it in step</source>
      <translation>ليس له guid أو UID، فلا يمكن لاستيراد لاحق أن يحدّثه</translation>
    </message>
    <message>
      <source>its id is longer than {limit} characters</source>
      <translation>معرّفه أطول من {limit} حرفًا</translation>
    </message>
    <message>
      <source>its id “{id}” appears twice (first at {first})</source>
      <translation>المعرّف «{id}» مكرر (أول ظهور في {first})</translation>
    </message>
    <message>
      <source>it ends before it starts</source>
      <translation>ينتهي قبل أن يبدأ</translation>
    </message>
    <message>
      <source>it lasts no time (it ends when it starts)</source>
      <translation>مدته صفر (ينتهي عند بدايته)</translation>
    </message>
    <message>
      <source>it has no title</source>
      <translation>ليس له عنوان</translation>
    </message>
    <message>
      <source>it has no {field}</source>
      <translation>ينقصه {field}</translation>
    </message>
    <message>
      <source>{field} should be {expected}</source>
      <translation>ينبغي أن يكون {field} {expected}</translation>
    </message>
    <message>
      <source>{field} appears more than once</source>
      <translation>يتكرر {field} أكثر من مرة</translation>
    </message>
    <message>
      <source>{field} is not in its place (it belongs in {parent})</source>
      <translation>{field} ليس في موضعه (موضعه داخل {parent})</translation>
    </message>
    <message>
      <source>{field} has a value the format does not allow</source>
      <translation>قيمة {field} لا يسمح بها التنسيق</translation>
    </message>
    <message>
      <source>it gives both {field} and {other}; the format allows only one</source>
      <translation>يذكر {field} و{other} معًا؛ والتنسيق لا يسمح إلا بأحدهما</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date</source>
      <translation>{field} «{value}» ليس تاريخًا</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a time of day</source>
      <translation>{field} «{value}» ليس وقتًا من اليوم</translation>
    </message>
    <message>
      <source>{field} “{value}” is not a date and time</source>
      <translation>{field} «{value}» ليس تاريخًا ووقتًا</translation>
    </message>
    <message>
      <source>the duration “{value}” cannot be read</source>
      <translation>تعذّرت قراءة المدة «{value}»</translation>
    </message>
    <message>
      <source>{field} is a whole day ({value}), not a time</source>
      <translation>{field} يوم كامل ({value})، وليس وقتًا</translation>
    </message>
    <message>
      <source>its time zone “{zone}” is not defined in the file</source>
      <translation>منطقته الزمنية «{zone}» غير معرّفة في الملف</translation>
    </message>
    <message>
      <source>its times fall outside the years {first}–{last} an agenda holds</source>
      <translation>تقع أوقاته خارج السنوات {first}–{last} التي يقبلها جدول الأعمال</translation>
    </message>
    <message>
      <source>its text holds a control character or a text-direction control</source>
      <translation>يحتوي نصه على محرف تحكم أو محرف للتحكم في اتجاه النص</translation>
    </message>
    <message>
      <source>the meeting does not accept it ({code})</source>
      <translation>لا يقبله الاجتماع ({code})</translation>
    </message>
    <message>
      <source>the file names no time zone; its times were read as meeting time ({zone})</source>
      <translation>لا يذكر الملف منطقة زمنية؛ فقُرئت أوقاته بتوقيت الاجتماع ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) have no time zone; read as meeting time ({zone})</source>
      <translation>{count} حدث(ًا) بلا منطقة زمنية؛ قُرئت بتوقيت الاجتماع ({zone})</translation>
    </message>
    <message>
      <source>{count} event(s) after midnight were put on the next date</source>
      <translation>{count} حدث(ًا) بعد منتصف الليل نُقلت إلى التاريخ التالي</translation>
    </message>
    <message>
      <source>{count} event(s) start in the hour {zone} repeats; read as the first one</source>
      <translation>{count} حدث(ًا) تبدأ في الساعة التي تتكرر في {zone}؛ قُرئت على أنها الأولى</translation>
    </message>
    <message>
      <source>it repeats: imported as {count} item(s), one per occurrence</source>
      <translation>يتكرر: استُورد في {count} بند(ًا)، بندٌ لكل تكرار</translation>
    </message>
    <message>
      <source>it repeats without end or too often: its {count} occurrence(s) up to {last} were imported, the later ones left out</source>
      <translation>يتكرر بلا نهاية أو أكثر مما يلزم: استُوردت تكراراته حتى {last} ({count})، وتُركت التكرارات اللاحقة</translation>
    </message>
    <message>
      <source>it repeats, but working out this file's repeating events already took {seconds} s; it was left out (simplify its rule or import it in a file of its own)</source>
      <translation>يتكرر، لكن حساب الأحداث المتكررة في هذا الملف استغرق بالفعل {seconds} ث؛ فتُرك (بسّط قاعدته أو استورده في ملف مستقل)</translation>
    </message>
    <message>
      <source>its {field} had {length} characters; it was shortened to {limit}</source>
      <translation>كان في حقل «{field}» {length} حرفًا؛ فاختُصر إلى {limit}</translation>
    </message>
    <message>
      <source>the day dated {date} starts on {used} in {zone}; its events were filed under {used}</source>
      <translation>اليوم المؤرخ {date} يبدأ في {used} بتوقيت {zone}؛ فأُدرجت فعالياته تحت {used}</translation>
    </message>
    <message>
      <source>{count} item(s) fall outside the meeting's days ({first} to {last}), from {earliest} to {latest}</source>
      <translation>عدد البنود الواقعة خارج أيام الاجتماع ({first} إلى {last}): {count}، من {earliest} إلى {latest}</translation>
    </message>
    <message>
      <source>text</source>
      <translation>نصًا</translation>
    </message>
    <message>
      <source>a number</source>
      <translation>رقمًا</translation>
    </message>
    <message>
      <source>text or a number</source>
      <translation>نصًا أو رقمًا</translation>
    </message>
    <message>
      <source>a list</source>
      <translation>قائمة</translation>
    </message>
    <message>
      <source>an object</source>
      <translation>كائنًا</translation>
    </message>
    <message>
      <source>an object or text</source>
      <translation>كائنًا أو نصًا</translation>
    </message>
    <message>
      <source>a whole number</source>
      <translation>عددًا صحيحًا</translation>
    </message>
    <message>
      <source>text, or text per language</source>
      <translation>نصًا، أو نصًا لكل لغة</translation>
    </message>
    <message>
      <source>day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <source>end</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <source>kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <source>description</source>
      <translation>الوصف</translation>
    </message>
    <message>
      <source>moderators</source>
      <translation>المديرون</translation>
    </message>
    <message>
      <source>speakers</source>
      <translation>المتحدثون</translation>
    </message>
    <message>
      <source>room</source>
      <translation>القاعة</translation>
    </message>
    <message>
      <source>formats</source>
      <translation>الأشكال</translation>
    </message>
    <message>
      <source>languages</source>
      <translation>اللغات</translation>
    </message>
    <message>
      <source>public</source>
      <translation>العلنية</translation>
    </message>
    <message>
      <source>there is no meeting '{meeting}'</source>
      <translation>لا يوجد اجتماع '{meeting}'</translation>
    </message>
    <message>
      <source>meeting '{meeting}' already exists</source>
      <translation>الاجتماع '{meeting}' موجود بالفعل</translation>
    </message>
    <message>
      <source>there is no participant '{participant}' in {meeting}</source>
      <translation>لا يوجد مشارك '{participant}' في {meeting}</translation>
    </message>
    <message>
      <source>no participant '{who}' (give their id, their e-mail or “Name, Delegation”)</source>
      <translation>لا يوجد مشارك '{who}' (اذكر معرّفه أو بريده الإلكتروني أو “الاسم، الوفد”)</translation>
    </message>
    <message>
      <source>the meeting is too busy to import into; try again</source>
      <translation>الاجتماع مشغول جدًا للاستيراد إليه؛ حاول مرة أخرى</translation>
    </message>
    <message>
      <source>cannot read {path}: there is no such file</source>
      <translation>تعذّرت قراءة {path}: لا يوجد ملف بهذا الاسم</translation>
    </message>
    <message>
      <source>cannot read {path}: permission denied</source>
      <translation>تعذّرت قراءة {path}: الإذن مرفوض</translation>
    </message>
    <message>
      <source>cannot read {path}: it is a folder, not a file</source>
      <translation>تعذّرت قراءة {path}: إنه مجلد وليس ملفًا</translation>
    </message>
    <message>
      <source>cannot read {path}: {reason}</source>
      <translation>تعذّرت قراءة {path}: {reason}</translation>
    </message>
    <message>
      <source>{path} is larger than {mb} MB</source>
      <translation>{path} أكبر من {mb} ميغابايت</translation>
    </message>
    <message>
      <source>{path} exists already; codes are never written over a file</source>
      <translation>{path} موجود بالفعل؛ لا تُكتب الرموز فوق ملف موجود أبدًا</translation>
    </message>
    <message>
      <source>cannot create {path}: {reason}</source>
      <translation>تعذّر إنشاء {path}: {reason}</translation>
    </message>
    <message>
      <source>{paths} exists already; samples are never written over a file</source>
      <translation>{paths} موجود بالفعل؛ لا تُكتب الأمثلة فوق ملف موجود أبدًا</translation>
    </message>
    <message>
      <source>cannot write in {folder}: {reason}</source>
      <translation>تعذّرت الكتابة في {folder}: {reason}</translation>
    </message>
    <message>
      <source>create-meeting needs --title, --time-zone and --start (or --schedule FILE)</source>
      <translation>يحتاج create-meeting إلى --title و--time-zone و--start (أو --schedule FILE)</translation>
    </message>
    <message>
      <source>{path} names no time zone (no TZID, X-WR-TIMEZONE, time_zone_name or dated day starts): give --time-zone</source>
      <translation>لا يذكر {path} أي منطقة زمنية (لا TZID ولا X-WR-TIMEZONE ولا time_zone_name ولا بدايات أيام مؤرّخة): حدّد --time-zone</translation>
    </message>
    <message>
      <source>{path}: the schedule has no items ({n} event(s) skipped); nothing was changed.</source>
      <translation>{path}: لا يحتوي الجدول على أي بند (تم تخطي {n} من الأحداث)؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>{path} was refused: {reason}</source>
      <translation>رُفض {path}: {reason}</translation>
    </message>
    <message>
      <source>sqlite URL needs a file path, e.g. sqlite:///meeting.db</source>
      <translation>يحتاج عنوان sqlite إلى مسار ملف، مثل sqlite:///meeting.db</translation>
    </message>
    <message>
      <source>unsupported database URL '{url}' (use sqlite:///path/to/file.db or postgresql://user@host/dbname)</source>
      <translation>عنوان قاعدة البيانات '{url}' غير مدعوم (استخدم sqlite:///path/to/file.db أو postgresql://user@host/dbname)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: file is not a database of this server (or it is damaged)</source>
      <translation>تعذّر فتح قاعدة البيانات {path}: الملف ليس قاعدة بيانات لهذا الخادم (أو أنه تالف)</translation>
    </message>
    <message>
      <source>cannot open the database {path}: {reason}</source>
      <translation>تعذّر فتح قاعدة البيانات {path}: {reason}</translation>
    </message>
    <message>
      <source>the database {path} failed: {reason}</source>
      <translation>تعطّلت قاعدة البيانات {path}: {reason}</translation>
    </message>
    <message>
      <source>interrupted</source>
      <translation>تمت المقاطعة</translation>
    </message>
    <message>
      <source>'{zone}' is not an IANA time zone (e.g. Europe/Zurich).</source>
      <translation>'{zone}' ليست منطقة زمنية من IANA (مثل Europe/Zurich).</translation>
    </message>
    <message>
      <source>an interpreter needs a booth, one of: {languages} (--booth)</source>
      <translation>يحتاج المترجم الفوري إلى مقصورة، إحدى: {languages} (--booth)</translation>
    </message>
    <message>
      <source>only an interpreter has a booth (--booth)</source>
      <translation>المترجم الفوري وحده له مقصورة (--booth)</translation>
    </message>
    <message>
      <source>Meeting time</source>
      <translation>وقت الاجتماع</translation>
    </message>
    <message>
      <source>moved</source>
      <translation>نُقل موعده</translation>
    </message>
    <message>
      <source>list open</source>
      <translation>القائمة مفتوحة</translation>
    </message>
    <message>
      <source>Day</source>
      <translation>اليوم</translation>
    </message>
    <message>
      <source>Your time</source>
      <translation>توقيتك</translation>
    </message>
    <message>
      <source>Item</source>
      <translation>البند</translation>
    </message>
    <message>
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <source>Status</source>
      <translation>الحالة</translation>
    </message>
    <message>
      <source>Day {n}</source>
      <translation>اليوم {n}</translation>
    </message>
    <message>
      <source>list closed</source>
      <translation>القائمة مغلقة</translation>
    </message>
    <message>
      <source>● {what}</source>
      <translation>● {what}</translation>
    </message>
    <message>
      <source>new</source>
      <translation>جديد</translation>
    </message>
    <message>
      <source>time changed</source>
      <translation>تغيّر الوقت</translation>
    </message>
    <message>
      <source>postponed</source>
      <translation>مؤجَّل</translation>
    </message>
    <message>
      <source>list opened</source>
      <translation>فُتحت القائمة</translation>
    </message>
    <message>
      <source>Search the agenda</source>
      <translation>البحث في جدول الأعمال</translation>
    </message>
    <message>
      <source>Shows only the items whose text contains what you type.</source>
      <translation>لا يعرض إلا البنود التي يتضمن نصها ما تكتبه.</translation>
    </message>
    <message>
      <source>My agenda only</source>
      <translation>برنامجي فقط</translation>
    </message>
    <message>
      <source>Shows only the items you starred.</source>
      <translation>لا يعرض إلا البنود التي تتابعها.</translation>
    </message>
    <message>
      <source>★ Star</source>
      <translation>★ متابعة</translation>
    </message>
    <message>
      <source>Star or unstar the selected item</source>
      <translation>متابعة البند المحدد أو إلغاء متابعته</translation>
    </message>
    <message>
      <source>Starred items make up “my agenda”; you are reminded before they start.</source>
      <translation>البنود المتابعة تشكل «برنامجي»، ويصلك تذكير قبل بدئها.</translation>
    </message>
    <message>
      <source>All seen</source>
      <translation>اطّلعت على الكل</translation>
    </message>
    <message>
      <source>Clears the ● marks of what changed since you last looked.</source>
      <translation>يزيل علامات ● عمّا تغيّر منذ آخر اطلاع لك.</translation>
    </message>
    <message>
      <source>Agenda</source>
      <translation>جدول الأعمال</translation>
    </message>
    <message>
      <source>The two days, one item per row; arrow keys move, the details follow.</source>
      <translation>اليومان، بند في كل صف؛ تتنقل بمفاتيح الأسهم وتتبعها التفاصيل.</translation>
    </message>
    <message>
      <source>Item details</source>
      <translation>تفاصيل البند</translation>
    </message>
    <message>
      <source>Search the agenda…</source>
      <translation>البحث في جدول الأعمال…</translation>
    </message>
    <message>
      <source>Interpretation</source>
      <translation>الترجمة الفورية</translation>
    </message>
    <message>
      <source>in the room</source>
      <translation>في القاعة</translation>
    </message>
    <message>
      <source>webcast</source>
      <translation>البث الشبكي</translation>
    </message>
    <message>
      <source>Not available in your language: shown in the original ({language}).</source>
      <translation>غير متاح بلغتك: معروض باللغة الأصلية ({language}).</translation>
    </message>
    <message>
      <source>Alerts</source>
      <translation>تنبيهات</translation>
    </message>
    <message>
      <source>Every alert of this session, newest first.</source>
      <translation>كل تنبيهات هذه الجلسة، الأحدث أولاً.</translation>
    </message>
    <message>
      <source>No alerts yet.</source>
      <translation>لا توجد تنبيهات بعد.</translation>
    </message>
    <message>
      <source>Alerts ({n} new)</source>
      <translation>تنبيهات ({n} جديدة)</translation>
    </message>
    <message>
      <source>Alerts ({n})</source>
      <translation>تنبيهات ({n})</translation>
    </message>
    <message>
      <source>Interpreters ({booth}) ask the speaker to SLOW DOWN</source>
      <translation>المترجمون الفوريون ({booth}) يطلبون من المتكلم الإبطاء</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered: place {n}.</source>
      <translation>سُجّل طلبك بشأن «{item}»: المرتبة {n}.</translation>
    </message>
    <message>
      <source>The chair declined your request on “{item}”: {why}</source>
      <translation>رفض الرئيس طلبك في «{item}»: {why}</translation>
    </message>
    <message>
      <source>no reason given</source>
      <translation>لم يُذكر سبب</translation>
    </message>
    <message>
      <source>You have the floor.</source>
      <translation>الكلمة لك.</translation>
    </message>
    <message>
      <source>You are next.</source>
      <translation>أنت التالي.</translation>
    </message>
    <message>
      <source>Get ready to unmute.</source>
      <translation>استعد لتشغيل الميكروفون.</translation>
    </message>
    <message>
      <source>Your request on “{item}” is registered.</source>
      <translation>سُجّل طلبك بشأن «{item}».</translation>
    </message>
    <message>
      <source>The list of speakers closes at {time}.</source>
      <translation>تُقفل قائمة المتكلمين في الساعة {time}.</translation>
    </message>
    <message>
      <source>Speakers of</source>
      <translation>المتكلمون في</translation>
    </message>
    <message>
      <source>The live item, or another item whose list is open.</source>
      <translation>البند الجاري، أو بند آخر قائمته مفتوحة.</translation>
    </message>
    <message>
      <source>How many speakers</source>
      <translation>عدد المتكلمين</translation>
    </message>
    <message>
      <source>How many of the next speakers the board lists.</source>
      <translation>عدد المتكلمين التالين الذين تعرضهم اللوحة.</translation>
    </message>
    <message>
      <source>the live item</source>
      <translation>البند الجاري</translation>
    </message>
    <message>
      <source>Speakers of:</source>
      <translation>المتكلمون في:</translation>
    </message>
    <message>
      <source>Show:</source>
      <translation>عرض:</translation>
    </message>
    <message>
      <source>all</source>
      <translation>الكل</translation>
    </message>
    <message>
      <source>link</source>
      <translation>رابط</translation>
    </message>
    <message>
      <source>glossary</source>
      <translation>مسرد</translation>
    </message>
    <message>
      <source>Documents of the item</source>
      <translation>وثائق البند</translation>
    </message>
    <message>
      <source>Papers, links and the glossary for this item.</source>
      <translation>الوثائق والروابط والمسرد الخاصة بهذا البند.</translation>
    </message>
    <message>
      <source>Download…</source>
      <translation>تنزيل…</translation>
    </message>
    <message>
      <source>Refresh</source>
      <translation>تحديث</translation>
    </message>
    <message>
      <source>Glossary</source>
      <translation>المسرد</translation>
    </message>
    <message>
      <source>The item's terms and their renderings.</source>
      <translation>مصطلحات البند ومقابلاتها.</translation>
    </message>
    <message>
      <source>Loading the documents…</source>
      <translation>جارٍ تحميل الوثائق…</translation>
    </message>
    <message>
      <source>Downloading…</source>
      <translation>جارٍ التنزيل…</translation>
    </message>
    <message>
      <source>No item chosen.</source>
      <translation>لم يُختر أي بند.</translation>
    </message>
    <message>
      <source>{n} documents</source>
      <translation>الوثائق: {n}</translation>
    </message>
    <message>
      <source>No documents for this item.</source>
      <translation>لا توجد وثائق لهذا البند.</translation>
    </message>
    <message>
      <source>Open</source>
      <translation>فتح</translation>
    </message>
    <message>
      <source>Save the document</source>
      <translation>حفظ الوثيقة</translation>
    </message>
    <message>
      <source>The documents could not be fetched: {why}</source>
      <translation>تعذّر جلب الوثائق: {why}</translation>
    </message>
    <message>
      <source>Saved to {path}</source>
      <translation>حُفظت في {path}</translation>
    </message>
    <message>
      <source>Could not save: {why}</source>
      <translation>تعذّر الحفظ: {why}</translation>
    </message>
    <message>
      <source>floor (your language)</source>
      <translation>اللغة الأصلية (لغتك)</translation>
    </message>
    <message>
      <source>Your booth's shifts are over.</source>
      <translation>انتهت نوبات مقصورتك.</translation>
    </message>
    <message>
      <source>No shift set for your booth.</source>
      <translation>لم تُحدَّد نوبات لمقصورتك.</translation>
    </message>
    <message>
      <source>direct</source>
      <translation>مباشرة</translation>
    </message>
    <message>
      <source>⚠ no interpretation into {languages}</source>
      <translation>⚠ لا ترجمة شفوية إلى {languages}</translation>
    </message>
    <message>
      <source>Handover within {n} min: {name} takes over at {time}</source>
      <translation>التسليم خلال {n} دقيقة: يتولى {name} عند {time}</translation>
    </message>
    <message>
      <source>⚠ no booth gives it</source>
      <translation>⚠ لا توجد مقصورة توفرها</translation>
    </message>
    <message>
      <source>pivot for {booths}</source>
      <translation>لغة وسيطة لـ {booths}</translation>
    </message>
    <message>
      <source>In the booth: {name} until {time} ({n} min left)</source>
      <translation>في المقصورة: {name} حتى {time} (يتبقى {n} دقيقة)</translation>
    </message>
    <message>
      <source>Next: {name} from {time}</source>
      <translation>التالي: {name} من {time}</translation>
    </message>
    <message>
      <source>relay from {booth}</source>
      <translation>لغة وسيطة من {booth}</translation>
    </message>
    <message>
      <source>retour from {booth}</source>
      <translation>ترجمة عكسية من {booth}</translation>
    </message>
    <message>
      <source>Booths</source>
      <translation>المقصورات</translation>
    </message>
    <message>
      <source>{booth} works from {language}</source>
      <translation>{booth} تترجم من {language}</translation>
    </message>
    <message>
      <source>{booth} gives retour into {language}</source>
      <translation>{booth} تقدم ترجمة عكسية إلى {language}</translation>
    </message>
    <message>
      <source>What each booth works from directly, and its retour.</source>
      <translation>اللغات التي تترجم منها كل مقصورة مباشرة، والترجمة العكسية التي تقدمها.</translation>
    </message>
    <message>
      <source>Works from</source>
      <translation>تترجم من</translation>
    </message>
    <message>
      <source>Retour into</source>
      <translation>ترجمة عكسية إلى</translation>
    </message>
    <message>
      <source>Booths…</source>
      <translation>المقصورات…</translation>
    </message>
    <message>
      <source>All the statements made for one group; 0: no budget.</source>
      <translation>كل البيانات المُلقاة باسم مجموعة واحدة؛ 0: بلا حصة.</translation>
    </message>
    <message>
      <source>All the statements of one delegation; 0: no budget.</source>
      <translation>كل بيانات وفد واحد؛ 0: بلا حصة.</translation>
    </message>
    <message>
      <source>Budgets of speaking time</source>
      <translation>حصص وقت الكلام</translation>
    </message>
    <message>
      <source>Minutes per group</source>
      <translation>دقائق لكل مجموعة</translation>
    </message>
    <message>
      <source>Minutes per delegation</source>
      <translation>دقائق لكل وفد</translation>
    </message>
    <message>
      <source>none</source>
      <translation>بلا</translation>
    </message>
    <message>
      <source>The chair and the speaker are warned as a budget runs out; no clock stops.</source>
      <translation>يُنبَّه الرئيس والمتكلم عند نفاد الحصة؛ ولا تتوقف أي ساعة.</translation>
    </message>
    <message>
      <source>Call next</source>
      <translation>دعوة المتكلم التالي</translation>
    </message>
    <message>
      <source>Gives the floor to the first in the list.</source>
      <translation>يعطي الكلمة للأول في القائمة.</translation>
    </message>
    <message>
      <source>Start clock</source>
      <translation>بدء التوقيت</translation>
    </message>
    <message>
      <source>Starts the speaker's clock.</source>
      <translation>يبدأ توقيت المتكلم.</translation>
    </message>
    <message>
      <source>Pause</source>
      <translation>إيقاف مؤقت</translation>
    </message>
    <message>
      <source>Stops the clock for a moment.</source>
      <translation>يوقف التوقيت مؤقتًا.</translation>
    </message>
    <message>
      <source>Resume</source>
      <translation>استئناف</translation>
    </message>
    <message>
      <source>Runs the clock again.</source>
      <translation>يستأنف التوقيت.</translation>
    </message>
    <message>
      <source>Finish</source>
      <translation>إنهاء</translation>
    </message>
    <message>
      <source>Ends the current statement.</source>
      <translation>ينهي الكلمة الحالية.</translation>
    </message>
    <message>
      <source>Move up</source>
      <translation>إلى الأعلى</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place up.</source>
      <translation>ينقل المتكلم المحدد مكانًا واحدًا إلى الأعلى.</translation>
    </message>
    <message>
      <source>Move down</source>
      <translation>إلى الأسفل</translation>
    </message>
    <message>
      <source>Moves the selected speaker one place down.</source>
      <translation>ينقل المتكلم المحدد مكانًا واحدًا إلى الأسفل.</translation>
    </message>
    <message>
      <source>Move to top</source>
      <translation>إلى الأعلى تمامًا</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the top.</source>
      <translation>ينقل المتكلمين المحددين إلى أعلى القائمة.</translation>
    </message>
    <message>
      <source>Move to bottom</source>
      <translation>إلى الأسفل تمامًا</translation>
    </message>
    <message>
      <source>Moves the selected speakers to the bottom.</source>
      <translation>ينقل المتكلمين المحددين إلى أسفل القائمة.</translation>
    </message>
    <message>
      <source>Move to place…</source>
      <translation>إلى مرتبة…</translation>
    </message>
    <message>
      <source>Moves the selected speakers to a place you type.</source>
      <translation>ينقل المتكلمين المحددين إلى المرتبة التي تكتبها.</translation>
    </message>
    <message>
      <source>Decline…</source>
      <translation>رفض…</translation>
    </message>
    <message>
      <source>Refuses the selected requests, with a reason.</source>
      <translation>يرفض الطلبات المحددة مع ذكر السبب.</translation>
    </message>
    <message>
      <source>Close the list</source>
      <translation>إغلاق القائمة</translation>
    </message>
    <message>
      <source>Opens or closes the list of speakers.</source>
      <translation>يفتح قائمة المتكلمين أو يغلقها.</translation>
    </message>
    <message>
      <source>Deadline…</source>
      <translation>الموعد النهائي…</translation>
    </message>
    <message>
      <source>Sets, moves or lifts the time the open list closes by itself.</source>
      <translation>يحدد أو ينقل أو يلغي موعد إقفال القائمة المفتوحة تلقائيًا.</translation>
    </message>
    <message>
      <source>Add from the floor…</source>
      <translation>إضافة من القاعة…</translation>
    </message>
    <message>
      <source>Puts a delegation that raised its flag in the room on the list.</source>
      <translation>يضيف إلى القائمة وفداً رفع لافتته في القاعة.</translation>
    </message>
    <message>
      <source>Interposed question…</source>
      <translation>سؤال اعتراضي…</translation>
    </message>
    <message>
      <source>Gives the floor for a short question; the speaker's clock waits, then runs on.</source>
      <translation>يعطي الكلمة لسؤال قصير؛ تتوقف ساعة المتكلم ثم تستأنف.</translation>
    </message>
    <message>
      <source>Set live</source>
      <translation>بدء البند</translation>
    </message>
    <message>
      <source>Marks this item as the one in session.</source>
      <translation>يجعل هذا البند البند الجاري.</translation>
    </message>
    <message>
      <source>Set done</source>
      <translation>إتمام البند</translation>
    </message>
    <message>
      <source>Marks this item as finished.</source>
      <translation>يضع على هذا البند علامة منتهٍ.</translation>
    </message>
    <message>
      <source>Postpone</source>
      <translation>تأجيل</translation>
    </message>
    <message>
      <source>Marks this item as postponed.</source>
      <translation>يضع على هذا البند علامة مؤجل.</translation>
    </message>
    <message>
      <source>List of speakers</source>
      <translation>قائمة المتكلمين</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker; Shift or Ctrl with a click selects several.</source>
      <translation>بترتيب الدعوة؛ اسحب صفًا أو استخدم Ctrl+Up وCtrl+Down لتحريك متكلم؛ وتحدد النقرة مع Shift أو Ctrl عدة صفوف.</translation>
    </message>
    <message>
      <source>Selected request</source>
      <translation>الطلب المحدد</translation>
    </message>
    <message>
      <source>Figures</source>
      <translation>أرقام</translation>
    </message>
    <message>
      <source>Budgets…</source>
      <translation>الحصص…</translation>
    </message>
    <message>
      <source>Minutes of speaking time per group and per delegation.</source>
      <translation>دقائق وقت الكلام لكل مجموعة ولكل وفد.</translation>
    </message>
    <message>
      <source>Move to place</source>
      <translation>النقل إلى مرتبة</translation>
    </message>
    <message>
      <source>Decline request</source>
      <translation>رفض الطلب</translation>
    </message>
    <message>
      <source>Reason (shown to the delegate):</source>
      <translation>السبب (يُبلَّغ إلى المندوب):</translation>
    </message>
    <message>
      <source>Open the list</source>
      <translation>فتح القائمة</translation>
    </message>
    <message>
      <source>Waiting {w} · in the room {on} · remote {off} · member states {ms} · others {ob}&lt;br&gt;Languages: {langs}&lt;br&gt;Spoken so far: {spoken} ({genders})</source>
      <translation>في الانتظار {w}، في القاعة {on}، عن بُعد {off}، الدول الأعضاء {ms}، آخرون {ob}&lt;br&gt;اللغات: {langs}&lt;br&gt;تكلّم حتى الآن: {spoken} ({genders})</translation>
    </message>
    <message>
      <source>Select a speaker to see standing, time asked, text and estimate.</source>
      <translation>حدّد متكلماً لرؤية صفته والوقت المطلوب والنص والتقدير.</translation>
    </message>
    <message>
      <source>Place in the list (1 to {n}):</source>
      <translation>المرتبة في القائمة (من 1 إلى {n}):</translation>
    </message>
    <message>
      <source>“{item}” set done</source>
      <translation>«{item}» عُلّم منتهياً</translation>
    </message>
    <message>
      <source>“{item}” postponed</source>
      <translation>«{item}» أُرجئ</translation>
    </message>
    <message>
      <source>{n} requests declined</source>
      <translation>رُفض {n} من الطلبات</translation>
    </message>
    <message>
      <source>Request of {who} declined</source>
      <translation>رُفض طلب {who}</translation>
    </message>
    <message>
      <source>List of “{item}” closed</source>
      <translation>أُقفلت قائمة «{item}»</translation>
    </message>
    <message>
      <source>{n} waiting</source>
      <translation>{n} في الانتظار</translation>
    </message>
    <message>
      <source>Geneva</source>
      <translation>جنيف</translation>
    </message>
    <message>
      <source>New York</source>
      <translation>نيويورك</translation>
    </message>
    <message>
      <source>Vienna</source>
      <translation>فيينا</translation>
    </message>
    <message>
      <source>Nairobi</source>
      <translation>نيروبي</translation>
    </message>
    <message>
      <source>Paris</source>
      <translation>باريس</translation>
    </message>
    <message>
      <source>Rome</source>
      <translation>روما</translation>
    </message>
    <message>
      <source>Bonn</source>
      <translation>بون</translation>
    </message>
    <message>
      <source>Bangkok</source>
      <translation>بانكوك</translation>
    </message>
    <message>
      <source>Addis Ababa</source>
      <translation>أديس أبابا</translation>
    </message>
    <message>
      <source>When</source>
      <translation>متى</translation>
    </message>
    <message>
      <source>Delegation</source>
      <translation>الوفد</translation>
    </message>
    <message>
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <source>Your booth</source>
      <translation>مقصورتك</translation>
    </message>
    <message>
      <source>Text</source>
      <translation>النص</translation>
    </message>
    <message>
      <source>● new text</source>
      <translation>● نص جديد</translation>
    </message>
    <message>
      <source>● text changed</source>
      <translation>● نص معدَّل</translation>
    </message>
    <message>
      <source>text sent</source>
      <translation>أُرسل النص</translation>
    </message>
    <message>
      <source>no text</source>
      <translation>بلا نص</translation>
    </message>
    <message>
      <source>Now</source>
      <translation>الآن</translation>
    </message>
    <message>
      <source>Next {n}</source>
      <translation>التالي {n}</translation>
    </message>
    <message>
      <source>for</source>
      <translation>باسم</translation>
    </message>
    <message>
      <source>no data yet</source>
      <translation>لا بيانات بعد</translation>
    </message>
    <message>
      <source>data as of {t} ({n} min ago)</source>
      <translation>البيانات حتى {t} (قبل {n} دقيقة)</translation>
    </message>
    <message>
      <source>● Live</source>
      <translation>● مباشر</translation>
    </message>
    <message>
      <source>Connecting…</source>
      <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
      <source>Signed out</source>
      <translation>لم يتم تسجيل الدخول</translation>
    </message>
    <message>
      <source>Connection</source>
      <translation>الاتصال</translation>
    </message>
    <message>
      <source>Reconnecting (next try in {n} s)</source>
      <translation>إعادة الاتصال (المحاولة التالية بعد {n} ث)</translation>
    </message>
    <message>
      <source>○ Offline (next try in {n} s)</source>
      <translation>○ غير متصل (المحاولة التالية بعد {n} ث)</translation>
    </message>
    <message>
      <source>Room display</source>
      <translation>شاشة القاعة</translation>
    </message>
    <message>
      <source>Open room display</source>
      <translation>فتح شاشة القاعة</translation>
    </message>
    <message>
      <source>Copy the webcast overlay address</source>
      <translation>نسخ عنوان شريط البث الشبكي</translation>
    </message>
    <message>
      <source>Copy the public list of speakers address</source>
      <translation>نسخ عنوان قائمة المتحدثين العامة</translation>
    </message>
    <message>
      <source>Show a message on the room displays…</source>
      <translation>عرض رسالة على شاشات القاعة…</translation>
    </message>
    <message>
      <source>Clear the message</source>
      <translation>إزالة الرسالة</translation>
    </message>
    <message>
      <source>Start a countdown…</source>
      <translation>بدء عدّ تنازلي…</translation>
    </message>
    <message>
      <source>Stop the countdown</source>
      <translation>إيقاف العدّ التنازلي</translation>
    </message>
    <message>
      <source>Next speakers shown…</source>
      <translation>عدد المتحدثين التالين المعروضين…</translation>
    </message>
    <message>
      <source>Message to the room</source>
      <translation>رسالة إلى القاعة</translation>
    </message>
    <message>
      <source>Countdown on the room displays</source>
      <translation>عدّ تنازلي على شاشات القاعة</translation>
    </message>
    <message>
      <source>Next speakers shown:</source>
      <translation>عدد المتحدثين التالين المعروضين:</translation>
    </message>
    <message>
      <source>Minutes:</source>
      <translation>الدقائق:</translation>
    </message>
    <message>
      <source>Copied: {url}</source>
      <translation>نُسخ: {url}</translation>
    </message>
    <message>
      <source>min</source>
      <translation>دقيقة</translation>
    </message>
    <message>
      <source>Add a document to the selected item…</source>
      <translation>إضافة وثيقة إلى البند المحدد…</translation>
    </message>
    <message>
      <source>Add a document</source>
      <translation>إضافة وثيقة</translation>
    </message>
    <message>
      <source>Documents (*.pdf *.docx);;Glossary (*.txt)</source>
      <translation>وثائق (*.pdf *.docx);;مسرد (*.txt)</translation>
    </message>
    <message>
      <source>Select an agenda item first.</source>
      <translation>اختر بندًا من جدول الأعمال أولًا.</translation>
    </message>
    <message>
      <source>A document is a PDF or a DOCX file, a glossary a .txt file.</source>
      <translation>الوثيقة ملف PDF أو DOCX، والمسرد ملف ‎.txt.</translation>
    </message>
    <message>
      <source>Could not read the file: {why}</source>
      <translation>تعذّرت قراءة الملف: {why}</translation>
    </message>
    <message>
      <source>Added {title} to the item.</source>
      <translation>أُضيفت {title} إلى البند.</translation>
    </message>
    <message>
      <source>Not done: {why}</source>
      <translation>لم يُنفَّذ: {why}</translation>
    </message>
    <message>
      <source>{n} request(s) still wait on “{item}”. What happens to them?</source>
      <translation>لا يزال {n} طلب(ات) في انتظار «{item}». ماذا يحدث لها؟</translation>
    </message>
    <message>
      <source>Set the item done</source>
      <translation>تعليم البند منتهياً</translation>
    </message>
    <message>
      <source>Carry them to:</source>
      <translation>نقلها إلى:</translation>
    </message>
    <message>
      <source>Decline them all, with this reason:</source>
      <translation>رفضها جميعاً، مع هذا السبب:</translation>
    </message>
    <message>
      <source>Keep them waiting on this item</source>
      <translation>إبقاؤها في انتظار هذا البند</translation>
    </message>
    <message>
      <source>Item to carry them to</source>
      <translation>البند الذي تُنقل إليه</translation>
    </message>
    <message>
      <source>The requests keep their order of request there.</source>
      <translation>تحتفظ الطلبات هناك بترتيب تقديمها.</translation>
    </message>
    <message>
      <source>Reason</source>
      <translation>السبب</translation>
    </message>
    <message>
      <source>Shown to each delegate whose request is declined.</source>
      <translation>يُعرض على كل مندوب رُفض طلبه.</translation>
    </message>
    <message>
      <source>Shown to each delegate</source>
      <translation>يُعرض على كل مندوب</translation>
    </message>
    <message>
      <source>Export the agenda to a calendar (.ics)…</source>
      <translation>تصدير جدول الأعمال إلى تقويم (.ics)…</translation>
    </message>
    <message>
      <source>Export my agenda to a calendar (.ics)…</source>
      <translation>تصدير برنامجي إلى تقويم (.ics)…</translation>
    </message>
    <message>
      <source>Export the record of the meeting…</source>
      <translation>تصدير محضر الاجتماع…</translation>
    </message>
    <message>
      <source>Import a schedule…</source>
      <translation>استيراد برنامج…</translation>
    </message>
    <message>
      <source>Save calendar</source>
      <translation>حفظ التقويم</translation>
    </message>
    <message>
      <source>Calendar (*.ics)</source>
      <translation>تقويم (*.ics)</translation>
    </message>
    <message>
      <source>Save the record</source>
      <translation>حفظ المحضر</translation>
    </message>
    <message>
      <source>CSV (*.csv);;JSON (*.json)</source>
      <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
      <source>Import a schedule</source>
      <translation>استيراد برنامج</translation>
    </message>
    <message>
      <source>Schedules (*.xml *.json *.ics);;All files (*)</source>
      <translation>برامج (*.xml *.json *.ics);;جميع الملفات (*)</translation>
    </message>
    <message>
      <source>Meeting Companion</source>
      <translation>Meeting Companion</translation>
    </message>
    <message>
      <source>Import</source>
      <translation>استيراد</translation>
    </message>
    <message>
      <source>{a} added, {c} changed, {r} removed, {k} postponed, {s} skipped.</source>
      <translation>أضيف {a}، عُدّل {c}، حُذف {r}، أُجّل {k}، تُخطّي {s}.</translation>
    </message>
    <message>
      <source>The agenda has not arrived yet.</source>
      <translation>لم يصل جدول الأعمال بعد.</translation>
    </message>
    <message>
      <source>Star items in the agenda first: “my agenda” is empty.</source>
      <translation>تابع بنودًا من جدول الأعمال أولًا: «برنامجي» فارغ.</translation>
    </message>
    <message>
      <source>The meeting has not arrived yet.</source>
      <translation>لم تصل بيانات الاجتماع بعد.</translation>
    </message>
    <message>
      <source>Import cancelled; nothing was changed.</source>
      <translation>أُلغي الاستيراد؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>Schedule imported: </source>
      <translation>استُورد البرنامج: </translation>
    </message>
    <message>
      <source>Saved {name}.</source>
      <translation>حُفظ {name}.</translation>
    </message>
    <message>
      <source>Sending {name} to the server…</source>
      <translation>جارٍ إرسال {name} إلى الخادم…</translation>
    </message>
    <message>
      <source>The schedule was not imported: {why}</source>
      <translation>لم يُستورد البرنامج: {why}</translation>
    </message>
    <message>
      <source>the file could not be read</source>
      <translation>تعذّرت قراءة الملف</translation>
    </message>
    <message>
      <source>Could not save {name}: {why}</source>
      <translation>تعذّر حفظ {name}: {why}</translation>
    </message>
    <message>
      <source>Nobody has the floor.</source>
      <translation>لا أحد يتكلم.</translation>
    </message>
    <message>
      <source>Current speaker</source>
      <translation>المتكلم الحالي</translation>
    </message>
    <message>
      <source>Speaking clock</source>
      <translation>توقيت الكلمة</translation>
    </message>
    <message>
      <source>Speaking time cue</source>
      <translation>تنبيه وقت الكلام</translation>
    </message>
    <message>
      <source>You have the floor</source>
      <translation>الكلمة لك</translation>
    </message>
    <message>
      <source>30 s left: please conclude</source>
      <translation>بقيت ٣٠ ثانية: يُرجى الاختتام</translation>
    </message>
    <message>
      <source>Time is up</source>
      <translation>انتهى الوقت</translation>
    </message>
    <message>
      <source>Speaking: {name}</source>
      <translation>يتكلم الآن: {name}</translation>
    </message>
    <message>
      <source>{time} left</source>
      <translation>يتبقى {time}</translation>
    </message>
    <message>
      <source>Find a delegation</source>
      <translation>البحث عن وفد</translation>
    </message>
    <message>
      <source>Who raised their flag; type to find them.</source>
      <translation>من رفع لافتته؛ اكتب للعثور عليه.</translation>
    </message>
    <message>
      <source>Delegations found</source>
      <translation>الوفود التي عُثر عليها</translation>
    </message>
    <message>
      <source>Up and Down choose; Enter adds the one chosen.</source>
      <translation>السهمان لأعلى ولأسفل للاختيار، وEnter لإضافة الوفد المختار.</translation>
    </message>
    <message>
      <source>Speaker</source>
      <translation>المتكلم</translation>
    </message>
    <message>
      <source>Who speaks for the delegation.</source>
      <translation>من يتكلم باسم الوفد.</translation>
    </message>
    <message>
      <source>Kind of request</source>
      <translation>نوع الطلب</translation>
    </message>
    <message>
      <source>A statement, a question, a point of order…</source>
      <translation>بيان، سؤال، نقطة نظام…</translation>
    </message>
    <message>
      <source>The language they will speak, for the interpreters.</source>
      <translation>اللغة التي سيتكلم بها، للمترجمين الفوريين.</translation>
    </message>
    <message>
      <source>Type a delegation or a name</source>
      <translation>اكتب اسم وفد أو شخص</translation>
    </message>
    <message>
      <source>Add a speaker from the floor</source>
      <translation>إضافة متكلم من القاعة</translation>
    </message>
    <message>
      <source>Interposed question</source>
      <translation>سؤال اعتراضي</translation>
    </message>
    <message>
      <source>{n} registered</source>
      <translation>{n} مسجَّلون</translation>
    </message>
    <message>
      <source>My delegation</source>
      <translation>وفدي</translation>
    </message>
    <message>
      <source>Speaking for</source>
      <translation>التحدث باسم</translation>
    </message>
    <message>
      <source>Your delegation, or a group it belongs to.</source>
      <translation>وفدكم، أو مجموعة ينتمي إليها.</translation>
    </message>
    <message>
      <source>Statement text for the interpreters</source>
      <translation>نص الكلمة للمترجمين الفوريين</translation>
    </message>
    <message>
      <source>Optional; only the interpreters and the chair can read it.</source>
      <translation>اختياري؛ لا يقرؤه إلا المترجمون الفوريون والرئيس.</translation>
    </message>
    <message>
      <source>Load .txt…</source>
      <translation>تحميل ملف ‎.txt…</translation>
    </message>
    <message>
      <source>Fills the statement from a UTF-8 text file.</source>
      <translation>يملأ الكلمة من ملف نصي بترميز UTF-8.</translation>
    </message>
    <message>
      <source>Ask for the floor</source>
      <translation>طلب الكلمة</translation>
    </message>
    <message>
      <source>Puts you on the list of speakers of the selected item.</source>
      <translation>يضعك على قائمة المتكلمين في البند المحدد.</translation>
    </message>
    <message>
      <source>Language you will speak</source>
      <translation>اللغة التي ستتكلم بها</translation>
    </message>
    <message>
      <source>The interpreters prepare for it.</source>
      <translation>يستعد لها المترجمون الفوريون.</translation>
    </message>
    <message>
      <source>Where you speak from</source>
      <translation>المكان الذي تتكلم منه</translation>
    </message>
    <message>
      <source>In the room or remotely.</source>
      <translation>في القاعة أو عن بُعد.</translation>
    </message>
    <message>
      <source>Minutes you need</source>
      <translation>الدقائق اللازمة</translation>
    </message>
    <message>
      <source>Used to estimate when each speaker is called.</source>
      <translation>يُستخدم لتقدير موعد دعوة كل متكلم.</translation>
    </message>
    <message>
      <source>Request the floor</source>
      <translation>طلب الكلمة</translation>
    </message>
    <message>
      <source>Your turn</source>
      <translation>دورك</translation>
    </message>
    <message>
      <source>Point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <source>Asks for the floor on a point of order on the item in session, in one click.</source>
      <translation>يطلب الكلمة بشأن نقطة نظام في البند الجاري، بنقرة واحدة.</translation>
    </message>
    <message>
      <source>My request</source>
      <translation>طلبي</translation>
    </message>
    <message>
      <source>Shows and highlights your place in the list of speakers.</source>
      <translation>يعرض مكانك في قائمة المتكلمين ويبرزه.</translation>
    </message>
    <message>
      <source>no item</source>
      <translation>لا يوجد بند</translation>
    </message>
    <message>
      <source>nothing is live</source>
      <translation>لا شيء جارٍ الآن</translation>
    </message>
    <message>
      <source>Load statement</source>
      <translation>تحميل الكلمة</translation>
    </message>
    <message>
      <source>Text files (*.txt)</source>
      <translation>ملفات نصية (*.txt)</translation>
    </message>
    <message>
      <source>Optional: paste the statement for the interpreters</source>
      <translation>اختياري: الصق نص الكلمة للمترجمين الفوريين</translation>
    </message>
    <message>
      <source>Select an agenda item.</source>
      <translation>اختر بندًا من جدول الأعمال.</translation>
    </message>
    <message>
      <source>Nothing is in session.</source>
      <translation>لا يوجد بند جارٍ الآن.</translation>
    </message>
    <message>
      <source>I will speak in</source>
      <translation>سأتكلم باللغة</translation>
    </message>
    <message>
      <source>From</source>
      <translation>من</translation>
    </message>
    <message>
      <source>Time needed</source>
      <translation>الوقت اللازم</translation>
    </message>
    <message>
      <source>the file is too large for a statement</source>
      <translation>الملف أكبر من أن يكون كلمة</translation>
    </message>
    <message>
      <source>You cannot ask for the floor now: {why}.</source>
      <translation>لا يمكنك طلب الكلمة الآن: {why}.</translation>
    </message>
    <message>
      <source>List of speakers — {item}</source>
      <translation>قائمة المتكلمين — {item}</translation>
    </message>
    <message>
      <source>Could not load {name}: {why}</source>
      <translation>تعذّر تحميل {name}: {why}</translation>
    </message>
    <message>
      <source>budget over: {use}</source>
      <translation>تجاوز الحصة: {use}</translation>
    </message>
    <message>
      <source>budget nearly out: {use}</source>
      <translation>الحصة توشك أن تنفد: {use}</translation>
    </message>
    <message>
      <source>after the item's planned end ({end}): the list may close before your turn</source>
      <translation>بعد النهاية المقررة للبند ({end})، وقد تُقفل القائمة قبل دورك</translation>
    </message>
    <message>
      <source>{m} min</source>
      <translation>{m} د</translation>
    </message>
    <message>
      <source>{s} s</source>
      <translation>{s} ث</translation>
    </message>
    <message>
      <source>{day}, {time}</source>
      <translation>{day}، {time}</translation>
    </message>
    <message>
      <source>{who} {spent} of {budget}</source>
      <translation>{who} {spent} من {budget}</translation>
    </message>
    <message>
      <source>over: {who}</source>
      <translation>تجاوزوا: {who}</translation>
    </message>
    <message>
      <source>nearly out: {who}</source>
      <translation>توشك أن تنفد: {who}</translation>
    </message>
    <message>
      <source>Place {n} · about {time}</source>
      <translation>الترتيب {n}، نحو {time}</translation>
    </message>
    <message>
      <source>{h} h {m} min</source>
      <translation>{h} س {m} د</translation>
    </message>
    <message>
      <source>{m} min {s} s</source>
      <translation>{m} د {s} ث</translation>
    </message>
    <message>
      <source>Spoken {spoken} · {n} waiting need {needs} · slot ends {end} ({left} left)</source>
      <translation>الوقت المستغرق {spoken}، ويحتاج {n} من المنتظرين إلى {needs}، وتنتهي الفترة في {end} (يتبقى {left})</translation>
    </message>
    <message>
      <source>Budgets: {each}</source>
      <translation>الحصص: {each}</translation>
    </message>
    <message>
      <source>Place {n}</source>
      <translation>الترتيب {n}</translation>
    </message>
    <message>
      <source>The list fits with {spare} to spare; closing it now keeps it so.</source>
      <translation>تتسع الفترة للقائمة مع فائض {spare}؛ وإقفال القائمة الآن يُبقيها كذلك.</translation>
    </message>
    <message>
      <source>Most time: {who}</source>
      <translation>الأطول وقتًا: {who}</translation>
    </message>
    <message>
      <source>groups: {who}</source>
      <translation>المجموعات: {who}</translation>
    </message>
    <message>
      <source>{time} per group</source>
      <translation>{time} لكل مجموعة</translation>
    </message>
    <message>
      <source>{time} per delegation</source>
      <translation>{time} لكل وفد</translation>
    </message>
    <message>
      <source>Over by {over}: to fit, {limit} per speaker, or close after the first {n}.</source>
      <translation>تتجاوز القائمة الفترة بـ {over}: لكي تتسع، {limit} لكل متكلم، أو إقفالها بعد أول {n}.</translation>
    </message>
    <message>
      <source>Over by {over}: only the first {n} fit; close the list or extend the slot.</source>
      <translation>تتجاوز القائمة الفترة بـ {over}: لا يتسع إلا لأول {n}؛ أقفل القائمة أو مدّد الفترة.</translation>
    </message>
    <message>
      <source>Now and next</source>
      <translation>الآن والتالي</translation>
    </message>
    <message>
      <source>Coming speakers</source>
      <translation>المتكلمون القادمون</translation>
    </message>
    <message>
      <source>Who speaks now and next, when, in which language, how your booth gets it, and their texts.</source>
      <translation>من يتكلم الآن ومن يليه، ومتى، وبأي لغة، وكيف تتلقاها مقصورتك، ونصوصهم.</translation>
    </message>
    <message>
      <source>Whose text</source>
      <translation>نص مَن</translation>
    </message>
    <message>
      <source>Statement text</source>
      <translation>نص الكلمة</translation>
    </message>
    <message>
      <source>The text the selected speaker sent in advance.</source>
      <translation>النص الذي أرسله المتكلم المحدد مسبقًا.</translation>
    </message>
    <message>
      <source>Booth shifts</source>
      <translation>نوبات المقصورة</translation>
    </message>
    <message>
      <source>Handover</source>
      <translation>التسليم</translation>
    </message>
    <message>
      <source>Ask the speaker to slow down</source>
      <translation>طلب الإبطاء من المتكلم</translation>
    </message>
    <message>
      <source>Tells the chair at once that your booth asks for a slower pace.</source>
      <translation>يبلغ الرئيس فورًا بأن مقصورتك تطلب الإبطاء.</translation>
    </message>
    <message>
      <source>Slow-down request</source>
      <translation>طلب الإبطاء</translation>
    </message>
    <message>
      <source>New texts</source>
      <translation>نصوص جديدة</translation>
    </message>
    <message>
      <source>Documents and glossary</source>
      <translation>الوثائق والمسرد</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair's screen showed it at {seen}.</source>
      <translation>أُرسل في {t}: ظهر على شاشة الرئيس في {seen}.</translation>
    </message>
    <message>
      <source>Select a speaker to read the text sent.</source>
      <translation>اختر متكلمًا لقراءة النص المرسل.</translation>
    </message>
    <message>
      <source>New text: {who} ({item})</source>
      <translation>نص جديد: {who} ({item})</translation>
    </message>
    <message>
      <source>Text changed: {who} ({item})</source>
      <translation>نص معدَّل: {who} ({item})</translation>
    </message>
    <message>
      <source>No speaker selected.</source>
      <translation>لم يُحدَّد أي متكلم.</translation>
    </message>
    <message>
      <source>Sending your request to slow down…</source>
      <translation>جارٍ إرسال طلب الإبطاء…</translation>
    </message>
    <message>
      <source>Booth: {lang}</source>
      <translation>المقصورة: {lang}</translation>
    </message>
    <message>
      <source>On now: {item}</source>
      <translation>يجري الآن: {item}</translation>
    </message>
    <message>
      <source>Speaking: {who} in {lang}</source>
      <translation>يتكلم الآن: {who} باللغة {lang}</translation>
    </message>
    <message>
      <source>Tell the chair now that the {booth} asks the speaker to slow down?</source>
      <translation>هل تُبلغ الرئيس الآن بأن {booth} تطلب من المتكلم الإبطاء؟</translation>
    </message>
    <message>
      <source>nothing live</source>
      <translation>لا شيء يجري الآن</translation>
    </message>
    <message>
      <source>Text of {who}:</source>
      <translation>نص {who}:</translation>
    </message>
    <message>
      <source>{who} sent no text.</source>
      <translation>لم يرسل {who} أي نص.</translation>
    </message>
    <message>
      <source>Sent at {t}: the chair has been told.</source>
      <translation>أُرسل في {t}: أُبلغ الرئيس.</translation>
    </message>
    <message>
      <source>Next: {who} in {lang}</source>
      <translation>التالي: {who} باللغة {lang}</translation>
    </message>
    <message>
      <source>Delegate</source>
      <translation>مندوب</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <source>Interpreter</source>
      <translation>مترجم فوري</translation>
    </message>
    <message>
      <source>Secretariat</source>
      <translation>الأمانة</translation>
    </message>
    <message>
      <source>Statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <source>Question</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <source>Presentation</source>
      <translation>عرض</translation>
    </message>
    <message>
      <source>Right of reply</source>
      <translation>حق الرد</translation>
    </message>
    <message>
      <source>Opening</source>
      <translation>الافتتاح</translation>
    </message>
    <message>
      <source>Keynote</source>
      <translation>الكلمة الرئيسية</translation>
    </message>
    <message>
      <source>Panel</source>
      <translation>حلقة نقاش</translation>
    </message>
    <message>
      <source>Sharing session</source>
      <translation>جلسة تبادل</translation>
    </message>
    <message>
      <source>Open floor</source>
      <translation>باب المناقشة المفتوح</translation>
    </message>
    <message>
      <source>Break</source>
      <translation>استراحة</translation>
    </message>
    <message>
      <source>Closing</source>
      <translation>الاختتام</translation>
    </message>
    <message>
      <source>Scheduled</source>
      <translation>مقرر</translation>
    </message>
    <message>
      <source>Live now</source>
      <translation>يجري الآن</translation>
    </message>
    <message>
      <source>Done</source>
      <translation>انتهى</translation>
    </message>
    <message>
      <source>Postponed</source>
      <translation>مؤجل</translation>
    </message>
    <message>
      <source>Waiting</source>
      <translation>في الانتظار</translation>
    </message>
    <message>
      <source>Speaking</source>
      <translation>يتكلم</translation>
    </message>
    <message>
      <source>Withdrawn</source>
      <translation>مسحوب</translation>
    </message>
    <message>
      <source>Declined</source>
      <translation>مرفوض</translation>
    </message>
    <message>
      <source>In the room</source>
      <translation>في القاعة</translation>
    </message>
    <message>
      <source>Remote</source>
      <translation>عن بُعد</translation>
    </message>
    <message>
      <source>Member state</source>
      <translation>دولة عضو</translation>
    </message>
    <message>
      <source>Observer</source>
      <translation>مراقب</translation>
    </message>
    <message>
      <source>IGO</source>
      <translation>منظمة حكومية دولية</translation>
    </message>
    <message>
      <source>NGO</source>
      <translation>منظمة غير حكومية</translation>
    </message>
    <message>
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <source> · </source>
      <translation>، </translation>
    </message>
    <message>
      <source>Floor (original)</source>
      <translation>القاعة (الأصل)</translation>
    </message>
    <message>
      <source>d MMM</source>
      <translation>d MMM</translation>
    </message>
    <message>
      <source>Arabic booth</source>
      <translation>المقصورة العربية</translation>
    </message>
    <message>
      <source>Chinese booth</source>
      <translation>المقصورة الصينية</translation>
    </message>
    <message>
      <source>English booth</source>
      <translation>المقصورة الإنكليزية</translation>
    </message>
    <message>
      <source>French booth</source>
      <translation>المقصورة الفرنسية</translation>
    </message>
    <message>
      <source>Russian booth</source>
      <translation>المقصورة الروسية</translation>
    </message>
    <message>
      <source>Spanish booth</source>
      <translation>المقصورة الإسبانية</translation>
    </message>
    <message>
      <source>female</source>
      <translation>إناث</translation>
    </message>
    <message>
      <source>male</source>
      <translation>ذكور</translation>
    </message>
    <message>
      <source>other gender</source>
      <translation>جنس آخر</translation>
    </message>
    <message>
      <source>not given</source>
      <translation>غير مذكور</translation>
    </message>
    <message>
      <source>not stated</source>
      <translation>غير مذكور</translation>
    </message>
    <message>
      <source>the item is done</source>
      <translation>انتهى البند</translation>
    </message>
    <message>
      <source>the item is postponed</source>
      <translation>أُرجئ البند</translation>
    </message>
    <message>
      <source>the list of speakers is closed (points of order only)</source>
      <translation>قائمة المتكلمين مغلقة (نقاط النظام فقط)</translation>
    </message>
    <message>
      <source>the list of speakers for this item is not open</source>
      <translation>قائمة المتكلمين لهذا البند غير مفتوحة</translation>
    </message>
    <message>
      <source>, </source>
      <translation>، </translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset}) · {mine} your time</source>
      <translation>{venue} {abbr} ({offset})، {mine} بتوقيتك</translation>
    </message>
    <message>
      <source>{venue} {abbr} ({offset})</source>
      <translation>{venue} {abbr} ({offset})</translation>
    </message>
    <message>
      <source>list closes at {t}</source>
      <translation>تُغلق القائمة الساعة {t}</translation>
    </message>
    <message>
      <source>({n} d)</source>
      <translation>({n} يوم)</translation>
    </message>
    <message>
      <source>The room display says when the list closes, in every language.</source>
      <translation>تعرض شاشة القاعة موعد إقفال القائمة بكل اللغات.</translation>
    </message>
    <message>
      <source>Close the list of speakers of “{item}”?&lt;br&gt;{n} still waiting keep their places; new requests are refused, except points of order.</source>
      <translation>هل تريد إقفال قائمة المتكلمين في «{item}»؟&lt;br&gt;يحتفظ {n} من المنتظرين بمراتبهم؛ وتُرفض الطلبات الجديدة باستثناء نقاط النظام.</translation>
    </message>
    <message>
      <source>Deadline of the list</source>
      <translation>موعد إقفال القائمة</translation>
    </message>
    <message>
      <source>Announce it on the room display</source>
      <translation>الإعلان عنه على شاشة القاعة</translation>
    </message>
    <message>
      <source>Announce</source>
      <translation>إعلان</translation>
    </message>
    <message>
      <source>Find in the list (delegation, name, group, language, kind)</source>
      <translation>البحث في القائمة (الوفد، الاسم، المجموعة، اللغة، النوع)</translation>
    </message>
    <message>
      <source>Shows only the requests that match; Enter jumps to the one chosen.</source>
      <translation>يعرض الطلبات المطابقة فقط؛ وينتقل Enter إلى الطلب المختار.</translation>
    </message>
    <message>
      <source>Find in the list</source>
      <translation>البحث في القائمة</translation>
    </message>
    <message>
      <source>{n} found</source>
      <translation>عُثر على {n}</translation>
    </message>
    <message>
      <source>Open the list of speakers</source>
      <translation>فتح قائمة المتكلمين</translation>
    </message>
    <message>
      <source>Close it by itself at (meeting time):</source>
      <translation>إغلاقها تلقائياً في (توقيت الاجتماع):</translation>
    </message>
    <message>
      <source>Deadline</source>
      <translation>الموعد النهائي</translation>
    </message>
    <message>
      <source>Delegates may ask for the floor until then; the list then closes for everyone.</source>
      <translation>يمكن للمندوبين طلب الكلمة حتى ذلك الحين؛ ثم تُغلق القائمة للجميع.</translation>
    </message>
    <message>
      <source>When the list closes, in the meeting's time.</source>
      <translation>موعد إغلاق القائمة، بتوقيت الاجتماع.</translation>
    </message>
    <message>
      <source>Pending actions</source>
      <translation>إجراءات معلقة</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation>&amp;الاجتماع</translation>
    </message>
    <message>
      <source>New window (another persona)</source>
      <translation>نافذة جديدة (شخصية أخرى)</translation>
    </message>
    <message>
      <source>Sign out</source>
      <translation>تسجيل الخروج</translation>
    </message>
    <message>
      <source>Close window</source>
      <translation>إغلاق النافذة</translation>
    </message>
    <message>
      <source>&amp;Language</source>
      <translation>ال&amp;لغة</translation>
    </message>
    <message>
      <source>Your time zone…</source>
      <translation>منطقتك الزمنية…</translation>
    </message>
    <message>
      <source>No system keychain is available, so you will have to sign in again next time (your sign-in is kept in memory only, never in a file).</source>
      <translation>لا تتوفر سلسلة مفاتيح في النظام، لذا سيتعين عليك تسجيل الدخول مرة أخرى في المرة القادمة (يُحفظ تسجيل دخولك في الذاكرة فقط، ولا يُكتب في أي ملف).</translation>
    </message>
    <message>
      <source>You were signed out.</source>
      <translation>تم تسجيل خروجك.</translation>
    </message>
    <message>
      <source>{n} action(s) waiting to be sent</source>
      <translation>{n} إجراء في انتظار الإرسال</translation>
    </message>
    <message>
      <source>{n} refused</source>
      <translation>{n} مرفوض</translation>
    </message>
    <message>
      <source>The secure connection to the server failed (certificate or TLS problem).</source>
      <translation>فشل الاتصال الآمن بالخادم (مشكلة في الشهادة أو TLS).</translation>
    </message>
    <message>
      <source>The server's certificate is not trusted by this computer (self-signed, expired, or from an unknown authority).</source>
      <translation>شهادة الخادم غير موثوق بها على هذا الحاسوب (موقّعة ذاتيًا أو منتهية الصلاحية أو صادرة عن جهة غير معروفة).</translation>
    </message>
    <message>
      <source>The server did not answer in time.</source>
      <translation>لم يُجب الخادم في الوقت المناسب.</translation>
    </message>
    <message>
      <source>The connection went silent; reconnecting.</source>
      <translation>انقطع الاتصال؛ تجري إعادة الاتصال.</translation>
    </message>
    <message>
      <source>Cannot reach the meeting server (network down or server stopped).</source>
      <translation>تعذّر الوصول إلى خادم الاجتماع (الشبكة معطلة أو الخادم متوقف).</translation>
    </message>
    <message>
      <source>The connection to the server failed.</source>
      <translation>فشل الاتصال بالخادم.</translation>
    </message>
    <message>
      <source>The connection to the meeting server was lost.</source>
      <translation>انقطع الاتصال بخادم الاجتماع.</translation>
    </message>
    <message>
      <source>The server sent a meeting state this app cannot read.</source>
      <translation>أرسل الخادم حالة اجتماع لا يستطيع هذا التطبيق قراءتها.</translation>
    </message>
    <message>
      <source>The server sent an answer this app cannot read.</source>
      <translation>أرسل الخادم ردًا لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
      <source>The server sent an event this app cannot read.</source>
      <translation>أرسل الخادم حدثًا لا يستطيع هذا التطبيق قراءته.</translation>
    </message>
    <message>
      <source>The server sent an event that does not fit this meeting.</source>
      <translation>أرسل الخادم حدثًا لا يتوافق مع هذا الاجتماع.</translation>
    </message>
    <message>
      <source>The server's answer to sign-in is not what this app expects.</source>
      <translation>رد الخادم على تسجيل الدخول ليس ما يتوقعه هذا التطبيق.</translation>
    </message>
    <message>
      <source>The server's greeting is not what this app expects.</source>
      <translation>تحية الخادم ليست ما يتوقعه هذا التطبيق.</translation>
    </message>
    <message>
      <source>The server had a problem (error {status}).</source>
      <translation>واجه الخادم مشكلة (الخطأ {status}).</translation>
    </message>
    <message>
      <source>The server answered with error {status}.</source>
      <translation>ردّ الخادم بالخطأ {status}.</translation>
    </message>
    <message>
      <source>Sign in first.</source>
      <translation>سجّل الدخول أولًا.</translation>
    </message>
    <message>
      <source>This address answers, but it is not a meeting server.</source>
      <translation>هذا العنوان يستجيب، لكنه ليس خادم اجتماعات.</translation>
    </message>
    <message>
      <source>The server address is not a valid web address.</source>
      <translation>عنوان الخادم ليس عنوان ويب صالحًا.</translation>
    </message>
    <message>
      <source>This address sends the app on to another one; enter the meeting server's own address.</source>
      <translation>يحيل هذا العنوان التطبيق إلى عنوان آخر؛ أدخل عنوان خادم الاجتماع نفسه.</translation>
    </message>
    <message>
      <source>Unexpected problem with the connection; trying again.</source>
      <translation>مشكلة غير متوقعة في الاتصال؛ جارٍ إعادة المحاولة.</translation>
    </message>
    <message>
      <source>A value in the request is not valid.</source>
      <translation>إحدى القيم في الطلب غير صالحة.</translation>
    </message>
    <message>
      <source>Something the request needs is missing.</source>
      <translation>ينقص الطلب شيء يحتاج إليه.</translation>
    </message>
    <message>
      <source>The request is not one this meeting understands.</source>
      <translation>هذا الطلب لا يفهمه هذا الاجتماع.</translation>
    </message>
    <message>
      <source>The request could not be read.</source>
      <translation>تعذّرت قراءة الطلب.</translation>
    </message>
    <message>
      <source>That is too large to send.</source>
      <translation>هذا أكبر من أن يُرسل.</translation>
    </message>
    <message>
      <source>The text is too long.</source>
      <translation>النص طويل جدًا.</translation>
    </message>
    <message>
      <source>Too many entries.</source>
      <translation>عدد الإدخالات كبير جدًا.</translation>
    </message>
    <message>
      <source>That value is out of range.</source>
      <translation>هذه القيمة خارج النطاق المسموح.</translation>
    </message>
    <message>
      <source>This action was already sent as another one.</source>
      <translation>أُرسل هذا الإجراء من قبل على أنه إجراء آخر.</translation>
    </message>
    <message>
      <source>Your session has ended; sign in again.</source>
      <translation>انتهت جلستك؛ سجّل الدخول مرة أخرى.</translation>
    </message>
    <message>
      <source>That meeting and code do not match.</source>
      <translation>الاجتماع والرمز غير متطابقين.</translation>
    </message>
    <message>
      <source>Too many wrong codes. Try again in {n} s.</source>
      <translation>عدد كبير جدًا من الرموز الخاطئة. أعد المحاولة بعد {n} ث.</translation>
    </message>
    <message>
      <source>Your role may not do that.</source>
      <translation>لا يجوز لدورك القيام بذلك.</translation>
    </message>
    <message>
      <source>You can act only on your own requests for the floor.</source>
      <translation>لا يمكنك التصرف إلا في طلبات الكلمة الخاصة بك.</translation>
    </message>
    <message>
      <source>You are signed in to another meeting.</source>
      <translation>أنت مسجّل الدخول في اجتماع آخر.</translation>
    </message>
    <message>
      <source>The meeting moved on meanwhile; look again and retry.</source>
      <translation>تقدّم الاجتماع في هذه الأثناء؛ انظر مجددًا وأعد المحاولة.</translation>
    </message>
    <message>
      <source>This meeting is not on the server.</source>
      <translation>هذا الاجتماع غير موجود على الخادم.</translation>
    </message>
    <message>
      <source>That language is not one of this meeting's.</source>
      <translation>هذه اللغة ليست من لغات هذا الاجتماع.</translation>
    </message>
    <message>
      <source>That channel does not exist.</source>
      <translation>هذه القناة غير موجودة.</translation>
    </message>
    <message>
      <source>That agenda item no longer exists.</source>
      <translation>لم يعد هذا البند موجودًا.</translation>
    </message>
    <message>
      <source>That request for the floor no longer exists.</source>
      <translation>لم يعد طلب الكلمة هذا موجودًا.</translation>
    </message>
    <message>
      <source>That participant is not registered.</source>
      <translation>هذا المشارك غير مسجل.</translation>
    </message>
    <message>
      <source>An item must end after it starts.</source>
      <translation>يجب أن ينتهي البند بعد أن يبدأ.</translation>
    </message>
    <message>
      <source>That request is no longer waiting.</source>
      <translation>هذا الطلب لم يعد في الانتظار.</translation>
    </message>
    <message>
      <source>Only a point of order is filed under a category.</source>
      <translation>لا تُصنَّف في فئة إلا نقاط النظام.</translation>
    </message>
    <message>
      <source>A question already interrupts the speaker.</source>
      <translation>هناك سؤال يقاطع المتكلم بالفعل.</translation>
    </message>
    <message>
      <source>The speaker cannot interrupt themselves.</source>
      <translation>لا يمكن للمتكلم أن يقاطع نفسه.</translation>
    </message>
    <message>
      <source>That is not one of this meeting's categories of points of order.</source>
      <translation>هذه ليست من فئات نقاط النظام في هذا الاجتماع.</translation>
    </message>
    <message>
      <source>Nothing changed.</source>
      <translation>لم يتغير شيء.</translation>
    </message>
    <message>
      <source>A booth does not work from or into its own language.</source>
      <translation>لا تترجم المقصورة من لغتها ولا إليها.</translation>
    </message>
    <message>
      <source>An interpreter is listed twice in the booth.</source>
      <translation>ورد اسم مترجم مرتين في المقصورة.</translation>
    </message>
    <message>
      <source>Two shifts of the booth overlap.</source>
      <translation>تتداخل نوبتان في المقصورة.</translation>
    </message>
    <message>
      <source>A time must carry its UTC offset.</source>
      <translation>يجب أن يتضمن الوقت فارقه عن التوقيت العالمي المنسق.</translation>
    </message>
    <message>
      <source>Nobody is waiting on the list.</source>
      <translation>لا أحد في الانتظار على القائمة.</translation>
    </message>
    <message>
      <source>The list of speakers is not open.</source>
      <translation>قائمة المتكلمين غير مفتوحة.</translation>
    </message>
    <message>
      <source>The list of speakers is already open.</source>
      <translation>قائمة المتكلمين مفتوحة بالفعل.</translation>
    </message>
    <message>
      <source>Only delegates and observers ask for the floor.</source>
      <translation>لا يطلب الكلمة إلا المندوبون والمراقبون.</translation>
    </message>
    <message>
      <source>This item is over.</source>
      <translation>انتهى هذا البند.</translation>
    </message>
    <message>
      <source>You already asked for the floor on this item.</source>
      <translation>سبق أن طلبت الكلمة في هذا البند.</translation>
    </message>
    <message>
      <source>The clock is already running.</source>
      <translation>التوقيت يعمل بالفعل.</translation>
    </message>
    <message>
      <source>The clock is not running.</source>
      <translation>التوقيت لا يعمل.</translation>
    </message>
    <message>
      <source>The clock is not paused.</source>
      <translation>التوقيت غير موقوف مؤقتًا.</translation>
    </message>
    <message>
      <source>An agenda item in the schedule is not valid.</source>
      <translation>أحد البنود في البرنامج غير صالح.</translation>
    </message>
    <message>
      <source>The schedule has the same item twice.</source>
      <translation>يتضمن البرنامج البند نفسه مرتين.</translation>
    </message>
    <message>
      <source>The schedule has no items; nothing was changed.</source>
      <translation>لا يتضمن البرنامج أي بند؛ لم يتغير شيء.</translation>
    </message>
    <message>
      <source>The schedule file was refused; nothing was changed.</source>
      <translation>رُفض ملف الجدول الزمني؛ لم يتغيّر شيء.</translation>
    </message>
    <message>
      <source>The participants file has problems; nothing was imported.</source>
      <translation>في ملف المشاركين مشكلات؛ لم يُستورد شيء.</translation>
    </message>
    <message>
      <source>The meeting is too busy just now; try again.</source>
      <translation>الاجتماع مشغول جدًا الآن؛ حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>That is not a meeting id.</source>
      <translation>هذا ليس معرّف اجتماع.</translation>
    </message>
    <message>
      <source>A meeting needs a title.</source>
      <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
      <source>That time zone is not known.</source>
      <translation>هذه المنطقة الزمنية غير معروفة.</translation>
    </message>
    <message>
      <source>That group is not declared for this meeting.</source>
      <translation>هذه المجموعة غير معلنة لهذا الاجتماع.</translation>
    </message>
    <message>
      <source>Your delegation may not speak for that group.</source>
      <translation>لا يجوز لوفدكم التحدث باسم هذه المجموعة.</translation>
    </message>
    <message>
      <source>A group in the list is not valid.</source>
      <translation>إحدى المجموعات في القائمة غير صالحة.</translation>
    </message>
    <message>
      <source>The request is nested too deeply to be read.</source>
      <translation>الطلب متداخل بعمق لا يسمح بقراءته.</translation>
    </message>
    <message>
      <source>The text holds a control or broken character that cannot be sent.</source>
      <translation>يحتوي النص على حرف تحكم أو حرف تالف لا يمكن إرساله.</translation>
    </message>
    <message>
      <source>The request carries an invalid identifier; it was not sent.</source>
      <translation>يحمل الطلب معرّفًا غير صالح؛ لم يُرسَل.</translation>
    </message>
    <message>
      <source>Too many actions in a short time; wait a moment and try again.</source>
      <translation>إجراءات كثيرة جدًا في وقت قصير؛ انتظر لحظة ثم حاول مجددًا.</translation>
    </message>
    <message>
      <source>Too many connections from this network; try again shortly.</source>
      <translation>اتصالات كثيرة جدًا من هذه الشبكة؛ حاول مجددًا بعد قليل.</translation>
    </message>
    <message>
      <source>The requests are already on that item.</source>
      <translation>الطلبات موجودة بالفعل في ذلك البند.</translation>
    </message>
    <message>
      <source>The deadline must be in the future.</source>
      <translation>يجب أن يكون الموعد النهائي في المستقبل.</translation>
    </message>
    <message>
      <source>The list's deadline has not passed.</source>
      <translation>لم يحن بعد الموعد النهائي للقائمة.</translation>
    </message>
    <message>
      <source>Nothing is shown on the room displays.</source>
      <translation>لا يُعرض شيء على شاشات القاعة.</translation>
    </message>
    <message>
      <source>The room display has no such view.</source>
      <translation>لا تحتوي شاشة القاعة على هذا العرض.</translation>
    </message>
    <message>
      <source>The room display has no such theme.</source>
      <translation>لا تحتوي شاشة القاعة على هذا المظهر.</translation>
    </message>
    <message>
      <source>The request did not arrive in full; try again.</source>
      <translation>لم يصل الطلب كاملًا؛ حاول مرة أخرى.</translation>
    </message>
    <message>
      <source>The server does not have that.</source>
      <translation>هذا غير موجود على الخادم.</translation>
    </message>
    <message>
      <source>The server does not accept that request.</source>
      <translation>لا يقبل الخادم هذا الطلب.</translation>
    </message>
    <message>
      <source>The server does not offer that format.</source>
      <translation>لا يوفر الخادم هذا التنسيق.</translation>
    </message>
    <message>
      <source>The server hit an unexpected error; nothing was recorded.</source>
      <translation>واجه الخادم خطأً غير متوقع؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
      <source>You have sent as much statement text as this meeting allows; ask for the floor without a text.</source>
      <translation>لقد أرسلت القدر الذي يسمح به هذا الاجتماع من نصوص البيانات؛ اطلب الكلمة دون نص.</translation>
    </message>
    <message>
      <source>The meeting's database cannot record anything right now; nothing was recorded.</source>
      <translation>لا تستطيع قاعدة بيانات الاجتماع تسجيل أي شيء الآن؛ لم يُسجَّل شيء.</translation>
    </message>
    <message>
      <source>List reordered</source>
      <translation>أُعيد ترتيب القائمة</translation>
    </message>
    <message>
      <source>Undo move</source>
      <translation>التراجع عن النقل</translation>
    </message>
    <message>
      <source>Puts the list back in the order before the last move.</source>
      <translation>يعيد القائمة إلى ترتيبها قبل آخر نقل.</translation>
    </message>
    <message>
      <source>Speaking now</source>
      <translation>تتكلم الآن</translation>
    </message>
    <message>
      <source> Get ready to unmute.</source>
      <translation> استعد لتشغيل الميكروفون.</translation>
    </message>
    <message>
      <source>You have the floor on “{item}”.</source>
      <translation>الكلمة لك في «{item}».</translation>
    </message>
    <message>
      <source>Still registered, but the item is over: the chair may move it to another item</source>
      <translation>لا يزال مسجلاً، لكن البند انتهى: قد ينقله الرئيس إلى بند آخر</translation>
    </message>
    <message>
      <source>Registered · the list of speakers is not open yet</source>
      <translation>مسجّل، قائمة المتكلمين لم تُفتح بعد</translation>
    </message>
    <message>
      <source>Place {n} · times are estimated once the item is in session</source>
      <translation>المرتبة {n}، تُقدَّر الأوقات عندما يبدأ البند</translation>
    </message>
    <message>
      <source>You are next on “{item}”.</source>
      <translation>أنت التالي في «{item}».</translation>
    </message>
    <message>
      <source>Procedure</source>
      <translation>الإجراءات</translation>
    </message>
    <message>
      <source>Sound or connection</source>
      <translation>الصوت أو الاتصال</translation>
    </message>
    <message>
      <source>Speaking time</source>
      <translation>وقت الكلام</translation>
    </message>
    <message>
      <source>Conduct of the debate</source>
      <translation>سير المناقشة</translation>
    </message>
    <message>
      <source>Category</source>
      <translation>الفئة</translation>
    </message>
    <message>
      <source>What the selected point of order is about.</source>
      <translation>موضوع نقطة النظام المحددة.</translation>
    </message>
    <message>
      <source>Category…</source>
      <translation>الفئة…</translation>
    </message>
    <message>
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <source>Role</source>
      <translation>الدور</translation>
    </message>
    <message>
      <source>Where</source>
      <translation>المكان</translation>
    </message>
    <message>
      <source>E-mail</source>
      <translation>البريد الإلكتروني</translation>
    </message>
    <message>
      <source>Participants</source>
      <translation>المشاركون</translation>
    </message>
    <message>
      <source>Import report</source>
      <translation>تقرير الاستيراد</translation>
    </message>
    <message>
      <source>Working on the list…</source>
      <translation>جارٍ العمل على القائمة…</translation>
    </message>
    <message>
      <source>Import a list (CSV)…</source>
      <translation>استيراد قائمة (CSV)…</translation>
    </message>
    <message>
      <source>Apply the import</source>
      <translation>تطبيق الاستيراد</translation>
    </message>
    <message>
      <source>Export the new codes…</source>
      <translation>تصدير الرموز الجديدة…</translation>
    </message>
    <message>
      <source>New code for the selected participant</source>
      <translation>رمز جديد للمشارك المحدد</translation>
    </message>
    <message>
      <source>Registered participants</source>
      <translation>المشاركون المسجلون</translation>
    </message>
    <message>
      <source>Import a list of participants</source>
      <translation>استيراد قائمة المشاركين</translation>
    </message>
    <message>
      <source>Lists of people (*.csv *.txt *.tsv)</source>
      <translation>قوائم الأشخاص (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
      <source>Checking the list…</source>
      <translation>جارٍ فحص القائمة…</translation>
    </message>
    <message>
      <source>Importing…</source>
      <translation>جارٍ الاستيراد…</translation>
    </message>
    <message>
      <source>Save the new codes</source>
      <translation>حفظ الرموز الجديدة</translation>
    </message>
    <message>
      <source>CSV (*.csv)</source>
      <translation>CSV (*.csv)</translation>
    </message>
    <message>
      <source>The file is too large for a list of participants.</source>
      <translation>الملف أكبر من أن يكون قائمة مشاركين.</translation>
    </message>
    <message>
      <source>Select a participant in the list first.</source>
      <translation>اختر مشاركًا من القائمة أولًا.</translation>
    </message>
    <message>
      <source>The new codes have not been exported and will be lost. Close anyway?</source>
      <translation>لم تُصدَّر الرموز الجديدة وستضيع. هل تريد الإغلاق على أي حال؟</translation>
    </message>
    <message>
      <source>Cannot read the file: {why}</source>
      <translation>تعذّرت قراءة الملف: {why}</translation>
    </message>
    <message>
      <source>Cannot write the file: {why}</source>
      <translation>تعذّرت كتابة الملف: {why}</translation>
    </message>
    <message>
      <source>Participants…</source>
      <translation>المشاركون…</translation>
    </message>
    <message>
      <source>never connected</source>
      <translation>لم يتصل قط</translation>
    </message>
    <message>
      <source>connected</source>
      <translation>متصل</translation>
    </message>
    <message>
      <source>away {n} min</source>
      <translation>غائب منذ {n} د</translation>
    </message>
    <message>
      <source>Standing</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <source>Min</source>
      <translation>دقيقة</translation>
    </message>
    <message>
      <source>Estimated</source>
      <translation>المتوقع</translation>
    </message>
    <message>
      <source>App</source>
      <translation>التطبيق</translation>
    </message>
    <message>
      <source>Group</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <source>Your requests</source>
      <translation>طلباتك</translation>
    </message>
    <message>
      <source>Each request with your place and the estimated time.</source>
      <translation>كل طلب مع ترتيبك والوقت المتوقع.</translation>
    </message>
    <message>
      <source>Withdraw selected request</source>
      <translation>سحب الطلب المحدد</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers (you can undo it for 10 s).</source>
      <translation>يسحب الطلب المحدد من قائمة المتكلمين (يمكنك التراجع عن ذلك خلال 10 ثوانٍ).</translation>
    </message>
    <message>
      <source>Replace statement…</source>
      <translation>استبدال البيان…</translation>
    </message>
    <message>
      <source>Replaces the text and the language of the selected request; you keep your place.</source>
      <translation>يستبدل نص الطلب المحدد ولغته؛ وتحتفظ بمكانك.</translation>
    </message>
    <message>
      <source>Select one of your requests first.</source>
      <translation>اختر أحد طلباتك أولاً.</translation>
    </message>
    <message>
      <source>Your request on “{item}” withdrawn</source>
      <translation>سُحب طلبك بشأن «{item}»</translation>
    </message>
    <message>
      <source>You have the floor on this request: it can no longer be changed.</source>
      <translation>لديك الكلمة بموجب هذا الطلب: لم يعد بالإمكان تغييره.</translation>
    </message>
    <message>
      <source>On the room displays</source>
      <translation>على شاشات القاعة</translation>
    </message>
    <message>
      <source>The meeting resumes in</source>
      <translation>تُستأنف الجلسة بعد</translation>
    </message>
    <message>
      <source>Message to the room: {text}</source>
      <translation>رسالة إلى القاعة: {text}</translation>
    </message>
    <message>
      <source>Would import ({format}):</source>
      <translation>سيُستورد ({format}):</translation>
    </message>
    <message>
      <source>Imported ({format}):</source>
      <translation>استُورد ({format}):</translation>
    </message>
    <message>
      <source>{n} added</source>
      <translation>أُضيف {n}</translation>
    </message>
    <message>
      <source>{n} changed</source>
      <translation>تغيّر {n}</translation>
    </message>
    <message>
      <source>{n} cancelled (postponed)</source>
      <translation>أُلغي (أُرجئ) {n}</translation>
    </message>
    <message>
      <source>{n} removed</source>
      <translation>حُذف {n}</translation>
    </message>
    <message>
      <source>{n} gone from the file but asked for the floor on: postponed</source>
      <translation>{n} لم يعد في الملف لكن طُلبت الكلمة فيه: أُرجئ</translation>
    </message>
    <message>
      <source>{n} unchanged</source>
      <translation>{n} بلا تغيير</translation>
    </message>
    <message>
      <source>{n} skipped</source>
      <translation>تُخطّي {n}</translation>
    </message>
    <message>
      <source>Note: {text}</source>
      <translation>ملاحظة: {text}</translation>
    </message>
    <message>
      <source>Choose a meeting</source>
      <translation>اختر اجتماعًا</translation>
    </message>
    <message>
      <source>Meetings on this server</source>
      <translation>الاجتماعات على هذا الخادم</translation>
    </message>
    <message>
      <source>Sign in</source>
      <translation>تسجيل الدخول</translation>
    </message>
    <message>
      <source>Sign-in problem</source>
      <translation>مشكلة في تسجيل الدخول</translation>
    </message>
    <message>
      <source>Demo personas</source>
      <translation>شخصيات تجريبية</translation>
    </message>
    <message>
      <source>Try it: sign in as a demo persona (double-click or Enter)</source>
      <translation>جرّب: سجّل الدخول بشخصية تجريبية (نقر مزدوج أو Enter)</translation>
    </message>
    <message>
      <source>Sign in with the code the secretariat gave you</source>
      <translation>سجّل الدخول بالرمز الذي أعطتك إياه الأمانة</translation>
    </message>
    <message>
      <source>Server</source>
      <translation>الخادم</translation>
    </message>
    <message>
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <source>Personal code</source>
      <translation>الرمز الشخصي</translation>
    </message>
    <message>
      <source>Looking for meetings on this server…</source>
      <translation>جارٍ البحث عن الاجتماعات على هذا الخادم…</translation>
    </message>
    <message>
      <source>Signing in…</source>
      <translation>جارٍ تسجيل الدخول…</translation>
    </message>
    <message>
      <source>Server address</source>
      <translation>عنوان الخادم</translation>
    </message>
    <message>
      <source>Or sign in with the code the secretariat gave you</source>
      <translation>أو سجّل الدخول بالرمز الذي أعطتك إياه الأمانة</translation>
    </message>
    <message>
      <source>Enter your personal code.</source>
      <translation>أدخل رمزك الشخصي.</translation>
    </message>
    <message>
      <source>Enter the server's address and choose a meeting.</source>
      <translation>أدخل عنوان الخادم واختر اجتماعًا.</translation>
    </message>
    <message>
      <source>{n} meeting(s) on this server</source>
      <translation>عدد الاجتماعات على هذا الخادم: {n}</translation>
    </message>
    <message>
      <source>The list of speakers of the item in session, in calling order; yours in bold.</source>
      <translation>قائمة المتكلمين في البند الجاري، بترتيب إعطاء الكلمة؛ طلبك بخط عريض.</translation>
    </message>
    <message>
      <source>the statement is longer than {n} characters; send a summary</source>
      <translation>البيان أطول من {n} حرف؛ أرسل ملخصًا</translation>
    </message>
    <message>
      <source>Replace the statement</source>
      <translation>استبدال البيان</translation>
    </message>
    <message>
      <source>You keep your place on the list; the interpreters are told.</source>
      <translation>تحتفظ بمكانك في القائمة، ويُبلَّغ المترجمون الفوريون.</translation>
    </message>
    <message>
      <source>{who} will now speak in {language} on “{item}”.</source>
      <translation>سيتحدث {who} الآن بـ{language} بشأن «{item}».</translation>
    </message>
    <message>
      <source>{who} replaced their statement text on “{item}”.</source>
      <translation>استبدل {who} نص بيانه بشأن «{item}».</translation>
    </message>
    <message>
      <source>{who} took back their statement text on “{item}”.</source>
      <translation>سحب {who} نص بيانه بشأن «{item}».</translation>
    </message>
    <message>
      <source>Time</source>
      <translation>الوقت</translation>
    </message>
    <message>
      <source>a column is missing:</source>
      <translation>عمود ناقص:</translation>
    </message>
    <message>
      <source>not a language of the meeting:</source>
      <translation>ليست من لغات الاجتماع:</translation>
    </message>
    <message>
      <source>the CSV cannot be read:</source>
      <translation>تتعذّر قراءة ملف CSV:</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text</source>
      <translation>الملف ليس نصًا بترميز UTF-8</translation>
    </message>
    <message>
      <source>the file is too large</source>
      <translation>الملف كبير جدًا</translation>
    </message>
    <message>
      <source>the file is empty</source>
      <translation>الملف فارغ</translation>
    </message>
    <message>
      <source>Import agenda titles in another language…</source>
      <translation>استيراد عناوين جدول الأعمال بلغة أخرى…</translation>
    </message>
    <message>
      <source>Import agenda titles</source>
      <translation>استيراد عناوين جدول الأعمال</translation>
    </message>
    <message>
      <source>Translations or schedules (*.csv *.xml *.json *.ics)</source>
      <translation>ترجمات أو جداول (*.csv *.xml *.json *.ics)</translation>
    </message>
    <message>
      <source>line {line}: {problem} {value}</source>
      <translation>السطر {line}: {problem} {value}</translation>
    </message>
    <message>
      <source>The file's language:</source>
      <translation>لغة الملف:</translation>
    </message>
    <message>
      <source>The file holds no title for an item of the agenda.</source>
      <translation>لا يحتوي الملف على عنوان لأي بند من جدول الأعمال.</translation>
    </message>
    <message>
      <source>Agenda items with titles sent: {n}.</source>
      <translation>بنود جدول الأعمال التي أُرسلت عناوينها: {n}.</translation>
    </message>
    <message>
      <source>Not on the agenda, left out: {n}.</source>
      <translation>غير موجودة في جدول الأعمال، أُغفلت: {n}.</translation>
    </message>
    <message>
      <source>Action about to be sent</source>
      <translation>إجراء على وشك الإرسال</translation>
    </message>
    <message>
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <source>Takes back the action before it is sent.</source>
      <translation>يسحب الإجراء قبل إرساله.</translation>
    </message>
    <message>
      <source>Send now</source>
      <translation>أرسل الآن</translation>
    </message>
    <message>
      <source>Sends the action without waiting.</source>
      <translation>يرسل الإجراء دون انتظار.</translation>
    </message>
    <message>
      <source>{what} — sent in {n} s unless you undo.</source>
      <translation>{what} — سيُرسل بعد {n} ث ما لم تتراجع.</translation>
    </message>
    <message>
      <source>Alert</source>
      <translation>تنبيه</translation>
    </message>
    <message>
      <source>Listening channel</source>
      <translation>قناة الاستماع</translation>
    </message>
    <message>
      <source>The floor or the interpretation you listen to.</source>
      <translation>القاعة أو الترجمة الفورية التي تستمع إليها.</translation>
    </message>
    <message>
      <source>Listening to:</source>
      <translation>أستمع إلى:</translation>
    </message>
    <message>
      <source>Starting in {n} min: {title}</source>
      <translation>يبدأ بعد {n} دقيقة: {title}</translation>
    </message>
    <message>
      <source>Your time zone</source>
      <translation>منطقتك الزمنية</translation>
    </message>
    <message>
      <source>Search time zones</source>
      <translation>البحث في المناطق الزمنية</translation>
    </message>
    <message>
      <source>A city or a country, in any of its names.</source>
      <translation>مدينة أو بلد، بأي من أسمائه.</translation>
    </message>
    <message>
      <source>Time zones</source>
      <translation>المناطق الزمنية</translation>
    </message>
    <message>
      <source>The zones matching what you typed.</source>
      <translation>المناطق المطابقة لما كتبته.</translation>
    </message>
    <message>
      <source>The system's time zone</source>
      <translation>المنطقة الزمنية للنظام</translation>
    </message>
    <message>
      <source>Type a city or a country, e.g. Nairobi</source>
      <translation>اكتب مدينة أو بلداً، مثل نيروبي</translation>
    </message>
    <message>
      <source>Show “your time” in:</source>
      <translation>اعرض «توقيتك» حسب:</translation>
    </message>
    <message>
      <source>In calling order; drag a row, or Ctrl+Up and Ctrl+Down, to move a speaker.</source>
      <translation type="vanished">بترتيب الدعوة؛ اسحب صفًا أو استخدم Ctrl+Up وCtrl+Down لتحريك متكلم.</translation>
    </message>
    <message>
      <source>Refuses the selected request, with a reason.</source>
      <translation type="vanished">يرفض الطلب المحدد مع ذكر السبب.</translation>
    </message>
    <message>
      <source>relay</source>
      <translation type="vanished">لغة وسيطة</translation>
    </message>
    <message>
      <source>Who speaks now and the next three, in which language, with relay and text marked.</source>
      <translation type="vanished">من يتكلم الآن والثلاثة التالون، وبأي لغة، مع الإشارة إلى الترحيل والنص.</translation>
    </message>
    <message>
      <source>Booth shifts: </source>
      <translation type="vanished">نوبات المقصورة: </translation>
    </message>
    <message>
      <source>take relay</source>
      <translation type="vanished">ترجمة عبر لغة وسيطة</translation>
    </message>
    <message>
      <source>Your shift: {name}, {n} min left</source>
      <translation type="vanished">نوبتك: {name}، يتبقى {n} دقيقة</translation>
    </message>
    <message>
      <source>Takes the selected request off the list of speakers.</source>
      <translation type="vanished">يزيل الطلب المحدد من قائمة المتكلمين.</translation>
    </message>
    <message>
      <source>the file is not UTF-8 text; save it as UTF-8 (CSV UTF-8) and try again</source>
      <translation type="vanished">الملف ليس نصًا بترميز UTF-8؛ احفظه بترميز UTF-8 (CSV UTF-8) وحاول مرة أخرى</translation>
    </message>
    <message>
      <source>the column “{column}” is not one this app knows</source>
      <translation type="vanished">العمود «{column}» غير معروف لهذا التطبيق</translation>
    </message>
    <message>
      <source>“{value}” is not a date</source>
      <translation type="vanished">«{value}» ليس تاريخًا</translation>
    </message>
    <message>
      <source>Who speaks next and in which language; relay is marked.</source>
      <translation type="vanished">من يتكلم بعد ذلك وبأي لغة؛ وتُعلَّم الترجمة عبر لغة وسيطة.</translation>
    </message>
    <message>
      <source>Offline (showing state as of {t}; next try in {n} s)</source>
      <translation type="vanished">غير متصل (الحالة كما في {t}؛ المحاولة التالية بعد {n} ث)</translation>
    </message>
    <message>
      <source>Interpreters ({booth} booth) ask the speaker to SLOW DOWN</source>
      <translation type="vanished">المترجمون الفوريون (مقصورة {booth}) يطلبون من المتكلم الإبطاء</translation>
    </message>
    <message>
      <source>the file is broken, unsafe or not a schedule this app reads</source>
      <translation type="vanished">الملف تالف أو غير آمن أو ليس برنامجًا يقرؤه هذا التطبيق</translation>
    </message>
    <message>
      <source>Could not read {name}: {why}</source>
      <translation type="vanished">تعذّرت قراءة {name}: {why}</translation>
    </message>
    <message>
      <source>Too many live connections from this address; try again shortly.</source>
      <translation type="vanished">اتصالات مباشرة كثيرة جداً من هذا العنوان؛ حاول مجدداً بعد قليل.</translation>
    </message>
    <message>
      <source>the duration “{value}” is not in hours and minutes (HH:MM)</source>
      <translation type="vanished">المدة «{value}» ليست بالساعات والدقائق (HH:MM)</translation>
    </message>
    <message>
      <source>Mark all as seen</source>
      <translation type="vanished">تعليم الكل كمقروء</translation>
    </message>
    <message>
      <source>On now: {name} until {time} ({n} min left)</source>
      <translation type="vanished">في النوبة الآن: {name} حتى {time} (يتبقى {n} دقيقة)</translation>
    </message>
  </context>
</TS>
