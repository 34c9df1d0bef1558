// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/choicelist.h"

#include <QComboBox>
#include <QStandardItemModel>

namespace standpoint::app {

void setChoices(QComboBox *combo, const QList<Choice> &choices)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    if (!model) { // a combo box given a model of another kind keeps the slow way
        combo->clear();
        for (const Choice &c : choices) {
            combo->addItem(c.text, c.data);
            combo->setItemData(combo->count() - 1, c.toolTip, Qt::ToolTipRole);
        }
        return;
    }
    QList<QStandardItem *> items;
    items.reserve(choices.size());
    for (const Choice &c : choices) {
        auto *item = new QStandardItem(c.text);
        item->setData(c.data, Qt::UserRole);
        if (!c.toolTip.isEmpty())
            item->setData(c.toolTip, Qt::ToolTipRole);
        items << item;
    }
    model->removeRows(0, model->rowCount());
    model->invisibleRootItem()->appendRows(items);
}

} // namespace standpoint::app
