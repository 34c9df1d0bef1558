// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "tests/import/importfixtures.h"

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <QBuffer>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>

namespace standpoint::fixtures {

namespace {

void addPart(QuaZip &zip, const QString &name, const QByteArray &data)
{
    QuaZipFile file(&zip);
    file.open(QIODevice::WriteOnly, QuaZipNewInfo(name));
    file.write(data);
    file.close();
}

QByteArray escaped(const QString &s) { return s.toHtmlEscaped().toUtf8(); }

} // namespace

QByteArray docxFile(const QString &title, const QStringList &headings, const QStringList &paragraphs)
{
    QByteArray body = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                      "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>";
    body += "<w:p><w:pPr><w:pStyle w:val=\"Title\"/></w:pPr><w:r><w:t>" + escaped(title) + "</w:t></w:r></w:p>";
    for (qsizetype i = 0; i < paragraphs.size(); ++i) {
        if (i < headings.size())
            body += "<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>" + escaped(headings[i]) + "</w:t></w:r></w:p>";
        // Split each paragraph over two runs, as Word does, with a deleted tracked change between them.
        const qsizetype half = paragraphs[i].indexOf(QLatin1Char(' '), paragraphs[i].size() / 2);
        body += "<w:p><w:r><w:t xml:space=\"preserve\">" + escaped(paragraphs[i].left(half)) + "</w:t></w:r>"
                "<w:del><w:r><w:delText>withdrawn words</w:delText></w:r></w:del>"
                "<w:r><w:t xml:space=\"preserve\">" + escaped(paragraphs[i].mid(half)) + "</w:t></w:r></w:p>";
    }
    body += "</w:body></w:document>";
    const QByteArray core = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><cp:coreProperties "
                            "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                            "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\">"
                            "<dc:creator>Ada Author</dc:creator><dcterms:created>2023-06-08T09:00:00Z</dcterms:created>"
                            "</cp:coreProperties>";
    QByteArray out;
    QBuffer buffer(&out);
    QuaZip zip(&buffer);
    zip.open(QuaZip::mdCreate);
    addPart(zip, QStringLiteral("[Content_Types].xml"),
            "<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
    addPart(zip, QStringLiteral("word/document.xml"), body);
    addPart(zip, QStringLiteral("docProps/core.xml"), core);
    zip.close();
    return out;
}

QByteArray twoPagePdf()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(72);
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageMargins(QMarginsF(0, 0, 0, 0));
    writer.setTitle(QStringLiteral("Pipelines and Power"));
    QPainter p(&writer);
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(11);
    p.setFont(font);
    const auto footer = [&](int page) {
        p.drawText(QPointF(60, 800), QStringLiteral("Example Institute | 214 Massachusetts Avenue | example.org"));
        p.drawText(QPointF(290, 820), QString::number(page));
    };
    p.drawText(QPointF(60, 80), QStringLiteral("Pipelines and Power"));
    const QStringList first = {QStringLiteral("Gas exports to China rose sharply after 2014, and the new"),
                               QStringLiteral("pipeline deals tied the two economies closer than before.")};
    const QStringList second = {QStringLiteral("Prices were set below what European buyers had paid for"),
                                QStringLiteral("years, and the terms favoured the buyer in every case")};
    double y = 130;
    for (const QString &line : first) {
        p.drawText(QPointF(60, y), line);
        y += 14;
    }
    y += 14;
    for (const QString &line : second) {
        p.drawText(QPointF(60, y), line);
        y += 14;
    }
    footer(1);
    writer.newPage();
    p.drawText(QPointF(60, 60), QStringLiteral("that anyone could name at the time."));
    p.drawText(QPointF(60, 88), QStringLiteral("A new paragraph begins on the second page."));
    footer(2);
    p.end();
    return out;
}

QByteArray imageOnlyPdf()
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    QPainter p(&writer);
    QImage scan(400, 500, QImage::Format_RGB32);
    scan.fill(Qt::white);
    QPainter ink(&scan);
    ink.fillRect(40, 40, 300, 12, Qt::black);
    ink.fillRect(40, 70, 280, 12, Qt::black);
    ink.end();
    p.drawImage(QRectF(0, 0, 4000, 5000), scan);
    p.end();
    return out;
}

QByteArray encryptedPdf()
{
    // The Standard security handler with an owner and user key that no empty password opens.
    const QList<QByteArray> objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        "<< /Filter /Standard /V 1 /R 2 /O <" + QByteArray(64, '1') + "> /U <" + QByteArray(64, '2') + "> /P -4 >>",
    };
    QByteArray out = "%PDF-1.4\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets << out.size();
        out += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = out.size();
    out += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype o : offsets)
        out += QByteArray::number(o).rightJustified(10, '0') + " 00000 n \n";
    out += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R /Encrypt 4 0 R /ID [<" + QByteArray(32, '3')
           + "><" + QByteArray(32, '3') + ">] >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return out;
}

} // namespace standpoint::fixtures
