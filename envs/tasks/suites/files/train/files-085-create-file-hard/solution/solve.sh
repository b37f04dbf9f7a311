#!/usr/bin/env bash
mkdir -p /workspace/assets && printf '%s\n' 'orchid 457' 'kettle 48' 'willow 900' 'cloud 987' > /workspace/assets/falcon.txt
