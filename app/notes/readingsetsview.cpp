// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/readingsetsview.h"

#include "app/common/backgroundexport.h"
#include "app/common/storesession.h"
#include "app/notes/setcommands.h"
#include "app/notes/userwork.h"
#include "app/render/handout.h"
#include "core/export/atomicfile.h"
#include "core/notes/setfile.h"

#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <memory>

namespace standpoint::app {

namespace {
const char *kItemMime = "application/x-standpoint-set-item-row";
}

SetItemsModel::SetItemsModel(UserWork *work, QObject *parent) : QAbstractListModel(parent), m_work(work) {}

void SetItemsModel::setSet(const notes::ReadingSet &set)
{
    beginResetModel();
    m_set = set;
    endResetModel();
}

int SetItemsModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_set.items.size()); }

QVariant SetItemsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_set.items.size())
        return {};
    const notes::SetItem &item = m_set.items[index.row()];
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole) {
        QString body = item.body;
        body.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (body.size() > 140)
            body = body.left(139) + QStringLiteral("…");
        return tr("%1. %2%3\n%4").arg(index.row() + 1).arg(item.orphaned ? tr("[orphaned] ") : QString(), item.title, body);
    }
    if (role == Qt::ToolTipRole)
        return item.note.isEmpty() ? item.body : tr("Note: %1").arg(item.note);
    return {};
}

Qt::ItemFlags SetItemsModel::flags(const QModelIndex &index) const
{
    const Qt::ItemFlags base = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    return index.isValid() ? base | Qt::ItemIsDragEnabled : Qt::ItemIsDropEnabled;
}

Qt::DropActions SetItemsModel::supportedDropActions() const { return Qt::MoveAction; }

QStringList SetItemsModel::mimeTypes() const { return {QLatin1String(kItemMime)}; }

QMimeData *SetItemsModel::mimeData(const QModelIndexList &indexes) const
{
    if (indexes.isEmpty())
        return nullptr;
    auto *data = new QMimeData;
    data->setData(QLatin1String(kItemMime), QByteArray::number(indexes.first().row()));
    return data;
}

bool SetItemsModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int, const QModelIndex &parent)
{
    if (action != Qt::MoveAction || !data->hasFormat(QLatin1String(kItemMime)))
        return false;
    const int from = data->data(QLatin1String(kItemMime)).toInt();
    int to = row >= 0 ? row : parent.isValid() ? parent.row() : int(m_set.items.size());
    if (to > from)
        --to; // the item leaves its old place first
    to = std::clamp(to, 0, int(m_set.items.size()) - 1);
    if (to != from)
        moveItem(from, to);
    return false; // the store moved it; the model reloads, so the view must not remove a row itself
}

void SetItemsModel::moveItem(int from, int to)
{
    if (from < 0 || to < 0 || from >= m_set.items.size() || to >= m_set.items.size() || from == to)
        return;
    m_work->undoStack()->push(new MoveItemCommand(m_work, m_set.items[from].id, from, to));
    beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
    m_set.items.move(from, to);
    endMoveRows();
}

void SetItemsModel::removeItem(int row)
{
    if (row < 0 || row >= m_set.items.size())
        return;
    m_work->undoStack()->push(new RemoveItemCommand(m_work, m_set.id, m_set.items[row], row));
    beginRemoveRows(QModelIndex(), row, row);
    m_set.items.removeAt(row);
    endRemoveRows();
}

ReadingSetsView::ReadingSetsView(UserWork *work, QWidget *parent)
    : QWidget(parent), m_work(work), m_sets(new QListWidget), m_model(new SetItemsModel(work, this)), m_items(new QListView),
      m_itemTitle(new QLabel), m_itemBody(new QLabel), m_note(new QPlainTextEdit), m_questions(new QPlainTextEdit)
{
    m_sets->setAccessibleName(tr("Reading sets"));
    connect(m_sets, &QListWidget::currentRowChanged, this, [this] {
        if (!m_refreshing) {
            commitEdits();
            refresh();
        }
    });
    auto *newButton = new QPushButton(tr("&New…"));
    auto *renameButton = new QPushButton(tr("Rena&me…"));
    auto *deleteButton = new QPushButton(tr("Delete"));
    auto *importButton = new QPushButton(tr("&Import…"));
    auto *exportButton = new QToolButton;
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAccessibleName(tr("Export the set"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("To share (.standpoint)…"), this, [this] { exportDialog(SaveDialog::Kind::SetFile); });
    exportMenu->addAction(tr("Handout as HTML…"), this, [this] { exportDialog(SaveDialog::Kind::Html); });
    exportMenu->addAction(tr("Handout as PDF…"), this, [this] { exportDialog(SaveDialog::Kind::Pdf); });
    exportMenu->addAction(tr("Handout as Markdown…"), this, [this] { exportDialog(SaveDialog::Kind::Markdown); });
    exportButton->setMenu(exportMenu);
    connect(newButton, &QPushButton::clicked, this, &ReadingSetsView::newSet);
    connect(renameButton, &QPushButton::clicked, this, &ReadingSetsView::renameSet);
    connect(deleteButton, &QPushButton::clicked, this, &ReadingSetsView::deleteSet);
    connect(importButton, &QPushButton::clicked, this, &ReadingSetsView::importSet);
    auto *left = new QWidget;
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("<b>Reading sets</b>")));
    leftLayout->addWidget(m_sets, 1);
    auto *setButtons = new QHBoxLayout;
    for (QWidget *b : std::initializer_list<QWidget *>{newButton, renameButton, deleteButton})
        setButtons->addWidget(b);
    leftLayout->addLayout(setButtons);
    auto *shareButtons = new QHBoxLayout;
    shareButtons->addWidget(importButton);
    shareButtons->addWidget(exportButton);
    leftLayout->addLayout(shareButtons);

    m_items->setModel(m_model);
    m_items->setWordWrap(true);
    m_items->setAlternatingRowColors(true);
    m_items->setDragDropMode(QAbstractItemView::InternalMove);
    m_items->setDefaultDropAction(Qt::MoveAction);
    m_items->setDragEnabled(true);
    m_items->setAcceptDrops(true);
    m_items->setDropIndicatorShown(true);
    m_items->setSpacing(2);
    m_items->setAccessibleName(tr("Items of the set"));
    m_items->setAccessibleDescription(tr("Drag to reorder, or Ctrl+Up and Ctrl+Down; Enter opens an item."));
    m_items->installEventFilter(this);
    connect(m_items->selectionModel(), &QItemSelectionModel::currentChanged, this, [this](const QModelIndex &index) {
        commitEdits();
        showItem(index.row());
    });
    connect(m_items, &QListView::activated, this, [this](const QModelIndex &index) {
        emit openRequested(m_model->set().items[index.row()]);
    });
    auto *removeButton = new QPushButton(tr("Remove item"));
    connect(removeButton, &QPushButton::clicked, this, &ReadingSetsView::removeItem);
    auto *middle = new QWidget;
    auto *middleLayout = new QVBoxLayout(middle);
    middleLayout->setContentsMargins(0, 0, 0, 0);
    middleLayout->addWidget(new QLabel(tr("<b>Items</b> — add them from the Reader, Compare, Timeline and Figures "
                                          "(right-click, or the “Add to reading set” buttons)")));
    middleLayout->addWidget(m_items, 1);
    middleLayout->addWidget(removeButton, 0, Qt::AlignLeft);

    m_itemTitle->setWordWrap(true);
    m_itemBody->setWordWrap(true);
    m_itemBody->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setPlaceholderText(tr("Your note on this item, for the handout"));
    m_note->setAccessibleName(tr("Note on the item"));
    m_note->installEventFilter(this);
    m_questions->setPlaceholderText(tr("Discussion questions, one a line"));
    m_questions->setAccessibleName(tr("Discussion questions"));
    m_questions->installEventFilter(this);
    // Tab leaves the fields rather than typing a tab, so the keyboard is never caught in them.
    m_note->setTabChangesFocus(true);
    m_questions->setTabChangesFocus(true);
    auto *right = new QWidget;
    auto *rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_itemTitle);
    rightLayout->addWidget(m_itemBody);
    rightLayout->addWidget(new QLabel(tr("<b>Note</b> (kept as you leave the field)")));
    rightLayout->addWidget(m_note, 1);
    rightLayout->addWidget(new QLabel(tr("<b>Discussion questions</b>")));
    rightLayout->addWidget(m_questions, 1);

    auto *splitter = new QSplitter;
    splitter->addWidget(left);
    splitter->addWidget(middle);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 1);
    splitter->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);
    connect(m_work, &UserWork::setsChanged, this, &ReadingSetsView::refresh);
    showItem(-1);
}

qint64 ReadingSetsView::currentSet() const
{
    return m_sets->currentItem() ? m_sets->currentItem()->data(Qt::UserRole).toLongLong() : 0;
}

void ReadingSetsView::selectSet(qint64 setId)
{
    for (int i = 0; i < m_sets->count(); ++i) {
        if (m_sets->item(i)->data(Qt::UserRole).toLongLong() == setId)
            m_sets->setCurrentRow(i);
    }
}

void ReadingSetsView::refresh()
{
    if (!m_work->isOpen())
        return;
    m_refreshing = true;
    const qint64 current = currentSet();
    const int currentItem = m_items->currentIndex().row();
    m_sets->clear();
    for (const notes::ReadingSet &s : m_work->sets()) {
        auto *item = new QListWidgetItem(tr("%1 (%2)%3").arg(s.title, QString::number(s.itemCount), s.imported ? tr(" — shared") : QString()),
                                         m_sets);
        item->setData(Qt::UserRole, s.id);
    }
    for (int i = 0; i < m_sets->count(); ++i) {
        if (m_sets->item(i)->data(Qt::UserRole).toLongLong() == current || (current == 0 && i == 0))
            m_sets->setCurrentRow(i);
    }
    m_refreshing = false;
    const qint64 setId = currentSet();
    if (setId == 0) {
        m_model->setSet({});
        m_questions->clear();
        m_questions->setEnabled(false);
        showItem(-1);
        return;
    }
    const notes::ReadingSet set = m_work->set(setId);
    m_model->setSet(set);
    m_questions->setEnabled(true);
    if (!m_questions->hasFocus())
        m_questions->setPlainText(set.questions.join(QLatin1Char('\n')));
    const int row = std::min(currentItem, int(set.items.size()) - 1);
    if (row >= 0)
        m_items->setCurrentIndex(m_model->index(row));
    showItem(row);
}

void ReadingSetsView::showItem(int row)
{
    const bool valid = row >= 0 && row < m_model->set().items.size();
    m_note->setEnabled(valid);
    if (!valid) {
        m_itemTitle->setText(m_model->set().id ? tr("Choose an item to see it and write your note.")
                                               : tr("Create a set with New…, or import one a colleague shared."));
        m_itemBody->clear();
        m_note->clear();
        m_noteItem = 0;
        return;
    }
    const notes::SetItem &item = m_model->set().items[row];
    m_itemTitle->setText(QStringLiteral("<b>%1</b>").arg(item.title.toHtmlEscaped()));
    QString body = item.body;
    if (!item.quotes.isEmpty())
        body += QStringLiteral("\n\n") + item.quotes.join(QStringLiteral("\n"));
    if (item.orphaned)
        body = tr("This anchor no longer matches the document's text; shown as it was shared.\n\n") + body;
    m_itemBody->setText(body.left(1200));
    if (m_noteItem != item.id || !m_note->hasFocus()) {
        m_noteItem = item.id;
        m_noteBefore = item.note;
        m_note->setPlainText(item.note);
    }
}

void ReadingSetsView::commitEdits()
{
    if (m_noteItem && m_note->toPlainText() != m_noteBefore) {
        const QString after = m_note->toPlainText();
        const qint64 item = m_noteItem;
        const QString before = m_noteBefore;
        m_noteBefore = after;
        m_work->undoStack()->push(new ItemNoteCommand(m_work, item, before, after));
    }
    const qint64 setId = m_model->set().id;
    if (setId) {
        QStringList after = m_questions->toPlainText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (QString &q : after)
            q = q.trimmed();
        after.removeAll(QString());
        if (after != m_model->set().questions)
            m_work->undoStack()->push(new QuestionsCommand(m_work, setId, m_model->set().questions, after));
    }
}

bool ReadingSetsView::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_note || watched == m_questions) && event->type() == QEvent::FocusOut)
        commitEdits();
    if (watched == m_items && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        const int row = m_items->currentIndex().row();
        if ((key->modifiers() & Qt::ControlModifier) && (key->key() == Qt::Key_Up || key->key() == Qt::Key_Down) && row >= 0) {
            const int to = key->key() == Qt::Key_Up ? row - 1 : row + 1;
            if (to >= 0 && to < m_model->rowCount()) {
                m_model->moveItem(row, to);
                m_items->setCurrentIndex(m_model->index(to));
            }
            return true;
        }
        if (key->key() == Qt::Key_Delete) {
            removeItem();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void ReadingSetsView::newSet()
{
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("New reading set"), tr("Title:"), QLineEdit::Normal, QString(), &ok);
    if (!ok || title.trimmed().isEmpty())
        return;
    auto *command = new CreateSetCommand(m_work, title);
    command->onCreated([this](qint64 id) { selectSet(id); });
    m_work->undoStack()->push(command);
}

void ReadingSetsView::renameSet()
{
    const qint64 id = currentSet();
    if (!id)
        return;
    bool ok = false;
    const QString title = QInputDialog::getText(this, tr("Rename reading set"), tr("Title:"), QLineEdit::Normal,
                                                m_model->set().title, &ok);
    if (ok && !title.trimmed().isEmpty() && title != m_model->set().title)
        m_work->undoStack()->push(new RenameSetCommand(m_work, id, m_model->set().title, title, m_model->set().description));
}

void ReadingSetsView::deleteSet()
{
    if (!currentSet())
        return;
    m_work->undoStack()->push(new DeleteSetCommand(m_work, m_model->set()));
    emit statusMessage(tr("Deleted the set; Undo (Ctrl+Z) brings it back."));
}

void ReadingSetsView::removeItem()
{
    m_model->removeItem(m_items->currentIndex().row());
}

void ReadingSetsView::importSet()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import a reading set"), QString(),
                                                      tr("Standpoint sets (*.standpoint);;All files (*)"));
    if (path.isEmpty())
        return;
    openSetFile(path, [this](const Status &opened) {
        if (!opened)
            QMessageBox::warning(this, tr("Import"), opened.message());
    });
}

void ReadingSetsView::openSetFile(const QString &path, std::function<void(const Status &)> done)
{
    auto report = std::make_shared<notes::ImportReport>();
    m_work->change(
        [path, report](sql::Connection &db) -> Status {
            if (QFileInfo(path).isDir())
                return Error{tr("%1: a folder, not a set file").arg(path)};
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly))
                return Error{tr("%1: cannot read the file: %2").arg(path, file.errorString())};
            auto imported = notes::importSetFile(db, file.readAll(), QFileInfo(path).fileName());
            if (!imported)
                return imported.error();
            *report = *imported;
            return success();
        },
        [this, report, done](const Status &status) {
            if (status) {
                selectSet(report->setId);
                emit statusMessage(report->alreadyPresent
                                       ? tr("That set is already here; nothing was added.")
                                       : tr("Imported %1 items (%2 orphaned) and %3 annotations.")
                                             .arg(QString::number(report->items), QString::number(report->orphaned),
                                                  QString::number(report->annotations)));
            }
            done(status);
        });
}

void ReadingSetsView::exportCurrent(const QString &path, std::function<void(const Result<BackgroundExport *> &)> ready)
{
    commitEdits();
    const qint64 id = currentSet();
    if (!id)
        return ready(Error{tr("Choose a reading set first")});
    StoreSession *session = m_work->session();
    QPointer<ReadingSetsView> self(this);
    if (QFileInfo(path).suffix().toLower() == QLatin1String("standpoint")) {
        session->readAfterWrites([session, self, id, path, ready](sql::Connection &db) {
            auto bytes = db.isOpen() ? notes::exportSetFile(db, id) : Result<QByteArray>(Error{tr("The store is not open")});
            session->post([self, bytes, path, ready] {
                if (!self)
                    return;
                if (!bytes)
                    return ready(bytes.error());
                ready(new BackgroundExport({}, [path, bytes = *bytes](const std::atomic_bool &) {
                    return exporting::AtomicFile::write(path, bytes);
                }, self));
            });
        });
        return;
    }
    // The set and its charts' data are read on a reader, after the edits queued before (a note just typed);
    // each chart is drawn in a step of its own on this
    // thread, where Qt Charts lives; the handout is laid out and written beside it.
    session->readAfterWrites([session, self, id, path, ready](sql::Connection &db) {
        auto source = db.isOpen() ? render::readHandoutSource(db, id) : Result<render::HandoutSource>(Error{tr("The store is not open")});
        session->post([self, source, path, ready] {
            if (!self)
                return;
            if (!source)
                return ready(source.error());
            auto charts = std::make_shared<QHash<QString, QImage>>();
            QList<BackgroundExport::Step> steps;
            for (const figures::ChartData &chart : source->charts) {
                steps << [charts, chart] {
                    charts->insert(chart.key, render::handoutChart(chart));
                    return QStringList();
                };
            }
            ready(new BackgroundExport(steps, [charts, set = source->set, path](const std::atomic_bool &stop) {
                return render::writeHandoutFile(set, *charts, path, &stop);
            }, self));
        });
    });
}

void ReadingSetsView::exportDialog(SaveDialog::Kind kind)
{
    if (!currentSet())
        return;
    const QString path = SaveDialog::ask(this, tr("Export the reading set"), m_model->set().title, kind);
    if (path.isEmpty())
        return;
    exportCurrent(path, [this, path](const Result<BackgroundExport *> &job) {
        if (!job) {
            emit statusMessage(job.message());
            QMessageBox::warning(this, tr("Export"), job.message());
            return;
        }
        BackgroundExport *exporting = *job;
        exporting->showProgress(this, tr("Writing the handout…"));
        connect(exporting, &BackgroundExport::finished, this, [this, exporting, path](const QString &error) {
            exporting->deleteLater();
            emit statusMessage(error.isEmpty() ? tr("Exported %1").arg(path) : error);
            if (!error.isEmpty())
                QMessageBox::warning(this, tr("Export"), error);
        });
        exporting->start();
    });
}

} // namespace standpoint::app
