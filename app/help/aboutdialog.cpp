// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/help/aboutdialog.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

#include <sqlite3.h>

namespace standpoint::app {

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_browser(new QTextBrowser)
{
    setObjectName(QStringLiteral("AboutDialog"));
    setWindowTitle(tr("About Standpoint"));
    m_browser->setObjectName(QStringLiteral("AboutText"));
    m_browser->setOpenExternalLinks(true);
    m_browser->setHtml(html());
    m_browser->setAccessibleName(tr("About Standpoint and the licences of its libraries"));
    m_browser->setTextInteractionFlags(Qt::TextBrowserInteraction | Qt::TextSelectableByKeyboard);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *aboutQt = buttons->addButton(tr("About &Qt"), QDialogButtonBox::HelpRole);
    connect(aboutQt, &QPushButton::clicked, this, [this] { QApplication::aboutQt(); });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_browser, 1);
    layout->addWidget(buttons);
    resize(720, 580);
}

QString AboutDialog::html()
{
    // What each library's Debian copyright file (/usr/share/doc/<package>/copyright) states.
    struct Library
    {
        QString name, version, licence, note;
    };
    const QList<Library> libraries = {
        {tr("Qt 6 (Core, GUI, Widgets, SVG)"), QString::fromLatin1(qVersion()), tr("LGPL-3.0 (or GPL-2.0)"),
         tr("The Qt Company; its open-source edition.")},
        {tr("Qt Charts"), QString::fromLatin1(qVersion()), tr("GPL-3.0 (or later)"),
         tr("In Qt's open-source edition Qt Charts is offered under the GPL only, not the LGPL.")},
        {tr("SQLite"), QString::fromLatin1(sqlite3_libversion()), tr("Public domain"), tr("D. Richard Hipp and others.")},
        {tr("QuaZip"), QString(), tr("LGPL-2.1 (or later) with a static linking exception"),
         tr("Its copy of minizip is under the zlib licence.")},
        {tr("zlib"), QString(), tr("zlib licence"), tr("Jean-loup Gailly and Mark Adler.")},
        {tr("gumbo-parser"), QString(), tr("Apache-2.0"), tr("Google; the HTML5 parser used to import web pages.")},
        {tr("Poppler (poppler-qt6)"), QString(), tr("GPL-2.0 or GPL-3.0"),
         tr("Reads PDFs for import. Poppler derives from Xpdf; its own contributions are GPL-2.0 or later.")},
    };
    QString rows;
    for (const Library &l : libraries) {
        rows += QStringLiteral("<tr><td><b>%1</b>%2</td><td>%3</td><td>%4</td></tr>")
                    .arg(l.name.toHtmlEscaped(), l.version.isEmpty() ? QString() : QStringLiteral(" ") + l.version.toHtmlEscaped(),
                         l.licence.toHtmlEscaped(), l.note.toHtmlEscaped());
    }
    QString html = QStringLiteral("<h2>%1</h2>").arg(tr("Standpoint %1").arg(QApplication::applicationVersion()).toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("A desktop explorer for policy debates: positions side by side, every claim one click from the "
                        "sentence that makes it.")
                         .toHtmlEscaped());
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Standpoint's own code is under the MIT licence (see the LICENSE file that comes with it). "
                        "Copyright © 2026 The Standpoint authors.")
                         .toHtmlEscaped());
    html += QStringLiteral("<h3>%1</h3>").arg(tr("Libraries").toHtmlEscaped());
    html += QStringLiteral("<table cellpadding=\"4\" cellspacing=\"0\" border=\"1\"><tr><th>%1</th><th>%2</th><th>%3</th></tr>%4</table>")
                .arg(tr("Library").toHtmlEscaped(), tr("Licence").toHtmlEscaped(), tr("Notes").toHtmlEscaped(), rows);
    html += QStringLiteral("<p>%1</p>")
                .arg(tr("Because the program links Qt Charts (GPL-3.0) and Poppler (GPL-2.0 or GPL-3.0), the program as "
                        "built is distributed under the GNU General Public License, version 3; whoever distributes it "
                        "must offer its source code. The licence texts are in /usr/share/common-licenses and in each "
                        "package's /usr/share/doc/<package>/copyright.")
                         .toHtmlEscaped());
    return html;
}

} // namespace standpoint::app
