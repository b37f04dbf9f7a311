#!/usr/bin/env bash
printf '%s\n' 'ember 94' > /workspace/coral.txt
