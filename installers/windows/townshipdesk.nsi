; TownshipDesk 政务公开助手 — NSIS 3 installer for Windows 10 (1809, build 17763) / 11, x64.
;
; Built by installers/build-windows.sh (on Debian, makensis from the nsis package; makensis works in this
; folder, so the relative paths below are from here) after PyInstaller has made the one-folder build:
;   makensis -DVERSION=0.1.0 -DSOURCE_DIR=/abs/build/windows/dist/townshipdesk -DOUT_FILE=/abs/dist/TownshipDesk-0.1.0-setup.exe \
;            installers/windows/townshipdesk.nsi
; The version always comes from pyproject.toml through -DVERSION (there is no default here).
; Saved as UTF-8 with BOM: makensis then reads the Chinese text as UTF-8.
;
; Two ways to install (see docs/installers-windows.md):
;   * for the current user (default; no administrator rights): %LOCALAPPDATA%\Programs\TownshipDesk,
;     shortcuts, file association and the Add/Remove Programs entry in HKCU;
;   * for all users (/ALLUSERS, or run as administrator): %ProgramFiles%\TownshipDesk, HKLM.
;     /CURRENTUSER forces the per-user install even when elevated.
; Silent deployment: setup.exe /S [/ALLUSERS | /CURRENTUSER] [/NODESKTOP] [/D=C:\Path\TownshipDesk]
;   (/D= must come last and has no quotes, as in every NSIS installer). Uninstall: uninstall.exe /S.
; Exit codes: 0 installed; 1 cancelled; 2 refused (Windows older than 10.0.17763, or /ALLUSERS without
; administrator rights); 3 the program is running (close it and run the installer again).
;
; The uninstaller removes the program only. The data (database, keys, attachments, backups) lives in each
; user's %LOCALAPPDATA%\TownshipDesk and is never touched.

Unicode true
Target amd64-unicode
ManifestDPIAware true
ManifestSupportedOS Win10
RequestExecutionLevel user   ; per-user by default; all-users only when already elevated (no UAC prompt of ours)
SetCompressor /SOLID lzma
SetCompressorDictSize 64

!ifndef VERSION
  !error "Pass the version from pyproject.toml: makensis -DVERSION=X.Y.Z townshipdesk.nsi"
!endif
!ifndef SOURCE_DIR
  !define SOURCE_DIR "../../build/windows/dist/townshipdesk"
!endif
!ifndef OUT_FILE
  !define OUT_FILE "../../dist/TownshipDesk-${VERSION}-setup.exe"
!endif

!define APP_NAME "TownshipDesk 政务公开助手"
!define APP_KEY "TownshipDesk"            ; Add/Remove Programs key; never change it (upgrades find the old entry)
!define UNINSTALL_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_KEY}"
!define PROG_ID "TownshipDesk.Bundle"
!define MIN_BUILD 17763                    ; Windows 10 1809: the oldest Windows that Python 3.11 and Qt 6.9 support
!define ICON "../../resources/icons/townshipdesk.ico"

Name "${APP_NAME}"
OutFile "${OUT_FILE}"
BrandingText "TownshipDesk ${VERSION}"
ShowInstDetails nevershow
ShowUninstDetails nevershow

!include MUI2.nsh
!include LogicLib.nsh
!include FileFunc.nsh
!include WinVer.nsh
!include x64.nsh
!include Sections.nsh

; --- file properties of setup.exe (详细信息) ---------------------------------------------------------------
!searchparse /noerrors "${VERSION}.0.0.0" "" V1 "." V2 "." V3 "."
VIProductVersion "${V1}.${V2}.${V3}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "FileDescription" "${APP_NAME} 安装程序"
VIAddVersionKey /LANG=0 "CompanyName" "TownshipDesk"
VIAddVersionKey /LANG=0 "LegalCopyright" "Apache-2.0"

; --- pages -------------------------------------------------------------------------------------------------
!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\TownshipDesk.exe"
!define MUI_COMPONENTSPAGE_NODESC

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_COMPONENTS
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES

; The first language is the fallback; NSIS picks the one matching the Windows display language.
!insertmacro MUI_LANGUAGE "SimpChinese"
!insertmacro MUI_LANGUAGE "English"

LangString SecProgram ${LANG_SIMPCHINESE} "政务公开助手（必需）"
LangString SecProgram ${LANG_ENGLISH} "TownshipDesk (required)"
LangString SecDesktop ${LANG_SIMPCHINESE} "桌面快捷方式"
LangString SecDesktop ${LANG_ENGLISH} "Desktop shortcut"
LangString SecAssociate ${LANG_SIMPCHINESE} "用政务公开助手打开同步包（.tdbundle）"
LangString SecAssociate ${LANG_ENGLISH} "Open sync bundles (.tdbundle) with TownshipDesk"
LangString BundleType ${LANG_SIMPCHINESE} "政务公开助手同步包"
LangString BundleType ${LANG_ENGLISH} "TownshipDesk sync bundle"
LangString TooOld ${LANG_SIMPCHINESE} "无法安装：政务公开助手需要 64 位 Windows 10（1809 版，内部版本 ${MIN_BUILD}）或更高版本，本机是 Windows $R1（内部版本 $R0）。$\r$\n$\r$\nWindows 7、Windows 8 和 32 位 Windows 不受支持（本软件使用的 Python 3.11 和 Qt 6 不能在这些系统上运行）。请联系单位信息化管理员升级系统。"
LangString TooOld ${LANG_ENGLISH} "Cannot install: TownshipDesk needs 64-bit Windows 10 version 1809 (build ${MIN_BUILD}) or later; this PC runs Windows $R1 (build $R0).$\r$\n$\r$\nWindows 7, Windows 8 and 32-bit Windows are not supported (Python 3.11 and Qt 6, which the program is built on, do not run there). Please ask your IT administrator to upgrade the system."
LangString NeedAdmin ${LANG_SIMPCHINESE} "为所有用户安装（/ALLUSERS）需要管理员权限：请右键单击安装程序，选择“以管理员身份运行”；或不带 /ALLUSERS 只为当前用户安装。"
LangString NeedAdmin ${LANG_ENGLISH} "Installing for all users (/ALLUSERS) needs administrator rights: right-click the installer and choose 'Run as administrator', or install for the current user only (without /ALLUSERS)."
LangString UnNeedAdmin ${LANG_SIMPCHINESE} "本软件是为所有用户安装的，卸载需要管理员权限：请以管理员身份运行卸载程序。"
LangString UnNeedAdmin ${LANG_ENGLISH} "TownshipDesk was installed for all users; removing it needs administrator rights: run the uninstaller as administrator."
LangString AppRunning ${LANG_SIMPCHINESE} "政务公开助手正在运行。请先关闭它的窗口（以及正在运行的命令行），然后单击“重试”。"
LangString AppRunning ${LANG_ENGLISH} "TownshipDesk is running. Close its window (and any running command line), then click Retry."
LangString DataKept ${LANG_SIMPCHINESE} "政务公开助手已卸载。$\r$\n$\r$\n数据（数据库、密钥、附件、备份）仍保留在每个用户的：$\r$\n%LOCALAPPDATA%\TownshipDesk（本用户：$LOCALAPPDATA\TownshipDesk）$\r$\n$\r$\n重新安装后即可继续使用；如确定不再需要，可手动删除该文件夹。"
LangString DataKept ${LANG_ENGLISH} "TownshipDesk has been removed.$\r$\n$\r$\nThe data (database, keys, attachments, backups) stays in each user's$\r$\n%LOCALAPPDATA%\TownshipDesk (yours: $LOCALAPPDATA\TownshipDesk).$\r$\n$\r$\nReinstall to go on using it, or delete that folder yourself if it is no longer needed."

; An upgrade cannot replace a running program's files: ask to close it (silent: give up with exit code 3).
!macro CheckNotRunning EXE
  ${If} ${FileExists} "$INSTDIR\${EXE}"
    ClearErrors
    FileOpen $R8 "$INSTDIR\${EXE}" a   ; fails while the program runs (Windows locks a running .exe)
    ${If} ${Errors}
      MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY retry
      SetErrorLevel 3
      Quit
    ${EndIf}
    FileClose $R8
  ${EndIf}
!macroend
Function CloseRunningApp
  retry:
  !insertmacro CheckNotRunning "TownshipDesk.exe"
  !insertmacro CheckNotRunning "townshipdesk-cli.exe"
FunctionEnd

Var AllUsers   ; 1: all users (Program Files, HKLM); 0: current user (LocalAppData, HKCU)

!macro SetInstallMode ALL
  StrCpy $AllUsers ${ALL}
  ${If} $AllUsers == 1
    SetShellVarContext all     ; SHCTX = HKLM, $SMPROGRAMS/$DESKTOP of all users
  ${Else}
    SetShellVarContext current ; SHCTX = HKCU
  ${EndIf}
!macroend

!macro IsAdmin RESULT
  UserInfo::GetAccountType   ; "Admin" only in an elevated process when UAC is on
  Pop ${RESULT}
!macroend


Section "!$(SecProgram)" SecProgram
  SectionIn RO
  Call CloseRunningApp
  SetOutPath "$INSTDIR"
  ; An upgrade replaces the whole runtime: modules of the previous version must not linger. Only the program's
  ; own files are removed, never the folder as a whole (someone may have pointed /D= at a folder with data).
  RMDir /r "$INSTDIR\_internal"
  File "${SOURCE_DIR}/TownshipDesk.exe"
  File "${SOURCE_DIR}/townshipdesk-cli.exe"
  File /r "${SOURCE_DIR}/_internal"
  WriteUninstaller "$INSTDIR\uninstall.exe"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\TownshipDesk.exe" "" "$INSTDIR\TownshipDesk.exe" 0

  ; Add/Remove Programs (程序和功能)
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "Publisher" "TownshipDesk"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "DisplayIcon" "$INSTDIR\TownshipDesk.exe,0"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "UninstallString" '"$INSTDIR\uninstall.exe"'
  WriteRegStr SHCTX "${UNINSTALL_KEY}" "QuietUninstallString" '"$INSTDIR\uninstall.exe" /S'
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoModify" 1
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD SHCTX "${UNINSTALL_KEY}" "EstimatedSize" $0
SectionEnd

Section "$(SecDesktop)" SecDesktop
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\TownshipDesk.exe" "" "$INSTDIR\TownshipDesk.exe" 0
SectionEnd

Section "$(SecAssociate)" SecAssociate
  ; HKCU\Software\Classes for a per-user install, HKLM\Software\Classes for all users (SHCTX).
  WriteRegStr SHCTX "Software\Classes\.tdbundle" "" "${PROG_ID}"
  WriteRegStr SHCTX "Software\Classes\.tdbundle" "Content Type" "application/x-tdbundle"
  WriteRegStr SHCTX "Software\Classes\.tdbundle\OpenWithProgids" "${PROG_ID}" ""
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}" "" "$(BundleType)"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\DefaultIcon" "" "$INSTDIR\TownshipDesk.exe,0"
  WriteRegStr SHCTX "Software\Classes\${PROG_ID}\shell\open\command" "" '"$INSTDIR\TownshipDesk.exe" "%1"'
  WriteRegStr SHCTX "Software\Classes\Applications\TownshipDesk.exe\SupportedTypes" ".tdbundle" ""
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'  ; SHCNE_ASSOCCHANGED
SectionEnd

; --- start: Windows version, install mode, folder --------------------------------------------------------
Function .onInit
  SetRegView 64
  ; Windows 10 1809 or later, 64-bit. (A 32-bit Windows cannot start this 64-bit setup.exe at all and says so.)
  ${WinVerGetBuild} $R0
  ${WinVerGetMajor} $R1
  ${WinVerGetMinor} $R2
  StrCpy $R1 "$R1.$R2"
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
  ${OrIf} $R0 < ${MIN_BUILD}
    MessageBox MB_OK|MB_ICONSTOP "$(TooOld)" /SD IDOK
    SetErrorLevel 2
    Quit
  ${EndIf}

  ; All users when asked for (/ALLUSERS) or when run as administrator, unless /CURRENTUSER.
  ${GetParameters} $R3
  !insertmacro IsAdmin $R4
  StrCpy $R5 $R4  ; "Admin" → all users by default
  ClearErrors
  ${GetOptions} $R3 "/CURRENTUSER" $R6
  ${IfNot} ${Errors}
    StrCpy $R5 "User"
  ${EndIf}
  ClearErrors
  ${GetOptions} $R3 "/ALLUSERS" $R6
  ${IfNot} ${Errors}
    ${If} $R4 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(NeedAdmin)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    StrCpy $R5 "Admin"
  ${EndIf}
  ${If} $R5 == "Admin"
    !insertmacro SetInstallMode 1
  ${Else}
    !insertmacro SetInstallMode 0
  ${EndIf}

  ; /D=… sets $INSTDIR before .onInit; otherwise the previous install's folder, then the default.
  ${If} $INSTDIR == ""
    ReadRegStr $INSTDIR SHCTX "${UNINSTALL_KEY}" "InstallLocation"
  ${EndIf}
  ${If} $INSTDIR == ""
    ${If} $AllUsers == 1
      StrCpy $INSTDIR "$PROGRAMFILES64\TownshipDesk"
    ${Else}
      StrCpy $INSTDIR "$LOCALAPPDATA\Programs\TownshipDesk"
    ${EndIf}
  ${EndIf}

  ClearErrors
  ${GetOptions} $R3 "/NODESKTOP" $R6
  ${IfNot} ${Errors}
    !insertmacro UnselectSection ${SecDesktop}
  ${EndIf}
FunctionEnd

; --- uninstaller -------------------------------------------------------------------------------------------
Function un.onInit
  SetRegView 64
  ; All users if the HKLM entry points at this folder, else the current user.
  SetShellVarContext all
  ReadRegStr $R0 HKLM "${UNINSTALL_KEY}" "InstallLocation"
  ${If} $R0 == $INSTDIR
    !insertmacro IsAdmin $R1
    ${If} $R1 != "Admin"
      MessageBox MB_OK|MB_ICONSTOP "$(UnNeedAdmin)" /SD IDOK
      SetErrorLevel 2
      Quit
    ${EndIf}
    !insertmacro SetInstallMode 1
  ${Else}
    !insertmacro SetInstallMode 0
  ${EndIf}
FunctionEnd

Section "Uninstall"
  ; The program's own files only; the user data folder (%LOCALAPPDATA%\TownshipDesk) is not touched.
  Delete "$INSTDIR\TownshipDesk.exe"
  Delete "$INSTDIR\townshipdesk-cli.exe"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\uninstall.exe"
  RMDir "$INSTDIR"  ; only if empty (a portable.txt or data\ someone put there stays)

  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"

  ReadRegStr $R0 SHCTX "Software\Classes\.tdbundle" ""
  ${If} $R0 == "${PROG_ID}"
    DeleteRegValue SHCTX "Software\Classes\.tdbundle" ""
    DeleteRegValue SHCTX "Software\Classes\.tdbundle" "Content Type"
  ${EndIf}
  DeleteRegValue SHCTX "Software\Classes\.tdbundle\OpenWithProgids" "${PROG_ID}"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.tdbundle\OpenWithProgids"
  DeleteRegKey /ifempty SHCTX "Software\Classes\.tdbundle"
  DeleteRegKey SHCTX "Software\Classes\${PROG_ID}"
  DeleteRegKey SHCTX "Software\Classes\Applications\TownshipDesk.exe"
  DeleteRegKey SHCTX "${UNINSTALL_KEY}"
  System::Call 'shell32::SHChangeNotify(i 0x08000000, i 0, p 0, p 0)'
SectionEnd

Function un.onUninstSuccess
  MessageBox MB_OK|MB_ICONINFORMATION "$(DataKept)" /SD IDOK
FunctionEnd
