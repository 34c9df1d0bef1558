// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/themefilterproxy.h"

#include "app/compare/comparemodel.h"

namespace standpoint::app {

ThemeFilterProxy::ThemeFilterProxy(QObject *parent) : QSortFilterProxyModel(parent) {}

void ThemeFilterProxy::setTheme(const QString &themeKey)
{
    if (themeKey == m_theme)
        return;
    m_theme = themeKey;
    invalidateRowsFilter();
}

bool ThemeFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_theme.isEmpty() || sourceParent.isValid())
        return true;
    const auto *model = qobject_cast<const CompareModel *>(sourceModel());
    return model && model->question(sourceRow).themes.contains(m_theme);
}

} // namespace standpoint::app
