// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/annotationdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPixmap>
#include <QPlainTextEdit>

namespace standpoint::app {

QString AnnotationDialog::colorLabel(const QString &color)
{
    static const QHash<QString, const char *> labels = {{QStringLiteral("yellow"), QT_TR_NOOP("Yellow")},
                                                        {QStringLiteral("green"), QT_TR_NOOP("Green")},
                                                        {QStringLiteral("blue"), QT_TR_NOOP("Blue")},
                                                        {QStringLiteral("pink"), QT_TR_NOOP("Pink")},
                                                        {QStringLiteral("orange"), QT_TR_NOOP("Orange")},
                                                        {QStringLiteral("purple"), QT_TR_NOOP("Purple")}};
    return labels.contains(color) ? tr(labels[color]) : color;
}

QColor AnnotationDialog::colorValue(const QString &color)
{
    static const QHash<QString, QColor> values = {{QStringLiteral("yellow"), QColor(0xff, 0xeb, 0x3b)},
                                                  {QStringLiteral("green"), QColor(0x66, 0xbb, 0x6a)},
                                                  {QStringLiteral("blue"), QColor(0x42, 0xa5, 0xf5)},
                                                  {QStringLiteral("pink"), QColor(0xf0, 0x62, 0x92)},
                                                  {QStringLiteral("orange"), QColor(0xff, 0xa7, 0x26)},
                                                  {QStringLiteral("purple"), QColor(0xab, 0x47, 0xbc)}};
    return values.value(color, QColor(Qt::gray));
}

AnnotationDialog::AnnotationDialog(const notes::Annotation &annotation, QWidget *parent)
    : QDialog(parent), m_annotation(annotation), m_color(new QComboBox), m_tags(new QLineEdit), m_note(new QPlainTextEdit)
{
    setWindowTitle(annotation.id ? tr("Edit annotation") : tr("Annotate"));
    for (const QString &c : notes::annotationColors()) {
        QPixmap swatch(16, 16);
        swatch.fill(colorValue(c));
        m_color->addItem(QIcon(swatch), colorLabel(c), c);
    }
    m_color->setCurrentIndex(std::max(0, m_color->findData(annotation.color)));
    m_color->setAccessibleName(tr("Colour"));
    m_tags->setText(annotation.tags.join(QStringLiteral(", ")));
    m_tags->setPlaceholderText(tr("comma-separated, e.g. energy, week 3"));
    m_tags->setAccessibleName(tr("Tags"));
    m_note->setPlainText(annotation.note);
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    auto *quote = new QLabel(QStringLiteral("“%1”").arg(annotation.anchorText.left(400)));
    quote->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout(this);
    form->addRow(quote);
    form->addRow(tr("&Colour:"), m_color);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(buttons);
    m_note->setFocus();
}

notes::Annotation AnnotationDialog::annotation() const
{
    notes::Annotation a = m_annotation;
    a.color = m_color->currentData().toString();
    a.tags = m_tags->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    a.note = m_note->toPlainText().trimmed();
    return a;
}

} // namespace standpoint::app
