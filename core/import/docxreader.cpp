// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/docxreader.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QCoreApplication>
#include <QXmlStreamReader>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

constexpr qint64 kMaxPartBytes = 256ll * 1024 * 1024; // a ZIP bomb stops here, not in memory

Result<QByteArray> readPart(QuaZip &zip, const QString &name, const QString &part, bool required)
{
    if (!zip.setCurrentFile(part)) {
        if (!required)
            return QByteArray();
        return Error{Tr::tr("%1: the Word document has no %2 part; it may be damaged").arg(name, part)};
    }
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: the part %2 cannot be unpacked (%3)").arg(name, part, QString::number(file.getZipError()))};
    QByteArray data;
    char buffer[65536];
    for (;;) {
        const qint64 n = file.read(buffer, sizeof buffer);
        if (n < 0)
            return Error{Tr::tr("%1: the part %2 is damaged").arg(name, part)};
        if (n == 0)
            break;
        data.append(buffer, n);
        if (data.size() > kMaxPartBytes)
            return Error{Tr::tr("%1: the part %2 unpacks to more than %3 MB; it is refused").arg(name, part, QString::number(kMaxPartBytes >> 20))};
    }
    return data;
}

void readProperties(const QByteArray &xml, ImportDraft &draft)
{
    QXmlStreamReader r(xml);
    while (!r.atEnd()) {
        if (r.readNext() != QXmlStreamReader::StartElement)
            continue;
        const auto name = r.name();
        if (name == QLatin1String("title") && draft.title.isEmpty())
            draft.title = r.readElementText().simplified();
        else if (name == QLatin1String("creator")) {
            const QString who = r.readElementText().simplified();
            if (!who.isEmpty())
                draft.authors << who;
        } else if (name == QLatin1String("created") && draft.date.isEmpty())
            draft.date = r.readElementText().left(10);
    }
}

} // namespace

Status readDocx(const QString &name, const QByteArray &bytes, ImportDraft &draft)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdUnzip))
        return Error{Tr::tr("%1: the Word document cannot be opened as a ZIP archive (error %2); it may be damaged")
                         .arg(name, QString::number(zip.getZipError()))};
    auto body = readPart(zip, name, QStringLiteral("word/document.xml"), true);
    if (!body)
        return body.error();
    auto props = readPart(zip, name, QStringLiteral("docProps/core.xml"), false);
    if (props)
        readProperties(*props, draft);

    QXmlStreamReader r(*body);
    QString text, style;
    bool inParagraph = false;
    int tables = 0;
    while (!r.atEnd()) {
        const auto token = r.readNext();
        const auto tag = r.name();
        if (token == QXmlStreamReader::StartElement) {
            if (tag == QLatin1String("p")) {
                inParagraph = true;
                text.clear();
                style.clear();
            } else if (tag == QLatin1String("pStyle")) {
                style = r.attributes().value(QStringLiteral("w:val")).toString();
            } else if (tag == QLatin1String("t") && inParagraph) {
                text += r.readElementText();
            } else if (tag == QLatin1String("tab")) {
                text += QLatin1Char('\t');
            } else if (tag == QLatin1String("br") || tag == QLatin1String("cr")) {
                text += QLatin1Char(' ');
            } else if (tag == QLatin1String("tbl")) {
                ++tables;
            } else if (tag == QLatin1String("delText") || tag == QLatin1String("instrText")) {
                r.skipCurrentElement(); // deleted tracked changes and field codes are not the text
            }
        } else if (token == QXmlStreamReader::EndElement && tag == QLatin1String("p")) {
            inParagraph = false;
            const QString block = text.simplified();
            if (block.isEmpty())
                continue;
            const bool heading = style.startsWith(QLatin1String("Heading"), Qt::CaseInsensitive)
                                 || style.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0;
            if (style.compare(QLatin1String("Title"), Qt::CaseInsensitive) == 0 && draft.title.isEmpty())
                draft.title = block;
            draft.blocks.append({block, heading, {}, {}});
        }
    }
    if (r.hasError())
        return Error{Tr::tr("%1: the document's text (word/document.xml) is not well-formed XML at line %2: %3")
                         .arg(name, QString::number(r.lineNumber()), r.errorString())};
    if (tables > 0)
        draft.notices << Tr::tr("Read %n table(s) cell by cell, one paragraph per cell.", nullptr, tables);
    return success();
}

} // namespace standpoint::importing
