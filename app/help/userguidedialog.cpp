// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/help/userguidedialog.h"

#include "core/search/searcher.h"

#include <QDialogButtonBox>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace standpoint::app {

namespace {

// A section of the guide: a heading and its paragraphs, each already translated.
QString section(const QString &anchor, const QString &heading, const QStringList &paragraphs)
{
    QString html = QStringLiteral("<h2><a name=\"%1\"></a>%2</h2>").arg(anchor, heading.toHtmlEscaped());
    for (const QString &p : paragraphs)
        html += QStringLiteral("<p>%1</p>").arg(p);
    return html;
}

} // namespace

UserGuideDialog::UserGuideDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("UserGuideDialog"));
    setWindowTitle(tr("Standpoint User Guide"));
    m_browser->setObjectName(QStringLiteral("UserGuideText"));
    m_browser->setOpenLinks(true);
    m_browser->setOpenExternalLinks(false);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("User guide"));
    m_browser->setAccessibleDescription(tr("Arrow keys and Page Up and Page Down scroll; Tab moves between the links of "
                                           "the contents."));
    // Read by keyboard: the links of the contents take focus, the text scrolls with the arrow keys.
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(760, 820);
}

QString UserGuideDialog::html()
{
    struct Part
    {
        QString anchor, heading;
    };
    const QList<Part> parts = {
        {QStringLiteral("compare"), tr("Compare")},      {QStringLiteral("read"), tr("Read")},
        {QStringLiteral("timeline"), tr("Timeline")},    {QStringLiteral("figures"), tr("Figures and exporting charts")},
        {QStringLiteral("sets"), tr("Annotations and reading sets")},
        {QStringLiteral("search"), tr("Search")},        {QStringLiteral("reuse"), tr("Reuse")},
        {QStringLiteral("import"), tr("Importing your own documents")},
        {QStringLiteral("keyboard"), tr("Using the keyboard")},
    };
    QStringList contents;
    for (const Part &p : parts)
        contents << QStringLiteral("<a href=\"#%1\">%2</a>").arg(p.anchor, p.heading.toHtmlEscaped());

    QString html = QStringLiteral("<h1>%1</h1>").arg(tr("Standpoint User Guide").toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Standpoint puts the positions of a policy debate side by side, question by question, and keeps "
                        "every claim one click from the sentence that makes it. The views are tabs across the top of the "
                        "window; the navigator on the left lists the debate's positions, speakers and documents."));
    html += QStringLiteral("<p><b>%1</b> %2</p>").arg(tr("Contents:"), contents.join(QStringLiteral(" · ")));

    html += section(parts[0].anchor, parts[0].heading,
                    {tr("The debate's questions run down the side, the positions and speakers across the top. Each cell is "
                        "a stance on one scale: <i>Yes</i>, <i>Leans yes</i>, <i>Mixed</i>, <i>Leans no</i>, <i>No</i> or "
                        "<i>Not addressed</i>, always written out on its chip, with a one-line paraphrase."),
                     tr("Hover a cell for its quotes; click it, or press Enter, to open the Reader at the quote. Alt+Left "
                        "brings you back to the same cell. <b>Columns</b> chooses the voices shown (drag a column title to "
                        "move it), <b>Theme</b> filters the questions, <b>Compact</b> shows the chips alone and "
                        "<b>Agreement</b> shows or hides the heat map of how often each pair lands on the same side; "
                        "choose a pair in it to list the questions on which they part. <b>Export</b> writes the matrix as "
                        "PNG, PDF or CSV.")});
    html += section(parts[1].anchor, parts[1].heading,
                    {tr("A document's cleaned text, with its headings and speaker turns. Every claim is highlighted and "
                        "listed beside the text with its author and theme; choose one to jump to it. Ctrl+F finds words in "
                        "the document, and <b>Removed by cleaning</b> shows what was taken out of the original and why."),
                     tr("View → Read Side by Side (Ctrl+Shift+2) puts two documents next to each other, scrolling "
                        "together.")});
    html += section(parts[2].anchor, parts[2].heading,
                    {tr("Every dated event the documents mention, on one axis, in a lane for each position and speaker "
                        "that cites it. Long empty stretches are collapsed and marked as breaks in the scale."),
                     tr("Zoom with the wheel or + and −, pan by dragging or with Shift+Left and Shift+Right, and press Home "
                        "to see everything. Left and Right step from event to event; the chosen event's description and "
                        "quotes show beside the timeline, and Enter on a quote opens it in the Reader. Filter by theme, by "
                        "lane and by words; <b>Export</b> writes the timeline as shown.")});
    html += section(parts[3].anchor, parts[3].heading,
                    {tr("Charts of the numbers the documents cite, beside reference data; each document's figures have a "
                        "marker shape of their own. Hover a point for its quote; click it to read the quote in context. "
                        "From the keyboard, Tab to the chart, then Left and Right choose a point and Enter opens its "
                        "quote. A ringed point disagrees with another source, and the note under the chart says how."),
                     tr("Tick events to mark them on time charts, and add your own series from a CSV file with the "
                        "columns year, value and (optionally) note."),
                     tr("To export a chart, choose it in the list and use the buttons above it: PNG (1920×1080, or ×2), "
                        "SVG, PDF, the data as CSV, or Copy for the clipboard. <b>Slide deck…</b> writes one PowerPoint "
                        "file with a slide for each chart you choose, the quotes in the speaker notes.")});
    html += section(parts[4].anchor, parts[4].heading,
                    {tr("Select a passage in the Reader and press Ctrl+M to annotate it with a colour, tags and a note. "
                        "View → Annotations (Ctrl+Shift+A) lists them all, with filters, and exports them."),
                     tr("A reading set is an ordered list of excerpts, documents, claims, stances, events and charts, each "
                        "with a note, plus discussion questions. Make one in Reading sets (Ctrl+5) with <b>New…</b>, then "
                        "add to it from any view: right-click a Compare cell, selected text or a claim in the Reader, or "
                        "use <b>Add … to reading set</b> under a timeline event or a chart. Reorder items by dragging or "
                        "with Ctrl+Up and Ctrl+Down."),
                     tr("To hand a set out, use <b>Export</b>: a handout as HTML, PDF or Markdown for reading, or a "
                        "<i>.standpoint</i> file that another Standpoint opens (with <b>Import…</b>, or by double-clicking "
                        "it) as a set of its own. Every change can be undone with Ctrl+Z.")});
    html += section(parts[5].anchor, parts[5].heading,
                    {tr("One box over every passage, claim, event and note (Ctrl+Shift+F). Results come as you type, "
                        "grouped by kind with the matched words marked; narrow them by position, speaker, document, theme "
                        "and year. Press Down to move into the results and Enter to open one."),
                     search::syntaxHelp().toHtmlEscaped(),
                     tr("For example: <tt>energy pipeline</tt> finds passages with both words, <tt>\"junior "
                        "partner\"</tt> the phrase, <tt>sanction*</tt> sanction, sanctions and sanctioned, <tt>gas OR "
                        "oil</tt> either word and <tt>trade NOT yuan</tt> trade without yuan.")});
    html += section(parts[6].anchor, parts[6].heading,
                    {tr("Pairs of documents that share passages nearly word for word. Choose a pair, then a passage, to "
                        "see both versions: words only the first has are struck through, words only the second has are "
                        "underlined.")});
    html += section(parts[7].anchor, parts[7].heading,
                    {tr("File → Import Documents (Ctrl+I) adds plain text, Markdown, HTML, PDF and Word (DOCX) files. Each "
                        "file is previewed: correct its title, authors, date and publisher, say whom it speaks for (a "
                        "position, a speaker or a new position), and check the cleaned text. The second tab lists what "
                        "cleaning proposes to remove and why; untick a paragraph to keep it."),
                     tr("Files that cannot be imported are listed with the reason and left out. The import is written in "
                        "one go: Stop, or any error, leaves the store as it was.")});
    html += section(parts[8].anchor, parts[8].heading,
                    {tr("Everything can be done from the keyboard. Tab and Shift+Tab move between controls, Alt with an "
                        "underlined letter reaches a control or view directly, Ctrl+1 to Ctrl+7 open the views in the "
                        "order of their tabs, and Ctrl+Tab and Ctrl+Shift+Tab step from view to view. The Menu key opens "
                        "the context menu of the chosen cell, claim or event. Help → Keyboard Shortcuts lists every "
                        "shortcut.")});
    return html;
}

} // namespace standpoint::app
