#include "ui/browser/mainwindow.h"

#include <functional>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QToolBar>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include "engine/client/awsconfig.h"
#include "engine/client/profile.h"
#include "engine/client/s3client.h"
#include "engine/client/secretstore.h"
#include "engine/core/version.h"
#include "engine/transfer/localpath.h"
#include "ui/browser/bucketactions.h"
#include "ui/browser/bulkactions.h"
#include "ui/browser/connection.h"
#include "ui/browser/connectiondialog.h"
#include "ui/browser/connectionmodel.h"
#include "ui/browser/createbucketdialog.h"
#include "ui/browser/detailspane.h"
#include "ui/browser/keycollector.h"
#include "ui/browser/objectdrag.h"
#include "ui/browser/objectlistmodel.h"
#include "ui/browser/objecttableview.h"
#include "ui/browser/sandboxcontroller.h"
#include "ui/sandbox/sandboxwindow.h"
#include "ui/common/aboutdialog.h"
#include "ui/common/errortext.h"
#include "ui/common/format.h"
#include "ui/settings/preferencesdialog.h"
#include "ui/transfers/transferdock.h"
#include "ui/transfers/transfermodel.h"

namespace Gui {

namespace {

constexpr qint64 kRenameCopyWarning = 100LL * 1000 * 1000;

// Filters on the name column, case-insensitively, over the rows loaded so far.
class ObjectFilterProxy final : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
};

} // namespace

MainWindow::MainWindow(QWidget *parent)
    : MainWindow(Options {}, parent)
{
}

MainWindow::MainWindow(const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_secrets {options.secrets}
    , m_sandbox {options.sandbox}
    , m_profileDir {options.profileDir}
{
    m_language = options.language;
    m_appearance = options.appearance;
    resize(1200, 760);
    m_connections = new ConnectionModel(this);
    m_objects = new ObjectListModel(this);
    m_transfers = new TransferModel(this);
    setupActions();
    setupCentral();
    setupMenus();
    setupConnections(options);
    retranslateUi();
    connect(m_transfers, &TransferModel::uploadFinished, this, &MainWindow::onUploadFinished);
    connect(m_transfers, &TransferModel::uploadFinished, this,
            [this](Client::S3Client *, const QString &bucket, const S3::ObjectEntry &entry) {
                if (entry.size >= m_largeTransferBytes)
                    notifyFinished(tr("Upload finished"), tr("%1 (%2) is in %3.").arg(entry.key, formatSize(entry.size), bucket));
            });
    connect(m_transfers, &TransferModel::downloadFinished, this, [this](const QString &localPath) {
        const qint64 size = QFileInfo(localPath).size();
        if (size >= m_largeTransferBytes)
            notifyFinished(tr("Download finished"), tr("%1 (%2) is saved.").arg(localPath, formatSize(size)));
    });
    connect(m_connections, &QAbstractItemModel::dataChanged, this, [this] {
        updateStatus();
        updateActions();
    });
    connect(m_connections, &ConnectionModel::uploadRequested, this,
            [this](Connection *connection, const QString &bucket, const QStringList &paths) {
                if (connection && connection->client())
                    m_transfers->addUploads(connection->client(), paths, bucket, {});
            });
    updateActions();
    updateStatus();
}

MainWindow::~MainWindow()
{
    // Jobs first, connections (their transports) last.
    m_objects->setClient(nullptr);
    m_details->showObject(nullptr, {}, {});
    delete m_transferDock;
    delete m_transfers;
    delete m_connections;
}

Connection *MainWindow::currentConnection() const
{
    return m_connection;
}

void MainWindow::setupActions()
{
    // Texts are set in retranslateUi(), also on every language change.
    const auto make = [this](const QKeySequence &shortcut, auto handler) {
        auto *action = new QAction(this);
        if (!shortcut.isEmpty())
            action->setShortcut(shortcut);
        connect(action, &QAction::triggered, this, handler);
        addAction(action);
        return action;
    };
    m_newConnectionAction = make(QKeySequence(), &MainWindow::newConnection);
    m_createBucketAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_B), &MainWindow::showCreateBucketDialog);
    m_deleteBucketAction = make(QKeySequence(), &MainWindow::deleteBucket);
    m_uploadFilesAction = make(QKeySequence(Qt::CTRL | Qt::Key_U), &MainWindow::uploadFilesDialog);
    m_uploadFolderAction = make(QKeySequence(), &MainWindow::uploadFolderDialog);
    m_downloadAction = make(QKeySequence(Qt::CTRL | Qt::Key_D), &MainWindow::downloadSelection);
    m_newFolderAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N), &MainWindow::newFolder);
    m_renameAction = make(QKeySequence(Qt::Key_F2), &MainWindow::renameSelection);
    m_deleteAction = make(QKeySequence::Delete, &MainWindow::deleteSelection);
    m_undoAction = make(QKeySequence::Undo, &MainWindow::undoDelete);
    m_copyLinkAction = make(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C), &MainWindow::copyLink);
    m_refreshAction = make(QKeySequence::Refresh, [this] { m_objects->refresh(); });
    m_showVersionsAction = new QAction(this);
    m_showVersionsAction->setObjectName(QStringLiteral("showVersionsAction"));
    m_showVersionsAction->setCheckable(true);
    connect(m_showVersionsAction, &QAction::toggled, this, [this](bool on) { m_objects->setShowVersions(on); });
    m_pointInTimeAction = new QAction(this);
    m_pointInTimeAction->setObjectName(QStringLiteral("pointInTimeAction"));
    m_pointInTimeAction->setCheckable(true);
    connect(m_pointInTimeAction, &QAction::triggered, this, [this](bool on) {
        if (!on) {
            m_objects->setPointInTime({});
            statusBar()->clearMessage();
            return;
        }
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Browse at Date"));
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLabel(tr("Show this folder as it was at:"), &dialog));
        auto *edit = new QDateTimeEdit(QDateTime::currentDateTime(), &dialog);
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        layout->addWidget(edit);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        layout->addWidget(buttons);
        if (dialog.exec() != QDialog::Accepted) {
            m_pointInTimeAction->setChecked(false);
            return;
        }
        const QDateTime at = edit->dateTime().toUTC();
        m_objects->setPointInTime(at);
        statusBar()->showMessage(tr("Showing the objects as they were at %1 (read-only).").arg(edit->dateTime().toString(Qt::ISODate)));
    });
    m_openAction = make(QKeySequence(), [this] {
        const auto rows = m_table->selectionModel()->selectedRows();
        if (!rows.isEmpty())
            onActivated(rows.first());
    });
    m_preferencesAction = make(QKeySequence::Preferences, &MainWindow::showPreferences);
    m_preferencesAction->setMenuRole(QAction::PreferencesRole);
    m_quitAction = make(QKeySequence::Quit, [] { QApplication::quit(); });
    m_quitAction->setMenuRole(QAction::QuitRole);
    m_aboutAction = make(QKeySequence(), &MainWindow::showAbout);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    // The desktop's icon theme first, Pail's own icons (resources/icons) where it has none.
    m_refreshAction->setIcon(themedIcon(u"view-refresh", u"refresh"));
    m_createBucketAction->setIcon(themedIcon(u"folder-new", u"bucket-new"));
    m_uploadFilesAction->setIcon(themedIcon(u"document-send", u"upload"));
    m_downloadAction->setIcon(themedIcon(u"document-save", u"download"));
    m_deleteAction->setIcon(themedIcon(u"edit-delete", u"delete"));
    m_copyLinkAction->setIcon(themedIcon(u"insert-link", u"link"));
    m_preferencesAction->setIcon(themedIcon(u"preferences-system", u"preferences"));
}

void MainWindow::setupMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newConnectionAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_createBucketAction);
    m_fileMenu->addAction(m_deleteBucketAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->setObjectName(QStringLiteral("editMenu"));
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_uploadFilesAction);
    m_editMenu->addAction(m_uploadFolderAction);
    m_editMenu->addAction(m_downloadAction);
    m_editMenu->addAction(m_newFolderAction);
    m_editMenu->addAction(m_renameAction);
    m_editMenu->addAction(m_deleteAction);
    m_editMenu->addAction(m_copyLinkAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_preferencesAction);

    m_bucketActions = new BucketActions(
        [this] {
            BucketActions::Target t;
            t.client = m_connection ? m_connection->client() : nullptr;
            t.bucket = m_bucket;
            t.sandbox = m_connection && m_connection->kind() == Connection::Kind::Sandbox;
            const QList<int> rows = selectedSourceRows();
            if (rows.size() == 1 && !m_objects->rowAt(rows.first()).isFolder)
                t.key = m_objects->rowAt(rows.first()).key;
            return t;
        },
        this);
    menuBar()->addMenu(m_bucketActions->menu());
    setupBulkActions();
    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_refreshAction);
    m_viewMenu->addAction(m_showVersionsAction);
    m_viewMenu->addAction(m_pointInTimeAction);
    m_viewMenu->addAction(m_bulkActions->restoreFolderAction());
    m_viewMenu->addAction(m_transferDock->toggleViewAction());

    if (m_sandbox)
        menuBar()->addMenu(new SandboxMenu(*m_sandbox, this)); // ui/sandbox: the sandbox panel
    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpMenu->addAction(m_aboutAction);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toolBar->addAction(m_createBucketAction);
    m_toolBar->addAction(m_uploadFilesAction);
    m_toolBar->addAction(m_downloadAction);
    m_toolBar->addAction(m_deleteAction);
    m_toolBar->addAction(m_refreshAction);
    m_toolBar->addAction(m_showVersionsAction);
}

void MainWindow::retranslateUi()
{
    setWindowTitle(tr("Pail"));
    m_bucketActions->retranslate();
    m_bulkActions->retranslate();
    m_newConnectionAction->setText(tr("New &Connection..."));
    m_createBucketAction->setText(tr("Create &Bucket..."));
    m_deleteBucketAction->setText(tr("Delete Bucket..."));
    m_uploadFilesAction->setText(tr("&Upload Files..."));
    m_uploadFolderAction->setText(tr("Upload &Folder..."));
    m_downloadAction->setText(tr("&Download To..."));
    m_newFolderAction->setText(tr("&New Folder..."));
    m_renameAction->setText(tr("&Rename..."));
    m_deleteAction->setText(tr("De&lete..."));
    m_undoAction->setText(tr("&Undo Delete"));
    m_copyLinkAction->setText(tr("Copy &Link..."));
    m_refreshAction->setText(tr("Re&fresh"));
    m_showVersionsAction->setText(tr("Show &Versions"));
    m_pointInTimeAction->setText(tr("Browse at &Date…"));
    m_showVersionsAction->setToolTip(tr("List every version and delete marker of the objects"));
    m_openAction->setText(tr("&Open"));
    m_preferencesAction->setText(tr("&Preferences..."));
    m_quitAction->setText(tr("&Quit"));
    m_aboutAction->setText(tr("&About Pail"));
    m_fileMenu->setTitle(tr("&File"));
    m_editMenu->setTitle(tr("&Edit"));
    m_viewMenu->setTitle(tr("&View"));
    m_helpMenu->setTitle(tr("&Help"));
    m_toolBar->setWindowTitle(tr("Main"));
    m_transferDock->setWindowTitle(tr("Transfers"));
    m_backButton->setToolTip(tr("Back (Alt+Left)"));
    m_forwardButton->setToolTip(tr("Forward (Alt+Right)"));
    m_upButton->setToolTip(tr("Up (Alt+Up)"));
    if (m_connections->rowCount() > 0)
        emit m_connections->dataChanged(m_connections->index(0, 0), m_connections->index(m_connections->rowCount() - 1, 0));
    // The models compute their headers in headerData(); ask the views to fetch them again.
    emit m_objects->headerDataChanged(Qt::Horizontal, 0, ObjectListModel::ColumnCount - 1);
    emit m_transfers->headerDataChanged(Qt::Horizontal, 0, m_transfers->columnCount() - 1);
    rebuildBreadcrumbs();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange && m_fileMenu)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setupCentral()
{
    auto *splitter = new QSplitter(Qt::Horizontal, this);

    m_sidebar = new QTreeView(splitter);
    m_sidebar->setObjectName(QStringLiteral("sidebar"));
    m_sidebar->setHeaderHidden(true);
    m_sidebar->setUniformRowHeights(true);
    m_sidebar->setModel(m_connections);
    m_sidebar->setAcceptDrops(true);
    m_sidebar->setDropIndicatorShown(true);
    m_sidebar->setDragDropMode(QAbstractItemView::DropOnly);
    m_sidebar->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_sidebar, &QTreeView::clicked, this, &MainWindow::onSidebarClicked);
    connect(m_sidebar, &QTreeView::activated, this, &MainWindow::onSidebarClicked);
    connect(m_sidebar, &QTreeView::customContextMenuRequested, this, &MainWindow::onSidebarContextMenu);

    auto *center = new QWidget(splitter);
    auto *centerLayout = new QVBoxLayout(center);
    centerLayout->setContentsMargins(0, 0, 0, 0);
    auto *nav = new QHBoxLayout;
    const auto navButton = [center](QStyle::StandardPixmap icon) {
        auto *b = new QToolButton(center);
        b->setIcon(center->style()->standardIcon(icon));
        b->setAutoRaise(true);
        return b;
    };
    m_backButton = navButton(QStyle::SP_ArrowBack);
    m_backButton->setShortcut(QKeySequence::Back);
    m_forwardButton = navButton(QStyle::SP_ArrowForward);
    m_forwardButton->setShortcut(QKeySequence::Forward);
    m_upButton = navButton(QStyle::SP_FileDialogToParent);
    m_upButton->setShortcut(QKeySequence(Qt::ALT | Qt::Key_Up));
    connect(m_backButton, &QToolButton::clicked, this, &MainWindow::goBack);
    connect(m_forwardButton, &QToolButton::clicked, this, &MainWindow::goForward);
    connect(m_upButton, &QToolButton::clicked, this, &MainWindow::goUp);
    nav->addWidget(m_backButton);
    nav->addWidget(m_forwardButton);
    nav->addWidget(m_upButton);
    m_breadcrumbs = new QWidget(center);
    m_breadcrumbLayout = new QHBoxLayout(m_breadcrumbs);
    m_breadcrumbLayout->setContentsMargins(0, 0, 0, 0);
    m_breadcrumbLayout->setSpacing(0);
    nav->addWidget(m_breadcrumbs, 1);
    m_filter = new QLineEdit(center);
    m_filter->setClearButtonEnabled(true);
    m_filter->setMaximumWidth(260);
    nav->addWidget(m_filter);
    centerLayout->addLayout(nav);

    m_proxy = new ObjectFilterProxy(this);
    m_proxy->setSourceModel(m_objects);
    m_proxy->setSortRole(ObjectListModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(ObjectListModel::NameColumn);
    m_table = new ObjectTableView(center);
    m_table->setObjectName(QStringLiteral("objectTable"));
    m_table->setModel(m_proxy);
    m_table->sortByColumn(-1, Qt::AscendingOrder); // server key order until the user sorts
    m_table->header()->resizeSection(ObjectListModel::NameColumn, 300);
    m_table->header()->resizeSection(ObjectListModel::SizeColumn, 90);
    m_table->header()->resizeSection(ObjectListModel::ModifiedColumn, 150);
    m_table->header()->resizeSection(ObjectListModel::StorageClassColumn, 110);
    m_table->header()->setSectionResizeMode(ObjectListModel::EtagColumn, QHeaderView::Stretch);
    centerLayout->addWidget(m_table, 1);
    connect(m_table, &QTreeView::activated, this, &MainWindow::onActivated);
    // activated() covers Enter and double-click (per the style's activation hint).
    connect(m_table, &ObjectTableView::filesDropped, this, [this](const QStringList &paths, const QString &folder) {
        uploadPaths(paths, folder.isEmpty() ? m_prefix : folder);
    });
    connect(m_table, &QWidget::customContextMenuRequested, this, &MainWindow::onContextMenu);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        updateStatus();
        updateActions();
        const auto rows = selectedSourceRows();
        if (rows.size() == 1 && !m_objects->rowAt(rows.first()).isFolder && m_connection)
            m_details->showObject(m_connection->client(), m_bucket, m_objects->rowAt(rows.first()).key);
        else
            m_details->showObject(nullptr, {}, {});
    });

    m_details = new DetailsPane(splitter);
    connect(m_details, &DetailsPane::objectChanged, this, &MainWindow::refreshObject);
    connect(m_details, &DetailsPane::versionActionFailed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    splitter->addWidget(m_sidebar);
    splitter->addWidget(center);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setStretchFactor(2, 0);
    splitter->setSizes({230, 700, 270});
    setCentralWidget(splitter);

    m_transferDock = new TransferDock(m_transfers, this);
    addDockWidget(Qt::BottomDockWidgetArea, m_transferDock);

    m_filterTimer.setSingleShot(true);
    m_filterTimer.setInterval(250);
    connect(m_filter, &QLineEdit::textEdited, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text); // local, immediate
        m_filterTimer.start();               // server prefix, debounced
    });
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        if (text.isEmpty()) {
            m_proxy->setFilterFixedString({});
            m_filterTimer.start();
        }
    });
    connect(&m_filterTimer, &QTimer::timeout, this, &MainWindow::onFilterEdited);

    m_loadedLabel = new QLabel(this);
    m_selectionLabel = new QLabel(this);
    m_connectionLabel = new QLabel(this);
    statusBar()->addWidget(m_loadedLabel, 1);
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_connectionLabel);
    connect(m_objects, &ObjectListModel::stateChanged, this, &MainWindow::updateStatus);
    connect(m_objects, &ObjectListModel::pageLoaded, this, &MainWindow::updateStatus);
    connect(m_objects, &ObjectListModel::listingFailed, this, [this](const Core::Error &error) {
        m_loadedLabel->setText(tr("Listing failed: %1 (press F5 to retry)").arg(errorText(error)));
    });
    rebuildBreadcrumbs();
}

void MainWindow::setupConnections(const Options &options)
{
    if (m_sandbox) {
        Client::Profile profile;
        profile.name = tr("Local sandbox");
        m_sandboxConnection = new Connection(Connection::Kind::Sandbox, profile);
        m_connections->addConnection(m_sandboxConnection);
        connect(m_sandbox, &SandboxController::started, this, &MainWindow::attachSandbox);
        connect(m_sandbox, &SandboxController::failed, this, &MainWindow::updateSandboxState);
        if (m_sandbox->isRunning())
            attachSandbox();
        else
            updateSandboxState();
    }
    if (options.loadAwsProfiles) {
        // Two small config files, read once at start-up.
        const Client::AwsConfigReader reader;
        for (const QString &name : reader.profileNames()) {
            Client::Profile profile;
            profile.name = tr("AWS: %1").arg(name);
            profile.credentialSource = Client::CredentialSource::AwsProfile;
            profile.awsProfileName = name;
            auto *connection = new Connection(Connection::Kind::AwsProfile, profile);
            m_connections->addConnection(connection);
            auto resolved = reader.resolve(name);
            if (!resolved) {
                connection->setFailed(errorText(resolved.error()));
                continue;
            }
            profile.region = resolved->region.isEmpty() ? QStringLiteral("us-east-1") : resolved->region;
            profile.endpoint = resolved->endpointUrl.isEmpty()
                                   ? QUrl(QStringLiteral("https://s3.%1.amazonaws.com").arg(profile.region))
                                   : resolved->endpointUrl;
            profile.addressingStyle = resolved->addressingStyle;
            profile.caBundlePath = resolved->caBundle;
            connection->attach(profile, Client::makeCredentialsProvider(*resolved));
        }
    }
    if (options.loadSavedProfiles && m_secrets) {
        const Client::ProfileStore store(m_profileDir);
        if (auto profiles = store.load()) {
            for (const Client::Profile &profile : *profiles) {
                auto *connection = new Connection(Connection::Kind::Custom, profile);
                m_connections->addConnection(connection);
                connection->attach(profile, ConnectionDialog::makeProvider(profile, *m_secrets));
            }
        }
    }
    if (m_connections->connectionCount() > 0) {
        m_sidebar->setCurrentIndex(m_connections->index(0, 0));
        m_connection = m_connections->connectionAt(0);
        m_sidebar->expand(m_connections->index(0, 0));
    }
}

void MainWindow::attachSandbox()
{
    if (!m_sandbox || !m_sandboxConnection || !m_sandbox->isRunning())
        return;
    Client::Profile profile = m_sandboxConnection->profile();
    profile.endpoint = m_sandbox->endpoint();
    profile.addressingStyle = Client::AddressingStyle::Path;
    profile.accessKeyId = m_sandbox->credentials().accessKeyId;
    profile.credentialSource = Client::CredentialSource::SecretStore;
    m_sandboxConnection->attach(profile, std::make_unique<Client::StaticCredentialsProvider>(m_sandbox->credentials()));
    m_sidebar->expand(m_connections->indexOf(m_sandboxConnection));
    updateSandboxState();
}

void MainWindow::updateSandboxState()
{
    if (m_sandbox && m_sandboxConnection && !m_sandbox->isStarting() && !m_sandbox->isRunning()
        && m_sandboxConnection->state() != Connection::State::Failed)
        m_sandboxConnection->setFailed(errorText(m_sandbox->error()) + u'\n' + errorDetails(m_sandbox->error()));
    updateStatus();
    updateActions();
}

void MainWindow::onSidebarClicked(const QModelIndex &index)
{
    auto *connection = qobject_cast<Connection *>(index.data(ConnectionModel::ConnectionRole).value<QObject *>());
    if (!connection)
        return;
    const QString bucket = index.data(ConnectionModel::BucketRole).toString();
    if (bucket.isEmpty()) {
        m_sidebar->expand(index);
        openLocation(connection, {}, {});
        return;
    }
    openLocation(connection, bucket, connection->profile().bucket == bucket ? connection->profile().prefix : QString());
}

void MainWindow::openLocation(Connection *connection, const QString &bucket, const QString &prefix)
{
    if (m_connection == connection && m_bucket == bucket && m_prefix == prefix && !bucket.isEmpty())
        return;
    if (m_connection || !m_bucket.isEmpty())
        m_back.append(Location {m_connection, m_bucket, m_prefix});
    m_forward.clear();
    showLocation(Location {connection, bucket, prefix});
}

void MainWindow::showLocation(const Location &location)
{
    m_connection = location.connection;
    m_bucket = location.bucket;
    m_prefix = location.prefix;
    m_filter->clear();
    m_proxy->setFilterFixedString({});
    m_objects->setClient(m_connection ? m_connection->client() : nullptr);
    // An empty bucket resets the table to Idle.
    m_objects->setLocation(m_connection && m_connection->client() ? m_bucket : QString(), m_prefix);
    m_details->showObject(nullptr, {}, {});
    if (m_connection) {
        const QModelIndex index = m_bucket.isEmpty() ? m_connections->indexOf(m_connection)
                                                     : m_connections->indexOf(m_connection, m_bucket);
        if (index.isValid())
            m_sidebar->setCurrentIndex(index);
    }
    rebuildBreadcrumbs();
    updateActions();
    updateStatus();
}

void MainWindow::rebuildBreadcrumbs()
{
    while (QLayoutItem *item = m_breadcrumbLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    const auto addCrumb = [this](const QString &text, const QString &bucket, const QString &prefix) {
        auto *b = new QToolButton(m_breadcrumbs);
        b->setText(text);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, [this, bucket, prefix] { openLocation(m_connection, bucket, prefix); });
        m_breadcrumbLayout->addWidget(b);
    };
    const auto addSeparator = [this] { m_breadcrumbLayout->addWidget(new QLabel(QStringLiteral("›"), m_breadcrumbs)); };
    if (m_connection) {
        addCrumb(m_connection->name(), {}, {});
        if (!m_bucket.isEmpty()) {
            addSeparator();
            addCrumb(m_bucket, m_bucket, {});
            QString path;
            const QStringList parts = m_prefix.split(u'/', Qt::SkipEmptyParts);
            for (const QString &part : parts) {
                path += part + u'/';
                addSeparator();
                addCrumb(part, m_bucket, path);
            }
        }
    }
    m_breadcrumbLayout->addStretch();
    m_backButton->setEnabled(!m_back.isEmpty());
    m_forwardButton->setEnabled(!m_forward.isEmpty());
    m_upButton->setEnabled(!m_bucket.isEmpty());
}

void MainWindow::goBack()
{
    if (m_back.isEmpty())
        return;
    m_forward.append(Location {m_connection, m_bucket, m_prefix});
    showLocation(m_back.takeLast());
}

void MainWindow::goForward()
{
    if (m_forward.isEmpty())
        return;
    m_back.append(Location {m_connection, m_bucket, m_prefix});
    showLocation(m_forward.takeLast());
}

void MainWindow::goUp()
{
    if (m_bucket.isEmpty())
        return;
    if (m_prefix.isEmpty()) {
        openLocation(m_connection, {}, {});
        return;
    }
    QString up = m_prefix;
    up.chop(1);
    const qsizetype slash = up.lastIndexOf(u'/');
    openLocation(m_connection, m_bucket, slash < 0 ? QString() : up.left(slash + 1));
}

void MainWindow::onActivated(const QModelIndex &proxyIndex)
{
    const QModelIndex index = m_proxy->mapToSource(proxyIndex);
    if (!index.isValid())
        return;
    const ObjectListModel::Row &row = m_objects->rowAt(index.row());
    if (row.isFolder)
        openLocation(m_connection, m_bucket, row.key);
}

void MainWindow::onFilterEdited()
{
    // Server-side prefix search; the proxy's local match stays on for case-insensitivity.
    const QString text = m_filter->text();
    m_objects->setFilterPrefix(text);
}

QList<int> MainWindow::selectedSourceRows() const
{
    QList<int> rows;
    const auto selected = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : selected)
        rows.append(m_proxy->mapToSource(index).row());
    return rows;
}

void MainWindow::updateStatus()
{
    const int loaded = m_objects->rowCount();
    QString loadedText;
    switch (m_objects->state()) {
    case ObjectListModel::State::Idle:
        loadedText = m_bucket.isEmpty() && m_connection && m_connection->state() == Connection::State::Ready
                         ? tr("Select or create a bucket.")
                         : QString();
        break;
    case ObjectListModel::State::Fetching:
        loadedText = tr("%n item(s) loaded, loading more...", nullptr, loaded);
        break;
    case ObjectListModel::State::HasMore:
        loadedText = tr("%n item(s) loaded, more on scroll (sorting covers loaded items only)", nullptr, loaded);
        break;
    case ObjectListModel::State::Complete:
        loadedText = tr("%n item(s)", nullptr, loaded);
        break;
    case ObjectListModel::State::Failed:
        loadedText = tr("Listing failed: %1 (press F5 to retry)").arg(errorText(m_objects->lastError()));
        break;
    }
    m_loadedLabel->setText(loadedText);

    qint64 bytes = 0;
    const QList<int> rows = selectedSourceRows();
    for (int row : rows)
        bytes += m_objects->sizeAt(row);
    m_selectionLabel->setText(rows.isEmpty() ? QString()
                                             : tr("%n selected (%1)", nullptr, int(rows.size())).arg(formatSize(bytes)));

    QString state;
    if (!m_connection)
        state = tr("Not connected");
    else if (m_connection->state() == Connection::State::Starting)
        state = tr("Starting sandbox...");
    else if (m_connection->state() == Connection::State::Failed)
        state = tr("%1: unavailable").arg(m_connection->name());
    else
        state = tr("%1: connected").arg(m_connection->name());
    m_connectionLabel->setText(state);
}

void MainWindow::updateActions()
{
    const bool ready = m_connection && m_connection->client();
    const bool inBucket = ready && !m_bucket.isEmpty();
    const QList<int> rows = selectedSourceRows();
    bool onlyFiles = !rows.isEmpty();
    for (int row : rows)
        onlyFiles = onlyFiles && !m_objects->isFolderAt(row);
    m_createBucketAction->setEnabled(ready);
    m_bucketActions->update();
    m_deleteBucketAction->setEnabled(inBucket);
    m_uploadFilesAction->setEnabled(inBucket);
    m_uploadFolderAction->setEnabled(inBucket);
    m_newFolderAction->setEnabled(inBucket);
    m_downloadAction->setEnabled(inBucket && !rows.isEmpty());
    m_deleteAction->setEnabled(inBucket && !rows.isEmpty());
    m_renameAction->setEnabled(inBucket && rows.size() == 1 && onlyFiles);
    m_copyLinkAction->setEnabled(inBucket && onlyFiles);
    m_openAction->setEnabled(inBucket && rows.size() == 1);
    m_refreshAction->setEnabled(inBucket);
    m_undoAction->setEnabled(!m_undo.markers.isEmpty() && m_undo.connection);
    m_bulkActions->update();
}

void MainWindow::notifyFinished(const QString &title, const QString &text)
{
    m_lastNotification = title + QStringLiteral(": ") + text;
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        if (!m_tray) {
            m_tray = new QSystemTrayIcon(windowIcon(), this);
            m_tray->setToolTip(tr("Pail"));
        }
        m_tray->show();
        m_tray->showMessage(title, text, QSystemTrayIcon::Information, 8000);
        return;
    }
    statusBar()->showMessage(m_lastNotification, 15000);
}

void MainWindow::refreshObject(const QString &bucket, const QString &key)
{
    if (!m_connection || bucket != m_bucket)
        return;
    QPointer<Connection> connection = m_connection;
    auto *head = m_connection->client()->headObject(bucket, key);
    connect(head, &Client::Job::finished, this, [this, head, connection, bucket, key] {
        head->deleteLater();
        if (connection != m_connection || bucket != m_bucket)
            return;
        const auto &info = head->result();
        if (!info) {
            if (info.error().httpStatus == 404)
                m_objects->removeKeys({key});
            return;
        }
        S3::ObjectEntry entry;
        entry.key = key;
        entry.lastModified = info->lastModified;
        entry.etag = info->etag;
        entry.size = info->size;
        entry.storageClass = info->storageClass.isEmpty() ? QStringLiteral("STANDARD") : info->storageClass;
        m_objects->upsertObject(entry);
    });
    head->start();
}

void MainWindow::showError(const QString &what, const Core::Error &error)
{
    QMessageBox box(QMessageBox::Warning, tr("Pail"), what + u'\n' + errorText(error), QMessageBox::Ok, this);
    box.setDetailedText(errorDetails(error));
    box.exec();
}

void MainWindow::onContextMenu(const QPoint &pos)
{
    QMenu menu(this);
    menu.addAction(m_openAction);
    menu.addAction(m_downloadAction);
    menu.addAction(m_uploadFilesAction);
    menu.addAction(m_uploadFolderAction);
    menu.addAction(m_newFolderAction);
    menu.addSeparator();
    menu.addAction(m_renameAction);
    menu.addAction(m_deleteAction);
    menu.addAction(m_copyLinkAction);
    menu.addAction(m_bucketActions->shareAction());
    menu.addSeparator();
    menu.addActions(m_bulkActions->selectionActions());
    menu.addAction(m_bulkActions->restoreFolderAction());
    menu.addSeparator();
    menu.addAction(m_refreshAction);
    menu.exec(m_table->viewport()->mapToGlobal(pos));
}

void MainWindow::onSidebarContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_sidebar->indexAt(pos);
    if (index.isValid())
        onSidebarClicked(index);
    QMenu menu(this);
    menu.addAction(m_createBucketAction);
    if (!m_bucket.isEmpty()) {
        menu.addAction(m_deleteBucketAction);
        menu.addSeparator();
        menu.addActions(m_bucketActions->bucketActions());
    }
    menu.addSeparator();
    menu.addAction(m_newConnectionAction);
    menu.exec(m_sidebar->viewport()->mapToGlobal(pos));
}

void MainWindow::showCreateBucketDialog()
{
    if (!m_connection || !m_connection->client())
        return;
    auto *dialog = new CreateBucketDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { createBucket(dialog->bucketName()); });
    dialog->open();
}

void MainWindow::createBucket(const QString &name)
{
    if (!m_connection || !m_connection->client())
        return;
    QPointer<Connection> connection = m_connection;
    auto *job = connection->client()->createBucket(name);
    connect(job, &Client::Job::finished, this, [this, job, connection, name] {
        job->deleteLater();
        if (!connection)
            return;
        if (!job->result()) {
            showError(tr("The bucket \"%1\" could not be created.").arg(name), job->result().error());
            return;
        }
        m_connections->addBucket(connection, name);
        m_sidebar->expand(m_connections->indexOf(connection));
        openLocation(connection, name, {});
        statusBar()->showMessage(tr("Bucket \"%1\" created. Drop files here to upload them.").arg(name), 5000);
    });
    job->start();
}

void MainWindow::deleteBucket()
{
    if (!m_connection || !m_connection->client() || m_bucket.isEmpty())
        return;
    QPointer<Connection> connection = m_connection;
    const QString bucket = m_bucket;
    Client::ListObjectsRequest request;
    request.bucket = bucket;
    request.maxKeys = 1000;
    auto *count = connection->client()->listObjects(request);
    connect(count, &Client::Job::finished, this, [this, count, connection, bucket] {
        count->deleteLater();
        if (!connection || !connection->client())
            return;
        if (!count->result()) {
            showError(tr("Could not look into the bucket \"%1\".").arg(bucket), count->result().error());
            return;
        }
        const int n = int(count->result()->contents.size());
        if (n > 0) {
            const QString amount = count->result()->isTruncated ? tr("more than 1000 objects") : tr("%n object(s)", nullptr, n);
            QMessageBox::information(this, tr("Delete Bucket"),
                                     tr("The bucket \"%1\" still holds %2. Delete them first, then delete the bucket.")
                                         .arg(bucket, amount));
            return;
        }
        if (QMessageBox::question(this, tr("Delete Bucket"), tr("Delete the empty bucket \"%1\"?").arg(bucket))
            != QMessageBox::Yes)
            return;
        auto *job = connection->client()->deleteBucket(bucket);
        connect(job, &Client::Job::finished, this, [this, job, connection, bucket] {
            job->deleteLater();
            if (!connection)
                return;
            if (!job->result()) {
                showError(tr("The bucket \"%1\" could not be deleted.").arg(bucket), job->result().error());
                return;
            }
            if (m_connection == connection && m_bucket == bucket)
                showLocation(Location {connection, {}, {}});
            m_connections->removeBucket(connection, bucket);
        });
        job->start();
    });
    count->start();
}

void MainWindow::newConnection()
{
    if (!m_secrets) {
        QMessageBox::information(this, tr("New Connection"), tr("No credential store is available to keep the secret key."));
        return;
    }
    auto *dialog = new ConnectionDialog(*m_secrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionDialog::profileSaved, this, [this](const Client::Profile &profile) {
        const Client::ProfileStore store(m_profileDir);
        QList<Client::Profile> profiles = store.load().value_or(QList<Client::Profile> {});
        profiles.append(profile);
        if (auto saved = store.save(profiles); !saved)
            showError(tr("The connection could not be saved."), saved.error());
        auto *connection = new Connection(Connection::Kind::Custom, profile);
        m_connections->addConnection(connection);
        connection->attach(profile, ConnectionDialog::makeProvider(profile, *m_secrets));
        openLocation(connection, profile.bucket, profile.prefix);
    });
    dialog->open();
}

void MainWindow::uploadPaths(const QStringList &localPaths, const QString &prefix)
{
    if (!m_connection || !m_connection->client() || m_bucket.isEmpty() || localPaths.isEmpty())
        return;
    m_transfers->addUploads(m_connection->client(), localPaths, m_bucket, prefix);
    m_transferDock->show();
}

void MainWindow::onUploadFinished(Client::S3Client *client, const QString &bucket, const S3::ObjectEntry &entry)
{
    if (m_connection && client == m_connection->client() && bucket == m_bucket)
        m_objects->upsertObject(entry);
}

void MainWindow::uploadFilesDialog()
{
    const QStringList files = QFileDialog::getOpenFileNames(this, tr("Upload Files"));
    uploadPaths(files, m_prefix);
}

void MainWindow::uploadFolderDialog()
{
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Upload Folder"));
    if (!dir.isEmpty())
        uploadPaths({dir}, m_prefix);
}

void MainWindow::downloadSelection()
{
    if (!m_connection || !m_connection->client())
        return;
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("Download To"));
    if (dir.isEmpty())
        return;
    Client::S3Client *client = m_connection->client();
    for (int r : rows) {
        const ObjectListModel::Row row = m_objects->rowAt(r);
        if (!row.isFolder) {
            if (const auto path = Transfer::localPathForKey(dir, row.name))
                m_transfers->addDownload(client, m_bucket, row.key, row.size, *path);
            else
                statusBar()->showMessage(tr("\"%1\" was not downloaded: its name cannot be a file name here.").arg(row.key), 8000);
            continue;
        }
        // Folders recursively: keys relative to the folder's parent become local paths.
        const QString base = m_prefix;
        const QString bucket = m_bucket;
        QPointer<Client::S3Client> guard(client);
        collectKeys(client, bucket, row.key, this,
                    [this, guard, bucket, base, dir](const Core::Result<QList<S3::ObjectEntry>> &entries, bool) {
                        if (!guard)
                            return;
                        if (!entries) {
                            showError(tr("The folder could not be listed."), entries.error());
                            return;
                        }
                        int skipped = 0;
                        for (const S3::ObjectEntry &entry : *entries) {
                            if (entry.key.endsWith(u'/'))
                                continue;
                            const auto path = Transfer::localPathForKey(dir, entry.key.mid(base.size()));
                            if (!path) {
                                ++skipped; // "..", "." or NUL in the key: it would land outside the folder
                                continue;
                            }
                            m_transfers->addDownload(guard, bucket, entry.key, entry.size, *path);
                        }
                        if (skipped > 0)
                            statusBar()->showMessage(tr("%n object(s) not downloaded: their keys cannot be paths inside the folder.",
                                                        nullptr, skipped),
                                                     8000);
                    });
    }
    m_transferDock->show();
}

void MainWindow::newFolder()
{
    if (!m_connection || !m_connection->client() || m_bucket.isEmpty())
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("New Folder"), tr("Folder name:"), QLineEdit::Normal, {}, &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    Client::PutObjectRequest request;
    request.bucket = m_bucket;
    request.key = m_prefix + name + u'/';
    request.body = Client::RequestBody::fromBytes({});
    QPointer<Connection> connection = m_connection;
    const QString bucket = m_bucket;
    const QString key = request.key;
    auto *job = connection->client()->putObject(request);
    connect(job, &Client::Job::finished, this, [this, job, connection, bucket, key] {
        job->deleteLater();
        if (!job->result()) {
            showError(tr("The folder could not be created."), job->result().error());
            return;
        }
        if (connection == m_connection && bucket == m_bucket) {
            S3::ObjectEntry entry;
            entry.key = key + QStringLiteral("x"); // makes upsert show the folder row
            m_objects->upsertObject(entry);
        }
    });
    job->start();
}

void MainWindow::renameSelection()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.size() != 1 || !m_connection || !m_connection->client())
        return;
    const ObjectListModel::Row row = m_objects->rowAt(rows.first());
    if (row.isFolder)
        return;
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Rename"), tr("New name:"), QLineEdit::Normal, row.name, &ok).trimmed();
    if (!ok || name.isEmpty() || name == row.name)
        return;
    if (row.size > kRenameCopyWarning
        && QMessageBox::question(this, tr("Rename"),
                                 tr("S3 cannot rename: this copies %1 of data to the new name and then deletes the old "
                                    "object. Continue?")
                                     .arg(formatSize(row.size)))
               != QMessageBox::Yes)
        return;
    Client::CopyObjectRequest request;
    request.sourceBucket = m_bucket;
    request.sourceKey = row.key;
    request.bucket = m_bucket;
    request.key = m_prefix + name;
    QPointer<Connection> connection = m_connection;
    const QString bucket = m_bucket;
    auto *copy = connection->client()->copyObject(request);
    connect(copy, &Client::Job::finished, this, [this, copy, connection, bucket, row] {
        copy->deleteLater();
        if (!connection || !connection->client())
            return;
        if (!copy->result()) {
            showError(tr("\"%1\" could not be renamed.").arg(row.name), copy->result().error());
            return;
        }
        auto *del = connection->client()->deleteObject(bucket, row.key);
        connect(del, &Client::Job::finished, this, [this, del] {
            del->deleteLater();
            m_objects->refresh();
        });
        del->start();
    });
    copy->start();
}

void MainWindow::deleteSelection()
{
    if (!m_connection || !m_connection->client() || m_bucket.isEmpty())
        return;
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty())
        return;
    QStringList files;
    QStringList folders;
    for (int r : rows)
        (m_objects->isFolderAt(r) ? folders : files).append(m_objects->keyAt(r));
    QPointer<Connection> connection = m_connection;
    const QString bucket = m_bucket;
    auto keys = std::make_shared<QStringList>(files);
    auto pending = std::make_shared<int>(int(folders.size()) + 1);
    auto failed = std::make_shared<bool>(false);
    auto proceed = [this, connection, bucket, keys, files, folders, pending, failed] {
        if (--*pending > 0 || *failed || !connection || !connection->client())
            return;
        // Ask the bucket whether it keeps versions: then deleting makes delete markers.
        auto *versioning = connection->client()->bucketVersioning(bucket);
        connect(versioning, &Client::Job::finished, this, [this, versioning, connection, bucket, keys, files, folders] {
            versioning->deleteLater();
            if (!connection || !connection->client())
                return;
            const bool versioned = versioning->result()
                                   && versioning->result()->status == S3::VersioningConfiguration::Status::Enabled;
            QString text = tr("Delete %n object(s)", nullptr, int(keys->size()));
            if (!folders.isEmpty())
                text += tr(" (including the contents of %n folder(s))", nullptr, int(folders.size()));
            text += u'?';
            if (versioned)
                text += u'\n' + tr("This bucket keeps versions: S3 adds a delete marker and keeps the old versions. "
                                   "Undo (Ctrl+Z) removes the markers again.");
            else
                text += u'\n' + tr("This cannot be undone.");
            if (QMessageBox::question(this, tr("Delete"), text) != QMessageBox::Yes)
                return;
            QList<S3::ObjectIdentifier> ids;
            for (const QString &key : *keys)
                ids.append(S3::ObjectIdentifier {key, {}});
            auto *del = connection->client()->deleteObjects(bucket, ids, false);
            connect(del, &Client::Job::finished, this, [this, del, connection, bucket, keys] {
                del->deleteLater();
                if (!del->result()) {
                    showError(tr("The objects could not be deleted."), del->result().error());
                    m_objects->refresh();
                    return;
                }
                UndoDelete undo;
                undo.connection = connection;
                undo.bucket = bucket;
                for (const S3::DeletedObject &d : del->result()->deleted) {
                    if (d.deleteMarker && !d.deleteMarkerVersionId.isEmpty())
                        undo.markers.append(S3::ObjectIdentifier {d.key, d.deleteMarkerVersionId});
                }
                m_undo = undo;
                if (!del->result()->errors.isEmpty())
                    statusBar()->showMessage(tr("%n object(s) could not be deleted.", nullptr,
                                                int(del->result()->errors.size())), 8000);
                m_objects->refresh();
                updateActions();
            });
            del->start();
        });
        versioning->start();
    };
    for (const QString &folder : std::as_const(folders)) {
        collectKeys(connection->client(), bucket, folder, this,
                    [keys, proceed, failed, this](const Core::Result<QList<S3::ObjectEntry>> &entries, bool) {
                        if (!entries) {
                            *failed = true;
                            showError(tr("The folder could not be listed."), entries.error());
                            return;
                        }
                        for (const S3::ObjectEntry &e : *entries)
                            keys->append(e.key);
                        proceed();
                    });
    }
    proceed();
}

void MainWindow::undoDelete()
{
    if (m_undo.markers.isEmpty() || !m_undo.connection || !m_undo.connection->client())
        return;
    const UndoDelete undo = m_undo;
    m_undo = {};
    updateActions();
    // Only markers that are still there are removed: one may be gone already (removed in the
    // versions list, or by another client). One ListObjectVersions per key, one after another.
    auto present = std::make_shared<QList<S3::ObjectIdentifier>>();
    auto next = std::make_shared<int>(0);
    auto step = std::make_shared<std::function<void()>>();
    // The step holds itself weakly; each pending listing holds it strongly (no cycle).
    *step = [this, undo, present, next, weakStep = std::weak_ptr<std::function<void()>>(step)] {
        if (!undo.connection || !undo.connection->client())
            return;
        Client::S3Client *client = undo.connection->client();
        if (*next < undo.markers.size()) {
            const S3::ObjectIdentifier marker = undo.markers.at((*next)++);
            Client::ListVersionsRequest request;
            request.bucket = undo.bucket;
            request.prefix = marker.key;
            request.maxKeys = 1000;
            auto *list = client->listObjectVersions(request);
            connect(list, &Client::Job::finished, this, [list, marker, present, step = weakStep.lock()] {
                list->deleteLater();
                // A failed look-up keeps the marker: DeleteObjects reports what it could not do.
                if (!list->result()
                    || std::ranges::any_of(list->result()->entries, [&](const S3::VersionEntry &v) {
                           return v.key == marker.key && v.versionId == marker.versionId && v.isDeleteMarker;
                       }))
                    present->append(marker);
                (*step)();
            });
            list->start();
            return;
        }
        const qsizetype gone = undo.markers.size() - present->size();
        if (present->isEmpty()) {
            statusBar()->showMessage(tr("Nothing to undo: the delete markers are already gone."), 5000);
            return;
        }
        auto *job = client->deleteObjects(undo.bucket, *present, true);
        connect(job, &Client::Job::finished, this, [this, job, undo, present, gone] {
            job->deleteLater();
            if (!job->result()) {
                showError(tr("The delete could not be undone."), job->result().error());
                return;
            }
            QString text = tr("Restored %n object(s).", nullptr, int(present->size() - job->result()->errors.size()));
            if (gone > 0)
                text += u' ' + tr("%n delete marker(s) were already gone.", nullptr, int(gone));
            statusBar()->showMessage(text, 5000);
            if (undo.connection == m_connection && undo.bucket == m_bucket)
                m_objects->refresh();
        });
        job->start();
    };
    (*step)();
}

void MainWindow::copyLink()
{
    const QList<int> rows = selectedSourceRows();
    if (rows.isEmpty() || !m_connection || !m_connection->client())
        return;
    const QStringList choices {tr("1 hour"), tr("1 day"), tr("7 days")};
    const qint64 seconds[] = {3600, 86400, 604800};
    bool ok = false;
    const QString choice = QInputDialog::getItem(this, tr("Copy Link"), tr("The link works for:"), choices, 0, false, &ok);
    if (!ok)
        return;
    const qint64 expires = seconds[std::max<qsizetype>(0, choices.indexOf(choice))];
    QStringList links;
    for (int r : rows) {
        const ObjectListModel::Row &row = m_objects->rowAt(r);
        if (row.isFolder)
            continue;
        auto url = m_connection->client()->presignUrl("GET", m_bucket, row.key, expires);
        if (!url) {
            showError(tr("No link could be made."), url.error());
            return;
        }
        links.append(url->toString());
    }
    QApplication::clipboard()->setText(links.join(u'\n'));
    statusBar()->showMessage(tr("%n link(s) copied to the clipboard.", nullptr, int(links.size())), 5000);
}

void MainWindow::showAbout()
{
    AboutDialog dialog(this);
    dialog.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(m_language, m_appearance, this);
    dialog.exec();
}

QIcon MainWindow::themedIcon(QStringView themeName, QStringView ownName)
{
    return QIcon::fromTheme(themeName.toString(), QIcon(QStringLiteral(":/icons/%1.svg").arg(ownName)));
}

void MainWindow::setupBulkActions()
{
    m_bulkActions = new BulkActions(
        [this] {
            BulkActions::Target t;
            t.client = m_connection ? m_connection->client() : nullptr;
            t.bucket = m_bucket;
            t.prefix = m_prefix;
            t.pointInTime = m_objects->pointInTime();
            const QList<int> rows = selectedSourceRows();
            for (int row : rows) {
                const ObjectListModel::Row &r = m_objects->rowAt(row);
                if (r.isFolder) {
                    t.prefixes.append(r.key);
                } else if (!r.isDeleteMarker) {
                    S3::ObjectEntry e;
                    e.key = r.key;
                    e.size = r.size;
                    e.lastModified = r.lastModified;
                    e.storageClass = r.storageClass;
                    e.etag = r.etag;
                    t.objects.append(e);
                }
            }
            return t;
        },
        m_transfers, this);
    m_editMenu->insertActions(m_preferencesAction, m_bulkActions->selectionActions());
    m_editMenu->insertSeparator(m_preferencesAction);
    connect(m_objects, &ObjectListModel::stateChanged, m_bulkActions, &BulkActions::update);
    // Object rows dragged onto a folder row, the table, or a bucket of any connection.
    const auto sourceClient = [this](quintptr id) -> Client::S3Client * {
        for (int i = 0; i < m_connections->rowCount(); ++i) {
            Connection *c = m_connections->connectionAt(i);
            if (c && c->client() && quintptr(c->client()) == id)
                return c->client();
        }
        return nullptr;
    };
    connect(m_table, &ObjectTableView::objectsDropped, this,
            [this, sourceClient](const ObjectDragPayload &payload, const QString &folder, bool move) {
                if (m_connection)
                    m_bulkActions->queueDrop(payload, sourceClient(payload.client), m_connection->client(), m_bucket, folder, move);
            });
    connect(m_connections, &ConnectionModel::objectsDropRequested, this,
            [this, sourceClient](Connection *connection, const QString &bucket, const QByteArray &data, bool move) {
                QMimeData mime;
                mime.setData(kObjectsMimeType, data);
                const auto payload = ObjectDragPayload::decode(&mime);
                if (payload && connection)
                    m_bulkActions->queueDrop(*payload, sourceClient(payload->client), connection->client(), bucket, {}, move);
            });
    connect(m_transfers, &TransferModel::operationFinished, this, [this](const QString &title, const Core::Error &error) {
        if (error.code == Core::ErrorCode::None)
            statusBar()->showMessage(tr("Done: %1").arg(title), 10000);
        else if (error.code != Core::ErrorCode::Cancelled)
            statusBar()->showMessage(tr("%1: %2").arg(title, errorText(error)), 10000);
        if (!m_objects->pointInTime().isValid())
            m_objects->refresh();
    });
}

} // namespace Gui
