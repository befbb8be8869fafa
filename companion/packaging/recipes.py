"""Windows installer and macOS app recipes. Untested: no Windows or macOS machine was available;
the CI workflow (.github/workflows/bundle.yml) runs them on hosted runners."""

from __future__ import annotations

from pathlib import Path

from .build import NAME

INNO_SETUP = r"""; Meeting Companion installer (Inno Setup 6). Build the folder first:
;   python -m companion.packaging build --no-archive
;   iscc build\meeting-companion.iss
; Untested here (no Windows machine); CI runs it on windows-latest.
[Setup]
AppId={{6C1F1E8A-3C55-4B7E-9E0C-1D5B2F0A7C11}
AppName=Meeting Companion
AppVersion=0.1.0
AppPublisher=Meeting Companion
DefaultDirName={autopf}\Meeting Companion
DefaultGroupName=Meeting Companion
PrivilegesRequired=lowest
OutputDir=..\dist
OutputBaseFilename=meeting-companion-setup
Compression=lzma2
SolidCompression=yes
ArchitecturesInstallIn64BitMode=x64compatible
WizardStyle=modern

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
Name: "fr"; MessagesFile: "compiler:Languages\French.isl"
Name: "es"; MessagesFile: "compiler:Languages\Spanish.isl"
Name: "ru"; MessagesFile: "compiler:Languages\Russian.isl"

[Files]
Source: "..\dist\NAME\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Meeting Companion"; Filename: "{app}\NAME.exe"
Name: "{autodesktop}\Meeting Companion"; Filename: "{app}\NAME.exe"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; Flags: unchecked

[Run]
Filename: "{app}\NAME.exe"; Description: "{cm:LaunchProgram,Meeting Companion}";
    Flags: nowait postinstall skipifsilent
""".replace("NAME", NAME)

MACOS_STEPS = f"""macOS (untested here: no Mac available; CI runs it on macos-latest):
  python -m pip install -e '.[bundle]'                 # the app's packages, PyInstaller, Pillow
  python -m companion.packaging build --no-archive     # --windowed makes dist/{NAME}.app
  hdiutil create -volname "Meeting Companion" -srcfolder dist/{NAME}.app -ov -format UDZO \\
      dist/{NAME}-macos.dmg
Signing and notarisation need an Apple Developer ID:
  codesign --deep --force --options runtime --sign "Developer ID Application: …" dist/{NAME}.app
  xcrun notarytool submit dist/{NAME}-macos.dmg --keychain-profile … --wait
The icon: Pillow turns resources/icons/meeting-companion.png into .icns during the build."""


def write_inno_setup(target: Path) -> Path:
    """Write the Inno Setup script (Windows installer) to *target*."""
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(INNO_SETUP, "utf-8")
    return target
