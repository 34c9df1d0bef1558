// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/savedialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <iterator>

namespace standpoint::app {

namespace {

// The one folder every export starts in: the last one the user chose.
struct ExportFolderSetting
{
    static constexpr const char *kKey = "export/lastFolder";
    static QString value()
    {
        return QSettings()
            .value(QLatin1String(kKey), QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    }
    static void set(const QString &folder) { QSettings().setValue(QLatin1String(kKey), folder); }
};

struct KindInfo
{
    const char *suffix;
    const char *filter; // translated where shown
};

// In the order of SaveDialog::Kind.
constexpr KindInfo kKinds[] = {
    {"png", QT_TRANSLATE_NOOP("SaveDialog", "PNG images (*.png)")},
    {"svg", QT_TRANSLATE_NOOP("SaveDialog", "SVG images (*.svg)")},
    {"pdf", QT_TRANSLATE_NOOP("SaveDialog", "PDF documents (*.pdf)")},
    {"csv", QT_TRANSLATE_NOOP("SaveDialog", "CSV files (*.csv)")},
    {"json", QT_TRANSLATE_NOOP("SaveDialog", "JSON files (*.json)")},
    {"pptx", QT_TRANSLATE_NOOP("SaveDialog", "PowerPoint decks (*.pptx)")},
    {"html", QT_TRANSLATE_NOOP("SaveDialog", "Web pages (*.html)")},
    {"md", QT_TRANSLATE_NOOP("SaveDialog", "Markdown files (*.md)")},
    {"standpoint", QT_TRANSLATE_NOOP("SaveDialog", "Standpoint sets (*.standpoint)")},
};
static_assert(std::size(kKinds) == std::size_t(SaveDialog::Kind::SetFile) + 1, "one entry for each kind");

const KindInfo &info(SaveDialog::Kind kind) { return kKinds[std::size_t(kind)]; }

} // namespace

QString SaveDialog::suffix(Kind kind) { return QLatin1String(info(kind).suffix); }

QString SaveDialog::lastFolder() { return ExportFolderSetting::value(); }

QString SaveDialog::withSuffix(const QString &path, Kind kind)
{
    const QString dotted = QLatin1Char('.') + suffix(kind);
    return path.endsWith(dotted, Qt::CaseInsensitive) ? path : path + dotted;
}

QString SaveDialog::ask(QWidget *parent, const QString &caption, const QString &baseName, Kind kind)
{
    const QString suggested = QDir(lastFolder()).filePath(withSuffix(baseName, kind));
    const QString path = QFileDialog::getSaveFileName(parent, caption, suggested, tr(info(kind).filter));
    if (path.isEmpty())
        return {};
    ExportFolderSetting::set(QFileInfo(path).absolutePath());
    return withSuffix(path, kind);
}

} // namespace standpoint::app
