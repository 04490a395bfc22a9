; BuurtDesk-Setup-<versie>.exe: installs the one-folder bundle for Windows.
;
;   makensis /DVERSION=0.1.0 /DBUNDLE=..\dist\BuurtDesk installer\buurtdesk.nsi
;   (on Linux: makensis -DVERSION=0.1.0 -DBUNDLE=../dist/BuurtDesk installer/buurtdesk.nsi)
;
; VERSION is required; BUNDLE (the folder PyInstaller made) and OUTDIR (where the .exe goes)
; are relative to this file and default to ../dist/BuurtDesk and ../dist.
; The installer speaks Dutch.  It puts BuurtDesk in Program Files, a Start-menu entry and, if
; the user keeps it ticked, a desktop shortcut; both start the windowed buurtdesk-gui.exe.
; The uninstaller keeps the user's file in %LOCALAPPDATA%\BuurtDesk unless the user ticks
; "Mijn BuurtDesk-gegevens verwijderen".

Unicode true
; COMPRESSOR: the real installer uses solid LZMA (smallest); a quick stand-in build may pass
; -DCOMPRESSOR=zlib, or -DCOMPRESSOR=none to store the files as they are.
!ifndef COMPRESSOR
  !define COMPRESSOR lzma
!endif
!if "${COMPRESSOR}" == "lzma"
  SetCompressor /SOLID lzma
!else if "${COMPRESSOR}" == "none"
  SetCompress off
!else
  SetCompressor ${COMPRESSOR}
!endif

!ifndef VERSION
  !error "Geef de versie mee: makensis /DVERSION=0.1.0 buurtdesk.nsi"
!endif
!ifndef BUNDLE
  !define BUNDLE "../dist/BuurtDesk"
!endif
!ifndef OUTDIR
  !define OUTDIR "../dist"
!endif

!define APP "BuurtDesk"
!define GUI_EXE "buurtdesk-gui.exe"
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP}"
!define ICON "../resources/icons/buurtdesk.ico"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "x64.nsh"

Name "${APP} ${VERSION}"
OutFile "${OUTDIR}/${APP}-Setup-${VERSION}.exe"
InstallDir "$PROGRAMFILES64\${APP}"
InstallDirRegKey HKLM "Software\${APP}" "InstallDir"
RequestExecutionLevel admin
BrandingText "${APP} ${VERSION}"
VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=1043 "ProductName" "${APP}"
VIAddVersionKey /LANG=1043 "FileDescription" "${APP} installatieprogramma"
VIAddVersionKey /LANG=1043 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=1043 "LegalCopyright" "GPL-3.0-or-later"

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_COMPONENTSPAGE_NODESC
!define MUI_WELCOMEPAGE_TITLE "Welkom bij de installatie van ${APP}"
!define MUI_WELCOMEPAGE_TEXT "${APP} helpt wie een bewonersoverleg voorzit: knelpunten \
  intypen, stemmen tellen, de top 3 op de beamer en de actielijst afdrukken.$\r$\n$\r$\n\
  Klik op Volgende om verder te gaan."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${GUI_EXE}"
!define MUI_FINISHPAGE_RUN_TEXT "${APP} nu starten"

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH

!define MUI_COMPONENTSPAGE_TEXT_TOP "Uw BuurtDesk-bestanden blijven bewaard, tenzij u hieronder \
  aanvinkt dat ze ook weg moeten."
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_COMPONENTS
!insertmacro MUI_UNPAGE_INSTFILES

!insertmacro MUI_LANGUAGE "Dutch"

Function .onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

Function un.onInit
  ${If} ${RunningX64}
    SetRegView 64
  ${EndIf}
FunctionEnd

Section "${APP} (programma)" SecProgram
  SectionIn RO
  SetOutPath "$INSTDIR"
  File /r "${BUNDLE}/*.*"
  WriteUninstaller "$INSTDIR\Verwijderen.exe"

  SetShellVarContext all  ; the Start-menu entry is for every user of this computer
  CreateShortCut "$SMPROGRAMS\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0

  WriteRegStr HKLM "Software\${APP}" "InstallDir" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayName" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "Publisher" "${APP}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\${GUI_EXE}"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKLM "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\Verwijderen.exe"'
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD HKLM "${UNINSTALL_KEY}" "NoRepair" 1
SectionEnd

Section "Snelkoppeling op het bureaublad" SecDesktop
  SetShellVarContext current
  CreateShortCut "$DESKTOP\${APP}.lnk" "$INSTDIR\${GUI_EXE}" "" "$INSTDIR\${GUI_EXE}" 0
SectionEnd

Section "un.${APP} (programma)" SecUnProgram
  SectionIn RO
  SetShellVarContext all
  Delete "$SMPROGRAMS\${APP}.lnk"
  SetShellVarContext current
  Delete "$DESKTOP\${APP}.lnk"
  ; Only what the installer put there: never the whole folder the user may have chosen.
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\buurtdesk.exe"
  Delete "$INSTDIR\${GUI_EXE}"
  Delete "$INSTDIR\Verwijderen.exe"
  RMDir "$INSTDIR"
  DeleteRegKey HKLM "${UNINSTALL_KEY}"
  DeleteRegKey HKLM "Software\${APP}"
SectionEnd

; Unticked unless the user ticks it: the meetings, concerns and backups stay.
Section /o "un.Mijn BuurtDesk-gegevens verwijderen (bestanden, back-ups, instellingen)" SecUnData
  SetShellVarContext current
  RMDir /r "$LOCALAPPDATA\${APP}"
  DeleteRegKey HKCU "Software\${APP}"
SectionEnd
