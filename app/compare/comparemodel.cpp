// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/comparemodel.h"

#include "app/common/stancestyle.h"

namespace standpoint::app {

CompareModel::CompareModel(QObject *parent) : QAbstractTableModel(parent) {}

void CompareModel::setDebate(const debate::DebateSnapshot &debate)
{
    beginResetModel();
    m_debate = debate;
    endResetModel();
}

int CompareModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_debate.questions.size());
}

int CompareModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_debate.voices.size());
}

const debate::Stance *CompareModel::stance(const QModelIndex &index) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return nullptr;
    return m_debate.stance(question(index.row()).key, voice(index.column()).key);
}

int CompareModel::columnOf(const QString &voiceKey) const
{
    for (int c = 0; c < columnCount(); ++c) {
        if (voice(c).key == voiceKey)
            return c;
    }
    return -1;
}

int CompareModel::rowOf(const QString &questionKey) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (question(r).key == questionKey)
            return r;
    }
    return -1;
}

QString CompareModel::voiceTitle(int column) const
{
    const debate::Voice &v = voice(column);
    if (v.kind == debate::Voice::Kind::Position)
        return v.label;
    const debate::Voice *parent = m_debate.voice(v.parentKey);
    if (!parent)
        return v.moderator ? tr("%1, moderator").arg(v.label) : v.label;
    return v.moderator ? tr("%1 — moderator, %2").arg(v.label, parent->label) : tr("%1 — %2").arg(v.label, parent->label);
}

QString CompareModel::tooltip(const QModelIndex &index) const
{
    const debate::Stance *s = stance(index);
    if (!s)
        return tr("No stance recorded.");
    QString html = QStringLiteral("<p><b>%1</b> — %2</p><p><i>%3</i></p>")
                       .arg(voiceTitle(index.column()).toHtmlEscaped(), StanceStyle::label(s->value).toHtmlEscaped(),
                            s->paraphrase.toHtmlEscaped());
    for (const debate::QuoteView &q : s->quotes)
        html += QStringLiteral("<p>“%1”<br/><small>— %2</small></p>").arg(q.text.toHtmlEscaped(), q.documentTitle.toHtmlEscaped());
    if (!s->quotes.isEmpty())
        html += tr("<p><small>Click or press Enter to read the quote in context.</small></p>");
    return html;
}

QVariant CompareModel::data(const QModelIndex &index, int role) const
{
    const debate::Stance *s = stance(index);
    switch (role) {
    case Qt::DisplayRole:
        return s ? StanceStyle::label(s->value) + QStringLiteral(": ") + s->paraphrase : StanceStyle::label(std::nullopt);
    case Qt::AccessibleTextRole:
        // Read out of the grid, as a screen reader moves cell to cell: who, their stance in words, and why.
        if (!index.isValid())
            return {};
        return s ? tr("%1: %2. %3").arg(voiceTitle(index.column()), StanceStyle::label(s->value), s->paraphrase)
                 : tr("%1: %2").arg(voiceTitle(index.column()), StanceStyle::label(std::nullopt));
    case Qt::ToolTipRole:
        return tooltip(index);
    case ValueRole:
        return s ? debate::stanceValueKey(s->value) : QString();
    case ParaphraseRole:
        return s ? s->paraphrase : QString();
    case QuoteCountRole:
        return s ? int(s->quotes.size()) : 0;
    case VoiceKeyRole:
        return index.isValid() ? voice(index.column()).key : QString();
    case QuestionKeyRole:
        return index.isValid() ? question(index.row()).key : QString();
    case Qt::AccessibleDescriptionRole:
        if (!index.isValid())
            return {};
        return s && !s->quotes.isEmpty()
                   ? tr("Question: %1. %n quote(s); Enter opens the first in the Reader.", nullptr, int(s->quotes.size()))
                         .arg(question(index.row()).text)
                   : tr("Question: %1. No quote.").arg(question(index.row()).text);
    default:
        return {};
    }
}

QVariant CompareModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextWordWrap);
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount())
            return {};
        if (role == Qt::DisplayRole)
            return voiceTitle(section);
        if (role == Qt::ToolTipRole)
            return voice(section).detail;
        if (role == VoiceKeyRole)
            return voice(section).key;
        return {};
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (role == Qt::DisplayRole)
        return question(section).text;
    if (role == Qt::ToolTipRole) {
        QStringList themes;
        for (const QString &t : question(section).themes)
            themes << m_debate.themeLabel(t);
        return tr("Yes: %1\nNo: %2\nThemes: %3")
            .arg(question(section).yesLabel, question(section).noLabel, themes.join(QStringLiteral(", ")));
    }
    if (role == QuestionKeyRole)
        return question(section).key;
    return {};
}

} // namespace standpoint::app
