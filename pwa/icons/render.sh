#!/bin/sh
# Renders the app icons in pwa/public/ from the SVG sources here. Needs rsvg-convert (apt-get install librsvg2-bin).
# The PNGs are committed, so a build does not need this tool.
set -eu
here=$(dirname "$0")
out="$here/../public"
rsvg-convert -w 192 -h 192 "$here/icon.svg" -o "$out/icons/icon-192.png"
rsvg-convert -w 512 -h 512 "$here/icon.svg" -o "$out/icons/icon-512.png"
rsvg-convert -w 192 -h 192 "$here/icon-maskable.svg" -o "$out/icons/icon-maskable-192.png"
rsvg-convert -w 512 -h 512 "$here/icon-maskable.svg" -o "$out/icons/icon-maskable-512.png"
# iOS draws its own rounded corners over a square picture: give it the full-bleed variant.
rsvg-convert -w 180 -h 180 "$here/icon-maskable.svg" -o "$out/icons/apple-touch-icon-180.png"
cp "$here/icon.svg" "$out/favicon.svg"
