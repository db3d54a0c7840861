#pragma once

#include <QDialog>

class QLabel;
class QTextBrowser;

namespace Gui {

// Help > About Pail: the application's icon, version and licence, and the run-time versions
// and licences of the libraries it uses (Qt, OpenSSL, SQLite, Boost, libqrencode).
// GUI thread; owned by its parent (or the caller on the stack).
class AboutDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // "OpenSSL 3.0.11 19 Sep 2023" etc., as the libraries report them at run time.
    static QString qtVersion();
    static QString openSslVersion();
    static QString sqliteVersion();
    // The component table shown in the dialog (HTML), exposed for tests.
    static QString componentsHtml();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QTextBrowser *m_components = nullptr;
};

} // namespace Gui
