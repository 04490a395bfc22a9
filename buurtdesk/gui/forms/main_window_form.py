# compiled from ui/main_window.ui, sha256 736728b13499b04403e169f81956c9f2099a47a89f8e94fd265a5ba8492f8bc6
# -*- coding: utf-8 -*-

################################################################################
## Form generated from reading UI file 'main_window.ui'
##
## Created by: Qt User Interface Compiler version 6.11.3
##
## WARNING! All changes made in this file will be lost when recompiling UI file!
################################################################################

from PySide6.QtCore import QCoreApplication, QMetaObject, QSize
from PySide6.QtWidgets import QComboBox, QFrame, QHBoxLayout, QLabel, QPushButton, QSizePolicy, QSpacerItem, QStackedWidget, QStatusBar, QVBoxLayout, QWidget

class Ui_MainWindow(object):
    def setupUi(self, MainWindow):
        if not MainWindow.objectName():
            MainWindow.setObjectName(u"MainWindow")
        MainWindow.resize(1180, 760)
        MainWindow.setMinimumSize(QSize(860, 560))
        self.centralwidget = QWidget(MainWindow)
        self.centralwidget.setObjectName(u"centralwidget")
        self.centralLayout = QVBoxLayout(self.centralwidget)
        self.centralLayout.setSpacing(0)
        self.centralLayout.setObjectName(u"centralLayout")
        self.centralLayout.setContentsMargins(0, 0, 0, 0)
        self.topBar = QFrame(self.centralwidget)
        self.topBar.setObjectName(u"topBar")
        self.topBarLayout = QHBoxLayout(self.topBar)
        self.topBarLayout.setSpacing(8)
        self.topBarLayout.setObjectName(u"topBarLayout")
        self.topBarLayout.setContentsMargins(16, 10, 16, 10)
        self.neighbourhoodLabel = QLabel(self.topBar)
        self.neighbourhoodLabel.setObjectName(u"neighbourhoodLabel")

        self.topBarLayout.addWidget(self.neighbourhoodLabel)

        self.neighbourhoodCombo = QComboBox(self.topBar)
        self.neighbourhoodCombo.setObjectName(u"neighbourhoodCombo")
        self.neighbourhoodCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.neighbourhoodCombo.setMinimumContentsLength(14)

        self.topBarLayout.addWidget(self.neighbourhoodCombo)

        self.selectorSpacer = QSpacerItem(16, 10, QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.selectorSpacer)

        self.meetingLabel = QLabel(self.topBar)
        self.meetingLabel.setObjectName(u"meetingLabel")

        self.topBarLayout.addWidget(self.meetingLabel)

        self.meetingCombo = QComboBox(self.topBar)
        self.meetingCombo.setObjectName(u"meetingCombo")
        self.meetingCombo.setSizeAdjustPolicy(QComboBox.AdjustToContents)
        self.meetingCombo.setMinimumContentsLength(20)

        self.topBarLayout.addWidget(self.meetingCombo)

        self.newMeetingButton = QPushButton(self.topBar)
        self.newMeetingButton.setObjectName(u"newMeetingButton")

        self.topBarLayout.addWidget(self.newMeetingButton)

        self.topBarSpacer = QSpacerItem(40, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.topBarLayout.addItem(self.topBarSpacer)


        self.centralLayout.addWidget(self.topBar)

        self.contentStack = QStackedWidget(self.centralwidget)
        self.contentStack.setObjectName(u"contentStack")
        self.noFilePage = QWidget()
        self.noFilePage.setObjectName(u"noFilePage")
        self.noFileLayout = QVBoxLayout(self.noFilePage)
        self.noFileLayout.setObjectName(u"noFileLayout")
        self.noFileTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noFileLayout.addItem(self.noFileTopSpacer)

        self.noFileLabelRow = QHBoxLayout()
        self.noFileLabelRow.setObjectName(u"noFileLabelRow")
        self.noFileLabelLeft = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noFileLabelRow.addItem(self.noFileLabelLeft)

        self.noFileLabel = QLabel(self.noFilePage)
        self.noFileLabel.setObjectName(u"noFileLabel")
        self.noFileLabel.setMaximumSize(QSize(680, 16777215))
        self.noFileLabel.setWordWrap(True)
        self.noFileLabel.setProperty(u"emptyState", True)

        self.noFileLabelRow.addWidget(self.noFileLabel)

        self.noFileLabelRight = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noFileLabelRow.addItem(self.noFileLabelRight)

        self.noFileLabelRow.setStretch(0, 1)
        self.noFileLabelRow.setStretch(1, 4)
        self.noFileLabelRow.setStretch(2, 1)

        self.noFileLayout.addLayout(self.noFileLabelRow)

        self.startButtonRow = QHBoxLayout()
        self.startButtonRow.setObjectName(u"startButtonRow")
        self.startButtonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startButtonRow.addItem(self.startButtonLeft)

        self.startButton = QPushButton(self.noFilePage)
        self.startButton.setObjectName(u"startButton")

        self.startButtonRow.addWidget(self.startButton)

        self.startButtonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.startButtonRow.addItem(self.startButtonRight)


        self.noFileLayout.addLayout(self.startButtonRow)

        self.noFileBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noFileLayout.addItem(self.noFileBottomSpacer)

        self.contentStack.addWidget(self.noFilePage)
        self.noMeetingPage = QWidget()
        self.noMeetingPage.setObjectName(u"noMeetingPage")
        self.noMeetingLayout = QVBoxLayout(self.noMeetingPage)
        self.noMeetingLayout.setObjectName(u"noMeetingLayout")
        self.noMeetingTopSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noMeetingLayout.addItem(self.noMeetingTopSpacer)

        self.noMeetingLabelRow = QHBoxLayout()
        self.noMeetingLabelRow.setObjectName(u"noMeetingLabelRow")
        self.noMeetingLabelLeft = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noMeetingLabelRow.addItem(self.noMeetingLabelLeft)

        self.noMeetingLabel = QLabel(self.noMeetingPage)
        self.noMeetingLabel.setObjectName(u"noMeetingLabel")
        self.noMeetingLabel.setMaximumSize(QSize(680, 16777215))
        self.noMeetingLabel.setWordWrap(True)
        self.noMeetingLabel.setProperty(u"emptyState", True)

        self.noMeetingLabelRow.addWidget(self.noMeetingLabel)

        self.noMeetingLabelRight = QSpacerItem(20, 10, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.noMeetingLabelRow.addItem(self.noMeetingLabelRight)

        self.noMeetingLabelRow.setStretch(0, 1)
        self.noMeetingLabelRow.setStretch(1, 4)
        self.noMeetingLabelRow.setStretch(2, 1)

        self.noMeetingLayout.addLayout(self.noMeetingLabelRow)

        self.planMeetingButtonRow = QHBoxLayout()
        self.planMeetingButtonRow.setObjectName(u"planMeetingButtonRow")
        self.planMeetingButtonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planMeetingButtonRow.addItem(self.planMeetingButtonLeft)

        self.planMeetingButton = QPushButton(self.noMeetingPage)
        self.planMeetingButton.setObjectName(u"planMeetingButton")

        self.planMeetingButtonRow.addWidget(self.planMeetingButton)

        self.planMeetingButtonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.planMeetingButtonRow.addItem(self.planMeetingButtonRight)


        self.noMeetingLayout.addLayout(self.planMeetingButtonRow)

        self.addNeighbourhoodButtonRow = QHBoxLayout()
        self.addNeighbourhoodButtonRow.setObjectName(u"addNeighbourhoodButtonRow")
        self.addNeighbourhoodButtonLeft = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addNeighbourhoodButtonRow.addItem(self.addNeighbourhoodButtonLeft)

        self.addNeighbourhoodButton = QPushButton(self.noMeetingPage)
        self.addNeighbourhoodButton.setObjectName(u"addNeighbourhoodButton")

        self.addNeighbourhoodButtonRow.addWidget(self.addNeighbourhoodButton)

        self.addNeighbourhoodButtonRight = QSpacerItem(0, 0, QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)

        self.addNeighbourhoodButtonRow.addItem(self.addNeighbourhoodButtonRight)


        self.noMeetingLayout.addLayout(self.addNeighbourhoodButtonRow)

        self.noMeetingBottomSpacer = QSpacerItem(10, 40, QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Expanding)

        self.noMeetingLayout.addItem(self.noMeetingBottomSpacer)

        self.contentStack.addWidget(self.noMeetingPage)
        self.meetingPage = QWidget()
        self.meetingPage.setObjectName(u"meetingPage")
        self.contentStack.addWidget(self.meetingPage)

        self.centralLayout.addWidget(self.contentStack)

        MainWindow.setCentralWidget(self.centralwidget)
        self.statusbar = QStatusBar(MainWindow)
        self.statusbar.setObjectName(u"statusbar")
        MainWindow.setStatusBar(self.statusbar)
#if QT_CONFIG(shortcut)
        self.neighbourhoodLabel.setBuddy(self.neighbourhoodCombo)
        self.meetingLabel.setBuddy(self.meetingCombo)
#endif // QT_CONFIG(shortcut)

        self.retranslateUi(MainWindow)

        self.contentStack.setCurrentIndex(0)


        QMetaObject.connectSlotsByName(MainWindow)
    # setupUi

    def retranslateUi(self, MainWindow):
        MainWindow.setWindowTitle(QCoreApplication.translate("MainWindow", u"BuurtDesk", None))
        self.neighbourhoodLabel.setText(QCoreApplication.translate("MainWindow", u"B&uurt:", None))
#if QT_CONFIG(tooltip)
        self.neighbourhoodCombo.setToolTip(QCoreApplication.translate("MainWindow", u"De buurt waarvan u de bijeenkomsten ziet", None))
#endif // QT_CONFIG(tooltip)
        self.meetingLabel.setText(QCoreApplication.translate("MainWindow", u"Bijeen&komst:", None))
#if QT_CONFIG(tooltip)
        self.meetingCombo.setToolTip(QCoreApplication.translate("MainWindow", u"Kies de bijeenkomst waaraan u werkt; de nieuwste staat bovenaan", None))
#endif // QT_CONFIG(tooltip)
        self.newMeetingButton.setText(QCoreApplication.translate("MainWindow", u"Nieuwe bijeenkomst\u2026", None))
        self.noFileLabel.setText(QCoreApplication.translate("MainWindow", u"Er is nog geen bestand geopend. Start een nieuwe buurt, open de demo of open een bestand dat u al hebt.", None))
        self.startButton.setText(QCoreApplication.translate("MainWindow", u"Beginnen\u2026", None))
        self.noMeetingLabel.setText(QCoreApplication.translate("MainWindow", u"Deze buurt heeft nog geen bijeenkomsten. Plan de eerste: daarna kunt u knelpunten invoeren, stemmen tellen en acties bijhouden.", None))
        self.planMeetingButton.setText(QCoreApplication.translate("MainWindow", u"Eerste bijeenkomst plannen\u2026", None))
        self.addNeighbourhoodButton.setText(QCoreApplication.translate("MainWindow", u"Buurt toevoegen\u2026", None))
    # retranslateUi

