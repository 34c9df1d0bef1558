// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QMenuBar;
class QTreeWidget;

namespace standpoint::app {

// Help → Keyboard Shortcuts: every menu command that has a shortcut, read from the menus themselves so the
// list cannot fall behind them, then the keys each view handles on its own.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    struct Entry
    {
        QString group;
        QString keys;
        QString action;
    };

    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    // The menu commands with shortcuts, grouped by menu, then the keys of the views.
    static QList<Entry> entries(const QMenuBar *menus);
    QTreeWidget *list() const { return m_list; }

private:
    static QList<Entry> viewKeys();

    QTreeWidget *m_list;
};

} // namespace standpoint::app
