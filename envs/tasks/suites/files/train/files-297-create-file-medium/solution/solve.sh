#!/usr/bin/env bash
printf '%s\n' 'frost 823' 'mango 46' 'quartz 587' > /workspace/mango.txt
