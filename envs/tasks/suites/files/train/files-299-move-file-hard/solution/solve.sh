#!/usr/bin/env bash
mkdir -p /workspace/src/cloud && mv /workspace/brick.txt /workspace/src/cloud/
