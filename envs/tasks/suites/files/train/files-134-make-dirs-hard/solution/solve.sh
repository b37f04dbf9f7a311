#!/usr/bin/env bash
mkdir -p /workspace/nectar/old /workspace/nectar/reports /workspace/nectar/data /workspace/nectar/data/harbor /workspace/nectar/reports/velvet
