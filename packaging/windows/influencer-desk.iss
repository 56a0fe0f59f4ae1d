; Inno Setup script for Influencer Desk (Windows). Not built or run in this project's CI,
; which is Linux-only; see packaging/windows/README.md for the recipe.
;
; 1. On Windows, in the project folder:  py -3.11 build_installer.py --check
;    (makes dist\influencer-desk\ with influencer-desk.exe and its icon)
; 2. "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\influencer-desk.iss
;    -> dist\installer\InfluencerDesk-0.1.0-setup.exe
;
; Installs per user by default (no admin rights needed, updates by running the new setup
; over the old one); the local data lives in the user's AppData and is never touched by the
; installer or the uninstaller.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif
#define AppName "Influencer Desk"
#define AppExe "influencer-desk.exe"
#define BundleDir "..\..\dist\influencer-desk"

[Setup]
AppId={{6F1D8A52-4C1E-4F59-9A43-2F4A4D1C7E10}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Influencer Desk
DefaultDirName={autopf}\Influencer Desk
DefaultGroupName={#AppName}
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
OutputDir=..\..\dist\installer
OutputBaseFilename=InfluencerDesk-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\influencer-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "korean"; MessagesFile: "compiler:Languages\Korean.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
Source: "{#BundleDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; an update replaces the whole bundle, so no file of an older version lingers
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
