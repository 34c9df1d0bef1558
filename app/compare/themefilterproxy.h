// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QSortFilterProxyModel>

namespace standpoint::app {

// Shows only the Compare rows (questions) tagged with one theme; an empty theme shows all.
class ThemeFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ThemeFilterProxy(QObject *parent = nullptr);
    void setTheme(const QString &themeKey);
    QString theme() const { return m_theme; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    QString m_theme;
};

} // namespace standpoint::app
