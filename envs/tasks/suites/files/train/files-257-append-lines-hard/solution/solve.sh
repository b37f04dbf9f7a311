#!/usr/bin/env bash
printf '%s\n' 'quartz 562' 'brick 436' 'frost 295' >> /workspace/walnut.txt
