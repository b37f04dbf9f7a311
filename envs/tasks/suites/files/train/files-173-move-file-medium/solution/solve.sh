#!/usr/bin/env bash
mkdir -p /workspace/assets && mv /workspace/falcon.txt /workspace/assets/
