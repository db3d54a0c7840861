// Fuzz target: lifecycle configurations: the XML and JSON codecs, validation, writing back,
// and the planner (plan, due, timeline, rule timelines) over a few synthetic objects.
// Input: one flag byte (bit 0 JSON else XML, bit 1 Check::StructureOnly, bits 2-3
// versioning: unversioned, enabled, suspended), then the document.

#include <cstdint>

#include <QDateTime>

#include "engine/lifecycle/lifecyclecodec.h"
#include "engine/lifecycle/lifecycleconfiguration.h"
#include "engine/lifecycle/lifecycleplanner.h"
#include "tests/fuzz/fuzzinput.h"

namespace {

Lifecycle::PlanInput input(Lifecycle::Versioning versioning)
{
    const QDateTime t0(QDate(2024, 1, 15), QTime(10, 30), Qt::UTC);
    Lifecycle::PlanInput in;
    in.versioning = versioning;
    Lifecycle::ObjectVersion logs;
    logs.key = QStringLiteral("logs/2024/01/app.log");
    logs.versionId = QStringLiteral("v3");
    logs.size = 1 << 20;
    logs.lastModified = t0;
    logs.tags = {Lifecycle::Tag {QStringLiteral("class"), QStringLiteral("logs")}};
    in.objects.append(logs);

    Lifecycle::ObjectVersion old = logs;
    old.versionId = QStringLiteral("v2");
    old.isLatest = false;
    old.lastModified = t0.addDays(-40);
    old.noncurrentSince = t0;
    old.storageClass = QStringLiteral("STANDARD_IA");
    in.objects.append(old);

    Lifecycle::ObjectVersion small;
    small.key = QStringLiteral("tmp/x");
    small.versionId = QStringLiteral("null");
    small.size = 100;
    small.lastModified = t0.addDays(-400);
    in.objects.append(small);

    Lifecycle::ObjectVersion marker;
    marker.key = QStringLiteral("gone");
    marker.versionId = QStringLiteral("v9");
    marker.isDeleteMarker = true;
    marker.lastModified = t0.addDays(-3);
    marker.otherVersionCount = 0;
    in.objects.append(marker);

    in.uploads.append(Lifecycle::IncompleteUpload {QStringLiteral("big/upload.bin"), QStringLiteral("u1"), t0.addDays(-10)});
    return in;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    Fuzz::Input in(data, size);
    const std::uint8_t flags = in.byte();
    const QByteArray doc = in.restCopy();
    const Lifecycle::Check check = (flags & 2) ? Lifecycle::Check::StructureOnly : Lifecycle::Check::Full;
    const auto versioning = static_cast<Lifecycle::Versioning>(((flags >> 2) & 3) % 3);

    auto config = (flags & 1) ? Lifecycle::fromJson(doc, check) : Lifecycle::fromXml(doc, check);
    (void)Lifecycle::lineColumn(doc, doc.size() / 2);
    if (!config) {
        (void)config.error().message.size();
        return 0;
    }
    for (const Lifecycle::Issue &issue : Lifecycle::validationIssues(*config))
        (void)issue;
    const bool valid = Lifecycle::validate(*config).has_value();
    Lifecycle::assignMissingIds(*config);
    (void)Lifecycle::fromXml(Lifecycle::toXml(*config), Lifecycle::Check::StructureOnly);
    (void)Lifecycle::fromJson(Lifecycle::toJson(*config, flags & 16), Lifecycle::Check::StructureOnly);
    for (const Lifecycle::Rule &rule : config->rules) {
        (void)rule.filterDescription();
        (void)Lifecycle::ruleTimeline(rule);
    }
    if (!valid)
        return 0; // the server never plans over a configuration it refused

    const Lifecycle::PlanInput objects = input(versioning);
    const QDateTime now(QDate(2024, 6, 1), QTime(0, 0), Qt::UTC);
    (void)Lifecycle::plan(*config, objects, now.addYears(3));
    (void)Lifecycle::due(*config, objects, now);
    (void)Lifecycle::timeline(*config, objects.objects.first(), versioning, now.addYears(2));
    return 0;
}
