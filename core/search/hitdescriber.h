// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/search/searcher.h"
#include "core/sqlite/statement.h"

#include <QHash>

#include <map>
#include <memory>

namespace standpoint::search {

// Fills in what a search hit is about (title, document, offsets) and its facets (positions, speakers,
// themes, year), caching what many hits share; one per search, on the searching thread's connection.
class HitDescriber
{
public:
    explicit HitDescriber(sql::Connection &db) : m_db(db) {}

    // Describes a whole pool: passages and their documents in a few set-wise queries, the rest one by one.
    Status describeAll(QList<SearchHit> &hits);

    // People-readable labels for facet keys met so far.
    QString label(const QString &facet, const QString &key) const { return m_labels.value(facet + QLatin1Char('/') + key, key); }

private:
    struct DocumentFacets
    {
        QString key, title;
        QStringList positions, speakers;
        int year = 0;
    };
    Result<DocumentFacets> document(qint64 id);
    Status preloadDocuments(const QList<qint64> &ids);
    Status describeOne(SearchHit &hit);
    Status describeNote(SearchHit &hit);
    Status describeClaim(SearchHit &hit);
    Status describeEvent(SearchHit &hit);
    Status addDocument(SearchHit &hit, qint64 documentId);
    Status collect(const QString &sql, const QVariantList &values, const QString &facet, QStringList &into);
    // Runs a query through a statement prepared once per describer: a search describes hundreds of hits.
    template<typename Fn>
    Status rows(const QString &sql, const QVariantList &values, Fn fn);

    sql::Connection &m_db;
    QHash<qint64, DocumentFacets> m_documents;
    QHash<QString, QString> m_labels;
    std::map<QString, std::unique_ptr<sql::Statement>> m_statements;
};

} // namespace standpoint::search
