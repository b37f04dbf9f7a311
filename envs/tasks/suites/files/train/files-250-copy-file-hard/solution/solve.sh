#!/usr/bin/env bash
mkdir -p /workspace/docs/falcon && cp /workspace/island.txt /workspace/docs/falcon/falcon.txt
