// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::check {

// A word for comparing: its letters and digits, in lower case.
QString normalizedWord(const QString &word);

// Words of a text, as they are written (punctuation attached).
QStringList words(const QString &text);

// How alike two word sequences are, ignoring case and punctuation: 2·LCS / (|a| + |b|), from 0 to 1.
double similarity(const QStringList &a, const QStringList &b);

// True when the two differ only in case, punctuation or spacing.
bool sameWording(const QStringList &a, const QStringList &b);

// One step of the change from a to b: a word both share (as b writes it; `original` as a writes it),
// one only a has, or one only b has.
struct WordEdit
{
    enum Op { Same, Removed, Added } op = Same;
    QString word;
    QString original;
};
QList<WordEdit> diffWords(const QStringList &a, const QStringList &b);

// The change from a to b, word by word: unchanged words as they are, removed ones as [-word-],
// added ones as {+word+}.
QString markChanges(const QStringList &a, const QStringList &b);

} // namespace standpoint::check
