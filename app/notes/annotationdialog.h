// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/annotations.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;

namespace standpoint::app {

// Asks for an annotation's colour, tags and note (new or edited).
class AnnotationDialog : public QDialog
{
    Q_OBJECT
public:
    AnnotationDialog(const notes::Annotation &annotation, QWidget *parent = nullptr);
    notes::Annotation annotation() const;

    static QString colorLabel(const QString &color);
    static QColor colorValue(const QString &color);

private:
    notes::Annotation m_annotation;
    QComboBox *m_color;
    QLineEdit *m_tags;
    QPlainTextEdit *m_note;
};

} // namespace standpoint::app
