#!/usr/bin/env bash
mkdir -p /workspace/harbor/reports /workspace/harbor/data /workspace/harbor/logs /workspace/harbor/logs/mango /workspace/harbor/reports/timber
