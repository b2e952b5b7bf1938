# Builds the Casebook installer for Windows (.msi) with jpackage. Run on Windows, from anywhere:
#
#   powershell -ExecutionPolicy Bypass -File installers\windows\build.ps1
#
# Needs: a JDK 17+ with jpackage (JAVA_HOME, else the one on PATH), Maven, and the WiX Toolset 3.x (candle.exe and
# light.exe on PATH; jpackage of JDK 17 uses WiX 3). The jar is built here, so it carries JavaFX's Windows natives.
# Set SKIP_BUILD=1 to package the existing target\casebook.jar. Output: installers\out\windows\Casebook-<version>.msi
$ErrorActionPreference = 'Stop'

$root = (Resolve-Path (Join-Path $PSScriptRoot '..\..')).Path
$out = Join-Path $root 'installers\out\windows'
$jpackage = if ($env:JAVA_HOME) { Join-Path $env:JAVA_HOME 'bin\jpackage.exe' } else { 'jpackage' }

# The project's version from the pom; an MSI version is numbers only (0.1.0-SNAPSHOT -> 0.1.0).
[xml]$pom = Get-Content (Join-Path $root 'pom.xml')
$version = $pom.project.version -replace '-.*$', ''

if ($env:SKIP_BUILD -ne '1') {
    Push-Location $root
    try {
        mvn -B -q -DskipTests package
        if ($LASTEXITCODE -ne 0) { throw 'mvn package failed' }
    } finally {
        Pop-Location
    }
}

if (Test-Path $out) { Remove-Item -Recurse -Force $out }
New-Item -ItemType Directory -Force (Join-Path $out 'input') | Out-Null
Copy-Item (Join-Path $root 'target\casebook.jar') (Join-Path $out 'input')

# Casebook.exe opens the window (no console); casebook-cli.exe is the same program with a console, for the
# command line: "C:\Program Files\Casebook\casebook-cli.exe" --help
$cli = Join-Path $out 'casebook-cli.properties'
Set-Content -Path $cli -Value 'win-console=true' -Encoding ascii

& $jpackage --type msi --dest $out `
    --name Casebook `
    --app-version $version `
    --vendor 'Casebook project' `
    --copyright 'Casebook project' `
    --description 'Offline investigation workbench for human-rights documentation' `
    --icon (Join-Path $root 'installers\icons\casebook.ico') `
    --input (Join-Path $out 'input') `
    --main-jar casebook.jar `
    --main-class org.casebook.Main `
    --java-options '-Xmx1g' `
    --jlink-options '--strip-debug --no-man-pages --no-header-files --generate-cds-archive' `
    --add-launcher "casebook-cli=$cli" `
    --win-menu `
    --win-menu-group Casebook `
    --win-shortcut `
    --win-dir-chooser `
    --win-upgrade-uuid 'ea122510-a423-43ce-8d7f-b9e735aedd62'
if ($LASTEXITCODE -ne 0) { throw 'jpackage failed' }

Get-ChildItem (Join-Path $out '*.msi') | ForEach-Object { Write-Host "msi: $($_.FullName)" }
