#!/usr/bin/env bash
cp /workspace/timber.txt /workspace/falcon.txt && printf '%s\n' 'willow 678' >> /workspace/falcon.txt
