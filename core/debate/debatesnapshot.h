// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/stancevalue.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace standpoint::debate {

// A quote as views show it: where it is, and in which document.
struct QuoteView
{
    qint64 id = 0;
    qint64 documentId = 0;
    QString documentKey;
    QString documentTitle;
    qint64 start = 0;
    qint64 end = 0;
    QString text;
};

// A column of the Compare matrix: a position, or a speaker inside a position.
struct Voice
{
    enum class Kind { Position, Speaker };
    Kind kind = Kind::Position;
    qint64 id = 0;
    QString key;          // "position:heritage" or "speaker:berman": unique across both kinds
    QString label;
    QString detail;       // a position's summary, or a speaker's role and affiliation
    QString parentKey;    // a speaker's position, as a voice key
    bool citedOnly = false;
    bool moderator = false;
};

struct Theme
{
    QString key, label, description;
};

struct Question
{
    qint64 id = 0;
    QString key, text, yesLabel, noLabel;
    QStringList themes; // theme keys
};

struct Stance
{
    qint64 id = 0;
    StanceValue value = StanceValue::NotAddressed;
    QString paraphrase;
    QList<QuoteView> quotes;
};

struct DocumentInfo
{
    qint64 id = 0;
    QString key, title, subtitle, publisher, kind, date;
    QStringList authors;
    QStringList voices; // voice keys of the positions that wrote it or cite from it, and its speakers
};

// Everything the Compare view and the navigator show, read at once from the store.
struct DebateSnapshot
{
    QString key, title, summary;
    QList<Theme> themes;
    QList<Question> questions;
    QList<Voice> voices;
    QList<DocumentInfo> documents;
    QHash<QString, Stance> stances; // by stanceKey(question key, voice key)

    static QString stanceKey(const QString &question, const QString &voice) { return question + QLatin1Char('|') + voice; }
    const Stance *stance(const QString &question, const QString &voice) const
    {
        const auto it = stances.constFind(stanceKey(question, voice));
        return it == stances.constEnd() ? nullptr : &*it;
    }
    const Voice *voice(const QString &key) const;
    QString themeLabel(const QString &key) const;
};

struct ParagraphView
{
    qint64 start = 0;
    qint64 end = 0;
    bool heading = false;
    QString speaker; // the speaker's name, for a turn
};

struct ClaimView
{
    qint64 id = 0;
    QString key, paraphrase, voiceLabel;
    QStringList themes; // theme keys
    QList<QuoteView> quotes; // only those in this document
};

struct RemovedView
{
    QString rule, why, text;
    qint64 receivedStart = 0;
};

// One document as the Reader shows it.
struct DocumentText
{
    DocumentInfo info;
    QString cleaned;
    QList<ParagraphView> paragraphs;
    QList<ClaimView> claims; // in the order their first quote appears
    QList<RemovedView> removed;
    QStringList caveats;
};

} // namespace standpoint::debate

Q_DECLARE_METATYPE(standpoint::debate::DebateSnapshot)
Q_DECLARE_METATYPE(standpoint::debate::DocumentText)
