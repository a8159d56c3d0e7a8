#!/bin/sh
# Writes the sample alert media: wwwroot/videos/ring.webm (a gold ring that grows and fades, VP9 with alpha so
# only the ring covers the stream, 96x96, 2 s, about 3 KB) and wwwroot/images/pulse.gif (a pulsing gold disk on a
# transparent background, 64x64, about 2 KB). Run from the repository's top level; needs ffmpeg (Debian's package).
# The bitexact flags keep encoder versions out of the files, so the same ffmpeg writes the same bytes.
set -eu
mkdir -p wwwroot/videos wwwroot/images

ffmpeg -hide_banner -loglevel error -y -f lavfi \
    -i "color=c=black:s=96x96:r=12:d=2,format=yuva420p,geq=lum=202:cb=14:cr=165:a='255*max(0\,1-abs(hypot(X-W/2\,Y-H/2)-(8+32*mod(T\,1)))/5)*(1-mod(T\,1)*0.6)'" \
    -c:v libvpx-vp9 -pix_fmt yuva420p -b:v 0 -crf 45 -auto-alt-ref 0 -row-mt 0 -threads 1 -an \
    -fflags +bitexact -flags:v +bitexact -metadata:s:v:0 alpha_mode=1 wwwroot/videos/ring.webm

ffmpeg -hide_banner -loglevel error -y -f lavfi \
    -i "color=c=black:s=64x64:r=8:d=1,format=rgba,geq=r=255:g=215:b=0:a='255*lt(hypot(X-W/2\,Y-H/2)\,6+22*abs(sin(PI*T)))'" \
    -filter_complex "split[a][b];[a]palettegen=reserve_transparent=1:max_colors=4[p];[b][p]paletteuse=alpha_threshold=128" \
    -loop 0 -fflags +bitexact wwwroot/images/pulse.gif
