#!/usr/bin/env bash
mkdir -p /workspace/src/cloud && mv /workspace/walnut.txt /workspace/src/cloud/
