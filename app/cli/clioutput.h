// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/check/checker.h"
#include "core/search/searcher.h"

#include <QByteArray>
#include <QString>

namespace standpoint::cli {

void printOut(const QString &text);
void printOut(const QByteArray &utf8);
// One line on stderr, prefixed with the program's name.
void printError(const QString &message);

QString formatSearch(const QList<search::SearchHit> &hits);
QByteArray searchJson(const QList<search::SearchHit> &hits);
QString formatCheck(const check::CheckReport &report);
QByteArray checkJson(const check::CheckReport &report);

} // namespace standpoint::cli
