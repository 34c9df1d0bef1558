// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/navigator/navigatormodel.h"

namespace standpoint::app {

namespace {
QStandardItem *navItem(const QString &text, NavigatorModel::Kind kind, const QString &key, const QString &tooltip)
{
    auto *i = new QStandardItem(text);
    i->setEditable(false);
    i->setData(int(kind), NavigatorModel::KindRole);
    i->setData(key, NavigatorModel::KeyRole);
    i->setToolTip(tooltip);
    i->setData(tooltip.isEmpty() ? text : text + QStringLiteral(". ") + tooltip, Qt::AccessibleTextRole);
    return i;
}
} // namespace

NavigatorModel::NavigatorModel(QObject *parent) : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Debate")});
}

void NavigatorModel::setDebate(const debate::DebateSnapshot &debate)
{
    clear();
    setHorizontalHeaderLabels({tr("Debate")});
    QStandardItem *root = navItem(debate.title, Kind::Debate, debate.key, debate.summary);
    for (const debate::Voice &v : debate.voices) {
        if (v.kind != debate::Voice::Kind::Position)
            continue;
        QStandardItem *position = navItem(v.citedOnly ? tr("%1 (cited only)").arg(v.label) : v.label, Kind::Position, v.key,
                                       v.detail);
        for (const debate::DocumentInfo &d : debate.documents) {
            if (!d.voices.contains(v.key))
                continue;
            const QString who = d.authors.isEmpty() ? d.publisher : d.authors.join(QStringLiteral(", "));
            QStandardItem *doc = navItem(tr("%1 (%2)").arg(d.title, d.date), Kind::Document, d.key,
                                      tr("%1 · %2 · %3").arg(who, d.publisher, d.kind));
            doc->setData(d.id, DocumentIdRole);
            if (v.citedOnly)
                doc->setText(tr("cited in: %1").arg(doc->text()));
            position->appendRow(doc);
        }
        for (const debate::Voice &s : debate.voices) {
            if (s.parentKey == v.key)
                position->appendRow(navItem(s.moderator ? tr("%1 (moderator)").arg(s.label) : s.label, Kind::Speaker, s.key,
                                         s.detail));
        }
        root->appendRow(position);
    }
    appendRow(root);
}

} // namespace standpoint::app
