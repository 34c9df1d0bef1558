// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QWidget>

#include <functional>

namespace standpoint::app {

// A tab's page that builds its view the first time it is shown or asked for, so that start-up builds
// only what the first window shows.
class LazyPage : public QWidget
{
    Q_OBJECT

public:
    using Build = std::function<QWidget *()>;
    explicit LazyPage(Build build, QWidget *parent = nullptr);

    // The view, built now if it was not yet.
    QWidget *view();
    // Destroys the view (with whatever it holds open, such as a connection to the store); it is built again
    // when next shown or asked for.
    void reset();

protected:
    void showEvent(QShowEvent *event) override;

private:
    Build m_build;
    QWidget *m_view = nullptr;
};

} // namespace standpoint::app
