# compiled from ui/meeting_page.ui, sha256 75a154396a4e2b099c1203e49a5a891fb0414d6d98fb80cc596241c0f7895985
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'meeting_page.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QAbstractItemView, QFrame, QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QTableView, QVBoxLayout, QWidget

class Ui_MeetingPage(object):
    def setupUi(self, meetingPage):
        if not meetingPage.objectName():
            meetingPage.setObjectName(u"meetingPage")
        self.meetingLayout = QVBoxLayout(meetingPage)
        self.meetingLayout.setSpacing(0)
        self.meetingLayout.setObjectName(u"meetingLayout")
        self.meetingLayout.setContentsMargins(0, 0, 0, 0)
        self.meetingHeaderFrame = QFrame(meetingPage)
        self.meetingHeaderFrame.setObjectName(u"meetingHeaderFrame")
        self.meetingHeaderLayout = QVBoxLayout(self.meetingHeaderFrame)
        self.meetingHeaderLayout.setSpacing(2)
        self.meetingHeaderLayout.setObjectName(u"meetingHeaderLayout")
        self.meetingHeaderLayout.setContentsMargins(16, 12, 16, 12)
        self.meetingTitleLayout = QHBoxLayout()
        self.meetingTitleLayout.setSpacing(12)
        self.meetingTitleLayout.setObjectName(u"meetingTitleLayout")
        self.meetingHeader = QLabel(self.meetingHeaderFrame)
        self.meetingHeader.setObjectName(u"meetingHeader")

        self.meetingTitleLayout.addWidget(self.meetingHeader)

        self.meetingStatus = QLabel(self.meetingHeaderFrame)
        self.meetingStatus.setObjectName(u"meetingStatus")
        self.meetingStatus.setText(u"gepland")

        self.meetingTitleLayout.addWidget(self.meetingStatus)

        self.meetingTitleSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.meetingTitleLayout.addItem(self.meetingTitleSpacer)


        self.meetingHeaderLayout.addLayout(self.meetingTitleLayout)

        self.meetingDetails = QLabel(self.meetingHeaderFrame)
        self.meetingDetails.setObjectName(u"meetingDetails")
        self.meetingDetails.setText(u"")
        self.meetingDetails.setWordWrap(True)

        self.meetingHeaderLayout.addWidget(self.meetingDetails)

        self.meetingSummary = QLabel(self.meetingHeaderFrame)
        self.meetingSummary.setObjectName(u"meetingSummary")
        self.meetingSummary.setWordWrap(True)

        self.meetingHeaderLayout.addWidget(self.meetingSummary)


        self.meetingLayout.addWidget(self.meetingHeaderFrame)

        self.areasLayout = QHBoxLayout()
        self.areasLayout.setSpacing(0)
        self.areasLayout.setObjectName(u"areasLayout")
        self.navList = QListWidget(meetingPage)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        QListWidgetItem(self.navList)
        self.navList.setObjectName(u"navList")
        sizePolicy = QSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Expanding)
        sizePolicy.setHorizontalStretch(0)
        sizePolicy.setVerticalStretch(0)
        sizePolicy.setHeightForWidth(self.navList.sizePolicy().hasHeightForWidth())
        self.navList.setSizePolicy(sizePolicy)
        self.navList.setMinimumSize(QSize(200, 0))
        self.navList.setMaximumSize(QSize(200, 16777215))
        self.navList.setFrameShape(QFrame.NoFrame)
        self.navList.setIconSize(QSize(22, 22))

        self.areasLayout.addWidget(self.navList)

        self.areaStack = QStackedWidget(meetingPage)
        self.areaStack.setObjectName(u"areaStack")
        self.concernsPage = QWidget()
        self.concernsPage.setObjectName(u"concernsPage")
        self.concernsLayout = QVBoxLayout(self.concernsPage)
        self.concernsLayout.setObjectName(u"concernsLayout")
        self.concernsLayout.setContentsMargins(20, 16, 20, 16)
        self.concernsTitle = QLabel(self.concernsPage)
        self.concernsTitle.setObjectName(u"concernsTitle")
        self.concernsTitle.setProperty(u"heading", True)

        self.concernsLayout.addWidget(self.concernsTitle)

        self.concernsIntro = QLabel(self.concernsPage)
        self.concernsIntro.setObjectName(u"concernsIntro")
        self.concernsIntro.setWordWrap(True)
        self.concernsIntro.setProperty(u"hint", True)

        self.concernsLayout.addWidget(self.concernsIntro)

        self.concernsStack = QStackedWidget(self.concernsPage)
        self.concernsStack.setObjectName(u"concernsStack")
        self.concernsEmptyPage = QWidget()
        self.concernsEmptyPage.setObjectName(u"concernsEmptyPage")
        self.concernsEmptyLayout = QVBoxLayout(self.concernsEmptyPage)
        self.concernsEmptyLayout.setObjectName(u"concernsEmptyLayout")
        self.concernsEmptyRow = QHBoxLayout()
        self.concernsEmptyRow.setObjectName(u"concernsEmptyRow")
        self.concernsEmptyLeft = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.concernsEmptyRow.addItem(self.concernsEmptyLeft)

        self.concernsEmpty = QLabel(self.concernsEmptyPage)
        self.concernsEmpty.setObjectName(u"concernsEmpty")
        self.concernsEmpty.setMaximumSize(QSize(680, 16777215))
        self.concernsEmpty.setWordWrap(True)
        self.concernsEmpty.setProperty(u"emptyState", True)

        self.concernsEmptyRow.addWidget(self.concernsEmpty)

        self.concernsEmptyRight = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.concernsEmptyRow.addItem(self.concernsEmptyRight)

        self.concernsEmptyRow.setStretch(0, 1)
        self.concernsEmptyRow.setStretch(1, 4)
        self.concernsEmptyRow.setStretch(2, 1)

        self.concernsEmptyLayout.addLayout(self.concernsEmptyRow)

        self.concernsStack.addWidget(self.concernsEmptyPage)
        self.concernsTablePage = QWidget()
        self.concernsTablePage.setObjectName(u"concernsTablePage")
        self.concernsTableLayout = QVBoxLayout(self.concernsTablePage)
        self.concernsTableLayout.setObjectName(u"concernsTableLayout")
        self.concernsTableLayout.setContentsMargins(0, 0, 0, 0)
        self.concernsTable = QTableView(self.concernsTablePage)
        self.concernsTable.setObjectName(u"concernsTable")
        self.concernsTable.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.concernsTable.setAlternatingRowColors(True)
        self.concernsTable.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.concernsTable.setSelectionMode(QAbstractItemView.SingleSelection)
        self.concernsTable.setSortingEnabled(True)
        self.concernsTable.setWordWrap(False)
        self.concernsTable.verticalHeader().setVisible(False)

        self.concernsTableLayout.addWidget(self.concernsTable)

        self.concernsStack.addWidget(self.concernsTablePage)

        self.concernsLayout.addWidget(self.concernsStack)

        self.areaStack.addWidget(self.concernsPage)
        self.votingPage = QWidget()
        self.votingPage.setObjectName(u"votingPage")
        self.votingLayout = QVBoxLayout(self.votingPage)
        self.votingLayout.setObjectName(u"votingLayout")
        self.votingLayout.setContentsMargins(20, 16, 20, 16)
        self.votingTitle = QLabel(self.votingPage)
        self.votingTitle.setObjectName(u"votingTitle")
        self.votingTitle.setProperty(u"heading", True)

        self.votingLayout.addWidget(self.votingTitle)

        self.votingIntro = QLabel(self.votingPage)
        self.votingIntro.setObjectName(u"votingIntro")
        self.votingIntro.setWordWrap(True)
        self.votingIntro.setProperty(u"hint", True)

        self.votingLayout.addWidget(self.votingIntro)

        self.votingStack = QStackedWidget(self.votingPage)
        self.votingStack.setObjectName(u"votingStack")
        self.votingEmptyPage = QWidget()
        self.votingEmptyPage.setObjectName(u"votingEmptyPage")
        self.votingEmptyLayout = QVBoxLayout(self.votingEmptyPage)
        self.votingEmptyLayout.setObjectName(u"votingEmptyLayout")
        self.votingEmptyTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.votingEmptyLayout.addItem(self.votingEmptyTopSpacer)

        self.votingEmptyRow = QHBoxLayout()
        self.votingEmptyRow.setObjectName(u"votingEmptyRow")
        self.votingEmptyLeft = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votingEmptyRow.addItem(self.votingEmptyLeft)

        self.votingEmpty = QLabel(self.votingEmptyPage)
        self.votingEmpty.setObjectName(u"votingEmpty")
        self.votingEmpty.setMaximumSize(QSize(680, 16777215))
        self.votingEmpty.setWordWrap(True)
        self.votingEmpty.setProperty(u"emptyState", True)

        self.votingEmptyRow.addWidget(self.votingEmpty)

        self.votingEmptyRight = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.votingEmptyRow.addItem(self.votingEmptyRight)

        self.votingEmptyRow.setStretch(0, 1)
        self.votingEmptyRow.setStretch(1, 4)
        self.votingEmptyRow.setStretch(2, 1)

        self.votingEmptyLayout.addLayout(self.votingEmptyRow)

        self.startCountingButtonRow = QHBoxLayout()
        self.startCountingButtonRow.setObjectName(u"startCountingButtonRow")
        self.startCountingButtonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startCountingButtonRow.addItem(self.startCountingButtonLeft)

        self.startCountingButton = QPushButton(self.votingEmptyPage)
        self.startCountingButton.setObjectName(u"startCountingButton")

        self.startCountingButtonRow.addWidget(self.startCountingButton)

        self.startCountingButtonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startCountingButtonRow.addItem(self.startCountingButtonRight)


        self.votingEmptyLayout.addLayout(self.startCountingButtonRow)

        self.votingEmptyBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.votingEmptyLayout.addItem(self.votingEmptyBottomSpacer)

        self.votingStack.addWidget(self.votingEmptyPage)
        self.votingSummaryPage = QWidget()
        self.votingSummaryPage.setObjectName(u"votingSummaryPage")
        self.votingSummaryLayout = QVBoxLayout(self.votingSummaryPage)
        self.votingSummaryLayout.setObjectName(u"votingSummaryLayout")
        self.votingSummaryLayout.setContentsMargins(0, 0, 0, 0)
        self.votingAreaHost = QWidget(self.votingSummaryPage)
        self.votingAreaHost.setObjectName(u"votingAreaHost")
        self.votingAreaLayout = QVBoxLayout(self.votingAreaHost)
        self.votingAreaLayout.setObjectName(u"votingAreaLayout")
        self.votingAreaLayout.setContentsMargins(0, 0, 0, 0)

        self.votingSummaryLayout.addWidget(self.votingAreaHost)

        self.votingStack.addWidget(self.votingSummaryPage)

        self.votingLayout.addWidget(self.votingStack)

        self.areaStack.addWidget(self.votingPage)
        self.actionsPage = QWidget()
        self.actionsPage.setObjectName(u"actionsPage")
        self.actionsLayout = QVBoxLayout(self.actionsPage)
        self.actionsLayout.setObjectName(u"actionsLayout")
        self.actionsLayout.setContentsMargins(20, 16, 20, 16)
        self.actionsTitle = QLabel(self.actionsPage)
        self.actionsTitle.setObjectName(u"actionsTitle")
        self.actionsTitle.setProperty(u"heading", True)

        self.actionsLayout.addWidget(self.actionsTitle)

        self.actionsIntro = QLabel(self.actionsPage)
        self.actionsIntro.setObjectName(u"actionsIntro")
        self.actionsIntro.setWordWrap(True)
        self.actionsIntro.setProperty(u"hint", True)

        self.actionsLayout.addWidget(self.actionsIntro)

        self.actionsHost = QWidget(self.actionsPage)
        self.actionsHost.setObjectName(u"actionsHost")
        sizePolicy1 = QSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Expanding)
        sizePolicy1.setHorizontalStretch(0)
        sizePolicy1.setVerticalStretch(1)
        sizePolicy1.setHeightForWidth(self.actionsHost.sizePolicy().hasHeightForWidth())
        self.actionsHost.setSizePolicy(sizePolicy1)
        self.actionsHostLayout = QVBoxLayout(self.actionsHost)
        self.actionsHostLayout.setObjectName(u"actionsHostLayout")
        self.actionsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.actionsLayout.addWidget(self.actionsHost)

        self.areaStack.addWidget(self.actionsPage)
        self.documentsPage = QWidget()
        self.documentsPage.setObjectName(u"documentsPage")
        self.documentsLayout = QVBoxLayout(self.documentsPage)
        self.documentsLayout.setObjectName(u"documentsLayout")
        self.documentsLayout.setContentsMargins(20, 16, 20, 16)
        self.documentsTitle = QLabel(self.documentsPage)
        self.documentsTitle.setObjectName(u"documentsTitle")
        self.documentsTitle.setProperty(u"heading", True)

        self.documentsLayout.addWidget(self.documentsTitle)

        self.documentsIntro = QLabel(self.documentsPage)
        self.documentsIntro.setObjectName(u"documentsIntro")
        self.documentsIntro.setWordWrap(True)
        self.documentsIntro.setProperty(u"hint", True)

        self.documentsLayout.addWidget(self.documentsIntro)

        self.documentsHost = QWidget(self.documentsPage)
        self.documentsHost.setObjectName(u"documentsHost")
        sizePolicy1.setHeightForWidth(self.documentsHost.sizePolicy().hasHeightForWidth())
        self.documentsHost.setSizePolicy(sizePolicy1)
        self.documentsHostLayout = QVBoxLayout(self.documentsHost)
        self.documentsHostLayout.setObjectName(u"documentsHostLayout")
        self.documentsHostLayout.setContentsMargins(0, 0, 0, 0)

        self.documentsLayout.addWidget(self.documentsHost)

        self.areaStack.addWidget(self.documentsPage)

        self.areasLayout.addWidget(self.areaStack)


        self.meetingLayout.addLayout(self.areasLayout)


        self.retranslateUi(meetingPage)

        self.navList.setCurrentRow(0)
        self.areaStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(meetingPage)
    # setupUi

    def retranslateUi(self, meetingPage):
        self.meetingHeader.setText(QCoreApplication.translate("MeetingPage", u"Bijeenkomst", None))
        self.meetingSummary.setText("")

        __sortingEnabled = self.navList.isSortingEnabled()
        self.navList.setSortingEnabled(False)
        ___qlistwidgetitem = self.navList.item(0)
        ___qlistwidgetitem.setText(QCoreApplication.translate("MeetingPage", u"Knelpunten", None))
        ___qlistwidgetitem1 = self.navList.item(1)
        ___qlistwidgetitem1.setText(QCoreApplication.translate("MeetingPage", u"Stemmen", None))
        ___qlistwidgetitem2 = self.navList.item(2)
        ___qlistwidgetitem2.setText(QCoreApplication.translate("MeetingPage", u"Acties", None))
        ___qlistwidgetitem3 = self.navList.item(3)
        ___qlistwidgetitem3.setText(QCoreApplication.translate("MeetingPage", u"Documenten", None))
        self.navList.setSortingEnabled(__sortingEnabled)

#if QT_CONFIG(accessibility)
        self.navList.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Onderdelen", None))
#endif // QT_CONFIG(accessibility)
        self.concernsTitle.setText(QCoreApplication.translate("MeetingPage", u"Knelpunten", None))
        self.concernsIntro.setText(QCoreApplication.translate("MeetingPage", u"Wat bewoners voor deze bijeenkomst hebben gemeld. Hetzelfde probleem in andere woorden telt als \u00e9\u00e9n knelpunt met meer meldingen.", None))
        self.concernsEmpty.setText(QCoreApplication.translate("MeetingPage", u"Nog geen knelpunten voor deze bijeenkomst. Typ de meldformulieren in of importeer een spreadsheet; elk knelpunt krijgt een nummer (K1, K2, \u2026) waarmee bewoners het terugvinden.", None))
#if QT_CONFIG(accessibility)
        self.concernsTable.setAccessibleName(QCoreApplication.translate("MeetingPage", u"Knelpunten", None))
#endif // QT_CONFIG(accessibility)
        self.votingTitle.setText(QCoreApplication.translate("MeetingPage", u"Stemmen", None))
        self.votingIntro.setText(QCoreApplication.translate("MeetingPage", u"De zaal kiest samen een top 3: met stippen op een groot vel, handopsteken of stembriefjes.", None))
        self.votingEmpty.setText(QCoreApplication.translate("MeetingPage", u"Er is nog niet gestemd. Het tellen gebeurt tijdens de bijeenkomst: u voert hier de stippen, handen of stembriefjes in, en BuurtDesk laat zien welke drie knelpunten de buurt kiest.", None))
        self.startCountingButton.setText(QCoreApplication.translate("MeetingPage", u"Beginnen met tellen", None))
        self.actionsTitle.setText(QCoreApplication.translate("MeetingPage", u"Acties", None))
        self.actionsIntro.setText(QCoreApplication.translate("MeetingPage", u"Wie doet wat voor elke gekozen prioriteit, en wat is er geworden van de afspraken van eerdere bijeenkomsten?", None))
        self.documentsTitle.setText(QCoreApplication.translate("MeetingPage", u"Documenten", None))
        self.documentsIntro.setText(QCoreApplication.translate("MeetingPage", u"Papier om te printen, op te hangen en uit te delen, zodat ook wie er niet bij was weet wat er is afgesproken.", None))
        pass
    # retranslateUi

