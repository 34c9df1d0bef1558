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
// With `facets`, the JSON is an object holding the hits and the facet counts.
QByteArray searchJson(const QList<search::SearchHit> &hits, const search::SearchResults *facets = nullptr);
QString formatFacets(const search::SearchResults &results);
QString formatCheck(const check::CheckReport &report);
QByteArray checkJson(const check::CheckReport &report);

} // namespace standpoint::cli
