#pragma once

#include <QByteArray>
#include <QPointer>
#include <QString>
#include <QStringList>

#include "engine/client/job.h"
#include "engine/client/s3client.h"

namespace Client {

// What a checked bucket-configuration write found when it read the configuration back.
struct ConfigWriteReport
{
    bool readBack = false;     // the configuration could be read back after the write
    QStringList droppedFields; // "Rule/Transition/StorageClass=GLACIER": sent, but not in the read-back
    QByteArray stored;         // the configuration the endpoint holds now (when readBack)
    Core::Error readError;     // why it could not be read back (when !readBack)

    // Whether the provider kept everything that was sent (as far as the read-back shows).
    bool isComplete() const { return readBack && droppedFields.isEmpty(); }
};

// The fields of `sent` that `stored` lacks, as "Path/To/Field=value" (paths below the document
// root for XML, object keys joined with '/' for JSON; array items share their array's path).
// Providers reorder, re-indent, add defaults and move fields (a lifecycle <Prefix> into a
// <Filter>, a policy Principal "*" into {"AWS": "*"}), so a sent field counts as kept when the
// read-back holds the same value at the same path, else under the same field name, else under
// a path that extends the sent one. Empty values and documented defaults that AWS leaves out
// (MfaDelete=Disabled, BucketKeyEnabled=false) are not reported. O(n log n) in the fields.
QStringList droppedConfigFields(BucketConfig config, const QByteArray &sent, const QByteArray &stored);

// PutBucket<config>, then Get of the same configuration, then droppedConfigFields(). The write's
// error fails the job; a failed read-back does not (the report says readBack = false and why).
// Lives in the client's thread; the caller owns it; the S3Client must outlive it.
class ConfigWriteJob final : public ResultJob<ConfigWriteReport>
{
    Q_OBJECT
public:
    ConfigWriteJob(S3Client &client, QString bucket, BucketConfig config, QByteArray body, QObject *parent = nullptr);

protected:
    void doStart() override;
    void doCancel() override;

private:
    void readBack();

    QPointer<S3Client> m_client;
    QString m_bucket;
    BucketConfig m_config;
    QByteArray m_body;
    QPointer<Job> m_step;
};

} // namespace Client
