// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/pdflayout.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

QString normalised(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return text.simplified().toLower().replace(digits, QStringLiteral("#"));
}

bool endsSentence(const QString &text)
{
    static const QRegularExpression end(QStringLiteral("[.!?:;\"”’)]$"));
    return end.match(text).hasMatch();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

// Lines within this share of the page's height from its top or bottom may be running heads or feet.
constexpr double kMargin = 0.12;

} // namespace

Status layOutPdf(const QString &name, const PdfText &pdf, ImportDraft &draft)
{
    qsizetype characters = 0;
    for (const PdfPage &page : pdf.pages) {
        for (const PdfLine &line : page.lines)
            characters += line.text.trimmed().size();
    }
    if (characters == 0)
        return Error{Tr::tr("%1: the PDF has no text layer (%n page(s) of images only, perhaps a scan); run it through text "
                        "recognition (OCR) first", nullptr, int(pdf.pages.size())).arg(name)};

    // Lines in the margins that recur on at least two pages, digits aside, are running heads and feet.
    QHash<QString, int> marginal;
    for (const PdfPage &page : pdf.pages) {
        for (const PdfLine &line : page.lines) {
            if (page.height > 0 && (line.bottom < page.height * kMargin || line.top > page.height * (1 - kMargin)))
                ++marginal[normalised(line.text)];
        }
    }
    static const QRegularExpression pageNumber(QStringLiteral("^\\s*(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);
    int joined = 0;
    qsizetype lastKept = -1;
    bool pageBreakSinceKept = false;
    for (const PdfPage &page : pdf.pages) {
        QList<double> gaps, heights;
        for (qsizetype i = 1; i < page.lines.size(); ++i)
            gaps << page.lines[i].top - page.lines[i - 1].top;
        for (const PdfLine &line : page.lines)
            heights << line.bottom - line.top;
        // A new paragraph leaves more room than a line step; with too few lines to know the step, than a line's height.
        const double paragraphGap = gaps.size() >= 4 ? median(gaps) * 1.4 : median(heights) * 1.8;
        pageBreakSinceKept = true;
        QString paragraph;
        const PdfLine *previous = nullptr;
        auto flush = [&]() {
            const QString text = paragraph.simplified();
            paragraph.clear();
            if (text.isEmpty())
                return;
            // A paragraph cut by the page break: the last kept one did not end a sentence and this starts in lower case.
            if (pageBreakSinceKept && lastKept >= 0 && !draft.blocks[lastKept].heading
                && !endsSentence(draft.blocks[lastKept].text) && text[0].isLower()) {
                draft.blocks[lastKept].text += QLatin1Char(' ') + text;
                ++joined;
                pageBreakSinceKept = false;
                return;
            }
            draft.blocks.append({text, false, {}, {}});
            lastKept = draft.blocks.size() - 1;
            pageBreakSinceKept = false;
        };
        for (const PdfLine &line : page.lines) {
            const QString text = line.text.simplified();
            if (text.isEmpty())
                continue;
            const bool inMargin = page.height > 0 && (line.bottom < page.height * kMargin || line.top > page.height * (1 - kMargin));
            QString rule, why;
            if (inMargin && pageNumber.match(text).hasMatch()) {
                rule = QStringLiteral("page_number");
                why = Tr::tr("a page number");
            } else if (inMargin && pdf.pages.size() > 1 && marginal.value(normalised(text)) >= 2) {
                rule = QStringLiteral("running_head");
                why = Tr::tr("a running header or footer, on %1 pages").arg(marginal.value(normalised(text)));
            }
            if (!rule.isEmpty()) {
                flush();
                draft.blocks.append({text, false, rule, why});
                previous = nullptr;
                continue;
            }
            const double gap = previous ? line.top - previous->top : 0;
            const bool newParagraph = previous && paragraphGap > 0 && gap > paragraphGap;
            if (newParagraph)
                flush();
            if (!paragraph.isEmpty() && paragraph.endsWith(QLatin1Char('-')) && text[0].isLower())
                paragraph.chop(1);
            else if (!paragraph.isEmpty())
                paragraph += QLatin1Char(' ');
            paragraph += text;
            previous = &line;
        }
        flush();
    }
    if (joined > 0)
        draft.notices << Tr::tr("Joined %n paragraph(s) that a page break had cut in two.", nullptr, joined);
    if (draft.title.isEmpty())
        draft.title = pdf.title;
    if (draft.authors.isEmpty() && !pdf.author.isEmpty())
        draft.authors << pdf.author;
    if (draft.date.isEmpty())
        draft.date = pdf.date;
    return success();
}

} // namespace standpoint::importing
