; TownshipDesk 政务公开助手 — Inno Setup 6 script (per-user installer for Windows 10/11 x64).
;
; Built by build-windows.ps1 (beside this file) after PyInstaller has made dist\townshipdesk\:
;   iscc /DAppVersion=0.1.0 installers\windows\townshipdesk.iss
; Needs Inno Setup 6.3 or later (x64compatible). Saved as UTF-8 with BOM (Chinese text).
;
; What it does:
;   * installs for the current user only, no administrator rights (PrivilegesRequired=lowest), into
;     %LOCALAPPDATA%\Programs\TownshipDesk
;   * Start-menu entry; desktop icon if ticked; .tdbundle opens with TownshipDesk (HKCU\Software\Classes)
;   * Chinese (Simplified) and English wizard, chosen from the Windows display language
;   * the uninstaller removes the program only: the data folder %LOCALAPPDATA%\TownshipDesk (database,
;     keys, attachments, backups) is never touched, and the user is told where it is

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z townshipdesk.iss
#endif
#ifndef SourceDir
  #define SourceDir AddBackslash(SourcePath) + "..\..\dist\townshipdesk"
#endif
#ifndef OutputDir
  #define OutputDir AddBackslash(SourcePath) + "..\..\dist"
#endif
#define RepoDir AddBackslash(SourcePath) + "..\.."

; Chinese (Simplified) messages: shipped with recent Inno Setup 6 releases in Languages\; older releases
; have it only as an unofficial translation, which build-windows.ps1 puts beside this script.
#if FileExists(AddBackslash(CompilerPath) + "Languages\ChineseSimplified.isl")
  #define ChineseIsl "compiler:Languages\ChineseSimplified.isl"
#elif FileExists(AddBackslash(SourcePath) + "ChineseSimplified.isl")
  #define ChineseIsl AddBackslash(SourcePath) + "ChineseSimplified.isl"
#else
  #error ChineseSimplified.isl not found (Inno Setup's Languages folder or beside townshipdesk.iss); see docs/installers.md
#endif

[Setup]
; The AppId identifies the installation for upgrades and the uninstaller: never change it.
AppId={{71055EC5-E1E2-459C-8310-C8657A9BCEE0}
AppName=TownshipDesk 政务公开助手
AppVersion={#AppVersion}
AppVerName=TownshipDesk 政务公开助手 {#AppVersion}
AppPublisher=TownshipDesk
VersionInfoVersion={#AppVersion}
VersionInfoProductName=TownshipDesk 政务公开助手
DefaultDirName={localappdata}\Programs\TownshipDesk
DisableDirPage=auto
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
UsedUserAreasWarning=no
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir={#OutputDir}
OutputBaseFilename=TownshipDesk-{#AppVersion}-setup
SetupIconFile={#RepoDir}\resources\icons\townshipdesk.ico
UninstallDisplayIcon={app}\TownshipDesk.exe
UninstallDisplayName=TownshipDesk 政务公开助手
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
; An open window is closed (and reopened) by the Restart Manager when upgrading.
CloseApplications=yes
RestartApplications=no
ShowLanguageDialog=auto

[Languages]
Name: "chinesesimplified"; MessagesFile: "{#ChineseIsl}"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
chinesesimplified.AppDisplayName=政务公开助手
english.AppDisplayName=TownshipDesk
chinesesimplified.BundleFileType=政务公开助手同步包
english.BundleFileType=TownshipDesk sync bundle
chinesesimplified.AssociateBundles=用政务公开助手打开同步包（.tdbundle）
english.AssociateBundles=Open sync bundles (.tdbundle) with TownshipDesk
chinesesimplified.DataKept=程序已卸载。%n%n数据（数据库、密钥、附件、备份）仍保留在：%n%1%n%n如确定不再需要，可手动删除该文件夹。
english.DataKept=TownshipDesk has been removed.%n%nYour data (database, keys, attachments, backups) is still in:%n%1%n%nDelete that folder yourself if you no longer need it.

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked
Name: "association"; Description: "{cm:AssociateBundles}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the whole runtime: modules of the previous version must not linger.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
; dist\townshipdesk\: TownshipDesk.exe (window), townshipdesk-cli.exe (command line), _internal\.
; A portable.txt or data\ folder left in the build folder by a test run is not packaged.
Source: "{#SourceDir}\*"; DestDir: "{app}"; Excludes: "\portable.txt,\data"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{autoprograms}\{cm:AppDisplayName}"; Filename: "{app}\TownshipDesk.exe"; WorkingDir: "{app}"; Comment: "TownshipDesk 政务公开助手"
Name: "{autodesktop}\{cm:AppDisplayName}"; Filename: "{app}\TownshipDesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Registry]
; File association for the current user only (HKCU; no administrator rights needed).
Root: HKCU; Subkey: "Software\Classes\.tdbundle"; ValueType: string; ValueName: ""; ValueData: "TownshipDesk.Bundle"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.tdbundle"; ValueType: string; ValueName: "Content Type"; ValueData: "application/x-tdbundle"; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\.tdbundle\OpenWithProgids"; ValueType: string; ValueName: "TownshipDesk.Bundle"; ValueData: ""; Flags: uninsdeletevalue; Tasks: association
Root: HKCU; Subkey: "Software\Classes\TownshipDesk.Bundle"; ValueType: string; ValueName: ""; ValueData: "{cm:BundleFileType}"; Flags: uninsdeletekey; Tasks: association
Root: HKCU; Subkey: "Software\Classes\TownshipDesk.Bundle\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\TownshipDesk.exe,0"; Tasks: association
Root: HKCU; Subkey: "Software\Classes\TownshipDesk.Bundle\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\TownshipDesk.exe"" ""%1"""; Tasks: association
Root: HKCU; Subkey: "Software\Classes\Applications\TownshipDesk.exe\SupportedTypes"; ValueType: string; ValueName: ".tdbundle"; ValueData: ""; Flags: uninsdeletekey; Tasks: association

[Run]
Filename: "{app}\TownshipDesk.exe"; Description: "{cm:LaunchProgram,{cm:AppDisplayName}}"; Flags: nowait postinstall skipifsilent

; No [UninstallDelete]: the uninstaller removes only what it installed. The data folder is
; %LOCALAPPDATA%\TownshipDesk (platformdirs), outside {app}; a portable.txt/data\ created inside {app}
; by hand is left in place too.

[Code]
procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  DataDir: String;
begin
  if CurUninstallStep = usPostUninstall then
  begin
    DataDir := ExpandConstant('{localappdata}\TownshipDesk');
    if DirExists(DataDir) and not UninstallSilent() then
      MsgBox(FmtMessage(CustomMessage('DataKept'), [DataDir]), mbInformation, MB_OK);
  end;
end;
