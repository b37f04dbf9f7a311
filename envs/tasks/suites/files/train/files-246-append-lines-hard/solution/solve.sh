#!/usr/bin/env bash
printf '%s\n' 'quartz 702' 'kettle 636' 'lotus 753' 'amber 386' >> /workspace/ember.txt
