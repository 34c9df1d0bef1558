// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/drafteditor.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QVBoxLayout>

namespace standpoint::app {

DraftEditor::DraftEditor(const debate::DebateSnapshot &debate, QWidget *parent) : QWidget(parent)
{
    m_title = new QLineEdit(this);
    m_authors = new QLineEdit(this);
    m_authors->setToolTip(tr("Separate several authors with commas."));
    m_date = new QLineEdit(this);
    m_date->setToolTip(tr("A year (2024), a month (2024-04) or a day (2024-04-09)."));
    m_publisher = new QLineEdit(this);
    m_address = new QLineEdit(this);
    m_credit = new QComboBox(this);
    m_credit->addItem(tr("No one in particular"), QString());
    for (const debate::Voice &v : debate.voices) {
        if (v.kind == debate::Voice::Kind::Position)
            m_credit->addItem(tr("Position: %1").arg(v.label), v.key);
    }
    for (const debate::Voice &v : debate.voices) {
        if (v.kind == debate::Voice::Kind::Speaker && !v.moderator)
            m_credit->addItem(tr("Speaker: %1").arg(v.label), v.key);
    }
    m_credit->addItem(tr("A new position…"), QStringLiteral("new:"));
    m_newPosition = new QLineEdit(this);
    m_newPosition->setPlaceholderText(tr("The new position's name"));
    m_newPosition->setVisible(false);
    auto *allButton = new QPushButton(tr("Use for &all files"), this);
    allButton->setToolTip(tr("Credit every file in this import the same way."));
    auto *creditRow = new QHBoxLayout;
    creditRow->addWidget(m_credit, 1);
    creditRow->addWidget(allButton);

    auto *form = new QFormLayout;
    form->addRow(tr("&Title:"), m_title);
    form->addRow(tr("A&uthors:"), m_authors);
    form->addRow(tr("&Date:"), m_date);
    form->addRow(tr("&Publisher:"), m_publisher);
    form->addRow(tr("&Web address:"), m_address);
    auto *creditLabel = new QLabel(tr("&Speaks for:"), this);
    creditLabel->setBuddy(m_credit);
    form->addRow(creditLabel, creditRow);
    form->addRow(QString(), m_newPosition);

    m_notices = new QLabel(this);
    m_notices->setWordWrap(true);
    m_notices->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_text = new QPlainTextEdit(this);
    m_text->setAccessibleName(tr("Text to import"));
    m_text->setAccessibleDescription(tr("The cleaned text; edit it freely before importing."));
    // Tab moves on to the next control, so the keyboard is never caught in the text.
    m_text->setTabChangesFocus(true);
    m_removed = new QListWidget(this);
    m_removed->setAccessibleName(tr("What cleaning removes"));
    m_removed->setWordWrap(true);
    m_removed->setAlternatingRowColors(true);
    m_editedNote = new QLabel(tr("You edited the text by hand, so what cleaning removes is fixed. Reset the text to change it."), this);
    m_editedNote->setWordWrap(true);
    m_reset = new QPushButton(tr("&Reset text"), this);
    m_reset->setToolTip(tr("Drop your edits and show the text as cleaning leaves it."));
    auto *removedPage = new QWidget(this);
    auto *removedLayout = new QVBoxLayout(removedPage);
    auto *removedHint = new QLabel(tr("Ticked paragraphs are left out. Untick one to keep it."), removedPage);
    removedHint->setWordWrap(true);
    removedLayout->addWidget(removedHint);
    removedLayout->addWidget(m_removed, 1);
    auto *textPage = new QWidget(this);
    auto *textLayout = new QVBoxLayout(textPage);
    textLayout->addWidget(m_text, 1);
    auto *resetRow = new QHBoxLayout;
    resetRow->addWidget(m_editedNote, 1);
    resetRow->addStretch();
    resetRow->addWidget(m_reset);
    textLayout->addLayout(resetRow);
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(textPage, tr("Te&xt to import"));
    m_tabs->addTab(removedPage, tr("Removed by cleaning"));
    m_tabs->setAccessibleName(tr("The file's text, and what cleaning removes"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(m_notices);
    layout->addWidget(m_tabs, 1);

    connect(m_text, &QPlainTextEdit::textChanged, this, [this] {
        if (m_filling)
            return;
        m_edited = true;
        m_draft.editedText = m_text->toPlainText();
        m_editedNote->setVisible(true);
        m_reset->setEnabled(true);
        m_removed->setEnabled(false);
    });
    connect(m_reset, &QPushButton::clicked, this, [this] {
        m_draft.editedText.clear();
        m_edited = false;
        showText();
    });
    connect(m_removed, &QListWidget::itemChanged, this, [this] {
        if (!m_filling)
            removalToggled();
    });
    connect(m_credit, &QComboBox::currentIndexChanged, this, &DraftEditor::creditChanged);
    connect(allButton, &QPushButton::clicked, this, [this] { emit creditForAllRequested(credit()); });
}

void DraftEditor::setDraft(const importing::ImportDraft &draft)
{
    m_filling = true;
    m_draft = draft;
    m_edited = !draft.editedText.isEmpty();
    m_title->setText(draft.title);
    m_authors->setText(draft.authors.join(QStringLiteral(", ")));
    m_date->setText(draft.date);
    m_publisher->setText(draft.publisher);
    m_address->setText(draft.address);
    m_notices->setText(draft.notices.join(QLatin1Char('\n')));
    m_notices->setVisible(!draft.notices.isEmpty());
    QString key = draft.positionKey.isEmpty() ? QString() : QStringLiteral("position:") + draft.positionKey;
    if (!draft.speakerKey.isEmpty())
        key = QStringLiteral("speaker:") + draft.speakerKey;
    if (!draft.newPositionLabel.isEmpty())
        key = QStringLiteral("new:");
    m_credit->setCurrentIndex(std::max(0, m_credit->findData(key)));
    m_newPosition->setText(draft.newPositionLabel);
    m_newPosition->setVisible(key == QLatin1String("new:"));
    m_proposed.clear();
    m_reasons.clear();
    m_removed->clear();
    for (qsizetype i = 0; i < draft.blocks.size(); ++i) {
        const importing::ImportBlock &b = draft.blocks[i];
        if (!b.removed())
            continue;
        m_proposed << int(i);
        m_reasons.append({b.removeRule, b.removeWhy});
        auto *item = new QListWidgetItem(QStringLiteral("%1\n%2").arg(b.removeWhy, b.text.left(300)), m_removed);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Checked);
        item->setToolTip(b.text.left(2000));
    }
    m_tabs->setTabText(1, tr("Re&moved by cleaning (%1)").arg(m_proposed.size()));
    m_filling = false;
    showText();
}

void DraftEditor::showText()
{
    m_filling = true;
    m_text->setPlainText(m_draft.cleanedText());
    m_filling = false;
    m_editedNote->setVisible(m_edited);
    m_reset->setEnabled(m_edited);
    m_removed->setEnabled(!m_edited);
}

void DraftEditor::removalToggled()
{
    for (int row = 0; row < m_removed->count(); ++row) {
        importing::ImportBlock &b = m_draft.blocks[m_proposed[row]];
        if (m_removed->item(row)->checkState() == Qt::Checked) {
            b.removeRule = m_reasons[row].first;
            b.removeWhy = m_reasons[row].second;
        } else {
            b.removeRule.clear();
            b.removeWhy.clear();
        }
    }
    showText();
}

void DraftEditor::creditChanged()
{
    const bool fresh = m_credit->currentData().toString() == QLatin1String("new:");
    m_newPosition->setVisible(fresh);
    if (fresh && !m_filling)
        m_newPosition->setFocus();
}

QString DraftEditor::credit() const
{
    const QString key = m_credit->currentData().toString();
    return key == QLatin1String("new:") ? key + m_newPosition->text().simplified() : key;
}

void DraftEditor::applyCredit(importing::ImportDraft &draft, const QString &credit)
{
    draft.positionKey.clear();
    draft.speakerKey.clear();
    draft.newPositionLabel.clear();
    if (credit.startsWith(QLatin1String("position:")))
        draft.positionKey = credit.mid(9);
    else if (credit.startsWith(QLatin1String("speaker:")))
        draft.speakerKey = credit.mid(8);
    else if (credit.startsWith(QLatin1String("new:")))
        draft.newPositionLabel = credit.mid(4);
}

importing::ImportDraft DraftEditor::draft() const
{
    importing::ImportDraft d = m_draft;
    d.title = m_title->text().simplified();
    d.authors.clear();
    for (const QString &a : m_authors->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        d.authors << a.simplified();
    d.date = m_date->text().simplified();
    d.publisher = m_publisher->text().simplified();
    d.address = m_address->text().simplified();
    applyCredit(d, credit());
    return d;
}

} // namespace standpoint::app
