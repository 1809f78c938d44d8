<#
.SYNOPSIS
    Build TownshipDesk for Windows 10/11 x64: PyInstaller one-folder build, portable zip, Inno Setup installer.

.DESCRIPTION
    Run from any folder on a Windows build machine (PowerShell 5.1 or 7):

        powershell -ExecutionPolicy Bypass -File installers\windows\build-windows.ps1

    Needs:
      * Python 3.11 x64 from python.org (the "py" launcher finds it; or pass -Python C:\Path\python.exe)
      * Inno Setup 6.3 or later (iscc.exe on PATH or in its default folder; or pass -Iscc)
      * the Python packages from the package index (or a mirror / wheelhouse configured in pip.ini)

    Steps:
      1. build\venv-windows: a clean venv with the app's runtime dependencies (pip install .) and PyInstaller
      2. pyinstaller installers\townshipdesk.spec  ->  dist\townshipdesk\TownshipDesk.exe (window),
         dist\townshipdesk\townshipdesk-cli.exe (command line), dist\townshipdesk\_internal\
      3. a quick check of the frozen CLI (--version, init, catalog list, notice render) in a temp folder
      4. dist\townshipdesk-<version>-windows-x64.zip  (portable: README.txt explains portable.txt)
      5. iscc installers\windows\townshipdesk.iss  ->  dist\TownshipDesk-<version>-setup.exe

.PARAMETER Python
    Python 3.11 x64 interpreter for the build venv (default: "py -3.11", then python.exe on PATH).
.PARAMETER Iscc
    Path of ISCC.exe (default: on PATH, then Program Files (x86)\Inno Setup 6, then the per-user install).
.PARAMETER SkipInstaller
    Stop after the portable zip (no Inno Setup needed).
#>
[CmdletBinding()]
param(
    [string]$Python = "",
    [string]$Iscc = "",
    [switch]$SkipInstaller
)

$ErrorActionPreference = "Stop"
Set-StrictMode -Version Latest

function Step([string]$Text) { Write-Host ""; Write-Host "==> $Text" -ForegroundColor Cyan }
function Invoke-Checked([string]$Exe, [string[]]$Arguments) {
    & $Exe @Arguments
    if ($LASTEXITCODE -ne 0) { throw "$Exe $($Arguments -join ' ') failed with exit code $LASTEXITCODE" }
}
function Size-MB([string]$Path) {
    $item = Get-Item $Path
    if ($item.PSIsContainer) { $bytes = (Get-ChildItem $Path -Recurse -File | Measure-Object Length -Sum).Sum }
    else { $bytes = $item.Length }
    return "{0:N1} MB" -f ($bytes / 1MB)
}

$Repo = (Resolve-Path (Join-Path $PSScriptRoot "..\..")).Path
Set-Location $Repo
$Dist = Join-Path $Repo "dist"
$Build = Join-Path $Repo "build"
$AppDir = Join-Path $Dist "townshipdesk"

$Version = (Select-String -Path "pyproject.toml" -Pattern '^version\s*=\s*"([^"]+)"' | Select-Object -First 1).Matches[0].Groups[1].Value
if (-not $Version) { throw "version not found in pyproject.toml" }
Write-Host "TownshipDesk $Version"

# --- 1. Python 3.11 x64 and the build venv ---------------------------------------------------------------
Step "Python 3.11 x64"
if ($Python) { $PyExe = $Python; $PyArgs = @() }
elseif (Get-Command py -ErrorAction SilentlyContinue) { $PyExe = "py"; $PyArgs = @("-3.11") }
else { $PyExe = "python"; $PyArgs = @() }
$probe = & $PyExe @PyArgs -c "import sys, struct; print('%d.%d %d' % (sys.version_info[0], sys.version_info[1], struct.calcsize('P') * 8))"
if ($LASTEXITCODE -ne 0 -or $probe -ne "3.11 64") {
    throw "need Python 3.11 x64 (found: '$probe'); install it from python.org or pass -Python C:\...\python.exe"
}

$Venv = Join-Path $Build "venv-windows"
$VenvPy = Join-Path $Venv "Scripts\python.exe"
Step "clean build venv $Venv"
if (Test-Path $Venv) { Remove-Item -Recurse -Force $Venv }
Invoke-Checked $PyExe ($PyArgs + @("-m", "venv", $Venv))
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", "--upgrade", "pip")
# The runtime dependencies only (no pytest, ruff, xlwt), then PyInstaller.
Invoke-Checked $VenvPy @("-m", "pip", "install", "--quiet", ".", "pyinstaller>=6.10,<7")

# --- 2. PyInstaller --------------------------------------------------------------------------------------
Step "PyInstaller (installers\townshipdesk.spec)"
if (Test-Path $AppDir) { Remove-Item -Recurse -Force $AppDir }
Invoke-Checked $VenvPy @("-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
    "--distpath", $Dist, "--workpath", (Join-Path $Build "pyinstaller"), "installers\townshipdesk.spec")
$Gui = Join-Path $AppDir "TownshipDesk.exe"
$Cli = Join-Path $AppDir "townshipdesk-cli.exe"
foreach ($exe in @($Gui, $Cli)) { if (-not (Test-Path $exe)) { throw "PyInstaller did not produce $exe" } }

# --- 3. quick check of the frozen command line -----------------------------------------------------------
Step "frozen CLI check"
$Tmp = Join-Path ([System.IO.Path]::GetTempPath()) ("tdcheck-" + [guid]::NewGuid().ToString("N"))
New-Item -ItemType Directory -Path $Tmp | Out-Null
$env:TOWNSHIPDESK_DATA = Join-Path $Tmp "data"
# Chinese output through a pipe: UTF-8 both ways, whatever the build machine's code page.
$env:PYTHONIOENCODING = "utf-8"
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
try {
    $out = & $Cli --version
    if ($LASTEXITCODE -ne 0 -or $out -ne "TownshipDesk $Version") { throw "--version said: $out" }
    Write-Host "  ok  $out"
    Invoke-Checked $Cli @("init", "--role", "township", "--division", "530902100000", "--name", "TestTown")
    $sample = Join-Path $Repo "..\shared\fixtures\catalog-sample.xlsx"
    if (Test-Path $sample) { Invoke-Checked $Cli @("catalog", "import", $sample) }
    Invoke-Checked $Cli @("catalog", "list") | Select-Object -Last 1
    $pdf = Join-Path $Tmp "x.pdf"
    Invoke-Checked $Cli @("notice", "render", "--input", (Join-Path $Repo "docs\notice-namelist.json"), "--out", $pdf)
    if ((Get-Item $pdf).Length -lt 1000) { throw "notice render wrote an empty PDF" }
    $times = foreach ($i in 1..3) { (Measure-Command { & $Cli --version | Out-Null }).TotalMilliseconds }
    Write-Host ("  cold start of --version, median of 3: {0:N0} ms" -f (($times | Sort-Object)[1]))
} finally {
    Remove-Item Env:\TOWNSHIPDESK_DATA, Env:\PYTHONIOENCODING
    Remove-Item -Recurse -Force $Tmp -ErrorAction SilentlyContinue
}

# --- 4. portable zip -------------------------------------------------------------------------------------
Step "portable zip"
$Zip = Join-Path $Dist "townshipdesk-$Version-windows-x64.zip"
$Readme = Join-Path $AppDir "README.txt"
# Written as UTF-8 with BOM so that Notepad shows the Chinese correctly (this script is UTF-8 with BOM too,
# which Windows PowerShell 5.1 needs to read the Chinese below).
$text = @"
TownshipDesk 乡镇政务公开助手 $Version（Windows x64 免安装版 / portable）

TownshipDesk.exe      双击打开窗口 / the window
townshipdesk-cli.exe  命令行 / the command line, e.g.  townshipdesk-cli.exe --help

数据默认保存在 %LOCALAPPDATA%\TownshipDesk。
便携模式（U盘使用）：在 TownshipDesk.exe 旁新建一个名为 portable.txt 的空文件，数据将保存在本文件夹的 data\ 中。
也可用 --data-dir 目录 或环境变量 TOWNSHIPDESK_DATA 指定。

Data: %LOCALAPPDATA%\TownshipDesk by default.
Portable mode (USB stick): create an empty file named portable.txt beside TownshipDesk.exe;
all data then goes into the data\ folder here. --data-dir DIR or TOWNSHIPDESK_DATA override both.
"@
[System.IO.File]::WriteAllText($Readme, $text, (New-Object System.Text.UTF8Encoding $true))
if (Test-Path $Zip) { Remove-Item -Force $Zip }
Compress-Archive -Path $AppDir -DestinationPath $Zip -CompressionLevel Optimal
Remove-Item $Readme   # not part of the installed program

# --- 5. Inno Setup ---------------------------------------------------------------------------------------
if (-not $SkipInstaller) {
    Step "Inno Setup"
    if (-not $Iscc) {
        $cmd = Get-Command iscc.exe -ErrorAction SilentlyContinue
        $candidates = @()
        if ($cmd) { $candidates += $cmd.Source }
        $candidates += @(
            (Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:ProgramFiles "Inno Setup 6\ISCC.exe"),
            (Join-Path $env:LOCALAPPDATA "Programs\Inno Setup 6\ISCC.exe"))
        $Iscc = $candidates | Where-Object { $_ -and (Test-Path $_) } | Select-Object -First 1
        if (-not $Iscc) { throw "ISCC.exe not found: install Inno Setup 6.3+ (https://jrsoftware.org/isdl.php) or pass -Iscc" }
    }
    # Chinese (Simplified) wizard messages: recent Inno Setup 6 releases ship Languages\ChineseSimplified.isl;
    # with an older release, put the translation (Inno Setup's translations page, "Chinese (Simplified)")
    # beside townshipdesk.iss. See docs/installers.md.
    $innoLang = Join-Path (Split-Path $Iscc) "Languages\ChineseSimplified.isl"
    $localLang = Join-Path $PSScriptRoot "ChineseSimplified.isl"
    if (-not (Test-Path $innoLang) -and -not (Test-Path $localLang)) {
        throw "ChineseSimplified.isl not found in $(Split-Path $innoLang) nor beside townshipdesk.iss (see docs/installers.md)"
    }
    Invoke-Checked $Iscc @("/Q", "/DAppVersion=$Version", "/DSourceDir=$AppDir", "/DOutputDir=$Dist",
        (Join-Path $PSScriptRoot "townshipdesk.iss"))
}

# --- summary ---------------------------------------------------------------------------------------------
Step "done"
Write-Host ("  {0,-60} {1}" -f "$AppDir\ (one folder)", (Size-MB $AppDir))
Write-Host ("  {0,-60} {1}" -f $Zip, (Size-MB $Zip))
$Setup = Join-Path $Dist "TownshipDesk-$Version-setup.exe"
if (Test-Path $Setup) { Write-Host ("  {0,-60} {1}" -f $Setup, (Size-MB $Setup)) }
