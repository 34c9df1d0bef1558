// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/documentchoicemodel.h"

#include <QComboBox>
#include <QListView>

namespace standpoint::app {

DocumentChoiceModel::DocumentChoiceModel(Describe describe, QString everyDocument, QObject *parent)
    : QAbstractListModel(parent), m_describe(std::move(describe)), m_everyDocument(std::move(everyDocument))
{
}

void DocumentChoiceModel::setDocuments(QList<debate::DocumentInfo> documents)
{
    beginResetModel();
    m_documents = std::move(documents);
    endResetModel();
}

void DocumentChoiceModel::showIn(QComboBox *combo)
{
    combo->setModel(this);
    if (auto *list = qobject_cast<QListView *>(combo->view()))
        list->setUniformItemSizes(true);
}

int DocumentChoiceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_documents.size()) + firstDocumentRow();
}

QVariant DocumentChoiceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    if (index.row() < firstDocumentRow()) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return m_everyDocument;
        return role == Qt::UserRole ? QVariant(qint64(0)) : QVariant();
    }
    const debate::DocumentInfo &document = m_documents[index.row() - firstDocumentRow()];
    switch (role) {
    case Qt::UserRole:
        return document.id;
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return m_describe(document).first;
    case Qt::ToolTipRole: {
        const QString tip = m_describe(document).second;
        return tip.isEmpty() ? QVariant() : tip;
    }
    default:
        return {};
    }
}

} // namespace standpoint::app
