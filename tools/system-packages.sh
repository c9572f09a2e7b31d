#!/usr/bin/env bash
# Checks the Debian/Ubuntu packages Secretariat needs on a bare machine: Python's
# venv, the libraries Qt loads even without a screen, and the PDF readers the tests use. Run as root, it installs
# what is missing; otherwise it names the one command that would.
set -euo pipefail

packages=(
  python3 python3-venv
  libglib2.0-0 libgl1 libegl1 libxkbcommon0 libfreetype6 libfontconfig1 libdbus-1-3
  fonts-dejavu-core
  poppler-utils qpdf  # the independent PDF readers the tests judge documents with
  libreoffice-calc-nogui  # the independent spreadsheet reader: how a workbook prints
)
if [ "${1:-}" = "--window" ]; then
  # a real window on a virtual screen (screenshots under Xvfb)
  packages+=(xvfb xauth libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-shape0)
fi

if ! command -v dpkg-query >/dev/null 2>&1; then
  echo "Not a Debian or Ubuntu system: make sure Python 3.11+ with venv and Qt's libraries (OpenGL, EGL, fontconfig, xkbcommon, dbus, glib) are installed." >&2
  exit 0
fi

missing=()
for package in "${packages[@]}"; do
  status=$(dpkg-query -W -f='${Status}' "$package" 2>/dev/null || true)
  [ "$status" = "install ok installed" ] || missing+=("$package")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "Installing system packages: ${missing[*]}"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}"
else
  echo "Secretariat needs these system packages first: ${missing[*]}" >&2
  echo "Install them as root (or with sudo): apt-get update && apt-get install --no-install-recommends ${missing[*]}" >&2
  exit 1
fi
