// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/lazypage.h"

#include <QVBoxLayout>

#include <utility>

namespace standpoint::app {

LazyPage::LazyPage(Build build, QWidget *parent) : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

QWidget *LazyPage::view()
{
    if (!m_view) {
        m_view = m_build();
        layout()->addWidget(m_view);
        setFocusProxy(m_view);
    }
    return m_view;
}

void LazyPage::reset()
{
    if (!m_view)
        return;
    setFocusProxy(nullptr);
    delete std::exchange(m_view, nullptr);
    if (isVisible())
        view();
}

void LazyPage::showEvent(QShowEvent *event)
{
    view();
    QWidget::showEvent(event);
}

} // namespace standpoint::app
