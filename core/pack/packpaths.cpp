// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/packpaths.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QStringDecoder>

namespace standpoint::pack {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(PackPaths) };
} // namespace

Result<QString> resolveInside(const QString &packDirectory, const QString &relativePath)
{
    if (relativePath.isEmpty() || QDir::isAbsolutePath(relativePath) || relativePath.startsWith(QLatin1Char('/'))
        || relativePath.contains(QLatin1Char('\\')))
        return Error{Tr::tr("\"%1\" must be a relative path inside the pack folder").arg(relativePath)};
    const QString cleaned = QDir::cleanPath(relativePath);
    if (cleaned == QLatin1String("..") || cleaned.startsWith(QLatin1String("../")))
        return Error{Tr::tr("\"%1\" points outside the pack folder").arg(relativePath)};
    return QDir(packDirectory).filePath(cleaned);
}

Result<QString> readPackText(const QString &packDirectory, const QString &relativePath)
{
    auto path = resolveInside(packDirectory, relativePath);
    if (!path)
        return path.error();
    QFile file(*path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot read the file: %2").arg(relativePath, file.errorString())};
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return Error{Tr::tr("%1: the file is binary, not text").arg(relativePath)};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{Tr::tr("%1: the file is not valid UTF-8 text").arg(relativePath)};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

} // namespace standpoint::pack
