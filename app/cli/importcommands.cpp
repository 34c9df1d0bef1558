// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/importcommands.h"

#include "app/cli/clioutput.h"
#include "app/cli/clisupport.h"
#include "app/import/popplertextsource.h"
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/reuse/textreuse.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace standpoint::cli {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

QString percent(double share) { return QString::number(qRound(share * 100)) + QLatin1Char('%'); }

QString marked(const QList<check::WordEdit> &changes)
{
    QStringList out;
    for (const check::WordEdit &e : changes) {
        if (e.op == check::WordEdit::Same)
            out << e.word;
        else if (e.op == check::WordEdit::Removed)
            out << QStringLiteral("[-") + e.word + QStringLiteral("-]");
        else
            out << QStringLiteral("{+") + e.word + QStringLiteral("+}");
    }
    return out.join(QLatin1Char(' '));
}

QByteArray reuseJson(const QList<reuse::ReusePair> &pairs)
{
    QJsonArray out;
    for (const reuse::ReusePair &pair : pairs) {
        QJsonArray passages;
        for (const reuse::SharedPassage &p : pair.passages) {
            passages << QJsonObject{{QStringLiteral("a"), QJsonObject{{QStringLiteral("start"), p.startA}, {QStringLiteral("end"), p.endA},
                                                                      {QStringLiteral("text"), p.textA}}},
                                    {QStringLiteral("b"), QJsonObject{{QStringLiteral("start"), p.startB}, {QStringLiteral("end"), p.endB},
                                                                      {QStringLiteral("text"), p.textB}}},
                                    {QStringLiteral("similarity"), p.similarity},
                                    {QStringLiteral("changes"), marked(p.changes)}};
        }
        out << QJsonObject{{QStringLiteral("a"), pair.keyA},          {QStringLiteral("b"), pair.keyB},
                           {QStringLiteral("overlap"), pair.overlap}, {QStringLiteral("reworded"), pair.changed},
                           {QStringLiteral("passages"), passages}};
    }
    return QJsonDocument(out).toJson(QJsonDocument::Indented);
}

QString formatPairs(const QList<reuse::ReusePair> &pairs)
{
    if (pairs.isEmpty())
        return Tr::tr("No documents share passages.\n");
    QString out = Tr::tr("overlap  passages  reworded  documents\n");
    for (const reuse::ReusePair &pair : pairs) {
        out += QStringLiteral("%1  %2  %3  %4 ↔ %5\n")
                   .arg(percent(pair.overlap), 7)
                   .arg(pair.passages.size(), 8)
                   .arg(pair.changed, 8)
                   .arg(pair.keyA, pair.keyB);
    }
    out += Tr::tr("Run `standpoint-cli reuse DOC DOC` to see one pair's passages and what changed.\n");
    return out;
}

QString formatPassages(const reuse::ReusePair &pair)
{
    QString out = Tr::tr("%1 (%2)\n%3 (%4)\noverlap %5, %6 shared passage(s), %7 reworded\n")
                      .arg(pair.keyA, pair.titleA, pair.keyB, pair.titleB, percent(pair.overlap),
                           QString::number(pair.passages.size()), QString::number(pair.changed));
    int n = 0;
    for (const reuse::SharedPassage &p : pair.passages) {
        out += QStringLiteral("\n#%1  %2  %3 %4–%5  %6 %7–%8\n")
                   .arg(QString::number(++n),
                        p.identical() ? Tr::tr("identical") : Tr::tr("similarity %1").arg(percent(p.similarity)), pair.keyA,
                        QString::number(p.startA), QString::number(p.endA), pair.keyB, QString::number(p.startB),
                        QString::number(p.endB));
        if (p.identical())
            out += QStringLiteral("    ") + p.textA + QLatin1Char('\n');
        else
            out += QStringLiteral("    ") + marked(p.changes) + QLatin1Char('\n');
    }
    return out;
}

} // namespace

int importCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] import FILE... [--position ID | --speaker ID | --new-position LABEL] "
                                        "[--title TITLE] [--debate KEY] [--skip-bad]");
    if (inv.arguments.isEmpty())
        return usage(form);
    if (!inv.title.isEmpty() && inv.arguments.size() > 1)
        return fail(Tr::tr("--title names one document, but %1 files were given").arg(inv.arguments.size()));
    if (inv.filterPositions.size() > 1)
        return fail(Tr::tr("--position takes one position, not %1").arg(inv.filterPositions.join(QLatin1Char(','))));
    if (inv.filterSpeakers.size() > 1)
        return fail(Tr::tr("--speaker takes one speaker, not %1").arg(inv.filterSpeakers.join(QLatin1Char(','))));
    auto opened = openExisting(inv.dbPath, false);
    if (!opened)
        return fail(opened.message());
    const app::PopplerTextSource pdf;
    // Files are read on a thread of their own while the ones before are written.
    importing::DraftSource source;
    source.count = inv.arguments.size();
    source.make = [&](qsizetype i) -> Result<importing::ImportDraft> {
        auto draft = importing::readForImport(inv.arguments[i], &pdf);
        if (!draft)
            return draft;
        if (!inv.title.isEmpty())
            draft->title = inv.title;
        draft->positionKey = inv.filterPositions.value(0);
        draft->speakerKey = inv.filterSpeakers.value(0);
        draft->newPositionLabel = inv.newPosition;
        return draft;
    };
    int refused = 0;
    source.refused = [&refused](const QString &message) {
        ++refused;
        printError(message);
    };
    source.skipRefused = inv.skipBad;
    auto outcome = importing::importDrafts(opened->connection(), source, inv.debate);
    if (!outcome && refused > 0 && !inv.skipBad)
        return fail(Tr::tr("%n file(s) refused; nothing was imported (add --skip-bad to import the others)", nullptr, refused));
    if (!outcome && refused == source.count)
        return fail(Tr::tr("no file could be imported"));
    if (!outcome)
        return fail(outcome.message());
    QString out;
    for (const importing::ImportedDocument &doc : std::as_const(outcome->documents)) {
        out += Tr::tr("imported %1 as \"%2\" (%3, %4 paragraph(s), %5 block(s) removed by cleaning): %6\n")
                   .arg(doc.path, doc.key, doc.format, QString::number(doc.paragraphs),
                        QString::number(doc.removedBlocks), doc.title);
        for (const QString &notice : doc.notices)
            out += QStringLiteral("    ") + notice + QLatin1Char('\n');
    }
    for (const QString &key : outcome->newPositions)
        out += Tr::tr("created the position \"%1\"\n").arg(key);
    printOut(out);
    return refused == 0 ? Ok : Failed;
}

int reuseCommand(const Invocation &inv)
{
    if (inv.arguments.size() != 0 && inv.arguments.size() != 2)
        return usage(QStringLiteral("[--db PATH] reuse [DOC DOC] [--min SIMILARITY] [--json]"));
    bool ok = true;
    const double least = inv.minSimilarity.isEmpty() ? 0.5 : inv.minSimilarity.toDouble(&ok);
    if (!ok || least <= 0 || least > 1)
        return fail(Tr::tr("--min takes a similarity above 0 and at most 1 (such as 0.6), not \"%1\"").arg(inv.minSimilarity));
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    reuse::ReuseOptions options;
    options.documents = inv.arguments;
    options.minSimilarity = least;
    auto pairs = reuse::findReuse(opened->connection(), options);
    if (!pairs)
        return fail(pairs.message());
    if (inv.json)
        printOut(reuseJson(*pairs));
    else if (inv.arguments.size() == 2)
        printOut(pairs->isEmpty() ? Tr::tr("%1 and %2 share no passages.\n").arg(inv.arguments[0], inv.arguments[1])
                                  : formatPassages(pairs->first()));
    else
        printOut(formatPairs(*pairs));
    return Ok;
}

} // namespace standpoint::cli
