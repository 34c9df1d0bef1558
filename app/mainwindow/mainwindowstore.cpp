// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The main window when its store is damaged: the page that says so, the search for a good backup and the
// restore, each off the GUI thread.
#include "app/mainwindow/mainwindow.h"

#include "app/common/lazypage.h"
#include "app/common/storesession.h"
#include "app/navigator/navigatormodel.h"
#include "app/notes/userwork.h"

#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QStackedWidget>
#include <QStatusBar>
#include <QUndoStack>

namespace standpoint::app {

// The store is damaged: say so, and offer the newest backup that is itself whole. Nothing is
// overwritten until the user says so.
void MainWindow::storeDamaged(int token, const QString &message)
{
    // Token 0: the check after opening found the damage, with the debate already shown.
    if (token != m_openToken && token != 0)
        return;
    m_pendingDebate.reset(); // a debate that arrived before the first paint is not shown after all
    m_ready = false;
    m_navigatorModel->clear(); // nothing of a damaged store is offered to open
    m_work->undoStack()->clear(); // its commands refer to rows of the store that is being replaced
    m_goodBackup.clear();
    m_restore->setVisible(false);
    m_message->setText(tr("<h3>The store is damaged</h3><p>%1</p><p>Looking for a good backup…</p>").arg(message.toHtmlEscaped()));
    statusBar()->showMessage(tr("The store is damaged."));
    m_pages->setCurrentWidget(m_message->parentWidget());
    emit openFailed(message);
    // Every backup is checked whole, on a worker, newest first.
    m_store->findGoodBackup([this, message](const QString &backup, const QDateTime &made) {
        m_goodBackup = backup;
        if (!backup.isEmpty())
            m_message->setText(tr("<h3>The store is damaged</h3><p>%1</p><p>The store was not changed. A good backup from "
                                  "%2 can take its place; the damaged file will be kept beside it. Work done after that "
                                  "backup is not in it.</p>")
                                   .arg(message.toHtmlEscaped(), QLocale().toString(made, QLocale::LongFormat)));
        else
            m_message->setText(tr("<h3>The store could not be opened</h3><p>%1</p><p>Nothing in it was changed, and there is "
                                  "no good backup of it to restore. Start Standpoint with <tt>--db PATH</tt> to use another "
                                  "store.</p>")
                                   .arg(message.toHtmlEscaped()));
        m_restore->setVisible(!backup.isEmpty());
        if (m_restore->isVisible())
            m_restore->setFocus();
        emit damageExplained();
    });
}

void MainWindow::restoreNewestBackup()
{
    if (m_goodBackup.isEmpty())
        return;
    if (!m_confirmRestore || m_confirmRestore(m_goodBackup)) {
        m_restore->setEnabled(false);
        m_message->setText(tr("Restoring the backup…"));
        // Search keeps a connection of its own: it is closed before the store's file is moved aside.
        m_searchPage->reset();
        m_store->restoreBackup(m_goodBackup, [this](const Result<QString> &restored) {
            m_restore->setEnabled(true);
            if (!restored) {
                m_message->setText(tr("<h3>The backup could not be restored</h3><p>%1</p>").arg(restored.message().toHtmlEscaped()));
                QMessageBox::warning(this, tr("Restore"), restored.message());
                return;
            }
            m_restore->setVisible(false);
            m_ready = false;
            m_message->setText(tr("Opening the restored store…"));
            statusBar()->showMessage(tr("Restored the backup; the damaged store was kept as %1").arg(*restored), 15000);
            m_openToken = m_store->openStore();
        });
    }
}

} // namespace standpoint::app
