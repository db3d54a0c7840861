#pragma once

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace Gui {

// Asks for a new bucket name and checks S3's naming rules as the user types, with the reason
// shown under the field. Modal to the main window (opened with open()); deleted on close.
class CreateBucketDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit CreateBucketDialog(QWidget *parent = nullptr);

    QString bucketName() const;
    QLineEdit *nameEdit() const { return m_name; }
    QString feedback() const;

    // Why a name breaks S3's bucket naming rules, in words; empty when it is valid.
    static QString nameProblem(const QString &name);

private:
    void updateFeedback();

    QLineEdit *m_name = nullptr;
    QLabel *m_feedback = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Gui
