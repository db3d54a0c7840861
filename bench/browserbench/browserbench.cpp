// bench/browser.sh's helper.
//
//   pail_browserbench fill DATA_DIR BUCKET COUNT
//       Creates BUCKET in the sandbox store at DATA_DIR (owned by the root user "root", as
//       `pailctl serve` names it) and puts COUNT one-byte objects obj-0000000 ... at its top
//       level through the Store API (no HTTP, no fsync), so a million keys take minutes.
//   pail_browserbench list ENDPOINT ACCESS_KEY SECRET_KEY BUCKET
//       Opens BUCKET through the real client in the real ObjectListModel, shown in a QTreeView
//       (offscreen), and pages to the end the way scrolling does (fetchMore per page). Prints
//       the time to the first rows, the time to the end and the peak RSS (VmHWM).
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTreeView>

#include "engine/client/credentials.h"
#include "engine/client/s3client.h"
#include "engine/client/transport.h"
#include "engine/server/users.h"
#include "engine/store/objectwriter.h"
#include "engine/store/store.h"
#include "ui/browser/objectlistmodel.h"

namespace {

// Peak and current resident set size in KiB, from /proc/self/status.
std::pair<qint64, qint64> rssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    qint64 peak = -1;
    qint64 now = -1;
    if (!status.open(QIODevice::ReadOnly))
        return {peak, now};
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        const auto value = [&line] { return line.mid(6).trimmed().split(' ').value(0).toLongLong(); };
        if (line.startsWith("VmHWM:"))
            peak = value();
        else if (line.startsWith("VmRSS:"))
            now = value();
    }
    return {peak, now};
}

int fill(const QString &dataDir, const QString &bucket, qint64 count)
{
    Store::Store::Options options;
    options.sync = false;
    auto store = Store::Store::open(dataDir, options);
    if (!store) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(store.error().message));
        return 1;
    }
    const QString owner = Server::User::make(QStringLiteral("root"), QStringLiteral("-"), QStringLiteral("-")).canonicalId;
    Store::CreateBucketRequest create;
    create.name = bucket;
    create.ownerId = owner;
    if (auto made = (*store)->createBucket(create); !made) {
        std::fprintf(stderr, "fill: %s\n", qPrintable(made.error().message));
        return 1;
    }
    Store::ObjectMeta meta;
    meta.ownerId = owner;
    meta.contentType = QStringLiteral("text/plain");
    QElapsedTimer clock;
    clock.start();
    for (qint64 i = 0; i < count; ++i) {
        auto writer = (*store)->beginWrite();
        if (!writer) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(writer.error().message));
            return 1;
        }
        if (auto w = (*writer)->write("x", 1); !w) {
            std::fprintf(stderr, "fill: %s\n", qPrintable(w.error().message));
            return 1;
        }
        const QByteArray key = QByteArray("obj-") + QByteArray::number(i).rightJustified(7, '0');
        auto put = (*store)->putObject(bucket, key, std::move(*writer), meta);
        if (!put) {
            std::fprintf(stderr, "fill: %s: %s\n", key.constData(), qPrintable(put.error().message));
            return 1;
        }
        if ((i + 1) % 100000 == 0) {
            std::printf("fill: %lld objects, %.0f/s\n", static_cast<long long>(i + 1),
                        double(i + 1) * 1000.0 / double(std::max<qint64>(1, clock.elapsed())));
            std::fflush(stdout);
        }
    }
    std::printf("fill: %lld objects in %.1f s\n", static_cast<long long>(count), double(clock.elapsed()) / 1000.0);
    return 0;
}

int list(const QString &endpoint, const QString &accessKey, const QString &secretKey, const QString &bucket)
{
    Client::Profile profile;
    profile.name = QStringLiteral("bench");
    profile.endpoint = QUrl(endpoint);
    profile.addressingStyle = Client::AddressingStyle::Path;
    profile.accessKeyId = accessKey;
    Client::StaticCredentialsProvider credentials(Client::Credentials {accessKey, secretKey, {}, {}});
    Client::Transport transport(profile, &credentials);
    Client::S3Client client(transport);

    const qint64 rssBefore = rssKiB().second;
    Gui::ObjectListModel model;
    QTreeView view;
    view.setUniformRowHeights(true);
    view.setRootIsDecorated(false);
    view.setModel(&model);
    view.resize(1000, 700);
    view.show();
    model.setClient(&client);

    QSignalSpy pages(&model, &Gui::ObjectListModel::pageLoaded);
    QElapsedTimer clock;
    clock.start();
    model.setLocation(bucket, {});
    if (!pages.wait(60000)) {
        std::fprintf(stderr, "list: no first page: %s\n", qPrintable(model.lastError().message));
        return 1;
    }
    QApplication::processEvents(); // the first rows painted
    const qint64 firstRows = clock.elapsed();
    const int firstCount = model.rowCount();
    // Scroll to the end: each time the view is at the bottom it asks for the next page.
    while (model.state() != Gui::ObjectListModel::State::Complete) {
        if (model.state() == Gui::ObjectListModel::State::Failed) {
            std::fprintf(stderr, "list: failed after %d rows: %s\n", model.rowCount(), qPrintable(model.lastError().message));
            return 1;
        }
        if (model.state() == Gui::ObjectListModel::State::HasMore)
            view.scrollToBottom(); // QAbstractItemView calls fetchMore() when it reaches the end
        if (model.state() == Gui::ObjectListModel::State::HasMore)
            model.fetchMore({}); // offscreen views may not lay out between pages; ask directly
        if (model.state() == Gui::ObjectListModel::State::Fetching)
            (void)pages.wait(60000);
        QApplication::processEvents();
    }
    view.scrollToBottom();
    QApplication::processEvents();
    const qint64 toEnd = clock.elapsed();
    const auto [peak, now] = rssKiB();
    std::printf("rows: %d (first page %d)\n", model.rowCount(), firstCount);
    std::printf("time to first rows: %lld ms\n", static_cast<long long>(firstRows));
    std::printf("time to scroll to the end: %lld ms\n", static_cast<long long>(toEnd));
    std::printf("rss before the model: %lld KiB; rss at the end: %lld KiB; peak rss: %lld KiB\n",
                static_cast<long long>(rssBefore), static_cast<long long>(now), static_cast<long long>(peak));
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    const QStringList args = [&] {
        QStringList a;
        for (int i = 1; i < argc; ++i)
            a.append(QString::fromLocal8Bit(argv[i]));
        return a;
    }();
    if (args.size() == 4 && args.at(0) == u"fill") {
        QCoreApplication app(argc, argv);
        return fill(args.at(1), args.at(2), args.at(3).toLongLong());
    }
    if (args.size() == 5 && args.at(0) == u"list") {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        QApplication app(argc, argv);
        return list(args.at(1), args.at(2), args.at(3), args.at(4));
    }
    std::fprintf(stderr, "usage: pail_browserbench fill DATA_DIR BUCKET COUNT\n"
                         "       pail_browserbench list ENDPOINT ACCESS_KEY SECRET_KEY BUCKET\n");
    return 2;
}
