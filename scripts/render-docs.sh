#!/usr/bin/env bash
# 把生成的文书渲染成 PNG，供人查看版式：jixiao report → LibreOffice（无界面）→ PDF → pdftoppm → PNG。
# Render the generated documents to PNG pages, to look at their layout (tests do not need this).
#
#   scripts/render-docs.sh [-o OUTDIR] [-r DPI] [FILE.yaml ...]     默认：target/rendered，examples/*.yaml，72 dpi
#
# 需要（Debian）：apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei
# 每个输入文件生成三种文书：自评报告（.docx）、附表（.xlsx）、附表（.docx），各自的 PDF 和逐页 PNG。
set -euo pipefail

home=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
out=$home/target/rendered
dpi=72
while getopts "o:r:" opt; do
  case $opt in
    o) out=$OPTARG ;;
    r) dpi=$OPTARG ;;
    *) echo "用法：$0 [-o OUTDIR] [-r DPI] [FILE.yaml ...]" >&2; exit 2 ;;
  esac
done
shift $((OPTIND - 1))
if [ $# -eq 0 ]; then
  set -- "$home"/examples/*.yaml
fi
for tool in soffice pdftoppm; do
  if ! command -v "$tool" >/dev/null; then
    echo "缺少 $tool：apt-get install -y libreoffice-writer-nogui libreoffice-calc-nogui poppler-utils fonts-wqy-zenhei" >&2
    exit 2
  fi
done
jixiao=${JIXIAO:-$home/bin/jixiao}
mkdir -p "$out"
# A private LibreOffice profile, so a running LibreOffice (or another render) does not block this one.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT

for file in "$@"; do
  name=$(basename "$file" .yaml)
  name=${name%%_*}
  "$jixiao" report "$file" -o "$out/$name-report.docx"
  "$jixiao" report "$file" -o "$out/$name-tables.xlsx"
  "$jixiao" report "$file" -o "$out/$name-tables.docx" --kind tables
  for doc in "$out/$name-report.docx" "$out/$name-tables.xlsx" "$out/$name-tables.docx"; do
    soffice -env:UserInstallation="file://$profile" --headless --convert-to pdf --outdir "$out" "$doc" >/dev/null
    base=${doc%.*}-${doc##*.}
    pdf=${doc%.*}.pdf
    mv "$pdf" "$base.pdf"
    pdftoppm -png -r "$dpi" "$base.pdf" "$base"
  done
done
echo "PNG 页面在 $out"
