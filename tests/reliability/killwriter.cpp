// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The writer the kill test shoots: it writes to a store without end (annotations, reading sets and
// their items, imported documents), and prints one line per write only once the write is committed.
// Usage: killwriter STORE RUN
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/notes/annotations.h"
#include "core/notes/readingsets.h"
#include "core/sqlite/query.h"
#include "core/store/store.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <cstdio>

using namespace standpoint;

namespace {

void acknowledge(const QString &line)
{
    std::fprintf(stdout, "%s\n", qPrintable(line));
    std::fflush(stdout);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    if (argc != 3) {
        std::fprintf(stderr, "usage: killwriter STORE RUN\n");
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    const QString run = QString::fromLocal8Bit(argv[2]);
    auto opened = store::Store::open(path, store::Store::Options{false, false});
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.message()));
        return 1;
    }
    sql::Connection &db = opened->connection();
    QList<std::pair<qint64, qint64>> documents; // id, length
    if (Status read = sql::forEachRow(db, QStringLiteral("SELECT id, length(cleaned_text) FROM document WHERE origin = 'pack'"), {},
                                      [&](const sql::Statement &s) { documents.append({s.integer(0), s.integer(1)}); });
        !read || documents.isEmpty()) {
        std::fprintf(stderr, "no documents to annotate\n");
        return 1;
    }
    QRandomGenerator random(quint32(run.toUInt() * 7919u + 17u));
    qint64 setId = 0;
    QString setUuid;
    for (int i = 0;; ++i) {
        const QString tag = QStringLiteral("%1-%2").arg(run).arg(i);
        switch (i % 4) {
        case 0: {
            const auto &[id, length] = documents[random.bounded(int(documents.size()))];
            notes::Annotation a;
            a.documentId = id;
            a.start = random.bounded(int(length - 50));
            a.end = a.start + 20;
            a.note = QStringLiteral("kill note ") + tag;
            if (auto added = notes::addAnnotation(db, a); added)
                acknowledge(QStringLiteral("annotation ") + a.note);
            break;
        }
        case 1: {
            setUuid = QStringLiteral("00000000-0000-4000-8000-%1").arg(qulonglong(run.toUInt()) * 100000 + i, 12, 10, QLatin1Char('0'));
            if (auto created = notes::createSet(db, QStringLiteral("Kill set ") + tag, QString(), setUuid); created) {
                setId = *created;
                acknowledge(QStringLiteral("set ") + setUuid);
            }
            break;
        }
        case 2: {
            if (setId == 0)
                break;
            notes::SetItem item;
            item.kind = notes::SetItemKind::Document;
            item.documentId = documents[random.bounded(int(documents.size()))].first;
            item.note = QStringLiteral("kill item ") + tag;
            if (auto added = notes::addItem(db, setId, item); added)
                acknowledge(QStringLiteral("item ") + item.note);
            break;
        }
        default: {
            QString text = QStringLiteral("Kill Import %1\n\n").arg(tag);
            for (int p = 0; p < 30; ++p)
                text += QStringLiteral("Paragraph %1 of an import that may be cut short at any moment by a kill.\n\n").arg(p);
            auto draft = importing::readBytesForImport(QStringLiteral("kill-%1.txt").arg(tag), text.toUtf8(), nullptr);
            if (!draft)
                break;
            if (auto done = importing::importDrafts(db, {*draft}); done)
                acknowledge(QStringLiteral("import ") + done->documents.first().key);
            break;
        }
        }
    }
}
