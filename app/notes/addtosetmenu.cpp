// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/addtosetmenu.h"

#include "app/notes/setcommands.h"
#include "app/notes/userwork.h"

#include <QCoreApplication>
#include <QInputDialog>
#include <QMenu>
#include <QUndoStack>

namespace standpoint::app {

void fillAddToSetMenu(QMenu *menu, UserWork *work, const std::function<notes::SetItem()> &makeItem, QWidget *parent)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("AddToSetMenu", text); };
    menu->clear();
    if (!work->isOpen()) {
        menu->addAction(tr("(the store is still opening)"))->setEnabled(false);
        return;
    }
    for (const notes::ReadingSet &set : work->sets()) {
        const qint64 id = set.id;
        menu->addAction(set.title, menu, [work, id, makeItem] {
            work->undoStack()->push(new AddItemCommand(work, id, makeItem()));
        });
    }
    if (!menu->isEmpty())
        menu->addSeparator();
    menu->addAction(tr("New set…"), menu, [work, makeItem, parent, tr] {
        bool ok = false;
        const QString title = QInputDialog::getText(parent, tr("New reading set"), tr("Title:"), QLineEdit::Normal,
                                                    QString(), &ok);
        if (!ok || title.trimmed().isEmpty())
            return;
        work->undoStack()->beginMacro(tr("Add to a new reading set"));
        auto *create = new CreateSetCommand(work, title);
        work->undoStack()->push(create);
        if (create->setId())
            work->undoStack()->push(new AddItemCommand(work, create->setId(), makeItem()));
        work->undoStack()->endMacro();
    });
}

} // namespace standpoint::app
