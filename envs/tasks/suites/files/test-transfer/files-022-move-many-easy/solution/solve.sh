#!/usr/bin/env bash
mkdir -p /workspace/src && mv /workspace/jasper.txt /workspace/harbor.txt /workspace/src/
