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
// themes, year); one per search, on the searching thread's connection. Documents' facets stay with the
// connection from one search to the next, until the store changes.
class HitDescriber
{
public:
    explicit HitDescriber(sql::Connection &db);

    // Describes a whole pool: passages and their documents in a few set-wise queries, the rest one by one.
    Status describeAll(QList<SearchHit> &hits);

    // People-readable labels for facet keys met so far.
    QString label(const QString &facet, const QString &key) const;

    struct DocumentFacets
    {
        QString key, title;
        QStringList positions, speakers;
        int year = 0;
    };
    // What the searches on one connection share.
    struct ConnectionCache
    {
        unsigned int version = 0; // the store's data version the documents were read at
        QHash<qint64, DocumentFacets> documents;
        QHash<QString, QString> labels; // "facet/key" → label, for documents' facets
    };

private:
    Result<DocumentFacets> document(qint64 id);
    Status preloadDocuments(const QList<qint64> &ids);
    Status describeOne(SearchHit &hit);
    Status describeNote(SearchHit &hit);
    Status describeClaim(SearchHit &hit);
    Status describeEvent(SearchHit &hit);
    Status addDocument(SearchHit &hit, qint64 documentId);
    Status collect(const QString &sql, const QVariantList &values, const QString &facet, QStringList &into);
    // Runs a query through the connection's statement cache: searches describe hundreds of hits.
    template<typename Fn>
    Status rows(const QString &sql, const QVariantList &values, Fn fn);

    void checkVersion();

    sql::Connection &m_db;
    ConnectionCache &m_cache;
    QHash<QString, QString> m_labels; // labels of passages', claims' and events' own facets
};

} // namespace standpoint::search
