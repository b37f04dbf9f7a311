#!/usr/bin/env bash
printf '%s\n' 'willow 962' 'island 910' 'quartz 905' >> /workspace/delta.txt
