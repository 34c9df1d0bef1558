// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/i18n/translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QSettings>
#include <QTranslator>

namespace standpoint::i18n {

namespace {

QList<QTranslator *> &installed()
{
    static QList<QTranslator *> translators;
    return translators;
}

} // namespace

QList<Language> languages()
{
    return {{QStringLiteral("en"), QStringLiteral("English")}, {QStringLiteral("de"), QStringLiteral("Deutsch")}};
}

QString languageFor(const QLocale &locale)
{
    // uiLanguages() lists the user's preferences in order ("de-AT", "de", "en-US"…). Walk it rather than
    // let QTranslator search it: English has no .qm file, so QTranslator would skip past a preferred
    // English to a later German.
    for (const QString &ui : locale.uiLanguages()) {
        const QString code = ui.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
        for (const Language &l : languages()) {
            if (l.code == code)
                return code;
        }
    }
    return QStringLiteral("en");
}

bool installTranslators(const QString &code)
{
    bool known = false;
    for (const Language &l : languages())
        known = known || l.code == code;
    if (!known)
        return false;
    if (code == QLatin1String("en"))
        return true;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/standpoint_%1.qm").arg(code))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    installed() << ours;
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        installed() << qt;
    } else {
        delete qt;
    }
    return true;
}

void removeTranslators()
{
    for (QTranslator *translator : std::as_const(installed())) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
    installed().clear();
}

QString messagesLanguage()
{
    // Standpoint's own translator is installed first; Qt's, when present, comes after it.
    if (installed().isEmpty())
        return QStringLiteral("en");
    return QLocale(installed().first()->language()).bcp47Name();
}

QString LanguageSetting::value() { return QSettings().value(QLatin1String(kKey)).toString(); }

void LanguageSetting::setValue(const QString &code)
{
    QSettings settings;
    if (code.isEmpty())
        settings.remove(QLatin1String(kKey));
    else
        settings.setValue(QLatin1String(kKey), code);
}

} // namespace standpoint::i18n
