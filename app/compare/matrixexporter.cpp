// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/matrixexporter.h"

#include "app/common/stancestyle.h"
#include "app/compare/stancedelegate.h"
#include "app/render/figureoutput.h"
#include "core/export/atomicfile.h"
#include "core/export/csvwriter.h"

#include <QCoreApplication>
#include <QImage>
#include <QPageSize>
#include <QPainter>
#include <QPdfWriter>

namespace standpoint::app {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(MatrixExporter) };

// Logical layout of the matrix, in points; scaled to the output afterwards.
constexpr double kMargin = 36;
constexpr double kQuestionWidth = 230;
constexpr double kCellWidth = 190;
constexpr double kHeaderHeight = 58;
constexpr double kRowHeight = 96;
constexpr double kTitleHeight = 86;
constexpr double kFooterHeight = 70;

// Sizes in layout units (pixels before scaling), never points: points would follow each device's DPI.
QFont baseFont(int pixels, bool bold = false)
{
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPixelSize(pixels);
    font.setBold(bold);
    return font;
}

QString voiceLabel(const debate::DebateSnapshot &debate, const QString &key)
{
    const debate::Voice *v = debate.voice(key);
    if (!v)
        return key;
    if (v->kind == debate::Voice::Kind::Speaker) {
        const debate::Voice *parent = debate.voice(v->parentKey);
        return parent ? QStringLiteral("%1 — %2").arg(v->label, parent->label) : v->label;
    }
    return v->label;
}

const debate::Question *question(const debate::DebateSnapshot &debate, const QString &key)
{
    for (const auto &q : debate.questions) {
        if (q.key == key)
            return &q;
    }
    return nullptr;
}

QString sourceLine(const debate::DebateSnapshot &debate)
{
    QStringList sources;
    for (const debate::DocumentInfo &d : debate.documents) {
        const QString who = d.authors.isEmpty() ? d.publisher : d.authors.join(QStringLiteral(", "));
        sources << QStringLiteral("%1, “%2” (%3, %4)").arg(who, d.title, d.publisher, d.date);
    }
    return Tr::tr("Sources: ") + sources.join(QStringLiteral("; ")) + QLatin1Char('.');
}

Status checkSelection(const MatrixSelection &s)
{
    if (!s.debate || s.questions.isEmpty() || s.voices.isEmpty())
        return Error{Tr::tr("There is nothing to export: choose at least one question and one column.")};
    return success();
}

} // namespace

QSizeF MatrixExporter::naturalSize(const MatrixSelection &s)
{
    return QSizeF(2 * kMargin + kQuestionWidth + kCellWidth * s.voices.size(),
                  2 * kMargin + kTitleHeight + kHeaderHeight + kRowHeight * s.questions.size() + kFooterHeight);
}

void MatrixExporter::paint(QPainter *painter, const MatrixSelection &s, const QSizeF &page)
{
    const QSizeF natural = naturalSize(s);
    const double scale = std::min(page.width() / natural.width(), page.height() / natural.height());
    painter->save();
    painter->fillRect(QRectF(QPointF(0, 0), page), Qt::white);
    painter->translate((page.width() - natural.width() * scale) / 2, (page.height() - natural.height() * scale) / 2);
    painter->scale(scale, scale);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setRenderHint(QPainter::TextAntialiasing);

    const QFont title = baseFont(26, true);
    const QFont small = baseFont(10);
    const QFont cell = baseFont(11);
    const QFont header = baseFont(12, true);
    const QColor ink(0x21, 0x21, 0x21), grid(0xbd, 0xbd, 0xbd);

    double y = kMargin;
    painter->setPen(ink);
    painter->setFont(title);
    painter->drawText(QRectF(kMargin, y, natural.width() - 2 * kMargin, 32), Qt::AlignLeft | Qt::AlignVCenter,
                      s.debate->title);
    painter->setFont(baseFont(14));
    const QString subtitle = Tr::tr("Where each position stands, question by question")
                             + (s.filterLabel.isEmpty() ? QString() : QStringLiteral(" · ") + s.filterLabel);
    painter->drawText(QRectF(kMargin, y + 34, natural.width() - 2 * kMargin, 20), Qt::AlignLeft | Qt::AlignVCenter, subtitle);
    // The legend: every colour named.
    int lx = int(kMargin);
    for (debate::StanceValue value : debate::stanceValues())
        lx = StanceDelegate::paintChip(painter, QPoint(lx, int(y + 60)), value, small).right() + 8;
    y += kTitleHeight;

    // Header row.
    painter->setFont(header);
    for (qsizetype c = 0; c < s.voices.size(); ++c) {
        const QRectF r(kMargin + kQuestionWidth + c * kCellWidth, y, kCellWidth, kHeaderHeight);
        painter->fillRect(r, QColor(0xee, 0xee, 0xee));
        painter->setPen(ink);
        drawWrappedText(painter, r.adjusted(6, 6, -6, -4).toRect(), voiceLabel(*s.debate, s.voices[c]), header);
    }
    y += kHeaderHeight;

    for (const QString &qKey : s.questions) {
        const debate::Question *q = question(*s.debate, qKey);
        const QRectF qr(kMargin, y, kQuestionWidth, kRowHeight);
        painter->fillRect(qr, QColor(0xf5, 0xf5, 0xf5));
        painter->setPen(ink);
        painter->setFont(header);
        drawWrappedText(painter, qr.adjusted(6, 8, -8, -6).toRect(), q ? q->text : qKey, header);
        for (qsizetype c = 0; c < s.voices.size(); ++c) {
            const QRect r = QRectF(kMargin + kQuestionWidth + c * kCellWidth, y, kCellWidth, kRowHeight).toRect();
            const debate::Stance *st = s.debate->stance(qKey, s.voices[c]);
            StanceDelegate::paintCell(painter, r, st ? StanceStyle::Value(st->value) : std::nullopt, st ? st->paraphrase : QString(), cell, ink);
        }
        painter->setPen(QPen(grid, 0.6));
        painter->drawLine(QPointF(kMargin, y + kRowHeight), QPointF(natural.width() - kMargin, y + kRowHeight));
        y += kRowHeight;
    }
    painter->setPen(QPen(grid, 0.6));
    for (qsizetype c = 0; c <= s.voices.size(); ++c) {
        const double x = kMargin + kQuestionWidth + c * kCellWidth;
        painter->drawLine(QPointF(x, kMargin + kTitleHeight), QPointF(x, y));
    }

    painter->setPen(QColor(0x42, 0x42, 0x42));
    painter->setFont(small);
    painter->drawText(QRectF(kMargin, y + 10, natural.width() - 2 * kMargin, kFooterHeight - 10),
                      Qt::TextWordWrap | Qt::AlignLeft | Qt::AlignTop,
                      sourceLine(*s.debate) + QLatin1Char(' ')
                          + Tr::tr("Stances and paraphrases are Standpoint's reading; each rests on quotes from the source."));
    painter->restore();
}

Status MatrixExporter::exportPng(const MatrixSelection &s, const QString &path, QSize size)
{
    if (Status ok = checkSelection(s); !ok)
        return ok;
    if (size.width() < 200 || size.height() < 200 || size.width() > 10000 || size.height() > 10000)
        return Error{Tr::tr("The image size %1×%2 is out of range (200 to 10000 pixels a side)").arg(size.width()).arg(size.height())};
    QImage image = render::paintFigureImage(size, [&s](QPainter *painter, const QSizeF &canvas) { paint(painter, s, canvas); });
    image.setDotsPerMeterX(3780 * 2); // 192 dpi: text keeps its size in points when placed on a slide
    image.setDotsPerMeterY(3780 * 2);
    return render::writePng(path, image);
}

Status MatrixExporter::exportPdf(const MatrixSelection &s, const QString &path)
{
    if (Status ok = checkSelection(s); !ok)
        return ok;
    return exporting::AtomicFile::write(path, [&s](QIODevice &device) -> Status {
        QPdfWriter writer(&device);
        writer.setTitle(s.debate->title);
        writer.setCreator(QStringLiteral("Standpoint"));
        writer.setPageSize(QPageSize(QPageSize::A4));
        writer.setPageOrientation(QPageLayout::Landscape);
        writer.setPageMargins(QMarginsF(8, 8, 8, 8), QPageLayout::Millimeter);
        writer.setResolution(300);
        QPainter painter;
        if (!painter.begin(&writer))
            return Error{Tr::tr("the PDF could not be started")};
        paint(&painter, s, QSizeF(writer.width(), writer.height()));
        painter.end();
        return success();
    });
}

Status MatrixExporter::exportCsv(const MatrixSelection &s, const QString &path)
{
    if (Status ok = checkSelection(s); !ok)
        return ok;
    exporting::CsvWriter csv({QStringLiteral("question_id"), QStringLiteral("question"), QStringLiteral("voice_id"),
                              QStringLiteral("voice"), QStringLiteral("stance"), QStringLiteral("stance_label"),
                              QStringLiteral("paraphrase"), QStringLiteral("quotes"), QStringLiteral("documents")});
    for (const QString &qKey : s.questions) {
        const debate::Question *q = question(*s.debate, qKey);
        for (const QString &vKey : s.voices) {
            const debate::Stance *st = s.debate->stance(qKey, vKey);
            QStringList quotes, documents;
            if (st) {
                for (const debate::QuoteView &quote : st->quotes) {
                    quotes << quote.text;
                    documents << quote.documentKey;
                }
            }
            const QString value = st ? debate::stanceValueKey(st->value) : QString();
            csv.addRow({qKey, q ? q->text : QString(), vKey, voiceLabel(*s.debate, vKey), value,
                        StanceStyle::label(st ? StanceStyle::Value(st->value) : std::nullopt), st ? st->paraphrase : QString(),
                        quotes.join(QStringLiteral(" | ")), documents.join(QStringLiteral(" | "))});
        }
    }
    return exporting::AtomicFile::write(path, csv.utf8());
}

DetachedMatrix::DetachedMatrix(const MatrixSelection &chosen)
    : debate(chosen.debate ? std::make_shared<const debate::DebateSnapshot>(*chosen.debate) : nullptr), selection(chosen)
{
    selection.debate = debate.get();
}

} // namespace standpoint::app
