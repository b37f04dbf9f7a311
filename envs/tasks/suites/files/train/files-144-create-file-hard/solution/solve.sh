#!/usr/bin/env bash
mkdir -p /workspace/reports && printf '%s\n' 'falcon 905' 'ember 384' 'nectar 321' 'cloud 797' 'cedar 662' > /workspace/reports/lotus.txt
