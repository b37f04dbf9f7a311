#!/usr/bin/env bash
mkdir -p /workspace/harbor/reports /workspace/harbor/data /workspace/harbor/archive /workspace/harbor/notes /workspace/harbor/archive/lotus /workspace/harbor/reports/sunny
