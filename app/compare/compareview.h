// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/savedialog.h"
#include "app/compare/matrixexporter.h"
#include "core/debate/debatesnapshot.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QLabel;
class QListWidget;
class QTableView;
class QToolButton;

namespace standpoint::app {

class BackgroundExport;

class AgreementModel;
class CompareModel;
class ThemeFilterProxy;

// The first screen: questions × positions and speakers, each cell a stance with its quotes one click away,
// beside a heat map of how often each pair of voices agrees.
class CompareView : public QWidget
{
    Q_OBJECT
public:
    explicit CompareView(QWidget *parent = nullptr);

    void setDebate(const debate::DebateSnapshot &debate);

    // Visible columns as voice keys, in the order shown. Persisted across restarts.
    QStringList visibleVoices() const;
    void setVisibleVoices(const QStringList &voiceKeys);
    void setThemeFilter(const QString &themeKey);
    // Chips only, so every column fits; remembered across restarts.
    void setCompact(bool compact);
    bool isCompact() const;
    // Shows or hides the agreement heat map beside the matrix; remembered across restarts.
    void setAgreementVisible(bool visible);
    bool isAgreementVisible() const;
    QString themeFilter() const;
    MatrixSelection selection() const;

    QTableView *table() const { return m_table; }
    QTableView *agreementTable() const { return m_agreement; }
    QListWidget *differences() const { return m_differences; }
    CompareModel *model() const { return m_model; }
    // Focuses the cell of a question and voice (used when coming back from the Reader).
    void focusCell(const QString &questionKey, const QString &voiceKey);

public slots:
    // Writes the matrix as shown to path (.png, .pdf or .csv), on a thread of its own; the view reports
    // how it went, and the job says so too (finished) before it is deleted.
    BackgroundExport *exportMatrix(const QString &path);
    void exportPng();
    void exportPdf();
    void exportCsv();

signals:
    // The user asked to read a stance's quotes: open the Reader at quote `index` of the stance.
    void stanceActivated(const QString &questionKey, const QString &voiceKey);
    void statusMessage(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void buildColumnMenu();
    void columnsChanged();
    void saveColumns() const;
    void fitAgreementPanel();
    void restoreColumns();
    void showDifferences(const QModelIndex &index);
    void activate(const QModelIndex &proxyIndex);
    QString chooseFile(const QString &caption, SaveDialog::Kind kind);
    void report(const Status &status, const QString &path);
    BackgroundExport *exportInBackground(const QString &path,
                                         const std::function<Status(const MatrixSelection &, const QString &)> &write);

    CompareModel *m_model;
    ThemeFilterProxy *m_proxy;
    AgreementModel *m_agreementModel;
    QTableView *m_table;
    QTableView *m_agreement;
    QListWidget *m_differences;
    QLabel *m_differencesTitle;
    QComboBox *m_themes;
    QToolButton *m_columns;
    QToolButton *m_compact;
    QToolButton *m_agreementToggle;
    QWidget *m_side = nullptr;
    bool m_restoring = false;
};

} // namespace standpoint::app
