// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/render/pptxwriter.h"

#include "core/export/atomicfile.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>
#include <quazip/quazipnewinfo.h>

#include <algorithm>
#include <cmath>

namespace standpoint::render {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(PptxWriter) };

// Geometry in EMU (914400 per inch). The picture gets whatever the title and source line leave.
constexpr qint64 kSlideWidth = 12192000;
constexpr qint64 kSlideHeight = 6858000;
constexpr qint64 kNotesWidth = 6858000;
constexpr qint64 kNotesHeight = 9144000;
constexpr qint64 kMarginX = 457200;
constexpr qint64 kTitleTop = 228600;
constexpr qint64 kTitleHeight = 1005840;
constexpr qint64 kSourceHeight = 548640;
constexpr qint64 kSourceBottomGap = 182880;
constexpr qint64 kGap = 91440;

struct Box
{
    qint64 x, y, w, h;
};

constexpr Box kTitleBox{kMarginX, kTitleTop, kSlideWidth - 2 * kMarginX, kTitleHeight};
constexpr Box kSourceBox{kMarginX, kSlideHeight - kSourceBottomGap - kSourceHeight,
                         kSlideWidth - 2 * kMarginX, kSourceHeight};
constexpr Box kPictureArea{kMarginX, kTitleBox.y + kTitleBox.h + kGap, kSlideWidth - 2 * kMarginX,
                           kSourceBox.y - kGap - (kTitleBox.y + kTitleBox.h + kGap)};

// The notes page is portrait; its slide image is proportioned like a 16:9 slide.
constexpr Box kNotesImage{685800, 1143000, kNotesWidth - 2 * 685800, (kNotesWidth - 2 * 685800) * 9 / 16};
constexpr Box kNotesBody{685800, 4400550, kNotesWidth - 2 * 685800, 3600450};

// Literal XML fragments shared by several parts; macros so they can be spliced into other literals.
#define SP_XML_DECL "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
#define SP_PML_NS                                                                                            \
    "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "                                     \
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" "                       \
    "xmlns:p=\"http://schemas.openxmlformats.org/presentationml/2006/main\""
#define SP_REL_TYPE "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"
#define SP_GROUP                                                                                             \
    "<p:nvGrpSpPr><p:cNvPr id=\"1\" name=\"\"/><p:cNvGrpSpPr/><p:nvPr/></p:nvGrpSpPr><p:grpSpPr><a:xfrm>"    \
    "<a:off x=\"0\" y=\"0\"/><a:ext cx=\"0\" cy=\"0\"/><a:chOff x=\"0\" y=\"0\"/>"                           \
    "<a:chExt cx=\"0\" cy=\"0\"/></a:xfrm></p:grpSpPr>"
#define SP_CLRMAP                                                                                            \
    "<p:clrMap bg1=\"lt1\" tx1=\"dk1\" bg2=\"lt2\" tx2=\"dk2\" accent1=\"accent1\" accent2=\"accent2\" "     \
    "accent3=\"accent3\" accent4=\"accent4\" accent5=\"accent5\" accent6=\"accent6\" hlink=\"hlink\" "       \
    "folHlink=\"folHlink\"/>"
#define SP_BACKGROUND "<p:bg><p:bgRef idx=\"1001\"><a:schemeClr val=\"bg1\"/></p:bgRef></p:bg>"
#define SP_RECT "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom>"
#define SP_INSETS "lIns=\"91440\" tIns=\"45720\" rIns=\"91440\" bIns=\"45720\""
#define SP_TEXT(size, kind)                                                                                  \
    "<a:defRPr sz=\"" size "\"><a:solidFill><a:schemeClr val=\"tx1\"/></a:solidFill><a:latin typeface=\"+" \
    kind "-lt\"/><a:ea typeface=\"+" kind "-ea\"/><a:cs typeface=\"+" kind "-cs\"/></a:defRPr>"
#define SP_NO_OVERRIDE "<p:clrMapOvr><a:masterClrMapping/></p:clrMapOvr>"

// XML 1.0 cannot carry most control characters or unpaired surrogates; PowerPoint refuses such files,
// so they are dropped rather than escaped.
QByteArray xmlEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 16);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t u = c.unicode();
        if (u == u'&')
            out += QLatin1String("&amp;");
        else if (u == u'<')
            out += QLatin1String("&lt;");
        else if (u == u'>')
            out += QLatin1String("&gt;");
        else if (u == u'"')
            out += QLatin1String("&quot;");
        else if (u == u'\t' || u == u'\n' || u == u'\r')
            out += QStringLiteral("&#%1;").arg(int(u)); // survives attribute-value normalisation
        else if (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            out += c;
            out += text.at(++i);
        } else if (u >= 0x20 && !c.isSurrogate() && u != 0xFFFE && u != 0xFFFF)
            out += c;
    }
    return out.toUtf8();
}

// Functions and lambdas here return QByteArray explicitly: with QT_USE_QSTRINGBUILDER an `auto` result
// would be a builder holding references to temporaries.
QByteArray num(qint64 value) { return QByteArray::number(value); }

QByteArray xfrm(const Box &b)
{
    return "<a:xfrm><a:off x=\"" + num(b.x) + "\" y=\"" + num(b.y) + "\"/><a:ext cx=\"" + num(b.w)
           + "\" cy=\"" + num(b.h) + "\"/></a:xfrm>";
}

QByteArray rel(int id, const char *type, const QByteArray &target)
{
    return "<Relationship Id=\"rId" + num(id) + "\" Type=\"" SP_REL_TYPE + QByteArray(type) + "\" Target=\""
           + target + "\"/>";
}

QByteArray relationships(const QByteArray &body)
{
    return SP_XML_DECL
           "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
           + body + "</Relationships>";
}

// DrawingML runs cannot hold line breaks, so every line of every entry becomes its own paragraph.
// attrs and children make up the run properties (a:rPr and a:endParaRPr alike).
QByteArray paragraphs(const QStringList &texts, const QByteArray &attrs = {}, const QByteArray &children = {})
{
    const auto props = [&](const QByteArray &tag) -> QByteArray {
        if (children.isEmpty())
            return "<" + tag + attrs + "/>";
        return "<" + tag + attrs + ">" + children + "</" + tag + ">";
    };
    QByteArray out;
    for (QString text : texts) {
        text.replace(QLatin1String("\r\n"), QLatin1String("\n"));
        for (const QChar sep : {QChar(u'\r'), QChar(QChar::LineSeparator), QChar(QChar::ParagraphSeparator)})
            text.replace(sep, QLatin1Char('\n'));
        for (const QString &line : text.split(QLatin1Char('\n'))) {
            out += "<a:p>";
            if (!line.isEmpty())
                out += "<a:r>" + props("a:rPr") + "<a:t>" + xmlEscape(line) + "</a:t></a:r>";
            out += props("a:endParaRPr") + "</a:p>";
        }
    }
    // A text body must hold at least one paragraph.
    if (out.isEmpty())
        out = "<a:p>" + props("a:endParaRPr") + "</a:p>";
    return out;
}

// The picture keeps its aspect ratio and is centred in the area between title and source line.
Box fitPicture(QSize size)
{
    const Box &a = kPictureArea;
    if (size.width() <= 0 || size.height() <= 0)
        return a;
    const double scale = std::min(double(a.w) / size.width(), double(a.h) / size.height());
    const qint64 w = std::min<qint64>(a.w, std::llround(size.width() * scale));
    const qint64 h = std::min<qint64>(a.h, std::llround(size.height() * scale));
    return Box{a.x + (a.w - w) / 2, a.y + (a.h - h) / 2, w, h};
}

bool isPng(const QByteArray &data)
{
    return data.size() >= 24 && data.startsWith(QByteArrayLiteral("\x89PNG\r\n\x1a\n"));
}

// Callers may not know the pixel size; the IHDR chunk, always first, holds it.
QSize pngHeaderSize(const QByteArray &png)
{
    const auto be32 = [&](int at) {
        const quint32 v = (quint32(quint8(png.at(at))) << 24) | (quint32(quint8(png.at(at + 1))) << 16)
                          | (quint32(quint8(png.at(at + 2))) << 8) | quint32(quint8(png.at(at + 3)));
        return int(std::min<quint32>(v, 1u << 30));
    };
    return QSize(be32(16), be32(20));
}

QByteArray contentTypes(qsizetype slideCount)
{
    const QByteArray office = "application/vnd.openxmlformats-officedocument.";
    const QByteArray pml = office + "presentationml.";
    const auto entry = [](const QByteArray &part, const QByteArray &type) -> QByteArray {
        return "<Override PartName=\"" + part + "\" ContentType=\"" + type + "\"/>";
    };
    QByteArray xml = SP_XML_DECL
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>";
    xml += entry("/ppt/presentation.xml", pml + "presentation.main+xml");
    xml += entry("/ppt/slideMasters/slideMaster1.xml", pml + "slideMaster+xml");
    xml += entry("/ppt/slideLayouts/slideLayout1.xml", pml + "slideLayout+xml");
    xml += entry("/ppt/notesMasters/notesMaster1.xml", pml + "notesMaster+xml");
    xml += entry("/ppt/presProps.xml", pml + "presProps+xml");
    xml += entry("/ppt/viewProps.xml", pml + "viewProps+xml");
    xml += entry("/ppt/tableStyles.xml", pml + "tableStyles+xml");
    for (int t = 1; t <= 2; ++t)
        xml += entry("/ppt/theme/theme" + num(t) + ".xml", office + "theme+xml");
    for (qsizetype i = 1; i <= slideCount; ++i) {
        xml += entry("/ppt/slides/slide" + num(i) + ".xml", pml + "slide+xml");
        xml += entry("/ppt/notesSlides/notesSlide" + num(i) + ".xml", pml + "notesSlide+xml");
    }
    xml += entry("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml");
    xml += entry("/docProps/app.xml", office + "extended-properties+xml");
    return xml + "</Types>";
}

QByteArray packageRels()
{
    // core-properties is the one relationship type from the package namespace, not officeDocument's.
    return relationships(rel(1, "officeDocument", "ppt/presentation.xml")
                         + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
                           "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
                         + rel(3, "extended-properties", "docProps/app.xml"));
}

QByteArray coreProps(const QString &title)
{
    const QByteArray now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toLatin1();
    return SP_XML_DECL
           "<cp:coreProperties "
           "xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
           "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" xmlns:dcterms=\"http://purl.org/dc/terms/\" "
           "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\"><dc:title>"
           + xmlEscape(title) + "</dc:title><dcterms:created xsi:type=\"dcterms:W3CDTF\">" + now
           + "</dcterms:created><dcterms:modified xsi:type=\"dcterms:W3CDTF\">" + now
           + "</dcterms:modified></cp:coreProperties>";
}

QByteArray appProps(qsizetype slideCount)
{
    return SP_XML_DECL
           "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">"
           "<Application>Standpoint</Application><PresentationFormat>Widescreen</PresentationFormat><Slides>"
           + num(slideCount) + "</Slides><Notes>" + num(slideCount) + "</Notes></Properties>";
}

// Slides are rId7 onwards; the fixed parts take rId1..rId6.
constexpr int kFirstSlideRel = 7;

QByteArray presentation(qsizetype slideCount)
{
    QByteArray xml = SP_XML_DECL "<p:presentation " SP_PML_NS ">"
        "<p:sldMasterIdLst><p:sldMasterId id=\"2147483648\" r:id=\"rId1\"/></p:sldMasterIdLst>"
        "<p:notesMasterIdLst><p:notesMasterId r:id=\"rId2\"/></p:notesMasterIdLst><p:sldIdLst>";
    for (qsizetype i = 0; i < slideCount; ++i)
        xml += "<p:sldId id=\"" + num(256 + i) + "\" r:id=\"rId" + num(kFirstSlideRel + i) + "\"/>";
    return xml + "</p:sldIdLst><p:sldSz cx=\"" + num(kSlideWidth) + "\" cy=\"" + num(kSlideHeight)
           + "\"/><p:notesSz cx=\"" + num(kNotesWidth) + "\" cy=\"" + num(kNotesHeight)
           + "\"/><p:defaultTextStyle><a:lvl1pPr marL=\"0\" algn=\"l\">" SP_TEXT("1800", "mn")
             "</a:lvl1pPr></p:defaultTextStyle></p:presentation>";
}

QByteArray presentationRels(qsizetype slideCount)
{
    QByteArray body = rel(1, "slideMaster", "slideMasters/slideMaster1.xml")
                      + rel(2, "notesMaster", "notesMasters/notesMaster1.xml")
                      + rel(3, "theme", "theme/theme1.xml") + rel(4, "presProps", "presProps.xml")
                      + rel(5, "viewProps", "viewProps.xml") + rel(6, "tableStyles", "tableStyles.xml");
    for (qsizetype i = 0; i < slideCount; ++i)
        body += rel(int(kFirstSlideRel + i), "slide", "slides/slide" + num(i + 1) + ".xml");
    return relationships(body);
}

// presProps, viewProps and tableStyles are optional in the schema, but PowerPoint itself always
// writes them and other readers have been known to expect them.
QByteArray presProps() { return SP_XML_DECL "<p:presentationPr " SP_PML_NS "/>"; }

QByteArray viewProps()
{
    return SP_XML_DECL "<p:viewPr " SP_PML_NS "><p:normalViewPr><p:restoredLeft sz=\"15620\"/>"
                       "<p:restoredTop sz=\"94660\"/></p:normalViewPr>"
                       "<p:gridSpacing cx=\"76200\" cy=\"76200\"/></p:viewPr>";
}

QByteArray tableStyles()
{
    // def is required; this is the id of PowerPoint's built-in "Medium Style 2 - Accent 1".
    return SP_XML_DECL "<a:tblStyleLst xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                       "def=\"{5C22544A-7EE6-4342-B048-85BDC9FD1C3A}\"/>";
}

QByteArray theme()
{
    const auto colour = [](const QByteArray &slot, const char *rgb) -> QByteArray {
        return "<a:" + slot + "><a:srgbClr val=\"" + QByteArray(rgb) + "\"/></a:" + slot + ">";
    };
    const auto font = [](const char *role, const char *latin) -> QByteArray {
        return "<a:" + QByteArray(role) + "><a:latin typeface=\"" + QByteArray(latin)
               + "\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/></a:" + QByteArray(role) + ">";
    };
    const QByteArray fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
    const auto line = [&](const char *width) -> QByteArray {
        return "<a:ln w=\"" + QByteArray(width) + "\">" + fill + "</a:ln>";
    };
    const QByteArray effect = "<a:effectStyle><a:effectLst/></a:effectStyle>";
    // The schema wants at least three entries in each style list.
    return SP_XML_DECL "<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                       "name=\"Standpoint\"><a:themeElements><a:clrScheme name=\"Standpoint\">"
           + colour("dk1", "212121") + colour("lt1", "FFFFFF") + colour("dk2", "44546A")
           + colour("lt2", "E7E6E6") + colour("accent1", "4472C4") + colour("accent2", "ED7D31")
           + colour("accent3", "A5A5A5") + colour("accent4", "FFC000") + colour("accent5", "5B9BD5")
           + colour("accent6", "70AD47") + colour("hlink", "0563C1") + colour("folHlink", "954F72")
           + "</a:clrScheme><a:fontScheme name=\"Standpoint\">" + font("majorFont", "Calibri Light")
           + font("minorFont", "Calibri") + "</a:fontScheme><a:fmtScheme name=\"Standpoint\"><a:fillStyleLst>"
           + fill + fill + fill + "</a:fillStyleLst><a:lnStyleLst>" + line("6350") + line("12700")
           + line("19050") + "</a:lnStyleLst><a:effectStyleLst>" + effect + effect + effect
           + "</a:effectStyleLst><a:bgFillStyleLst>" + fill + fill + fill
           + "</a:bgFillStyleLst></a:fmtScheme></a:themeElements><a:objectDefaults/><a:extraClrSchemeLst/>"
             "</a:theme>";
}

// A real title placeholder, not a text box, so PowerPoint's outline and accessibility checker see
// each slide's title.
QByteArray titlePlaceholder(const QByteArray &spPr, const QByteArray &text)
{
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Title 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
           "</p:cNvSpPr><p:nvPr><p:ph type=\"title\"/></p:nvPr></p:nvSpPr><p:spPr>"
           + spPr + "</p:spPr><p:txBody><a:bodyPr vert=\"horz\" " SP_INSETS " anchor=\"ctr\"><a:normAutofit/>"
           "</a:bodyPr><a:lstStyle/>" + text + "</p:txBody></p:sp>";
}

QByteArray slideMaster()
{
    return SP_XML_DECL "<p:sldMaster " SP_PML_NS "><p:cSld>" SP_BACKGROUND "<p:spTree>" SP_GROUP
           + titlePlaceholder(xfrm(kTitleBox) + SP_RECT, paragraphs({Tr::tr("Title")}))
           + "</p:spTree></p:cSld>" SP_CLRMAP
             "<p:sldLayoutIdLst><p:sldLayoutId id=\"2147483649\" r:id=\"rId1\"/></p:sldLayoutIdLst>"
             "<p:txStyles><p:titleStyle><a:lvl1pPr algn=\"l\"><a:lnSpc><a:spcPct val=\"90000\"/></a:lnSpc>"
             "<a:spcBef><a:spcPct val=\"0\"/></a:spcBef><a:buNone/>" SP_TEXT("3200", "mj")
             "</a:lvl1pPr></p:titleStyle><p:bodyStyle><a:lvl1pPr marL=\"0\" indent=\"0\" algn=\"l\">"
             "<a:spcBef><a:spcPts val=\"600\"/></a:spcBef><a:buNone/>" SP_TEXT("1800", "mn")
             "</a:lvl1pPr></p:bodyStyle><p:otherStyle><a:lvl1pPr marL=\"0\" algn=\"l\">" SP_TEXT("1800", "mn")
             "</a:lvl1pPr></p:otherStyle></p:txStyles></p:sldMaster>";
}

QByteArray slideLayout()
{
    return SP_XML_DECL "<p:sldLayout " SP_PML_NS " type=\"titleOnly\" preserve=\"1\">"
                       "<p:cSld name=\"Title Only\"><p:spTree>" SP_GROUP
           + titlePlaceholder({}, paragraphs({Tr::tr("Title")}))
           + "</p:spTree></p:cSld>" SP_NO_OVERRIDE "</p:sldLayout>";
}

// A notes slide's placeholders inherit position from the notes master's by type, so it leaves spPr empty.
QByteArray notesShapes(const QByteArray &imageSpPr, const QByteArray &bodySpPr, const QByteArray &bodyText)
{
    return "<p:sp><p:nvSpPr><p:cNvPr id=\"2\" name=\"Slide Image 1\"/><p:cNvSpPr><a:spLocks noGrp=\"1\" "
           "noRot=\"1\" noChangeAspect=\"1\"/></p:cNvSpPr><p:nvPr><p:ph type=\"sldImg\"/></p:nvPr>"
           "</p:nvSpPr><p:spPr>" + imageSpPr + "</p:spPr></p:sp>"
           "<p:sp><p:nvSpPr><p:cNvPr id=\"3\" name=\"Notes 2\"/><p:cNvSpPr><a:spLocks noGrp=\"1\"/>"
           "</p:cNvSpPr><p:nvPr><p:ph type=\"body\" idx=\"1\"/></p:nvPr></p:nvSpPr><p:spPr>"
           + bodySpPr + "</p:spPr><p:txBody><a:bodyPr vert=\"horz\" " SP_INSETS "/><a:lstStyle/>" + bodyText
           + "</p:txBody></p:sp>";
}

QByteArray notesMaster()
{
    const QByteArray frame = "<a:noFill/><a:ln w=\"12700\"><a:solidFill><a:prstClr val=\"black\"/>"
                             "</a:solidFill></a:ln>";
    return SP_XML_DECL "<p:notesMaster " SP_PML_NS "><p:cSld>" SP_BACKGROUND "<p:spTree>" SP_GROUP
           + notesShapes(xfrm(kNotesImage) + SP_RECT + frame, xfrm(kNotesBody) + SP_RECT,
                         paragraphs({Tr::tr("Notes")}))
           + "</p:spTree></p:cSld>" SP_CLRMAP "<p:notesStyle><a:lvl1pPr marL=\"0\" algn=\"l\">"
             SP_TEXT("1200", "mn") "</a:lvl1pPr></p:notesStyle></p:notesMaster>";
}

QByteArray notesSlide(const DeckSlide &slide)
{
    return SP_XML_DECL "<p:notes " SP_PML_NS "><p:cSld><p:spTree>" SP_GROUP
           + notesShapes({}, {}, paragraphs(slide.notes))
           + "</p:spTree></p:cSld>" SP_NO_OVERRIDE "</p:notes>";
}

QByteArray notesSlideRels(qsizetype n)
{
    return relationships(rel(1, "notesMaster", "../notesMasters/notesMaster1.xml")
                         + rel(2, "slide", "../slides/slide" + num(n) + ".xml"));
}

QByteArray slideXml(const DeckSlide &slide, QSize pictureSize)
{
    const QByteArray grey = "<a:solidFill><a:srgbClr val=\"595959\"/></a:solidFill>";
    return SP_XML_DECL "<p:sld " SP_PML_NS "><p:cSld><p:spTree>" SP_GROUP
           + titlePlaceholder(xfrm(kTitleBox), paragraphs({slide.title}))
           + "<p:pic><p:nvPicPr><p:cNvPr id=\"3\" name=\"Picture 2\" descr=\"" + xmlEscape(slide.title)
           + "\"/><p:cNvPicPr><a:picLocks noChangeAspect=\"1\"/></p:cNvPicPr><p:nvPr/></p:nvPicPr>"
             "<p:blipFill><a:blip r:embed=\"rId2\"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr>"
           + xfrm(fitPicture(pictureSize)) + SP_RECT "</p:spPr></p:pic>"
           + "<p:sp><p:nvSpPr><p:cNvPr id=\"4\" name=\"Source 3\"/><p:cNvSpPr txBox=\"1\"/><p:nvPr/>"
             "</p:nvSpPr><p:spPr>" + xfrm(kSourceBox) + SP_RECT "<a:noFill/></p:spPr><p:txBody>"
             "<a:bodyPr wrap=\"square\" " SP_INSETS " anchor=\"b\"><a:normAutofit/></a:bodyPr><a:lstStyle/>"
           + paragraphs({slide.sourceLine}, " sz=\"1200\"", grey)
           + "</p:txBody></p:sp></p:spTree></p:cSld>" SP_NO_OVERRIDE "</p:sld>";
}

QByteArray slideRels(qsizetype n)
{
    return relationships(rel(1, "slideLayout", "../slideLayouts/slideLayout1.xml")
                         + rel(2, "image", "../media/image" + num(n) + ".png")
                         + rel(3, "notesSlide", "../notesSlides/notesSlide" + num(n) + ".xml"));
}

#undef SP_XML_DECL
#undef SP_PML_NS
#undef SP_REL_TYPE
#undef SP_GROUP
#undef SP_CLRMAP
#undef SP_BACKGROUND
#undef SP_RECT
#undef SP_INSETS
#undef SP_TEXT
#undef SP_NO_OVERRIDE

// Adds parts to a zip until the first failure, which it keeps so the caller checks once at the end.
class Package
{
public:
    explicit Package(QIODevice *device) : m_zip(device)
    {
        // Without this QuaZip would commit the QSaveFile itself, even after a failed entry.
        m_zip.setAutoClose(false);
        // The device is seekable, so sizes can go in the local headers; the optional data
        // descriptors would only cost compatibility with simpler zip readers.
        m_zip.setDataDescriptorWritingEnabled(false);
        if (!m_zip.open(QuaZip::mdCreate))
            m_failure = Tr::tr("the zip archive could not be started (zip error %1)").arg(m_zip.getZipError());
    }

    void add(const QString &name, const QByteArray &data, bool compress = true)
    {
        if (!m_failure.isEmpty())
            return;
        QuaZipNewInfo info(name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                            | QFileDevice::ReadOther);
        QuaZipFile entry(&m_zip);
        // PNG data is already compressed; deflating it again costs time and saves nothing.
        if (!entry.open(QIODevice::WriteOnly, info, nullptr, 0, compress ? Z_DEFLATED : 0,
                        compress ? Z_DEFAULT_COMPRESSION : 0)) {
            m_failure = Tr::tr("%1 could not be added (zip error %2)").arg(name, QString::number(entry.getZipError()));
            return;
        }
        const bool written = entry.write(data) == data.size();
        entry.close();
        if (!written || entry.getZipError() != ZIP_OK)
            m_failure = Tr::tr("%1 could not be written (zip error %2)").arg(name, QString::number(entry.getZipError()));
    }

    // Returns the first failure, or an empty string when the archive is complete.
    QString finish()
    {
        if (!m_zip.isOpen())
            return m_failure;
        m_zip.close();
        if (m_failure.isEmpty() && m_zip.getZipError() != ZIP_OK)
            m_failure = Tr::tr("the zip archive could not be finished (zip error %1)").arg(m_zip.getZipError());
        return m_failure;
    }

private:
    QuaZip m_zip;
    QString m_failure;
};

} // namespace

namespace {

// Slides with their pictures encoded as PNG: a picture drawn on the GUI thread is encoded here, by the
// thread that writes the deck, since encoding is most of a picture's cost.
QList<DeckSlide> encoded(QList<DeckSlide> slides)
{
    for (DeckSlide &s : slides) {
        if (!s.png.isEmpty() || s.image.isNull())
            continue;
        QBuffer buffer(&s.png);
        buffer.open(QIODevice::WriteOnly);
        s.image.save(&buffer, "PNG");
        s.pngSize = s.image.size();
        s.image = QImage();
    }
    return slides;
}

} // namespace

Status writePptx(const QString &path, const QString &deckTitle, const QList<DeckSlide> &drawn, const std::atomic_bool *stop)
{
    const QList<DeckSlide> slides = encoded(drawn);
    const QString where = QDir::toNativeSeparators(path);
    if (slides.isEmpty())
        return Error{Tr::tr("Could not write %1: there is nothing to export (no slides).").arg(where)};

    QList<QSize> pictureSizes;
    for (qsizetype i = 0; i < slides.size(); ++i) {
        const DeckSlide &s = slides.at(i);
        if (!isPng(s.png))
            return Error{
                Tr::tr("Could not write %1: the picture for slide %2 is not a PNG image.").arg(where, QString::number(i + 1))};
        pictureSizes << (s.pngSize.isValid() && !s.pngSize.isEmpty() ? s.pngSize : pngHeaderSize(s.png));
    }

    // Written beside the target and renamed when complete, so a failed export never leaves half a deck.
    return exporting::AtomicFile::write(path, [&](QIODevice &device) -> Status {
        const qsizetype n = slides.size();
        Package zip(&device);
        // [Content_Types].xml first: file(1) and similar sniffers recognise OOXML by its first entry.
        zip.add(QStringLiteral("[Content_Types].xml"), contentTypes(n));
        zip.add(QStringLiteral("_rels/.rels"), packageRels());
        zip.add(QStringLiteral("docProps/core.xml"), coreProps(deckTitle));
        zip.add(QStringLiteral("docProps/app.xml"), appProps(n));
        zip.add(QStringLiteral("ppt/presentation.xml"), presentation(n));
        zip.add(QStringLiteral("ppt/_rels/presentation.xml.rels"), presentationRels(n));
        zip.add(QStringLiteral("ppt/presProps.xml"), presProps());
        zip.add(QStringLiteral("ppt/viewProps.xml"), viewProps());
        zip.add(QStringLiteral("ppt/tableStyles.xml"), tableStyles());
        zip.add(QStringLiteral("ppt/theme/theme1.xml"), theme());
        zip.add(QStringLiteral("ppt/theme/theme2.xml"), theme());
        zip.add(QStringLiteral("ppt/slideMasters/slideMaster1.xml"), slideMaster());
        zip.add(QStringLiteral("ppt/slideMasters/_rels/slideMaster1.xml.rels"),
                relationships(rel(1, "slideLayout", "../slideLayouts/slideLayout1.xml")
                              + rel(2, "theme", "../theme/theme1.xml")));
        zip.add(QStringLiteral("ppt/slideLayouts/slideLayout1.xml"), slideLayout());
        zip.add(QStringLiteral("ppt/slideLayouts/_rels/slideLayout1.xml.rels"),
                relationships(rel(1, "slideMaster", "../slideMasters/slideMaster1.xml")));
        zip.add(QStringLiteral("ppt/notesMasters/notesMaster1.xml"), notesMaster());
        zip.add(QStringLiteral("ppt/notesMasters/_rels/notesMaster1.xml.rels"),
                relationships(rel(1, "theme", "../theme/theme2.xml")));
        for (qsizetype i = 0; i < n; ++i) {
            if (stop && *stop)
                return Error{Tr::tr("stopped before it was complete")};
            const DeckSlide &s = slides.at(i);
            const QString k = QString::number(i + 1);
            zip.add(QStringLiteral("ppt/slides/slide%1.xml").arg(k), slideXml(s, pictureSizes.at(i)));
            zip.add(QStringLiteral("ppt/slides/_rels/slide%1.xml.rels").arg(k), slideRels(i + 1));
            zip.add(QStringLiteral("ppt/media/image%1.png").arg(k), s.png, false);
            zip.add(QStringLiteral("ppt/notesSlides/notesSlide%1.xml").arg(k), notesSlide(s));
            zip.add(QStringLiteral("ppt/notesSlides/_rels/notesSlide%1.xml.rels").arg(k), notesSlideRels(i + 1));
        }

        const QString failure = zip.finish();
        if (!failure.isEmpty())
            return Error{failure};
        return success();
    });
}

} // namespace standpoint::render
