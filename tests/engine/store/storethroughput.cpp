// Hand-run throughput check for Store (not a CTest):
//   storethroughput [data-dir] [threads=16] [small-puts-per-thread=500] [big-MiB=1024]
// Prints small-object PUTs per second with N threads (group commit) and MB/s for one big PUT.
#include <atomic>
#include <chrono>
#include <cstdio>
#include <thread>
#include <vector>

#include <QCoreApplication>
#include <QTemporaryDir>

#include "engine/store/store.h"

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    QTemporaryDir tmp;
    const QString dir = args.size() > 1 && !args[1].isEmpty() ? args[1] : tmp.path() + QStringLiteral("/store");
    const int threads = args.size() > 2 ? args[2].toInt() : 16;
    const int perThread = args.size() > 3 ? args[3].toInt() : 500;
    const qint64 bigMiB = args.size() > 4 ? args[4].toLongLong() : 1024;

    auto opened = Store::Store::open(dir);
    if (!opened) {
        std::fprintf(stderr, "open: %s\n", qPrintable(opened.error().message));
        return 1;
    }
    Store::Store &store = **opened;
    (void)store.createBucket({QStringLiteral("bench"), QStringLiteral("me"), {}});

    const QByteArray small(1024, 'x');
    std::atomic<int> failures {0};
    auto t0 = std::chrono::steady_clock::now();
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            for (int i = 0; i < perThread; ++i) {
                auto w = store.beginWrite();
                if (!w || !(*w)->write(small)) {
                    ++failures;
                    continue;
                }
                const QByteArray key = "small/" + QByteArray::number(t) + "/" + QByteArray::number(i);
                if (!store.putObject(QStringLiteral("bench"), key, std::move(*w), {}))
                    ++failures;
            }
        });
    }
    for (auto &th : pool)
        th.join();
    const double smallSecs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("small PUTs: %d threads x %d x 1 KiB in %.2f s = %.0f PUT/s (%d failures)\n", threads, perThread,
                smallSecs, threads * perThread / smallSecs, failures.load());

    QByteArray chunk(1 << 20, Qt::Uninitialized);
    for (qsizetype i = 0; i < chunk.size(); ++i)
        chunk[i] = char(i * 31);
    t0 = std::chrono::steady_clock::now();
    auto w = store.beginWrite();
    for (qint64 i = 0; w && i < bigMiB; ++i)
        (void)(*w)->write(chunk);
    auto big = store.putObject(QStringLiteral("bench"), "big", std::move(*w), {});
    const double bigSecs = std::chrono::duration<double>(std::chrono::steady_clock::now() - t0).count();
    std::printf("big PUT: %lld MiB in %.2f s = %.0f MB/s (%s)\n", bigMiB, bigSecs, bigMiB * 1.048576 / bigSecs,
                big ? "ok" : qPrintable(big.error().message));
    return 0;
}
