#!/usr/bin/env bash
mkdir -p /workspace/src && printf '%s\n' 'garnet 513' 'nectar 179' 'cedar 314' 'coral 359' 'kettle 148' 'timber 711' > /workspace/src/timber.txt
