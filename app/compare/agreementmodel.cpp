// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/agreementmodel.h"

#include <QColor>

namespace standpoint::app {

AgreementModel::AgreementModel(QObject *parent) : QAbstractTableModel(parent) {}

void AgreementModel::setDebate(const debate::DebateSnapshot &debate)
{
    beginResetModel();
    m_debate = debate;
    m_voices.clear();
    for (const debate::Voice &v : debate.voices)
        m_voices << v.key;
    endResetModel();
}

void AgreementModel::setVoices(const QStringList &voiceKeys)
{
    beginResetModel();
    m_voices = voiceKeys;
    endResetModel();
}

int AgreementModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_voices.size()); }

int AgreementModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_voices.size()); }

debate::PairAgreement AgreementModel::pair(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() == index.column())
        return {};
    return debate::compareVoices(m_debate, m_voices[index.row()], m_voices[index.column()]);
}

QString AgreementModel::shortLabel(int section) const
{
    const debate::Voice *v = m_debate.voice(m_voices.value(section));
    return v ? v->label : QString();
}

QVariant AgreementModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const bool diagonal = index.row() == index.column();
    const debate::PairAgreement p = pair(index);
    switch (role) {
    case Qt::AccessibleTextRole:
        // The grid's column titles are numbers: name both voices, so the cell reads on its own.
        if (diagonal)
            return tr("%1, with itself").arg(shortLabel(index.row()));
        if (p.compared == 0)
            return tr("%1 and %2: no question in common").arg(shortLabel(index.row()), shortLabel(index.column()));
        return tr("%1 and %2: agree on %3%").arg(shortLabel(index.row()), shortLabel(index.column()), QString::number(qRound(p.share() * 100)));
    case Qt::AccessibleDescriptionRole:
        return diagonal ? QVariant() : data(index, Qt::ToolTipRole);
    case Qt::DisplayRole:
        if (diagonal)
            return QStringLiteral("—");
        if (p.compared == 0)
            return tr("n/a");
        return tr("%1%").arg(qRound(p.share() * 100));
    case Qt::ToolTipRole:
        if (diagonal)
            return shortLabel(index.row());
        if (p.compared == 0)
            return tr("%1 and %2 never take a stance on the same question.").arg(shortLabel(index.row()), shortLabel(index.column()));
        return tr("%1 and %2 land on the same side on %3 of the %4 questions both address.\nClick to list where they differ.")
            .arg(shortLabel(index.row()), shortLabel(index.column()), QString::number(p.agreed), QString::number(p.compared));
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case ShareRole:
        return diagonal || p.compared == 0 ? QVariant() : QVariant(p.share());
    case ComparedRole:
        return p.compared;
    case DifferingRole:
        return p.differing;
    default:
        return {};
    }
}

QVariant AgreementModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (section < 0 || section >= m_voices.size())
        return {};
    // Rows carry the names; columns carry the same numbers, so the grid stays narrow.
    if (role == Qt::DisplayRole)
        return orientation == Qt::Vertical ? tr("%1. %2").arg(section + 1).arg(shortLabel(section))
                                           : QString::number(section + 1);
    if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
        return shortLabel(section);
    return {};
}

} // namespace standpoint::app
