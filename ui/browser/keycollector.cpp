#include "ui/browser/keycollector.h"

#include <memory>

#include <QPointer>

#include "engine/client/s3client.h"

namespace Gui {

namespace {

struct Collector
{
    QPointer<Client::S3Client> client;
    QPointer<QObject> context;
    QString bucket;
    QString prefix;
    int limit = 0;
    QList<S3::ObjectEntry> entries;
    std::function<void(const Core::Result<QList<S3::ObjectEntry>> &, bool)> done;

    static void next(const std::shared_ptr<Collector> &self, const QString &token)
    {
        if (!self->client || !self->context)
            return;
        Client::ListObjectsRequest request;
        request.bucket = self->bucket;
        request.prefix = self->prefix;
        request.continuationToken = token;
        auto *job = self->client->listObjects(request);
        QObject::connect(job, &Client::Job::finished, self->context, [self, job] {
            job->deleteLater();
            const auto &page = job->result();
            if (!page) {
                self->done(std::unexpected(page.error()), false);
                return;
            }
            self->entries.append(page->contents);
            if (self->entries.size() >= self->limit) {
                self->entries.resize(self->limit);
                self->done(self->entries, true);
                return;
            }
            if (page->isTruncated && !page->nextContinuationToken.isEmpty()) {
                next(self, page->nextContinuationToken);
                return;
            }
            self->done(self->entries, false);
        });
        job->start();
    }
};

} // namespace

void collectKeys(Client::S3Client *client, const QString &bucket, const QString &prefix, QObject *context,
                 std::function<void(const Core::Result<QList<S3::ObjectEntry>> &, bool truncated)> done, int limit)
{
    auto collector = std::make_shared<Collector>();
    collector->client = client;
    collector->context = context;
    collector->bucket = bucket;
    collector->prefix = prefix;
    collector->limit = limit;
    collector->done = std::move(done);
    Collector::next(collector, {});
}

} // namespace Gui
