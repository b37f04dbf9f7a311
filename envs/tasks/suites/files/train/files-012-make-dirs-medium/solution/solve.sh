#!/usr/bin/env bash
mkdir -p /workspace/lemon/assets /workspace/lemon/reports /workspace/lemon/data
