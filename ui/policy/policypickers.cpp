#include "ui/policy/policypickers.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include "engine/client/s3client.h"
#include "engine/policy/s3actions.h"

namespace Gui {

int ActionPickerDialog::groupOf(const QString &action)
{
    if (action.contains(u"Acl") || action.contains(u"Policy") || action.contains(u"PublicAccess")
        || action.contains(u"Ownership"))
        return 3;
    if (action.startsWith(u"List"))
        return 0;
    if (action.startsWith(u"Get"))
        return 1;
    return 2;
}

ActionPickerDialog::ActionPickerDialog(const QStringList &selected, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Choose actions"));
    auto *layout = new QVBoxLayout(this);
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderHidden(true);
    auto check = [&selected](QTreeWidgetItem *item, const QString &action) {
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setData(0, Qt::UserRole, action);
        item->setCheckState(0, selected.contains(action, Qt::CaseInsensitive) ? Qt::Checked : Qt::Unchecked);
    };
    auto *wild = new QTreeWidgetItem(m_tree, {tr("Wildcards")});
    for (const char *w : {"s3:*", "s3:List*", "s3:Get*", "s3:Put*", "s3:Delete*"}) {
        const QString a = QString::fromLatin1(w);
        check(new QTreeWidgetItem(wild, {a}), a);
    }
    const QStringList groupNames {tr("List"), tr("Read"), tr("Write"), tr("Permissions")};
    QList<QTreeWidgetItem *> groups;
    for (const QString &name : groupNames)
        groups.append(new QTreeWidgetItem(m_tree, {name}));
    for (const QString &name : Policy::S3Actions::all()) {
        const QString a = QStringLiteral("s3:") + name;
        check(new QTreeWidgetItem(groups[groupOf(name)], {a}), a);
    }
    wild->setExpanded(true);
    for (QTreeWidgetItem *g : std::as_const(groups)) {
        for (int i = 0; i < g->childCount(); ++i) {
            if (g->child(i)->checkState(0) == Qt::Checked)
                g->setExpanded(true);
        }
    }
    layout->addWidget(m_tree, 1);
    // Patterns that are not in the list (e.g. "s3:*Object?ersion") stay in the free field.
    QStringList custom;
    for (const QString &s : selected) {
        if (m_tree->findItems(s, Qt::MatchFixedString | Qt::MatchRecursive).isEmpty())
            custom.append(s);
    }
    auto *form = new QFormLayout;
    m_custom = new QLineEdit(custom.join(QStringLiteral(", ")), this);
    m_custom->setPlaceholderText(tr("More actions or patterns, separated by commas"));
    form->addRow(tr("Other:"), m_custom);
    layout->addLayout(form);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(420, 560);
}

void ActionPickerDialog::setChecked(const QString &action, bool checked)
{
    for (QTreeWidgetItem *item : m_tree->findItems(action, Qt::MatchFixedString | Qt::MatchRecursive))
        item->setCheckState(0, checked ? Qt::Checked : Qt::Unchecked);
}

QStringList ActionPickerDialog::actions() const
{
    QStringList out;
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if (!(*it)->data(0, Qt::UserRole).toString().isEmpty() && (*it)->checkState(0) == Qt::Checked)
            out.append((*it)->data(0, Qt::UserRole).toString());
    }
    for (const QString &s : m_custom->text().split(u',', Qt::SkipEmptyParts)) {
        if (!s.trimmed().isEmpty() && !out.contains(s.trimmed()))
            out.append(s.trimmed());
    }
    return out;
}

ResourcePickerDialog::ResourcePickerDialog(Client::S3Client &client, const QString &bucket, const QStringList &selected,
                                           QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Choose resources"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_bucket = new QComboBox(this);
    m_bucket->setEditable(true);
    m_bucket->addItem(bucket);
    form->addRow(tr("Bucket:"), m_bucket);
    m_bucketItself = new QRadioButton(tr("The bucket itself (listing, bucket settings)"), this);
    m_allObjects = new QRadioButton(tr("All objects in the bucket"), this);
    m_prefixObjects = new QRadioButton(tr("Objects under a prefix:"), this);
    m_allObjects->setChecked(true);
    m_prefix = new QLineEdit(this);
    m_prefix->setPlaceholderText(tr("e.g. public/"));
    form->addRow(QString(), m_bucketItself);
    form->addRow(QString(), m_allObjects);
    auto *prefixRow = new QHBoxLayout;
    prefixRow->addWidget(m_prefixObjects);
    prefixRow->addWidget(m_prefix, 1);
    form->addRow(QString(), prefixRow);
    layout->addLayout(form);
    auto *add = new QPushButton(tr("Add"), this);
    auto *remove = new QPushButton(tr("Remove"), this);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(add);
    buttons->addWidget(remove);
    layout->addLayout(buttons);
    m_list = new QListWidget(this);
    m_list->addItems(selected);
    layout->addWidget(m_list, 1);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    layout->addWidget(box);
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(add, &QPushButton::clicked, this, [this] {
        const QString arn = currentArn();
        if (m_list->findItems(arn, Qt::MatchExactly).isEmpty())
            m_list->addItem(arn);
    });
    connect(remove, &QPushButton::clicked, this, [this] { delete m_list->currentItem(); });
    connect(m_prefix, &QLineEdit::textEdited, this, [this] { m_prefixObjects->setChecked(true); });
    resize(520, 420);

    // Offer the endpoint's other buckets; the job runs asynchronously and ends with the dialog.
    auto *job = client.listBuckets();
    job->setParent(this);
    connect(job, &Client::Job::finished, this, [this, job, bucket] {
        job->deleteLater();
        if (!job->result())
            return;
        for (const auto &b : job->result()->buckets) {
            if (b.name != bucket)
                m_bucket->addItem(b.name);
        }
    });
    job->start();
}

QString ResourcePickerDialog::currentArn() const
{
    const QString bucket = m_bucket->currentText().trimmed();
    if (m_bucketItself->isChecked())
        return Policy::S3Actions::bucketArn(bucket);
    if (m_prefixObjects->isChecked())
        return Policy::S3Actions::objectArn(bucket, m_prefix->text().trimmed() + QStringLiteral("*"));
    return Policy::S3Actions::objectArn(bucket, QStringLiteral("*"));
}

QStringList ResourcePickerDialog::resources() const
{
    QStringList out;
    for (int i = 0; i < m_list->count(); ++i)
        out.append(m_list->item(i)->text());
    return out;
}

} // namespace Gui
