#!/usr/bin/env bash
mkdir -p /workspace/assets/willow && mv /workspace/falcon.txt /workspace/mango.txt /workspace/stone.txt /workspace/lotus.txt /workspace/delta.txt /workspace/assets/willow/
