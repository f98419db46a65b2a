@echo off
rem Run Jixiao from anywhere: bin\jixiao.bat [ARGS...]
rem Builds target\jixiao.jar first if it is missing. File arguments are relative to the directory
rem you call it from; only the jar and the build are found relative to this script.
setlocal
set "JIXIAO_HOME=%~dp0.."
set "JIXIAO_JAR=%JIXIAO_HOME%\target\jixiao.jar"

if exist "%JIXIAO_JAR%" goto run
echo jixiao: building %JIXIAO_JAR% (first run) ... 1>&2
pushd "%JIXIAO_HOME%"
call mvn -B -q -DskipTests package 1>&2
if errorlevel 1 (
  popd
  echo jixiao: build failed 1>&2
  exit /b 1
)
popd

:run
set "JAVA_EXE=java"
if defined JAVA_HOME if exist "%JAVA_HOME%\bin\java.exe" set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"

rem The program writes UTF-8; switch the console to code page 65001 so Chinese shows, then back.
set "OLD_CP="
for /f "tokens=2 delims=:" %%c in ('chcp') do set /a OLD_CP=%%c 2>nul
chcp 65001 >nul

rem file.encoding makes System.out UTF-8 on Java 17; stdout/stderr.encoding do it on Java 19+.
"%JAVA_EXE%" -Dfile.encoding=UTF-8 -Dstdout.encoding=UTF-8 -Dstderr.encoding=UTF-8 -jar "%JIXIAO_JAR%" %*
set "RC=%ERRORLEVEL%"
if defined OLD_CP chcp %OLD_CP% >nul
exit /b %RC%
