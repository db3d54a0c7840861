#include "ui/browser/createbucketdialog.h"

#include <QDialogButtonBox>
#include <QHostAddress>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include "engine/client/s3client.h"

namespace Gui {

CreateBucketDialog::CreateBucketDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("Create Bucket"));
    setObjectName(QStringLiteral("createBucketDialog"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Bucket name:"), this));
    m_name = new QLineEdit(this);
    m_name->setPlaceholderText(tr("e.g. my-photos-2024"));
    layout->addWidget(m_name);
    m_feedback = new QLabel(this);
    m_feedback->setWordWrap(true);
    m_feedback->setMinimumWidth(360);
    layout->addWidget(m_feedback);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Create"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &CreateBucketDialog::updateFeedback);
    updateFeedback();
}

QString CreateBucketDialog::bucketName() const
{
    return m_name->text().trimmed();
}

QString CreateBucketDialog::feedback() const
{
    return m_feedback->text();
}

QString CreateBucketDialog::nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("Enter a name.");
    if (name.size() < 3)
        return tr("A bucket name needs at least 3 characters.");
    if (name.size() > 63)
        return tr("A bucket name has at most 63 characters.");
    for (const QChar c : name) {
        if (c.isUpper())
            return tr("Use lower-case letters only.");
        if (!(c.isDigit() || (c >= u'a' && c <= u'z') || c == u'.' || c == u'-'))
            return tr("Only lower-case letters, digits, dots and hyphens are allowed (\"%1\" is not).").arg(c);
    }
    if (!name.front().isLetterOrNumber() || !name.back().isLetterOrNumber())
        return tr("A bucket name must start and end with a letter or digit.");
    if (name.contains(u".."))
        return tr("A bucket name cannot contain two dots in a row.");
    if (!QHostAddress(name).isNull())
        return tr("A bucket name cannot look like an IP address.");
    if (auto ok = Client::S3Client::validateBucketName(name); !ok)
        return tr("This name breaks S3's bucket naming rules.");
    return {};
}

void CreateBucketDialog::updateFeedback()
{
    const QString problem = nameProblem(bucketName());
    m_feedback->setText(problem.isEmpty() ? tr("This name is valid.") : problem);
    m_feedback->setStyleSheet(problem.isEmpty() || bucketName().isEmpty() ? QString() : QStringLiteral("color: #b00020;"));
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace Gui
