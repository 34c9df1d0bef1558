// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace standpoint::app {

// Asks where to save an export, the same way in every view: it starts in the folder the user last
// exported to (remembered across runs), offers the kind's file type, and adds the kind's suffix when
// the name typed lacks it, since the exporters choose the format by suffix.
class SaveDialog
{
    Q_DECLARE_TR_FUNCTIONS(SaveDialog)

public:
    enum class Kind { Png, Svg, Pdf, Csv, Json, Pptx, Html, Markdown, SetFile };

    // The chosen path, or an empty string when the user cancelled. baseName is suggested without a suffix.
    static QString ask(QWidget *parent, const QString &caption, const QString &baseName, Kind kind);

    static QString suffix(Kind kind);
    // The folder last exported to, or the user's documents folder; open dialogs for the user's own files start there too.
    static QString lastFolder();
    // Appends the kind's suffix to path unless it already ends with it.
    static QString withSuffix(const QString &path, Kind kind);
};

} // namespace standpoint::app
