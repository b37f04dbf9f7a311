#!/usr/bin/env bash
mkdir -p /workspace/old/lemon && cp /workspace/sunny.txt /workspace/old/lemon/falcon.txt
