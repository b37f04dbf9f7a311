#!/usr/bin/env bash
mkdir -p /workspace/reports && mv /workspace/raven.txt /workspace/cloud.txt /workspace/harbor.txt /workspace/reports/
