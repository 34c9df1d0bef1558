// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace standpoint::importing {

// The largest file an import reads; larger ones are refused before they are read.
constexpr qint64 kMaxImportBytes = 64ll * 1024 * 1024;

struct SniffedFile
{
    QString format;  // text, markdown, html, pdf, docx
    QByteArray bytes;
    QStringList notices;
};

// Reads a file for import and decides its format from its content and its name: refuses empty,
// huge, binary and unreadable files, and a PDF or DOCX name on something that is not one.
Result<SniffedFile> sniffFile(const QString &path);
// The same for bytes already in memory (fuzzing, tests); `name` gives the extension.
Result<SniffedFile> sniffBytes(const QString &name, QByteArray bytes);

// Decodes text as UTF-8 (or UTF-16 with a byte-order mark); invalid UTF-8 is refused with the line.
Result<QString> decodeText(const QString &name, const QByteArray &bytes);

// The extensions import accepts, for file dialogs and messages.
QStringList importExtensions();

} // namespace standpoint::importing
