// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/annotationspanel.h"

#include "app/common/documentchoicemodel.h"
#include "app/common/clearbutton.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/annotationdialog.h"
#include "app/notes/userwork.h"
#include "core/export/atomicfile.h"

#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace standpoint::app {

void AnnotationTableModel::setAnnotations(const QList<notes::Annotation> &annotations)
{
    beginResetModel();
    m_rows = annotations;
    endResetModel();
}

int AnnotationTableModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }

int AnnotationTableModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 5; }

QVariant AnnotationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const notes::Annotation &a = m_rows[index.row()];
    if (role == Qt::DecorationRole && index.column() == 0) {
        QPixmap swatch(14, 14);
        swatch.fill(AnnotationDialog::colorValue(a.color));
        return swatch;
    }
    if (role == Qt::ToolTipRole)
        return QStringLiteral("“%1”\n\n%2").arg(a.anchorText, a.note);
    if (role != Qt::DisplayRole && role != Qt::AccessibleTextRole)
        return {};
    switch (index.column()) {
    case 0:
        return AnnotationDialog::colorLabel(a.color);
    case 1:
        return a.documentTitle;
    case 2:
        return QString((a.orphaned ? tr("[orphaned] ") : QString()) + a.anchorText.left(160));
    case 3:
        return a.tags.join(QStringLiteral(", "));
    default:
        return QString((a.originSetId ? tr("[from a shared set] ") : QString()) + a.note);
    }
}

QVariant AnnotationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const char *headers[] = {QT_TR_NOOP("Colour"), QT_TR_NOOP("Document"), QT_TR_NOOP("Text"), QT_TR_NOOP("Tags"),
                                    QT_TR_NOOP("Note")};
    return section >= 0 && section < 5 ? tr(headers[section]) : QVariant();
}

AnnotationsPanel::AnnotationsPanel(UserWork *work, QWidget *parent)
    : QWidget(parent), m_work(work), m_model(new AnnotationTableModel(this)), m_table(new QTableView),
      m_document(new QComboBox), m_tag(new QComboBox), m_color(new QComboBox), m_text(new QLineEdit),
      m_documents(new DocumentChoiceModel([](const debate::DocumentInfo &d) { return std::pair{d.title, QString()}; },
                                          tr("All documents"), this))
{
    m_document->setAccessibleName(tr("Filter by document"));
    m_tag->setAccessibleName(tr("Filter by tag"));
    m_color->setAccessibleName(tr("Filter by colour"));
    m_text->setAccessibleName(tr("Filter by words in the text or note"));
    m_text->setPlaceholderText(tr("Words in the text or note"));
    enableClearButton(m_text);
    m_documents->showIn(m_document);
    m_color->addItem(tr("All colours"), QString());
    for (const QString &c : notes::annotationColors())
        m_color->addItem(AnnotationDialog::colorLabel(c), c);
    for (QComboBox *box : {m_document, m_tag, m_color})
        connect(box, &QComboBox::currentIndexChanged, this, &AnnotationsPanel::refresh);
    connect(m_text, &QLineEdit::textChanged, this, &AnnotationsPanel::refresh);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setAccessibleName(tr("Annotations"));
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        const notes::Annotation &a = m_model->annotation(index.row());
        emit openRequested(a.documentId, a.start, a.end);
    });

    // No Alt+letter: the panel sits beside every view, and would take the letters of the Edit menu and the Reader.
    auto *edit = new QPushButton(tr("Edit…"));
    auto *remove = new QPushButton(tr("Delete"));
    auto *csv = new QPushButton(tr("Export CSV…"));
    auto *json = new QPushButton(tr("Export JSON…"));
    connect(edit, &QPushButton::clicked, this, &AnnotationsPanel::editSelected);
    connect(remove, &QPushButton::clicked, this, &AnnotationsPanel::deleteSelected);
    connect(csv, &QPushButton::clicked, this, [this] { exportTo(SaveDialog::Kind::Csv); });
    connect(json, &QPushButton::clicked, this, [this] { exportTo(SaveDialog::Kind::Json); });

    auto *filters = new QGridLayout;
    filters->addWidget(m_document, 0, 0);
    filters->addWidget(m_tag, 0, 1);
    filters->addWidget(m_color, 0, 2);
    filters->addWidget(m_text, 1, 0, 1, 3);
    auto *buttons = new QHBoxLayout;
    for (QPushButton *b : {edit, remove, csv, json})
        buttons->addWidget(b);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);
    connect(m_work, &UserWork::annotationsChanged, this, &AnnotationsPanel::refresh);
}

void AnnotationsPanel::setDocuments(const QList<debate::DocumentInfo> &documents)
{
    const QSignalBlocker block(m_document);
    m_documents->setDocuments(documents);
    m_document->setCurrentIndex(0);
    refresh();
}

notes::AnnotationFilter AnnotationsPanel::filter() const
{
    return notes::AnnotationFilter{m_document->currentData().toLongLong(), m_tag->currentData().toString(),
                                   m_color->currentData().toString(), m_text->text(), false};
}

void AnnotationsPanel::setFilter(const notes::AnnotationFilter &f)
{
    m_refreshing = true;
    m_document->setCurrentIndex(std::max(0, m_document->findData(f.documentId)));
    m_color->setCurrentIndex(std::max(0, m_color->findData(f.color)));
    m_text->setText(f.text);
    m_refreshing = false;
    refresh();
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(f.tag)));
}

void AnnotationsPanel::refresh()
{
    if (m_refreshing || !m_work->isOpen())
        return;
    m_refreshing = true;
    const QString currentTag = m_tag->currentData().toString();
    m_tag->clear();
    m_tag->addItem(tr("All tags"), QString());
    for (const QString &t : m_work->tags())
        m_tag->addItem(t, t);
    m_tag->setCurrentIndex(std::max(0, m_tag->findData(currentTag)));
    m_refreshing = false;
    m_model->setAnnotations(notes::filterAnnotations(m_work->annotations(), filter()));
    m_table->resizeColumnToContents(0);
}

void AnnotationsPanel::editSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (!index.isValid())
        return;
    const notes::Annotation before = m_model->annotation(index.row());
    AnnotationDialog dialog(before, this);
    if (dialog.exec() == QDialog::Accepted)
        m_work->undoStack()->push(new EditAnnotationCommand(m_work, before, dialog.annotation()));
}

void AnnotationsPanel::deleteSelected()
{
    const QModelIndex index = m_table->currentIndex();
    if (index.isValid())
        m_work->undoStack()->push(new DeleteAnnotationCommand(m_work, m_model->annotation(index.row())));
}

void AnnotationsPanel::exportTo(SaveDialog::Kind kind)
{
    const QString path = SaveDialog::ask(this, tr("Export annotations"), QStringLiteral("annotations"), kind);
    if (path.isEmpty())
        return;
    const QList<notes::Annotation> list = notes::filterAnnotations(m_work->annotations(), filter());
    const QByteArray bytes = kind == SaveDialog::Kind::Csv ? notes::annotationsCsv(list).toUtf8() : notes::annotationsJson(list);
    const Status written = exporting::AtomicFile::write(path, bytes);
    emit statusMessage(written ? tr("Exported %1 annotations to %2").arg(QString::number(list.size()), path)
                               : written.message());
}

} // namespace standpoint::app
