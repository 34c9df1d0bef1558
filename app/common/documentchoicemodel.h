// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QAbstractListModel>

#include <functional>
#include <utility>

class QComboBox;

namespace standpoint::app {

// A debate's documents as a combo box lists them, each row's text made only when it is shown, so that a
// store of 100,000 documents is listed without an item made for each (filled item by item, the Reader's
// two choosers held the window up for a third of a second). A row's data (Qt::UserRole, as itemData reads
// it) is the document's id; an optional first row stands for every document, with id 0.
class DocumentChoiceModel : public QAbstractListModel
{
    Q_OBJECT
public:
    // A row's text and tooltip.
    using Describe = std::function<std::pair<QString, QString>(const debate::DocumentInfo &)>;

    explicit DocumentChoiceModel(Describe describe, QString everyDocument = {}, QObject *parent = nullptr);

    void setDocuments(QList<debate::DocumentInfo> documents);
    // Shows this model in a combo box, set up for many rows (rows of one height, so the list does not
    // measure each).
    void showIn(QComboBox *combo);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    int firstDocumentRow() const { return m_everyDocument.isEmpty() ? 0 : 1; }

    Describe m_describe;
    QString m_everyDocument;
    QList<debate::DocumentInfo> m_documents;
};

} // namespace standpoint::app
