// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/import/importdraft.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QProgressBar;
class QPushButton;
class QStackedWidget;

namespace standpoint::app {

class DraftEditor;
class ImportJob;
class StoreSession;

// Brings the user's own files into the debate: reads them off the GUI thread with progress, shows
// each one's cleaned text and removals for editing, refuses bad files with the reason, and writes the
// chosen ones in one transaction that Cancel undoes entirely.
class ImportDialog : public QDialog
{
    Q_OBJECT
public:
    ImportDialog(StoreSession *session, const debate::DebateSnapshot &debate, const QStringList &paths, QWidget *parent = nullptr);
    ~ImportDialog() override;

    QListWidget *fileList() const { return m_files; }
    DraftEditor *editor() const { return m_editor; }
    QPushButton *importButton() const { return m_import; }
    QPushButton *cancelButton() const { return m_cancel; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *refusalLabel() const { return m_refusal; }
    bool isBusy() const;
    // Closes the dialog; an import under way is stopped and leaves nothing.
    void reject() override;

signals:
    void imported(const QStringList &keys);

private:
    void filesRead(const QList<importing::ImportDraft> &drafts, const QStringList &refusals);
    void showFile(int row);
    void keepCurrent();
    void startImport();
    void setBusy(bool busy, const QString &what);
    void updateImportButton();

    ImportJob *m_job;
    QList<importing::ImportDraft> m_drafts;
    QStringList m_refusals;
    int m_current = -1;
    QListWidget *m_files;
    DraftEditor *m_editor;
    QLabel *m_status, *m_error, *m_refusal;
    QStackedWidget *m_preview;
    QProgressBar *m_progress;
    QPushButton *m_cancel, *m_import;
    QDialogButtonBox *m_buttons;
};

} // namespace standpoint::app
