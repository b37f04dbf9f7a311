#!/usr/bin/env bash
cp /workspace/lotus.txt /workspace/cobalt.txt && printf '%s\n' 'delta 43' 'willow 447' 'orchid 84' 'delta 990' >> /workspace/cobalt.txt
