// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Exported figures and decks, checked as a person would: sizes, text in the files, and the deck as
// LibreOffice opens it.
#include "app/i18n/translations.h"
#include "app/render/deckbuilder.h"
#include "app/render/figurerenderer.h"
#include "app/render/timelinerenderer.h"
#include "app/render/handout.h"
#include "core/notes/readingsets.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

struct Tool
{
    int exitCode = -1;
    QByteArray out;
};

Tool run(const QString &program, const QStringList &arguments, int timeoutMs = 120000)
{
    QProcess p;
    p.start(program, arguments);
    if (!p.waitForFinished(timeoutMs))
        return {};
    return Tool{p.exitCode(), p.readAllStandardOutput()};
}

// Dark pixels in a band of rows: ink from the title, the chart or the source line.
int inkIn(const QImage &image, int fromRow, int toRow)
{
    int dark = 0;
    for (int y = fromRow; y < toRow; y += 2)
        for (int x = 0; x < image.width(); x += 2)
            dark += qGray(image.pixel(x, y)) < 120 ? 1 : 0;
    return dark;
}

QString requireTool(const char *name)
{
    const QString path = QStandardPaths::findExecutable(QString::fromUtf8(name));
    EXPECT_FALSE(path.isEmpty()) << name << " is missing: scripts/setup.sh installs it";
    return path;
}

} // namespace

class Render : public fixtures::BundledStoreTest
{
protected:
    figures::ChartData chart(const char *key)
    {
        auto data = figures::readChart(db(), QString::fromUtf8(key));
        EXPECT_TRUE(succeeded(data));
        return data ? *data : figures::ChartData{};
    }
    QTemporaryDir dir;
};

TEST_F(Render, PngIsTheSizeAskedWithTitleChartAndSourceLine)
{
    const figures::ChartData data = chart("trade-turnover");
    render::FigureRenderer renderer(data, {});
    for (const QSize size : {QSize(1920, 1080), QSize(3840, 2160)}) {
        const QString path = dir.filePath(QStringLiteral("chart-%1.png").arg(size.width()));
        ASSERT_TRUE(succeeded(renderer.exportPng(path, size)));
        const QImage image(path);
        ASSERT_EQ(image.size(), size);
        const int h = image.height();
        EXPECT_GT(inkIn(image, 0, h / 10), 200) << "no title";
        EXPECT_GT(inkIn(image, h / 5, h * 3 / 4), 200) << "no chart";
        EXPECT_GT(inkIn(image, h * 9 / 10, h), 200) << "no source line";
    }
    EXPECT_FALSE(renderer.exportPng(dir.filePath(QStringLiteral("tiny.png")), QSize(10, 10)).ok());
}

TEST_F(Render, SvgNamesItsFontsAndRendersWithText)
{
    const figures::ChartData data = chart("trade-growth");
    const QString path = dir.filePath(QStringLiteral("growth.svg"));
    ASSERT_TRUE(succeeded(render::FigureRenderer(data, {}).exportSvg(path, QSize(1920, 1080))));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray svg = file.readAll();
    EXPECT_FALSE(svg.contains("font-family=\"Sans Serif\""));
    EXPECT_TRUE(svg.contains("font-family=\"DejaVu Sans, "));
    EXPECT_TRUE(svg.contains("Sources:"));
    EXPECT_TRUE(svg.contains(data.title.left(20).toUtf8()));
    const QString png = dir.filePath(QStringLiteral("growth-from-svg.png"));
    const Tool rsvg = run(requireTool("rsvg-convert"), {QStringLiteral("-w"), QStringLiteral("960"), path,
                                                       QStringLiteral("-o"), png});
    ASSERT_EQ(rsvg.exitCode, 0);
    const QImage image(png);
    ASSERT_FALSE(image.isNull());
    EXPECT_GT(inkIn(image, 0, image.height() / 10), 100) << "the SVG's title did not render";
}

TEST_F(Render, PdfIsVectorWithEmbeddedFontsAndItsText)
{
    const figures::ChartData data = chart("trade-turnover");
    const QString path = dir.filePath(QStringLiteral("turnover.pdf"));
    ASSERT_TRUE(succeeded(render::FigureRenderer(data, {}).exportPdf(path)));
    const Tool fonts = run(requireTool("pdffonts"), {path});
    ASSERT_EQ(fonts.exitCode, 0);
    EXPECT_TRUE(fonts.out.contains("DejaVuSans"));
    for (const QByteArray &line : fonts.out.split('\n')) {
        if (line.startsWith("DejaVu")) {
            EXPECT_TRUE(line.contains(" yes ")) << "font not embedded: " << line.toStdString();
        }
    }
    const Tool text = run(requireTool("pdftotext"), {path, QStringLiteral("-")});
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("Sources:")));
    EXPECT_TRUE(QString::fromUtf8(text.out).contains(QStringLiteral("2022")));
    // Vector: the page carries text and paths, not one big picture.
    const Tool images = run(requireTool("pdfimages"), {QStringLiteral("-list"), path});
    EXPECT_EQ(images.out.split('\n').size(), 3) << images.out.toStdString(); // a header of two lines, no images
}

TEST_F(Render, SizesAreParsedAndBadOnesNamed)
{
    EXPECT_EQ(*render::parseSize(QStringLiteral("1920x1080")), QSize(1920, 1080));
    EXPECT_EQ(*render::parseSize(QStringLiteral("3840×2160")), QSize(3840, 2160));
    for (const char *bad : {"big", "1920", "10x10", "99999x1080", "-5x5"})
        EXPECT_FALSE(render::parseSize(QString::fromUtf8(bad)).ok()) << bad;
}

TEST_F(Render, DeckOpensInLibreOfficeWithTitlesSourcesAndNotes)
{
    QList<render::DeckSlide> slides;
    const QStringList keys = {QStringLiteral("trade-turnover"), QStringLiteral("trade-growth"),
                              QStringLiteral("trade-shares")};
    QList<figures::ChartData> charts;
    for (const QString &key : keys) {
        charts << chart(key.toUtf8().constData());
        slides << render::chartSlide(charts.last(), {}).slide;
    }
    ASSERT_FALSE(slides[1].notes.isEmpty());
    EXPECT_TRUE(slides[1].notes.join(QLatin1Char('\n')).contains(QStringLiteral("36 percent")));
    const QString deck = dir.filePath(QStringLiteral("deck.pptx"));
    ASSERT_TRUE(succeeded(render::writePptx(deck, QStringLiteral("Test deck"), slides)));

    // LibreOffice exits 0 even when it cannot read a file: the PDF it writes is the proof.
    const QString profile = QStringLiteral("-env:UserInstallation=file://") + dir.filePath(QStringLiteral("lo-profile"));
    const Tool convert = run(requireTool("libreoffice"), {profile, QStringLiteral("--headless"), QStringLiteral("--convert-to"),
                                                          QStringLiteral("pdf"), QStringLiteral("--outdir"), dir.path(), deck},
                             240000);
    const QString pdf = dir.filePath(QStringLiteral("deck.pdf"));
    ASSERT_TRUE(QFile::exists(pdf)) << "LibreOffice did not convert the deck";
    const Tool info = run(requireTool("pdfinfo"), {pdf});
    static const QRegularExpression pages(QStringLiteral("Pages:\\s+(\\d+)"));
    EXPECT_EQ(pages.match(QString::fromUtf8(info.out)).captured(1), QStringLiteral("3")) << info.out.toStdString();
    const QString text = QString::fromUtf8(run(requireTool("pdftotext"), {pdf, QStringLiteral("-")}).out).simplified();
    for (const figures::ChartData &c : charts) {
        EXPECT_TRUE(text.contains(c.title.simplified().left(30))) << c.title.toStdString();
        // Each slide names its sources at its foot; the full citations are in its notes.
        EXPECT_TRUE(text.contains(QStringLiteral("Sources: ") + c.points.first().shortSource)) << text.toStdString();
    }
    const Tool notes = run(requireTool("unzip"), {QStringLiteral("-p"), deck, QStringLiteral("ppt/notesSlides/notesSlide2.xml")});
    EXPECT_TRUE(QString::fromUtf8(notes.out).contains(QStringLiteral("36 percent")));
}

TEST_F(Render, DeckErrorsAreNamed)
{
    EXPECT_FALSE(render::writePptx(dir.filePath(QStringLiteral("empty.pptx")), QStringLiteral("x"), {}).ok());
    auto unwritable = render::writePptx(QStringLiteral("/nonexistent-folder/deck.pptx"), QStringLiteral("x"),
                                        {render::chartSlide(chart("yuan"), {}).slide});
    ASSERT_FALSE(unwritable.ok());
    EXPECT_TRUE(unwritable.message().contains(QStringLiteral("/nonexistent-folder/deck.pptx")));
}

TEST_F(Render, TimelineExportsCarryTitleAndSourcesInEveryFormat)
{
    auto data = timeline::readTimeline(db());
    ASSERT_TRUE(succeeded(data));
    timeline::TimelineFilter filter;
    filter.from = 2014;
    filter.to = 2026;
    render::TimelineRenderer renderer(*data, filter);
    const QString png = dir.filePath(QStringLiteral("timeline.png")), svg = dir.filePath(QStringLiteral("timeline.svg")),
                  pdf = dir.filePath(QStringLiteral("timeline.pdf"));
    ASSERT_TRUE(succeeded(renderer.exportTo(png, QSize(3840, 2160))));
    const QImage image(png);
    ASSERT_EQ(image.size(), QSize(3840, 2160));
    EXPECT_GT(inkIn(image, 0, image.height() / 10), 200);
    EXPECT_GT(inkIn(image, image.height() * 9 / 10, image.height()), 200);
    ASSERT_TRUE(succeeded(renderer.exportTo(svg)));
    QFile file(svg);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    EXPECT_FALSE(content.contains("font-family=\"Sans Serif\""));
    EXPECT_TRUE(content.contains("Sources:"));
    ASSERT_TRUE(succeeded(renderer.exportTo(pdf)));
    const Tool fonts = run(requireTool("pdffonts"), {pdf});
    EXPECT_TRUE(fonts.out.contains("DejaVuSans"));
    const QString text = QString::fromUtf8(run(requireTool("pdftotext"), {pdf, QStringLiteral("-")}).out);
    EXPECT_TRUE(text.contains(QStringLiteral("Timeline:")));
    EXPECT_TRUE(text.contains(QStringLiteral("Sources:")));
    EXPECT_FALSE(renderer.exportTo(dir.filePath(QStringLiteral("t.gif"))).ok());
}

TEST_F(Render, HandoutsEscapeWhatUsersTypedAndPaginate)
{
    auto set = notes::createSet(db(), QStringLiteral("Week <3> & more"));
    ASSERT_TRUE(succeeded(set));
    notes::SetItem chart;
    chart.kind = notes::SetItemKind::Chart;
    chart.chartKey = QStringLiteral("trade-growth");
    chart.note = QStringLiteral("<script>alert('x')</script> check the 36%");
    ASSERT_TRUE(succeeded(notes::addItem(db(), *set, chart)));
    notes::SetItem event;
    event.kind = notes::SetItemKind::Event;
    event.eventId = *sql::scalar(db(), QStringLiteral("SELECT id FROM event WHERE key = 'e-kissinger-nixon-opening'"));
    ASSERT_TRUE(succeeded(notes::addItem(db(), *set, event)));
    ASSERT_TRUE(notes::setQuestions(db(), *set, {QStringLiteral("Is <b>this</b> bold?")}).ok());

    const QString html = dir.filePath(QStringLiteral("h.html")), md = dir.filePath(QStringLiteral("h.md")),
                  pdf = dir.filePath(QStringLiteral("h.pdf"));
    ASSERT_TRUE(succeeded(render::writeHandout(db(), *set, html)));
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QString page = QString::fromUtf8(htmlFile.readAll());
    EXPECT_FALSE(page.contains(QStringLiteral("<script>")));
    EXPECT_TRUE(page.contains(QStringLiteral("&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;"))
                || page.contains(QStringLiteral("&lt;script&gt;alert('x')&lt;/script&gt;")));
    EXPECT_FALSE(page.contains(QStringLiteral("<b>this</b>")));
    EXPECT_TRUE(page.contains(QStringLiteral("Week &lt;3&gt; &amp; more")));
    EXPECT_TRUE(page.contains(QStringLiteral("data:image/png;base64,"))); // the chart travels inside the page
    EXPECT_TRUE(page.contains(QStringLiteral("Kissinger")));

    ASSERT_TRUE(succeeded(render::writeHandout(db(), *set, md)));
    QFile mdFile(md);
    ASSERT_TRUE(mdFile.open(QIODevice::ReadOnly));
    const QString markdown = QString::fromUtf8(mdFile.readAll());
    EXPECT_TRUE(markdown.contains(QStringLiteral("\\<script\\>")));
    EXPECT_TRUE(QFile::exists(dir.filePath(QStringLiteral("h_files/chart-trade-growth.png"))));

    ASSERT_TRUE(succeeded(render::writeHandout(db(), *set, pdf)));
    const QString text = QString::fromUtf8(run(requireTool("pdftotext"), {pdf, QStringLiteral("-")}).out);
    EXPECT_TRUE(text.contains(QStringLiteral("page 1 of")));
    EXPECT_TRUE(text.contains(QStringLiteral("<script>alert('x')</script>"))); // shown as text
    EXPECT_TRUE(text.contains(QStringLiteral("Source:")));
    EXPECT_FALSE(render::writeHandout(db(), *set, dir.filePath(QStringLiteral("h.docx"))).ok());
    EXPECT_FALSE(render::writeHandout(db(), 99999, html).ok());
}

TEST_F(Render, DeckFollowsTheUnitsRuleAndNamesASeriesItLeavesOut)
{
    const figures::ChartData plain = chart("trade-turnover");
    ASSERT_TRUE(plain.isTime());
    const QList<figures::UserPoint> points = {{2021, 60, {}}, {2022, 75, {}}, {2023, 90, {}}};
    const figures::UserSeries other{.key = QStringLiteral("growth"), .title = QStringLiteral("My growth"),
                                    .unit = QStringLiteral("percent"), .sourceFile = QStringLiteral("growth.csv"),
                                    .points = points};
    const figures::UserSeries same{.key = QStringLiteral("mine"), .title = QStringLiteral("My estimate"),
                                   .unit = plain.unit, .sourceFile = QStringLiteral("mine.csv"), .points = points};

    const render::ChartSlide without = render::chartSlide(plain, {});
    EXPECT_TRUE(without.leftOut.isEmpty());
    figures::ChartData withOther = plain;
    withOther.overlays = {other};
    const render::ChartSlide refused = render::chartSlide(withOther, {});
    ASSERT_EQ(refused.leftOut.size(), 1);
    EXPECT_TRUE(refused.leftOut.first().contains(other.title)) << refused.leftOut.first().toStdString();
    EXPECT_TRUE(refused.leftOut.first().contains(plain.unit)) << refused.leftOut.first().toStdString();
    // Left out means not drawn: the slide's picture is the one without the series.
    EXPECT_EQ(refused.slide.image, without.slide.image);

    figures::ChartData withSame = plain;
    withSame.overlays = {same, other};
    const render::ChartSlide drawn = render::chartSlide(withSame, {});
    EXPECT_EQ(drawn.leftOut.size(), 1);
    EXPECT_NE(drawn.slide.image, without.slide.image);
}

TEST_F(Render, HandoutsFollowTheLanguageOfTheMessages)
{
    auto set = notes::createSet(db(), QStringLiteral("Sprache"));
    ASSERT_TRUE(succeeded(set));
    notes::SetItem stance;
    stance.kind = notes::SetItemKind::Stance;
    stance.stanceId = *sql::scalar(db(), QStringLiteral("SELECT min(id) FROM stance WHERE value = 'lean_yes'"));
    ASSERT_GT(stance.stanceId, 0);
    ASSERT_TRUE(succeeded(notes::addItem(db(), *set, stance)));
    const QString html = dir.filePath(QStringLiteral("sprache.html"));
    const auto page = [&] {
        EXPECT_TRUE(succeeded(render::writeHandout(db(), *set, html)));
        QFile file(html);
        EXPECT_TRUE(file.open(QIODevice::ReadOnly));
        return QString::fromUtf8(file.readAll());
    };

    ASSERT_TRUE(i18n::installTranslators(QStringLiteral("de")));
    const QString german = page();
    i18n::removeTranslators();
    EXPECT_TRUE(german.contains(QStringLiteral("<html lang=\"de\">"))) << german.left(200).toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral("Eher ja:"))) << german.toStdString();
    EXPECT_TRUE(german.contains(QStringLiteral(">Haltung<")));
    EXPECT_FALSE(german.contains(QStringLiteral("Leans yes")));

    const QString english = page();
    EXPECT_TRUE(english.contains(QStringLiteral("<html lang=\"en\">")));
    EXPECT_TRUE(english.contains(QStringLiteral("Leans yes:")));
    EXPECT_TRUE(english.contains(QStringLiteral(">Stance<")));
}
