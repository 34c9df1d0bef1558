// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/handout.h"

#include "app/render/figureoutput.h"
#include "app/i18n/translations.h"
#include "app/render/figurerenderer.h"
#include "core/export/atomicfile.h"
#include "core/figures/chartdata.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>
#include <QRegularExpression>
#include <QTextDocument>
#include <QHash>
#include <QUrl>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Handout) };

QString esc(const QString &text) { return text.toHtmlEscaped(); }

// Markdown treats these as markup; a backslash makes each plain text (HTML tags included).
QString mdEscape(const QString &text)
{
    QString out;
    for (QChar c : text) {
        if (QStringLiteral("\\`*_[]<>#|").contains(c))
            out += QLatin1Char('\\');
        out += c;
    }
    // At the start of a line, a number with a full stop, "-" or "+" would start a list.
    static const QRegularExpression numbered(QStringLiteral("^(\\s*)(\\d+)\\."), QRegularExpression::MultilineOption);
    static const QRegularExpression bullet(QStringLiteral("^(\\s*)([-+])"), QRegularExpression::MultilineOption);
    out.replace(numbered, QStringLiteral("\\1\\2\\\\."));
    out.replace(bullet, QStringLiteral("\\1\\\\\\2"));
    out.replace(QLatin1Char('\n'), QStringLiteral("  \n"));
    return out;
}

QString chartFileName(const QString &key) { return QStringLiteral("chart-%1.png").arg(key); }

QString pngDataUri(const QImage &image)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(buffer.data().toBase64());
}

const char *kStyle =
    "body{font-family:'DejaVu Sans',Verdana,Arial,sans-serif;max-width:46em;margin:2em auto;padding:0 1em;"
    "color:#212121;line-height:1.5}h1{font-size:1.8em;margin-bottom:.2em}h2{font-size:1.2em;margin:1.4em 0 .3em}"
    ".kind{color:#616161;font-size:.85em;text-transform:uppercase;letter-spacing:.05em}"
    "blockquote{margin:.6em 0;padding:.4em .9em;border-left:4px solid #5e35b1;background:#f5f3fa}"
    ".note{background:#fff8e1;padding:.4em .8em;border-radius:4px}.cite{color:#555;font-size:.9em}"
    ".orphan{color:#b71c1c;font-weight:bold}img{max-width:100%}footer{color:#757575;font-size:.85em;margin-top:3em}";

} // namespace

QString handoutHtml(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, ImageLinks links)
{
    // The page's language is the one its labels are written in, so screen readers pronounce them right.
    QString html = QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\"><head><meta charset=\"utf-8\"><title>%2</title>"
                                  "<style>%3</style></head><body>\n")
                       .arg(esc(i18n::messagesLanguage()), esc(set.title), QLatin1String(kStyle));
    html += QStringLiteral("<h1>%1</h1>\n").arg(esc(set.title));
    if (!set.description.isEmpty())
        html += QStringLiteral("<p>%1</p>\n").arg(esc(set.description));
    html += QStringLiteral("<ol>\n");
    for (const notes::SetItem &item : set.items) {
        html += QStringLiteral("<li><p class=\"kind\">%1</p><h2>%2</h2>\n").arg(esc(notes::setItemKindLabel(item.kind)), esc(item.title));
        if (item.orphaned)
            html += QStringLiteral("<p class=\"orphan\">%1</p>\n")
                        .arg(esc(Tr::tr("This passage no longer matches the document's text here; it is shown as it was shared.")));
        if (item.kind == notes::SetItemKind::Excerpt)
            html += QStringLiteral("<blockquote>%1</blockquote>\n").arg(esc(item.body));
        else if (!item.body.isEmpty())
            html += QStringLiteral("<p>%1</p>\n").arg(esc(item.body));
        for (const QString &q : item.quotes)
            html += QStringLiteral("<blockquote>%1</blockquote>\n").arg(esc(q));
        if (item.kind == notes::SetItemKind::Chart && charts.contains(item.chartKey)) {
            const QString src = links == ImageLinks::DataUri        ? pngDataUri(charts[item.chartKey])
                                : links == ImageLinks::ResourceName ? QStringLiteral("chart:") + item.chartKey
                                                                    : chartFileName(item.chartKey);
            html += QStringLiteral("<p><img src=\"%1\" alt=\"%2\" width=\"640\"></p>\n").arg(esc(src), esc(item.title));
        }
        if (!item.note.isEmpty())
            html += QStringLiteral("<p class=\"note\"><b>%1</b> %2</p>\n").arg(esc(Tr::tr("Note:")), esc(item.note));
        if (!item.citations.isEmpty())
            html += QStringLiteral("<p class=\"cite\">%1 %2</p>\n")
                        .arg(esc(Tr::tr("Source:")), esc(item.citations.join(QStringLiteral("; "))));
        html += QStringLiteral("</li>\n");
    }
    html += QStringLiteral("</ol>\n");
    if (!set.questions.isEmpty()) {
        html += QStringLiteral("<h2>%1</h2>\n<ol>\n").arg(esc(Tr::tr("Discussion questions")));
        for (const QString &q : set.questions)
            html += QStringLiteral("<li>%1</li>\n").arg(esc(q));
        html += QStringLiteral("</ol>\n");
    }
    html += QStringLiteral("<footer>%1</footer>\n</body></html>\n")
                .arg(esc(Tr::tr("Made with Standpoint on %1. Quotes are the documents' exact text; summaries are the "
                            "set author's and Standpoint's words.")
                             .arg(QDate::currentDate().toString(Qt::ISODate))));
    return html;
}

QString handoutMarkdown(const notes::ReadingSet &set, const QString &imageFolder)
{
    QString md = QStringLiteral("# %1\n\n").arg(mdEscape(set.title));
    if (!set.description.isEmpty())
        md += mdEscape(set.description) + QStringLiteral("\n\n");
    int n = 1;
    for (const notes::SetItem &item : set.items) {
        md += QStringLiteral("## %1. %2\n\n*%3*\n\n").arg(n++).arg(mdEscape(item.title), mdEscape(notes::setItemKindLabel(item.kind)));
        if (item.orphaned)
            md += QStringLiteral("**%1**\n\n").arg(mdEscape(Tr::tr("This passage no longer matches the document's text here; "
                                                                "it is shown as it was shared.")));
        if (item.kind == notes::SetItemKind::Excerpt)
            md += QStringLiteral("> %1\n\n").arg(mdEscape(item.body));
        else if (!item.body.isEmpty())
            md += mdEscape(item.body) + QStringLiteral("\n\n");
        for (const QString &q : item.quotes)
            md += QStringLiteral("> %1\n\n").arg(mdEscape(q));
        if (item.kind == notes::SetItemKind::Chart)
            md += QStringLiteral("![%1](%2/%3)\n\n").arg(mdEscape(item.title), imageFolder, chartFileName(item.chartKey));
        if (!item.note.isEmpty())
            md += QStringLiteral("**%1** %2\n\n").arg(mdEscape(Tr::tr("Note:")), mdEscape(item.note));
        if (!item.citations.isEmpty())
            md += QStringLiteral("*%1 %2*\n\n").arg(mdEscape(Tr::tr("Source:")), mdEscape(item.citations.join(QStringLiteral("; "))));
    }
    if (!set.questions.isEmpty()) {
        md += QStringLiteral("## %1\n\n").arg(mdEscape(Tr::tr("Discussion questions")));
        int q = 1;
        for (const QString &question : set.questions)
            md += QStringLiteral("%1. %2\n").arg(q++).arg(mdEscape(question));
        md += QLatin1Char('\n');
    }
    return md;
}

namespace {

Status writePdf(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, const QString &path,
                const std::atomic_bool *stop)
{
    return exporting::AtomicFile::write(path, [&](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setTitle(set.title);
        writer.setCreator(QStringLiteral("Standpoint"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageMargins(QMarginsF(18, 18, 18, 18), QPageLayout::Millimeter);
        writer.setResolution(144);
        QTextDocument doc;
        QFont font(QStringLiteral("DejaVu Sans"));
        font.setPointSizeF(10.5);
        doc.setDefaultFont(font);
        for (auto it = charts.cbegin(); it != charts.cend(); ++it)
            doc.addResource(QTextDocument::ImageResource, QUrl(QStringLiteral("chart:") + it.key()),
                            it.value().scaledToWidth(int(writer.width() * 0.95), Qt::SmoothTransformation));
        doc.setHtml(handoutHtml(set, charts, ImageLinks::ResourceName));
        const QFontMetricsF footerMetrics(font, &writer);
        const double footer = footerMetrics.height() * 2;
        const QSizeF page(writer.width(), writer.height() - footer);
        doc.setPageSize(page);
        const int pages = doc.pageCount();
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Tr::tr("the PDF could not be started")};
        for (int p = 0; p < pages; ++p) {
            if (stop && *stop)
                return Error{Tr::tr("stopped before it was complete")};
            if (p > 0)
                writer.newPage();
            painter.save();
            painter.translate(0, -p * page.height());
            QAbstractTextDocumentLayout::PaintContext context;
            context.clip = QRectF(0, p * page.height(), page.width(), page.height());
            painter.setClipRect(context.clip);
            doc.documentLayout()->draw(&painter, context);
            painter.restore();
            painter.setFont(font);
            painter.setPen(QColor(0x61, 0x61, 0x61));
            painter.drawText(QRectF(0, writer.height() - footer * 0.8, writer.width(), footer * 0.8), Qt::AlignCenter,
                             Tr::tr("%1 · page %2 of %3").arg(set.title, QString::number(p + 1), QString::number(pages)));
        }
        painter.end();
        return success();
    });
}

} // namespace

Result<HandoutSource> readHandoutSource(sql::Connection &db, qint64 setId)
{
    auto set = notes::readSet(db, setId);
    if (!set)
        return set.error();
    HandoutSource source{.set = *set, .charts = {}};
    QStringList keys;
    for (const notes::SetItem &item : set->items) {
        if (item.kind != notes::SetItemKind::Chart || item.orphaned || keys.contains(item.chartKey))
            continue;
        auto data = figures::readChart(db, item.chartKey);
        if (!data)
            return data.error();
        keys << item.chartKey;
        source.charts << *data;
    }
    return source;
}

QImage handoutChart(const figures::ChartData &chart) { return FigureRenderer(chart, {}).image(QSize(1600, 900)); }

Status writeHandoutFile(const notes::ReadingSet &set, const QHash<QString, QImage> &charts, const QString &path,
                        const std::atomic_bool *stop)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("html") || suffix == QLatin1String("htm"))
        return exporting::AtomicFile::write(path, handoutHtml(set, charts, ImageLinks::DataUri).toUtf8());
    if (suffix == QLatin1String("pdf"))
        return writePdf(set, charts, path, stop);
    if (suffix == QLatin1String("md")) {
        const QFileInfo info(path);
        const QString folderName = info.completeBaseName() + QStringLiteral("_files");
        if (!charts.isEmpty()) {
            const QDir folder(info.absoluteDir().filePath(folderName));
            if (!QDir().mkpath(folder.path()))
                return Error{Tr::tr("Cannot create the folder %1 for the charts").arg(folder.path())};
            for (auto it = charts.cbegin(); it != charts.cend(); ++it) {
                if (Status written = writePng(folder.filePath(chartFileName(it.key())), it.value()); !written)
                    return written;
            }
        }
        return exporting::AtomicFile::write(path, handoutMarkdown(set, folderName).toUtf8());
    }
    return Error{Tr::tr("Export a set as .standpoint (to share), or a handout as .html, .pdf or .md, not \"%1\"")
                     .arg(QFileInfo(path).fileName())};
}

Status writeHandout(sql::Connection &db, qint64 setId, const QString &path)
{
    auto source = readHandoutSource(db, setId);
    if (!source)
        return source.error();
    QHash<QString, QImage> charts;
    for (const figures::ChartData &chart : source->charts)
        charts.insert(chart.key, handoutChart(chart));
    return writeHandoutFile(source->set, charts, path);
}

} // namespace standpoint::render
