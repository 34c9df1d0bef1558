// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/formatsniffer.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

Error refuse(const QString &name, const QString &why) { return Error{QStringLiteral("%1: %2").arg(name, why)}; }

struct Magic
{
    const char *bytes;
    const char *what;
};

// Binary formats people drop on an importer by mistake, named so the message says what the file is.
const Magic kForeign[] = {
    {"\x89PNG", QT_TRANSLATE_NOOP("Import", "a PNG image")}, {"\xFF\xD8\xFF", QT_TRANSLATE_NOOP("Import", "a JPEG image")},
    {"GIF8", QT_TRANSLATE_NOOP("Import", "a GIF image")},
    {"\x7F" "ELF", QT_TRANSLATE_NOOP("Import", "a program")}, {"\x1F\x8B", QT_TRANSLATE_NOOP("Import", "a gzip archive")},
    {"\xD0\xCF\x11\xE0", QT_TRANSLATE_NOOP("Import", "an old Word or Office file")},
    {"{\\rtf", QT_TRANSLATE_NOOP("Import", "an RTF document")},
    {"SQLite format 3", QT_TRANSLATE_NOOP("Import", "an SQLite database")},
};

QString formatName(const QString &format)
{
    if (format == QLatin1String("pdf"))
        return QStringLiteral("PDF");
    if (format == QLatin1String("docx"))
        return QStringLiteral("Word (DOCX)");
    if (format == QLatin1String("html"))
        return QStringLiteral("HTML");
    if (format == QLatin1String("markdown"))
        return QStringLiteral("Markdown");
    return Tr::tr("plain text");
}

QString formatForExtension(const QString &ext)
{
    if (ext == QLatin1String("pdf"))
        return QStringLiteral("pdf");
    if (ext == QLatin1String("docx"))
        return QStringLiteral("docx");
    if (ext == QLatin1String("html") || ext == QLatin1String("htm") || ext == QLatin1String("xhtml"))
        return QStringLiteral("html");
    if (ext == QLatin1String("md") || ext == QLatin1String("markdown"))
        return QStringLiteral("markdown");
    if (ext == QLatin1String("txt") || ext == QLatin1String("text"))
        return QStringLiteral("text");
    return QString();
}

// The offset of the first byte that is not valid UTF-8, or -1.
qsizetype firstInvalidUtf8(const QByteArray &bytes)
{
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.constData());
    const qsizetype n = bytes.size();
    for (qsizetype i = 0; i < n;) {
        const unsigned char c = p[i];
        int extra = c < 0x80 ? 0 : (c >> 5) == 0x6 ? 1 : (c >> 4) == 0xE ? 2 : (c >> 3) == 0x1E ? 3 : -1;
        if (extra < 0 || (extra == 1 && c < 0xC2) || (extra == 3 && c > 0xF4))
            return i;
        if (i + extra >= n && extra > 0)
            return i;
        for (int k = 1; k <= extra; ++k) {
            if ((p[i + k] & 0xC0) != 0x80)
                return i;
        }
        if (extra == 2) {
            const unsigned code = ((c & 0x0F) << 12) | ((p[i + 1] & 0x3F) << 6) | (p[i + 2] & 0x3F);
            if (code < 0x800 || (code >= 0xD800 && code <= 0xDFFF))
                return i;
        } else if (extra == 3) {
            const unsigned code = ((c & 0x07) << 18) | ((p[i + 1] & 0x3F) << 12);
            if (code < 0x10000 || code > 0x10FFFF)
                return i;
        }
        i += extra + 1;
    }
    return -1;
}

bool looksLikeHtml(const QByteArray &bytes)
{
    const QByteArray head = bytes.left(1024).trimmed().toLower();
    return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html");
}

} // namespace

QStringList importExtensions()
{
    return {QStringLiteral("txt"), QStringLiteral("md"), QStringLiteral("markdown"), QStringLiteral("html"),
            QStringLiteral("htm"), QStringLiteral("pdf"), QStringLiteral("docx")};
}

Result<QString> decodeText(const QString &name, const QByteArray &bytes)
{
    if (bytes.startsWith("\xFF\xFE") || bytes.startsWith("\xFE\xFF")) {
        auto decoder = QStringDecoder(bytes.startsWith("\xFF\xFE") ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                                      QStringConverter::Flag::Stateless);
        QString text = decoder.decode(bytes.mid(2));
        if (decoder.hasError())
            return refuse(name, Tr::tr("its UTF-16 text is broken (an odd number of bytes or an unpaired surrogate)"));
        return text;
    }
    const QByteArray body = bytes.startsWith("\xEF\xBB\xBF") ? bytes.mid(3) : bytes;
    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        const qsizetype line = body.left(bad).count('\n') + 1;
        return refuse(name, Tr::tr("it is not valid UTF-8 text (line %1, byte %2 is 0x%3); save it as UTF-8 and import it again")
                                .arg(line)
                                .arg(bad + (bytes.size() - body.size()) + 1)
                                .arg(QString::number(uchar(body[bad]), 16).toUpper()));
    }
    return QString::fromUtf8(body);
}

Result<SniffedFile> sniffBytes(const QString &name, QByteArray bytes)
{
    if (bytes.trimmed().isEmpty())
        return refuse(name, Tr::tr("the file is empty"));
    const QString ext = QFileInfo(name).suffix().toLower();
    for (const Magic &m : kForeign) {
        if (bytes.startsWith(m.bytes))
            return refuse(name, Tr::tr("the file is %1, not a document Standpoint can read (text, Markdown, HTML, PDF or DOCX)")
                                    .arg(Tr::tr(m.what)));
    }
    SniffedFile file;
    const bool pdf = bytes.left(1024).contains("%PDF-");
    const bool zip = bytes.startsWith("PK\x03\x04");
    QString byContent = pdf ? QStringLiteral("pdf") : zip ? QStringLiteral("docx") : QString();
    if (zip && !bytes.contains("word/document.xml"))
        return refuse(name, Tr::tr("the file is a ZIP archive but not a Word document (it has no word/document.xml)"));
    QString byName = formatForExtension(ext);
    if ((byName == QLatin1String("pdf") || byName == QLatin1String("docx")) && byContent != byName) {
        return refuse(name, byName == QLatin1String("pdf")
                                ? Tr::tr("the name ends in .pdf but the file is not a PDF (it does not begin with %PDF-)")
                                : Tr::tr("the name ends in .docx but the file is not a Word document (it is not a ZIP archive)"));
    }
    if (!byContent.isEmpty()) {
        if (byName != byContent)
            file.notices << Tr::tr("%1: the name ends in .%2 but the file is %3; read as %3").arg(name, ext, formatName(byContent));
        file.format = byContent;
        file.bytes = std::move(bytes);
        return file;
    }
    if (!bytes.startsWith("\xFF\xFE") && !bytes.startsWith("\xFE\xFF")) {
        if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
            return refuse(name, Tr::tr("the file is binary, not text (it holds a zero byte at byte %1)").arg(nul + 1));
    }
    if (looksLikeHtml(bytes) && byName != QLatin1String("html")) {
        file.notices << Tr::tr("%1: the file holds HTML; read as HTML").arg(name);
        byName = QStringLiteral("html");
    }
    if (byName.isEmpty()) {
        file.notices << Tr::tr("%1: the extension \"%2\" is not one Standpoint knows; read as plain text")
                            .arg(name, ext.isEmpty() ? Tr::tr("(none)") : ext);
        byName = QStringLiteral("text");
    }
    file.format = byName;
    file.bytes = std::move(bytes);
    return file;
}

Result<SniffedFile> sniffFile(const QString &path)
{
    const QFileInfo info(path);
    const QString name = info.fileName();
    if (!info.exists())
        return refuse(path, Tr::tr("there is no such file"));
    if (info.isDir())
        return refuse(path, Tr::tr("it is a folder, not a file"));
    if (info.size() > kMaxImportBytes)
        return refuse(name, Tr::tr("the file is %1 MB; Standpoint imports files up to %2 MB")
                                .arg(info.size() / (1024 * 1024))
                                .arg(kMaxImportBytes / (1024 * 1024)));
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return refuse(path, Tr::tr("it cannot be read (%1)").arg(file.errorString()));
    return sniffBytes(name, file.readAll());
}

} // namespace standpoint::importing
