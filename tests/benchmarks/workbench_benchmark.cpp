// workbench_benchmark: the sample table over a case of 1,000,000 samples. Generates the case
// once (directly through CaseStore, in batches; kept for the next run), then measures in a fresh
// process what an analyst feels: opening the case, the first rows, jumping to the end, searching,
// sorting, refreshing with a selection, and the memory all that takes. Prints the figures.
//
//   workbench_benchmark [--case /tmp/shoal-bench-1m.shoal] [--samples 1000000]
#include "itemmodels/itemroles.h"
#include "itemmodels/sampletablemodel.h"
#include "syntheticcase.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QProcess>

#include <cstdio>
#include <sys/resource.h>

using namespace shoal;

namespace {

struct Figure {
    const char *what;
    double value;
    double limit; ///< 0: reported only
    const char *unit;
};

QList<Figure> g_figures;

double peakRssMegabytes()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

void report(const char *what, double value, double limit, const char *unit)
{
    g_figures << Figure { what, value, limit, unit };
    const char *verdict = limit <= 0 ? "" : value < limit ? "  ok" : "  TOO SLOW";
    std::printf("  %-52s %10.1f %-3s%s\n", what, value, unit, verdict);
    std::fflush(stdout);
}

double ms(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Reads every column of rows [first, first + count) as the view would to paint them.
void readRows(const SampleTableModel &model, int first, int count)
{
    for (int row = first; row < first + count && row < model.rowCount(); ++row) {
        for (int column = 0; column < SampleColumn::ColumnCount; ++column)
            model.index(row, column).data();
    }
}


int generate(const QString &path, qint64 samples)
{
    QString error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const qint64 have = store->sampleCount();
    std::printf("generating %lld samples into %s (%lld there already)\n", samples - have, qPrintable(path), have);
    QElapsedTimer timer;
    timer.start();
    constexpr qint64 kChunk = 50000;
    for (qint64 first = have; first < samples; first += kChunk) {
        if (!test::fillSynthetic(*store, first, qMin(kChunk, samples - first), 10000)) {
            std::fprintf(stderr, "generation failed: %s\n", qPrintable(store->lastError()));
            return 1;
        }
        std::printf("  %lld / %lld (%.0f s)\n", qMin(first + kChunk, samples), samples, ms(timer) / 1000);
        std::fflush(stdout);
    }
    std::printf("generated in %.0f s, %.0f MB file, peak RSS while generating %.0f MB\n\n", ms(timer) / 1000,
        double(QFileInfo(path).size()) / 1e6, peakRssMegabytes());
    std::fflush(stdout);
    return 0;
}

int measure(const QString &path)
{
    QElapsedTimer timer;
    std::printf("workbench figures for %s (%.0f MB)\n", qPrintable(path), double(QFileInfo(path).size()) / 1e6);

    timer.start();
    QString error;
    std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
    if (!store) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    SampleTableModel model;
    model.setTimeZone(QTimeZone("Asia/Tokyo"));
    model.setStore(store.get());
    report("open the case (schema check, count)", ms(timer), 1000, "ms");
    std::printf("  (%d samples)\n", model.rowCount());

    timer.restart();
    readRows(model, 0, 50);
    report("first 50 rows on screen", ms(timer), 1000, "ms");

    timer.restart();
    const qint64 pagesBefore = model.pagesFetched();
    readRows(model, model.rowCount() - 50, 50);
    report("jump to the end: last 50 rows", ms(timer), 1000, "ms");
    report("  pages read for it (of 200 rows each)", double(model.pagesFetched() - pagesBefore), 0, "");

    // Dragging the scroll bar through the table: 40 stops, one screen each.
    double slowest = 0;
    timer.restart();
    for (int stop = 0; stop <= 40; ++stop) {
        QElapsedTimer one;
        one.start();
        readRows(model, int(qint64(model.rowCount() - 50) * stop / 40), 50);
        slowest = qMax(slowest, ms(one));
    }
    report("scroll through, 41 stops: total", ms(timer), 0, "ms");
    report("scroll through: slowest stop (the middle)", slowest, 1000, "ms");
    report("  rows held in memory afterwards", double(model.cachedRows()), 0, "");

    const struct {
        const char *label;
        const char *query;
        double limit;
    } searches[] = {
        { "search one rare word (pegasus, 1 in 1000)", "pegasus", 500 },
        { "search one common word (invoice, 1 in 14)", "invoice", 500 },
        { "search one Japanese word (請求書)", "請求書", 500 },
        { "search field filter (from:user42@)", "from:user42@", 0 },
        { "search date range (after:2024-06-01)", "after:2024-06-01", 0 },
    };
    for (const auto &search : searches) {
        timer.restart();
        model.setFilter(test::parsedFilter(QString::fromUtf8(search.query)));
        readRows(model, 0, 50);
        report(search.label, ms(timer), search.limit, "ms");
        std::printf("    -> %d samples\n", model.rowCount());
    }
    model.setFilter({});

    timer.restart();
    model.sort(SampleColumn::Subject, Qt::AscendingOrder);
    readRows(model, 0, 50);
    report("sort by subject (no index), first rows", ms(timer), 0, "ms");
    timer.restart();
    readRows(model, model.rowCount() / 2, 50);
    report("sorted by subject: rows in the middle", ms(timer), 0, "ms");
    model.sort(SampleColumn::Arrival, Qt::DescendingOrder);

    timer.restart();
    const int row = model.rowOfSample(424242);
    report("find the row of one sample", ms(timer), 0, "ms");
    std::printf("    -> row %d\n", row);
    timer.restart();
    model.refresh();
    report("refresh (an import added samples), no selection", ms(timer), 0, "ms");
    {
        // A view's current row and a few selected ones: placed by counting rows before each.
        QItemSelectionModel selection(&model);
        selection.setCurrentIndex(model.index(row, 0), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
        for (int extra = 1; extra <= 4; ++extra)
            selection.select(model.index(row + extra * 1000, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
        timer.restart();
        model.refresh();
        report("refresh keeping 5 selected samples in place", ms(timer), 1000, "ms");
        if (model.sampleId(selection.currentIndex().row()) != 424242)
            std::printf("    !! the current sample moved\n");
    }

    report("peak RSS", peakRssMegabytes(), 500, "MB");
    bool ok = true;
    for (const Figure &figure : std::as_const(g_figures))
        ok = ok && (figure.limit <= 0 || figure.value < figure.limit);
    std::printf("%s\n", ok ? "all targets met" : "SOME TARGETS MISSED");
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Sample table figures over a generated case of many samples."));
    parser.addHelpOption();
    const QCommandLineOption caseOption(QStringLiteral("case"), QStringLiteral("The generated case (kept between runs)."),
        QStringLiteral("path"), QStringLiteral("/tmp/shoal-bench-1m.shoal"));
    const QCommandLineOption samplesOption(
        QStringLiteral("samples"), QStringLiteral("How many samples."), QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption measureOnly(QStringLiteral("measure-only"), QStringLiteral("Skip the generation (used internally)."));
    parser.addOptions({ caseOption, samplesOption, measureOnly });
    parser.process(app);
    const QString path = parser.value(caseOption);
    if (parser.isSet(measureOnly))
        return measure(path);

    const qint64 samples = parser.value(samplesOption).toLongLong();
    {
        QString error;
        std::unique_ptr<CaseStore> store = CaseStore::open(path, &error);
        const bool complete = store && store->sampleCount() >= samples;
        store.reset();
        if (!complete && generate(path, samples) != 0)
            return 1;
    }
    // Measured in a process of its own, so that the generation's memory is not counted.
    QProcess run;
    run.setProcessChannelMode(QProcess::ForwardedChannels);
    run.start(QCoreApplication::applicationFilePath(), { QStringLiteral("--measure-only"), QStringLiteral("--case"), path });
    run.waitForFinished(-1);
    return run.exitCode();
}
