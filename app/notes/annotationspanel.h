// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/savedialog.h"
#include "core/debate/debatesnapshot.h"
#include "core/notes/annotations.h"

#include <QAbstractTableModel>
#include <QWidget>

class QComboBox;
class QLineEdit;
class QTableView;

namespace standpoint::app {

class DocumentChoiceModel;

class UserWork;

// Annotations as rows: colour (named), document, text, tags, note.
class AnnotationTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;
    void setAnnotations(const QList<notes::Annotation> &annotations);
    const notes::Annotation &annotation(int row) const { return m_rows[row]; }
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<notes::Annotation> m_rows;
};

// Every annotation, filtered by document, tag, colour and words at once (all filters must hold).
class AnnotationsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit AnnotationsPanel(UserWork *work, QWidget *parent = nullptr);

    void setDocuments(const QList<debate::DocumentInfo> &documents);
    notes::AnnotationFilter filter() const;
    void setFilter(const notes::AnnotationFilter &filter);
    AnnotationTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }

public slots:
    void refresh();
    void editSelected();
    void deleteSelected();

signals:
    void openRequested(qint64 documentId, qint64 start, qint64 end);
    void statusMessage(const QString &message);

private:
    void exportTo(SaveDialog::Kind kind);

    UserWork *m_work;
    AnnotationTableModel *m_model;
    QTableView *m_table;
    QComboBox *m_document, *m_tag, *m_color;
    QLineEdit *m_text;
    DocumentChoiceModel *m_documents;
    bool m_refreshing = false;
};

} // namespace standpoint::app
