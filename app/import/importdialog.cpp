// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/importdialog.h"

#include "app/import/drafteditor.h"
#include "app/import/importjob.h"

#include <QDialogButtonBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace standpoint::app {

ImportDialog::ImportDialog(StoreSession *session, const debate::DebateSnapshot &debate, const QStringList &paths, QWidget *parent)
    : QDialog(parent), m_job(new ImportJob(session, this))
{
    setWindowTitle(tr("Import Documents"));
    m_files = new QListWidget(this);
    m_files->setAccessibleName(tr("Files to import"));
    m_files->setAccessibleDescription(tr("Tick the files to import; select one to preview and edit it."));
    m_editor = new DraftEditor(debate, this);
    m_editor->setEnabled(false);
    // A refused file shows why in place of the preview.
    m_refusal = new QLabel(this);
    m_refusal->setWordWrap(true);
    m_refusal->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_refusal->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_refusal->setMargin(12);
    m_preview = new QStackedWidget(this);
    m_preview->addWidget(m_editor);
    m_preview->addWidget(m_refusal);
    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_files);
    splitter->addWidget(m_preview);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({260, 780});

    m_status = new QLabel(this);
    m_progress = new QProgressBar(this);
    m_progress->setAccessibleName(tr("Import progress"));
    m_cancel = new QPushButton(tr("&Stop"), this);
    m_cancel->setToolTip(tr("Stop reading or importing; nothing is written to the store."));
    auto *progressRow = new QHBoxLayout;
    progressRow->addWidget(m_status, 1);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_error->setVisible(false);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    m_import = m_buttons->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setEnabled(false);
    m_import->setDefault(true);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_error);
    layout->addLayout(progressRow);
    layout->addWidget(m_buttons);
    resize(1100, 720);

    connect(m_files, &QListWidget::currentRowChanged, this, &ImportDialog::showFile);
    connect(m_files, &QListWidget::itemChanged, this, &ImportDialog::updateImportButton);
    connect(m_cancel, &QPushButton::clicked, m_job, &ImportJob::cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ImportDialog::startImport);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ImportDialog::reject);
    connect(m_editor, &DraftEditor::creditForAllRequested, this, [this](const QString &credit) {
        keepCurrent();
        for (importing::ImportDraft &d : m_drafts)
            DraftEditor::applyCredit(d, credit);
    });
    connect(m_job, &ImportJob::progress, this, [this](int done, int total, const QString &path) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        if (!path.isEmpty())
            m_status->setText(tr("%1 of %2: %3").arg(done + 1).arg(total).arg(QFileInfo(path).fileName()));
        else if (done == total) // saved; a bulk import may still merge the search index
            m_status->setText(tr("%n file(s) saved; finishing the search index…", nullptr, total));
    });
    connect(m_job, &ImportJob::readFinished, this, &ImportDialog::filesRead);
    connect(m_job, &ImportJob::writeFinished, this, [this](const QStringList &keys, const QStringList &) {
        setBusy(false, QString());
        emit imported(keys);
        accept();
    });
    connect(m_job, &ImportJob::failed, this, [this](const QString &message) {
        setBusy(false, QString());
        m_error->setText(message);
        m_error->setVisible(true);
        updateImportButton();
    });
    setBusy(true, tr("Reading %n file(s)…", nullptr, int(paths.size())));
    m_job->read(paths);
}

ImportDialog::~ImportDialog() = default;

bool ImportDialog::isBusy() const { return m_job->isBusy(); }

void ImportDialog::setBusy(bool busy, const QString &what)
{
    m_status->setText(what);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_status->setVisible(busy || !what.isEmpty());
    m_files->setEnabled(!busy);
    m_editor->setEnabled(!busy && m_current >= 0 && m_refusals.value(m_current).isEmpty());
    m_import->setEnabled(!busy);
    if (busy)
        m_cancel->setFocus();
}

void ImportDialog::filesRead(const QList<importing::ImportDraft> &drafts, const QStringList &refusals)
{
    m_drafts = drafts;
    m_refusals = refusals;
    m_files->clear();
    int readable = 0;
    for (qsizetype i = 0; i < drafts.size(); ++i) {
        const QString name = QFileInfo(drafts[i].path).fileName();
        auto *item = new QListWidgetItem(m_files);
        if (refusals[i].isEmpty()) {
            item->setText(name);
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
            item->setCheckState(Qt::Checked);
            item->setToolTip(tr("%1 — %2").arg(drafts[i].format, drafts[i].title));
            ++readable;
        } else {
            item->setText(tr("%1 — refused").arg(name));
            item->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            item->setToolTip(refusals[i]);
        }
    }
    setBusy(false, tr("%1 of %n file(s) can be imported.", nullptr, int(drafts.size())).arg(readable));
    if (!drafts.isEmpty())
        m_files->setCurrentRow(0);
    updateImportButton();
    m_files->setFocus();
}

void ImportDialog::keepCurrent()
{
    if (m_current >= 0 && m_current < m_drafts.size() && m_refusals.value(m_current).isEmpty())
        m_drafts[m_current] = m_editor->draft();
}

void ImportDialog::showFile(int row)
{
    keepCurrent();
    m_current = row;
    if (row < 0 || row >= m_drafts.size())
        return;
    const bool refused = !m_refusals.value(row).isEmpty();
    m_editor->setEnabled(!refused);
    if (refused) {
        m_refusal->setText(tr("<p><b>This file cannot be imported.</b></p><p>%1</p><p>The other files can still be imported; "
                              "this one is left out.</p>").arg(m_refusals[row].toHtmlEscaped()));
        m_preview->setCurrentWidget(m_refusal);
    } else {
        m_editor->setDraft(m_drafts[row]);
        m_preview->setCurrentWidget(m_editor);
    }
}

void ImportDialog::updateImportButton()
{
    int chosen = 0;
    for (int row = 0; row < m_files->count(); ++row)
        chosen += m_files->item(row)->checkState() == Qt::Checked && m_refusals.value(row).isEmpty() ? 1 : 0;
    m_import->setText(tr("&Import %n document(s)", nullptr, chosen));
    m_import->setEnabled(chosen > 0 && !m_job->isBusy());
}

void ImportDialog::startImport()
{
    keepCurrent();
    QList<importing::ImportDraft> chosen;
    for (int row = 0; row < m_files->count(); ++row) {
        if (m_files->item(row)->checkState() == Qt::Checked && m_refusals.value(row).isEmpty())
            chosen << m_drafts[row];
    }
    if (chosen.isEmpty())
        return;
    m_error->setVisible(false);
    setBusy(true, tr("Importing…"));
    m_job->write(chosen);
}

void ImportDialog::reject()
{
    // Closing while work runs stops it; the store keeps nothing of it.
    if (m_job->isBusy())
        m_job->cancel();
    QDialog::reject();
}

} // namespace standpoint::app
