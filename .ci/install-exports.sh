#!/usr/bin/env bash
# Tools the exporter tests use to look at what they generate (packages/testkit exporter
# conformance): pdftotext and pdftoppm (poppler-utils) read and render the PDFs; LibreOffice
# Writer opens and converts the DOCX dossiers; DejaVu gives LibreOffice a Unicode font.
# Without them those checks skip with a reason; with TDKT_REQUIRE_TOOLS=1 they fail instead.
set -euo pipefail
SUDO=""; [ "$(id -u)" -ne 0 ] && SUDO="sudo"
$SUDO apt-get update
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends poppler-utils libreoffice-writer-nogui fonts-dejavu-core
