#!/usr/bin/env bash
mkdir -p /workspace/notes && printf '%s\n' 'pearl 638' 'cobalt 761' 'kettle 873' 'nectar 111' 'mango 46' 'quartz 587' > /workspace/notes/garnet.txt
