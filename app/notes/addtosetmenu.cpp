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

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(AddToSetMenu) };
} // namespace

void fillAddToSetMenu(QMenu *menu, UserWork *work, const std::function<notes::SetItem()> &makeItem, QWidget *parent)
{
    menu->clear();
    if (!work->isOpen()) {
        menu->addAction(Tr::tr("(the store is still opening)"))->setEnabled(false);
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
    menu->addAction(Tr::tr("New set…"), menu, [work, makeItem, parent] {
        bool ok = false;
        const QString title = QInputDialog::getText(parent, Tr::tr("New reading set"), Tr::tr("Title:"), QLineEdit::Normal,
                                                    QString(), &ok);
        if (!ok || title.trimmed().isEmpty())
            return;
        work->undoStack()->beginMacro(Tr::tr("Add to a new reading set"));
        auto *create = new CreateSetCommand(work, title);
        work->undoStack()->push(create);
        // Queued behind the creation, the item finds the new set's id (and is skipped if it failed).
        work->undoStack()->push(new AddItemCommand(work, create->setIdSlot(), makeItem()));
        work->undoStack()->endMacro();
    });
}

} // namespace standpoint::app
