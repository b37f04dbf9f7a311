#!/usr/bin/env bash
mkdir -p /workspace/src/mango && mv /workspace/falcon.txt /workspace/src/mango/
