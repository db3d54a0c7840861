#include "engine/client/configreadback.h"

#include <algorithm>

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QXmlStreamReader>

namespace Client {

namespace {

struct Field
{
    QString path;
    QString value;
};

void flattenJson(const QJsonValue &value, const QString &path, QList<Field> &out)
{
    switch (value.type()) {
    case QJsonValue::Object: {
        const QJsonObject o = value.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            flattenJson(it.value(), path.isEmpty() ? it.key() : path + u'/' + it.key(), out);
        break;
    }
    case QJsonValue::Array:
        for (const QJsonValue &item : value.toArray())
            flattenJson(item, path, out);
        break;
    case QJsonValue::Bool:
        out.append({path, value.toBool() ? QStringLiteral("true") : QStringLiteral("false")});
        break;
    case QJsonValue::Double:
        out.append({path, QString::number(value.toDouble(), 'g', 17)});
        break;
    case QJsonValue::String:
        out.append({path, value.toString()});
        break;
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        break;
    }
}

QList<Field> flattenXml(const QByteArray &xml)
{
    QList<Field> out;
    QXmlStreamReader r(xml);
    QStringList stack;
    QString text;
    while (!r.atEnd()) {
        switch (r.readNext()) {
        case QXmlStreamReader::StartElement:
            stack.append(r.name().toString());
            text.clear();
            break;
        case QXmlStreamReader::Characters:
            text += r.text();
            break;
        case QXmlStreamReader::EndElement: {
            const QString value = text.trimmed();
            if (!value.isEmpty() && stack.size() > 1)
                out.append({stack.mid(1).join(u'/'), value});
            text.clear();
            if (!stack.isEmpty())
                stack.removeLast();
            break;
        }
        default:
            break;
        }
    }
    return out;
}

QList<Field> flatten(BucketConfig config, const QByteArray &doc)
{
    if (config == BucketConfig::Policy) {
        QList<Field> out;
        flattenJson(QJsonDocument::fromJson(doc).object(), {}, out);
        return out;
    }
    return flattenXml(doc);
}

QString lastSegment(const QString &path)
{
    return path.section(u'/', -1);
}

// Fields AWS leaves out of a read-back when they hold their default.
bool isOmittableDefault(const Field &f)
{
    const QString name = lastSegment(f.path);
    return (name == u"MfaDelete" && f.value == u"Disabled") || (name == u"BucketKeyEnabled" && f.value == u"false");
}

} // namespace

QStringList droppedConfigFields(BucketConfig config, const QByteArray &sent, const QByteArray &stored)
{
    const QList<Field> want = flatten(config, sent);
    QList<Field> have = flatten(config, stored);
    QList<bool> used(have.size(), false);
    // Exact (path, value) first, so that a looser match cannot take a field another one needs.
    QHash<QString, QList<qsizetype>> byExact; // O(1) lookups
    QHash<QString, QList<qsizetype>> byName;
    for (qsizetype i = 0; i < have.size(); ++i) {
        byExact[have[i].path + QChar(0) + have[i].value].append(i);
        byName[lastSegment(have[i].path) + QChar(0) + have[i].value].append(i);
    }
    const auto take = [&](QList<qsizetype> &candidates, const auto &accept) {
        for (qsizetype c : candidates) {
            if (!used[c] && accept(c)) {
                used[c] = true;
                return true;
            }
        }
        return false;
    };
    QList<const Field *> missing;
    for (const Field &f : want) {
        if (f.value.isEmpty())
            continue;
        if (!take(byExact[f.path + QChar(0) + f.value], [](qsizetype) { return true; }))
            missing.append(&f);
    }
    QStringList dropped;
    for (const Field *f : std::as_const(missing)) {
        if (take(byName[lastSegment(f->path) + QChar(0) + f->value], [](qsizetype) { return true; }))
            continue;
        bool extended = false;
        for (qsizetype i = 0; i < have.size() && !extended; ++i) {
            if (!used[i] && have[i].value == f->value && have[i].path.startsWith(f->path + u'/')) {
                used[i] = true;
                extended = true;
            }
        }
        if (extended || isOmittableDefault(*f))
            continue;
        const QString value = f->value.size() > 80 ? f->value.left(77) + QStringLiteral("...") : f->value;
        dropped.append(f->path + u'=' + value);
    }
    return dropped;
}

ConfigWriteJob *S3Client::putBucketConfigChecked(const QString &bucket, BucketConfig config, const QByteArray &body)
{
    return new ConfigWriteJob(*this, bucket, config, body);
}

ConfigWriteJob::ConfigWriteJob(S3Client &client, QString bucket, BucketConfig config, QByteArray body, QObject *parent)
    : ResultJob<ConfigWriteReport>(parent)
    , m_client {&client}
    , m_bucket {std::move(bucket)}
    , m_config {config}
    , m_body {std::move(body)}
{
}

void ConfigWriteJob::doStart()
{
    if (!m_client) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("client destroyed")));
        return;
    }
    VoidJob *put = m_client->putBucketConfig(m_bucket, m_config, m_body);
    m_step = put;
    connect(put, &Job::finished, this, [this, put] {
        put->deleteLater();
        m_step = nullptr;
        if (!put->result()) {
            finishWith(std::unexpected(put->result().error()));
            return;
        }
        readBack();
    });
    put->start();
}

void ConfigWriteJob::readBack()
{
    if (!m_client) {
        finishWith(Core::fail(Core::ErrorCode::Cancelled, QStringLiteral("client destroyed")));
        return;
    }
    RawDocumentJob *get = m_client->bucketConfig(m_bucket, m_config);
    m_step = get;
    connect(get, &Job::finished, this, [this, get] {
        get->deleteLater();
        m_step = nullptr;
        ConfigWriteReport report;
        if (!get->result()) {
            report.readError = get->result().error();
            finishWith(report);
            return;
        }
        report.readBack = true;
        report.stored = *get->result();
        report.droppedFields = droppedConfigFields(m_config, m_body, report.stored);
        finishWith(report);
    });
    get->start();
}

void ConfigWriteJob::doCancel()
{
    if (m_step) {
        m_step->disconnect(this);
        m_step->cancel();
        m_step->deleteLater();
    }
    doCancelResult();
}

} // namespace Client
