// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/packreader.h"

#include "core/pack/jsonlocator.h"
#include "core/pack/packpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace standpoint::pack {

QString SourceRef::describe() const
{
    QString s = file;
    if (line > 0)
        s += QLatin1Char(':') + QString::number(line);
    if (!entry.isEmpty())
        s += QStringLiteral(": ") + entry;
    return s;
}

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(PackReader) };

// Reads fields of one JSON file, remembering the first problem with its file and line.
class FileReader
{
public:
    FileReader(QString file, const QByteArray &json) : m_file(std::move(file)), m_locator(json) {}

    bool failed() const { return m_error.has_value(); }
    Error error() const { return *m_error; }

    SourceRef ref(const QString &path, const QString &entry) const
    {
        return SourceRef{m_file, m_locator.line(path), entry};
    }

    void fail(const QString &path, const QString &entry, const QString &message)
    {
        if (!m_error)
            m_error = Error{ref(path, entry).describe() + QStringLiteral(": ") + message};
    }

    void allowOnly(const QJsonObject &obj, const QString &path, const QString &entry,
                   std::initializer_list<const char *> keys)
    {
        for (auto it = obj.begin(); it != obj.end(); ++it) {
            bool known = false;
            for (const char *k : keys)
                known |= it.key() == QLatin1String(k);
            if (!known)
                fail(join(path, it.key()), entry, Tr::tr("unknown field \"%1\"").arg(it.key()));
        }
    }

    QString str(const QJsonObject &obj, const QString &path, const QString &entry, const char *key,
                bool required = false)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined()) {
            if (required)
                fail(path, entry, Tr::tr("field \"%1\" is missing").arg(QLatin1String(key)));
            return {};
        }
        if (!v.isString()) {
            fail(join(path, QLatin1String(key)), entry, Tr::tr("field \"%1\" must be a string").arg(QLatin1String(key)));
            return {};
        }
        if (required && v.toString().trimmed().isEmpty())
            fail(join(path, QLatin1String(key)), entry, Tr::tr("field \"%1\" is empty").arg(QLatin1String(key)));
        return v.toString();
    }

    QStringList strings(const QJsonObject &obj, const QString &path, const QString &entry, const char *key)
    {
        QStringList out;
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return out;
        if (!v.isArray()) {
            fail(join(path, QLatin1String(key)), entry, Tr::tr("field \"%1\" must be a list of strings").arg(QLatin1String(key)));
            return out;
        }
        const QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i) {
            if (!a[i].isString())
                fail(join(path, QLatin1String(key)) + QLatin1Char('/') + QString::number(i), entry,
                     Tr::tr("field \"%1\" must be a list of strings").arg(QLatin1String(key)));
            else
                out << a[i].toString();
        }
        return out;
    }

    bool boolean(const QJsonObject &obj, const QString &path, const QString &entry, const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return false;
        if (!v.isBool())
            fail(join(path, QLatin1String(key)), entry, Tr::tr("field \"%1\" must be true or false").arg(QLatin1String(key)));
        return v.toBool();
    }

    QJsonArray array(const QJsonObject &obj, const QString &path, const QString &entry, const char *key)
    {
        const QJsonValue v = obj.value(QLatin1String(key));
        if (v.isUndefined())
            return {};
        if (!v.isArray())
            fail(join(path, QLatin1String(key)), entry, Tr::tr("field \"%1\" must be a list").arg(QLatin1String(key)));
        return v.toArray();
    }

    // Each element must be an object; calls fn(object, path) for each.
    template<typename Fn>
    void objects(const QJsonArray &a, const QString &path, const QString &what, Fn fn)
    {
        for (qsizetype i = 0; i < a.size() && !failed(); ++i) {
            const QString p = path + QLatin1Char('/') + QString::number(i);
            if (!a[i].isObject()) {
                fail(p, what + QLatin1Char('[') + QString::number(i) + QLatin1Char(']'), Tr::tr("must be an object"));
                return;
            }
            fn(a[i].toObject(), p, i);
        }
    }

    static QString join(const QString &path, const QString &key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('/') + key;
    }

    QString file() const { return m_file; }

private:
    QString m_file;
    JsonLocator m_locator;
    std::optional<Error> m_error;
};

QString entryName(const char *kind, const QString &key, qsizetype index)
{
    return key.isEmpty() ? QStringLiteral("%1 #%2").arg(QLatin1String(kind)).arg(index + 1)
                         : QStringLiteral("%1 \"%2\"").arg(QLatin1String(kind), key);
}

QuoteSpec readQuote(FileReader &r, const QJsonValue &v, const QString &path, const QString &entry,
                    const QString &defaultDoc, const QString &speaker)
{
    QuoteSpec q;
    q.document = defaultDoc;
    q.speaker = speaker;
    q.where = r.ref(path, entry);
    if (v.isString()) {
        q.text = v.toString();
    } else if (v.isObject()) {
        const QJsonObject o = v.toObject();
        r.allowOnly(o, path, entry, {"doc", "text", "occurrence", "context"});
        q.text = r.str(o, path, entry, "text", true);
        if (o.contains(QLatin1String("doc")))
            q.document = r.str(o, path, entry, "doc", true);
        q.context = r.str(o, path, entry, "context");
        const QJsonValue occ = o.value(QLatin1String("occurrence"));
        if (!occ.isUndefined()) {
            if (!occ.isDouble() || occ.toDouble() < 1 || occ.toDouble() != double(occ.toInt()))
                r.fail(path + QStringLiteral("/occurrence"), entry, Tr::tr("\"occurrence\" must be a whole number from 1"));
            q.occurrence = occ.toInt();
        }
    } else {
        r.fail(path, entry, Tr::tr("a quote must be a string or an object with \"text\""));
    }
    if (q.document.isEmpty())
        r.fail(path, entry, Tr::tr("the quote names no document: give \"doc\" on the quote or on its entry"));
    return q;
}

QList<QuoteSpec> readQuotes(FileReader &r, const QJsonObject &o, const QString &path, const QString &entry,
                            const QString &defaultDoc, const QString &speaker)
{
    QList<QuoteSpec> out;
    const QJsonArray a = r.array(o, path, entry, "quotes");
    for (qsizetype i = 0; i < a.size() && !r.failed(); ++i)
        out << readQuote(r, a[i], path + QStringLiteral("/quotes/") + QString::number(i), entry, defaultDoc, speaker);
    return out;
}

VoiceSpec readVoice(FileReader &r, const QJsonObject &o, const QString &path, const QString &entry)
{
    VoiceSpec v{r.str(o, path, entry, "position"), r.str(o, path, entry, "speaker")};
    if (v.position.isEmpty() == v.speaker.isEmpty())
        r.fail(path, entry, Tr::tr("give exactly one of \"position\" or \"speaker\""));
    return v;
}

void readManifestSections(FileReader &r, const QJsonObject &root, PackSpec &pack)
{
    r.objects(r.array(root, QString(), QString(), "themes"), QStringLiteral("themes"), QStringLiteral("theme"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  ThemeSpec t;
                  const QString e = entryName("theme", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "label", "description"});
                  t.key = r.str(o, p, e, "id", true);
                  t.label = r.str(o, p, e, "label", true);
                  t.description = r.str(o, p, e, "description");
                  t.where = r.ref(p, e);
                  pack.themes << t;
              });
    r.objects(r.array(root, QString(), QString(), "questions"), QStringLiteral("questions"),
              QStringLiteral("question"), [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  QuestionSpec q;
                  const QString e = entryName("question", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "text", "yes", "no", "themes"});
                  q.key = r.str(o, p, e, "id", true);
                  q.text = r.str(o, p, e, "text", true);
                  q.yesLabel = r.str(o, p, e, "yes");
                  q.noLabel = r.str(o, p, e, "no");
                  q.themes = r.strings(o, p, e, "themes");
                  q.where = r.ref(p, e);
                  pack.questions << q;
              });
    r.objects(r.array(root, QString(), QString(), "documents"), QStringLiteral("documents"),
              QStringLiteral("document"), [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  DocumentSpec d;
                  const QString e = entryName("document", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "file", "title", "subtitle", "authors", "publisher", "kind", "series",
                                        "date", "address", "revision_of", "caveats", "cleaning", "speakers"});
                  d.key = r.str(o, p, e, "id", true);
                  d.file = r.str(o, p, e, "file", true);
                  d.title = r.str(o, p, e, "title", true);
                  d.subtitle = r.str(o, p, e, "subtitle");
                  d.authors = r.strings(o, p, e, "authors");
                  d.publisher = r.str(o, p, e, "publisher");
                  d.kind = r.str(o, p, e, "kind");
                  d.series = r.str(o, p, e, "series");
                  d.date = r.str(o, p, e, "date");
                  d.address = r.str(o, p, e, "address");
                  d.revisionOf = r.str(o, p, e, "revision_of");
                  d.caveats = r.strings(o, p, e, "caveats");
                  d.where = r.ref(p, e);
                  r.objects(r.array(o, p, e, "cleaning"), p + QStringLiteral("/cleaning"), e + QStringLiteral(" cleaning"),
                            [&](const QJsonObject &c, const QString &cp, qsizetype ci) {
                                CleaningRuleSpec rule;
                                const QString ce = e + QStringLiteral(", cleaning rule #") + QString::number(ci + 1);
                                r.allowOnly(c, cp, ce, {"rule", "marker", "text", "pattern", "from", "to", "before",
                                                        "after", "why"});
                                rule.rule = r.str(c, cp, ce, "rule", true);
                                rule.marker = r.str(c, cp, ce, "marker");
                                rule.text = r.str(c, cp, ce, "text");
                                rule.pattern = r.str(c, cp, ce, "pattern");
                                rule.from = r.str(c, cp, ce, "from");
                                rule.to = r.str(c, cp, ce, "to");
                                rule.before = r.str(c, cp, ce, "before");
                                rule.after = r.str(c, cp, ce, "after");
                                rule.why = r.str(c, cp, ce, "why", true);
                                rule.where = r.ref(cp, ce);
                                d.cleaning << rule;
                            });
                  r.objects(r.array(o, p, e, "speakers"), p + QStringLiteral("/speakers"), e + QStringLiteral(" speaker"),
                            [&](const QJsonObject &s, const QString &sp, qsizetype si) {
                                SpeakerSpec speaker;
                                const QString se = entryName("speaker", s.value(QLatin1String("id")).toString(), si);
                                r.allowOnly(s, sp, se, {"id", "name", "role", "affiliation", "turns"});
                                speaker.key = r.str(s, sp, se, "id", true);
                                speaker.name = r.str(s, sp, se, "name", true);
                                speaker.role = r.str(s, sp, se, "role", true);
                                speaker.affiliation = r.str(s, sp, se, "affiliation");
                                speaker.document = d.key;
                                speaker.where = r.ref(sp, se);
                                r.objects(r.array(s, sp, se, "turns"), sp + QStringLiteral("/turns"), se,
                                          [&](const QJsonObject &t, const QString &tp, qsizetype) {
                                              r.allowOnly(t, tp, se, {"start", "end"});
                                              speaker.turns << TurnSpec{r.str(t, tp, se, "start", true),
                                                                        r.str(t, tp, se, "end", true), r.ref(tp, se)};
                                          });
                                d.speakers << speaker;
                            });
                  pack.documents << d;
              });
    r.objects(r.array(root, QString(), QString(), "positions"), QStringLiteral("positions"),
              QStringLiteral("position"), [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  PositionSpec s;
                  const QString e = entryName("position", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "label", "summary", "documents", "speakers", "cited_only", "cited_in"});
                  s.key = r.str(o, p, e, "id", true);
                  s.label = r.str(o, p, e, "label", true);
                  s.summary = r.str(o, p, e, "summary");
                  s.documents = r.strings(o, p, e, "documents");
                  s.speakers = r.strings(o, p, e, "speakers");
                  s.citedOnly = r.boolean(o, p, e, "cited_only");
                  s.citedIn = r.strings(o, p, e, "cited_in");
                  s.where = r.ref(p, e);
                  pack.positions << s;
              });
}

void readContentSections(FileReader &r, const QJsonObject &root, PackSpec &pack)
{
    r.objects(r.array(root, QString(), QString(), "claims"), QStringLiteral("claims"), QStringLiteral("claim"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  ClaimSpec c;
                  const QString e = entryName("claim", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "position", "speaker", "doc", "text", "themes", "quotes"});
                  c.key = r.str(o, p, e, "id", true);
                  c.voice = readVoice(r, o, p, e);
                  c.paraphrase = r.str(o, p, e, "text", true);
                  c.themes = r.strings(o, p, e, "themes");
                  c.quotes = readQuotes(r, o, p, e, r.str(o, p, e, "doc"), c.voice.speaker);
                  c.where = r.ref(p, e);
                  pack.claims << c;
              });
    r.objects(r.array(root, QString(), QString(), "stances"), QStringLiteral("stances"), QStringLiteral("stance"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  StanceSpec s;
                  const QString e = QStringLiteral("stance #%1 (%2 / %3)")
                                        .arg(i + 1)
                                        .arg(o.value(QLatin1String("question")).toString(),
                                             o.value(QLatin1String("position"))
                                                 .toString(o.value(QLatin1String("speaker")).toString()));
                  r.allowOnly(o, p, e, {"question", "position", "speaker", "value", "doc", "text", "quotes"});
                  s.question = r.str(o, p, e, "question", true);
                  s.voice = readVoice(r, o, p, e);
                  s.value = r.str(o, p, e, "value", true);
                  s.paraphrase = r.str(o, p, e, "text", true);
                  s.quotes = readQuotes(r, o, p, e, r.str(o, p, e, "doc"), s.voice.speaker);
                  s.where = r.ref(p, e);
                  pack.stances << s;
              });
    r.objects(r.array(root, QString(), QString(), "events"), QStringLiteral("events"), QStringLiteral("event"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  EventSpec ev;
                  const QString e = entryName("event", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "date", "end", "title", "description", "themes", "doc", "quotes"});
                  ev.key = r.str(o, p, e, "id", true);
                  ev.date = r.str(o, p, e, "date", true);
                  ev.end = r.str(o, p, e, "end");
                  ev.title = r.str(o, p, e, "title", true);
                  ev.description = r.str(o, p, e, "description");
                  ev.themes = r.strings(o, p, e, "themes");
                  ev.quotes = readQuotes(r, o, p, e, r.str(o, p, e, "doc"), QString());
                  ev.where = r.ref(p, e);
                  pack.events << ev;
              });
    r.objects(r.array(root, QString(), QString(), "series"), QStringLiteral("series"), QStringLiteral("series"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  SeriesSpec s;
                  const QString e = entryName("series", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "title", "measure", "unit", "doc", "compare_to", "compare", "points"});
                  s.key = r.str(o, p, e, "id", true);
                  s.title = r.str(o, p, e, "title", true);
                  s.measure = r.str(o, p, e, "measure", true);
                  s.unit = r.str(o, p, e, "unit", true);
                  s.compareTo = r.str(o, p, e, "compare_to");
                  s.compareMode = r.str(o, p, e, "compare");
                  const QString doc = r.str(o, p, e, "doc");
                  s.where = r.ref(p, e);
                  r.objects(r.array(o, p, e, "points"), p + QStringLiteral("/points"), e,
                            [&](const QJsonObject &po, const QString &pp, qsizetype pi) {
                                PointSpec pt;
                                const QString pe = e + QStringLiteral(", point #") + QString::number(pi + 1);
                                r.allowOnly(po, pp, pe, {"period", "value", "kind", "approx", "label", "note", "doc",
                                                         "speaker", "quote"});
                                pt.period = r.str(po, pp, pe, "period");
                                pt.kind = r.str(po, pp, pe, "kind", true);
                                pt.label = r.str(po, pp, pe, "label");
                                pt.note = r.str(po, pp, pe, "note");
                                pt.approx = r.boolean(po, pp, pe, "approx");
                                const QJsonValue value = po.value(QLatin1String("value"));
                                if (!value.isDouble())
                                    r.fail(pp + QStringLiteral("/value"), pe, Tr::tr("\"value\" must be a number"));
                                pt.value = value.toDouble();
                                const QString pointDoc = po.contains(QLatin1String("doc")) ? r.str(po, pp, pe, "doc") : doc;
                                if (!po.contains(QLatin1String("quote")))
                                    r.fail(pp, pe, Tr::tr("field \"quote\" is missing: every data point needs its quote"));
                                else
                                    pt.quote = readQuote(r, po.value(QLatin1String("quote")), pp + QStringLiteral("/quote"),
                                                         pe, pointDoc, r.str(po, pp, pe, "speaker"));
                                pt.where = r.ref(pp, pe);
                                s.points << pt;
                            });
                  pack.series << s;
              });
    r.objects(r.array(root, QString(), QString(), "references"), QStringLiteral("references"),
              QStringLiteral("reference"), [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  ReferenceSpec s;
                  const QString e = entryName("reference", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "title", "unit", "file", "citation"});
                  s.key = r.str(o, p, e, "id", true);
                  s.title = r.str(o, p, e, "title", true);
                  s.unit = r.str(o, p, e, "unit", true);
                  s.file = r.str(o, p, e, "file", true);
                  s.citation = r.str(o, p, e, "citation", true);
                  s.where = r.ref(p, e);
                  pack.references << s;
              });
    r.objects(r.array(root, QString(), QString(), "charts"), QStringLiteral("charts"), QStringLiteral("chart"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  ChartSpec c;
                  const QString e = entryName("chart", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "title", "subtitle", "kind", "unit", "series", "reference", "reference_mode"});
                  c.key = r.str(o, p, e, "id", true);
                  c.title = r.str(o, p, e, "title", true);
                  c.subtitle = r.str(o, p, e, "subtitle");
                  c.kind = r.str(o, p, e, "kind", true);
                  c.unit = r.str(o, p, e, "unit", true);
                  c.series = r.strings(o, p, e, "series");
                  c.reference = r.str(o, p, e, "reference");
                  c.referenceMode = r.str(o, p, e, "reference_mode");
                  c.where = r.ref(p, e);
                  pack.charts << c;
              });
    r.objects(r.array(root, QString(), QString(), "eras"), QStringLiteral("eras"), QStringLiteral("era"),
              [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  EraSpec era;
                  const QString e = entryName("era", o.value(QLatin1String("id")).toString(), i);
                  r.allowOnly(o, p, e, {"id", "label", "event"});
                  era.key = r.str(o, p, e, "id", true);
                  era.label = r.str(o, p, e, "label", true);
                  era.event = r.str(o, p, e, "event", true);
                  era.where = r.ref(p, e);
                  pack.eras << era;
              });
    r.objects(r.array(root, QString(), QString(), "not_figures"), QStringLiteral("not_figures"),
              QStringLiteral("not_figures"), [&](const QJsonObject &o, const QString &p, qsizetype i) {
                  NotFigureSpec n;
                  const QString e = QStringLiteral("not_figures #") + QString::number(i + 1);
                  r.allowOnly(o, p, e, {"doc", "text", "occurrence", "context", "why"});
                  QJsonObject q = o;
                  q.remove(QLatin1String("why"));
                  n.quote = readQuote(r, q, p, e, QString(), QString());
                  n.why = r.str(o, p, e, "why", true);
                  n.where = r.ref(p, e);
                  pack.notFigures << n;
              });
}

Result<QJsonObject> parseFile(const QString &path, const QString &shown, QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot read the file: %2").arg(shown, file.errorString())};
    bytes = file.readAll();
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const int line = int(QByteArrayView(bytes).first(qMin<qsizetype>(parseError.offset, bytes.size())).count('\n')) + 1;
        return Error{Tr::tr("%1:%2: JSON syntax error: %3").arg(shown, QString::number(line), parseError.errorString())};
    }
    if (!doc.isObject())
        return Error{Tr::tr("%1:1: the file must hold a JSON object").arg(shown)};
    return doc.object();
}

} // namespace

Result<PackSpec> readPack(const QString &directory)
{
    PackSpec pack;
    pack.directory = directory;
    const QString manifestName = QStringLiteral("pack.json");
    QByteArray bytes;
    auto manifest = parseFile(QDir(directory).filePath(manifestName), manifestName, bytes);
    if (!manifest)
        return manifest.error();
    FileReader r(manifestName, bytes);
    const QJsonObject root = *manifest;
    r.allowOnly(root, QString(), QString(),
                {"format", "debate", "themes", "questions", "documents", "positions", "include", "claims", "stances",
                 "events", "series", "references", "not_figures", "charts", "eras"});
    const QJsonValue format = root.value(QLatin1String("format"));
    if (!format.isDouble())
        r.fail(QString(), QString(), Tr::tr("field \"format\" is missing or not a number"));
    else if (format.toInt() > kPackFormat)
        r.fail(QStringLiteral("format"), QString(),
               Tr::tr("pack format %1 is newer than this version of Standpoint reads (%2); update Standpoint")
                   .arg(format.toInt())
                   .arg(kPackFormat));
    pack.format = format.toInt();
    const QJsonValue debate = root.value(QLatin1String("debate"));
    if (!debate.isObject()) {
        r.fail(QString(), QString(), Tr::tr("field \"debate\" is missing or not an object"));
    } else {
        const QJsonObject d = debate.toObject();
        r.allowOnly(d, QStringLiteral("debate"), QStringLiteral("debate"), {"id", "title", "summary"});
        pack.debateKey = r.str(d, QStringLiteral("debate"), QStringLiteral("debate"), "id", true);
        pack.debateTitle = r.str(d, QStringLiteral("debate"), QStringLiteral("debate"), "title", true);
        pack.debateSummary = r.str(d, QStringLiteral("debate"), QStringLiteral("debate"), "summary");
        pack.debateWhere = r.ref(QStringLiteral("debate"), QStringLiteral("debate"));
    }
    readManifestSections(r, root, pack);
    readContentSections(r, root, pack);
    const QStringList includes = r.strings(root, QString(), QString(), "include");
    if (r.failed())
        return r.error();
    for (qsizetype i = 0; i < includes.size(); ++i) {
        auto path = resolveInside(directory, includes[i]);
        if (!path)
            return Error{r.ref(QStringLiteral("include/") + QString::number(i), QString()).describe() + QStringLiteral(": ")
                         + path.message()};
        QByteArray included;
        auto content = parseFile(*path, includes[i], included);
        if (!content)
            return content.error();
        FileReader ir(includes[i], included);
        ir.allowOnly(*content, QString(), QString(),
                     {"claims", "stances", "events", "series", "references", "not_figures", "charts", "eras"});
        readContentSections(ir, *content, pack);
        if (ir.failed())
            return ir.error();
    }
    return pack;
}

} // namespace standpoint::pack
