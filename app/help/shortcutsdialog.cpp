// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/help/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace standpoint::app {

namespace {

// A menu or command's text as read, without its mnemonic marker or trailing ellipsis.
QString plain(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.replace(QStringLiteral("&&"), QStringLiteral("&"));
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString keysOf(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts()) {
        // Shift+Tab as the keyboard reports it (Backtab) is the same keys a second time.
        if (k[0].key() != Qt::Key_Backtab)
            keys << k.toString(QKeySequence::NativeText);
    }
    keys.removeDuplicates();
    return keys.join(ShortcutsDialog::tr(" or "));
}

void collect(const QMenu *menu, const QString &group, const QString &prefix, QList<ShortcutsDialog::Entry> &out)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        if (action->menu()) {
            collect(action->menu(), group, prefix + plain(action->text()) + QStringLiteral(" → "), out);
            continue;
        }
        // The icon text: what the command is, where the text may say more (Undo names what it undoes).
        if (!action->shortcuts().isEmpty())
            out << ShortcutsDialog::Entry{group, keysOf(action), prefix + plain(action->iconText())};
    }
}

} // namespace

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QMenuBar *menus)
{
    QList<Entry> out;
    if (menus) {
        for (QAction *top : menus->actions()) {
            if (top->menu())
                collect(top->menu(), tr("%1 menu").arg(plain(top->text())), QString(), out);
        }
    }
    return out + viewKeys();
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::viewKeys()
{
    const QString everywhere = tr("Everywhere"), compare = tr("Compare"), read = tr("Read"), timeline = tr("Timeline"),
                  figures = tr("Figures"), sets = tr("Reading sets"), search = tr("Search");
    return {
        {everywhere, tr("Tab / Shift+Tab"), tr("Move to the next / previous control")},
        {everywhere, tr("Alt+underlined letter"), tr("Go to that control, view or menu")},
        {everywhere, tr("Menu key"), tr("Context menu: add the chosen cell, claim, text or event to a reading set")},
        {compare, tr("Arrow keys"), tr("Move between cells")},
        {compare, tr("Enter or Space"), tr("Open the quote behind a cell in the Reader")},
        {read, tr("Shift+arrow keys"), tr("Select text, to annotate it or add it to a reading set")},
        {read, tr("Enter / Shift+Enter"), tr("In the find box: next / previous match")},
        {read, tr("Esc"), tr("Close the find box")},
        {timeline, tr("Left / Right"), tr("Previous / next event in date order")},
        {timeline, tr("+ / −"), tr("Zoom in / out")},
        {timeline, tr("Shift+Left / Shift+Right"), tr("Pan")},
        {timeline, tr("Home"), tr("Show every event")},
        {figures, tr("Left / Right"), tr("On the chart: previous / next point, with its quote")},
        {figures, tr("Enter"), tr("On the chart: open the point's quote in the Reader")},
        {sets, tr("Ctrl+Up / Ctrl+Down"), tr("Move the chosen item up / down")},
        {sets, tr("Delete"), tr("Remove the chosen item")},
        {sets, tr("Enter"), tr("Open the chosen item")},
        {search, tr("Down"), tr("From the box into the results")},
        {search, tr("Up"), tr("From the first result back to the box")},
        {search, tr("Enter"), tr("Open the result")},
        {search, tr("Esc"), tr("Clear the box")},
    };
}

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent) : QDialog(parent), m_list(new QTreeWidget)
{
    setObjectName(QStringLiteral("ShortcutsDialog"));
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setObjectName(QStringLiteral("ShortcutList"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Keys"), tr("Does")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setAccessibleDescription(tr("Grouped by menu and by view; each row gives the keys, then what they do."));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setWordWrap(true);
    QTreeWidgetItem *group = nullptr;
    for (const Entry &e : entries(menus)) {
        if (!group || group->text(0) != e.group) {
            group = new QTreeWidgetItem(m_list, {e.group});
            group->setFirstColumnSpanned(true);
            QFont bold = group->font(0);
            bold.setBold(true);
            group->setFont(0, bold);
            group->setFlags(Qt::ItemIsEnabled);
            group->setData(1, Qt::AccessibleTextRole, e.group);
        }
        auto *row = new QTreeWidgetItem(group, {e.keys, e.action});
        row->setData(0, Qt::AccessibleTextRole, tr("%1: %2").arg(e.keys, e.action));
    }
    m_list->expandAll();
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    if (m_list->topLevelItemCount() > 0 && m_list->topLevelItem(0)->childCount() > 0)
        m_list->setCurrentItem(m_list->topLevelItem(0)->child(0));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addWidget(buttons);
    resize(760, 780);
}

} // namespace standpoint::app
