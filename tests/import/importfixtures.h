// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QByteArray>
#include <QString>

namespace standpoint::fixtures {

// Files of each importable format, made on the fly so no binary fixture is committed.
QByteArray docxFile(const QString &title, const QStringList &headings, const QStringList &paragraphs);
// Two pages: a heading, a paragraph that the page break cuts in two, a running footer and page numbers.
QByteArray twoPagePdf();
// One page with only a picture on it, as a scan would be.
QByteArray imageOnlyPdf();
// A PDF whose text is locked behind a user password.
QByteArray encryptedPdf();

} // namespace standpoint::fixtures
