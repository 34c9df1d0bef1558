// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/notecommands.h"

#include "app/cli/clioutput.h"
#include "app/cli/clisupport.h"
#include "app/render/handout.h"
#include "core/export/atomicfile.h"
#include "core/debate/debatelookup.h"
#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"
#include "core/notes/setfile.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

namespace standpoint::cli {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };




// A set named by its number, its uuid or its exact title, with where to look when there is none.
Result<qint64> findSet(sql::Connection &db, const QString &name)
{
    auto id = notes::findSet(db, name);
    if (!id)
        return Error{Tr::tr("%1; see: standpoint-cli set list").arg(id.message()), id.error().code};
    return *id;
}

// An item named on the command line, looked up in the debate (keys are unique within one debate only).
Result<notes::SetItem> itemFrom(sql::Connection &db, qint64 debateId, const QString &kind, const QString &ref)
{
    const auto parsed = notes::setItemKindFromKey(kind);
    if (!parsed)
        return Error{Tr::tr("\"%1\" is not a kind of item; kinds: %2").arg(kind, notes::setItemKindKeys().join(QStringLiteral(", ")))};
    notes::SetItem item;
    item.kind = *parsed;
    switch (item.kind) {
    case notes::SetItemKind::Excerpt: {
        static const QRegularExpression form(QStringLiteral("^([^:]+):(\\d+)-(\\d+)$"));
        const auto m = form.match(ref);
        if (!m.hasMatch())
            return Error{Tr::tr("an excerpt is DOCUMENT:START-END, such as gabuev-2024:120-240, not \"%1\"").arg(ref)};
        auto doc = debate::idByKey(db, debateId, debate::Keyed::Document, m.captured(1));
        if (!doc)
            return doc.error();
        item.documentId = *doc;
        item.start = m.captured(2).toLongLong();
        item.end = m.captured(3).toLongLong();
        auto text = debate::documentExcerpt(db, *doc, item.start, item.end);
        if (!text)
            return text.error();
        item.anchorText = *text;
        break;
    }
    case notes::SetItemKind::Document:
    case notes::SetItemKind::Claim:
    case notes::SetItemKind::Event: {
        // Each names one row by its key, and the item keeps its id.
        const bool document = item.kind == notes::SetItemKind::Document, claim = item.kind == notes::SetItemKind::Claim;
        auto id = debate::idByKey(db, debateId,
                                  document ? debate::Keyed::Document : claim ? debate::Keyed::Claim : debate::Keyed::Event, ref);
        if (!id)
            return id.error();
        (document ? item.documentId : claim ? item.claimId : item.eventId) = *id;
        break;
    }
    case notes::SetItemKind::Stance: {
        if (!ref.contains(QLatin1Char('/')))
            return Error{Tr::tr("No stance \"%1\": write QUESTION/VOICE, such as q-wedge/heritage or q-wedge/speaker:berman").arg(ref)};
        auto id = debate::stanceIdByKeys(db, debateId, ref.section(QLatin1Char('/'), 0, 0), ref.section(QLatin1Char('/'), 1));
        if (!id)
            return id.error();
        item.stanceId = *id;
        break;
    }
    case notes::SetItemKind::Chart:
        item.chartKey = ref;
        break;
    }
    return item;
}

} // namespace

int setCommand(const Invocation &inv)
{
    const QString form = QStringLiteral(
        "[--db PATH] set list | set create TITLE [--note DESCRIPTION] | set add SET KIND REF [--note TEXT] | "
        "set export SET --out FILE.standpoint|html|md|pdf | set import FILE.standpoint");
    const QString action = inv.arguments.value(0);
    const qsizetype n = inv.arguments.size();
    const bool writes = action == QLatin1String("create") || action == QLatin1String("add") || action == QLatin1String("import");
    if (!(action == QLatin1String("list") && n == 1) && !(action == QLatin1String("create") && n == 2)
        && !(action == QLatin1String("add") && n == 4) && !(action == QLatin1String("export") && n == 2 && !inv.out.isEmpty())
        && !(action == QLatin1String("import") && n == 2))
        return usage(form);
    auto opened = openExisting(inv.dbPath, !writes);
    if (!opened)
        return fail(opened.message());
    sql::Connection &db = opened->connection();

    if (action == QLatin1String("list")) {
        auto sets = notes::listSets(db);
        if (!sets)
            return fail(sets.message());
        QString out;
        for (const notes::ReadingSet &s : *sets)
            out += QStringLiteral("%1\t%2\t%3 items%4\t%5\n")
                       .arg(s.id)
                       .arg(s.uuid, QString::number(s.itemCount), s.imported ? Tr::tr(", imported") : QString(), s.title);
        printOut(out.isEmpty() ? Tr::tr("No reading sets yet.\n") : out);
        return Ok;
    }
    if (action == QLatin1String("create")) {
        auto id = notes::createSet(db, inv.arguments[1], inv.note);
        if (!id)
            return fail(id.message());
        printOut(Tr::tr("Created reading set %1\n").arg(*id));
        return Ok;
    }
    if (action == QLatin1String("add")) {
        auto set = findSet(db, inv.arguments[1]);
        if (!set)
            return fail(set.message());
        auto debateId = debate::findDebate(db, inv.debate);
        if (!debateId)
            return fail(debateId.message());
        auto item = itemFrom(db, *debateId, inv.arguments[2], inv.arguments[3]);
        if (!item)
            return fail(item.message());
        item->note = inv.note;
        auto id = notes::addItem(db, *set, *item);
        if (!id)
            return fail(id.message());
        printOut(Tr::tr("Added item %1 to set %2\n").arg(*id).arg(*set));
        return Ok;
    }
    if (action == QLatin1String("export")) {
        auto set = findSet(db, inv.arguments[1]);
        if (!set)
            return fail(set.message());
        if (QFileInfo(inv.out).suffix().toLower() == QLatin1String("standpoint")) {
            auto bytes = notes::exportSetFile(db, *set);
            if (!bytes)
                return fail(bytes.message());
            if (Status written = exporting::AtomicFile::write(inv.out, *bytes); !written)
                return fail(written.message());
        } else if (Status done = render::writeHandout(db, *set, inv.out); !done) {
            return fail(done.message());
        }
        printOut(Tr::tr("Wrote %1\n").arg(inv.out));
        return Ok;
    }
    QFile file(inv.arguments[1]);
    if (!file.open(QIODevice::ReadOnly))
        return fail(Tr::tr("%1: cannot read the file: %2").arg(inv.arguments[1], file.errorString()));
    auto report = notes::importSetFile(db, file.readAll(), QFileInfo(inv.arguments[1]).fileName());
    if (!report)
        return fail(report.message());
    if (report->alreadyPresent) {
        printOut(Tr::tr("This set is already in the store (set %1); nothing was added.\n").arg(report->setId));
        return Ok;
    }
    printOut(Tr::tr("Imported set %1: %2 items (%3 orphaned), %4 annotations.\n")
                 .arg(report->setId)
                 .arg(report->items)
                 .arg(report->orphaned)
                 .arg(report->annotations));
    for (const QString &skipped : report->skipped)
        printOut(Tr::tr("  not placed: %1\n").arg(skipped));
    return Ok;
}

int annotationsCommand(const Invocation &inv)
{
    const QString form = QStringLiteral("[--db PATH] annotations export --out FILE.csv|json");
    if (inv.arguments != QStringList{QStringLiteral("export")} || inv.out.isEmpty())
        return usage(form);
    const QString suffix = QFileInfo(inv.out).suffix().toLower();
    if (suffix != QLatin1String("csv") && suffix != QLatin1String("json"))
        return fail(Tr::tr("--out must end in .csv or .json, not \"%1\"").arg(QFileInfo(inv.out).fileName()));
    auto opened = openExisting(inv.dbPath, true);
    if (!opened)
        return fail(opened.message());
    auto list = notes::listAnnotations(opened->connection());
    if (!list)
        return fail(list.message());
    const QByteArray bytes = suffix == QLatin1String("csv") ? notes::annotationsCsv(*list).toUtf8() : notes::annotationsJson(*list);
    if (Status written = exporting::AtomicFile::write(inv.out, bytes); !written)
        return fail(written.message());
    printOut(Tr::tr("Wrote %1 annotations to %2\n").arg(list->size()).arg(inv.out));
    return Ok;
}

} // namespace standpoint::cli
