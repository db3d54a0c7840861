#include "ui/browser/bucketactions.h"

#include <QAction>
#include <QMenu>

#include "ui/lifecycle/lifecycleeditordialog.h"
#include "ui/policy/policyeditordialog.h"
#include "ui/settings/bucketsettingsdialog.h"
#include "ui/share/sharedialog.h"

namespace Gui {

namespace {

QWidget *showWindow(QDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
    return dialog;
}

} // namespace

BucketActions::BucketActions(std::function<Target()> target, QWidget *window)
    : QObject(window)
    , m_target(std::move(target))
    , m_window(window)
{
    m_menu = new QMenu(window);
    m_menu->setObjectName(QStringLiteral("bucketMenu"));
    m_lifecycle = m_menu->addAction(QString(), this, [this] { openLifecycle(); });
    m_policy = m_menu->addAction(QString(), this, [this] { openPolicy(); });
    m_settings = m_menu->addAction(QString(), this, [this] { openSettings(); });
    m_menu->addSeparator();
    m_share = m_menu->addAction(QString(), this, [this] { openShare(); });
    connect(m_menu, &QMenu::aboutToShow, this, &BucketActions::update);
    retranslate();
    update();
}

QList<QAction *> BucketActions::bucketActions() const
{
    return {m_lifecycle, m_policy, m_settings};
}

void BucketActions::retranslate()
{
    m_menu->setTitle(tr("&Bucket"));
    m_lifecycle->setText(tr("&Lifecycle Rules..."));
    m_policy->setText(tr("Bucket &Policy..."));
    m_settings->setText(tr("Bucket &Settings..."));
    m_share->setText(tr("S&hare..."));
}

void BucketActions::update()
{
    const Target t = m_target();
    const bool inBucket = t.client && !t.bucket.isEmpty();
    for (QAction *a : bucketActions())
        a->setEnabled(inBucket);
    m_share->setEnabled(inBucket && !t.key.isEmpty());
}

QWidget *BucketActions::openLifecycle()
{
    const Target t = m_target();
    if (!t.client || t.bucket.isEmpty())
        return nullptr;
    return showWindow(new LifecycleEditorDialog(*t.client, t.bucket, m_window));
}

QWidget *BucketActions::openPolicy()
{
    const Target t = m_target();
    if (!t.client || t.bucket.isEmpty())
        return nullptr;
    return showWindow(new PolicyEditorDialog(*t.client, t.bucket, t.sandbox, m_window));
}

QWidget *BucketActions::openSettings()
{
    const Target t = m_target();
    if (!t.client || t.bucket.isEmpty())
        return nullptr;
    return showWindow(new BucketSettingsDialog(*t.client, t.bucket, m_window));
}

QWidget *BucketActions::openShare()
{
    const Target t = m_target();
    if (!t.client || t.bucket.isEmpty() || t.key.isEmpty())
        return nullptr;
    return showWindow(new ShareDialog(*t.client, t.bucket, t.key, m_window));
}

} // namespace Gui
