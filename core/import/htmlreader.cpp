// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/htmlreader.h"

#include <gumbo.h>

#include <QCoreApplication>
#include <QRegularExpression>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

QString attribute(const GumboElement &e, const char *name)
{
    const GumboAttribute *a = gumbo_get_attribute(&e.attributes, name);
    return a ? QString::fromUtf8(a->value) : QString();
}

bool isBlock(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_P: case GUMBO_TAG_H1: case GUMBO_TAG_H2: case GUMBO_TAG_H3: case GUMBO_TAG_H4: case GUMBO_TAG_H5:
    case GUMBO_TAG_H6: case GUMBO_TAG_LI: case GUMBO_TAG_BLOCKQUOTE: case GUMBO_TAG_PRE: case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION: case GUMBO_TAG_ARTICLE: case GUMBO_TAG_TR: case GUMBO_TAG_DT: case GUMBO_TAG_DD:
    case GUMBO_TAG_FIGCAPTION: case GUMBO_TAG_BR: case GUMBO_TAG_TABLE: case GUMBO_TAG_UL: case GUMBO_TAG_OL:
    case GUMBO_TAG_MAIN: case GUMBO_TAG_HEADER: case GUMBO_TAG_FOOTER: case GUMBO_TAG_NAV: case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_FORM: case GUMBO_TAG_HR: case GUMBO_TAG_BODY:
        return true;
    default:
        return false;
    }
}

bool isHeading(GumboTag tag) { return tag >= GUMBO_TAG_H1 && tag <= GUMBO_TAG_H6; }

// Walks the parse tree into blocks, remembering for each one the clutter it sits inside.
class Walker
{
public:
    explicit Walker(ImportDraft &draft) : m_draft(draft) {}

    void walk(const GumboNode *node)
    {
        if (node->type == GUMBO_NODE_TEXT || node->type == GUMBO_NODE_WHITESPACE || node->type == GUMBO_NODE_CDATA) {
            m_text += QString::fromUtf8(node->v.text.text);
            return;
        }
        if (node->type != GUMBO_NODE_ELEMENT && node->type != GUMBO_NODE_DOCUMENT && node->type != GUMBO_NODE_TEMPLATE) {
            return;
        }
        const GumboVector &children = node->type == GUMBO_NODE_DOCUMENT ? node->v.document.children : node->v.element.children;
        if (node->type != GUMBO_NODE_DOCUMENT) {
            const GumboElement &e = node->v.element;
            switch (e.tag) {
            case GUMBO_TAG_SCRIPT: case GUMBO_TAG_STYLE: case GUMBO_TAG_NOSCRIPT: case GUMBO_TAG_TEMPLATE:
            case GUMBO_TAG_IFRAME: case GUMBO_TAG_SVG: case GUMBO_TAG_CANVAS: case GUMBO_TAG_OBJECT: case GUMBO_TAG_EMBED:
            case GUMBO_TAG_VIDEO: case GUMBO_TAG_AUDIO: case GUMBO_TAG_BUTTON: case GUMBO_TAG_SELECT:
                ++dropped;
                return;
            case GUMBO_TAG_HEAD:
                readHead(e);
                return;
            case GUMBO_TAG_IMG:
                return;
            default:
                break;
            }
            const QString why = clutterReason(e);
            const bool article = e.tag == GUMBO_TAG_ARTICLE || e.tag == GUMBO_TAG_MAIN;
            m_articleDepth += article ? 1 : 0;
            const bool block = isBlock(e.tag);
            if (block)
                flush();
            const QString outer = m_why;
            const bool outerHeading = m_heading;
            if (m_why.isEmpty() && !why.isEmpty())
                m_why = why;
            if (isHeading(e.tag)) {
                m_heading = true;
                if (e.tag == GUMBO_TAG_H1 && m_firstH1.isEmpty() && m_why.isEmpty())
                    m_wantH1 = true;
            }
            if (e.tag == GUMBO_TAG_TIME && m_date.isEmpty())
                m_date = attribute(e, "datetime");
            for (unsigned i = 0; i < children.length; ++i)
                walk(static_cast<const GumboNode *>(children.data[i]));
            if (block)
                flush();
            m_why = outer;
            m_heading = outerHeading;
            m_articleDepth -= article ? 1 : 0;
            return;
        }
        for (unsigned i = 0; i < children.length; ++i)
            walk(static_cast<const GumboNode *>(children.data[i]));
        flush();
    }

    void finish()
    {
        if (m_draft.title.isEmpty())
            m_draft.title = !m_firstH1.isEmpty() ? m_firstH1 : m_pageTitle;
        if (m_draft.date.isEmpty())
            m_draft.date = m_date.left(10);
        if (dropped > 0)
            m_draft.notices << Tr::tr("Dropped %n script, style or media element(s): they hold no text to quote.", nullptr, dropped);
    }

    int dropped = 0;

private:
    void flush()
    {
        const QString text = m_text.simplified();
        m_text.clear();
        if (text.isEmpty())
            return;
        ImportBlock b{text, m_heading, {}, {}};
        if (!m_why.isEmpty()) {
            b.removeRule = QStringLiteral("html_furniture");
            b.removeWhy = m_why;
        }
        if (m_wantH1) {
            m_firstH1 = text;
            m_wantH1 = false;
        }
        m_draft.blocks << b;
    }

    void readHead(const GumboElement &head)
    {
        for (unsigned i = 0; i < head.children.length; ++i) {
            const auto *child = static_cast<const GumboNode *>(head.children.data[i]);
            if (child->type != GUMBO_NODE_ELEMENT)
                continue;
            const GumboElement &e = child->v.element;
            if (e.tag == GUMBO_TAG_TITLE && e.children.length > 0) {
                const auto *t = static_cast<const GumboNode *>(e.children.data[0]);
                if (t->type == GUMBO_NODE_TEXT)
                    m_pageTitle = QString::fromUtf8(t->v.text.text).simplified();
            } else if (e.tag == GUMBO_TAG_META) {
                const QString name = (attribute(e, "name") + attribute(e, "property")).toLower();
                const QString content = attribute(e, "content").simplified();
                if (content.isEmpty())
                    continue;
                if (name == QLatin1String("author") || name == QLatin1String("article:author"))
                    m_draft.authors << content;
                else if (name == QLatin1String("og:title") && m_draft.title.isEmpty())
                    m_draft.title = content;
                else if (name == QLatin1String("og:site_name") || name == QLatin1String("publisher"))
                    m_draft.publisher = content;
                else if ((name == QLatin1String("article:published_time") || name == QLatin1String("date")) && m_draft.date.isEmpty())
                    m_draft.date = content.left(10);
                else if (name == QLatin1String("og:url") && m_draft.address.isEmpty())
                    m_draft.address = content;
            }
        }
    }

    QString clutterReason(const GumboElement &e) const
    {
        switch (e.tag) {
        case GUMBO_TAG_NAV: return Tr::tr("site navigation");
        case GUMBO_TAG_FOOTER: return Tr::tr("page footer");
        case GUMBO_TAG_HEADER:
            // An article's own header holds its title and byline; the page's holds the site's name and menu.
            if (m_articleDepth > 0)
                return QString();
            return Tr::tr("page header");
        case GUMBO_TAG_ASIDE: return Tr::tr("a sidebar");
        case GUMBO_TAG_FORM: return Tr::tr("a form");
        default: break;
        }
        const QString role = attribute(e, "role").toLower();
        if (role == QLatin1String("navigation") || role == QLatin1String("banner") || role == QLatin1String("contentinfo")
            || role == QLatin1String("complementary"))
            return Tr::tr("page furniture (role \"%1\")").arg(role);
        static const QRegularExpression furniture(QStringLiteral(
            "(^|[\\s_-])(share|sharing|social|newsletter|subscribe|cookie|related|promo|advert|ads|breadcrumbs?|comments?|"
            "sidebar|footer|header|nav|menu|popup|modal)($|[\\s_-])"));
        const QString classes = (attribute(e, "class") + QLatin1Char(' ') + attribute(e, "id")).toLower();
        if (const auto m = furniture.match(classes); m.hasMatch())
            return Tr::tr("page furniture (marked \"%1\")").arg(m.captured(2));
        return QString();
    }

    ImportDraft &m_draft;
    QString m_text, m_why, m_pageTitle, m_firstH1, m_date;
    bool m_heading = false;
    bool m_wantH1 = false;
    int m_articleDepth = 0;
};

} // namespace

void readHtml(const QString &html, ImportDraft &draft)
{
    const QByteArray utf8 = html.toUtf8();
    GumboOutput *output = gumbo_parse_with_options(&kGumboDefaultOptions, utf8.constData(), size_t(utf8.size()));
    Walker walker(draft);
    walker.walk(output->document);
    walker.finish();
    gumbo_destroy_output(&kGumboDefaultOptions, output);
}

} // namespace standpoint::importing
