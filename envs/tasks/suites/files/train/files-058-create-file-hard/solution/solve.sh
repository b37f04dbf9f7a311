#!/usr/bin/env bash
mkdir -p /workspace/logs && printf '%s\n' 'cedar 715' 'quartz 367' 'brick 146' 'cobalt 956' > /workspace/logs/orchid.txt
