// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/compare/compareview.h"

#include "app/common/backgroundexport.h"

#include "app/common/stancestyle.h"
#include "app/common/wrappingheader.h"
#include "app/compare/agreementmodel.h"
#include "app/compare/comparemodel.h"
#include "app/compare/heatdelegate.h"
#include "app/compare/stancedelegate.h"
#include "app/compare/stancelegend.h"
#include "app/compare/themefilterproxy.h"

#include <QComboBox>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace standpoint::app {

namespace {

// The Compare view's persisted settings.
struct CompareSettings
{
    static constexpr const char *kColumns = "compare/columns";
    static constexpr const char *kCompact = "compare/compact";
    static bool compact() { return QSettings().value(QLatin1String(kCompact), false).toBool(); }
    static void setCompact(bool on) { QSettings().setValue(QLatin1String(kCompact), on); }
    static constexpr const char *kAgreement = "compare/agreementVisible";
    static bool agreement() { return QSettings().value(QLatin1String(kAgreement), true).toBool(); }
    static void setAgreement(bool on) { QSettings().setValue(QLatin1String(kAgreement), on); }

    static QStringList columns() { return QSettings().value(QLatin1String(kColumns)).toStringList(); }
    static void setColumns(const QStringList &keys) { QSettings().setValue(QLatin1String(kColumns), keys); }
};

constexpr int kMinimumColumns = 2;

} // namespace

CompareView::CompareView(QWidget *parent)
    : QWidget(parent), m_model(new CompareModel(this)), m_proxy(new ThemeFilterProxy(this)),
      m_agreementModel(new AgreementModel(this)), m_table(new QTableView), m_agreement(new QTableView),
      m_differences(new QListWidget), m_differencesTitle(new QLabel), m_themes(new QComboBox),
      m_columns(new QToolButton), m_compact(new QToolButton), m_agreementToggle(new QToolButton)
{
    m_proxy->setSourceModel(m_model);

    // Alt+letters that no tab or menu has (C, A and T are tabs').
    auto *themeLabel = new QLabel(tr("The&me:"));
    themeLabel->setBuddy(m_themes);
    m_themes->setAccessibleName(tr("Filter questions by theme"));
    m_themes->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    connect(m_themes, &QComboBox::currentIndexChanged, this, [this] {
        m_proxy->setTheme(m_themes->currentData().toString());
        emit statusMessage(tr("Showing %1 of %2 questions").arg(m_proxy->rowCount()).arg(m_model->rowCount()));
    });

    m_columns->setText(tr("C&olumns"));
    m_columns->setPopupMode(QToolButton::InstantPopup);
    m_columns->setAccessibleName(tr("Choose the columns to show"));
    m_columns->setMenu(new QMenu(m_columns));

    m_compact->setText(tr("Com&pact"));
    m_compact->setCheckable(true);
    m_compact->setToolTip(tr("Chips only, so every column fits on screen; the paraphrase and quotes show on hover"));
    m_compact->setAccessibleName(tr("Compact matrix"));
    connect(m_compact, &QToolButton::toggled, this, &CompareView::setCompact);
    m_agreementToggle->setText(tr("Agreeme&nt"));
    m_agreementToggle->setCheckable(true);
    m_agreementToggle->setToolTip(tr("Show or hide the heat map of how often each pair agrees"));
    m_agreementToggle->setAccessibleName(tr("Show the agreement heat map"));
    connect(m_agreementToggle, &QToolButton::toggled, this, &CompareView::setAgreementVisible);

    auto *exportButton = new QToolButton;
    exportButton->setText(tr("E&xport"));
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setAccessibleName(tr("Export the matrix"));
    auto *exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("As PNG image (1920×1080)…"), this, &CompareView::exportPng);
    exportMenu->addAction(tr("As PDF…"), this, &CompareView::exportPdf);
    exportMenu->addAction(tr("As CSV…"), this, &CompareView::exportCsv);
    exportButton->setMenu(exportMenu);

    auto *bar = new QHBoxLayout;
    bar->addWidget(themeLabel);
    bar->addWidget(m_themes);
    bar->addWidget(m_columns);
    bar->addWidget(m_compact);
    bar->addWidget(m_agreementToggle);
    bar->addWidget(exportButton);
    bar->addStretch(1);
    bar->addWidget(new StanceLegend);

    auto *horizontal = new WrappingHeader(Qt::Horizontal, m_table);
    horizontal->setSectionsMovable(true);
    horizontal->setDefaultSectionSize(fontMetrics().averageCharWidth() * 29);
    horizontal->setMinimumSectionSize(120);
    horizontal->setFixedHeight(fontMetrics().height() * 3 + 14);
    horizontal->setToolTip(tr("Drag a column title to reorder the columns"));
    auto *vertical = new WrappingHeader(Qt::Vertical, m_table);
    vertical->setFixedWidth(fontMetrics().averageCharWidth() * 30);
    vertical->setDefaultSectionSize(fontMetrics().height() * 6 + 18);
    vertical->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setHorizontalHeader(horizontal);
    m_table->setVerticalHeader(vertical);
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new StanceDelegate(m_table));
    setCompact(CompareSettings::compact());
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->setMouseTracking(true);
    m_table->setAccessibleName(tr("Stances by question and position"));
    m_table->setAccessibleDescription(tr("Arrow keys move between cells; Enter opens the quote behind a cell."));
    m_table->installEventFilter(this);
    connect(m_table, &QTableView::clicked, this, &CompareView::activate);
    connect(horizontal, &QHeaderView::sectionMoved, this, [this] { columnsChanged(); });

    m_agreement->setModel(m_agreementModel);
    m_agreement->setItemDelegate(new HeatDelegate(m_agreement));
    m_agreement->horizontalHeader()->setDefaultSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("100%")) + 12);
    m_agreement->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agreement->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_agreement->horizontalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agreement->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_agreement->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 12);
    m_agreement->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agreement->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_agreement->setTabKeyNavigation(false);
    m_agreement->setAccessibleName(tr("Agreement between positions"));
    m_agreement->setAccessibleDescription(
        tr("Each cell is the share of questions on which two positions land on the same side."));
    m_agreement->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    connect(m_agreement, &QTableView::clicked, this, &CompareView::showDifferences);
    connect(m_agreement->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { showDifferences(current); });

    m_differences->setAccessibleName(tr("Questions on which the chosen pair differs"));
    m_differences->setWordWrap(true);
    m_differences->setAlternatingRowColors(true);
    connect(m_differences, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        focusCell(item->data(Qt::UserRole).toString(), item->data(Qt::UserRole + 1).toString());
    });
    m_differencesTitle->setWordWrap(true);
    m_differencesTitle->setText(tr("Click a pair in the heat map to list the questions on which they differ."));

    auto *side = new QWidget;
    m_side = side;
    auto *sideLayout = new QVBoxLayout(side);
    sideLayout->setContentsMargins(6, 0, 0, 0);
    auto *agreementTitle = new QLabel(tr("<b>How often they agree</b><br/><small>Share of the questions both address "
                                         "on which they land on the same side</small>"));
    agreementTitle->setWordWrap(true);
    sideLayout->addWidget(agreementTitle);
    sideLayout->addWidget(m_agreement, 0);
    sideLayout->addWidget(m_differencesTitle);
    sideLayout->addWidget(m_differences, 1);

    auto *splitter = new QSplitter;
    splitter->setObjectName(QStringLiteral("CompareSplitter"));
    splitter->addWidget(m_table);
    splitter->addWidget(side);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(splitter, 1);
    setAgreementVisible(CompareSettings::agreement());
}

bool CompareView::isAgreementVisible() const { return m_agreementToggle->isChecked(); }

void CompareView::setAgreementVisible(bool visible)
{
    m_side->setVisible(visible);
    const QSignalBlocker block(m_agreementToggle);
    m_agreementToggle->setChecked(visible);
    CompareSettings::setAgreement(visible);
}

void CompareView::setDebate(const debate::DebateSnapshot &debate)
{
    m_model->setDebate(debate);
    m_agreementModel->setDebate(debate);
    {
        const QSignalBlocker block(m_themes);
        m_themes->clear();
        m_themes->addItem(tr("All themes"), QString());
        for (const debate::Theme &t : debate.themes)
            m_themes->addItem(t.label, t.key);
    }
    m_proxy->setTheme(QString());
    buildColumnMenu();
    restoreColumns();
    // Start the heat map on its first pair, so the list of differences is never an empty pane.
    if (m_agreementModel->rowCount() > 1)
        m_agreement->setCurrentIndex(m_agreementModel->index(0, 1));
}

QStringList CompareView::visibleVoices() const
{
    QStringList keys;
    const QHeaderView *header = m_table->horizontalHeader();
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (!header->isSectionHidden(logical))
            keys << m_model->voice(logical).key;
    }
    return keys;
}

void CompareView::setVisibleVoices(const QStringList &voiceKeys)
{
    QStringList keys;
    for (const QString &k : voiceKeys) {
        if (m_model->columnOf(k) >= 0 && !keys.contains(k))
            keys << k;
    }
    if (keys.size() < kMinimumColumns)
        return;
    m_restoring = true;
    QHeaderView *header = m_table->horizontalHeader();
    for (int c = 0; c < m_model->columnCount(); ++c)
        header->setSectionHidden(c, !keys.contains(m_model->voice(c).key));
    for (qsizetype i = 0; i < keys.size(); ++i)
        header->moveSection(header->visualIndex(m_model->columnOf(keys[i])), int(i));
    m_restoring = false;
    columnsChanged();
}

void CompareView::setCompact(bool compact)
{
    auto *delegate = static_cast<StanceDelegate *>(m_table->itemDelegate());
    delegate->setCompact(compact);
    {
        const QSignalBlocker block(m_compact);
        m_compact->setChecked(compact);
    }
    const QFontMetrics metrics = fontMetrics();
    // A compact column holds the widest chip with room either side (labels are longer in some languages).
    QFont bold = m_table->font();
    bold.setBold(true);
    int widestChip = 0;
    for (debate::StanceValue value : debate::stanceValues())
        widestChip = std::max(widestChip, QFontMetrics(bold).horizontalAdvance(debate::stanceValueLabel(value)) + 16);
    m_table->horizontalHeader()->setDefaultSectionSize(compact ? std::max(metrics.averageCharWidth() * 18, widestChip + 12)
                                                               : metrics.averageCharWidth() * 29);
    m_table->verticalHeader()->setDefaultSectionSize(compact ? metrics.height() * 3 + 8 : metrics.height() * 6 + 18);
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_table->horizontalHeader()->resizeSection(c, m_table->horizontalHeader()->defaultSectionSize());
    m_table->horizontalHeader()->setFixedHeight(metrics.height() * (compact ? 4 : 3) + 14);
    CompareSettings::setCompact(compact);
    m_table->viewport()->update();
}

bool CompareView::isCompact() const { return m_compact->isChecked(); }

void CompareView::setThemeFilter(const QString &themeKey)
{
    const int at = m_themes->findData(themeKey);
    m_themes->setCurrentIndex(at < 0 ? 0 : at);
}

QString CompareView::themeFilter() const { return m_proxy->theme(); }

MatrixSelection CompareView::selection() const
{
    MatrixSelection s;
    s.debate = &m_model->debate();
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        s.questions << m_proxy->index(r, 0).data(CompareModel::QuestionKeyRole).toString();
    s.voices = visibleVoices();
    if (!m_proxy->theme().isEmpty())
        s.filterLabel = tr("Theme: %1").arg(m_model->debate().themeLabel(m_proxy->theme()));
    return s;
}

void CompareView::buildColumnMenu()
{
    QMenu *menu = m_columns->menu();
    menu->clear();
    for (int c = 0; c < m_model->columnCount(); ++c) {
        QAction *action = menu->addAction(m_model->voiceTitle(c));
        action->setCheckable(true);
        action->setChecked(true);
        const QString key = m_model->voice(c).key;
        connect(action, &QAction::toggled, this, [this, key, action](bool on) {
            QStringList keys = visibleVoices();
            if (on && !keys.contains(key)) {
                keys << key;
            } else if (!on) {
                if (keys.size() <= kMinimumColumns) {
                    const QSignalBlocker block(action);
                    action->setChecked(true);
                    emit statusMessage(tr("Keep at least two columns to compare."));
                    return;
                }
                keys.removeAll(key);
            }
            setVisibleVoices(keys);
        });
    }
    menu->addSeparator();
    menu->addAction(tr("Show all columns"), this, [this] {
        QStringList all;
        for (int c = 0; c < m_model->columnCount(); ++c)
            all << m_model->voice(c).key;
        setVisibleVoices(all);
    });
}

void CompareView::columnsChanged()
{
    if (m_restoring)
        return;
    const QStringList keys = visibleVoices();
    for (QAction *action : m_columns->menu()->actions()) {
        if (!action->isCheckable())
            continue;
        const int column = int(m_columns->menu()->actions().indexOf(action));
        const QSignalBlocker block(action);
        action->setChecked(keys.contains(m_model->voice(column).key));
    }
    m_agreementModel->setVoices(keys);
    fitAgreementPanel();
    saveColumns();
}

void CompareView::fitAgreementPanel()
{
    // Give the side panel the whole heat map; the matrix scrolls, the heat map should not.
    m_agreement->resizeColumnsToContents();
    m_agreement->verticalHeader()->resizeSections(QHeaderView::ResizeToContents);
    const int width = m_agreement->verticalHeader()->width() + m_agreement->horizontalHeader()->length()
                      + 2 * m_agreement->frameWidth() + 12;
    const int height = m_agreement->horizontalHeader()->height() + m_agreement->verticalHeader()->length()
                       + 2 * m_agreement->frameWidth();
    m_agreement->setFixedHeight(height);
    m_agreement->setMinimumWidth(width);
    auto *splitter = findChild<QSplitter *>(QStringLiteral("CompareSplitter"));
    const int total = splitter->width();
    const QList<int> sizes = splitter->sizes();
    // Give the matrix any room the heat map does not need; leave a narrower side panel as the user set it.
    if (total > width + 400 && sizes.size() == 2 && sizes[1] > width + 40)
        splitter->setSizes({total - width - 12, width + 12});
}

void CompareView::saveColumns() const
{
    if (m_model->columnCount() > 0)
        CompareSettings::setColumns(visibleVoices());
}

void CompareView::restoreColumns()
{
    const QStringList saved = CompareSettings::columns();
    QStringList keys;
    for (const QString &k : saved) {
        if (m_model->columnOf(k) >= 0)
            keys << k;
    }
    if (keys.size() < kMinimumColumns) {
        keys.clear();
        for (int c = 0; c < m_model->columnCount(); ++c)
            keys << m_model->voice(c).key;
    }
    setVisibleVoices(keys);
}

void CompareView::showDifferences(const QModelIndex &index)
{
    m_differences->clear();
    if (!index.isValid() || index.row() == index.column())
        return;
    const QString a = m_agreementModel->voices()[index.row()];
    const QString b = m_agreementModel->voices()[index.column()];
    const debate::PairAgreement pair = m_agreementModel->pair(index);
    const QString nameA = m_agreementModel->shortLabel(index.row());
    const QString nameB = m_agreementModel->shortLabel(index.column());
    m_differencesTitle->setText(pair.compared == 0
                                    ? tr("%1 and %2 never address the same question.").arg(nameA, nameB)
                                    : tr("<b>%1</b> and <b>%2</b> differ on %3 of the %4 questions both address:")
                                          .arg(nameA.toHtmlEscaped(), nameB.toHtmlEscaped(),
                                               QString::number(pair.differing.size()), QString::number(pair.compared)));
    const debate::DebateSnapshot &d = m_model->debate();
    for (const QString &q : pair.differing) {
        const int row = m_model->rowOf(q);
        const debate::Stance *sa = d.stance(q, a);
        const debate::Stance *sb = d.stance(q, b);
        auto *item = new QListWidgetItem(tr("%1\n%2: %3 · %4: %5")
                                             .arg(m_model->question(row).text, nameA, StanceStyle::label(sa->value), nameB,
                                                  StanceStyle::label(sb->value)));
        item->setData(Qt::UserRole, q);
        item->setData(Qt::UserRole + 1, a);
        m_differences->addItem(item);
    }
}

void CompareView::focusCell(const QString &questionKey, const QString &voiceKey)
{
    const int row = m_model->rowOf(questionKey);
    const int column = m_model->columnOf(voiceKey);
    if (row < 0 || column < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(m_model->index(row, column));
    if (!index.isValid()) {
        setThemeFilter(QString());
        index = m_proxy->mapFromSource(m_model->index(row, column));
    }
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
    m_table->setFocus(Qt::OtherFocusReason);
}

void CompareView::activate(const QModelIndex &proxyIndex)
{
    if (!proxyIndex.isValid())
        return;
    const QModelIndex source = m_proxy->mapToSource(proxyIndex);
    const debate::Stance *s = m_model->stance(source);
    if (!s || s->quotes.isEmpty()) {
        emit statusMessage(tr("%1 does not address this question: there is no quote to open.")
                               .arg(m_model->voiceTitle(source.column())));
        return;
    }
    emit stanceActivated(m_model->question(source.row()).key, m_model->voice(source.column()).key);
}

void CompareView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitAgreementPanel();
}

void CompareView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    fitAgreementPanel();
}

bool CompareView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter || key->key() == Qt::Key_Space) {
            activate(m_table->currentIndex());
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

QString CompareView::chooseFile(const QString &caption, SaveDialog::Kind kind)
{
    return SaveDialog::ask(this, caption, QStringLiteral("standpoint-matrix"), kind);
}

void CompareView::report(const Status &status, const QString &path)
{
    emit statusMessage(status ? tr("Exported %1").arg(path) : status.message());
}

void CompareView::exportPng()
{
    const QString path = chooseFile(tr("Export the matrix as PNG"), SaveDialog::Kind::Png);
    if (!path.isEmpty())
        exportMatrix(path);
}

void CompareView::exportPdf()
{
    const QString path = chooseFile(tr("Export the matrix as PDF"), SaveDialog::Kind::Pdf);
    if (!path.isEmpty())
        exportMatrix(path);
}

void CompareView::exportCsv()
{
    const QString path = chooseFile(tr("Export the matrix as CSV"), SaveDialog::Kind::Csv);
    if (!path.isEmpty())
        exportMatrix(path);
}

// A matrix is painted with QPainter alone: it is painted and written on a thread of its own, from a copy
// of the debate, while the window goes on.
BackgroundExport *CompareView::exportInBackground(const QString &path,
                                                  const std::function<Status(const MatrixSelection &, const QString &)> &write)
{
    auto matrix = std::make_shared<const DetachedMatrix>(selection());
    auto *job = new BackgroundExport({}, [matrix, path, write](const std::atomic_bool &) { return write(matrix->selection, path); }, this);
    connect(job, &BackgroundExport::finished, this, [this, job, path](const QString &error) {
        job->deleteLater();
        report(error.isEmpty() ? Status(success()) : Status(Error{error}), path);
    });
    job->start();
    return job;
}

BackgroundExport *CompareView::exportMatrix(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == QLatin1String("pdf"))
        return exportInBackground(path, [](const MatrixSelection &m, const QString &p) { return MatrixExporter::exportPdf(m, p); });
    if (suffix == QLatin1String("csv"))
        return exportInBackground(path, [](const MatrixSelection &m, const QString &p) { return MatrixExporter::exportCsv(m, p); });
    return exportInBackground(path, [](const MatrixSelection &m, const QString &p) { return MatrixExporter::exportPng(m, p); });
}

} // namespace standpoint::app
