#!/usr/bin/env bash
mkdir -p /workspace/logs && mv /workspace/walnut.txt /workspace/logs/
