// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::notes {

// A user's highlight on a span of a document's cleaned text, with a colour, tags and a note.
struct Annotation
{
    qint64 id = 0; // 0 until stored
    QString uuid;
    qint64 documentId = 0;
    QString documentKey, documentTitle; // filled when read
    qint64 start = 0, end = 0;
    QString anchorText; // the text the span held when it was made
    QString color = QStringLiteral("yellow");
    QStringList tags;
    QString note;
    qint64 originSetId = 0; // the imported reading set it came with; 0 for the user's own
    bool orphaned = false;  // its anchor no longer matches the document's text
    QString createdAt, updatedAt;
};

struct AnnotationFilter
{
    qint64 documentId = 0; // 0: every document
    QString tag, color, text; // empty: any; all given filters must hold
    bool ownOnly = false;     // leave out annotations that came with imported sets
};

// The named colours annotations may take.
QStringList annotationColors();

// Stores an annotation (keeping its id and uuid when given, so an undone delete comes back whole).
// The span must lie inside the document's text and the colour be one of annotationColors().
Result<qint64> addAnnotation(sql::Connection &db, Annotation annotation);
Status updateAnnotation(sql::Connection &db, const Annotation &annotation);
Status deleteAnnotation(sql::Connection &db, qint64 id);
Result<Annotation> readAnnotation(sql::Connection &db, qint64 id);
Result<QList<Annotation>> listAnnotations(sql::Connection &db, const AnnotationFilter &filter = {});
// Whether an annotation passes a filter (every filter given must hold; words are found in the note or
// the anchored text, in any case), and the annotations of a list that do.
bool matches(const Annotation &annotation, const AnnotationFilter &filter);
QList<Annotation> filterAnnotations(const QList<Annotation> &annotations, const AnnotationFilter &filter);
Result<QStringList> annotationTags(sql::Connection &db);

QString annotationsCsv(const QList<Annotation> &annotations);
QByteArray annotationsJson(const QList<Annotation> &annotations);

} // namespace standpoint::notes
