// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/import/importdraft.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;

namespace standpoint::app {

// The preview of one file to import: its metadata, who it speaks for, the cleaned text (editable)
// and what cleaning removes (each removal can be undone by unticking it).
class DraftEditor : public QWidget
{
    Q_OBJECT
public:
    explicit DraftEditor(const debate::DebateSnapshot &debate, QWidget *parent = nullptr);

    void setDraft(const importing::ImportDraft &draft);
    // The draft with the user's edits.
    importing::ImportDraft draft() const;
    // Who the draft speaks for, as the combo box holds it: "position:KEY", "speaker:KEY", "new:LABEL" or "".
    QString credit() const;
    static void applyCredit(importing::ImportDraft &draft, const QString &credit);

    QLineEdit *titleEdit() const { return m_title; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QListWidget *removedList() const { return m_removed; }
    QComboBox *creditBox() const { return m_credit; }
    QLineEdit *newPositionEdit() const { return m_newPosition; }

signals:
    void creditForAllRequested(const QString &credit);

private:
    void showText();
    void removalToggled();
    void creditChanged();

    importing::ImportDraft m_draft;
    QList<int> m_proposed; // indexes of the blocks cleaning proposed to remove
    QList<std::pair<QString, QString>> m_reasons; // their rule and why, kept while a removal is unticked
    bool m_edited = false;
    bool m_filling = false;
    QLineEdit *m_title, *m_authors, *m_date, *m_publisher, *m_address, *m_newPosition;
    QComboBox *m_credit;
    QLabel *m_notices, *m_editedNote;
    QTabWidget *m_tabs;
    QPlainTextEdit *m_text;
    QListWidget *m_removed;
    QPushButton *m_reset;
};

} // namespace standpoint::app
